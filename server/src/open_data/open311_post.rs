//! `POST /open311/v2/requests.{json|xml}`: another system (a reporting app, the gemeente's own
//! intake) posts an idea with the key an administrator issued it at `/beheer`. The idea lands in the
//! wijk its point falls in, authored by the key's own account and marked `source = 'open311'`, and
//! is then an idea like any other: followers are told, the wijk's professionals see it.
//!
//! Standard fields read: `api_key`, `service_code`, `lat`, `long`, `description`, and `title` where a
//! client sends one (else the description's first line). The spec's personal fields (`email`,
//! `first_name`, `last_name`, `phone`, `device_id`, `account_id`) are not stored: the person
//! behind a report stays with the system that took it.

use super::open311::{body, error, Field, Format, Record};
use app::db::ideas::NewIdea;
use app::domain::{Coordinates, IdeaDescription, IdeaTitle};
use app::state::AppState;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;

pub const SOURCE: &str = "open311";

pub async fn create(
    State(state): State<AppState>,
    Path(file): Path<String>,
    RawQuery(raw): RawQuery,
    form: Bytes,
) -> Response {
    let (name, format) = match Format::split(&file) {
        Ok(found) => found,
        Err(refusal) => return *refusal,
    };
    if name != "requests" {
        return error(format, StatusCode::NOT_FOUND, "only requests can be posted");
    }
    let mut fields: HashMap<String, String> = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&form)
        .unwrap_or_default()
        .into_iter()
        .collect();
    // Some clients put the key in the query string.
    for (k, v) in super::query_pairs(raw.as_deref()) {
        if k == "api_key" {
            fields.entry(k).or_insert(v);
        }
    }
    let field = |name: &str| fields.get(name).map(|v| v.trim()).filter(|v| !v.is_empty());
    let refuse = |status: StatusCode, message: &str| error(format, status, message);

    let Some(key) = field("api_key") else {
        return refuse(
            StatusCode::FORBIDDEN,
            "api_key is required: ask the municipality's administrator for one",
        );
    };
    let author = match app::db::api_keys::author_of(&state.pool, &app::auth::token_hash(key)).await {
        Ok(Some(author)) => author,
        Ok(None) => return refuse(StatusCode::FORBIDDEN, "api_key is not valid (unknown or revoked)"),
        Err(e) => return failed(format, e),
    };
    let Some(service_code) = field("service_code") else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "service_code is required (see services.json)",
        );
    };
    match app::db::categories::exists(&state.pool, service_code).await {
        Ok(true) => {}
        Ok(false) => {
            return refuse(
                StatusCode::BAD_REQUEST,
                "service_code: unknown (see services.json)",
            )
        }
        Err(e) => return failed(format, e),
    }
    let (Some(lat), Some(long)) = (field("lat"), field("long")) else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "lat and long are required (WGS84 degrees)",
        );
    };
    let Ok(at) = Coordinates::parse_text(lat, long) else {
        return refuse(StatusCode::BAD_REQUEST, "lat and long must be WGS84 degrees");
    };
    let location = match app::db::wards::locate(&state.pool, at).await {
        Ok(Some(location)) => location,
        Ok(None) => {
            return refuse(
                StatusCode::BAD_REQUEST,
                "lat/long: the point lies outside the municipality's wards",
            )
        }
        Err(e) => return failed(format, e),
    };
    let Some(description) = field("description") else {
        return refuse(StatusCode::BAD_REQUEST, "description is required");
    };
    let Ok(description) = IdeaDescription::parse(description) else {
        return refuse(StatusCode::BAD_REQUEST, "description: 1 to 4000 characters");
    };
    let title = field("title").map_or_else(|| title_from(description.as_str()), str::to_owned);
    let Ok(title) = IdeaTitle::parse(&title) else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "title: 5 to 120 characters (or a description whose first line is)",
        );
    };
    let new = NewIdea {
        title,
        description,
        category: service_code.to_owned(),
        at,
        location,
        author_id: author,
    };
    let id = match app::api::ideas::store_new_idea(&state.pool, &new, Some(SOURCE)).await {
        Ok(id) => id,
        Err(e) => return failed(format, e),
    };
    tracing::info!(idea = id, "idea posted over Open311");
    let record = Record(vec![
        ("service_request_id", Field::Int(id)),
        ("service_notice", Field::Empty),
        ("account_id", Field::Empty),
    ]);
    let text = body(format, "service_requests", "request", &[record]);
    let mut answer = HeaderMap::new();
    answer.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    if let Ok(location) = HeaderValue::from_str(&format!(
        "/open311/v2/requests/{id}.{}",
        if format == Format::Json { "json" } else { "xml" }
    )) {
        answer.insert(header::LOCATION, location);
    }
    (StatusCode::CREATED, answer, text).into_response()
}

fn failed(format: Format, e: sqlx::Error) -> Response {
    tracing::error!(error = %e, "storing an Open311 request");
    error(
        format,
        StatusCode::INTERNAL_SERVER_ERROR,
        "the server could not store the request; try again later",
    )
}

/// A title from a description: its first line, cut at a word before 120 characters.
fn title_from(description: &str) -> String {
    let line = description
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    if line.chars().count() <= app::domain::idea_text::TITLE_MAX {
        return line.to_owned();
    }
    let cut: String = line.chars().take(app::domain::idea_text::TITLE_MAX - 1).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(head, _)| head)
        .trim_end();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_the_first_line_cut_at_a_word() {
        assert_eq!(
            title_from("\nKapotte lantaarn\nBij nummer 12."),
            "Kapotte lantaarn"
        );
        let long = "woord ".repeat(40);
        let title = title_from(&long);
        assert!(
            title.chars().count() <= 120 && title.ends_with("woord…"),
            "{title}"
        );
    }
}
