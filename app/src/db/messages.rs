//! Messages between residents and the professionals working on an idea. One conversation per
//! (idea, resident); the API decides who reads which (`permissions::answer_messages`).

use sqlx::AnyPool;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MessageRow {
    pub id: i64,
    pub resident_id: i64,
    pub resident_name: String,
    pub sender_id: i64,
    pub sender_name: String,
    pub sender_role: String,
    pub sender_function: Option<String>,
    pub sender_organisation: Option<String>,
    pub body: String,
    pub created_at: i64,
}

pub async fn add<'c, E>(
    executor: E,
    idea_id: i64,
    resident_id: i64,
    sender_id: i64,
    body: &str,
) -> Result<i64, sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query_scalar(
        "INSERT INTO idea_messages (idea_id, resident_id, sender_id, body, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(idea_id)
    .bind(resident_id)
    .bind(sender_id)
    .bind(body)
    .bind(super::now())
    .fetch_one(executor)
    .await
}

/// An idea's messages, by conversation then in order; only `resident`'s conversation when given.
pub async fn for_idea(
    pool: &AnyPool,
    idea_id: i64,
    resident: Option<i64>,
) -> Result<Vec<MessageRow>, sqlx::Error> {
    const SELECT: &str = "SELECT m.id, m.resident_id, r.display_name AS resident_name, m.sender_id, \
         s.display_name AS sender_name, s.role AS sender_role, s.function AS sender_function, \
         o.name AS sender_organisation, m.body, m.created_at \
         FROM idea_messages m JOIN users r ON r.id = m.resident_id JOIN users s ON s.id = m.sender_id \
         LEFT JOIN organisations o ON o.id = s.organisation_id WHERE m.idea_id = $1";
    match resident {
        Some(resident) => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{SELECT} AND m.resident_id = $2 ORDER BY m.id"
            )))
            .bind(idea_id)
            .bind(resident)
            .fetch_all(pool)
            .await
        }
        None => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{SELECT} ORDER BY m.resident_id, m.id"
            )))
            .bind(idea_id)
            .fetch_all(pool)
            .await
        }
    }
}

/// Whether a resident has written about this idea (a professional answers only a conversation that
/// a resident began).
pub async fn has_conversation(pool: &AnyPool, idea_id: i64, resident_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM idea_messages WHERE idea_id = $1 AND resident_id = $2 AND sender_id = $2",
    )
    .bind(idea_id)
    .bind(resident_id)
    .fetch_one(pool)
    .await?;
    Ok(n > 0)
}
