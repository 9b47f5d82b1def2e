//! Progress on an idea: milestones (added, moved, done, reopened, removed), the percentage set by
//! hand with a reason, and progress updates for the followers. Only while the idea is in
//! preparation or execution, and only by its lead, its supporting professionals and the gemeente
//! editors of its wijk (`domain::permissions::keep_progress`). Each answers the idea's work as the
//! caller sees it, like the other work endpoints; a refusal changes nothing.

use crate::domain::views::IdeaWork;
use crate::error::AppError;
use leptos::prelude::*;

/// A milestone: `title` and the day it is planned for (`planned_on`, `2027-03-01`).
#[server(prefix = "/api", endpoint = "progress/milestone/add")]
pub async fn add_milestone(idea_id: i64, title: String, planned_on: String) -> Result<IdeaWork, AppError> {
    imp::add_milestone(idea_id, &title, &planned_on).await
}

/// Moves a milestone to another planned day; the timeline shows the old day too.
#[server(prefix = "/api", endpoint = "progress/milestone/move")]
pub async fn move_milestone(
    idea_id: i64,
    milestone_id: i64,
    planned_on: String,
) -> Result<IdeaWork, AppError> {
    imp::change(idea_id, milestone_id, imp::Wanted::Move(planned_on)).await
}

/// Marks a milestone done on `done_on` (today when empty).
#[server(prefix = "/api", endpoint = "progress/milestone/done")]
pub async fn complete_milestone(
    idea_id: i64,
    milestone_id: i64,
    #[server(default)] done_on: String,
) -> Result<IdeaWork, AppError> {
    imp::change(idea_id, milestone_id, imp::Wanted::Done(done_on)).await
}

/// A milestone done by mistake is open again.
#[server(prefix = "/api", endpoint = "progress/milestone/reopen")]
pub async fn reopen_milestone(idea_id: i64, milestone_id: i64) -> Result<IdeaWork, AppError> {
    imp::change(idea_id, milestone_id, imp::Wanted::Reopen).await
}

#[server(prefix = "/api", endpoint = "progress/milestone/remove")]
pub async fn remove_milestone(idea_id: i64, milestone_id: i64) -> Result<IdeaWork, AppError> {
    imp::change(idea_id, milestone_id, imp::Wanted::Remove).await
}

/// Sets the percentage by hand (`percent` 0–100), or lets it follow the milestones again (`percent`
/// empty); either way with a public `reason`.
#[server(prefix = "/api", endpoint = "progress/percent")]
pub async fn set_progress(
    idea_id: i64,
    #[server(default)] percent: String,
    #[server(default)] reason: String,
) -> Result<IdeaWork, AppError> {
    imp::set_percent(idea_id, &percent, &reason).await
}

/// A progress update: public on the timeline, and sent to the idea's followers.
#[server(prefix = "/api", endpoint = "progress/update")]
pub async fn post_update(idea_id: i64, body: String) -> Result<IdeaWork, AppError> {
    imp::post_update(idea_id, &body).await
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::context::{internal, refused};
    use crate::api::work_view::{context, view, Context};
    use crate::db;
    use crate::db::progress::Change;
    use crate::domain::permissions;
    use crate::domain::progress::{self, REASON_MAX, UPDATE_MAX};
    use crate::domain::time::iso_date;
    use crate::error::ErrorKind;
    use crate::i18n::Msg;

    pub enum Wanted {
        Move(String),
        Done(String),
        Reopen,
        Remove,
    }

    /// The idea's context, once the caller may keep its progress now.
    async fn keeper(idea_id: i64) -> Result<Context, AppError> {
        let c = context(idea_id).await?;
        let claimed = c.claimed().await?;
        permissions::keep_progress(c.actor.as_ref(), &c.facts, claimed).map_err(refused)?;
        if !progress::keeps_progress(c.idea.status()) {
            return Err(AppError::new(ErrorKind::Conflict, Msg::ErrProgressNotNow));
        }
        Ok(c)
    }

    /// The work done: the claim counts as active, and the caller sees the result.
    async fn done(c: &Context) -> Result<IdeaWork, AppError> {
        if let Some(actor) = &c.actor {
            db::claims::touch(&c.state.pool, c.idea.id, actor.user_id)
                .await
                .map_err(internal)?;
        }
        view(c).await
    }

    pub async fn add_milestone(idea_id: i64, title: &str, planned_on: &str) -> Result<IdeaWork, AppError> {
        let c = keeper(idea_id).await?;
        let title = progress::milestone_title(title)?;
        let planned_on = progress::day(planned_on, "planned_on")?;
        db::progress::add_milestone(&c.state.pool, idea_id, &c.by(), &title, &planned_on)
            .await
            .map_err(internal)?;
        done(&c).await
    }

    pub async fn change(idea_id: i64, milestone_id: i64, wanted: Wanted) -> Result<IdeaWork, AppError> {
        let c = keeper(idea_id).await?;
        let day = match &wanted {
            Wanted::Move(day) => progress::day(day, "planned_on")?,
            // Done today unless the form names the day; never in the future.
            Wanted::Done(day) if day.trim().is_empty() => iso_date(db::now()),
            Wanted::Done(day) => {
                let day = progress::day(day, "done_on")?;
                if day > iso_date(db::now()) {
                    return Err(AppError::invalid("done_on", Msg::ErrDoneInFuture));
                }
                day
            }
            Wanted::Reopen | Wanted::Remove => String::new(),
        };
        let change = match wanted {
            Wanted::Move(_) => Change::Move(&day),
            Wanted::Done(_) => Change::Done(&day),
            Wanted::Reopen => Change::Reopen,
            Wanted::Remove => Change::Remove,
        };
        if !db::progress::change_milestone(&c.state.pool, idea_id, milestone_id, &c.by(), change)
            .await
            .map_err(internal)?
        {
            return Err(AppError::new(ErrorKind::Conflict, Msg::ErrMilestoneUnchanged));
        }
        done(&c).await
    }

    pub async fn set_percent(idea_id: i64, percent: &str, reason: &str) -> Result<IdeaWork, AppError> {
        let c = keeper(idea_id).await?;
        let percent = progress::percent(percent)?;
        let reason = progress::text(
            reason,
            "reason",
            REASON_MAX,
            Msg::ErrProgressReasonRequired,
            Msg::ErrProgressReasonTooLong,
        )?;
        db::progress::set_percent(&c.state.pool, idea_id, &c.by(), percent, &reason)
            .await
            .map_err(internal)?;
        done(&c).await
    }

    pub async fn post_update(idea_id: i64, body: &str) -> Result<IdeaWork, AppError> {
        let c = keeper(idea_id).await?;
        let body = progress::text(
            body,
            "body",
            UPDATE_MAX,
            Msg::ErrUpdateEmpty,
            Msg::ErrUpdateTooLong,
        )?;
        let told = db::progress::post_update(&c.state.pool, idea_id, &c.by(), &body)
            .await
            .map_err(internal)?;
        tracing::info!(idea = idea_id, followers = told, "progress update posted");
        done(&c).await
    }
}
