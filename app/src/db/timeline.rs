//! An idea's public timeline: every claim, release, handover, status change and bit of progress
//! (milestones, percentages, updates), appended and never changed.

use crate::domain::records::TimelineKind;
use crate::domain::workflow::Justification;
use crate::domain::Status;
use sqlx::AnyPool;

/// Who acted, as the timeline shows them.
#[derive(Debug, Clone)]
pub struct Actor<'a> {
    pub user_id: i64,
    pub name: &'a str,
    /// The function or role as a key ("ideeenmakelaar", "editor"; `wording::function_key`), worded
    /// for each reader.
    pub role_label: &'a str,
}

pub async fn append<'c, E>(
    executor: E,
    idea_id: i64,
    by: &Actor<'_>,
    kind: TimelineKind,
    from: Option<Status>,
    to: Option<Status>,
    why: &Justification,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO idea_events (idea_id, actor_id, actor_name, actor_role, kind, from_status, to_status, explanation, \
         merged_into, referred_to, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(idea_id)
    .bind(by.user_id)
    .bind(by.name)
    .bind(by.role_label)
    .bind(kind.as_str())
    .bind(from.map(|s| s.as_str()))
    .bind(to.map(|s| s.as_str()))
    .bind(why.explanation.as_deref())
    .bind(why.merged_into)
    .bind(why.referred_to.as_deref())
    .bind(super::now())
    .execute(executor)
    .await?;
    Ok(())
}

/// A handover: `by` is the new lead, `previous_lead` the name of the one before.
pub async fn append_handover<'c, E>(
    executor: E,
    idea_id: i64,
    by: &Actor<'_>,
    previous_lead: &str,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO idea_events (idea_id, actor_id, actor_name, actor_role, kind, previous_lead, created_at) \
         VALUES ($1, $2, $3, $4, 'handover', $5, $6)",
    )
    .bind(idea_id)
    .bind(by.user_id)
    .bind(by.name)
    .bind(by.role_label)
    .bind(previous_lead)
    .bind(super::now())
    .execute(executor)
    .await?;
    Ok(())
}

/// What a progress row of the timeline names (milestones, percentages, updates).
#[derive(Debug, Clone, Default)]
pub struct ProgressDetail<'a> {
    pub milestone_title: Option<&'a str>,
    /// A moved milestone's planned day before, `2027-03-01`.
    pub old_date: Option<&'a str>,
    /// The planned day (added, moved) or the day it was done.
    pub new_date: Option<&'a str>,
    pub percent: Option<i64>,
    /// An update's text, or the reason for a percentage set by hand.
    pub text: Option<&'a str>,
}

/// A progress row: a milestone added, moved, done, reopened or removed, a percentage, an update.
pub async fn append_progress<'c, E>(
    executor: E,
    idea_id: i64,
    by: &Actor<'_>,
    kind: TimelineKind,
    detail: &ProgressDetail<'_>,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO idea_events (idea_id, actor_id, actor_name, actor_role, kind, explanation, milestone_title, \
         old_date, new_date, percent, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(idea_id)
    .bind(by.user_id)
    .bind(by.name)
    .bind(by.role_label)
    .bind(kind.as_str())
    .bind(detail.text)
    .bind(detail.milestone_title)
    .bind(detail.old_date)
    .bind(detail.new_date)
    .bind(detail.percent)
    .bind(super::now())
    .execute(executor)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct EventRow {
    pub id: i64,
    pub actor_name: String,
    pub actor_role: String,
    pub kind: String,
    pub from_status: Option<String>,
    pub to_status: Option<String>,
    pub explanation: Option<String>,
    pub merged_into: Option<i64>,
    pub referred_to: Option<String>,
    pub previous_lead: Option<String>,
    pub milestone_title: Option<String>,
    pub old_date: Option<String>,
    pub new_date: Option<String>,
    pub percent: Option<i64>,
    pub created_at: i64,
}

pub async fn for_idea(pool: &AnyPool, idea_id: i64) -> Result<Vec<EventRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, actor_name, actor_role, kind, from_status, to_status, explanation, merged_into, referred_to, previous_lead, \
         milestone_title, old_date, new_date, percent, created_at \
         FROM idea_events WHERE idea_id = $1 ORDER BY id",
    )
    .bind(idea_id)
    .fetch_all(pool)
    .await
}

/// A status change with its timeline entry, in one transaction; `false` if the status was no longer
/// `from` (someone else changed it first).
pub async fn change_status(
    pool: &AnyPool,
    idea_id: i64,
    by: &Actor<'_>,
    from: Status,
    to: Status,
    why: &Justification,
) -> Result<bool, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    let changed = sqlx::query("UPDATE ideas SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4")
        .bind(to.as_str())
        .bind(super::now())
        .bind(idea_id)
        .bind(from.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected()
        == 1;
    if !changed {
        return Ok(false);
    }
    append(
        &mut *tx,
        idea_id,
        by,
        TimelineKind::Status,
        Some(from),
        Some(to),
        why,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}
