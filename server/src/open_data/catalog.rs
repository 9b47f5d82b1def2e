//! `GET /open-data/dcat.jsonld`: the open data's DCAT-AP description alone (JSON-LD), for the
//! harvester of the national register; the same description is in the `/open-data` page.

use super::conditional::Freshness;
use app::api::open_data::catalog::describe;
use app::state::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

pub async fn dcat(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (version, changed_at) = match app::db::data_version::with_time(&state.pool).await {
        Ok(found) => found,
        Err(e) => {
            tracing::error!(error = %e, "reading the data version for the catalogue");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let site = state
        .config
        .site_address(headers.get(header::HOST).and_then(|h| h.to_str().ok()));
    let freshness = Freshness::new("dcat", version, &site, Some(changed_at), "public, max-age=3600");
    if freshness.unchanged_for(&headers) {
        return freshness.not_modified();
    }
    let mut answer_headers = freshness.headers();
    answer_headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/ld+json"),
    );
    let body = describe(&site, &state.config, changed_at).to_string();
    (StatusCode::OK, answer_headers, body).into_response()
}
