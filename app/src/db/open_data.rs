//! What the open data publishes, and nothing more: public ideas (never hidden ones) with the
//! columns a resident could read on the idea's page anyway, and the public timeline's new ideas and
//! status changes for the Atom feeds. No author, no email, no note, no handover, no contact: the
//! queries below do not select them, so no format built on them can leak them.

use super::idea_search::{bind_all, Conditions, Value};
use crate::domain::export_query::ExportQuery;
use crate::domain::records::TimelineKind;
use crate::domain::WardLevel;
use sqlx::AnyPool;

/// One public idea, as every open-data format writes it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PublicIdea {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub category: String,
    pub category_name: String,
    pub status: String,
    pub lat: f64,
    pub lng: f64,
    pub wijk_code: String,
    pub wijk_name: String,
    pub buurt_code: Option<String>,
    pub buurt_name: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub support_count: i64,
    pub comment_count: i64,
}

const COLUMNS: &str =
    "i.id, i.title, i.description, i.category, c.name AS category_name, i.status, i.lat, i.lng, \
     i.wijk_code, w.name AS wijk_name, i.buurt_code, b.name AS buurt_name, i.created_at, i.updated_at, \
     i.support_count, i.comment_count";
const JOINS: &str = "FROM ideas i JOIN categories c ON c.slug = i.category \
     JOIN wards w ON w.code = i.wijk_code LEFT JOIN wards b ON b.code = i.buurt_code";

fn conditions(query: &ExportQuery) -> Conditions {
    let mut c = Conditions::default();
    if let Some(ward) = &query.ward {
        let column = match ward.level() {
            WardLevel::Wijk => "i.wijk_code = ?",
            WardLevel::Buurt => "i.buurt_code = ?",
        };
        c.push(column, Value::Text(ward.as_str().to_owned()));
    }
    if let Some(status) = query.status {
        c.push("i.status = ?", Value::Text(status.as_str().to_owned()));
    }
    if let Some(category) = &query.category {
        c.push("i.category = ?", Value::Text(category.clone()));
    }
    if let Some(since) = query.since {
        c.push("i.created_at >= ?", Value::Int(since));
    }
    if let Some(bbox) = query.bbox {
        c.push("i.lng >= ?", Value::Real(bbox.min_lng));
        c.push("i.lng <= ?", Value::Real(bbox.max_lng));
        c.push("i.lat >= ?", Value::Real(bbox.min_lat));
        c.push("i.lat <= ?", Value::Real(bbox.max_lat));
    }
    c
}

/// The next `limit` matching public ideas after id `after`, in id order. An export walks the whole
/// set in such batches, so it streams in constant memory and holds no connection between batches.
pub async fn batch(
    pool: &AnyPool,
    query: &ExportQuery,
    after: i64,
    limit: i64,
) -> Result<Vec<PublicIdea>, sqlx::Error> {
    let mut c = conditions(query);
    c.push("i.id > ?", Value::Int(after));
    c.values.push(Value::Int(limit));
    let sql = format!(
        "SELECT {COLUMNS} {JOINS} {} ORDER BY i.id LIMIT ${}",
        c.where_clause(),
        c.values.len()
    );
    bind_all(sqlx::query_as(sqlx::AssertSqlSafe(sql)), &c.values)
        .fetch_all(pool)
        .await
}

/// One public idea; `None` when it does not exist or is hidden.
pub async fn one(pool: &AnyPool, id: i64) -> Result<Option<PublicIdea>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} {JOINS} WHERE i.id = $1 AND i.hidden_at IS NULL");
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// The newest public idea's id (the open-data page's example).
pub async fn newest_id(pool: &AnyPool) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT MAX(id) FROM ideas WHERE hidden_at IS NULL")
        .fetch_one(pool)
        .await
}

/// A line of a feed: an idea that was submitted, a status it reached (with the public explanation
/// the professional gave), or its progress (a milestone, a percentage, an update).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FeedEvent {
    /// The timeline row's id; 0 for an idea's submission (which is the idea's own row).
    pub event_id: i64,
    pub idea_id: i64,
    pub title: String,
    pub description: String,
    pub wijk_name: String,
    pub from_status: Option<String>,
    pub to_status: Option<String>,
    pub explanation: Option<String>,
    /// The acting professional's function or role, as a key (`wording::function_key_label`).
    pub actor_role: Option<String>,
    /// The timeline row's kind (`status`, `milestone_added`, `update`…); none for a submission.
    pub kind: Option<String>,
    /// The idea's status now (a progress entry's category).
    pub idea_status: String,
    pub milestone_title: Option<String>,
    pub old_date: Option<String>,
    pub new_date: Option<String>,
    pub percent: Option<i64>,
    pub at: i64,
}

/// Which feed: the city's, a wijk's or one idea's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedScope {
    City,
    Wijk(String),
    Idea(i64),
}

/// The newest `limit` events of a scope, newest first: submissions, status changes and progress of
/// public ideas.
pub async fn feed(pool: &AnyPool, scope: &FeedScope, limit: i64) -> Result<Vec<FeedEvent>, sqlx::Error> {
    let (condition, value) = match scope {
        FeedScope::City => ("1 = 1", None),
        FeedScope::Wijk(code) => ("i.wijk_code = $2", Some(Value::Text(code.clone()))),
        FeedScope::Idea(id) => ("i.id = $2", Some(Value::Int(*id))),
    };
    let submitted = format!(
        "SELECT CAST(0 AS BIGINT) AS event_id, i.id AS idea_id, i.title, i.description, w.name AS wijk_name, \
         NULL AS from_status, NULL AS to_status, NULL AS explanation, NULL AS actor_role, NULL AS kind, i.status AS idea_status, \
         NULL AS milestone_title, NULL AS old_date, NULL AS new_date, CAST(NULL AS BIGINT) AS percent, i.created_at AS at \
         FROM ideas i JOIN wards w ON w.code = i.wijk_code \
         WHERE i.hidden_at IS NULL AND {condition} ORDER BY i.created_at DESC, i.id DESC LIMIT $1"
    );
    let kinds: Vec<String> = TimelineKind::ALL
        .iter()
        .filter(|k| k.in_feeds())
        .map(|k| format!("'{}'", k.as_str()))
        .collect();
    let kinds = kinds.join(", ");
    let changed = format!(
        "SELECT e.id AS event_id, i.id AS idea_id, i.title, i.description, w.name AS wijk_name, \
         e.from_status, e.to_status, e.explanation, e.actor_role, e.kind, i.status AS idea_status, e.milestone_title, e.old_date, e.new_date, \
         e.percent, e.created_at AS at \
         FROM idea_events e JOIN ideas i ON i.id = e.idea_id JOIN wards w ON w.code = i.wijk_code \
         WHERE e.kind IN ({kinds}) AND i.hidden_at IS NULL AND {condition} ORDER BY e.id DESC LIMIT $1"
    );
    let mut events = Vec::new();
    for sql in [submitted, changed] {
        let mut values = vec![Value::Int(limit)];
        values.extend(value.clone());
        let rows: Vec<FeedEvent> = bind_all(sqlx::query_as(sqlx::AssertSqlSafe(sql)), &values)
            .fetch_all(pool)
            .await?;
        events.extend(rows);
    }
    events.sort_by_key(|e| std::cmp::Reverse((e.at, e.event_id, e.idea_id)));
    events.truncate(usize::try_from(limit).unwrap_or(0));
    Ok(events)
}
