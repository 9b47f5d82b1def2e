//! Milestones, the percentage set by hand, and progress updates. Every change writes its public
//! timeline row in the same transaction, so the timeline never misses one (a moved milestone's row
//! keeps the day it was planned before). A change that finds the milestone gone or already in the
//! asked state changes nothing and answers `false`.

use super::timeline::{self, Actor, ProgressDetail};
use crate::domain::records::TimelineKind;
use crate::domain::views::NotificationKind;
use sqlx::AnyPool;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MilestoneRow {
    pub id: i64,
    pub title: String,
    pub planned_on: String,
    pub done_on: Option<String>,
}

/// An idea's milestones in their order: by planned day, then as they were added.
pub async fn milestones(pool: &AnyPool, idea_id: i64) -> Result<Vec<MilestoneRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, title, planned_on, done_on FROM milestones WHERE idea_id = $1 ORDER BY planned_on, id",
    )
    .bind(idea_id)
    .fetch_all(pool)
    .await
}

/// The percentage set by hand, if one is.
pub async fn percent_by_hand(pool: &AnyPool, idea_id: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT progress_percent FROM ideas WHERE id = $1")
        .bind(idea_id)
        .fetch_optional(pool)
        .await
        .map(Option::flatten)
}

pub async fn add_milestone(
    pool: &AnyPool,
    idea_id: i64,
    by: &Actor<'_>,
    title: &str,
    planned_on: &str,
) -> Result<(), sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    sqlx::query("INSERT INTO milestones (idea_id, title, planned_on, created_at) VALUES ($1, $2, $3, $4)")
        .bind(idea_id)
        .bind(title)
        .bind(planned_on)
        .bind(super::now())
        .execute(&mut *tx)
        .await?;
    let detail = ProgressDetail {
        milestone_title: Some(title),
        new_date: Some(planned_on),
        ..ProgressDetail::default()
    };
    timeline::append_progress(&mut *tx, idea_id, by, TimelineKind::MilestoneAdded, &detail).await?;
    tx.commit().await
}

async fn one(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    idea_id: i64,
    id: i64,
) -> Result<Option<MilestoneRow>, sqlx::Error> {
    sqlx::query_as("SELECT id, title, planned_on, done_on FROM milestones WHERE id = $1 AND idea_id = $2")
        .bind(id)
        .bind(idea_id)
        .fetch_optional(&mut **tx)
        .await
}

/// A change of one milestone, as the timeline and the table see it.
pub enum Change<'a> {
    /// A new planned day.
    Move(&'a str),
    /// Done on this day.
    Done(&'a str),
    /// Not done after all.
    Reopen,
    Remove,
}

/// Applies `change` to the idea's milestone `id`; `false` if it is not there or the change would
/// change nothing (the same day, done twice, reopened while open).
pub async fn change_milestone(
    pool: &AnyPool,
    idea_id: i64,
    id: i64,
    by: &Actor<'_>,
    change: Change<'_>,
) -> Result<bool, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    let Some(m) = one(&mut tx, idea_id, id).await? else {
        return Ok(false);
    };
    let title = Some(m.title.as_str());
    let only = |title| ProgressDetail {
        milestone_title: title,
        ..ProgressDetail::default()
    };
    let (kind, detail, statement) = match change {
        Change::Move(day) if day != m.planned_on => (
            TimelineKind::MilestoneMoved,
            ProgressDetail {
                old_date: Some(m.planned_on.as_str()),
                new_date: Some(day),
                ..only(title)
            },
            sqlx::query("UPDATE milestones SET planned_on = $1 WHERE id = $2")
                .bind(day)
                .bind(id),
        ),
        Change::Done(day) if m.done_on.is_none() => (
            TimelineKind::MilestoneDone,
            ProgressDetail {
                new_date: Some(day),
                ..only(title)
            },
            sqlx::query("UPDATE milestones SET done_on = $1 WHERE id = $2")
                .bind(day)
                .bind(id),
        ),
        Change::Reopen if m.done_on.is_some() => (
            TimelineKind::MilestoneReopened,
            only(title),
            sqlx::query("UPDATE milestones SET done_on = NULL WHERE id = $1").bind(id),
        ),
        Change::Remove => (
            TimelineKind::MilestoneRemoved,
            ProgressDetail {
                old_date: Some(m.planned_on.as_str()),
                ..only(title)
            },
            sqlx::query("DELETE FROM milestones WHERE id = $1").bind(id),
        ),
        _ => return Ok(false),
    };
    statement.execute(&mut *tx).await?;
    timeline::append_progress(&mut *tx, idea_id, by, kind, &detail).await?;
    tx.commit().await?;
    Ok(true)
}

/// Sets the percentage by hand (`Some`) or lets it follow the milestones again (`None`), with the
/// reason on the timeline.
pub async fn set_percent(
    pool: &AnyPool,
    idea_id: i64,
    by: &Actor<'_>,
    percent: Option<i64>,
    reason: &str,
) -> Result<(), sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    sqlx::query("UPDATE ideas SET progress_percent = $1 WHERE id = $2")
        .bind(percent)
        .bind(idea_id)
        .execute(&mut *tx)
        .await?;
    let kind = match percent {
        Some(_) => TimelineKind::ProgressSet,
        None => TimelineKind::ProgressFollowsMilestones,
    };
    let detail = ProgressDetail {
        percent,
        text: Some(reason),
        ..ProgressDetail::default()
    };
    timeline::append_progress(&mut *tx, idea_id, by, kind, &detail).await?;
    tx.commit().await
}

/// A progress update: on the timeline, and a notification for every follower but the writer (the
/// mail follows from the notification, in each reader's language and rhythm). Answers how many
/// followers were told.
pub async fn post_update(
    pool: &AnyPool,
    idea_id: i64,
    by: &Actor<'_>,
    text: &str,
) -> Result<u64, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    let detail = ProgressDetail {
        text: Some(text),
        ..ProgressDetail::default()
    };
    timeline::append_progress(&mut *tx, idea_id, by, TimelineKind::Update, &detail).await?;
    let told = super::notifications::for_idea_followers(
        &mut *tx,
        idea_id,
        NotificationKind::Progress,
        Some(by.user_id),
        None,
        Some(text),
    )
    .await?;
    tx.commit().await?;
    Ok(told)
}
