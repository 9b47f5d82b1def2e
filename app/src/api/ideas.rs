//! Ideas: read one, create, the form's options and the duplicate hint (the list is `idea_list`).

use crate::domain::views::{IdeaDetail, IdeaSummary, MapSettings, SimilarIdea};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

pub use crate::domain::views::IdeaFormOptions;

/// Ideas within 500 m of a new idea's place whose titles look alike ("Bestaat dit idee al?"), most
/// similar first. The place is the pin, or else the chosen buurt; without either there is no hint.
#[server(prefix = "/api", endpoint = "ideas/similar", input = GetUrl)]
pub async fn similar_ideas(
    title: String,
    #[server(default)] lat: String,
    #[server(default)] lng: String,
    #[server(default)] buurt: String,
) -> Result<Vec<SimilarIdea>, AppError> {
    imp::similar(&title, &lat, &lng, &buurt).await
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
    let options = state
        .kept
        .form_options
        .current(&state.pool, "", || async {
            let categories = crate::db::categories::list(&state.pool).await?;
            let buurten = crate::db::wards::buurt_options(&state.pool).await?;
            Ok::<_, sqlx::Error>(std::sync::Arc::new(IdeaFormOptions { categories, buurten }))
        })
        .await
        .map_err(context::internal)?;
    Ok(options.as_ref().clone())
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
pub use imp::store_new_idea;

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
        let author = context::participant(&state).await?;
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
        let id = store_new_idea(&state.pool, &new, None).await.map_err(internal)?;
        tracing::info!(idea = id, "idea created");
        let detail = db::ideas::find(&state.pool, id)
            .await
            .map_err(internal)?
            .ok_or_else(AppError::internal)?;
        Ok(detail.summary)
    }

    /// Stores a new idea: the idea (with where it came from, when not from this site), its author
    /// following it, the wijk's followers and (in a wijk nobody covers) whoever answers for it told
    /// of it, in one transaction: together or not at all. Open311's POST uses it too.
    pub async fn store_new_idea(
        pool: &sqlx::AnyPool,
        new: &db::ideas::NewIdea,
        source: Option<&str>,
    ) -> Result<i64, sqlx::Error> {
        let mut tx = db::begin_write(pool).await?;
        let id = db::ideas::insert(&mut *tx, new).await?;
        if let Some(source) = source {
            sqlx::query("UPDATE ideas SET source = $1 WHERE id = $2")
                .bind(source)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        db::follows::follow_idea(&mut *tx, new.author_id, id).await?;
        db::notifications::for_new_idea_in_wijk(&mut *tx, new.location.wijk.as_str(), id, new.author_id)
            .await?;
        db::coverage::notify_new_idea(&mut *tx, new.location.wijk.as_str(), id, new.author_id).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// How far around a new idea to look for look-alikes.
    const SIMILAR_RADIUS_M: f64 = 500.0;

    pub async fn similar(
        title: &str,
        lat: &str,
        lng: &str,
        buurt: &str,
    ) -> Result<Vec<SimilarIdea>, AppError> {
        use crate::domain::similarity::{distance_m, title_similarity, SIMILAR_ENOUGH};
        let state = context::app_state()?;
        if title.trim().chars().count() < 3 {
            return Ok(Vec::new());
        }
        let title: String = title.chars().take(crate::domain::idea_text::TITLE_MAX).collect();
        let Ok(at) = place(&state.pool, lat, lng, buurt).await else {
            return Ok(Vec::new());
        };
        // A box a little larger than the circle: 500 m is 0.0045° of latitude, 0.0073° of longitude here.
        let (dlat, dlng) = (0.005, 0.005 / at.lat().to_radians().cos());
        let near = db::ideas::in_box(
            &state.pool,
            (at.lat() - dlat, at.lng() - dlng, at.lat() + dlat, at.lng() + dlng),
        )
        .await
        .map_err(internal)?;
        let mut found: Vec<(f64, SimilarIdea)> = near
            .into_iter()
            .filter(|i| i.status.accepts_support())
            .filter_map(|i| {
                let distance = distance_m(at.lat(), at.lng(), i.lat, i.lng);
                let score = title_similarity(&title, &i.title);
                (distance <= SIMILAR_RADIUS_M && score >= SIMILAR_ENOUGH).then(|| {
                    (
                        score,
                        SimilarIdea {
                            id: i.id,
                            title: i.title,
                            distance_m: distance.round() as i64,
                            support_count: i.support_count,
                        },
                    )
                })
            })
            .collect();
        found.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.distance_m.cmp(&b.1.distance_m)));
        Ok(found.into_iter().take(5).map(|(_, idea)| idea).collect())
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
