//! Handovers: the lead offers an idea to another professional with a note (agreements with the
//! resident, open tasks, contacts); the receiver accepts or declines. Accepting moves the lead role,
//! appends to the timeline and tells the idea's author who their new contact is, in one transaction.
//! An administrator can move every idea a leaving professional leads in one action.
//!
//! The note is for the two professionals (and stays readable to them on the idea page); it is never
//! public, because it may hold a resident's contact details.

use super::timeline::Actor;
use crate::domain::records::HandoverState;
use crate::domain::views::NotificationKind;
use sqlx::AnyPool;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HandoverRow {
    pub id: i64,
    pub idea_id: i64,
    pub from_user: i64,
    pub to_user: i64,
    pub status: String,
}

/// A handover as the two professionals see it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HandoverDetail {
    pub id: i64,
    pub idea_id: i64,
    pub idea_title: String,
    pub wijk_name: String,
    pub from_user: i64,
    pub from_name: String,
    pub to_user: i64,
    pub to_name: String,
    pub note: String,
    pub status: String,
    pub created_at: i64,
}

const DETAIL: &str = "SELECT h.id, h.idea_id, i.title AS idea_title, w.name AS wijk_name, h.from_user, \
     f.display_name AS from_name, h.to_user, t.display_name AS to_name, h.note, h.status, h.created_at \
     FROM handovers h JOIN ideas i ON i.id = h.idea_id JOIN wards w ON w.code = i.wijk_code \
     JOIN users f ON f.id = h.from_user JOIN users t ON t.id = h.to_user";

#[derive(Debug, thiserror::Error)]
pub enum OfferError {
    #[error("a handover is already open for this idea")]
    AlreadyOpen,
    #[error("the giver no longer leads the idea")]
    NotLead,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Offers the idea to `to_user` and tells them, in one transaction. One open offer per idea.
pub async fn offer(
    pool: &AnyPool,
    idea_id: i64,
    from_user: i64,
    to_user: i64,
    note: &str,
) -> Result<i64, OfferError> {
    let mut tx = super::begin_write(pool).await?;
    // First, and in the same transaction: the giver still leads (this also locks the claim, so a
    // release cannot slip in between) and the offer counts as activity.
    let still_lead = sqlx::query(
        "UPDATE claims SET last_activity_at = $1 WHERE idea_id = $2 AND user_id = $3 AND kind = 'lead'",
    )
    .bind(super::now())
    .bind(idea_id)
    .bind(from_user)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !still_lead {
        return Err(OfferError::NotLead);
    }
    let inserted = sqlx::query_scalar(
        "INSERT INTO handovers (idea_id, from_user, to_user, note, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(idea_id)
    .bind(from_user)
    .bind(to_user)
    .bind(note)
    .bind(super::now())
    .fetch_one(&mut *tx)
    .await;
    let id: i64 = match inserted {
        Ok(id) => id,
        Err(e) if e.as_database_error().is_some_and(|d| d.is_unique_violation()) => {
            return Err(OfferError::AlreadyOpen)
        }
        Err(e) => return Err(e.into()),
    };
    super::notifications::to_user(
        &mut *tx,
        to_user,
        NotificationKind::HandoverOffered,
        idea_id,
        Some(from_user),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<HandoverRow>, sqlx::Error> {
    sqlx::query_as("SELECT id, idea_id, from_user, to_user, status FROM handovers WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// The open offer on an idea, if any.
pub async fn open_for_idea(pool: &AnyPool, idea_id: i64) -> Result<Option<HandoverDetail>, sqlx::Error> {
    let sql = format!("{DETAIL} WHERE h.idea_id = $1 AND h.status = 'open'");
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(idea_id)
        .fetch_optional(pool)
        .await
}

/// Offers waiting for this professional's answer, oldest first.
pub async fn incoming(pool: &AnyPool, user_id: i64) -> Result<Vec<HandoverDetail>, sqlx::Error> {
    let sql =
        format!("{DETAIL} WHERE h.to_user = $1 AND h.status = 'open' AND i.hidden_at IS NULL ORDER BY h.id");
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(user_id)
        .fetch_all(pool)
        .await
}

/// The handovers of an idea this professional gave or received (with their notes), newest first.
pub async fn involving(
    pool: &AnyPool,
    idea_id: i64,
    user_id: i64,
) -> Result<Vec<HandoverDetail>, sqlx::Error> {
    let sql =
        format!("{DETAIL} WHERE h.idea_id = $1 AND (h.from_user = $2 OR h.to_user = $3) ORDER BY h.id DESC");
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(idea_id)
        .bind(user_id)
        .bind(user_id)
        .fetch_all(pool)
        .await
}

/// Moves the lead role of one idea from `from_user` to `by` inside a transaction: the receiver's own
/// supporting claim (if any) becomes the lead claim, the timeline says who took over from whom, and
/// the author hears who their new contact is. `false` when `from_user` no longer leads the idea.
async fn move_lead(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    idea_id: i64,
    from_user: i64,
    previous_lead: &str,
    by: &Actor<'_>,
) -> Result<bool, sqlx::Error> {
    let removed = sqlx::query("DELETE FROM claims WHERE idea_id = $1 AND user_id = $2 AND kind = 'lead'")
        .bind(idea_id)
        .bind(from_user)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    if removed != 1 {
        return Ok(false);
    }
    sqlx::query("DELETE FROM claims WHERE idea_id = $1 AND user_id = $2")
        .bind(idea_id)
        .bind(by.user_id)
        .execute(&mut **tx)
        .await?;
    let now = super::now();
    sqlx::query(
        "INSERT INTO claims (idea_id, user_id, kind, created_at, last_activity_at) VALUES ($1, $2, 'lead', $3, $4)",
    )
    .bind(idea_id)
    .bind(by.user_id)
    .bind(now)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    super::timeline::append_handover(&mut **tx, idea_id, by, previous_lead).await?;
    let author: i64 = sqlx::query_scalar("SELECT author_id FROM ideas WHERE id = $1")
        .bind(idea_id)
        .fetch_one(&mut **tx)
        .await?;
    if author != by.user_id {
        super::notifications::to_user(
            &mut **tx,
            author,
            NotificationKind::NewContact,
            idea_id,
            Some(by.user_id),
        )
        .await?;
    }
    Ok(true)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Accepted,
    Declined,
    /// Already answered or withdrawn, or the giver no longer leads the idea.
    Stale,
}

/// The receiver (`by`) accepts: the lead moves, everything in one transaction.
pub async fn accept(
    pool: &AnyPool,
    handover: &HandoverRow,
    previous_lead: &str,
    by: &Actor<'_>,
) -> Result<Answer, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    // Claims first, then the handover, in every transaction that touches both (release does the
    // same), so two of them cannot deadlock on PostgreSQL.
    if !move_lead(&mut tx, handover.idea_id, handover.from_user, previous_lead, by).await? {
        return Ok(Answer::Stale);
    }
    if !answer_open(&mut tx, handover.id, HandoverState::Accepted).await? {
        return Ok(Answer::Stale);
    }
    super::notifications::to_user(
        &mut *tx,
        handover.from_user,
        NotificationKind::HandoverAccepted,
        handover.idea_id,
        Some(by.user_id),
    )
    .await?;
    tx.commit().await?;
    Ok(Answer::Accepted)
}

/// The receiver declines: the giver stays lead and hears it.
pub async fn decline(pool: &AnyPool, handover: &HandoverRow) -> Result<Answer, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    if !answer_open(&mut tx, handover.id, HandoverState::Declined).await? {
        return Ok(Answer::Stale);
    }
    super::notifications::to_user(
        &mut *tx,
        handover.from_user,
        NotificationKind::HandoverDeclined,
        handover.idea_id,
        Some(handover.to_user),
    )
    .await?;
    tx.commit().await?;
    Ok(Answer::Declined)
}

async fn answer_open(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
    status: HandoverState,
) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query("UPDATE handovers SET status = $1, answered_at = $2 WHERE id = $3 AND status = 'open'")
            .bind(status.as_str())
            .bind(super::now())
            .bind(id)
            .execute(&mut **tx)
            .await?
            .rows_affected()
            == 1,
    )
}

/// The giver takes back an open offer; `false` when it was no longer open (or not theirs).
pub async fn withdraw(pool: &AnyPool, id: i64, from_user: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE handovers SET status = 'withdrawn', answered_at = $1 WHERE id = $2 AND from_user = $3 AND status = 'open'",
    )
    .bind(super::now())
    .bind(id)
    .bind(from_user)
    .execute(pool)
    .await?
    .rows_affected()
        == 1)
}

/// Withdraws an idea's open offer (when its lead lets go of the idea).
pub async fn withdraw_open<'c, E>(executor: E, idea_id: i64) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query(
        "UPDATE handovers SET status = 'withdrawn', answered_at = $1 WHERE idea_id = $2 AND status = 'open'",
    )
    .bind(super::now())
    .bind(idea_id)
    .execute(executor)
    .await?;
    Ok(())
}

/// An administrator moves every idea `from_user` leads to `by`, each with the same note, in one
/// transaction: recorded as accepted handovers, on each timeline, and each author told. Open offers
/// on those ideas are withdrawn. Returns how many ideas moved.
pub async fn hand_over_all(
    pool: &AnyPool,
    from_user: i64,
    previous_lead: &str,
    by: &Actor<'_>,
    note: &str,
) -> Result<u64, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    let ideas: Vec<i64> = sqlx::query_scalar(
        "SELECT idea_id FROM claims WHERE user_id = $1 AND kind = 'lead' ORDER BY idea_id",
    )
    .bind(from_user)
    .fetch_all(&mut *tx)
    .await?;
    let now = super::now();
    let mut moved = 0;
    for idea_id in ideas {
        // Claims first (see `accept`); the handover is recorded only when the lead really moved.
        if !move_lead(&mut tx, idea_id, from_user, previous_lead, by).await? {
            continue;
        }
        withdraw_open(&mut *tx, idea_id).await?;
        sqlx::query(
            "INSERT INTO handovers (idea_id, from_user, to_user, note, status, created_at, answered_at) \
             VALUES ($1, $2, $3, $4, 'accepted', $5, $6)",
        )
        .bind(idea_id)
        .bind(from_user)
        .bind(by.user_id)
        .bind(note)
        .bind(now)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        moved += 1;
    }
    tx.commit().await?;
    Ok(moved)
}
