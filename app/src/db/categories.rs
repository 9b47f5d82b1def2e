//! Idea categories: a short list kept in the database so a municipality can change it.

use crate::domain::views::CategoryOption;
use sqlx::AnyPool;

pub async fn list(pool: &AnyPool) -> Result<Vec<CategoryOption>, sqlx::Error> {
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT slug, name FROM categories ORDER BY position")
        .fetch_all(pool)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(slug, name)| CategoryOption { slug, name })
        .collect())
}

pub async fn exists(pool: &AnyPool, slug: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM categories WHERE slug = $1")
        .bind(slug)
        .fetch_one(pool)
        .await?;
    Ok(n > 0)
}
