//! Professionals at work on an idea: claiming, releasing, the status workflow, notes. Every function
//! asks `domain::permissions` whether the caller may, and `domain::workflow` whether the change is
//! allowed; refusals change nothing.

use crate::domain::views::IdeaWork;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Claims, timeline and the notes the caller may read.
#[server(prefix = "/api", endpoint = "work/get", input = GetUrl)]
pub async fn get_work(idea_id: i64) -> Result<IdeaWork, AppError> {
    imp::work(idea_id).await
}

/// `kind`: `lead` or `supporting`.
#[server(prefix = "/api", endpoint = "work/claim")]
pub async fn claim_idea(idea_id: i64, kind: String) -> Result<IdeaWork, AppError> {
    imp::claim(idea_id, &kind).await
}

/// Lets go of one's claim, with a public `reason` (the author and everyone reading the timeline learn
/// why nobody works on it any more).
#[server(prefix = "/api", endpoint = "work/release")]
pub async fn release_idea(idea_id: i64, #[server(default)] reason: String) -> Result<IdeaWork, AppError> {
    imp::release(idea_id, &reason).await
}

/// Moves an idea to `status`; side exits, withdrawal and reopening need `explanation`, a merge needs
/// `merged_into`, a referral `referred_to`.
#[server(prefix = "/api", endpoint = "work/status")]
pub async fn change_status(
    idea_id: i64,
    status: String,
    #[server(default)] explanation: String,
    #[server(default)] merged_into: Option<i64>,
    #[server(default)] referred_to: String,
) -> Result<IdeaWork, AppError> {
    imp::change_status(idea_id, &status, &explanation, merged_into, &referred_to).await
}

/// `visibility`: `organisatie`, `professionals` or `openbaar`.
#[server(prefix = "/api", endpoint = "work/note")]
pub async fn add_note(idea_id: i64, visibility: String, body: String) -> Result<IdeaWork, AppError> {
    imp::add_note(idea_id, &visibility, &body).await
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::context::{internal, refused};
    use crate::api::work_view::{context, view, Context};
    use crate::db;
    use crate::domain::permissions;
    use crate::domain::roles::{ClaimKind, NoteVisibility};
    use crate::domain::views::NotificationKind;
    use crate::domain::workflow::{self, Justification, Mover};
    use crate::domain::Status;
    use crate::error::ErrorKind;
    use crate::i18n::Msg;

    const NOTE_MAX: usize = 4000;
    const REASON_MAX: usize = 2000;

    pub async fn work(idea_id: i64) -> Result<IdeaWork, AppError> {
        view(&context(idea_id).await?).await
    }
    pub async fn claim(idea_id: i64, kind: &str) -> Result<IdeaWork, AppError> {
        let c = context(idea_id).await?;
        permissions::claim(c.actor.as_ref(), &c.facts).map_err(refused)?;
        let kind =
            ClaimKind::parse(kind).ok_or_else(|| AppError::invalid("kind", Msg::ErrMalformedRequest))?;
        if workflow::is_closed(c.idea.status()) {
            return Err(AppError::new(ErrorKind::Conflict, Msg::ErrIdeaClosed));
        }
        match db::claims::claim(&c.state.pool, idea_id, kind, &c.by()).await {
            Ok(()) => {}
            Err(db::claims::ClaimError::AlreadyLead) => {
                return Err(AppError::new(ErrorKind::Conflict, Msg::ErrAlreadyLead))
            }
            Err(db::claims::ClaimError::AlreadyClaimed) => {
                return Err(AppError::new(ErrorKind::Conflict, Msg::ErrAlreadyClaimed))
            }
            Err(db::claims::ClaimError::Db(e)) => return Err(internal(e)),
        }
        if kind == ClaimKind::Lead && c.idea.status() == Status::Ingediend {
            notify_status(&c, Status::Opgepakt, None).await?;
        }
        view(&context(idea_id).await?).await
    }

    pub async fn release(idea_id: i64, reason: &str) -> Result<IdeaWork, AppError> {
        let c = context(idea_id).await?;
        permissions::release(c.actor.as_ref()).map_err(refused)?;
        let actor = c.actor.as_ref().ok_or_else(AppError::unauthenticated)?;
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(AppError::invalid("reason", Msg::ErrReleaseReasonRequired));
        }
        if reason.chars().count() > REASON_MAX {
            return Err(AppError::invalid("reason", Msg::ErrReleaseReasonTooLong));
        }
        if !db::claims::release(&c.state.pool, idea_id, &c.by(), reason)
            .await
            .map_err(internal)?
        {
            return Err(AppError::new(ErrorKind::Conflict, Msg::ErrNotClaimed));
        }
        tracing::info!(idea = idea_id, user = actor.user_id, "claim released");
        view(&context(idea_id).await?).await
    }

    async fn notify_status(c: &Context, to: Status, explanation: Option<&str>) -> Result<(), AppError> {
        db::notifications::for_idea_followers(
            &c.state.pool,
            c.idea.id,
            NotificationKind::Status,
            c.actor.as_ref().map(|a| a.user_id),
            Some(to.as_str()),
            explanation,
        )
        .await
        .map_err(internal)?;
        Ok(())
    }

    pub async fn change_status(
        idea_id: i64,
        status: &str,
        explanation: &str,
        merged_into: Option<i64>,
        referred_to: &str,
    ) -> Result<IdeaWork, AppError> {
        let c = context(idea_id).await?;
        let to =
            Status::parse(status).ok_or_else(|| AppError::invalid("status", Msg::ErrTransitionNotAllowed))?;
        let from = c.idea.status();
        let mover = if to == Status::Ingetrokken {
            permissions::withdraw(c.actor.as_ref(), &c.facts).map_err(refused)?;
            Mover::Author
        } else {
            permissions::steer(c.actor.as_ref(), &c.facts).map_err(refused)?;
            Mover::Professional
        };
        let nonempty = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let why = Justification {
            explanation: nonempty(explanation).map(|e| e.chars().take(2000).collect()),
            merged_into,
            referred_to: nonempty(referred_to).map(|r| r.chars().take(200).collect()),
        };
        workflow::check(from, to, mover, &why).map_err(|r| {
            let field = match r {
                workflow::Refusal::ExplanationRequired => "explanation",
                workflow::Refusal::MergeTargetRequired => "merged_into",
                workflow::Refusal::ReferralRequired => "referred_to",
                _ => "status",
            };
            AppError::invalid(field, r.message())
        })?;
        if let Some(target) = merged_into.filter(|_| to == Status::Samengevoegd) {
            let ok = target != idea_id
                && db::ideas::facts(&c.state.pool, target)
                    .await
                    .map_err(internal)?
                    .is_some_and(|t| !t.is_hidden() && workflow::is_open(t.status()));
            if !ok {
                return Err(AppError::invalid("merged_into", Msg::ErrMergeTargetInvalid));
            }
        }
        if !db::timeline::change_status(&c.state.pool, idea_id, &c.by(), from, to, &why)
            .await
            .map_err(internal)?
        {
            return Err(AppError::new(ErrorKind::Conflict, Msg::ErrTransitionNotAllowed));
        }
        if let Some(target) = merged_into.filter(|_| to == Status::Samengevoegd) {
            db::supports::move_all(&c.state.pool, idea_id, target)
                .await
                .map_err(internal)?;
            db::follows::move_idea_followers(&c.state.pool, idea_id, target)
                .await
                .map_err(internal)?;
        }
        if let Some(actor) = &c.actor {
            db::claims::touch(&c.state.pool, idea_id, actor.user_id)
                .await
                .map_err(internal)?;
        }
        notify_status(&c, to, why.explanation.as_deref()).await?;
        view(&context(idea_id).await?).await
    }

    pub async fn add_note(idea_id: i64, visibility: &str, body: &str) -> Result<IdeaWork, AppError> {
        let c = context(idea_id).await?;
        let claimed = c.claimed().await?;
        let visibility = NoteVisibility::parse(visibility)
            .ok_or_else(|| AppError::invalid("visibility", Msg::ErrVisibilityUnknown))?;
        permissions::write_note(c.actor.as_ref(), &c.facts, claimed, visibility).map_err(refused)?;
        let body = body.trim();
        if body.is_empty() {
            return Err(AppError::invalid("body", Msg::ErrNoteEmpty));
        }
        if body.chars().count() > NOTE_MAX {
            return Err(AppError::invalid("body", Msg::ErrNoteTooLong));
        }
        let actor = c.actor.as_ref().ok_or_else(AppError::unauthenticated)?;
        db::notes::add(
            &c.state.pool,
            idea_id,
            actor.user_id,
            actor.organisation_id,
            visibility,
            body,
        )
        .await
        .map_err(internal)?;
        db::claims::touch(&c.state.pool, idea_id, actor.user_id)
            .await
            .map_err(internal)?;
        view(&c).await
    }
}
