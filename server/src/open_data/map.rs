//! `GET /api/v1/map?bbox=minLon,minLat,maxLon,maxLat&zoom=Z` (with the list's filter: `wijk`,
//! `onderwerp`, `status`, `zoek`): what the map shows of the view, as clusters and single ideas whose
//! counts add up to every matching idea in it. A plain axum route, not a server function: a stable,
//! cacheable GET that the map calls on every pan, compressed on the way out. Details of an idea
//! come with its page; the map gets only what it draws and names.
//!
//! Grouping every idea of the city takes the database tens of milliseconds at 100,000 ideas, and
//! everyone opening `/` asks the same whole-city view. So answers are kept in memory per view and
//! filter (`app::kept`), for the public data's version (`data_version`, raised by triggers on every
//! change the map shows). Each request reads that one number: when it moved, the kept answers are
//! dropped, so a resident who just posted an idea sees it on the next request, whichever app
//! instance answers.
//! The version is also the answer's `ETag`, so a browser that has it gets a 304 (`conditional`).

use super::conditional::Freshness;
use app::domain::map_view::MapView;
use app::domain::IdeaFilter;
use app::state::AppState;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use std::collections::HashMap;

/// Ideas change by the minute; the browser asks again after a few seconds (usually getting a 304).
const CACHE_CONTROL: &str = "public, max-age=10";

pub async fn view(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
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
    let filter = IdeaFilter::from_query(|key| params.get(key).cloned()).with_page(1);
    let failed = |e: sqlx::Error| {
        tracing::error!(error = %e, "reading the map's ideas");
        StatusCode::INTERNAL_SERVER_ERROR.into_response()
    };
    let (version, changed_at) = match app::db::data_version::with_time(&state.pool).await {
        Ok(version) => version,
        Err(e) => return failed(e),
    };
    // The key is what decides the answer: the parsed view and the filter, not the raw query text.
    let key = format!("{:?}|{}", view, filter.to_query());
    let freshness = Freshness::new("map", version, &key, Some(changed_at), CACHE_CONTROL);
    if freshness.unchanged_for(&headers) {
        return freshness.not_modified();
    }
    let body = match state.kept.map.get(version, &key) {
        Some(body) => body,
        None => match app::db::map::view(&state.pool, &filter, &view).await {
            Ok(answer) => {
                let body = Bytes::from(serde_json::to_vec(&answer).unwrap_or_default());
                state.kept.map.keep(version, &key, body.clone());
                body
            }
            Err(e) => return failed(e),
        },
    };
    let mut headers = freshness.headers();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    (StatusCode::OK, headers, body).into_response()
}
