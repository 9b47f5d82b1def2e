//! `/data/wijken.geojson` and `/data/wijken/{code}.geojson`: ward outlines as RFC 7946 GeoJSON.

use app::domain::{WardCode, WardLevel};
use app::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

pub async fn all_wijken(State(state): State<AppState>) -> Response {
    outlines(&state, None).await
}

pub async fn one_wijk(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let code = file
        .strip_suffix(".geojson")
        .and_then(|c| WardCode::parse(c).ok());
    match code {
        Some(code) => outlines(&state, Some(&code)).await,
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn outlines(state: &AppState, only: Option<&WardCode>) -> Response {
    let rows = match app::db::wards::outlines(&state.pool, WardLevel::Wijk, only).await {
        Ok(rows) => rows,
        Err(e) => {
            tracing::error!(error = %e, "reading ward outlines");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    if only.is_some() && rows.is_empty() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let features: Vec<Value> = rows
        .into_iter()
        .map(|(code, name, geometry)| {
            let geometry: Value = serde_json::from_str(&geometry).unwrap_or(Value::Null);
            json!({ "type": "Feature", "id": code, "properties": { "code": code, "name": name }, "geometry": geometry })
        })
        .collect();
    let body = json!({
        "type": "FeatureCollection",
        "attribution": "Kadaster / Centraal Bureau voor de Statistiek",
        "features": features,
    });
    (
        [
            (header::CONTENT_TYPE, "application/geo+json"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body.to_string(),
    )
        .into_response()
}
