//! Open311 GeoReport v2 (<http://wiki.open311.org/GeoReport_v2>) under `/open311/v2/`, in XML and
//! JSON by the file's extension: `discovery`, `services` (the categories), `services/{code}`,
//! `requests` (the public ideas, `RequestsQuery`'s filters) and `requests/{id}`. `POST requests`
//! (an idea from another system, with an API key) is `open311_post`'s.
//!
//! An idea is a service request: its category the service, `open` while it can still be realised,
//! `status_notes` the newest public explanation on its timeline, `agency_responsible` the
//! organisation of its lead. Errors use the spec's own shape: a list of `{ code, description }`.

use super::conditional::{refusal_headers, Freshness};
use super::formats::{idea_url, xml_escape};
use app::db::open311::ServiceRequest;
use app::domain::open311_query::RequestsQuery;
use app::domain::time::rfc3339;
use app::domain::Status;
use app::state::AppState;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

const CACHE_CONTROL: &str = "public, max-age=60";

/// The two formats, from the requested file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Xml,
}

impl Format {
    /// `requests.json` → ("requests", Json); another extension is refused (in JSON, for want of
    /// a better guess).
    pub fn split(file: &str) -> Result<(&str, Format), Box<Response>> {
        if let Some(name) = file.strip_suffix(".json") {
            Ok((name, Format::Json))
        } else if let Some(name) = file.strip_suffix(".xml") {
            Ok((name, Format::Xml))
        } else {
            Err(Box::new(error(
                Format::Json,
                StatusCode::BAD_REQUEST,
                "unknown format: ask .json or .xml",
            )))
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Json => "application/json; charset=utf-8",
            Format::Xml => "text/xml; charset=utf-8",
        }
    }
}

/// One value of a record: text, a number, or nothing (an empty element, JSON null).
pub enum Field {
    Text(String),
    Number(f64),
    Int(i64),
    Bool(bool),
    Empty,
}

/// A flat record, written as a JSON object or as XML elements, in the spec's field order.
pub struct Record(pub Vec<(&'static str, Field)>);

impl Record {
    fn json(&self) -> Value {
        let mut object = serde_json::Map::new();
        for (name, field) in &self.0 {
            let value = match field {
                Field::Text(t) => json!(t),
                Field::Number(n) => json!(n),
                Field::Int(n) => json!(n),
                Field::Bool(b) => json!(b),
                Field::Empty => Value::Null,
            };
            object.insert((*name).to_owned(), value);
        }
        Value::Object(object)
    }

    fn xml(&self, element: &str, out: &mut String) {
        out.push_str(&format!("<{element}>"));
        for (name, field) in &self.0 {
            let text = match field {
                Field::Text(t) => xml_escape(t),
                Field::Number(n) => n.to_string(),
                Field::Int(n) => n.to_string(),
                Field::Bool(b) => b.to_string(),
                Field::Empty => String::new(),
            };
            out.push_str(&format!("<{name}>{text}</{name}>"));
        }
        out.push_str(&format!("</{element}>"));
    }
}

/// A list of records: a JSON array, or `<list><item>…</item></list>` in XML.
pub fn body(format: Format, list: &str, item: &str, records: &[Record]) -> String {
    match format {
        Format::Json => Value::Array(records.iter().map(Record::json).collect()).to_string(),
        Format::Xml => {
            let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            out.push_str(&format!("<{list}>"));
            for record in records {
                record.xml(item, &mut out);
            }
            out.push_str(&format!("</{list}>\n"));
            out
        }
    }
}

/// An error in the spec's shape, with its status.
pub fn error(format: Format, status: StatusCode, description: &str) -> Response {
    let record = Record(vec![
        ("code", Field::Int(i64::from(status.as_u16()))),
        ("description", Field::Text(description.to_owned())),
    ]);
    let text = body(format, "errors", "error", &[record]);
    (status, refusal_headers(format.content_type()), text).into_response()
}

/// A 200 with the conditional-request headers of the public data's version.
async fn answer(
    state: &AppState,
    headers: &HeaderMap,
    format: Format,
    key: &str,
    build: impl AsyncFnOnce() -> Result<String, Response>,
) -> Response {
    let (version, changed_at) = match app::db::data_version::with_time(&state.pool).await {
        Ok(found) => found,
        Err(e) => return failed(format, e),
    };
    let freshness = Freshness::new(
        "open311",
        version,
        &format!("{key}|{format:?}"),
        Some(changed_at),
        CACHE_CONTROL,
    );
    if freshness.unchanged_for(headers) {
        return freshness.not_modified();
    }
    match build().await {
        Ok(text) => {
            let mut answer_headers = freshness.headers();
            answer_headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(format.content_type()),
            );
            (StatusCode::OK, answer_headers, text).into_response()
        }
        Err(refusal) => refusal,
    }
}

fn failed(format: Format, e: sqlx::Error) -> Response {
    tracing::error!(error = %e, "answering an Open311 request");
    error(
        format,
        StatusCode::INTERNAL_SERVER_ERROR,
        "the server could not answer; try again later",
    )
}

fn site(state: &AppState, headers: &HeaderMap) -> String {
    state
        .config
        .site_address(headers.get(header::HOST).and_then(|h| h.to_str().ok()))
}

/// `GET /open311/v2/{discovery|services|requests}.{json|xml}`.
pub async fn top(
    State(state): State<AppState>,
    Path(file): Path<String>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Response {
    let (name, format) = match Format::split(&file) {
        Ok(found) => found,
        Err(refusal) => return *refusal,
    };
    let site = site(&state, &headers);
    match name {
        "discovery" => {
            let key = site.clone();
            answer(&state, &headers, format, &key, async || {
                Ok(discovery(format, &site, &state.config.publisher))
            })
            .await
        }
        "services" => {
            answer(&state, &headers, format, "services", async || {
                let categories = app::db::categories::list(&state.pool)
                    .await
                    .map_err(|e| failed(format, e))?;
                let records: Vec<Record> = categories
                    .into_iter()
                    .map(|c| {
                        Record(vec![
                            ("service_code", Field::Text(c.slug)),
                            ("service_name", Field::Text(c.name.clone())),
                            ("description", Field::Text(c.name)),
                            ("metadata", Field::Bool(false)),
                            ("type", Field::Text("realtime".into())),
                            ("keywords", Field::Empty),
                            ("group", Field::Text("ideeën".into())),
                        ])
                    })
                    .collect();
                Ok(body(format, "services", "service", &records))
            })
            .await
        }
        "requests" => {
            let pairs = super::query_pairs(raw.as_deref());
            let query = match RequestsQuery::parse(
                pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
                app::db::now(),
            ) {
                Ok(query) => query,
                Err(e) => {
                    return error(
                        format,
                        StatusCode::BAD_REQUEST,
                        &format!("{}: {}", e.parameter, e.message),
                    )
                }
            };
            // The default window moves with the clock: the key holds it by the hour.
            let key = format!("requests|{query:?}|{site}|{}", app::db::now() / 3600);
            answer(&state, &headers, format, &key, async || {
                let found = app::db::open311::requests(&state.pool, &query)
                    .await
                    .map_err(|e| failed(format, e))?;
                let records: Vec<Record> = found.iter().map(|r| request_record(r, &site)).collect();
                Ok(body(format, "service_requests", "request", &records))
            })
            .await
        }
        _ => error(
            format,
            StatusCode::NOT_FOUND,
            "no such resource: discovery, services or requests",
        ),
    }
}

/// `GET /open311/v2/services/{code}.{json|xml}`: a service's definition (no extra attributes).
pub async fn service(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let (code, format) = match Format::split(&file) {
        Ok(found) => found,
        Err(refusal) => return *refusal,
    };
    match app::db::categories::exists(&state.pool, code).await {
        Ok(true) => {}
        Ok(false) => return error(format, StatusCode::NOT_FOUND, "no such service_code"),
        Err(e) => return failed(format, e),
    }
    let key = format!("service|{code}");
    answer(&state, &headers, format, &key, async || {
        Ok(match format {
            Format::Json => json!({ "service_code": code, "attributes": [] }).to_string(),
            Format::Xml => format!(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<service_definition><service_code>{}</service_code><attributes></attributes></service_definition>\n",
                xml_escape(code)
            ),
        })
    })
    .await
}

/// `GET /open311/v2/requests/{id}.{json|xml}`: one request, as a list of one (as the spec has it).
pub async fn one_request(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let (id, format) = match Format::split(&file) {
        Ok(found) => found,
        Err(refusal) => return *refusal,
    };
    let Some(id) = id.parse::<i64>().ok().filter(|id| *id > 0) else {
        return error(format, StatusCode::BAD_REQUEST, "service_request_id: a number");
    };
    let site = site(&state, &headers);
    let found = match app::db::open311::request(&state.pool, id).await {
        Ok(Some(found)) => found,
        Ok(None) => return error(format, StatusCode::NOT_FOUND, "no such service request"),
        Err(e) => return failed(format, e),
    };
    let key = format!("request|{id}|{site}");
    answer(&state, &headers, format, &key, async || {
        Ok(body(
            format,
            "service_requests",
            "request",
            &[request_record(&found, &site)],
        ))
    })
    .await
}

fn discovery(format: Format, site: &str, publisher: &str) -> String {
    let changeset = "2026-12-04T00:00:00Z";
    let url = format!("{site}/open311/v2");
    match format {
        Format::Json => json!({
            "changeset": changeset,
            "contact": format!("{publisher}, {site}/open-data"),
            "key_service": format!("{site}/open-data"),
            "endpoints": [{
                "specification": "http://wiki.open311.org/GeoReport_v2",
                "url": url,
                "changeset": changeset,
                "type": "production",
                "formats": ["text/xml", "application/json"],
            }],
        })
        .to_string(),
        Format::Xml => format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<discovery><changeset>{changeset}</changeset>\
             <contact>{contact}</contact><key_service>{key}</key_service><endpoints><endpoint>\
             <specification>http://wiki.open311.org/GeoReport_v2</specification><url>{url}</url>\
             <changeset>{changeset}</changeset><type>production</type>\
             <formats><format>text/xml</format><format>application/json</format></formats>\
             </endpoint></endpoints></discovery>\n",
            contact = xml_escape(&format!("{publisher}, {site}/open-data")),
            key = xml_escape(&format!("{site}/open-data")),
            url = xml_escape(&url),
        ),
    }
}

fn request_record(r: &ServiceRequest, site: &str) -> Record {
    let status = Status::parse(&r.status).unwrap_or(Status::Ingediend);
    let address = match &r.buurt_name {
        Some(buurt) => format!("{buurt}, {}", r.wijk_name),
        None => r.wijk_name.clone(),
    };
    let text = |t: &Option<String>| t.clone().map_or(Field::Empty, Field::Text);
    Record(vec![
        ("service_request_id", Field::Int(r.id)),
        ("status", Field::Text(status.open311().into())),
        ("status_notes", text(&r.status_notes)),
        ("service_name", Field::Text(r.category_name.clone())),
        ("service_code", Field::Text(r.category.clone())),
        (
            "description",
            Field::Text(format!("{}\n\n{}", r.title, r.description)),
        ),
        ("agency_responsible", text(&r.agency)),
        ("service_notice", Field::Empty),
        ("requested_datetime", Field::Text(rfc3339(r.created_at))),
        ("updated_datetime", Field::Text(rfc3339(r.updated_at))),
        ("expected_datetime", Field::Empty),
        ("address", Field::Text(address)),
        ("address_id", Field::Empty),
        ("zipcode", Field::Empty),
        ("lat", Field::Number(r.lat)),
        ("long", Field::Number(r.lng)),
        ("media_url", Field::Empty),
        // Not in the standard: the idea's page, and its lifecycle's own word.
        ("url", Field::Text(idea_url(site, r.id))),
        ("wijkidee_status", Field::Text(r.status.clone())),
    ])
}
