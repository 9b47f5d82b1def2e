//! Comments on ideas, one level of replies. A whole thread is read in one query (with the authors'
//! names joined), however long it is. Deleting keeps the row (its replies keep their place) and blanks
//! nothing: the API shows a deleted comment without its text.

use crate::domain::CommentBody;
use sqlx::AnyPool;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CommentRow {
    pub id: i64,
    pub idea_id: i64,
    pub parent_id: Option<i64>,
    pub author_id: i64,
    pub author_name: String,
    /// The author's role, function and organisation, so a professional's comment says who they are.
    pub author_role: String,
    pub author_function: Option<String>,
    pub author_organisation: Option<String>,
    pub body: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub deleted_at: Option<i64>,
}

const COLUMNS: &str = "c.id, c.idea_id, c.parent_id, c.author_id, u.display_name AS author_name, \
     u.role AS author_role, u.function AS author_function, o.name AS author_organisation, c.body, \
     c.created_at, c.edited_at, c.deleted_at FROM comments c JOIN users u ON u.id = c.author_id \
     LEFT JOIN organisations o ON o.id = u.organisation_id";

/// Places a comment, counts it on the idea, makes its author follow the idea and tells the idea's
/// other followers: one transaction, so a comment never stands without its notifications.
pub async fn insert(
    pool: &AnyPool,
    idea_id: i64,
    parent_id: Option<i64>,
    author_id: i64,
    body: &CommentBody,
) -> Result<i64, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO comments (idea_id, parent_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(idea_id)
    .bind(parent_id)
    .bind(author_id)
    .bind(body.as_str())
    .bind(super::now())
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query("UPDATE ideas SET comment_count = comment_count + 1 WHERE id = $1")
        .bind(idea_id)
        .execute(&mut *tx)
        .await?;
    super::follows::follow_idea(&mut *tx, author_id, idea_id).await?;
    super::notifications::for_idea_followers(
        &mut *tx,
        idea_id,
        crate::domain::views::NotificationKind::Comment,
        Some(author_id),
        None,
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<CommentRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} WHERE c.id = $1");
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// The whole thread of an idea, oldest first.
pub async fn for_idea(pool: &AnyPool, idea_id: i64) -> Result<Vec<CommentRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} WHERE c.idea_id = $1 ORDER BY c.id");
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(idea_id)
        .fetch_all(pool)
        .await
}

/// Changes the text if the comment is the author's, not deleted and placed after `not_before`;
/// `false` when nothing matched.
pub async fn edit(
    pool: &AnyPool,
    id: i64,
    author_id: i64,
    body: &CommentBody,
    not_before: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE comments SET body = $1, edited_at = $2 \
         WHERE id = $3 AND author_id = $4 AND deleted_at IS NULL AND created_at >= $5",
    )
    .bind(body.as_str())
    .bind(super::now())
    .bind(id)
    .bind(author_id)
    .bind(not_before)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks the author's comment deleted and uncounts it; `false` when nothing matched.
pub async fn delete(pool: &AnyPool, id: i64, author_id: i64) -> Result<bool, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    let idea_id: Option<i64> = sqlx::query_scalar(
        "UPDATE comments SET deleted_at = $1 WHERE id = $2 AND author_id = $3 AND deleted_at IS NULL RETURNING idea_id",
    )
    .bind(super::now())
    .bind(id)
    .bind(author_id)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(idea_id) = idea_id {
        sqlx::query("UPDATE ideas SET comment_count = comment_count - 1 WHERE id = $1")
            .bind(idea_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(idea_id.is_some())
}
