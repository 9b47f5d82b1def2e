//! How a server function finds its state and its caller. Only the API layer uses this.

use crate::auth;
use crate::db;
use crate::db::ideas::IdeaFacts;
use crate::db::sessions::SessionUser;
use crate::domain::permissions::Refusal;
use crate::error::{AppError, ErrorKind};
use crate::state::AppState;
use leptos::prelude::*;

pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the server function context");
        AppError::internal()
    })
}

/// Logs an internal error and turns it into the generic message the user sees.
pub fn internal(err: impl std::fmt::Display) -> AppError {
    tracing::error!(error = %err, "internal error in a server function");
    AppError::internal()
}

pub fn request_header(name: http::header::HeaderName) -> Option<String> {
    use_context::<http::request::Parts>().and_then(|parts| {
        parts
            .headers
            .get(&name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    })
}

pub fn session_token() -> Option<String> {
    request_header(http::header::COOKIE).and_then(|h| auth::token_from_cookie_header(&h).map(str::to_owned))
}

/// The logged-in user, if the request carries a valid session.
pub async fn current_user(state: &AppState) -> Result<Option<SessionUser>, AppError> {
    let Some(token) = session_token() else {
        return Ok(None);
    };
    crate::db::sessions::find_user(&state.pool, &auth::token_hash(&token))
        .await
        .map_err(internal)
}

/// The caller as `domain::permissions` sees them (role, organisation, werkgebied); `None` for a visitor.
pub async fn caller(state: &AppState) -> Result<Option<crate::domain::permissions::Actor>, AppError> {
    match current_user(state).await? {
        Some(u) => crate::db::professionals::actor(&state.pool, u.user_id)
            .await
            .map(Some)
            .map_err(internal),
        None => Ok(None),
    }
}

/// The caller, if `domain::permissions::participate` lets them take part (anyone logged in).
pub async fn participant(state: &AppState) -> Result<SessionUser, AppError> {
    let user = current_user(state).await?;
    crate::domain::permissions::participate(user.as_ref().map(|u| u.user_id)).map_err(refused)?;
    user.ok_or_else(AppError::unauthenticated)
}

/// Whether cookies set on this response should be `Secure`.
pub fn cookies_secure(state: &AppState) -> bool {
    state
        .config
        .secure_cookies
        .unwrap_or_else(|| !request_header(http::header::HOST).is_some_and(|h| auth::is_local_host(&h)))
}

pub fn set_cookie(value: String) {
    if let (Some(options), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&value),
    ) {
        options.append_header(http::header::SET_COOKIE, value);
    }
}

/// A refusal by `domain::permissions`, as the caller hears it.
pub fn refused(r: Refusal) -> AppError {
    match r {
        Refusal::LoginRequired => AppError::unauthenticated(),
        Refusal::Forbidden(msg) => AppError::new(ErrorKind::Forbidden, msg),
    }
}

/// The wijk a code names (its code and its row); not found for a malformed code, an unknown one or
/// a buurt's.
pub async fn known_wijk(
    state: &AppState,
    code: &str,
) -> Result<(crate::domain::WardCode, db::wards::WardRow), AppError> {
    let code = crate::domain::WardCode::parse(code).map_err(|_| AppError::not_found())?;
    let row = db::wards::find(&state.pool, &code)
        .await
        .map_err(internal)?
        .filter(|w| w.level == crate::domain::WardLevel::Wijk.as_str())
        .ok_or_else(AppError::not_found)?;
    Ok((code, row))
}

/// The idea as the public may see it: hidden ideas are not found.
pub async fn visible_idea(state: &AppState, id: i64) -> Result<IdeaFacts, AppError> {
    db::ideas::facts(&state.pool, id)
        .await
        .map_err(internal)?
        .filter(|idea| !idea.is_hidden())
        .ok_or_else(AppError::not_found)
}
