//! Register, log in, log out, and who is logged in.

use crate::domain::views::CurrentUser;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::context::{self, internal};
    use crate::auth;
    use crate::db::{self, users::CreateUserError};
    use crate::domain::{DisplayName, Email, Password};
    use crate::error::ErrorKind;
    use crate::i18n::{Locale, Msg};
    use crate::state::AppState;

    /// Failed logins per email within the window before logins for it are refused.
    pub const MAX_FAILURES: i64 = 5;
    pub const FAILURE_WINDOW_SECS: i64 = 15 * 60;

    pub async fn start_session(state: &AppState, user_id: i64) -> Result<(), AppError> {
        // Rotate: whatever session the browser had before is ended, a fresh id is issued.
        if let Some(old) = context::session_token() {
            db::sessions::delete(&state.pool, &auth::token_hash(&old))
                .await
                .map_err(internal)?;
        }
        let token = auth::new_session_token();
        db::sessions::create(&state.pool, &auth::token_hash(&token), user_id)
            .await
            .map_err(internal)?;
        context::set_cookie(auth::session_cookie(&token, context::cookies_secure(state)));
        remember_language(state, user_id).await
    }

    /// The account's language decides from now on: a language it chose before comes back on this
    /// browser (the `taal` cookie); an account that never chose one keeps the one it is using.
    async fn remember_language(state: &AppState, user_id: i64) -> Result<(), AppError> {
        let saved = db::users::locale(&state.pool, user_id).await.map_err(internal)?;
        match saved.as_deref().and_then(Locale::parse) {
            Some(locale) => context::set_cookie(crate::i18n::language_cookie(locale)),
            None => db::users::set_locale(&state.pool, user_id, crate::i18n::current().tag())
                .await
                .map_err(internal)?,
        }
        Ok(())
    }

    pub async fn register(email: &str, display_name: &str, password: &str) -> Result<(), AppError> {
        let state = context::app_state()?;
        let email = Email::parse(email)?;
        let name = DisplayName::parse(display_name)?;
        let password = Password::parse(password)?;
        let hash = auth::hash_password(password.expose()).map_err(internal)?;
        let user_id = match db::users::create(&state.pool, &email, &name, &hash).await {
            Ok(id) => id,
            Err(CreateUserError::EmailTaken) => {
                return Err(AppError {
                    field: Some("email".into()),
                    ..AppError::new(ErrorKind::Conflict, Msg::ErrEmailTaken)
                })
            }
            Err(CreateUserError::Db(e)) => return Err(internal(e)),
        };
        start_session(&state, user_id).await
    }

    pub async fn login(email: &str, password: &str) -> Result<(), AppError> {
        let state = context::app_state()?;
        let failed = || AppError::new(ErrorKind::Unauthenticated, Msg::ErrLoginFailed);
        let Ok(email) = Email::parse(email) else {
            auth::verify_password(password, auth::dummy_hash());
            return Err(failed());
        };
        let since = db::now() - FAILURE_WINDOW_SECS;
        let failures = db::login_failures::count_since(&state.pool, email.as_str(), since)
            .await
            .map_err(internal)?;
        if failures >= MAX_FAILURES {
            return Err(AppError::new(ErrorKind::TooManyRequests, Msg::ErrTooManyAttempts));
        }
        let user = db::users::find_by_email(&state.pool, &email)
            .await
            .map_err(internal)?;
        let hash = user
            .as_ref()
            .map_or(auth::dummy_hash(), |u| u.password_hash.as_str());
        let valid = auth::verify_password(password, hash);
        match user.filter(|_| valid) {
            Some(user) => {
                db::login_failures::clear(&state.pool, email.as_str())
                    .await
                    .map_err(internal)?;
                start_session(&state, user.id).await
            }
            None => {
                db::login_failures::record(&state.pool, email.as_str())
                    .await
                    .map_err(internal)?;
                // Each failure in the window costs a little more time before the answer.
                let delay = 250 * (failures + 1).min(8) as u64;
                tokio::time::sleep(std::time::Duration::from_millis(delay)).await;
                Err(failed())
            }
        }
    }
}

/// Creates an account and logs it in. Refuses weak passwords and taken emails.
#[server(prefix = "/api", endpoint = "account/register")]
pub async fn register(email: String, display_name: String, password: String) -> Result<(), AppError> {
    imp::register(&email, &display_name, &password).await?;
    leptos_axum::redirect("/");
    Ok(())
}

/// Logs in; after five failures for one email within 15 minutes, refuses for a while (429).
#[server(prefix = "/api", endpoint = "account/login")]
pub async fn login(email: String, password: String) -> Result<(), AppError> {
    imp::login(&email, &password).await?;
    leptos_axum::redirect("/");
    Ok(())
}

/// Ends the session in the database and clears the cookie.
#[server(prefix = "/api", endpoint = "account/logout")]
pub async fn logout() -> Result<(), AppError> {
    use crate::api::context;
    let state = context::app_state()?;
    if let Some(token) = context::session_token() {
        crate::db::sessions::delete(&state.pool, &crate::auth::token_hash(&token))
            .await
            .map_err(context::internal)?;
    }
    context::set_cookie(crate::auth::clear_session_cookie(context::cookies_secure(&state)));
    leptos_axum::redirect("/");
    Ok(())
}

/// The logged-in user's public name, or nothing.
#[server(prefix = "/api", endpoint = "account/me", input = GetUrl)]
pub async fn who_am_i() -> Result<Option<CurrentUser>, AppError> {
    use crate::api::context;
    let state = context::app_state()?;
    Ok(context::current_user(&state).await?.map(|u| CurrentUser {
        role: crate::domain::roles::Role::parse(&u.role).unwrap_or(crate::domain::roles::Role::Resident),
        display_name: u.display_name,
    }))
}

#[cfg(feature = "ssr")]
pub(crate) use imp::start_session;
