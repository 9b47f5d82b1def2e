//! What the ward workbench reads: the open ideas of a professional's werkgebied (and of the uncovered
//! wijken they answer for, `db::coverage`) with their lead, and
//! who works on them. Two queries whatever the number of ideas; `domain::workbench` does the counting.
//! Stalled claims are found here too, for the reminder.

use crate::domain::views::NotificationKind;
use crate::domain::workbench::{BenchClaim, BenchIdea};
use crate::domain::Status;
use sqlx::AnyPool;

const OPEN: &str = "('ingediend', 'opgepakt', 'in_voorbereiding', 'in_uitvoering')";

#[derive(sqlx::FromRow)]
struct IdeaRow {
    id: i64,
    title: String,
    wijk_code: String,
    status: String,
    created_at: i64,
    support_count: i64,
    lead: Option<i64>,
    lead_activity: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct ClaimRow {
    idea_id: i64,
    user_id: i64,
    display_name: String,
    organisation_id: Option<i64>,
    organisation: Option<String>,
}

/// Open, visible ideas in the wijken a professional works in or answers for, and the claims on them.
pub async fn open_ideas(
    pool: &AnyPool,
    user_id: i64,
) -> Result<(Vec<BenchIdea>, Vec<BenchClaim>), sqlx::Error> {
    let scope = super::coverage::scope_sql(1);
    let ideas: Vec<IdeaRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT i.id, i.title, i.wijk_code, i.status, i.created_at, i.support_count, c.user_id AS lead, \
         c.last_activity_at AS lead_activity FROM ideas i \
         LEFT JOIN claims c ON c.idea_id = i.id AND c.kind = 'lead' WHERE i.wijk_code IN ({scope}) \
         AND i.hidden_at IS NULL AND i.status IN {OPEN}"
    )))
    .bind(user_id)
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let claims: Vec<ClaimRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT c.idea_id, c.user_id, u.display_name, u.organisation_id, o.name AS organisation FROM claims c \
         JOIN ideas i ON i.id = c.idea_id \
         JOIN users u ON u.id = c.user_id LEFT JOIN organisations o ON o.id = u.organisation_id \
         WHERE i.wijk_code IN ({scope}) AND i.hidden_at IS NULL AND i.status IN {OPEN}"
    )))
    .bind(user_id)
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    Ok((
        ideas
            .into_iter()
            .map(|r| BenchIdea {
                status: Status::parse(&r.status).unwrap_or(Status::Ingediend),
                id: r.id,
                title: r.title,
                wijk_code: r.wijk_code,
                created_at: r.created_at,
                support_count: r.support_count,
                lead: r.lead,
                lead_activity: r.lead_activity,
            })
            .collect(),
        claims
            .into_iter()
            .map(|r| BenchClaim {
                idea_id: r.idea_id,
                user_id: r.user_id,
                display_name: r.display_name,
                organisation_id: r.organisation_id,
                organisation: r.organisation,
            })
            .collect(),
    ))
}

/// Reminds every lead whose open idea saw no activity since `cutoff`, once per stall period: the
/// claim is marked in the same statement that finds it, so several instances never remind twice.
/// Returns how many were reminded.
pub async fn remind_stalled(pool: &AnyPool, now: i64, cutoff: i64) -> Result<usize, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    let due: Vec<(i64, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "UPDATE claims SET reminded_at = $1 WHERE kind = 'lead' AND last_activity_at <= $2 \
         AND (reminded_at IS NULL OR reminded_at < last_activity_at OR reminded_at <= $3) \
         AND idea_id IN (SELECT id FROM ideas WHERE hidden_at IS NULL AND status IN {OPEN}) \
         RETURNING idea_id, user_id"
    )))
    .bind(now)
    .bind(cutoff)
    .bind(cutoff)
    .fetch_all(&mut *tx)
    .await?;
    for (idea_id, user_id) in &due {
        super::notifications::to_user(&mut *tx, *user_id, NotificationKind::ClaimStalled, *idea_id, None)
            .await?;
    }
    tx.commit().await?;
    Ok(due.len())
}
