//! Wards: the list of wijken and one wijk's page.

use crate::domain::views::{WardPage, WardSummary};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// All wijken with their number of ideas.
#[server(prefix = "/api", endpoint = "wards/list", input = GetUrl)]
pub async fn list_wards() -> Result<Vec<WardSummary>, AppError> {
    use crate::api::context;
    let state = context::app_state()?;
    let wijken = state
        .kept
        .wijken
        .current(&state.pool, "", || async {
            crate::db::wards::wijken_with_counts(&state.pool)
                .await
                .map(std::sync::Arc::new)
        })
        .await
        .map_err(context::internal)?;
    Ok(wijken.as_ref().clone())
}

/// How many of its newest ideas a wijk page lists.
#[cfg(feature = "ssr")]
const WARD_PAGE_IDEAS: i64 = 10;

/// One wijk: its buurten, its newest ideas and their number. 404 for an unknown or malformed code.
#[server(prefix = "/api", endpoint = "wards/get", input = GetUrl)]
pub async fn get_ward(code: String) -> Result<WardPage, AppError> {
    use crate::api::context;
    let state = context::app_state()?;
    let (code, row) = context::known_wijk(&state, &code).await?;
    let buurten = state
        .kept
        .buurten
        .current(&state.pool, code.as_str(), || async {
            crate::db::wards::buurten_with_counts(&state.pool, &code)
                .await
                .map(std::sync::Arc::new)
        })
        .await
        .map_err(context::internal)?
        .as_ref()
        .clone();
    // A few of the newest: the page stays the same size however many ideas the wijk has.
    let ideas = crate::db::ideas::list_in_wijk(&state.pool, &code, WARD_PAGE_IDEAS)
        .await
        .map_err(context::internal)?;
    let idea_count = crate::db::ideas::count_in_wijk(&state.pool, &code)
        .await
        .map_err(context::internal)?;
    Ok(WardPage {
        code: row.code,
        name: row.name,
        buurten,
        ideas,
        idea_count,
    })
}

/// Where a point lies, in words (its buurt, else its wijk), or `None` outside the municipality: the
/// new-idea form asks as the pin drops, so a pin outside is refused where it lands.
#[server(prefix = "/api", endpoint = "wards/locate", input = GetUrl)]
pub async fn locate_point(lat: String, lng: String) -> Result<Option<String>, AppError> {
    use crate::api::context;
    let state = context::app_state()?;
    let at = crate::domain::Coordinates::parse_text(&lat, &lng)?;
    let Some(location) = crate::db::wards::locate(&state.pool, at)
        .await
        .map_err(context::internal)?
    else {
        return Ok(None);
    };
    let code = location.buurt.unwrap_or(location.wijk);
    Ok(crate::db::wards::find(&state.pool, &code)
        .await
        .map_err(context::internal)?
        .map(|w| w.name))
}
