//! Ideas. Every read joins ward and category names in the same query, so a list of any length is one
//! query, not one per idea.

use super::wards::Location;
use crate::domain::views::{IdeaDetail, IdeaSummary};
use crate::domain::{Coordinates, IdeaDescription, IdeaTitle, Status, WardCode};
use sqlx::AnyPool;

#[derive(Debug, Clone)]
pub struct NewIdea {
    pub title: IdeaTitle,
    pub description: IdeaDescription,
    pub category: String,
    pub at: Coordinates,
    pub location: Location,
    pub author_id: i64,
}

const SUMMARY_COLUMNS: &str = "i.id, i.title, i.category, c.name AS category_name, i.status, i.lat, i.lng, \
     i.wijk_code, w.name AS wijk_name, b.name AS buurt_name, i.created_at";
const SUMMARY_JOINS: &str = "FROM ideas i JOIN categories c ON c.slug = i.category \
     JOIN wards w ON w.code = i.wijk_code LEFT JOIN wards b ON b.code = i.buurt_code";

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    title: String,
    category: String,
    category_name: String,
    status: String,
    lat: f64,
    lng: f64,
    wijk_code: String,
    wijk_name: String,
    buurt_name: Option<String>,
    created_at: i64,
}

impl From<SummaryRow> for IdeaSummary {
    fn from(r: SummaryRow) -> Self {
        IdeaSummary {
            id: r.id,
            title: r.title,
            category: r.category,
            category_name: r.category_name,
            status: Status::parse(&r.status).unwrap_or(Status::Ingediend),
            lat: r.lat,
            lng: r.lng,
            wijk_code: r.wijk_code,
            wijk_name: r.wijk_name,
            buurt_name: r.buurt_name,
            created_at: r.created_at,
        }
    }
}

pub async fn insert(pool: &AnyPool, idea: &NewIdea) -> Result<i64, sqlx::Error> {
    insert_at(pool, idea, super::now()).await
}

/// Inserts with a given creation time (demo data spreads its ideas over past months).
pub async fn insert_at(pool: &AnyPool, idea: &NewIdea, created_at: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO ideas (title, description, category, status, lat, lng, wijk_code, buurt_code, author_id, created_at, updated_at) \
         VALUES ($1, $2, $3, 'ingediend', $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(idea.title.as_str())
    .bind(idea.description.as_str())
    .bind(idea.category.as_str())
    .bind(idea.at.lat())
    .bind(idea.at.lng())
    .bind(idea.location.wijk.as_str())
    .bind(idea.location.buurt.as_ref().map(|b| b.as_str().to_owned()))
    .bind(idea.author_id)
    .bind(created_at)
    .bind(created_at)
    .fetch_one(pool)
    .await
}

/// All ideas, newest first.
pub async fn list(pool: &AnyPool) -> Result<Vec<IdeaSummary>, sqlx::Error> {
    let sql = format!("SELECT {SUMMARY_COLUMNS} {SUMMARY_JOINS} ORDER BY i.created_at DESC, i.id DESC");
    let rows: Vec<SummaryRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(pool).await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// The ideas of one wijk, newest first.
pub async fn list_in_wijk(pool: &AnyPool, wijk: &WardCode) -> Result<Vec<IdeaSummary>, sqlx::Error> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} {SUMMARY_JOINS} WHERE i.wijk_code = $1 ORDER BY i.created_at DESC, i.id DESC"
    );
    let rows: Vec<SummaryRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(wijk.as_str())
        .fetch_all(pool)
        .await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<IdeaDetail>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct DetailRow {
        #[sqlx(flatten)]
        summary: SummaryRow,
        description: String,
        author_name: String,
    }
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS}, i.description, u.display_name AS author_name {SUMMARY_JOINS} \
         JOIN users u ON u.id = i.author_id WHERE i.id = $1"
    );
    let row: Option<DetailRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(pool)
        .await?;
    Ok(row.map(|r| IdeaDetail {
        summary: r.summary.into(),
        description: r.description,
        author_name: r.author_name,
    }))
}

pub async fn count(pool: &AnyPool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM ideas")
        .fetch_one(pool)
        .await
}

pub async fn count_by_author(pool: &AnyPool, author_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM ideas WHERE author_id = $1")
        .bind(author_id)
        .fetch_one(pool)
        .await
}
