//! The mail outbox. Mail is written here first (in the same breath as what caused it) and sent by a
//! background worker, so a restart loses nothing and a dead mail server only delays. A row is claimed
//! for a short while before sending (`claimed_until`), so several app instances on one PostgreSQL never
//! send the same mail twice; a failure schedules the next attempt with a growing wait.

use super::users::{self, MailRecipient};
use crate::domain::views::NotificationView;
use sqlx::AnyPool;

/// After this many failed attempts a mail is given up on (and stays in the table for inspection).
pub const MAX_ATTEMPTS: i64 = 10;
const CLAIM_SECONDS: i64 = 120;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutgoingMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub unsubscribe_url: Option<String>,
    pub attempts: i64,
}

#[derive(Debug, Clone)]
pub struct NewMail<'a> {
    pub recipient: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub unsubscribe_url: Option<&'a str>,
}

pub async fn enqueue<'c, E>(executor: E, mail: &NewMail<'_>) -> Result<i64, sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let now = super::now();
    sqlx::query_scalar(
        "INSERT INTO outbox (recipient, subject, body, unsubscribe_url, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(mail.recipient)
    .bind(mail.subject)
    .bind(mail.body)
    .bind(mail.unsubscribe_url)
    .bind(now)
    .bind(now)
    .fetch_one(executor)
    .await
}

/// Claims the next mail that is due, for this worker only, right before sending it (so a claim never
/// runs out while it waits its turn). `None` when nothing is due.
pub async fn claim_next(pool: &AnyPool) -> Result<Option<OutgoingMail>, sqlx::Error> {
    const DUE: &str = "sent_at IS NULL AND next_attempt_at <= $1 AND attempts < $2 \
         AND (claimed_until IS NULL OR claimed_until < $3)";
    loop {
        let now = super::now();
        let candidate: Option<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT id FROM outbox WHERE {DUE} ORDER BY id LIMIT 1"
        )))
        .bind(now)
        .bind(MAX_ATTEMPTS)
        .bind(now)
        .fetch_optional(pool)
        .await?;
        let Some(id) = candidate else {
            return Ok(None);
        };
        let claimed: Option<OutgoingMail> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "UPDATE outbox SET claimed_until = $4 WHERE {DUE} AND id = $5 \
             RETURNING id, recipient, subject, body, unsubscribe_url, attempts"
        )))
        .bind(now)
        .bind(MAX_ATTEMPTS)
        .bind(now)
        .bind(now + CLAIM_SECONDS)
        .bind(id)
        .fetch_optional(pool)
        .await?;
        if claimed.is_some() {
            return Ok(claimed);
        }
        // Another instance took it a moment ago: look again.
    }
}

pub async fn mark_sent(pool: &AnyPool, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET sent_at = $1, claimed_until = NULL, last_error = NULL WHERE id = $2")
        .bind(super::now())
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Records a failed attempt and when to try again: 30 s, 1 min, 2 min, … up to 6 hours.
pub async fn mark_failed(pool: &AnyPool, mail: &OutgoingMail, error: &str) -> Result<(), sqlx::Error> {
    let attempts = mail.attempts + 1;
    let wait = (30_i64 << attempts.min(10).saturating_sub(1)).min(6 * 3600);
    sqlx::query(
        "UPDATE outbox SET attempts = $1, next_attempt_at = $2, claimed_until = NULL, last_error = $3 WHERE id = $4",
    )
    .bind(attempts)
    .bind(super::now() + wait)
    .bind(error.chars().take(500).collect::<String>())
    .bind(mail.id)
    .execute(pool)
    .await?;
    Ok(())
}

/// Who gets mail about what: a notification with its reader's address and unsubscribe token.
#[derive(Debug, Clone)]
pub struct MailableNotification {
    pub notification: NotificationView,
    pub recipient: MailRecipient,
}

/// Notifications not yet mailed to readers who want each one by mail, oldest first.
pub async fn pending_direct(pool: &AnyPool, limit: i64) -> Result<Vec<MailableNotification>, sqlx::Error> {
    let sql = format!(
        "{} JOIN users r ON r.id = n.user_id WHERE n.mailed_at IS NULL AND n.read_at IS NULL \
         AND r.email_frequency = 'direct' AND (n.idea_id IS NULL OR i.hidden_at IS NULL) ORDER BY n.id LIMIT $1",
        super::notifications::SELECT
    );
    let rows: Vec<super::notifications::NotificationRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(limit)
        .fetch_all(pool)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let recipient = users::mail_recipient(pool, row.user_id).await?;
        out.push(MailableNotification {
            notification: row.into(),
            recipient,
        });
    }
    Ok(out)
}

/// Readers who want a daily digest, have something unmailed and got their last digest a day ago or
/// never.
pub async fn digest_due(pool: &AnyPool, now: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT DISTINCT r.id FROM users r JOIN notifications n ON n.user_id = r.id \
         WHERE r.email_frequency = 'daily' AND n.mailed_at IS NULL AND n.read_at IS NULL \
         AND (r.last_digest_at IS NULL OR r.last_digest_at <= $1)",
    )
    .bind(now - 24 * 3600)
    .fetch_all(pool)
    .await
}

/// Claims a reader's digest (so only one instance composes it) and returns the unmailed notifications
/// it should hold, marking them mailed, in one transaction with the enqueued mail built by `compose`.
pub async fn take_digest<F>(pool: &AnyPool, user_id: i64, compose: F) -> Result<bool, sqlx::Error>
where
    F: FnOnce(&MailRecipient, &[NotificationView]) -> Option<(String, String, String)>,
{
    let now = super::now();
    let recipient = users::mail_recipient(pool, user_id).await?;
    let mut tx = super::begin_write(pool).await?;
    let claimed = sqlx::query(
        "UPDATE users SET last_digest_at = $1 WHERE id = $2 AND email_frequency = 'daily' \
         AND (last_digest_at IS NULL OR last_digest_at <= $3)",
    )
    .bind(now)
    .bind(user_id)
    .bind(now - 24 * 3600)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !claimed {
        return Ok(false);
    }
    // Claim first, then read exactly what was claimed: a notification arriving meanwhile waits for
    // the next digest instead of being marked without being sent.
    sqlx::query("UPDATE notifications SET mailed_at = $1 WHERE user_id = $2 AND mailed_at IS NULL AND read_at IS NULL")
        .bind(now)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    let sql = format!(
        "{} WHERE n.user_id = $1 AND n.mailed_at = $2 AND {} ORDER BY n.id",
        super::notifications::SELECT,
        super::notifications::VISIBLE
    );
    let rows: Vec<super::notifications::NotificationRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(user_id)
        .bind(now)
        .fetch_all(&mut *tx)
        .await?;
    let items: Vec<NotificationView> = rows.into_iter().map(Into::into).collect();
    if let Some((subject, body, unsubscribe_url)) = compose(&recipient, &items) {
        enqueue(
            &mut *tx,
            &NewMail {
                recipient: &recipient.email,
                subject: &subject,
                body: &body,
                unsubscribe_url: Some(&unsubscribe_url),
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Marks one notification mailed and enqueues its mail in one transaction; `false` if another worker
/// got there first.
pub async fn take_direct(
    pool: &AnyPool,
    notification_id: i64,
    mail: &NewMail<'_>,
) -> Result<bool, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    // Still unmailed, unread, and its reader still wants each one by mail.
    let claimed = sqlx::query(
        "UPDATE notifications SET mailed_at = $1 WHERE id = $2 AND mailed_at IS NULL AND read_at IS NULL \
         AND user_id IN (SELECT id FROM users WHERE email_frequency = 'direct')",
    )
    .bind(super::now())
    .bind(notification_id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if claimed {
        enqueue(&mut *tx, mail).await?;
    }
    tx.commit().await?;
    Ok(claimed)
}
