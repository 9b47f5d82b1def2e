//! Administration: organisations, and inviting professionals by email. An invitation link works once
//! and expires after 7 days; accepting it makes (or upgrades) the account with the role, function,
//! organisation and werkgebied the administrator chose.

use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganisationView {
    pub id: i64,
    pub name: String,
    pub kind: String,
}

/// What the invited person sees before accepting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvitationView {
    pub email: String,
    pub role: String,
    pub function: Option<String>,
    pub organisation: Option<String>,
}

#[server(prefix = "/api", endpoint = "admin/organisations", input = GetUrl)]
pub async fn list_organisations() -> Result<Vec<OrganisationView>, AppError> {
    imp::list().await
}

/// `kind`: gemeente, welzijnsorganisatie, woningcorporatie, bewonersorganisatie or anders.
#[server(prefix = "/api", endpoint = "admin/organisations/create")]
pub async fn create_organisation(name: String, kind: String) -> Result<OrganisationView, AppError> {
    imp::create(&name, &kind).await
}

/// Invites someone by email; answers the invitation link (it is also mailed when mail is set up).
/// `werkgebied`: wijk codes separated by commas.
#[server(prefix = "/api", endpoint = "admin/invite")]
pub async fn invite_professional(
    email: String,
    role: String,
    #[server(default)] function: String,
    #[server(default)] organisation_id: Option<i64>,
    #[server(default)] werkgebied: String,
) -> Result<String, AppError> {
    imp::invite(&email, &role, &function, organisation_id, &werkgebied).await
}

#[server(prefix = "/api", endpoint = "invitations/get", input = GetUrl)]
pub async fn get_invitation(token: String) -> Result<InvitationView, AppError> {
    imp::get_invitation(&token).await
}

/// Accepts an invitation: a new account with the invited address, or, when that address already has
/// one, that account after checking its password. Logs in.
#[server(prefix = "/api", endpoint = "invitations/accept")]
pub async fn accept_invitation(
    token: String,
    display_name: String,
    password: String,
) -> Result<(), AppError> {
    imp::accept(&token, &display_name, &password).await
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::context::refused;
    use crate::api::context::{self, internal};
    use crate::auth;
    use crate::db;
    use crate::domain::permissions;
    use crate::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
    use crate::domain::{DisplayName, Email, Password, WardCode, WardLevel};
    use crate::error::ErrorKind;
    use crate::i18n::Msg;
    use crate::routes;
    use crate::state::AppState;

    pub async fn administrator(state: &AppState) -> Result<permissions::Actor, AppError> {
        let actor = context::caller(state).await?;
        permissions::administer(actor.as_ref()).map_err(refused)?;
        actor.ok_or_else(AppError::unauthenticated)
    }

    pub async fn list() -> Result<Vec<OrganisationView>, AppError> {
        let state = context::app_state()?;
        administrator(&state).await?;
        Ok(db::professionals::organisations(&state.pool)
            .await
            .map_err(internal)?
            .into_iter()
            .map(|o| OrganisationView {
                id: o.id,
                name: o.name,
                kind: o.kind,
            })
            .collect())
    }

    pub async fn create(name: &str, kind: &str) -> Result<OrganisationView, AppError> {
        let state = context::app_state()?;
        administrator(&state).await?;
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if !(2..=120).contains(&name.chars().count()) {
            return Err(AppError::invalid("name", Msg::ErrOrganisationNameInvalid));
        }
        let kind =
            OrganisationKind::parse(kind).ok_or_else(|| AppError::invalid("kind", Msg::ErrKindUnknown))?;
        match db::professionals::create_organisation(&state.pool, &name, kind).await {
            Ok(id) => Ok(OrganisationView {
                id,
                name,
                kind: kind.as_str().to_owned(),
            }),
            Err(db::professionals::CreateOrganisationError::NameTaken) => Err(AppError {
                field: Some("name".into()),
                ..AppError::new(ErrorKind::Conflict, Msg::ErrOrganisationNameTaken)
            }),
            Err(db::professionals::CreateOrganisationError::Db(e)) => Err(internal(e)),
        }
    }

    pub async fn invite(
        email: &str,
        role: &str,
        function: &str,
        organisation_id: Option<i64>,
        werkgebied: &str,
    ) -> Result<String, AppError> {
        let state = context::app_state()?;
        let admin = administrator(&state).await?;
        let email = Email::parse(email)?;
        let role = Role::parse(role)
            .filter(|r| *r != Role::Resident)
            .ok_or_else(|| AppError::invalid("role", Msg::ErrRoleUnknown))?;
        let function = match function.trim() {
            "" if !role.works_on_ideas() => None,
            f => Some(
                ProfessionalFunction::parse(f)
                    .ok_or_else(|| AppError::invalid("function", Msg::ErrFunctionUnknown))?,
            ),
        };
        if let Some(org) = organisation_id {
            if !db::professionals::organisation_exists(&state.pool, org)
                .await
                .map_err(internal)?
            {
                return Err(AppError::invalid("organisation_id", Msg::ErrNotFound));
            }
        }
        let mut wijken = Vec::new();
        for code in werkgebied.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let code = WardCode::parse(code)
                .map_err(|_| AppError::invalid("werkgebied", Msg::ErrWardCodeInvalid))?;
            let known = db::wards::find(&state.pool, &code)
                .await
                .map_err(internal)?
                .is_some_and(|w| w.level == WardLevel::Wijk.as_str());
            if !known {
                return Err(AppError::invalid("werkgebied", Msg::ErrWardCodeInvalid));
            }
            wijken.push(code.as_str().to_owned());
        }
        let token = auth::new_session_token();
        db::invitations::create(
            &state.pool,
            &db::invitations::NewInvitation {
                token_hash: &auth::token_hash(&token),
                email: email.as_str(),
                role: role.as_str(),
                function: function.map(|f| f.as_str()),
                organisation_id,
                werkgebied: &wijken,
                invited_by: admin.user_id,
            },
        )
        .await
        .map_err(internal)?;
        tracing::info!(by = admin.user_id, "invitation created");
        Ok(routes::invitation(&token))
    }

    async fn open_invitation(
        state: &AppState,
        token: &str,
    ) -> Result<db::invitations::InvitationRow, AppError> {
        let invalid = || AppError::new(ErrorKind::NotFound, Msg::ErrInvitationInvalid);
        if token.is_empty() || token.len() > 128 {
            return Err(invalid());
        }
        db::invitations::find_open(&state.pool, &auth::token_hash(token))
            .await
            .map_err(internal)?
            .ok_or_else(invalid)
    }

    pub async fn get_invitation(token: &str) -> Result<InvitationView, AppError> {
        let state = context::app_state()?;
        let inv = open_invitation(&state, token).await?;
        Ok(InvitationView {
            email: inv.email,
            role: inv.role,
            function: inv.function,
            organisation: inv.organisation,
        })
    }

    pub async fn accept(token: &str, display_name: &str, password: &str) -> Result<(), AppError> {
        let state = context::app_state()?;
        let inv = open_invitation(&state, token).await?;
        let email = Email::parse(&inv.email)?;
        let user_id = match db::users::find_by_email(&state.pool, &email)
            .await
            .map_err(internal)?
        {
            Some(existing) => {
                if !auth::verify_password(password, &existing.password_hash) {
                    return Err(AppError {
                        field: Some("password".into()),
                        ..AppError::new(ErrorKind::Unauthenticated, Msg::ErrLoginFailed)
                    });
                }
                existing.id
            }
            None => {
                let name = DisplayName::parse(display_name)?;
                let password = Password::parse(password)?;
                let hash = auth::hash_password(password.expose()).map_err(internal)?;
                db::users::create(&state.pool, &email, &name, &hash)
                    .await
                    .map_err(|e| internal(e.to_string()))?
            }
        };
        if !db::invitations::take(&state.pool, inv.id)
            .await
            .map_err(internal)?
        {
            return Err(AppError::new(ErrorKind::NotFound, Msg::ErrInvitationInvalid));
        }
        let role = Role::parse(&inv.role).unwrap_or(Role::Professional);
        let function = inv.function.as_deref().and_then(ProfessionalFunction::parse);
        let wijken: Vec<String> = inv
            .werkgebied
            .split(',')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        db::professionals::assign(&state.pool, user_id, role, function, inv.organisation_id, &wijken)
            .await
            .map_err(internal)?;
        crate::api::auth::start_session(&state, user_id).await?;
        // On to where their work is, welcomed there (a plain form, with or without JavaScript).
        leptos_axum::redirect(if role.works_on_ideas() {
            "/werkbank?welkom=1"
        } else {
            "/beheer?welkom=1"
        });
        Ok(())
    }
}

#[cfg(feature = "ssr")]
pub(crate) use imp::administrator;
