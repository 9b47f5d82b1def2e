//! Messages between a resident and the professionals working on an idea, through the platform: the
//! resident writes to the idea's contact person, the professionals of the idea answer, and nobody
//! sees anyone's address. Each message is also a notification (and so a mail, as the reader chose)
//! for the other side. The conversations stay with the idea when its lead changes.

use crate::domain::views::IdeaMessages;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The conversations the reader may see on this idea, and whether they may write or answer.
#[server(prefix = "/api", endpoint = "messages/get", input = GetUrl)]
pub async fn get_messages(idea_id: i64) -> Result<IdeaMessages, AppError> {
    imp::messages(idea_id).await
}

/// A resident writes to the idea's contact person (refused while the idea has none).
#[server(prefix = "/api", endpoint = "messages/send")]
pub async fn send_message(idea_id: i64, body: String) -> Result<IdeaMessages, AppError> {
    imp::send(idea_id, &body).await
}

/// A professional working on the idea answers the conversation of `resident_id`.
#[server(prefix = "/api", endpoint = "messages/answer")]
pub async fn answer_message(idea_id: i64, resident_id: i64, body: String) -> Result<IdeaMessages, AppError> {
    imp::answer(idea_id, resident_id, &body).await
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::context::{internal, refused};
    use crate::api::work_view::{context, Context};
    use crate::db;
    use crate::domain::permissions;
    use crate::domain::roles::Role;
    use crate::domain::roles::Work;
    use crate::domain::views::Contact;
    use crate::domain::views::{MessageThread, MessageView, NotificationKind};
    use crate::error::ErrorKind;
    use crate::i18n::Msg;

    /// The longest message, in characters.
    const MESSAGE_MAX: usize = 2000;

    fn body_of(body: &str) -> Result<&str, AppError> {
        let body = body.trim();
        if body.is_empty() {
            return Err(AppError::invalid("body", Msg::ErrMessageEmpty));
        }
        if body.chars().count() > MESSAGE_MAX {
            return Err(AppError::invalid("body", Msg::ErrMessageTooLong));
        }
        Ok(body)
    }

    pub async fn messages(idea_id: i64) -> Result<IdeaMessages, AppError> {
        let c = context(idea_id).await?;
        let claimed = c.claimed().await?;
        view(&c, claimed).await
    }

    pub async fn send(idea_id: i64, body: &str) -> Result<IdeaMessages, AppError> {
        let c = context(idea_id).await?;
        permissions::message_contact(c.actor.as_ref()).map_err(refused)?;
        let resident = c.actor.as_ref().ok_or_else(AppError::unauthenticated)?.user_id;
        let body = body_of(body)?;
        let lead = c
            .facts
            .lead
            .ok_or_else(|| AppError::new(ErrorKind::Conflict, Msg::ErrNoContactPerson))?;
        let mut tx = db::begin_write(&c.state.pool).await.map_err(internal)?;
        db::messages::add(&mut *tx, idea_id, resident, resident, body)
            .await
            .map_err(internal)?;
        db::notifications::to_user(&mut *tx, lead, NotificationKind::Message, idea_id, Some(resident))
            .await
            .map_err(internal)?;
        tx.commit().await.map_err(internal)?;
        tracing::info!(idea = idea_id, "message to the contact person");
        let claimed = c.claimed().await?;
        view(&c, claimed).await
    }

    pub async fn answer(idea_id: i64, resident_id: i64, body: &str) -> Result<IdeaMessages, AppError> {
        let c = context(idea_id).await?;
        let claimed = c.claimed().await?;
        permissions::answer_messages(c.actor.as_ref(), &c.facts, claimed).map_err(refused)?;
        let me = c.actor.as_ref().ok_or_else(AppError::unauthenticated)?.user_id;
        let body = body_of(body)?;
        if !db::messages::has_conversation(&c.state.pool, idea_id, resident_id)
            .await
            .map_err(internal)?
        {
            return Err(AppError::invalid("resident_id", Msg::ErrConversationUnknown));
        }
        let mut tx = db::begin_write(&c.state.pool).await.map_err(internal)?;
        db::messages::add(&mut *tx, idea_id, resident_id, me, body)
            .await
            .map_err(internal)?;
        db::notifications::to_user(
            &mut *tx,
            resident_id,
            NotificationKind::Message,
            idea_id,
            Some(me),
        )
        .await
        .map_err(internal)?;
        tx.commit().await.map_err(internal)?;
        tracing::info!(idea = idea_id, "message answered");
        view(&c, claimed).await
    }

    /// What the reader sees; `claimed`: they hold a claim on the idea (asked once per request).
    async fn view(c: &Context, claimed: bool) -> Result<IdeaMessages, AppError> {
        let pool = &c.state.pool;
        let reader = c.actor.as_ref().map(|a| a.user_id);
        let can_answer = permissions::answer_messages(c.actor.as_ref(), &c.facts, claimed).is_ok();
        let is_resident = c.actor.as_ref().is_some_and(|a| a.role == Role::Resident);
        let rows = match (can_answer, is_resident, reader) {
            (true, _, _) => db::messages::for_idea(pool, c.idea.id, None).await,
            (false, true, Some(me)) => db::messages::for_idea(pool, c.idea.id, Some(me)).await,
            _ => Ok(Vec::new()),
        }
        .map_err(internal)?;
        let mut threads: Vec<MessageThread> = Vec::new();
        for row in rows {
            if threads.last().is_none_or(|t| t.resident_id != row.resident_id) {
                threads.push(MessageThread {
                    resident_id: row.resident_id,
                    resident_name: row.resident_name.clone(),
                    messages: Vec::new(),
                });
            }
            let sender_work = Work::of(
                &row.sender_role,
                row.sender_function.as_deref(),
                row.sender_organisation.as_deref(),
            );
            if let Some(thread) = threads.last_mut() {
                thread.messages.push(MessageView {
                    id: row.id,
                    mine: reader == Some(row.sender_id),
                    sender_name: row.sender_name,
                    sender_work,
                    body: row.body,
                    created_at: row.created_at,
                });
            }
        }
        let contact = match c.facts.lead {
            Some(lead) => {
                let p = db::professionals::public_profile(pool, lead)
                    .await
                    .map_err(internal)?;
                Some(Contact {
                    work: Work::of(&p.role, p.function.as_deref(), p.organisation.as_deref()),
                    name: p.display_name,
                })
            }
            None => None,
        };
        Ok(IdeaMessages {
            can_write: is_resident && contact.is_some(),
            contact,
            can_answer,
            threads,
        })
    }
}
