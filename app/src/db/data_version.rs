//! The public data's version: one number, raised whenever an idea changes in a way the map or the
//! ward lists show, or wards are imported (see the `data_version` migration). Equal versions mean
//! equal answers, so what is built from that data can be kept in memory (`crate::kept`).

use sqlx::AnyPool;

/// The version and when it last moved (Unix seconds): an answer's `ETag` and `Last-Modified`.
pub async fn with_time(pool: &AnyPool) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as("SELECT version, changed_at FROM data_version WHERE id = 1")
        .fetch_one(pool)
        .await
}

pub async fn current(pool: &AnyPool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT version FROM data_version WHERE id = 1")
        .fetch_one(pool)
        .await
}

/// Raises the version inside a writing transaction that changes what no trigger watches (wards).
pub async fn raise<'e, E>(db: E) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query("UPDATE data_version SET version = version + 1, changed_at = $1 WHERE id = 1")
        .bind(super::now())
        .execute(db)
        .await?;
    Ok(())
}
