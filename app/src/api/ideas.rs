//! Ideas: list, read one, create.

use crate::domain::views::{BuurtOption, CategoryOption, IdeaDetail, IdeaSummary, MapSettings};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// What the new-idea form offers: the categories, and the buurten for those who do not use the map.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdeaFormOptions {
    pub categories: Vec<CategoryOption>,
    pub buurten: Vec<BuurtOption>,
}

/// All ideas, newest first.
#[server(prefix = "/api", endpoint = "ideas/list", input = GetUrl)]
pub async fn list_ideas() -> Result<Vec<IdeaSummary>, AppError> {
    use crate::api::context;
    let state = context::app_state()?;
    crate::db::ideas::list(&state.pool)
        .await
        .map_err(context::internal)
}

/// One idea; 404 for an unknown id.
#[server(prefix = "/api", endpoint = "ideas/get", input = GetUrl)]
pub async fn get_idea(id: i64) -> Result<IdeaDetail, AppError> {
    use crate::api::context;
    let state = context::app_state()?;
    crate::db::ideas::find(&state.pool, id)
        .await
        .map_err(context::internal)?
        .ok_or_else(AppError::not_found)
}

#[server(prefix = "/api", endpoint = "ideas/form-options", input = GetUrl)]
pub async fn get_idea_form_options() -> Result<IdeaFormOptions, AppError> {
    use crate::api::context;
    let state = context::app_state()?;
    let categories = crate::db::categories::list(&state.pool)
        .await
        .map_err(context::internal)?;
    let buurten = crate::db::wards::buurt_options(&state.pool)
        .await
        .map_err(context::internal)?;
    Ok(IdeaFormOptions { categories, buurten })
}

/// The tile server and starting view of the map (configuration, not code).
#[server(prefix = "/api", endpoint = "map/settings", input = GetUrl)]
pub async fn get_map_settings() -> Result<MapSettings, AppError> {
    Ok(crate::api::context::app_state()?.config.map.clone())
}

/// A logged-in resident proposes an idea at a pin (`lat`, `lng`) or, without a pin, in a `buurt`.
/// The server assigns the wijk and buurt; a point outside every ward is refused.
#[server(prefix = "/api", endpoint = "ideas/create")]
pub async fn create_idea(
    title: String,
    description: String,
    category: String,
    #[server(default)] lat: String,
    #[server(default)] lng: String,
    #[server(default)] buurt: String,
) -> Result<IdeaSummary, AppError> {
    imp::create(&title, &description, &category, &lat, &lng, &buurt).await
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::context::{self, internal};
    use crate::db;
    use crate::domain::{Coordinates, IdeaDescription, IdeaTitle, WardCode};
    use crate::i18n::Msg;

    pub async fn create(
        title: &str,
        description: &str,
        category: &str,
        lat: &str,
        lng: &str,
        buurt: &str,
    ) -> Result<IdeaSummary, AppError> {
        let state = context::app_state()?;
        let author = context::require_user(&state).await?;
        let title = IdeaTitle::parse(title)?;
        let description = IdeaDescription::parse(description)?;
        let category = category.trim();
        if !db::categories::exists(&state.pool, category)
            .await
            .map_err(internal)?
        {
            return Err(AppError::invalid("category", Msg::ErrCategoryUnknown));
        }
        let at = place(&state.pool, lat, lng, buurt).await?;
        let location = db::wards::locate(&state.pool, at)
            .await
            .map_err(internal)?
            .ok_or_else(|| AppError::invalid("location", Msg::ErrOutsideWards))?;
        let new = db::ideas::NewIdea {
            title,
            description,
            category: category.to_owned(),
            at,
            location,
            author_id: author.user_id,
        };
        let id = db::ideas::insert(&state.pool, &new).await.map_err(internal)?;
        tracing::info!(idea = id, "idea created");
        let detail = db::ideas::find(&state.pool, id)
            .await
            .map_err(internal)?
            .ok_or_else(AppError::internal)?;
        Ok(detail.summary)
    }

    /// The pin if there is one, else a point inside the chosen buurt.
    async fn place(pool: &sqlx::AnyPool, lat: &str, lng: &str, buurt: &str) -> Result<Coordinates, AppError> {
        if !lat.trim().is_empty() || !lng.trim().is_empty() {
            return Coordinates::parse_text(lat, lng);
        }
        if buurt.trim().is_empty() {
            return Err(AppError::invalid("location", Msg::ErrLocationMissing));
        }
        let code =
            WardCode::parse(buurt).map_err(|_| AppError::invalid("location", Msg::ErrWardCodeInvalid))?;
        db::wards::interior_point(pool, &code)
            .await
            .map_err(internal)?
            .ok_or_else(|| AppError::invalid("location", Msg::ErrWardCodeInvalid))
    }
}
