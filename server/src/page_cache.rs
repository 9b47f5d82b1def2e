//! The list pages a visitor without an account sees (`/` with any filter, `/wijken`, a wijk's page),
//! kept in memory for the public data's version, so the city's many readers do not each cost a
//! render and its queries.
//!
//! Why this is safe to keep: those pages show only public data that raises the version when it
//! changes (ideas and their counts by triggers, wards by their import; see the `data_version`
//! migration), plus the interface text. A request is answered from memory only when
//! - it is a GET without any cookie but the language's (no session, so nothing personal can be on
//!   the page), and
//! - the page was rendered for the same path, query and language at the same data version,
//!   at most `LIFETIME` ago (so nothing that depends on the clock can grow old).
//!
//! A page is kept only when it was a 200 of HTML that set no cookie. Each answer gets a nonce of its
//! own: the kept page's nonce is replaced in its body and its Content-Security-Policy, so an inline
//! script's nonce is as unguessable as on a freshly rendered page.

use app::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a kept page may be served, whatever the data version says.
const LIFETIME: Duration = Duration::from_secs(60);
/// Pages kept at most (a filter per query string; past it, all are dropped and kept afresh).
const KEPT_PAGES: usize = 256;
/// A list page is tens of kilobytes; anything larger is not kept.
const MAX_PAGE_BYTES: usize = 512 * 1024;

#[derive(Clone, Default)]
pub struct PageCache(Arc<Mutex<HashMap<String, Arc<KeptPage>>>>);

struct KeptPage {
    version: i64,
    at: Instant,
    headers: HeaderMap,
    body: Bytes,
    nonce: Option<String>,
}

pub async fn serve(
    State((state, cache)): State<(AppState, PageCache)>,
    request: Request,
    next: Next,
) -> Response {
    let Some(key) = cache_key(&request) else {
        return next.run(request).await;
    };
    let Ok(version) = app::db::data_version::current(&state.pool).await else {
        return next.run(request).await;
    };
    if let Some(page) = cache.find(&key, version) {
        return page.answer();
    }
    let response = next.run(request).await;
    if !keepable(&response) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = axum::body::to_bytes(body, MAX_PAGE_BYTES).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let page = KeptPage {
        version,
        at: Instant::now(),
        nonce: nonce_of(&parts.headers),
        headers: parts.headers.clone(),
        body: body.clone(),
    };
    cache.keep(key, page);
    Response::from_parts(parts, Body::from(body))
}

/// The key of a request that may be answered from memory, or `None`.
fn cache_key(request: &Request) -> Option<String> {
    if request.method() != Method::GET || !only_the_language_cookie(request.headers()) {
        return None;
    }
    let path = request.uri().path();
    if path != "/" && path != "/wijken" && !path.starts_with("/wijken/") {
        return None;
    }
    // The language `locale::choose` chose (from the `taal` cookie or `Accept-Language`).
    let language = request
        .extensions()
        .get::<app::i18n::Locale>()
        .copied()
        .unwrap_or_default()
        .tag();
    Some(format!(
        "{}?{}|{language}",
        path,
        request.uri().query().unwrap_or_default()
    ))
}

/// No cookie, or only the one that remembers a language: nothing personal can be on the page.
fn only_the_language_cookie(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter(|pair| !pair.trim().is_empty())
        .all(|pair| pair.trim().starts_with(&format!("{}=", crate::locale::COOKIE)))
        && headers.get_all(header::COOKIE).iter().all(|v| v.to_str().is_ok())
}

fn keepable(response: &Response) -> bool {
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    response.status() == StatusCode::OK && html && !response.headers().contains_key(header::SET_COOKIE)
}

impl PageCache {
    fn find(&self, key: &str, version: i64) -> Option<Arc<KeptPage>> {
        let pages = self.0.lock().ok()?;
        pages
            .get(key)
            .filter(|page| page.version == version && page.at.elapsed() < LIFETIME)
            .cloned()
    }

    fn keep(&self, key: String, page: KeptPage) {
        let Ok(mut pages) = self.0.lock() else { return };
        if pages.len() >= KEPT_PAGES && !pages.contains_key(&key) {
            pages.clear();
        }
        pages.insert(key, Arc::new(page));
    }
}

impl KeptPage {
    /// The kept page with a fresh nonce in its body and its policy.
    fn answer(&self) -> Response {
        let mut headers = self.headers.clone();
        let body = match &self.nonce {
            Some(old) => {
                let fresh = fresh_nonce();
                if let Some(policy) = headers
                    .get(header::CONTENT_SECURITY_POLICY)
                    .and_then(|v| v.to_str().ok())
                    .map(|p| p.replace(&format!("'nonce-{old}'"), &format!("'nonce-{fresh}'")))
                    .and_then(|p| HeaderValue::from_str(&p).ok())
                {
                    headers.insert(header::CONTENT_SECURITY_POLICY, policy);
                }
                let text = String::from_utf8_lossy(&self.body);
                Bytes::from(
                    text.replace(&format!("nonce=\"{old}\""), &format!("nonce=\"{fresh}\""))
                        .into_bytes(),
                )
            }
            None => self.body.clone(),
        };
        headers.remove(header::CONTENT_LENGTH);
        (StatusCode::OK, headers, body).into_response()
    }
}

fn nonce_of(headers: &HeaderMap) -> Option<String> {
    let policy = headers.get(header::CONTENT_SECURITY_POLICY)?.to_str().ok()?;
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let end = policy[start..].find('\'')? + start;
    Some(policy[start..end].to_owned())
}

/// 128 random bits, as hex (a valid CSP nonce value).
fn fresh_nonce() -> String {
    let bytes: [u8; 16] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(uri: &str, cookie: bool) -> Request {
        let mut builder = axum::http::Request::get(uri).header(header::ACCEPT_LANGUAGE, "nl");
        if cookie {
            builder = builder.header(header::COOKIE, "wijkidee_session=x");
        }
        builder.body(Body::empty()).unwrap()
    }

    #[test]
    fn only_a_visitors_list_pages_are_kept() {
        assert_eq!(
            cache_key(&get("/?wijk=WK051828", false)).as_deref(),
            Some("/?wijk=WK051828|nl")
        );
        assert!(cache_key(&get("/wijken/WK051828", false)).is_some());
        assert!(cache_key(&get("/", true)).is_none(), "someone logged in");
        assert!(cache_key(&get("/ideeen/4", false)).is_none());
        assert!(cache_key(&get("/werkbank", false)).is_none());
        assert!(cache_key(&get("/api/ideas/list", false)).is_none());
        let post = axum::http::Request::post("/").body(Body::empty()).unwrap();
        assert!(cache_key(&post).is_none());
    }

    #[test]
    fn a_kept_page_gets_a_fresh_nonce_everywhere() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval'"),
        );
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        let page = KeptPage {
            version: 1,
            at: Instant::now(),
            nonce: nonce_of(&headers),
            headers,
            body: Bytes::from_static(br#"<script nonce="abc123">a()</script><p>nonce="abc"</p>"#),
        };
        assert_eq!(page.nonce.as_deref(), Some("abc123"));
        let first = page.answer();
        let policy = first.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(!policy.contains("abc123"));
        let fresh = nonce_of(first.headers()).unwrap();
        assert_eq!(fresh.len(), 32);
        let body = futures::executor::block_on(axum::body::to_bytes(first.into_body(), 1 << 20)).unwrap();
        assert_eq!(
            std::str::from_utf8(&body).unwrap(),
            format!(r#"<script nonce="{fresh}">a()</script><p>nonce="abc"</p>"#)
        );
        let second = nonce_of(page.answer().headers()).unwrap();
        assert_ne!(fresh, second, "every answer its own");
    }

    #[test]
    fn only_plain_html_answers_are_kept() {
        let html = |status: StatusCode, cookie: bool| {
            let mut r = (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], "x").into_response();
            if cookie {
                r.headers_mut()
                    .insert(header::SET_COOKIE, HeaderValue::from_static("a=b"));
            }
            r
        };
        assert!(keepable(&html(StatusCode::OK, false)));
        assert!(!keepable(&html(StatusCode::OK, true)));
        assert!(!keepable(&html(StatusCode::NOT_FOUND, false)));
        assert!(!keepable(&(StatusCode::OK, "json").into_response()));
    }
}
