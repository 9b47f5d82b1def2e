//! The map's ideas: every idea matching the filter inside the view, grouped by grid cell in SQL, so
//! one query answers whatever the number of ideas (a few hundred rows at most). The cell of a point
//! is `floor((lng + 180) / cell)`: on SQLite a `CAST … AS INTEGER`, which truncates and so floors
//! these non-negative numbers; on PostgreSQL `FLOOR`, since its cast rounds.

use super::idea_search::{bind_all, conditions, Value};
use super::Backend;
use crate::domain::map_view::{Grid, MapAnswer, MapCluster, MapIdea, MapView, MAX_SINGLE_IDEAS};
use crate::domain::{IdeaFilter, Status};
use sqlx::AnyPool;
use std::collections::HashMap;

/// One cell: count, mean and extent, its least idea id and status (the idea, when it holds one),
/// and the range of its buurt and wijk codes (one place when they are equal).
type CellRow = (
    i64,
    f64,
    f64,
    f64,
    f64,
    f64,
    f64,
    i64,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
);

pub async fn view(pool: &AnyPool, filter: &IdeaFilter, view: &MapView) -> Result<MapAnswer, sqlx::Error> {
    let backend = super::backend(pool);
    let mut c = conditions(backend, filter);
    let b = view.bbox;
    c.push("i.lng >= ?", Value::Real(b.min_lng));
    c.push("i.lng <= ?", Value::Real(b.max_lng));
    c.push("i.lat >= ?", Value::Real(b.min_lat));
    c.push("i.lat <= ?", Value::Real(b.max_lat));
    match view.grid() {
        Some(grid) => clustered(pool, backend, c, grid).await,
        None => single(pool, c).await,
    }
}

async fn clustered(
    pool: &AnyPool,
    backend: Backend,
    mut c: super::idea_search::Conditions,
    grid: Grid,
) -> Result<MapAnswer, sqlx::Error> {
    c.values.push(Value::Real(grid.lng));
    let lng_cell = c.values.len();
    c.values.push(Value::Real(grid.lat));
    let lat_cell = c.values.len();
    let cell = |column: &str, offset: &str, n: usize| match backend {
        Backend::Sqlite => format!("CAST(({column} + {offset}) / ${n} AS INTEGER)"),
        Backend::Postgres => format!("FLOOR(({column} + {offset}) / ${n})"),
    };
    let sql = format!(
        "SELECT COUNT(*), AVG(i.lat), AVG(i.lng), MIN(i.lat), MIN(i.lng), MAX(i.lat), MAX(i.lng), \
         MIN(i.id), MIN(i.status), MIN(i.buurt_code), MAX(i.buurt_code), MIN(i.wijk_code), MAX(i.wijk_code) \
         FROM ideas i {} GROUP BY {}, {}",
        c.where_clause(),
        cell("i.lng", "180.0", lng_cell),
        cell("i.lat", "90.0", lat_cell),
    );
    let query = bind_all(sqlx::query_as::<_, CellRow>(sqlx::AssertSqlSafe(sql)), &c.values);
    let rows = query.fetch_all(pool).await?;
    let names = if rows.iter().any(|row| row.0 > 1) {
        ward_names(pool).await?
    } else {
        HashMap::new()
    };
    let mut answer = MapAnswer::default();
    for (
        count,
        lat,
        lng,
        min_lat,
        min_lng,
        max_lat,
        max_lng,
        id,
        status,
        buurt_lo,
        buurt_hi,
        wijk_lo,
        wijk_hi,
    ) in rows
    {
        answer.total += count;
        if count == 1 {
            answer.ideas.push(MapIdea {
                id,
                lat,
                lng,
                status: Status::parse(&status).unwrap_or(Status::Ingediend),
                title: String::new(),
            });
            continue;
        }
        let place = match (buurt_lo, buurt_hi) {
            (Some(lo), Some(hi)) if lo == hi => names.get(&lo).cloned(),
            _ => None,
        }
        .or_else(|| {
            (wijk_lo == wijk_hi)
                .then(|| names.get(&wijk_lo).cloned())
                .flatten()
        });
        answer.clusters.push(MapCluster {
            count,
            lat,
            lng,
            bounds: [min_lng, min_lat, max_lng, max_lat],
            place,
        });
    }
    add_titles(pool, &mut answer.ideas).await?;
    Ok(answer)
}

/// The titles of the single ideas, read by id after the grouping: the index the grouping reads
/// holds no titles, and reading them for every idea of a cluster would cost more than this.
async fn add_titles(pool: &AnyPool, ideas: &mut [MapIdea]) -> Result<(), sqlx::Error> {
    for chunk in ideas.chunks_mut(500) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|n| format!("${n}")).collect();
        let sql = format!(
            "SELECT id, title FROM ideas WHERE id IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(sql));
        for idea in chunk.iter() {
            query = query.bind(idea.id);
        }
        let titles: HashMap<i64, String> = query.fetch_all(pool).await?.into_iter().collect();
        for idea in chunk.iter_mut() {
            idea.title = titles.get(&idea.id).cloned().unwrap_or_default();
        }
    }
    Ok(())
}

/// At street level: every idea on its own, newest first, at most `MAX_SINGLE_IDEAS`.
async fn single(pool: &AnyPool, mut c: super::idea_search::Conditions) -> Result<MapAnswer, sqlx::Error> {
    c.values.push(Value::Int(MAX_SINGLE_IDEAS));
    let sql = format!(
        "SELECT i.id, i.lat, i.lng, i.status, i.title FROM ideas i {} ORDER BY i.created_at DESC, i.id DESC LIMIT ${}",
        c.where_clause(),
        c.values.len()
    );
    let query = bind_all(
        sqlx::query_as::<_, (i64, f64, f64, String, String)>(sqlx::AssertSqlSafe(sql)),
        &c.values,
    );
    let ideas: Vec<MapIdea> = query
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|(id, lat, lng, status, title)| MapIdea {
            id,
            lat,
            lng,
            status: Status::parse(&status).unwrap_or(Status::Ingediend),
            title,
        })
        .collect();
    Ok(MapAnswer {
        total: ideas.len() as i64,
        clusters: Vec::new(),
        ideas,
    })
}

async fn ward_names(pool: &AnyPool) -> Result<HashMap<String, String>, sqlx::Error> {
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT code, name FROM wards")
        .fetch_all(pool)
        .await?;
    Ok(rows.into_iter().collect())
}
