//! `GET /api/v1/map?bbox=minLon,minLat,maxLon,maxLat&zoom=Z` (with the list's filter: `wijk`,
//! `onderwerp`, `status`, `zoek`): what the map shows of the view, as clusters and single ideas whose
//! counts add up to every matching idea in it. A plain axum route, not a server function: a stable,
//! cacheable GET that the map calls on every pan, compressed on the way out. Details of an idea
//! come with its page; the map gets only what it draws and names.

use app::domain::map_view::MapView;
use app::domain::IdeaFilter;
use app::state::AppState;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use std::collections::HashMap;

/// Ideas change by the minute; a few seconds of caching spares a pan back and forth.
const CACHE_CONTROL: &str = "public, max-age=10";

pub async fn view(State(state): State<AppState>, Query(params): Query<HashMap<String, String>>) -> Response {
    let view = match MapView::parse(
        params.get("bbox").map(String::as_str),
        params.get("zoom").map(String::as_str),
    ) {
        Ok(view) => view,
        Err(e) => {
            return (
                StatusCode::BAD_REQUEST,
                Json(serde_json::json!({ "error": e.message() })),
            )
                .into_response();
        }
    };
    let mut filter = IdeaFilter::from_query(|key| params.get(key).cloned());
    filter.page = 1;
    match app::db::map::view(&state.pool, &filter, &view).await {
        Ok(answer) => ([(header::CACHE_CONTROL, CACHE_CONTROL)], Json(answer)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "reading the map's ideas");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
