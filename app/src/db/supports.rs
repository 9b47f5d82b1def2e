//! Supports: one per resident per idea. The row and the idea's counter change in one transaction, and
//! the row's primary key makes a second support impossible, so the counter equals the rows under any
//! concurrency. Each transaction writes first (no read-then-write), so SQLite's writer lock is taken at
//! once and waits its turn instead of failing.

use sqlx::AnyPool;

/// Adds the support; `false` when it was already there (nothing changes).
pub async fn add(pool: &AnyPool, idea_id: i64, user_id: i64) -> Result<bool, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    let inserted = sqlx::query(
        "INSERT INTO supports (idea_id, user_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (idea_id, user_id) DO NOTHING",
    )
    .bind(idea_id)
    .bind(user_id)
    .bind(super::now())
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if inserted {
        sqlx::query("UPDATE ideas SET support_count = support_count + 1 WHERE id = $1")
            .bind(idea_id)
            .execute(&mut *tx)
            .await?;
        super::notifications::for_support(&mut *tx, idea_id, user_id).await?;
    }
    tx.commit().await?;
    Ok(inserted)
}

/// Takes the support back; `false` when there was none.
pub async fn remove(pool: &AnyPool, idea_id: i64, user_id: i64) -> Result<bool, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    let deleted = sqlx::query("DELETE FROM supports WHERE idea_id = $1 AND user_id = $2")
        .bind(idea_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
        == 1;
    if deleted {
        sqlx::query("UPDATE ideas SET support_count = support_count - 1 WHERE id = $1")
            .bind(idea_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(deleted)
}

pub async fn exists(pool: &AnyPool, idea_id: i64, user_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM supports WHERE idea_id = $1 AND user_id = $2")
        .bind(idea_id)
        .bind(user_id)
        .fetch_one(pool)
        .await?;
    Ok(n > 0)
}

/// The stored counter, read fresh.
pub async fn count(pool: &AnyPool, idea_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT support_count FROM ideas WHERE id = $1")
        .bind(idea_id)
        .fetch_one(pool)
        .await
}

/// Moves every support of one idea to another, skipping residents who support both (merging ideas).
pub async fn move_all(pool: &AnyPool, from_idea: i64, to_idea: i64) -> Result<(), sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    sqlx::query(
        "INSERT INTO supports (idea_id, user_id, created_at) SELECT $1, user_id, created_at FROM supports \
         WHERE idea_id = $2 ON CONFLICT (idea_id, user_id) DO NOTHING",
    )
    .bind(to_idea)
    .bind(from_idea)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM supports WHERE idea_id = $1")
        .bind(from_idea)
        .execute(&mut *tx)
        .await?;
    for id in [from_idea, to_idea] {
        sqlx::query("UPDATE ideas SET support_count = (SELECT COUNT(*) FROM supports WHERE idea_id = $1) WHERE id = $2")
            .bind(id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
