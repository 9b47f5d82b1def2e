//! Conditional GET for every open-data answer: an `ETag` from the public data's version and what was
//! asked, a `Last-Modified` from when that data last changed, a 304 for a client that already has
//! it (RFC 9110 §13: `If-None-Match` first, `If-Modified-Since` only without it), and CORS open to any
//! origin, since open data is meant to be read by other sites' pages too.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::time::{Duration, UNIX_EPOCH};

/// What identifies one answer: the data's version and the request's normalised form.
pub struct Freshness {
    etag: String,
    last_modified: Option<i64>,
    cache_control: &'static str,
}

impl Freshness {
    /// `kind` names the resource ("map", "ideas-geojson"); `key` is what decides the answer.
    pub fn new(
        kind: &str,
        version: i64,
        key: &str,
        last_modified: Option<i64>,
        cache_control: &'static str,
    ) -> Self {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        key.hash(&mut hasher);
        Self {
            // Weak: the compression layer changes the bytes, not what they say.
            etag: format!("W/\"{kind}-{version}-{:016x}\"", hasher.finish()),
            last_modified: last_modified.filter(|t| *t > 0),
            cache_control,
        }
    }

    /// Whether the client's copy is current.
    pub fn unchanged_for(&self, request: &HeaderMap) -> bool {
        if let Some(sent) = request.get(header::IF_NONE_MATCH) {
            let opaque = self.etag.trim_start_matches("W/").as_bytes();
            return sent.as_bytes().split(|b| *b == b',').any(|tag| {
                let tag = tag.trim_ascii();
                tag == b"*" || tag.strip_prefix(b"W/").unwrap_or(tag) == opaque
            });
        }
        let since = request
            .get(header::IF_MODIFIED_SINCE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok());
        match (since, self.last_modified) {
            (Some(since), Some(changed)) => since >= UNIX_EPOCH + Duration::from_secs(changed as u64),
            _ => false,
        }
    }

    /// The headers every answer carries, 200 or 304.
    pub fn headers(&self) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(self.cache_control),
        );
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
        if let Ok(value) = HeaderValue::from_str(&self.etag) {
            headers.insert(header::ETAG, value);
        }
        if let Some(changed) = self.last_modified {
            let date = httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(changed as u64));
            if let Ok(value) = HeaderValue::from_str(&date) {
                headers.insert(header::LAST_MODIFIED, value);
            }
        }
        headers
    }

    /// The 304 answer.
    pub fn not_modified(&self) -> Response {
        (StatusCode::NOT_MODIFIED, self.headers()).into_response()
    }
}

/// Headers of an open-data refusal: readable cross-origin too, so a caller's page can show why.
pub fn refusal_headers(content_type: &'static str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(name: header::HeaderName, value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(name, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn an_etag_or_a_date_that_is_current_gives_a_304() {
        let fresh = Freshness::new(
            "ideas",
            7,
            "wijk=WK051829",
            Some(1_764_800_000),
            "public, max-age=60",
        );
        let etag = fresh.headers()[header::ETAG].to_str().unwrap().to_owned();
        assert!(fresh.unchanged_for(&with(header::IF_NONE_MATCH, &etag)));
        assert!(fresh.unchanged_for(&with(header::IF_NONE_MATCH, etag.trim_start_matches("W/"))));
        assert!(fresh.unchanged_for(&with(header::IF_NONE_MATCH, &format!("\"other\", {etag}"))));
        assert!(!fresh.unchanged_for(&with(header::IF_NONE_MATCH, "W/\"ideas-6-0\"")));
        let changed = fresh.headers()[header::LAST_MODIFIED]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(fresh.unchanged_for(&with(header::IF_MODIFIED_SINCE, &changed)));
        assert!(!fresh.unchanged_for(&with(header::IF_MODIFIED_SINCE, "Mon, 01 Jan 2024 00:00:00 GMT")));
        assert!(!fresh.unchanged_for(&with(header::IF_MODIFIED_SINCE, "yesterday")));
        assert!(!fresh.unchanged_for(&HeaderMap::new()));
        // Another version or another question: another tag.
        let other = Freshness::new("ideas", 8, "wijk=WK051829", None, "public");
        assert_ne!(other.headers()[header::ETAG], fresh.headers()[header::ETAG]);
    }
}
