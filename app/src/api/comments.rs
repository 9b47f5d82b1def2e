//! Comments under an idea: read the thread, place a comment or a reply, edit one's own for 15
//! minutes, delete one's own. Commenting makes the commenter follow the idea; the idea's other
//! followers are notified.

use crate::domain::views::CommentView;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The whole thread of an idea, oldest first, in one query however long it is.
#[server(prefix = "/api", endpoint = "comments/list", input = GetUrl)]
pub async fn list_comments(idea_id: i64) -> Result<Vec<CommentView>, AppError> {
    imp::list(idea_id).await
}

/// Places a comment; with `parent_id`, a reply (a reply to a reply joins the same thread).
#[server(prefix = "/api", endpoint = "comments/add")]
pub async fn add_comment(
    idea_id: i64,
    body: String,
    #[server(default)] parent_id: Option<i64>,
) -> Result<CommentView, AppError> {
    imp::add(idea_id, parent_id, &body).await
}

#[server(prefix = "/api", endpoint = "comments/edit")]
pub async fn edit_comment(id: i64, body: String) -> Result<CommentView, AppError> {
    imp::edit(id, &body).await
}

#[server(prefix = "/api", endpoint = "comments/delete")]
pub async fn delete_comment(id: i64) -> Result<(), AppError> {
    imp::delete(id).await
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::context::visible_idea;
    use crate::api::context::{self, internal};
    use crate::db;
    use crate::db::comments::CommentRow;
    use crate::domain::comment_text::EDIT_WINDOW_SECONDS;
    use crate::domain::linkify::linkify;
    use crate::domain::CommentBody;
    use crate::error::ErrorKind;
    use crate::i18n::Msg;

    fn view(row: CommentRow, reader: Option<i64>, now: i64) -> CommentView {
        let deleted = row.deleted_at.is_some();
        let mine = reader == Some(row.author_id);
        let editable = mine && !deleted && row.created_at >= now - EDIT_WINDOW_SECONDS;
        let author_work = crate::domain::roles::Work::of(
            &row.author_role,
            row.author_function.as_deref(),
            row.author_organisation.as_deref(),
        )
        .filter(|_| !deleted);
        CommentView {
            id: row.id,
            parent_id: row.parent_id,
            author_work,
            author_name: (!deleted).then_some(row.author_name),
            parts: if deleted { Vec::new() } else { linkify(&row.body) },
            editable_text: editable.then_some(row.body),
            created_at: row.created_at,
            edited: row.edited_at.is_some(),
            deleted,
            mine: mine && !deleted,
        }
    }

    pub async fn list(idea_id: i64) -> Result<Vec<CommentView>, AppError> {
        let state = context::app_state()?;
        visible_idea(&state, idea_id).await?;
        let reader = context::current_user(&state).await?.map(|u| u.user_id);
        let rows = db::comments::for_idea(&state.pool, idea_id)
            .await
            .map_err(internal)?;
        let now = db::now();
        Ok(rows.into_iter().map(|r| view(r, reader, now)).collect())
    }

    pub async fn add(idea_id: i64, parent_id: Option<i64>, body: &str) -> Result<CommentView, AppError> {
        let state = context::app_state()?;
        let user = context::participant(&state).await?;
        let idea = db::ideas::facts(&state.pool, idea_id)
            .await
            .map_err(internal)?
            .ok_or_else(AppError::not_found)?;
        if idea.is_hidden() {
            return Err(AppError::new(ErrorKind::Forbidden, Msg::ErrIdeaHidden));
        }
        let body = CommentBody::parse(body)?;
        let parent_id = match parent_id {
            None => None,
            Some(pid) => {
                let parent = db::comments::find(&state.pool, pid)
                    .await
                    .map_err(internal)?
                    .filter(|p| p.idea_id == idea_id && p.deleted_at.is_none())
                    .ok_or_else(|| AppError::invalid("parent_id", Msg::ErrReplyTargetInvalid))?;
                // One level of replies: answering a reply answers its thread.
                Some(parent.parent_id.unwrap_or(parent.id))
            }
        };
        // The comment, its author following the idea and the followers told: one transaction.
        let id = db::comments::insert(&state.pool, idea_id, parent_id, user.user_id, &body)
            .await
            .map_err(internal)?;
        let row = db::comments::find(&state.pool, id)
            .await
            .map_err(internal)?
            .ok_or_else(AppError::internal)?;
        Ok(view(row, Some(user.user_id), db::now()))
    }

    /// The reader's own, undeleted comment, or the reason why not.
    async fn own_comment(
        state: &crate::state::AppState,
        id: i64,
        user_id: i64,
    ) -> Result<CommentRow, AppError> {
        let row = db::comments::find(&state.pool, id)
            .await
            .map_err(internal)?
            .filter(|c| c.deleted_at.is_none())
            .ok_or_else(AppError::not_found)?;
        crate::domain::permissions::change_comment(Some(user_id), row.author_id)
            .map_err(crate::api::context::refused)?;
        Ok(row)
    }

    pub async fn edit(id: i64, body: &str) -> Result<CommentView, AppError> {
        let state = context::app_state()?;
        let user = context::participant(&state).await?;
        own_comment(&state, id, user.user_id).await?;
        let body = CommentBody::parse(body)?;
        let now = db::now();
        let done = db::comments::edit(&state.pool, id, user.user_id, &body, now - EDIT_WINDOW_SECONDS)
            .await
            .map_err(internal)?;
        if !done {
            return Err(AppError::new(ErrorKind::Conflict, Msg::ErrCommentEditExpired));
        }
        let row = db::comments::find(&state.pool, id)
            .await
            .map_err(internal)?
            .ok_or_else(AppError::internal)?;
        Ok(view(row, Some(user.user_id), now))
    }

    pub async fn delete(id: i64) -> Result<(), AppError> {
        let state = context::app_state()?;
        let user = context::participant(&state).await?;
        own_comment(&state, id, user.user_id).await?;
        db::comments::delete(&state.pool, id, user.user_id)
            .await
            .map_err(internal)?;
        Ok(())
    }
}
