//! A resident's own ideas: the page that lists what they wrote, support and follow, and changing an
//! idea of theirs while nobody has picked it up. (Withdrawing is a status change: `work::change_status`
//! with `ingetrokken`, which only the author may ask for.)

use crate::domain::views::{IdeaDetail, MyIdeas};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The reader's own page: their name and address, and the ideas they wrote, support and follow.
#[server(prefix = "/api", endpoint = "me/ideas", input = GetUrl)]
pub async fn get_my_ideas() -> Result<MyIdeas, AppError> {
    imp::my_ideas().await
}

/// The author changes their idea while it is still `ingediend`. An empty `buurt` keeps the place; a
/// chosen one moves the idea into that buurt. The change is on the idea's public timeline.
#[server(prefix = "/api", endpoint = "ideas/edit")]
pub async fn edit_idea(
    idea_id: i64,
    title: String,
    description: String,
    category: String,
    #[server(default)] buurt: String,
) -> Result<IdeaDetail, AppError> {
    imp::edit(idea_id, &title, &description, &category, &buurt).await
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::context::{self, internal, refused};
    use crate::db;
    use crate::db::ideas::ReaderRelation;
    use crate::domain::records::TimelineKind;
    use crate::domain::workflow::Justification;
    use crate::domain::{permissions, IdeaDescription, IdeaTitle, WardCode};
    use crate::error::ErrorKind;
    use crate::i18n::Msg;

    pub async fn my_ideas() -> Result<MyIdeas, AppError> {
        let state = context::app_state()?;
        let me = context::participant(&state).await?;
        let pool = &state.pool;
        let list = |relation| db::ideas::of_reader(pool, me.user_id, relation);
        Ok(MyIdeas {
            email: db::users::email_of(pool, me.user_id).await.map_err(internal)?,
            written: list(ReaderRelation::Wrote).await.map_err(internal)?,
            supported: list(ReaderRelation::Supports).await.map_err(internal)?,
            followed: list(ReaderRelation::Follows).await.map_err(internal)?,
            display_name: me.display_name,
        })
    }

    pub async fn edit(
        idea_id: i64,
        title: &str,
        description: &str,
        category: &str,
        buurt: &str,
    ) -> Result<IdeaDetail, AppError> {
        let c = crate::api::work_view::context(idea_id).await?;
        let pool = &c.state.pool;
        permissions::edit_own_idea(c.actor.as_ref().map(|a| a.user_id), &c.facts, c.idea.status())
            .map_err(refused)?;
        let title = IdeaTitle::parse(title)?;
        let description = IdeaDescription::parse(description)?;
        let category = category.trim();
        if !db::categories::exists(pool, category).await.map_err(internal)? {
            return Err(AppError::invalid("category", Msg::ErrCategoryUnknown));
        }
        let place = match buurt.trim() {
            "" => None,
            code => {
                let code =
                    WardCode::parse(code).map_err(|_| AppError::invalid("buurt", Msg::ErrWardCodeInvalid))?;
                let at = db::wards::interior_point(pool, &code)
                    .await
                    .map_err(internal)?
                    .ok_or_else(|| AppError::invalid("buurt", Msg::ErrWardCodeInvalid))?;
                let location = db::wards::locate(pool, at)
                    .await
                    .map_err(internal)?
                    .ok_or_else(|| AppError::invalid("buurt", Msg::ErrOutsideWards))?;
                Some((at, location))
            }
        };
        let edit = db::ideas::IdeaEdit {
            title,
            description,
            category: category.to_owned(),
            place,
        };
        let mut tx = db::begin_write(pool).await.map_err(internal)?;
        if !db::ideas::edit(&mut *tx, idea_id, &edit)
            .await
            .map_err(internal)?
        {
            // Picked up between reading and writing: the professional's work wins.
            return Err(AppError::new(ErrorKind::Conflict, Msg::ErrEditOnlyWhileSubmitted));
        }
        db::timeline::append(
            &mut *tx,
            idea_id,
            &c.by(),
            TimelineKind::Edited,
            None,
            None,
            &Justification::default(),
        )
        .await
        .map_err(internal)?;
        tx.commit().await.map_err(internal)?;
        tracing::info!(idea = idea_id, "idea edited by its author");
        db::ideas::find(pool, idea_id)
            .await
            .map_err(internal)?
            .ok_or_else(AppError::not_found)
    }
}
