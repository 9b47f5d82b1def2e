//! Keys with which other systems post ideas over Open311. Only the key's SHA-256 is stored (the
//! administrator sees the key once, when it is issued). Each key has its own account, the author of
//! the ideas it posts: it has no password that could ever match and asks for no mail.

use sqlx::AnyPool;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiKeyRow {
    pub id: i64,
    pub name: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
    /// Ideas posted with it.
    pub ideas: i64,
}

/// Issues a key: its account and its hash, in one transaction. Answers the key's id.
pub async fn issue(pool: &AnyPool, name: &str, key_hash: &str, created_by: i64) -> Result<i64, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    let now = super::now();
    // `.invalid` is reserved (RFC 2606): no mail can ever be delivered there.
    let email = format!("koppeling-{}@open311.invalid", &key_hash[..16]);
    let user_id: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, display_name, password_hash, created_at, email_frequency) \
         VALUES ($1, $2, '!', $3, 'never') RETURNING id",
    )
    .bind(&email)
    .bind(name)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO api_keys (name, key_hash, user_id, created_by, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(name)
    .bind(key_hash)
    .bind(user_id)
    .bind(created_by)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn list(pool: &AnyPool) -> Result<Vec<ApiKeyRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT k.id, k.name, k.created_at, k.revoked_at, \
         (SELECT COUNT(*) FROM ideas i WHERE i.author_id = k.user_id) AS ideas \
         FROM api_keys k ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC, k.id DESC",
    )
    .fetch_all(pool)
    .await
}

/// Revokes a key; `false` when there is no such key or it was revoked already.
pub async fn revoke(pool: &AnyPool, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(super::now())
        .bind(id)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The account a valid, unrevoked key posts as.
pub async fn author_of(pool: &AnyPool, key_hash: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT user_id FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL")
        .bind(key_hash)
        .fetch_optional(pool)
        .await
}
