//! Handing an idea over: the lead offers it to a professional of the wijk with a handover note; that
//! professional accepts (and becomes lead) or declines. Permissions come from `domain::permissions`;
//! a refused or stale handover changes nothing.

use crate::domain::views::{HandoverView, IdeaWork};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The lead offers the idea to `to_user`, with a note only the two of them read.
#[server(prefix = "/api", endpoint = "work/handover/offer")]
pub async fn offer_handover(idea_id: i64, to_user: Option<i64>, note: String) -> Result<IdeaWork, AppError> {
    imp::offer(idea_id, to_user, &note).await
}

/// The receiver answers an offer: `accept` true takes the idea over, false declines.
#[server(prefix = "/api", endpoint = "work/handover/answer")]
pub async fn answer_handover(handover_id: i64, accept: bool) -> Result<IdeaWork, AppError> {
    imp::answer(handover_id, accept).await
}

/// The giver takes back an open offer.
#[server(prefix = "/api", endpoint = "work/handover/withdraw")]
pub async fn withdraw_handover(handover_id: i64) -> Result<IdeaWork, AppError> {
    imp::withdraw(handover_id).await
}

/// Offers waiting for the caller's answer (a professional's inbox on the workbench).
#[server(prefix = "/api", endpoint = "work/handover/incoming", input = GetUrl)]
pub async fn incoming_handovers() -> Result<Vec<HandoverView>, AppError> {
    imp::incoming().await
}

pub const NOTE_MAX: usize = 4000;

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::context::refused;
    use crate::api::context::{self, internal};
    use crate::api::work_view::{context as work_context, handover_view, view, Context};
    use crate::db;
    use crate::db::handovers::{Answer, HandoverRow, OfferError};
    use crate::domain::permissions;
    use crate::error::ErrorKind;
    use crate::i18n::Msg;

    /// A handover note: trimmed, 1–4000 characters.
    pub fn note(note: &str) -> Result<String, AppError> {
        let note = note.trim();
        if note.is_empty() {
            return Err(AppError::invalid("note", Msg::ErrHandoverNoteEmpty));
        }
        if note.chars().count() > NOTE_MAX {
            return Err(AppError::invalid("note", Msg::ErrHandoverNoteTooLong));
        }
        Ok(note.to_owned())
    }

    pub async fn offer(idea_id: i64, to_user: Option<i64>, text: &str) -> Result<IdeaWork, AppError> {
        let c = work_context(idea_id).await?;
        permissions::hand_over(c.actor.as_ref(), &c.facts).map_err(refused)?;
        let to_user = to_user.ok_or_else(|| AppError::invalid("to_user", Msg::ErrHandoverReceiverUnknown))?;
        if !db::users::exists(&c.state.pool, to_user)
            .await
            .map_err(internal)?
        {
            return Err(AppError::invalid("to_user", Msg::ErrHandoverReceiverUnknown));
        }
        let receiver = db::professionals::actor(&c.state.pool, to_user)
            .await
            .map_err(internal)?;
        permissions::receive_handover(&receiver, &c.facts).map_err(|m| AppError::invalid("to_user", m))?;
        let text = note(text)?;
        let from = c.actor.as_ref().map(|a| a.user_id).unwrap_or_default();
        match db::handovers::offer(&c.state.pool, idea_id, from, to_user, &text).await {
            Ok(_) => {}
            Err(OfferError::AlreadyOpen) => {
                return Err(AppError::new(ErrorKind::Conflict, Msg::ErrHandoverOpen))
            }
            Err(OfferError::NotLead) => return Err(AppError::new(ErrorKind::Forbidden, Msg::ErrLeadOnly)),
            Err(OfferError::Db(e)) => return Err(internal(e)),
        }
        view(&c).await
    }

    /// A handover, and its idea as the caller sees it (an unknown handover is not found).
    async fn handover_context(handover_id: i64) -> Result<(HandoverRow, Context), AppError> {
        let state = context::app_state()?;
        let handover = db::handovers::find(&state.pool, handover_id)
            .await
            .map_err(internal)?
            .ok_or_else(AppError::not_found)?;
        let c = work_context(handover.idea_id).await?;
        Ok((handover, c))
    }

    pub async fn answer(handover_id: i64, accept: bool) -> Result<IdeaWork, AppError> {
        let (handover, c) = handover_context(handover_id).await?;
        permissions::answer_handover(c.actor.as_ref(), handover.to_user).map_err(refused)?;
        let outcome = if accept {
            // Still someone who may take the idea on (their werkgebied may have changed since).
            if let Some(me) = &c.actor {
                permissions::receive_handover(me, &c.facts)
                    .map_err(|m| AppError::new(ErrorKind::Forbidden, m))?;
            }
            let (previous, _) = label_of(&c.state.pool, handover.from_user).await?;
            db::handovers::accept(&c.state.pool, &handover, &previous, &c.by())
                .await
                .map_err(internal)?
        } else {
            db::handovers::decline(&c.state.pool, &handover)
                .await
                .map_err(internal)?
        };
        if outcome == Answer::Stale {
            return Err(AppError::new(ErrorKind::Conflict, Msg::ErrHandoverAnswered));
        }
        tracing::info!(
            handover = handover_id,
            idea = handover.idea_id,
            accepted = accept,
            "handover answered"
        );
        view(&work_context(handover.idea_id).await?).await
    }

    pub async fn withdraw(handover_id: i64) -> Result<IdeaWork, AppError> {
        let (handover, c) = handover_context(handover_id).await?;
        permissions::withdraw_handover(c.actor.as_ref(), handover.from_user).map_err(refused)?;
        if !db::handovers::withdraw(&c.state.pool, handover_id, handover.from_user)
            .await
            .map_err(internal)?
        {
            return Err(AppError::new(ErrorKind::Conflict, Msg::ErrHandoverAnswered));
        }
        view(&c).await
    }

    pub async fn incoming() -> Result<Vec<HandoverView>, AppError> {
        let state = context::app_state()?;
        let actor = context::caller(&state).await?;
        permissions::use_workbench(actor.as_ref()).map_err(refused)?;
        let me = actor.map(|a| a.user_id).unwrap_or_default();
        Ok(db::handovers::incoming(&state.pool, me)
            .await
            .map_err(internal)?
            .into_iter()
            .map(|h| handover_view(h, me))
            .collect())
    }

    /// The receiver's name and function key for the timeline ("ideeenmakelaar"), for the
    /// administrator's bulk handover.
    pub async fn label_of(pool: &sqlx::AnyPool, user_id: i64) -> Result<(String, String), AppError> {
        let p = db::professionals::public_profile(pool, user_id)
            .await
            .map_err(internal)?;
        let label = crate::wording::function_key(p.function.as_deref(), Some(&p.role));
        Ok((p.display_name, label))
    }
}

#[cfg(feature = "ssr")]
pub(crate) use imp::{label_of, note as handover_note};
