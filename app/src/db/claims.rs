//! Who works on an idea: one lead at most (a partial unique index guarantees it), any number of
//! supporting professionals. Claiming as lead picks an `ingediend` idea up, and the timeline records it,
//! in one transaction.

use super::timeline::Actor;
use crate::domain::records::TimelineKind;
use crate::domain::roles::ClaimKind;
use crate::domain::Status;
use sqlx::AnyPool;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ClaimRow {
    pub user_id: i64,
    pub kind: String,
    pub display_name: String,
    pub function: Option<String>,
    pub organisation: Option<String>,
    pub organisation_id: Option<i64>,
    pub last_activity_at: i64,
}

pub async fn for_idea(pool: &AnyPool, idea_id: i64) -> Result<Vec<ClaimRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.user_id, c.kind, u.display_name, u.function, o.name AS organisation, u.organisation_id, c.last_activity_at \
         FROM claims c JOIN users u ON u.id = c.user_id LEFT JOIN organisations o ON o.id = u.organisation_id \
         WHERE c.idea_id = $1 ORDER BY CASE WHEN c.kind = 'lead' THEN 0 ELSE 1 END, c.created_at",
    )
    .bind(idea_id)
    .fetch_all(pool)
    .await
}

pub async fn lead(pool: &AnyPool, idea_id: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT user_id FROM claims WHERE idea_id = $1 AND kind = 'lead'")
        .bind(idea_id)
        .fetch_optional(pool)
        .await
}

pub async fn has_claim(pool: &AnyPool, idea_id: i64, user_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM claims WHERE idea_id = $1 AND user_id = $2")
        .bind(idea_id)
        .bind(user_id)
        .fetch_one(pool)
        .await?;
    Ok(n > 0)
}

#[derive(Debug, thiserror::Error)]
pub enum ClaimError {
    #[error("the idea has a lead")]
    AlreadyLead,
    #[error("already claimed")]
    AlreadyClaimed,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Claims an idea. As lead, an `ingediend` idea becomes `opgepakt` in the same transaction.
pub async fn claim(pool: &AnyPool, idea_id: i64, kind: ClaimKind, by: &Actor<'_>) -> Result<(), ClaimError> {
    if has_claim(pool, idea_id, by.user_id).await? {
        return Err(ClaimError::AlreadyClaimed);
    }
    let now = super::now();
    let mut tx = super::begin_write(pool).await?;
    let inserted = sqlx::query(
        "INSERT INTO claims (idea_id, user_id, kind, created_at, last_activity_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(idea_id)
    .bind(by.user_id)
    .bind(kind.as_str())
    .bind(now)
    .bind(now)
    .execute(&mut *tx)
    .await;
    match inserted {
        Ok(_) => {}
        Err(e) if e.as_database_error().is_some_and(|d| d.is_unique_violation()) => {
            return Err(if kind == ClaimKind::Lead {
                ClaimError::AlreadyLead
            } else {
                ClaimError::AlreadyClaimed
            });
        }
        Err(e) => return Err(e.into()),
    }
    let picked_up = kind == ClaimKind::Lead
        && sqlx::query(
            "UPDATE ideas SET status = 'opgepakt', updated_at = $1 WHERE id = $2 AND status = 'ingediend'",
        )
        .bind(now)
        .bind(idea_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
    let event_kind = if kind == ClaimKind::Lead {
        TimelineKind::ClaimLead
    } else {
        TimelineKind::ClaimSupporting
    };
    let (from, to) = if picked_up {
        (Some(Status::Ingediend), Some(Status::Opgepakt))
    } else {
        (None, None)
    };
    super::timeline::append(&mut *tx, idea_id, by, event_kind, from, to, &Default::default()).await?;
    tx.commit().await?;
    Ok(())
}

/// The lead lets go: the idea goes back to `ingediend` if it was only `opgepakt`.
/// Lets go of a claim, with the public reason on the timeline.
pub async fn release(
    pool: &AnyPool,
    idea_id: i64,
    by: &Actor<'_>,
    reason: &str,
) -> Result<bool, sqlx::Error> {
    let now = super::now();
    let mut tx = super::begin_write(pool).await?;
    let removed: Option<String> =
        sqlx::query_scalar("DELETE FROM claims WHERE idea_id = $1 AND user_id = $2 RETURNING kind")
            .bind(idea_id)
            .bind(by.user_id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some(kind) = removed else {
        return Ok(false);
    };
    // The lead's offer to hand over is void once the lead lets go (a supporter leaving changes nothing).
    if kind == ClaimKind::Lead.as_str() {
        super::handovers::withdraw_open(&mut *tx, idea_id).await?;
    }
    let back = sqlx::query(
        "UPDATE ideas SET status = 'ingediend', updated_at = $1 WHERE id = $2 AND status = 'opgepakt' \
         AND NOT EXISTS (SELECT 1 FROM claims WHERE idea_id = $3 AND kind = 'lead')",
    )
    .bind(now)
    .bind(idea_id)
    .bind(idea_id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    let (from, to) = if back {
        (Some(Status::Opgepakt), Some(Status::Ingediend))
    } else {
        (None, None)
    };
    super::timeline::append(
        &mut *tx,
        idea_id,
        by,
        TimelineKind::Release,
        from,
        to,
        &crate::domain::workflow::Justification {
            explanation: Some(reason.to_owned()),
            ..Default::default()
        },
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Records activity on a claim (a note, a status change), which keeps it from counting as stalled.
pub async fn touch(pool: &AnyPool, idea_id: i64, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE claims SET last_activity_at = $1 WHERE idea_id = $2 AND user_id = $3")
        .bind(super::now())
        .bind(idea_id)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}
