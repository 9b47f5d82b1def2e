//! Failed logins per email, to slow down password guessing. Stored in the database (not in memory) so
//! the limit holds across several app instances.

use sqlx::AnyPool;

pub async fn record(pool: &AnyPool, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO login_failures (email, failed_at) VALUES ($1, $2)")
        .bind(email)
        .bind(super::now())
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn count_since(pool: &AnyPool, email: &str, since: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM login_failures WHERE email = $1 AND failed_at > $2")
        .bind(email)
        .bind(since)
        .fetch_one(pool)
        .await
}

pub async fn clear(pool: &AnyPool, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_failures WHERE email = $1")
        .bind(email)
        .execute(pool)
        .await?;
    Ok(())
}
