//! `GET /meldingen/{id}`: a notification's link. Opening it marks it read and leads on to what it is
//! about (the idea, or the wijk of a bundle of new ideas), with a plain redirect, so it works without
//! JavaScript and from a mail program alike. Someone not logged in is sent to log in; a notification
//! that is not the reader's leads to their own list, saying nothing about whose it is.

use app::routes;
use app::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

pub async fn open(State(state): State<AppState>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let token = headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(app::auth::token_from_cookie_header);
    let reader = match token {
        Some(token) => app::db::sessions::find_user(&state.pool, &app::auth::token_hash(token)).await,
        None => Ok(None),
    };
    let reader = match reader {
        Ok(Some(reader)) => reader,
        Ok(None) => return Redirect::to(routes::LOGIN).into_response(),
        Err(e) => return failed(e),
    };
    match app::db::notifications::open(&state.pool, reader.user_id, id).await {
        Ok(Some(notification)) => Redirect::to(&notification.target()).into_response(),
        Ok(None) => Redirect::to(routes::NOTIFICATIONS).into_response(),
        Err(e) => failed(e),
    }
}

fn failed(e: sqlx::Error) -> Response {
    tracing::error!(error = %e, "opening a notification");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}
