//! Following ideas and wijken. Following is what produces notifications.

use sqlx::AnyPool;

/// Follows an idea; `false` when already following.
pub async fn follow_idea<'c, E>(executor: E, user_id: i64, idea_id: i64) -> Result<bool, sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let done = sqlx::query(
        "INSERT INTO idea_follows (user_id, idea_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id, idea_id) DO NOTHING",
    )
    .bind(user_id)
    .bind(idea_id)
    .bind(super::now())
    .execute(executor)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn unfollow_idea(pool: &AnyPool, user_id: i64, idea_id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM idea_follows WHERE user_id = $1 AND idea_id = $2")
        .bind(user_id)
        .bind(idea_id)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn follows_idea(pool: &AnyPool, user_id: i64, idea_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM idea_follows WHERE user_id = $1 AND idea_id = $2")
        .bind(user_id)
        .bind(idea_id)
        .fetch_one(pool)
        .await?;
    Ok(n > 0)
}

/// Follows a wijk; `false` when already following.
pub async fn follow_wijk(pool: &AnyPool, user_id: i64, wijk_code: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO ward_follows (user_id, wijk_code, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id, wijk_code) DO NOTHING",
    )
    .bind(user_id)
    .bind(wijk_code)
    .bind(super::now())
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn unfollow_wijk(pool: &AnyPool, user_id: i64, wijk_code: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM ward_follows WHERE user_id = $1 AND wijk_code = $2")
        .bind(user_id)
        .bind(wijk_code)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn follows_wijk(pool: &AnyPool, user_id: i64, wijk_code: &str) -> Result<bool, sqlx::Error> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM ward_follows WHERE user_id = $1 AND wijk_code = $2")
            .bind(user_id)
            .bind(wijk_code)
            .fetch_one(pool)
            .await?;
    Ok(n > 0)
}

/// Moves the followers of one idea to another (merging ideas); nobody follows twice.
pub async fn move_idea_followers(pool: &AnyPool, from_idea: i64, to_idea: i64) -> Result<(), sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    sqlx::query(
        "INSERT INTO idea_follows (user_id, idea_id, created_at) SELECT user_id, $1, created_at FROM idea_follows \
         WHERE idea_id = $2 ON CONFLICT (user_id, idea_id) DO NOTHING",
    )
    .bind(to_idea)
    .bind(from_idea)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM idea_follows WHERE idea_id = $1")
        .bind(from_idea)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}
