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

/// What someone does here, as the reader's page names it: their function, else their role. A key,
/// never words: on the wire and in the timeline it is the stored form ("ideeenmakelaar",
/// "editor"; the two sets do not overlap), and each page words it in its reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Title {
    Function(ProfessionalFunction),
    Role(Role),
}

impl Title {
    /// From stored columns: the function when it is one we know, else the role.
    pub fn of(function: Option<&str>, role: Option<&str>) -> Option<Title> {
        function
            .and_then(ProfessionalFunction::parse)
            .map(Title::Function)
            .or_else(|| role.and_then(Role::parse).map(Title::Role))
    }

    /// A stored key, whichever of the two it is.
    pub fn parse(key: &str) -> Option<Title> {
        Title::of(Some(key), Some(key))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Title::Function(f) => f.as_str(),
            Title::Role(r) => r.as_str(),
        }
    }

    pub fn label(self) -> crate::i18n::Msg {
        match self {
            Title::Function(f) => f.label(),
            Title::Role(r) => r.label(),
        }
    }
}

// By hand, as its key: serde's untagged enums would buffer every value and cost the islands' code.
impl serde::Serialize for Title {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Title {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let key = String::deserialize(deserializer)?;
        Title::parse(&key).ok_or_else(|| serde::de::Error::custom("not a function or role key"))
    }
}

/// What a professional's name carries wherever they write or answer: title and organisation (a
/// name, as the administrator wrote it). A page words it ("ideeënmakelaar, Gemeente Den Haag").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Work {
    pub title: Option<Title>,
    pub organisation: Option<String>,
}

impl Work {
    /// `None` for a resident (or an unknown role), whose name stands alone.
    pub fn of(role: &str, function: Option<&str>, organisation: Option<&str>) -> Option<Work> {
        Role::parse(role).filter(|r| *r != Role::Resident)?;
        Some(Work {
            title: Title::of(function, Some(role)),
            organisation: organisation.filter(|o| !o.is_empty()).map(str::to_owned),
        })
    }
}

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

    #[test]
    fn a_title_is_the_function_else_the_role_and_travels_as_its_key() {
        let opbouw = Title::Function(ProfessionalFunction::Opbouwwerker);
        assert_eq!(
            Title::of(Some("opbouwwerker"), Some("professional")),
            Some(opbouw)
        );
        assert_eq!(
            Title::of(Some("iets anders"), Some("editor")),
            Some(Title::Role(Role::Editor))
        );
        assert_eq!(Title::of(None, Some("bank")), None);
        for key in ["community_builder", "anders", "editor", "resident"] {
            let title = Title::parse(key).unwrap();
            assert_eq!(title.as_str(), key);
            assert_eq!(serde_json::to_string(&title).unwrap(), format!("\"{key}\""));
            assert_eq!(
                serde_json::from_str::<Title>(&format!("\"{key}\"")).unwrap(),
                title
            );
        }
        assert!(serde_json::from_str::<Title>("\"Ideeënmakelaar\"").is_err());
    }

    #[test]
    fn a_resident_has_no_work_and_an_empty_organisation_is_none() {
        assert_eq!(Work::of("resident", Some("opbouwwerker"), Some("X")), None);
        assert_eq!(Work::of("?", None, None), None);
        assert_eq!(
            Work::of("professional", Some("wijkmanager"), Some("")),
            Some(Work {
                title: Some(Title::Function(ProfessionalFunction::Wijkmanager)),
                organisation: None
            })
        );
    }
}
