//! The administrator and the professionals: who works here, and handing over every idea of someone
//! who leaves in one action (each idea with the same note, each author told their new contact).

use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffMember {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    /// Their function, else their role: a key the page words.
    pub title: Option<crate::domain::roles::Title>,
    pub organisation: Option<String>,
    /// Ideas this professional leads.
    pub leads: i64,
    /// What the edit form starts from: the stored function, organisation and werkgebied.
    pub function_code: Option<String>,
    pub organisation_id: Option<i64>,
    pub werkgebied: Vec<String>,
}

#[server(prefix = "/api", endpoint = "admin/professionals", input = GetUrl)]
pub async fn list_professionals() -> Result<Vec<StaffMember>, AppError> {
    imp::list().await
}

/// Changes what a professional works with: `function`, `organisation_id` and `werkgebied[]` (at
/// least one wijk), checked as for an invitation. Their role stays.
#[server(prefix = "/api", endpoint = "admin/professionals/update")]
pub async fn update_professional(
    user_id: i64,
    #[server(default)] function: String,
    #[server(default)] organisation_id: Option<i64>,
    #[server(default)] werkgebied: Vec<String>,
) -> Result<StaffMember, AppError> {
    imp::update(user_id, &function, organisation_id, &werkgebied).await
}

/// Ends a professional's work here (they keep an account as a resident). Refused while they lead
/// ideas: hand those over first (`admin/handover-all`).
#[server(prefix = "/api", endpoint = "admin/professionals/deactivate")]
pub async fn deactivate_professional(user_id: i64) -> Result<(), AppError> {
    imp::deactivate(user_id).await
}

/// Moves every idea `from_user` leads to `to_user`, with one note. Answers how many ideas moved.
#[server(prefix = "/api", endpoint = "admin/handover-all")]
pub async fn hand_over_all(
    from_user: Option<i64>,
    to_user: Option<i64>,
    note: String,
) -> Result<u64, AppError> {
    imp::hand_over_all(from_user, to_user, &note).await
}

#[cfg(feature = "ssr")]
pub(crate) mod imp {
    use super::*;
    use crate::api::admin::administrator;
    use crate::api::context::{self, internal};
    use crate::api::handover::{handover_note, label_of};
    use crate::db;
    use crate::domain::permissions;
    use crate::domain::roles::Title;
    use crate::i18n::Msg;

    pub async fn list() -> Result<Vec<StaffMember>, AppError> {
        let state = context::app_state()?;
        administrator(&state).await?;
        let areas = db::professionals::all_werkgebieden(&state.pool)
            .await
            .map_err(internal)?;
        Ok(db::professionals::all_professionals(&state.pool)
            .await
            .map_err(internal)?
            .into_iter()
            .map(|p| StaffMember {
                title: Title::of(p.function.as_deref(), Some(&p.role)),
                werkgebied: areas
                    .iter()
                    .filter(|(user, _)| *user == p.user_id)
                    .map(|(_, wijk)| wijk.clone())
                    .collect(),
                user_id: p.user_id,
                display_name: p.display_name,
                email: p.email,
                function_code: p.function,
                organisation_id: p.organisation_id,
                organisation: p.organisation,
                leads: p.leads,
            })
            .collect())
    }

    /// The professional (or gemeente editor) `user_id`, as the administrator's list shows them.
    async fn member(user_id: i64) -> Result<StaffMember, AppError> {
        list()
            .await?
            .into_iter()
            .find(|m| m.user_id == user_id)
            .ok_or_else(|| AppError::invalid("user_id", Msg::ErrNotAProfessional))
    }

    /// Someone who works on ideas (a professional or gemeente editor), else a refusal about `user_id`.
    async fn working(pool: &sqlx::AnyPool, user_id: i64) -> Result<permissions::Actor, AppError> {
        let not_one = || AppError::invalid("user_id", Msg::ErrNotAProfessional);
        if !db::users::exists(pool, user_id).await.map_err(internal)? {
            return Err(not_one());
        }
        let actor = db::professionals::actor(pool, user_id).await.map_err(internal)?;
        if actor.role.works_on_ideas() {
            Ok(actor)
        } else {
            Err(not_one())
        }
    }

    pub async fn update(
        user_id: i64,
        function: &str,
        organisation_id: Option<i64>,
        werkgebied: &[String],
    ) -> Result<StaffMember, AppError> {
        let state = context::app_state()?;
        let admin = administrator(&state).await?;
        let pool = &state.pool;
        let current = working(pool, user_id).await?;
        let given =
            crate::api::assignment::parse(pool, current.role, function, organisation_id, werkgebied).await?;
        db::professionals::assign(
            pool,
            user_id,
            current.role,
            given.function,
            given.organisation_id,
            &given.wijken,
        )
        .await
        .map_err(internal)?;
        tracing::info!(by = admin.user_id, user = user_id, "professional's work changed");
        member(user_id).await
    }

    pub async fn deactivate(user_id: i64) -> Result<(), AppError> {
        let state = context::app_state()?;
        let admin = administrator(&state).await?;
        let pool = &state.pool;
        working(pool, user_id).await?;
        db::professionals::deactivate(pool, user_id)
            .await
            .map_err(still_leads)?;
        tracing::info!(by = admin.user_id, user = user_id, "professional deactivated");
        Ok(())
    }

    /// A refusal to deactivate someone who still leads ideas, or a database failure.
    pub fn still_leads(e: db::professionals::DeactivateError) -> AppError {
        match e {
            db::professionals::DeactivateError::StillLeads => {
                AppError::new(crate::error::ErrorKind::Conflict, Msg::ErrStillLeadsIdeas)
            }
            db::professionals::DeactivateError::Db(e) => internal(e),
        }
    }

    pub async fn hand_over_all(
        from_user: Option<i64>,
        to_user: Option<i64>,
        note: &str,
    ) -> Result<u64, AppError> {
        let state = context::app_state()?;
        let admin = administrator(&state).await?;
        let pool = &state.pool;
        let from_user =
            from_user.ok_or_else(|| AppError::invalid("from_user", Msg::ErrHandoverReceiverUnknown))?;
        let to_user = to_user.ok_or_else(|| AppError::invalid("to_user", Msg::ErrHandoverReceiverUnknown))?;
        for (field, id) in [("from_user", from_user), ("to_user", to_user)] {
            if !db::users::exists(pool, id).await.map_err(internal)? {
                return Err(AppError::invalid(field, Msg::ErrHandoverReceiverUnknown));
            }
        }
        let receiver = db::professionals::actor(pool, to_user).await.map_err(internal)?;
        permissions::receive_bulk_handover(&receiver, from_user)
            .map_err(|m| AppError::invalid("to_user", m))?;
        let note = handover_note(note)?;
        let (previous, _) = label_of(pool, from_user).await?;
        let (name, label) = label_of(pool, to_user).await?;
        let by = db::timeline::Actor {
            user_id: to_user,
            name: &name,
            role_label: &label,
        };
        let moved = db::handovers::hand_over_all(pool, from_user, &previous, &by, &note)
            .await
            .map_err(internal)?;
        tracing::info!(
            by = admin.user_id,
            from = from_user,
            to = to_user,
            moved,
            "ideas handed over in bulk"
        );
        Ok(moved)
    }
}
