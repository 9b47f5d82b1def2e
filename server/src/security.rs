//! Layers that guard every request: refusing cross-site writes, giving errors their HTTP status, and
//! response headers.
//!
//! Server functions do no CSRF checks of their own. Browsers send `Sec-Fetch-Site` (and `Origin` on
//! every cross-origin POST), so a state-changing request that says it comes from another site is
//! refused before it reaches a server function. Requests without either header are not from a
//! browser page and carry no ambient cookies worth stealing, so they pass.

use app::error::{AppError, ErrorKind};
use app::i18n::{Locale, Msg};
use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Largest accepted request body (the 1 MiB); larger is 413.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

pub async fn refuse_cross_site(request: Request, next: Next) -> Response {
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        // RFC 8058 one-click unsubscribe: webmail may POST it from the browser; the token in the
        // path is the credential and no cookie is used.
        || request.uri().path().starts_with("/api/mail/one-click/")
        // Open311's POST is for other systems: its credential is the api_key in the body, never a
        // cookie, so a request from another site can do nothing a visitor's browser would lend it.
        || request.uri().path().starts_with("/open311/");
    if !safe && is_cross_site(request.headers()) {
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        let error = AppError::new(ErrorKind::Forbidden, Msg::ErrCrossSite);
        return error_response(error.worded_in(locale_of(&request)));
    }
    next.run(request).await
}

fn is_cross_site(headers: &HeaderMap) -> bool {
    let text = |name| {
        headers
            .get(name)
            .and_then(|v: &header::HeaderValue| v.to_str().ok())
    };
    if let Some(site) = text(header::HeaderName::from_static("sec-fetch-site")) {
        return !matches!(site, "same-origin" | "none");
    }
    match (text(header::ORIGIN), text(header::HOST)) {
        (Some(origin), Some(host)) => {
            let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or("");
            !origin_host.eq_ignore_ascii_case(host)
        }
        (Some(_), None) => true,
        (None, _) => false,
    }
}

/// server_fn answers every error with 500; the error's own kind says what it really is.
///
/// A form posted without JavaScript is answered with a redirect back to the page it came from; on an
/// error, the message key and field ride along in that URL (`?fout=…&veld=…`) so the page can show
/// them, and a later success clears them. server_fn's own base64 `__err` is replaced by these.
///
/// The error's `text`, for API clients, is worded here in the caller's language (`locale::choose`).
pub async fn error_status(request: Request, next: Next) -> Response {
    let locale = locale_of(&request);
    let response = next.run(request).await;
    let is_fn_error = response.headers().contains_key("serverfnerror");
    let is_form_redirect =
        response.status() == StatusCode::FOUND && response.headers().contains_key(header::LOCATION);
    if !is_fn_error {
        return if is_form_redirect {
            with_error_in_location(response, None)
        } else {
            response
        };
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let error = serde_json::from_slice::<AppError>(&bytes)
        .ok()
        .map(|e| e.worded_in(locale));
    let response = match &error {
        Some(error) => {
            if parts.status == StatusCode::INTERNAL_SERVER_ERROR {
                parts.status =
                    StatusCode::from_u16(error.kind.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            }
            parts.headers.remove(header::CONTENT_LENGTH);
            let body = serde_json::to_vec(error).unwrap_or_else(|_| bytes.to_vec());
            Response::from_parts(parts, Body::from(body))
        }
        None => Response::from_parts(parts, Body::from(bytes)),
    };
    if is_form_redirect {
        with_error_in_location(response, error.as_ref())
    } else {
        response
    }
}

fn with_error_in_location(mut response: Response, error: Option<&AppError>) -> Response {
    let Some(location) = response
        .headers()
        .get(header::LOCATION)
        .and_then(|l| l.to_str().ok())
    else {
        return response;
    };
    let (path, query) = location.split_once('?').unwrap_or((location, ""));
    let mut pairs: Vec<String> = query
        .split('&')
        .filter(|p| {
            !p.is_empty()
                && !["fout=", "veld=", "__path=", "__err="]
                    .iter()
                    .any(|k| p.starts_with(k))
        })
        .map(str::to_owned)
        .collect();
    if let Some(error) = error {
        if let Ok(serde_json::Value::String(key)) = serde_json::to_value(error.message) {
            pairs.push(format!("fout={key}"));
        }
        if let Some(field) = error
            .field
            .as_deref()
            .filter(|f| f.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
        {
            pairs.push(format!("veld={field}"));
        }
    }
    let new_location = if pairs.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", pairs.join("&"))
    };
    if let Ok(value) = header::HeaderValue::from_str(&new_location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// The language `locale::choose` chose for this request.
fn locale_of(request: &Request) -> Locale {
    request.extensions().get::<Locale>().copied().unwrap_or_default()
}

/// Turns the body-limit layer's bare 413 into the API's error shape.
pub async fn explain_too_large(request: Request, next: Next) -> Response {
    let locale = locale_of(&request);
    let response = next.run(request).await;
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        let error = AppError::new(ErrorKind::Invalid, Msg::ErrTooLarge).worded_in(locale);
        let mut r = error_response(error);
        *r.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
        return r;
    }
    response
}

pub fn error_response(error: AppError) -> Response {
    let status = StatusCode::from_u16(error.kind.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        serde_json::to_string(&error).unwrap_or_default(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn cross_site_detection() {
        assert!(is_cross_site(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(is_cross_site(&headers(&[("sec-fetch-site", "same-site")])));
        assert!(!is_cross_site(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(is_cross_site(&headers(&[
            ("origin", "https://evil.example"),
            ("host", "wijkidee.nl")
        ])));
        assert!(!is_cross_site(&headers(&[
            ("origin", "https://wijkidee.nl"),
            ("host", "wijkidee.nl")
        ])));
        assert!(is_cross_site(&headers(&[
            ("origin", "null"),
            ("host", "wijkidee.nl")
        ])));
        assert!(!is_cross_site(&headers(&[("host", "wijkidee.nl")])));
    }
}
