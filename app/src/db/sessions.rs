//! Login sessions. Only a SHA-256 of the token is stored, so a copy of the database cannot be used to
//! take over sessions.

use sqlx::AnyPool;

pub const SESSION_DAYS: i64 = 30;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionUser {
    pub user_id: i64,
    pub display_name: String,
    pub role: String,
}

pub async fn create(pool: &AnyPool, token_hash: &str, user_id: i64) -> Result<(), sqlx::Error> {
    let now = super::now();
    sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(user_id)
        .bind(now)
        .bind(now + SESSION_DAYS * 86_400)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn find_user(pool: &AnyPool, token_hash: &str) -> Result<Option<SessionUser>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.display_name, u.role FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2",
    )
    .bind(token_hash)
    .bind(super::now())
    .fetch_optional(pool)
    .await
}

pub async fn delete(pool: &AnyPool, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn delete_expired(pool: &AnyPool) -> Result<u64, sqlx::Error> {
    let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(super::now())
        .execute(pool)
        .await?;
    Ok(r.rows_affected())
}
