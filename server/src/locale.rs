//! The reader's language, chosen once per request: the `taal` cookie (set by the language switch,
//! and at login from the account's setting, so the account decides for residents and
//! professionals), else (for a page a mail links to, opened by someone who has not chosen a
//! language here) the language that mail was written in, else the browser's `Accept-Language`,
//! else Dutch. The choice travels in the request's extensions, where `app::i18n::current` finds it
//! for pages, server functions and error answers alike.
//!
//! Also here: the language switch's route (`GET /taal/{tag}?terug=…`, a link, so it works without
//! JavaScript) and the script with the texts the islands show (`/teksten/{tag}.{hash}.js`).

use crate::precompressed::Precompressed;
use app::i18n::{self, Locale};
use app::state::AppState;
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// The cookie that remembers a chosen language.
pub const COOKIE: &str = i18n::LANGUAGE_COOKIE;

/// Middleware: puts the request's `Locale` in its extensions and says on a page which language it
/// is in and what chose it. (Files named by their content, the same in every language, say
/// nothing: a `Vary: Cookie` there would keep a browser from reusing them after logging in.)
pub async fn choose(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let from_mail = match mail_link(&request) {
        Some(link) => mail_language(&state, link).await,
        None => None,
    };
    let locale = from_mail.unwrap_or_else(|| of_request(request.headers()));
    request.extensions_mut().insert(locale);
    let mut response = next.run(request).await;
    // The mail's language stays while they act on the page (a form posted to the server) and
    // after: as if they had chosen it in the switch.
    if from_mail.is_some() {
        if let Ok(value) = HeaderValue::from_str(&i18n::language_cookie(locale)) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if is_page {
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(locale.tag()));
        headers.append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    }
    response
}

/// The locale of a request's headers: cookie, then `Accept-Language`, then Dutch.
pub fn of_request(headers: &HeaderMap) -> Locale {
    chosen_by_cookie(headers)
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or_default()
}

/// A page a mail links to, by the token in its path.
enum MailLink {
    /// `/uitnodiging/{token}`: the invitation, written in the invitee's language.
    Invitation(String),
    /// `/afmelden/{token}`: the account whose mail it was, in the account's language.
    Unsubscribe(String),
}

/// The language the mail that links here was written in (`None` when the token is unknown, or the
/// invitation no longer open).
async fn mail_language(state: &AppState, link: MailLink) -> Option<Locale> {
    let pool = &state.pool;
    let tag = match link {
        MailLink::Invitation(token) => {
            app::db::invitations::open_locale(pool, &app::auth::token_hash(&token)).await
        }
        MailLink::Unsubscribe(token) => app::db::users::locale_by_unsubscribe_token(pool, &token).await,
    };
    match tag {
        Ok(tag) => tag.as_deref().and_then(Locale::parse),
        Err(e) => {
            tracing::error!(error = %e, "reading the language of a mail's link");
            None
        }
    }
}

/// The page a mail links to, opened (`GET`) by someone who has neither chosen a language here nor
/// logged in (a logged-in account's language decides for itself).
fn mail_link(request: &Request) -> Option<MailLink> {
    let path = request.uri().path();
    let token_after = |prefix: String| {
        path.strip_prefix(prefix.as_str())
            .filter(|t| !t.is_empty() && t.len() <= 128 && !t.contains('/'))
            .map(str::to_owned)
    };
    let link = token_after(app::routes::invitation(""))
        .map(MailLink::Invitation)
        .or_else(|| token_after(app::routes::unsubscribe("")).map(MailLink::Unsubscribe))?;
    let headers = request.headers();
    let logged_in = cookie(headers, app::auth::SESSION_COOKIE).is_some_and(|v| !v.is_empty());
    let new_here =
        request.method() == axum::http::Method::GET && !logged_in && chosen_by_cookie(headers).is_none();
    new_here.then_some(link)
}

fn chosen_by_cookie(headers: &HeaderMap) -> Option<Locale> {
    cookie(headers, COOKIE).and_then(Locale::parse)
}

/// One cookie's value from the request.
pub fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| app::auth::cookie_value(v, name))
}

#[derive(Deserialize)]
pub struct Back {
    terug: Option<String>,
}

/// `GET /taal/{tag}?terug=/path`: remembers the language (cookie; and the account's setting for
/// someone logged in, which also decides their mail) and returns to the page.
pub async fn switch(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    Query(back): Query<Back>,
    headers: HeaderMap,
) -> Response {
    let Some(locale) = Locale::parse(&tag).filter(|l| l.tag() == tag) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let session = headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(app::auth::token_from_cookie_header);
    if let Some(token) = session {
        let user = app::db::sessions::find_user(&state.pool, &app::auth::token_hash(token)).await;
        if let Ok(Some(user)) = user {
            if let Err(e) = app::db::users::set_locale(&state.pool, user.user_id, locale.tag()).await {
                tracing::error!(error = %e, "saving an account's language");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        }
    }
    let mut response = Redirect::to(&local_path(back.terug.as_deref())).into_response();
    if let Ok(value) = HeaderValue::from_str(&i18n::language_cookie(locale)) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// `back` if it is a path on this site, else the home page (no open redirect).
fn local_path(back: Option<&str>) -> String {
    match back {
        Some(path)
            if path.starts_with('/') && !path.starts_with("//") && !path.contains(['\\', '\r', '\n']) =>
        {
            path.to_owned()
        }
        _ => app::routes::HOME.to_owned(),
    }
}

/// `GET /teksten/{tag}.{hash}.js`: the texts the islands show, in one language. Named by its
/// content, so it is cached for good; an old name answers 404.
pub async fn texts(Path(file): Path<String>, headers: HeaderMap) -> Response {
    let Some(locale) = file.split('.').next().and_then(Locale::parse) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (path, _) = i18n::browser_texts(locale, app::domain::time::zone().rule());
    if path.rsplit('/').next() != Some(file.as_str()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    // Every phone on its first visit downloads this script: compressed once, at brotli's best
    // quality, rather than at the compression layer's quick setting on every request.
    static COMPRESSED: std::sync::OnceLock<Vec<Precompressed>> = std::sync::OnceLock::new();
    let all = COMPRESSED.get_or_init(|| {
        Locale::ALL
            .iter()
            .map(|l| {
                let (_, body) = i18n::browser_texts(*l, app::domain::time::zone().rule());
                Precompressed::new(
                    body.clone(),
                    "text/javascript; charset=utf-8",
                    "public, max-age=31536000, immutable",
                )
            })
            .collect()
    });
    match Locale::ALL.iter().position(|l| *l == locale) {
        Some(n) => all[n].respond(&headers),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn the_cookie_wins_over_the_browser() {
        assert_eq!(
            of_request(&headers(&[("accept-language", "tr-TR,tr;q=0.9")])),
            Locale::Tr
        );
        let both = headers(&[("accept-language", "tr"), ("cookie", "a=b; taal=ar")]);
        assert_eq!(of_request(&both), Locale::Ar);
        let unknown = headers(&[("accept-language", "pl"), ("cookie", "taal=xx")]);
        assert_eq!(of_request(&unknown), Locale::Pl);
        assert_eq!(of_request(&headers(&[("accept-language", "fr")])), Locale::Nl);
    }

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(local_path(Some("/ideeen/3?x=1")), "/ideeen/3?x=1");
        for bad in ["//evil.example", "https://evil.example", "/\\evil", "ideeen"] {
            assert_eq!(local_path(Some(bad)), "/", "{bad}");
        }
        assert_eq!(local_path(None), "/");
    }
}
