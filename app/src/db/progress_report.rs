//! What the progress pages count, for the city or one wijk: ideas by status, when ideas were
//! submitted, picked up and realised, what was realised, what waits. Only public ideas. The
//! figures themselves (medians, months in the municipality's time zone) are computed by
//! `domain::progress` from these rows, the same on both engines.

use super::idea_search::{bind_all, Value};
use crate::domain::{progress, workflow, Status};
use sqlx::AnyPool;

/// The stored forms of the statuses `keep` picks, as an SQL list (`'ingediend', 'opgepakt'`): the
/// rules stay in `domain`, the lists follow them.
fn statuses(keep: fn(Status) -> bool) -> String {
    Status::ALL
        .into_iter()
        .filter(|s| keep(*s))
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The city, or one wijk by its code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    City,
    Wijk(String),
}

impl Scope {
    /// The scope's condition on `i` (the ideas) with its value numbered `$n`.
    fn condition(&self, n: usize) -> (String, Vec<Value>) {
        match self {
            Scope::City => ("i.hidden_at IS NULL".to_owned(), Vec::new()),
            Scope::Wijk(code) => (
                format!("i.hidden_at IS NULL AND i.wijk_code = ${n}"),
                vec![Value::Text(code.clone())],
            ),
        }
    }
}

/// How many public ideas have each status (stored form).
pub async fn counts(pool: &AnyPool, scope: &Scope) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let (condition, values) = scope.condition(1);
    let sql = format!("SELECT i.status, COUNT(*) FROM ideas i WHERE {condition} GROUP BY i.status");
    bind_all(sqlx::query_as(sqlx::AssertSqlSafe(sql)), &values)
        .fetch_all(pool)
        .await
}

/// When each idea submitted since `since` was submitted.
pub async fn submitted_since(pool: &AnyPool, scope: &Scope, since: i64) -> Result<Vec<i64>, sqlx::Error> {
    let (condition, mut values) = scope.condition(2);
    values.insert(0, Value::Int(since));
    let sql = format!("SELECT i.created_at FROM ideas i WHERE i.created_at >= $1 AND {condition}");
    let rows: Vec<(i64,)> = bind_all(sqlx::query_as(sqlx::AssertSqlSafe(sql)), &values)
        .fetch_all(pool)
        .await?;
    Ok(rows.into_iter().map(|(at,)| at).collect())
}

/// An idea's way so far: submitted, first picked up by a lead, realised (if it still is: the last
/// time it became so, the day the realised list shows).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Timing {
    pub created_at: i64,
    pub picked_up: Option<i64>,
    pub realised: Option<i64>,
}

/// The timing of every public idea that was picked up or realised (the others have no duration).
pub async fn timings(pool: &AnyPool, scope: &Scope) -> Result<Vec<Timing>, sqlx::Error> {
    let (condition, values) = scope.condition(1);
    let sql = format!(
        "SELECT i.created_at, \
         MIN(CASE WHEN e.kind = 'claim_lead' OR e.to_status = 'opgepakt' THEN e.created_at END) AS picked_up, \
         MAX(CASE WHEN e.to_status = 'gerealiseerd' AND i.status = 'gerealiseerd' THEN e.created_at END) AS realised \
         FROM idea_events e JOIN ideas i ON i.id = e.idea_id \
         WHERE e.kind IN ('claim_lead', 'status') AND {condition} \
         GROUP BY i.id, i.created_at, i.status"
    );
    bind_all(sqlx::query_as(sqlx::AssertSqlSafe(sql)), &values)
        .fetch_all(pool)
        .await
}

/// An idea in one of the pages' lists.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ListedIdea {
    pub id: i64,
    pub title: String,
    pub wijk_name: String,
    pub status: String,
    pub support_count: i64,
    /// When it was realised (the realised list) or submitted (the others).
    pub at: i64,
}

/// Which list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// Realised, newest first.
    Realised,
    /// Open, without a lead, submitted before the moment given: oldest first.
    UnclaimedSince(i64),
    /// Submitted or picked up, with at least this much support: most supported first.
    WaitingWithSupport(i64),
}

/// The first `limit` ideas of a list, and how many it holds in all.
pub async fn list(
    pool: &AnyPool,
    scope: &Scope,
    which: List,
    limit: i64,
) -> Result<(Vec<ListedIdea>, i64), sqlx::Error> {
    // The list's own value (if any) is `$1`; the scope's comes after it.
    let (from, filter, at, order, own) = match which {
        List::Realised => (
            "ideas i JOIN wards w ON w.code = i.wijk_code \
             JOIN idea_events e ON e.idea_id = i.id AND e.kind = 'status' AND e.to_status = 'gerealiseerd'",
            format!("i.status = '{}'", Status::Gerealiseerd.as_str()),
            "MAX(e.created_at)",
            "at DESC, i.id DESC",
            None,
        ),
        List::UnclaimedSince(before) => (
            "ideas i JOIN wards w ON w.code = i.wijk_code",
            format!(
                "i.status IN ({}) AND i.created_at < $1 \
                 AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.idea_id = i.id AND c.kind = 'lead')",
                statuses(workflow::is_open)
            ),
            "MIN(i.created_at)",
            "at, i.id",
            Some(before),
        ),
        List::WaitingWithSupport(threshold) => (
            "ideas i JOIN wards w ON w.code = i.wijk_code",
            format!(
                "i.status IN ({}) AND i.support_count >= $1",
                statuses(progress::awaits_decision)
            ),
            "MIN(i.created_at)",
            "i.support_count DESC, i.id",
            Some(threshold),
        ),
    };
    let (condition, scope_values) = scope.condition(1 + usize::from(own.is_some()));
    let values: Vec<Value> = own.map(Value::Int).into_iter().chain(scope_values).collect();
    let rows_sql = format!(
        "SELECT i.id, i.title, w.name AS wijk_name, i.status, i.support_count, {at} AS at \
         FROM {from} WHERE {filter} AND {condition} \
         GROUP BY i.id, i.title, w.name, i.status, i.support_count ORDER BY {order} LIMIT {limit}"
    );
    let count_sql = format!("SELECT COUNT(DISTINCT i.id) FROM {from} WHERE {filter} AND {condition}");
    let rows = bind_all(sqlx::query_as(sqlx::AssertSqlSafe(rows_sql)), &values)
        .fetch_all(pool)
        .await?;
    let (count,): (i64,) = bind_all(sqlx::query_as(sqlx::AssertSqlSafe(count_sql)), &values)
        .fetch_one(pool)
        .await?;
    Ok((rows, count))
}
