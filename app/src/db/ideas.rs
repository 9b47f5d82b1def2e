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

pub(super) const SUMMARY_COLUMNS: &str =
    "i.id, i.title, i.category, c.name AS category_name, i.status, i.lat, i.lng, \
     i.wijk_code, w.name AS wijk_name, b.name AS buurt_name, i.created_at, i.support_count, i.comment_count";
pub(super) const SUMMARY_JOINS: &str = "FROM ideas i JOIN categories c ON c.slug = i.category \
     JOIN wards w ON w.code = i.wijk_code LEFT JOIN wards b ON b.code = i.buurt_code";

#[derive(sqlx::FromRow)]
pub(super) struct SummaryRow {
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
    support_count: i64,
    comment_count: i64,
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
            support_count: r.support_count,
            comment_count: r.comment_count,
        }
    }
}

pub async fn insert<'e, E>(db: E, idea: &NewIdea) -> Result<i64, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    insert_at(db, idea, super::now()).await
}

/// Inserts with a given creation time (demo data spreads its ideas over past months), on the pool or
/// inside a transaction (`&mut *tx`).
pub async fn insert_at<'e, E>(db: E, idea: &NewIdea, created_at: i64) -> Result<i64, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
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
    .fetch_one(db)
    .await
}

/// All visible ideas, newest first.
pub async fn list(pool: &AnyPool) -> Result<Vec<IdeaSummary>, sqlx::Error> {
    let sql = format!("SELECT {SUMMARY_COLUMNS} {SUMMARY_JOINS} WHERE i.hidden_at IS NULL ORDER BY i.created_at DESC, i.id DESC");
    let rows: Vec<SummaryRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(pool).await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// The newest `limit` public ideas of a wijk (a wijk page shows a few; the list at `/?wijk=` has all).
pub async fn list_in_wijk(
    pool: &AnyPool,
    wijk: &WardCode,
    limit: i64,
) -> Result<Vec<IdeaSummary>, sqlx::Error> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} {SUMMARY_JOINS} WHERE i.wijk_code = $1 AND i.hidden_at IS NULL \
         ORDER BY i.created_at DESC, i.id DESC LIMIT $2"
    );
    let rows: Vec<SummaryRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(wijk.as_str())
        .bind(limit)
        .fetch_all(pool)
        .await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// How many public ideas a wijk has.
pub async fn count_in_wijk(pool: &AnyPool, wijk: &WardCode) -> Result<i64, sqlx::Error> {
    // From the maintained counters (see the `idea_counts` migration), not a count over the wijk's ideas.
    sqlx::query_scalar("SELECT CAST(COALESCE(SUM(ideas), 0) AS BIGINT) FROM idea_counts WHERE wijk_code = $1")
        .bind(wijk.as_str())
        .fetch_one(pool)
        .await
}

/// One idea as the public sees it; a hidden idea is not found.
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
         JOIN users u ON u.id = i.author_id WHERE i.id = $1 AND i.hidden_at IS NULL"
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

/// What participation rules need to know about an idea, hidden or not.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct IdeaFacts {
    pub id: i64,
    pub title: String,
    pub status: String,
    pub author_id: i64,
    pub wijk_code: String,
    pub hidden_at: Option<i64>,
    pub support_count: i64,
}

impl IdeaFacts {
    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Ingediend)
    }

    pub fn is_hidden(&self) -> bool {
        self.hidden_at.is_some()
    }
}

pub async fn facts(pool: &AnyPool, id: i64) -> Result<Option<IdeaFacts>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, title, status, author_id, wijk_code, hidden_at, support_count FROM ideas WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
}

/// Hides an idea from every public list and page (moderation); `None` shows it again.
pub async fn set_hidden(pool: &AnyPool, id: i64, hidden: bool) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE ideas SET hidden_at = $1 WHERE id = $2")
        .bind(hidden.then(super::now))
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Sets the status (the professionals' workflow decides which changes are allowed).
pub async fn set_status(pool: &AnyPool, id: i64, status: Status) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE ideas SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(status.as_str())
        .bind(super::now())
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Visible ideas whose point lies in the box, for the duplicate hint (the caller measures distance).
pub async fn in_box(
    pool: &AnyPool,
    (min_lat, min_lng, max_lat, max_lng): (f64, f64, f64, f64),
) -> Result<Vec<IdeaSummary>, sqlx::Error> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} {SUMMARY_JOINS} WHERE i.hidden_at IS NULL \
         AND i.lat >= $1 AND i.lat <= $2 AND i.lng >= $3 AND i.lng <= $4 ORDER BY i.id DESC LIMIT 500"
    );
    let rows: Vec<SummaryRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(min_lat)
        .bind(max_lat)
        .bind(min_lng)
        .bind(max_lng)
        .fetch_all(pool)
        .await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// What the author changes while the idea is still `ingediend`; `place` only when they chose a new one.
#[derive(Debug, Clone)]
pub struct IdeaEdit {
    pub title: IdeaTitle,
    pub description: IdeaDescription,
    pub category: String,
    pub place: Option<(Coordinates, Location)>,
}

/// Applies an author's edit, only while the idea is still `ingediend` (a professional who picked it
/// up in the meantime wins: `false`, nothing changed).
pub async fn edit<'e, E>(db: E, id: i64, edit: &IdeaEdit) -> Result<bool, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let done = match &edit.place {
        Some((at, location)) => {
            sqlx::query(
                "UPDATE ideas SET title = $1, description = $2, category = $3, lat = $4, lng = $5, \
                 wijk_code = $6, buurt_code = $7, updated_at = $8 WHERE id = $9 AND status = 'ingediend'",
            )
            .bind(edit.title.as_str())
            .bind(edit.description.as_str())
            .bind(edit.category.as_str())
            .bind(at.lat())
            .bind(at.lng())
            .bind(location.wijk.as_str())
            .bind(location.buurt.as_ref().map(|b| b.as_str().to_owned()))
            .bind(super::now())
            .bind(id)
            .execute(db)
            .await?
        }
        None => {
            sqlx::query(
                "UPDATE ideas SET title = $1, description = $2, category = $3, updated_at = $4 \
                 WHERE id = $5 AND status = 'ingediend'",
            )
            .bind(edit.title.as_str())
            .bind(edit.description.as_str())
            .bind(edit.category.as_str())
            .bind(super::now())
            .bind(id)
            .execute(db)
            .await?
        }
    };
    Ok(done.rows_affected() == 1)
}

/// How many of a reader's own ideas a list on their page shows (newest first).
const OWN_LIST_MAX: i64 = 200;

/// The visible ideas a reader wrote, supports or follows (`relation`), newest first.
pub async fn of_reader(
    pool: &AnyPool,
    user_id: i64,
    relation: ReaderRelation,
) -> Result<Vec<IdeaSummary>, sqlx::Error> {
    let condition = match relation {
        ReaderRelation::Wrote => "i.author_id = $1",
        ReaderRelation::Supports => "i.id IN (SELECT idea_id FROM supports WHERE user_id = $1)",
        ReaderRelation::Follows => {
            "i.id IN (SELECT idea_id FROM idea_follows WHERE user_id = $1) AND i.author_id <> $1"
        }
    };
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} {SUMMARY_JOINS} WHERE {condition} AND i.hidden_at IS NULL \
         ORDER BY i.created_at DESC, i.id DESC LIMIT {OWN_LIST_MAX}"
    );
    let rows: Vec<SummaryRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(user_id)
        .fetch_all(pool)
        .await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// How a reader stands to an idea on their own page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReaderRelation {
    Wrote,
    Supports,
    /// Followed, apart from their own ideas (which they follow from the start).
    Follows,
}
