//! Professionals' notes on ideas, each with a visibility. This module returns every note of an idea;
//! the API filters them through `permissions::read_note` before anything leaves the server.

use crate::domain::roles::NoteVisibility;
use sqlx::AnyPool;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NoteRow {
    pub id: i64,
    pub author_name: String,
    pub function: Option<String>,
    pub organisation_id: Option<i64>,
    pub organisation: Option<String>,
    pub visibility: String,
    pub body: String,
    pub created_at: i64,
}

pub async fn add(
    pool: &AnyPool,
    idea_id: i64,
    author_id: i64,
    organisation_id: Option<i64>,
    visibility: NoteVisibility,
    body: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO notes (idea_id, author_id, organisation_id, visibility, body, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(idea_id)
    .bind(author_id)
    .bind(organisation_id)
    .bind(visibility.as_str())
    .bind(body)
    .bind(super::now())
    .fetch_one(pool)
    .await
}

pub async fn for_idea(pool: &AnyPool, idea_id: i64) -> Result<Vec<NoteRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT n.id, u.display_name AS author_name, u.function, n.organisation_id, o.name AS organisation, n.visibility, \
         n.body, n.created_at FROM notes n JOIN users u ON u.id = n.author_id \
         LEFT JOIN organisations o ON o.id = n.organisation_id WHERE n.idea_id = $1 ORDER BY n.id",
    )
    .bind(idea_id)
    .fetch_all(pool)
    .await
}
