//! A response body that never changes while the server runs (ward outlines, lists that only an
//! import changes), built once: kept in memory raw, as brotli (best quality) and as gzip, with a
//! strong `ETag`. A browser that has it gets `304 Not Modified`; one that has not gets the smallest
//! copy it accepts, without the cost of compressing it again for every request.

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::hash::{Hash, Hasher};
use std::io::Write;

#[derive(Debug)]
pub struct Precompressed {
    raw: Bytes,
    brotli: Bytes,
    gzip: Bytes,
    etag: HeaderValue,
    content_type: &'static str,
    cache_control: &'static str,
}

impl Precompressed {
    pub fn new(raw: impl Into<Bytes>, content_type: &'static str, cache_control: &'static str) -> Self {
        let raw: Bytes = raw.into();
        let mut brotli = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            ..Default::default()
        };
        brotli::BrotliCompress(&mut raw.as_ref(), &mut brotli, &params).expect("compressing into memory");
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gzip.write_all(&raw).expect("compressing into memory");
        let gzip = gzip.finish().expect("compressing into memory");
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        raw.hash(&mut hasher);
        let etag = HeaderValue::from_str(&format!("\"{:016x}-{:x}\"", hasher.finish(), raw.len()))
            .expect("hex is a valid header value");
        Self {
            raw,
            brotli: brotli.into(),
            gzip: gzip.into(),
            etag,
            content_type,
            cache_control,
        }
    }

    pub fn etag(&self) -> &str {
        self.etag.to_str().unwrap_or_default()
    }

    /// The answer to a GET with these request headers.
    pub fn respond(&self, request: &HeaderMap) -> Response {
        let mut headers = HeaderMap::new();
        headers.insert(header::ETAG, self.etag.clone());
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(self.cache_control),
        );
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if matches_etag(request, &self.etag) {
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(self.content_type));
        let body = match preferred_encoding(request) {
            Encoding::Brotli => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
                self.brotli.clone()
            }
            Encoding::Gzip => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                self.gzip.clone()
            }
            Encoding::Identity => self.raw.clone(),
        };
        (StatusCode::OK, headers, Body::from(body)).into_response()
    }
}

fn matches_etag(request: &HeaderMap, etag: &HeaderValue) -> bool {
    let Some(wanted) = request.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let ours = etag.to_str().unwrap_or_default();
    wanted
        .split(',')
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == "*" || t == ours)
}

#[derive(Debug, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

/// Brotli over gzip over none, among the codings the request accepts (a `q=0` refuses one).
fn preferred_encoding(request: &HeaderMap) -> Encoding {
    let accepted = |name: &str| {
        request
            .get_all(header::ACCEPT_ENCODING)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|item| {
                let mut parts = item.split(';').map(str::trim);
                let coding = parts.next().unwrap_or_default();
                let refused = parts.any(|p| {
                    p.strip_prefix("q=")
                        .and_then(|q| q.parse::<f32>().ok())
                        .is_some_and(|q| q <= 0.0)
                });
                coding.eq_ignore_ascii_case(name) && !refused
            })
    };
    if accepted("br") {
        Encoding::Brotli
    } else if accepted("gzip") {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(name.clone(), HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn picks_the_best_accepted_coding() {
        let h = |v: &str| headers(&[(header::ACCEPT_ENCODING, v)]);
        assert_eq!(
            preferred_encoding(&h("gzip, deflate, br, zstd")),
            Encoding::Brotli
        );
        assert_eq!(preferred_encoding(&h("gzip")), Encoding::Gzip);
        assert_eq!(preferred_encoding(&h("br;q=0, gzip")), Encoding::Gzip);
        assert_eq!(preferred_encoding(&HeaderMap::new()), Encoding::Identity);
    }

    #[test]
    fn a_known_etag_gets_not_modified_and_the_bodies_decode_to_the_same_bytes() {
        let text = "{\"type\":\"FeatureCollection\",\"features\":[]}".repeat(50);
        let body = Precompressed::new(text.clone(), "application/geo+json", "no-cache");
        let fresh = body.respond(&headers(&[(header::IF_NONE_MATCH, body.etag())]));
        assert_eq!(fresh.status(), StatusCode::NOT_MODIFIED);
        let stale = body.respond(&headers(&[(header::IF_NONE_MATCH, "\"other\"")]));
        assert_eq!(stale.status(), StatusCode::OK);

        let mut unbrotli = Vec::new();
        brotli::BrotliDecompress(&mut body.brotli.as_ref(), &mut unbrotli).unwrap();
        assert_eq!(unbrotli, text.as_bytes());
        let mut ungzip = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(body.gzip.as_ref()), &mut ungzip)
            .unwrap();
        assert_eq!(ungzip, text);
        assert!(body.brotli.len() < text.len() / 10);
    }
}
