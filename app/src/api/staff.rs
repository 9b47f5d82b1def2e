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
    pub function: String,
    pub organisation: Option<String>,
    /// Ideas this professional leads.
    pub leads: i64,
}

#[server(prefix = "/api", endpoint = "admin/professionals", input = GetUrl)]
pub async fn list_professionals() -> Result<Vec<StaffMember>, AppError> {
    imp::list().await
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
mod imp {
    use super::*;
    use crate::api::admin::administrator;
    use crate::api::context::{self, internal};
    use crate::api::handover::{handover_note, label_of};
    use crate::api::work_view::function_label;
    use crate::db;
    use crate::domain::permissions;
    use crate::i18n::Msg;

    pub async fn list() -> Result<Vec<StaffMember>, AppError> {
        let state = context::app_state()?;
        administrator(&state).await?;
        Ok(db::professionals::all_professionals(&state.pool)
            .await
            .map_err(internal)?
            .into_iter()
            .map(|p| StaffMember {
                function: function_label(p.function.as_deref(), Some(&p.role)),
                user_id: p.user_id,
                display_name: p.display_name,
                email: p.email,
                organisation: p.organisation,
                leads: p.leads,
            })
            .collect())
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
