//! Notification mail. A background worker turns notifications into mail in the outbox (each one for
//! readers who want that, one digest a day for the others) and delivers the outbox over SMTP, retrying
//! with backoff. Runs only when an SMTP server is configured; in-app notifications never need it.
//!
//! Every step claims its rows in the database before acting, so several instances on one PostgreSQL
//! can all run the worker without sending anything twice.

pub mod compose;
pub mod smtp;

use std::time::Duration;

#[derive(Debug, Clone)]
pub struct MailConfig {
    /// `smtp://host:port` (plain, for a relay on the same network), `smtp://host?tls=required`
    /// (STARTTLS) or `smtps://host` (TLS), with `user:password@` when the server wants a login.
    pub smtp_url: String,
    /// The sender, e.g. `Wijkidee Den Haag <noreply@wijkidee.denhaag.nl>`.
    pub from: String,
    /// How often the worker looks for work.
    pub poll_interval: Duration,
}

/// Starts the worker; it runs until the process ends. `public_url` is where links in mail point.
pub fn spawn_worker(pool: sqlx::AnyPool, config: MailConfig, public_url: String) -> anyhow::Result<()> {
    let sender = smtp::Sender::new(&config.smtp_url, &config.from)?;
    let links = compose::Links::new(&public_url);
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(config.poll_interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            if let Err(e) = run_once(&pool, &sender, &links).await {
                tracing::warn!(error = %e, "mail worker: this round failed; trying again next round");
            }
        }
    });
    Ok(())
}

/// Mails sent per round at most, so composing new mail is never starved.
const SEND_PER_ROUND: usize = 50;

/// One round: compose what is due, then deliver what is due. A failure with one item is logged and
/// skipped; it never stops the rest of the round, and delivery always runs.
pub async fn run_once(
    pool: &sqlx::AnyPool,
    sender: &smtp::Sender,
    links: &compose::Links,
) -> anyhow::Result<()> {
    use app::db::outbox;
    if let Err(e) = compose_due(pool, links).await {
        tracing::warn!(error = %e, "mail worker: composing failed this round");
    }
    for _ in 0..SEND_PER_ROUND {
        let Some(mail) = outbox::claim_next(pool).await? else {
            break;
        };
        match sender.send(&mail).await {
            Ok(()) => {
                outbox::mark_sent(pool, mail.id).await?;
                tracing::info!(mail = mail.id, "mail sent");
            }
            Err(e) => {
                tracing::warn!(mail = mail.id, attempt = mail.attempts + 1, error = %e, "mail not sent; will retry");
                outbox::mark_failed(pool, &mail, &e.to_string()).await?;
            }
        }
    }
    Ok(())
}

async fn compose_due(pool: &sqlx::AnyPool, links: &compose::Links) -> anyhow::Result<()> {
    use app::db::outbox;
    for pending in outbox::pending_direct(pool, 100).await? {
        let mail = compose::direct(&pending.notification, &pending.recipient, links);
        let new = outbox::NewMail {
            recipient: &pending.recipient.email,
            subject: &mail.subject,
            body: &mail.body,
            unsubscribe_url: Some(&mail.unsubscribe_url),
        };
        if let Err(e) = outbox::take_direct(pool, pending.notification.id, &new).await {
            tracing::warn!(notification = pending.notification.id, error = %e, "mail worker: skipped a notification");
        }
    }
    for user_id in outbox::digest_due(pool, app::db::now()).await? {
        let composed = outbox::take_digest(pool, user_id, |recipient, items| {
            compose::digest(items, recipient, links).map(|m| (m.subject, m.body, m.unsubscribe_url))
        })
        .await;
        if let Err(e) = composed {
            tracing::warn!(user = user_id, error = %e, "mail worker: skipped a digest");
        }
    }
    Ok(())
}
