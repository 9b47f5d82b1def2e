//! Supporting and following. Support is idempotent (a double click or a retried request changes
//! nothing and is not an error); following twice is refused with a message, as is unfollowing what one
//! does not follow.

use crate::domain::views::Participation;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The reader's relation to an idea: count, threshold, and what they did and may do.
#[server(prefix = "/api", endpoint = "ideas/participation", input = GetUrl)]
pub async fn get_participation(id: i64) -> Result<Participation, AppError> {
    let state = crate::api::context::app_state()?;
    let user = crate::api::context::current_user(&state).await?;
    imp::participation(&state, id, user.map(|u| u.user_id)).await
}

/// Supports an idea (once per resident; not one's own, not a closed one).
#[server(prefix = "/api", endpoint = "ideas/support")]
pub async fn support_idea(id: i64) -> Result<Participation, AppError> {
    imp::support(id, true).await
}

/// Takes one's support back.
#[server(prefix = "/api", endpoint = "ideas/unsupport")]
pub async fn withdraw_support(id: i64) -> Result<Participation, AppError> {
    imp::support(id, false).await
}

#[server(prefix = "/api", endpoint = "ideas/follow")]
pub async fn follow_idea(id: i64) -> Result<Participation, AppError> {
    imp::follow_idea(id, true).await
}

#[server(prefix = "/api", endpoint = "ideas/unfollow")]
pub async fn unfollow_idea(id: i64) -> Result<Participation, AppError> {
    imp::follow_idea(id, false).await
}

/// Whether the reader follows a wijk; `None` for a visitor.
#[server(prefix = "/api", endpoint = "wards/following", input = GetUrl)]
pub async fn get_wijk_following(code: String) -> Result<Option<bool>, AppError> {
    imp::wijk_following(&code).await
}

#[server(prefix = "/api", endpoint = "wards/follow")]
pub async fn follow_wijk(code: String) -> Result<bool, AppError> {
    imp::follow_wijk(&code, true).await
}

#[server(prefix = "/api", endpoint = "wards/unfollow")]
pub async fn unfollow_wijk(code: String) -> Result<bool, AppError> {
    imp::follow_wijk(&code, false).await
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::context::{self, internal, visible_idea};
    use crate::db;
    use crate::error::ErrorKind;
    use crate::i18n::Msg;
    use crate::state::AppState;

    pub async fn participation(
        state: &AppState,
        id: i64,
        user: Option<i64>,
    ) -> Result<Participation, AppError> {
        let idea = visible_idea(state, id).await?;
        let (supported, following) = match user {
            Some(user) => (
                db::supports::exists(&state.pool, id, user)
                    .await
                    .map_err(internal)?,
                db::follows::follows_idea(&state.pool, user, id)
                    .await
                    .map_err(internal)?,
            ),
            None => (false, false),
        };
        Ok(Participation {
            support_count: idea.support_count,
            support_threshold: state.config.support_threshold,
            logged_in: user.is_some(),
            is_author: user == Some(idea.author_id),
            supported,
            following,
            open_for_support: idea.status().accepts_support(),
            awaits_pickup: idea.status() == crate::domain::Status::Ingediend,
        })
    }

    use crate::api::context::refused;
    use crate::domain::permissions;

    pub async fn support(id: i64, add: bool) -> Result<Participation, AppError> {
        let state = context::app_state()?;
        let user = context::participant(&state).await?;
        let idea = visible_idea(&state, id).await?;
        if add {
            permissions::support(Some(user.user_id), idea.author_id).map_err(refused)?;
            if !idea.status().accepts_support() {
                return Err(AppError::new(ErrorKind::Conflict, Msg::ErrIdeaClosedForSupport));
            }
            db::supports::add(&state.pool, id, user.user_id)
                .await
                .map_err(internal)?;
        } else {
            db::supports::remove(&state.pool, id, user.user_id)
                .await
                .map_err(internal)?;
        }
        participation(&state, id, Some(user.user_id)).await
    }

    pub async fn follow_idea(id: i64, follow: bool) -> Result<Participation, AppError> {
        let state = context::app_state()?;
        let user = context::participant(&state).await?;
        visible_idea(&state, id).await?;
        let changed = if follow {
            db::follows::follow_idea(&state.pool, user.user_id, id).await
        } else {
            db::follows::unfollow_idea(&state.pool, user.user_id, id).await
        }
        .map_err(internal)?;
        if !changed {
            let msg = if follow {
                Msg::ErrAlreadyFollowing
            } else {
                Msg::ErrNotFollowing
            };
            return Err(AppError::new(ErrorKind::Conflict, msg));
        }
        participation(&state, id, Some(user.user_id)).await
    }

    pub async fn wijk_following(code: &str) -> Result<Option<bool>, AppError> {
        let state = context::app_state()?;
        let (code, _) = context::known_wijk(&state, code).await?;
        let Some(user) = context::current_user(&state).await? else {
            return Ok(None);
        };
        db::follows::follows_wijk(&state.pool, user.user_id, code.as_str())
            .await
            .map(Some)
            .map_err(internal)
    }

    pub async fn follow_wijk(code: &str, follow: bool) -> Result<bool, AppError> {
        let state = context::app_state()?;
        let user = context::participant(&state).await?;
        let (code, _) = context::known_wijk(&state, code).await?;
        let changed = if follow {
            db::follows::follow_wijk(&state.pool, user.user_id, code.as_str()).await
        } else {
            db::follows::unfollow_wijk(&state.pool, user.user_id, code.as_str()).await
        }
        .map_err(internal)?;
        if !changed {
            let msg = if follow {
                Msg::ErrAlreadyFollowing
            } else {
                Msg::ErrNotFollowing
            };
            return Err(AppError::new(ErrorKind::Conflict, msg));
        }
        Ok(follow)
    }
}
