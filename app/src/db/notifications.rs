//! Notifications: written for every follower in one statement per event (not one per follower), read
//! as a list with idea, wijk and actor names joined in. New ideas in a followed wijk are bundled: while
//! a reader has not yet seen (or been mailed) the wijk's bundle, new ideas add to its count.

use crate::domain::views::{NotificationKind, NotificationView};
use crate::domain::Status;
use sqlx::AnyPool;

impl NotificationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::Comment => "comment",
            NotificationKind::Status => "status",
            NotificationKind::WardIdeas => "ward_ideas",
            NotificationKind::HandoverOffered => "handover_offered",
            NotificationKind::HandoverAccepted => "handover_accepted",
            NotificationKind::HandoverDeclined => "handover_declined",
            NotificationKind::NewContact => "new_contact",
            NotificationKind::ClaimStalled => "claim_stalled",
            NotificationKind::Supports => "supports",
            NotificationKind::UncoveredIdea => "uncovered_idea",
            NotificationKind::Message => "message",
            NotificationKind::Progress => "progress",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            NotificationKind::Comment,
            NotificationKind::Status,
            NotificationKind::WardIdeas,
            NotificationKind::HandoverOffered,
            NotificationKind::HandoverAccepted,
            NotificationKind::HandoverDeclined,
            NotificationKind::NewContact,
            NotificationKind::ClaimStalled,
            NotificationKind::Supports,
            NotificationKind::UncoveredIdea,
            NotificationKind::Message,
            NotificationKind::Progress,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// Notifies every follower of an idea except the one who acted. Returns how many were notified.
/// `detail`: the new status of a status change; `explanation`: its public explanation.
pub async fn for_idea_followers<'c, E>(
    executor: E,
    idea_id: i64,
    kind: NotificationKind,
    actor_id: Option<i64>,
    detail: Option<&str>,
    explanation: Option<&str>,
) -> Result<u64, sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let done = sqlx::query(
        "INSERT INTO notifications (user_id, kind, idea_id, actor_id, detail, explanation, created_at) \
         SELECT f.user_id, $1, $2, $3, $4, $5, $6 FROM idea_follows f WHERE f.idea_id = $7 AND f.user_id <> $8",
    )
    .bind(kind.as_str())
    .bind(idea_id)
    .bind(actor_id)
    .bind(detail)
    .bind(explanation)
    .bind(super::now())
    .bind(idea_id)
    .bind(actor_id.unwrap_or(-1))
    .execute(executor)
    .await?;
    Ok(done.rows_affected())
}

/// One notification for one reader (a handover offer, a reminder).
pub async fn to_user<'c, E>(
    executor: E,
    user_id: i64,
    kind: NotificationKind,
    idea_id: i64,
    actor_id: Option<i64>,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query("INSERT INTO notifications (user_id, kind, idea_id, actor_id, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(user_id)
        .bind(kind.as_str())
        .bind(idea_id)
        .bind(actor_id)
        .bind(super::now())
        .execute(executor)
        .await?;
    Ok(())
}

/// Tells an idea's author that a resident supports it. A day's supports share one notification
/// (the index `notifications_supports_day`), so the author hears of them at most once a day; its count
/// is the supports given that day that still stand (someone who takes theirs back and gives it again
/// counts once). A notification already read or mailed that day only counts on.
pub async fn for_support<'c, E>(executor: E, idea_id: i64, supporter_id: i64) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let now = super::now();
    let day_start = now - now.rem_euclid(86_400);
    sqlx::query(
        "INSERT INTO notifications (user_id, kind, idea_id, detail, created_at) \
         SELECT i.author_id, 'supports', i.id, $1, $2 FROM ideas i WHERE i.id = $3 AND i.author_id <> $4 \
         ON CONFLICT (user_id, idea_id, detail) WHERE kind = 'supports' \
         DO UPDATE SET item_count = \
         (SELECT COUNT(*) FROM supports s WHERE s.idea_id = notifications.idea_id AND s.created_at >= $5)",
    )
    .bind(crate::domain::time::iso_date(now))
    .bind(now)
    .bind(idea_id)
    .bind(supporter_id)
    .bind(day_start)
    .execute(executor)
    .await?;
    Ok(())
}

/// Tells the followers of a wijk about a new idea there, adding to an open bundle where there is one.
pub async fn for_new_idea_in_wijk<'c, E>(
    executor: E,
    wijk_code: &str,
    idea_id: i64,
    author_id: i64,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    // One statement against a partial unique index (one open bundle per reader and wijk), so two
    // ideas arriving at once cannot open two bundles.
    sqlx::query(
        "INSERT INTO notifications (user_id, kind, idea_id, wijk_code, created_at) \
         SELECT f.user_id, 'ward_ideas', $1, $2, $3 FROM ward_follows f WHERE f.wijk_code = $4 AND f.user_id <> $5 \
         ON CONFLICT (user_id, wijk_code) WHERE kind = 'ward_ideas' AND read_at IS NULL AND mailed_at IS NULL \
         DO UPDATE SET item_count = notifications.item_count + 1, idea_id = excluded.idea_id, created_at = excluded.created_at",
    )
    .bind(idea_id)
    .bind(wijk_code)
    .bind(super::now())
    .bind(wijk_code)
    .bind(author_id)
    .execute(executor)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NotificationRow {
    pub id: i64,
    pub user_id: i64,
    pub kind: String,
    pub idea_id: Option<i64>,
    pub idea_title: Option<String>,
    pub wijk_code: Option<String>,
    pub wijk_name: Option<String>,
    pub actor_name: Option<String>,
    pub detail: Option<String>,
    pub explanation: Option<String>,
    pub item_count: i64,
    pub created_at: i64,
    pub read_at: Option<i64>,
}

impl From<NotificationRow> for NotificationView {
    fn from(r: NotificationRow) -> Self {
        let kind = NotificationKind::parse(&r.kind).unwrap_or(NotificationKind::Comment);
        NotificationView {
            id: r.id,
            kind,
            idea_id: r.idea_id,
            idea_title: r.idea_title,
            wijk_code: r.wijk_code,
            wijk_name: r.wijk_name,
            actor_name: r.actor_name,
            status: r.detail.as_deref().and_then(Status::parse),
            explanation: r.explanation,
            item_count: r.item_count,
            created_at: r.created_at,
            read: r.read_at.is_some(),
        }
    }
}

pub(crate) const SELECT: &str = "SELECT n.id, n.user_id, n.kind, n.idea_id, i.title AS idea_title, \
     COALESCE(n.wijk_code, i.wijk_code) AS wijk_code, w.name AS wijk_name, a.display_name AS actor_name, n.detail, \
     n.explanation, n.item_count, n.created_at, n.read_at FROM notifications n LEFT JOIN ideas i ON i.id = n.idea_id \
     LEFT JOIN wards w ON w.code = COALESCE(n.wijk_code, i.wijk_code) LEFT JOIN users a ON a.id = n.actor_id";

/// Notifications about an idea a moderator hid are not shown or mailed.
pub(crate) const VISIBLE: &str = "(n.idea_id IS NULL OR i.hidden_at IS NULL)";

/// A reader's latest notifications, newest first.
pub async fn list(pool: &AnyPool, user_id: i64, limit: i64) -> Result<Vec<NotificationView>, sqlx::Error> {
    let sql =
        format!("{SELECT} WHERE n.user_id = $1 AND {VISIBLE} ORDER BY n.created_at DESC, n.id DESC LIMIT $2");
    let rows: Vec<NotificationRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(user_id)
        .bind(limit)
        .fetch_all(pool)
        .await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

pub async fn unread_count(pool: &AnyPool, user_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM notifications n LEFT JOIN ideas i ON i.id = n.idea_id \
         WHERE n.user_id = $1 AND n.read_at IS NULL AND (n.idea_id IS NULL OR i.hidden_at IS NULL)",
    )
    .bind(user_id)
    .fetch_one(pool)
    .await
}

/// Opens one of the reader's notifications: marks it read and gives it back (to lead on to what it
/// is about); `None` when it is not theirs or no longer shown.
pub async fn open(pool: &AnyPool, user_id: i64, id: i64) -> Result<Option<NotificationView>, sqlx::Error> {
    let sql = format!("{SELECT} WHERE n.id = $1 AND n.user_id = $2 AND {VISIBLE}");
    let row: Option<NotificationRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .bind(user_id)
        .fetch_optional(pool)
        .await?;
    let Some(row) = row else { return Ok(None) };
    mark_read(pool, user_id, id).await?;
    Ok(Some(row.into()))
}

/// Marks one of the reader's notifications read; `false` when it is not theirs or already read.
pub async fn mark_read(pool: &AnyPool, user_id: i64, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE notifications SET read_at = $1 WHERE id = $2 AND user_id = $3 AND read_at IS NULL",
    )
    .bind(super::now())
    .bind(id)
    .bind(user_id)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn mark_all_read(pool: &AnyPool, user_id: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
        .bind(super::now())
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}
