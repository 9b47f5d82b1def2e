//! `/data/wijken.geojson` and `/data/wijken/{code}.geojson`: ward outlines as RFC 7946 GeoJSON.
//!
//! Outlines change only when wards are imported (`wijkidee wards import`, then a restart), so each
//! file is built once per process, on first request, and served from memory (`Precompressed`: ETag,
//! brotli and gzip made once). A browser revalidates after an hour and usually gets a 304. The
//! outlines are simplified for drawing (`Shape::simplified`); the exact ones stay in the database.

use crate::precompressed::Precompressed;
use app::domain::geometry::Shape;
use app::domain::{WardCode, WardLevel};
use app::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::OnceCell;

const CACHE_CONTROL: &str = "public, max-age=3600";

/// How far (in degrees; 0.000015° ≈ 1.7 m north–south, 1 m east–west here) a drawn outline may stray
/// from the exact one: a fraction of a pixel at every zoom the maps use. Den Haag's 44 wijken go from
/// 507 KB to 94 KB, and a phone parses and projects that many fewer points before the first map.
const DRAWING_TOLERANCE: f64 = 0.000015;

/// The outline files built so far: `None` for all wijken, `Some(code)` for one. Each file is built
/// once even when many requests ask at the same moment (one `OnceCell` per file), and the
/// compression, which takes a while at brotli's best, runs on a blocking thread, not a request worker.
#[derive(Clone, Default)]
pub struct OutlineCache(Arc<Mutex<HashMap<Option<String>, Arc<OutlineFile>>>>);

/// One outline file: empty until its first request has built it.
type OutlineFile = OnceCell<Arc<Precompressed>>;

pub async fn all_wijken(
    State(state): State<AppState>,
    Extension(cache): Extension<OutlineCache>,
    headers: HeaderMap,
) -> Response {
    outlines(&state, &cache, None, &headers).await
}

pub async fn one_wijk(
    State(state): State<AppState>,
    Extension(cache): Extension<OutlineCache>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let code = file
        .strip_suffix(".geojson")
        .and_then(|c| WardCode::parse(c).ok());
    match code {
        Some(code) => outlines(&state, &cache, Some(&code), &headers).await,
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

enum Missing {
    NoSuchWijk,
    Failed,
}

async fn outlines(
    state: &AppState,
    cache: &OutlineCache,
    only: Option<&WardCode>,
    headers: &HeaderMap,
) -> Response {
    let key = only.map(|c| c.as_str().to_owned());
    let Ok(cell) = cache
        .0
        .lock()
        .map(|mut files| files.entry(key.clone()).or_default().clone())
    else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let built = cell
        .get_or_try_init(|| async {
            let file = match build(state, only).await {
                Ok(Some(text)) => text,
                Ok(None) => return Err(Missing::NoSuchWijk),
                Err(e) => {
                    tracing::error!(error = %e, "reading ward outlines");
                    return Err(Missing::Failed);
                }
            };
            tokio::task::spawn_blocking(move || {
                Arc::new(Precompressed::new(file, "application/geo+json", CACHE_CONTROL))
            })
            .await
            .map_err(|_| Missing::Failed)
        })
        .await;
    match built {
        Ok(file) => file.respond(headers),
        Err(missing) => {
            // Only files that exist stay in the cache: unknown codes cannot fill it.
            if let Ok(mut files) = cache.0.lock() {
                files.remove(&key);
            }
            match missing {
                Missing::NoSuchWijk => StatusCode::NOT_FOUND.into_response(),
                Missing::Failed => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
            }
        }
    }
}

/// The GeoJSON text, or `None` for a wijk that does not exist.
async fn build(state: &AppState, only: Option<&WardCode>) -> Result<Option<String>, sqlx::Error> {
    let rows = app::db::wards::outlines(&state.pool, WardLevel::Wijk, only).await?;
    if only.is_some() && rows.is_empty() {
        return Ok(None);
    }
    let features: Vec<Value> = rows
        .into_iter()
        .map(|(code, name, geometry)| {
            let geometry = Shape::from_geojson_str(&geometry)
                .map(|shape| shape.simplified(DRAWING_TOLERANCE).to_geojson())
                .unwrap_or(Value::Null);
            json!({ "type": "Feature", "id": code, "properties": { "code": code, "name": name }, "geometry": geometry })
        })
        .collect();
    let body = json!({
        "type": "FeatureCollection",
        "attribution": "Kadaster / Centraal Bureau voor de Statistiek",
        "features": features,
    });
    Ok(Some(body.to_string()))
}
