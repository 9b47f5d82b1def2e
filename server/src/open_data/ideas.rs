//! `GET /api/v1/ideas.geojson` and `/api/v1/ideas.csv`: every public idea that matches the query
//! (`ExportQuery`: wijk, status, categorie, sinds, bbox), as an RFC 7946 FeatureCollection or an
//! RFC 4180 table with a header row.
//!
//! The answer streams: ideas are read in batches of `BATCH` by id and written as they come, so the
//! whole city's export costs the server one batch of memory and no connection held between
//! batches. What goes in each row is `formats`' business; what may go at all is `db::open_data`'s.

use super::conditional::{refusal_headers, Freshness};
use super::formats;
use app::db::open_data::{batch, PublicIdea};
use app::domain::export_query::ExportQuery;
use app::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use futures::stream::{self, StreamExt};

/// Ideas read per query while streaming.
const BATCH: i64 = 500;
const CACHE_CONTROL: &str = "public, max-age=60";

/// The formats of the idea export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    GeoJson,
    Csv,
}

impl Format {
    fn of_file(file: &str) -> Option<Self> {
        match file {
            "ideas.geojson" => Some(Self::GeoJson),
            "ideas.csv" => Some(Self::Csv),
            _ => None,
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Self::GeoJson => "application/geo+json",
            Self::Csv => "text/csv; charset=utf-8; header=present",
        }
    }

    /// A refusal in the format's own shape: a JSON object for GeoJSON readers, text for CSV.
    fn refusal(self, parameter: &str, message: &str) -> Response {
        let (content_type, body) = match self {
            Self::GeoJson => (
                "application/json",
                serde_json::json!({ "error": { "parameter": parameter, "message": message } }).to_string(),
            ),
            Self::Csv => ("text/plain; charset=utf-8", format!("{parameter}: {message}\n")),
        };
        (StatusCode::BAD_REQUEST, refusal_headers(content_type), body).into_response()
    }
}

pub async fn export(
    State(state): State<AppState>,
    Path(file): Path<String>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Response {
    let Some(format) = Format::of_file(&file) else {
        let body = serde_json::json!({ "error": {
            "parameter": "format",
            "message": format!("unknown format {file:?}: ask ideas.geojson or ideas.csv"),
        }});
        return (
            StatusCode::BAD_REQUEST,
            refusal_headers("application/json"),
            body.to_string(),
        )
            .into_response();
    };
    let pairs = super::query_pairs(raw.as_deref());
    let query = match ExportQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))) {
        Ok(query) => query,
        Err(e) => return format.refusal(&e.parameter, &e.message),
    };
    let (version, changed_at) = match app::db::data_version::with_time(&state.pool).await {
        Ok(found) => found,
        Err(e) => {
            tracing::error!(error = %e, "reading the data version for an export");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let site = state
        .config
        .site_address(headers.get(header::HOST).and_then(|h| h.to_str().ok()));
    // The site's address is in every row (the ideas' URLs), so it is part of what decides the answer.
    let freshness = Freshness::new(
        format.kind(),
        version,
        &format!("{}|{site}", query.key()),
        Some(changed_at),
        CACHE_CONTROL,
    );
    if freshness.unchanged_for(&headers) {
        return freshness.not_modified();
    }
    let mut answer_headers = freshness.headers();
    answer_headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    if format == Format::Csv {
        answer_headers.insert(
            header::CONTENT_DISPOSITION,
            HeaderValue::from_static("inline; filename=\"wijkidee-ideeen.csv\""),
        );
    }
    let body = Body::from_stream(rows(state.pool.clone(), query, format, site));
    (StatusCode::OK, answer_headers, body).into_response()
}

impl Format {
    fn kind(self) -> &'static str {
        match self {
            Self::GeoJson => "ideas-geojson",
            Self::Csv => "ideas-csv",
        }
    }

    fn head(self) -> String {
        match self {
            Self::GeoJson => "{\"type\":\"FeatureCollection\",\"features\":[".to_owned(),
            Self::Csv => formats::csv_header(),
        }
    }

    fn tail(self) -> &'static str {
        match self {
            Self::GeoJson => "]}\n",
            Self::Csv => "",
        }
    }

    fn write(self, out: &mut String, idea: &PublicIdea, first: bool, site: &str) {
        match self {
            Self::GeoJson => {
                if !first {
                    out.push(',');
                }
                out.push('\n');
                out.push_str(&formats::geojson_feature(idea, site).to_string());
            }
            Self::Csv => formats::csv_row(out, idea, site),
        }
    }
}

/// Where the stream is: before the first row, after the idea with this id, or done.
enum Step {
    Start,
    After { id: i64, written: u64 },
    Done,
}

/// The head, the rows batch by batch, the tail. A database error ends the stream with an error, so
/// the client sees a broken answer rather than a short one that looks whole.
fn rows(
    pool: sqlx::AnyPool,
    query: ExportQuery,
    format: Format,
    site: String,
) -> impl futures::Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static {
    stream::unfold(Step::Start, move |step| {
        let (pool, query, site) = (pool.clone(), query.clone(), site.clone());
        async move {
            let (after, written) = match step {
                Step::Done => return None,
                Step::Start => {
                    return Some((Ok(Bytes::from(format.head())), Step::After { id: 0, written: 0 }))
                }
                Step::After { id, written } => (id, written),
            };
            match batch(&pool, &query, after, BATCH).await {
                Ok(ideas) if ideas.is_empty() => {
                    Some((Ok(Bytes::from_static(format.tail().as_bytes())), Step::Done))
                }
                Ok(ideas) => {
                    let mut out = String::with_capacity(ideas.len() * 600);
                    for (n, idea) in ideas.iter().enumerate() {
                        format.write(&mut out, idea, written + n as u64 == 0, &site);
                    }
                    let last = ideas.last().map_or(after, |i| i.id);
                    let written = written + ideas.len() as u64;
                    Some((Ok(Bytes::from(out)), Step::After { id: last, written }))
                }
                Err(e) => {
                    tracing::error!(error = %e, "reading ideas for an export");
                    Some((
                        Err(std::io::Error::other("the database failed during the export")),
                        Step::Done,
                    ))
                }
            }
        }
    })
    // The compression layer may ask once more after the end; a fused stream answers "done" again
    // (an unfold would panic).
    .fuse()
    .boxed()
}
