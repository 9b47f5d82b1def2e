//! Who is who: roles, professional functions, organisation kinds and note visibilities (PRODUCT.md).
//! Each has a stored form (`as_str`/`parse`) and a Dutch label.

use super::stored_enum::stored_enum;

stored_enum!(Role {
    Resident => "resident", RoleResident;
    Professional => "professional", RoleProfessional;
    Editor => "editor", RoleEditor;
    Moderator => "moderator", RoleModerator;
    Administrator => "administrator", RoleAdministrator;
});

stored_enum!(ProfessionalFunction {
    CommunityBuilder => "community_builder", FunctionCommunityBuilder;
    Ideeenmakelaar => "ideeenmakelaar", FunctionIdeeenmakelaar;
    Opbouwwerker => "opbouwwerker", FunctionOpbouwwerker;
    Wijkmanager => "wijkmanager", FunctionWijkmanager;
    Anders => "anders", FunctionAnders;
});

stored_enum!(OrganisationKind {
    Gemeente => "gemeente", OrgGemeente;
    Welzijnsorganisatie => "welzijnsorganisatie", OrgWelzijn;
    Woningcorporatie => "woningcorporatie", OrgWoningcorporatie;
    Bewonersorganisatie => "bewonersorganisatie", OrgBewoners;
    Anders => "anders", OrgAnders;
});

stored_enum!(NoteVisibility {
    Organisatie => "organisatie", NoteOrganisatie;
    Professionals => "professionals", NoteProfessionals;
    Openbaar => "openbaar", NoteOpenbaar;
});

stored_enum!(ClaimKind {
    Lead => "lead", ClaimLead;
    Supporting => "supporting", ClaimSupporting;
});

impl Role {
    /// Professionals and gemeente editors work on ideas; moderators and administrators, as such, do not.
    pub fn works_on_ideas(self) -> bool {
        matches!(self, Role::Professional | Role::Editor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_forms_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(*r));
        }
        for v in NoteVisibility::ALL {
            assert_eq!(NoteVisibility::parse(v.as_str()), Some(*v));
        }
        assert_eq!(OrganisationKind::parse("bank"), None);
        assert!(Role::Editor.works_on_ideas() && !Role::Administrator.works_on_ideas());
    }
}
