//! The summaries gemeente editors publish at the head of a wijk's progress page. Appended, never
//! changed: the newest is the current one and the earlier ones stay readable, each with its day and
//! the name and function of who published it.

use sqlx::AnyPool;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SummaryRow {
    pub id: i64,
    pub body: String,
    pub author_name: String,
    /// A function or role key (`wording::function_key`).
    pub author_role: String,
    pub published_at: i64,
}

/// A wijk's summaries, newest first.
pub async fn for_wijk(pool: &AnyPool, wijk_code: &str) -> Result<Vec<SummaryRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, body, author_name, author_role, published_at FROM ward_summaries \
         WHERE wijk_code = $1 ORDER BY id DESC",
    )
    .bind(wijk_code)
    .fetch_all(pool)
    .await
}

pub async fn publish(
    pool: &AnyPool,
    wijk_code: &str,
    author: &super::timeline::Actor<'_>,
    body: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO ward_summaries (wijk_code, body, author_id, author_name, author_role, published_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(wijk_code)
    .bind(body)
    .bind(author.user_id)
    .bind(author.name)
    .bind(author.role_label)
    .bind(super::now())
    .execute(pool)
    .await?;
    Ok(())
}
