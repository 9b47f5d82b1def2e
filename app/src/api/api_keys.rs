//! The keys with which other systems post ideas over Open311 (`POST /open311/v2/requests`): an
//! administrator issues one per system and revokes it when the system stops.
//!
//! Only the key's hash is stored, so the key is shown once: issuing answers it (for a caller of the
//! API) and also sets a short-lived cookie (`NEW_KEY_COOKIE`, HttpOnly, path `/beheer`, two
//! minutes) that the next `/beheer` page shows and clears. So the form works as a plain form, with
//! or without JavaScript, and the key never travels in an address or lands in a log.

use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKeyView {
    pub id: i64,
    pub name: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
    /// Ideas posted with it.
    pub ideas: i64,
}

/// The cookie that carries a new key to the next `/beheer` page, once: `{id}-{key}`.
pub const NEW_KEY_COOKIE: &str = "nieuwe_sleutel";

/// A new key: the only time the key itself is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedKey {
    pub name: String,
    pub key: String,
}

#[server(prefix = "/api", endpoint = "admin/api-keys", input = GetUrl)]
pub async fn list_api_keys() -> Result<Vec<ApiKeyView>, AppError> {
    imp::list().await
}

/// `system`: the system's name (2–60 characters), also the author shown on its ideas.
#[server(prefix = "/api", endpoint = "admin/api-keys/issue")]
pub async fn issue_api_key(system: String) -> Result<IssuedKey, AppError> {
    imp::issue(&system).await
}

#[server(prefix = "/api", endpoint = "admin/api-keys/revoke")]
pub async fn revoke_api_key(id: i64) -> Result<(), AppError> {
    imp::revoke(id).await
}

/// The key just issued, if this request carries it (see `NEW_KEY_COOKIE`); `None` in the browser.
pub fn take_new_key() -> Option<(i64, String)> {
    #[cfg(feature = "ssr")]
    return imp::take_new_key();
    #[cfg(not(feature = "ssr"))]
    None
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::admin::administrator;
    use crate::api::context::{self, internal};
    use crate::auth;
    use crate::db;

    pub async fn list() -> Result<Vec<ApiKeyView>, AppError> {
        let state = context::app_state()?;
        administrator(&state).await?;
        Ok(db::api_keys::list(&state.pool)
            .await
            .map_err(internal)?
            .into_iter()
            .map(|k| ApiKeyView {
                id: k.id,
                name: k.name,
                created_at: k.created_at,
                revoked_at: k.revoked_at,
                ideas: k.ideas,
            })
            .collect())
    }

    pub async fn issue(name: &str) -> Result<IssuedKey, AppError> {
        let state = context::app_state()?;
        let admin = administrator(&state).await?;
        let name = system_name(name)?;
        let key = auth::new_session_token();
        let id = db::api_keys::issue(&state.pool, &name, &auth::token_hash(&key), admin.user_id)
            .await
            .map_err(internal)?;
        tracing::info!(by = admin.user_id, key = id, "Open311 key issued");
        let secure = if context::cookies_secure(&state) {
            "; Secure"
        } else {
            ""
        };
        context::set_cookie(format!(
            "{NEW_KEY_COOKIE}={id}-{key}; Path=/beheer; Max-Age=120; HttpOnly; SameSite=Strict{secure}"
        ));
        Ok(IssuedKey { name, key })
    }

    /// The key just issued, from its cookie, which this response clears: shown once.
    pub fn take_new_key() -> Option<(i64, String)> {
        let cookies = context::request_header(http::header::COOKIE)?;
        let value = auth::cookie_value(&cookies, NEW_KEY_COOKIE)?;
        context::set_cookie(format!(
            "{NEW_KEY_COOKIE}=; Path=/beheer; Max-Age=0; HttpOnly; SameSite=Strict"
        ));
        let (id, key) = value.split_once('-')?;
        let well_formed = key.len() == 64 && key.bytes().all(|b| b.is_ascii_hexdigit());
        Some((id.parse().ok()?, key.to_owned())).filter(|_| well_formed)
    }

    /// A system's name: 2 to 60 characters, spaces folded, no control characters. (Not a person's
    /// display name: "Gemeente-app" is a fine name for a system.)
    fn system_name(raw: &str) -> Result<String, AppError> {
        use crate::i18n::Msg;
        let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        let len = name.chars().count();
        let refuse = |msg| Err(AppError::invalid("system", msg));
        if len < 2 {
            return refuse(Msg::ErrDisplayNameTooShort);
        }
        if len > 60 {
            return refuse(Msg::ErrDisplayNameTooLong);
        }
        if name.chars().any(char::is_control) {
            return refuse(Msg::ErrControlCharacters);
        }
        Ok(name)
    }

    pub async fn revoke(id: i64) -> Result<(), AppError> {
        let state = context::app_state()?;
        let admin = administrator(&state).await?;
        if !db::api_keys::revoke(&state.pool, id).await.map_err(internal)? {
            return Err(AppError::not_found());
        }
        tracing::info!(by = admin.user_id, key = id, "Open311 key revoked");
        Ok(())
    }
}
