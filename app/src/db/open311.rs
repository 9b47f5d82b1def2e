//! What Open311 GeoReport v2 publishes of an idea: the public columns, the organisation of the
//! idea's lead (`agency_responsible`) and the newest public explanation of a status change
//! (`status_notes`). Nothing else is selected, so nothing else can leave.

use super::idea_search::{bind_all, Conditions, Value};
use crate::domain::open311_query::RequestsQuery;
use crate::domain::Status;
use sqlx::AnyPool;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ServiceRequest {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub category: String,
    pub category_name: String,
    pub status: String,
    pub lat: f64,
    pub lng: f64,
    pub wijk_name: String,
    pub buurt_name: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub agency: Option<String>,
    pub status_notes: Option<String>,
}

const COLUMNS: &str = "i.id, i.title, i.description, i.category, c.name AS category_name, i.status, i.lat, i.lng, \
     w.name AS wijk_name, b.name AS buurt_name, i.created_at, i.updated_at, \
     (SELECT o.name FROM claims cl JOIN users u ON u.id = cl.user_id JOIN organisations o ON o.id = u.organisation_id \
       WHERE cl.idea_id = i.id AND cl.kind = 'lead') AS agency, \
     (SELECT e.explanation FROM idea_events e WHERE e.idea_id = i.id AND e.kind = 'status' \
       AND e.explanation IS NOT NULL ORDER BY e.id DESC LIMIT 1) AS status_notes";
const JOINS: &str = "FROM ideas i JOIN categories c ON c.slug = i.category \
     JOIN wards w ON w.code = i.wijk_code LEFT JOIN wards b ON b.code = i.buurt_code";

/// The statuses Open311 calls open, or closed.
fn statuses(open: bool) -> Vec<&'static str> {
    Status::ALL
        .into_iter()
        .filter(|s| (s.open311() == "open") == open)
        .map(Status::as_str)
        .collect()
}

/// A page of public ideas matching the query, newest first.
pub async fn requests(pool: &AnyPool, query: &RequestsQuery) -> Result<Vec<ServiceRequest>, sqlx::Error> {
    let mut c = Conditions::default();
    if !query.ids.is_empty() {
        let list = query
            .ids
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        c.push_fixed(format!("i.id IN ({list})"));
    }
    if let Some(code) = &query.service_code {
        c.push("i.category = ?", Value::Text(code.clone()));
    }
    if let Some(start) = query.start {
        c.push("i.created_at >= ?", Value::Int(start));
    }
    if let Some(end) = query.end {
        c.push("i.created_at < ?", Value::Int(end));
    }
    if let Some(open) = query.open {
        let list = statuses(open)
            .iter()
            .map(|s| format!("'{s}'"))
            .collect::<Vec<_>>()
            .join(", ");
        c.push_fixed(format!("i.status IN ({list})"));
    }
    c.values.push(Value::Int(query.page_size));
    c.values.push(Value::Int((query.page - 1) * query.page_size));
    let n = c.values.len();
    let sql = format!(
        "SELECT {COLUMNS} {JOINS} {} ORDER BY i.created_at DESC, i.id DESC LIMIT ${} OFFSET ${n}",
        c.where_clause(),
        n - 1
    );
    bind_all(sqlx::query_as(sqlx::AssertSqlSafe(sql)), &c.values)
        .fetch_all(pool)
        .await
}

/// One public idea as a service request; `None` for an unknown or hidden one.
pub async fn request(pool: &AnyPool, id: i64) -> Result<Option<ServiceRequest>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} {JOINS} WHERE i.id = $1 AND i.hidden_at IS NULL");
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(pool)
        .await
}
