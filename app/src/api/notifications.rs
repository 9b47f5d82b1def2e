//! A reader's notifications, and how they want them by mail. Unsubscribing works with the token from a
//! mail, without logging in.

use crate::domain::views::NotificationList;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[cfg(feature = "ssr")]
const LIST_LIMIT: i64 = 50;

#[server(prefix = "/api", endpoint = "notifications/list", input = GetUrl)]
pub async fn list_notifications() -> Result<NotificationList, AppError> {
    use crate::api::context::{self, internal};
    let state = context::app_state()?;
    let user = context::participant(&state).await?;
    let pool = &state.pool;
    Ok(NotificationList {
        items: crate::db::notifications::list(pool, user.user_id, LIST_LIMIT)
            .await
            .map_err(internal)?,
        unread: crate::db::notifications::unread_count(pool, user.user_id)
            .await
            .map_err(internal)?,
        email_frequency: crate::db::users::email_frequency(pool, user.user_id)
            .await
            .map_err(internal)?,
    })
}

/// The number in the header's bell; 0 for a visitor.
#[server(prefix = "/api", endpoint = "notifications/unread", input = GetUrl)]
pub async fn unread_notifications() -> Result<i64, AppError> {
    use crate::api::context::{self, internal};
    let state = context::app_state()?;
    match context::current_user(&state).await? {
        Some(user) => crate::db::notifications::unread_count(&state.pool, user.user_id)
            .await
            .map_err(internal),
        None => Ok(0),
    }
}

/// Marks one notification read, or all of them when `id` is absent.
#[server(prefix = "/api", endpoint = "notifications/read")]
pub async fn mark_notifications_read(#[server(default)] id: Option<i64>) -> Result<i64, AppError> {
    use crate::api::context::{self, internal};
    let state = context::app_state()?;
    let user = context::participant(&state).await?;
    match id {
        Some(id) => {
            let changed = crate::db::notifications::mark_read(&state.pool, user.user_id, id)
                .await
                .map_err(internal)?;
            if !changed {
                return Err(AppError::not_found());
            }
        }
        None => {
            crate::db::notifications::mark_all_read(&state.pool, user.user_id)
                .await
                .map_err(internal)?;
        }
    }
    crate::db::notifications::unread_count(&state.pool, user.user_id)
        .await
        .map_err(internal)
}

/// `direct`, `daily` or `never`.
#[server(prefix = "/api", endpoint = "notifications/email-frequency")]
pub async fn set_email_frequency(frequency: String) -> Result<(), AppError> {
    use crate::api::context::{self, internal};
    use crate::domain::EmailFrequency;
    use crate::i18n::Msg;
    let state = context::app_state()?;
    let user = context::participant(&state).await?;
    let frequency = EmailFrequency::parse(&frequency)
        .ok_or_else(|| AppError::invalid("frequency", Msg::ErrFrequencyUnknown))?;
    crate::db::users::set_email_frequency(&state.pool, user.user_id, frequency)
        .await
        .map_err(internal)
}

/// Stops all notification mail for the holder of the token (from the link in every mail).
#[server(prefix = "/api", endpoint = "mail/unsubscribe")]
pub async fn unsubscribe(token: String) -> Result<(), AppError> {
    use crate::api::context::{self, internal};
    let state = context::app_state()?;
    let token = token.trim();
    if token.is_empty() || token.len() > 128 {
        return Err(AppError::not_found());
    }
    if crate::db::users::unsubscribe(&state.pool, token)
        .await
        .map_err(internal)?
    {
        Ok(())
    } else {
        Err(AppError::not_found())
    }
}
