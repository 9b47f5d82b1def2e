//! Stalled claims: once an hour, every lead whose open idea saw no activity for the stall period
//! (`--stall-days`, default 30) gets a notification (and so mail, if they want mail), once per period.
//! The workbench shows the same ideas as stalled. Safe with several instances: the database marks a
//! claim reminded in the statement that finds it.

use std::time::Duration;

/// One round; answers how many leads were reminded.
pub async fn run_once(pool: &sqlx::AnyPool, stall_days: i64) -> Result<usize, sqlx::Error> {
    let now = app::db::now();
    app::db::workbench::remind_stalled(pool, now, now - stall_days * 86_400).await
}

pub fn spawn(pool: sqlx::AnyPool, stall_days: i64, every: Duration) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            match run_once(&pool, stall_days).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(reminded = n, "reminded leads of stalled ideas"),
                Err(e) => {
                    tracing::warn!(error = %e, "stalled-claim reminders failed this round; trying again later")
                }
            }
        }
    });
}
