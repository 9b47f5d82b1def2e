//! Administration: who is an administrator, and the organisations professionals work for.
//! Invitations are in `api::invitations`, the professionals in `api::staff`, the uncovered wijken in
//! `api::coverage`.

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

#[server(prefix = "/api", endpoint = "admin/organisations", input = GetUrl)]
pub async fn list_organisations() -> Result<Vec<OrganisationView>, AppError> {
    imp::list().await
}

/// `kind`: gemeente, welzijnsorganisatie, woningcorporatie, bewonersorganisatie or anders.
#[server(prefix = "/api", endpoint = "admin/organisations/create")]
pub async fn create_organisation(name: String, kind: String) -> Result<OrganisationView, AppError> {
    imp::create(&name, &kind).await
}

/// Deactivates an organisation and its professionals (they keep accounts as residents). Refused
/// while any of them leads an idea: hand those over first. Answers how many professionals it ended.
#[server(prefix = "/api", endpoint = "admin/organisations/deactivate")]
pub async fn deactivate_organisation(organisation_id: i64) -> Result<u64, AppError> {
    imp::deactivate(organisation_id).await
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::context::refused;
    use crate::api::context::{self, internal};
    use crate::db;
    use crate::domain::permissions;
    use crate::domain::roles::OrganisationKind;
    use crate::error::ErrorKind;
    use crate::i18n::Msg;
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

    pub async fn deactivate(organisation_id: i64) -> Result<u64, AppError> {
        let state = context::app_state()?;
        let admin = administrator(&state).await?;
        if !db::professionals::organisation_exists(&state.pool, organisation_id)
            .await
            .map_err(internal)?
        {
            return Err(AppError::invalid("organisation_id", Msg::ErrNotFound));
        }
        let ended = db::professionals::deactivate_organisation(&state.pool, organisation_id)
            .await
            .map_err(crate::api::staff::imp::still_leads)?;
        tracing::info!(
            by = admin.user_id,
            organisation = organisation_id,
            ended,
            "organisation deactivated"
        );
        Ok(ended)
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
}

#[cfg(feature = "ssr")]
pub(crate) use imp::administrator;
