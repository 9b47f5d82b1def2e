//! Every request gets an id and a span: log lines written while answering it (a refused login, an
//! internal error, "idea created") carry the id, and the answer carries it as `x-request-id`, so a
//! report from a gemeente ("this went wrong at 10:02") finds its lines. A proxy's own id is kept.
//!
//! Paths are logged without the secrets some carry (unsubscribe and invitation tokens), and never
//! with their query string.

use axum::http::{HeaderName, Request};
use std::sync::atomic::{AtomicU64, Ordering};
use tower_http::request_id::{MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer};
use tower_http::trace::{HttpMakeClassifier, TraceLayer};

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Ids unique across restarts and instances: a random prefix per process, a counter per request.
#[derive(Clone)]
pub struct Sequential {
    prefix: u32,
}

static NEXT: AtomicU64 = AtomicU64::new(1);

impl Default for Sequential {
    fn default() -> Self {
        Self {
            prefix: rand::random(),
        }
    }
}

impl MakeRequestId for Sequential {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let id = format!("{:08x}-{}", self.prefix, NEXT.fetch_add(1, Ordering::Relaxed));
        axum::http::HeaderValue::from_str(&id).ok().map(RequestId::new)
    }
}

pub fn set_id() -> SetRequestIdLayer<Sequential> {
    SetRequestIdLayer::new(REQUEST_ID, Sequential::default())
}

pub fn propagate_id() -> PropagateRequestIdLayer {
    PropagateRequestIdLayer::new(REQUEST_ID)
}

type MakeSpan = fn(&Request<axum::body::Body>) -> tracing::Span;

/// One `request` span per request, with its id, method and (redacted) path.
pub fn trace() -> TraceLayer<HttpMakeClassifier, MakeSpan> {
    TraceLayer::new_for_http().make_span_with(span as MakeSpan)
}

fn span(request: &Request<axum::body::Body>) -> tracing::Span {
    let id = request
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    tracing::info_span!(
        "request",
        id = %id,
        method = %request.method(),
        path = %loggable_path(request.uri().path()),
    )
}

/// The path with the secret segment of token addresses replaced by `…`.
pub fn loggable_path(path: &str) -> String {
    const SECRET_AFTER: [&str; 3] = ["/afmelden/", "/uitnodiging/", "/api/mail/one-click/"];
    for prefix in SECRET_AFTER {
        if path.starts_with(prefix) {
            return format!("{prefix}…");
        }
    }
    path.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_stay_out_of_the_log() {
        assert_eq!(loggable_path("/afmelden/abc123"), "/afmelden/…");
        assert_eq!(loggable_path("/uitnodiging/xyz"), "/uitnodiging/…");
        assert_eq!(loggable_path("/api/mail/one-click/t"), "/api/mail/one-click/…");
        assert_eq!(loggable_path("/ideeen/7"), "/ideeen/7");
    }

    #[test]
    fn ids_differ() {
        let mut make = Sequential::default();
        let request = Request::new(());
        let a = make.make_request_id(&request).unwrap();
        let b = make.make_request_id(&request).unwrap();
        assert_ne!(a.header_value(), b.header_value());
    }
}
