//! Counts the SQL statements the app sends, from sqlx's own statement events (target `sqlx::query`),
//! for the test binaries that compare query counts. Each such binary installs it as the only global
//! subscriber, so no other test's queries are counted.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tracing::field::{Field, Visit};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

#[derive(Clone, Default)]
pub struct QueryCounter(Arc<AtomicUsize>);

struct Summary(String);

impl Visit for Summary {
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "summary" {
            self.0 = value.to_owned();
        }
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "summary" {
            self.0 = format!("{value:?}");
        }
    }
}

impl<S: tracing::Subscriber> Layer<S> for QueryCounter {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        if event.metadata().target() != "sqlx::query" {
            return;
        }
        let mut summary = Summary(String::new());
        event.record(&mut summary);
        // Opening a new SQLite connection runs its PRAGMAs; that is the pool, not the page.
        if !summary.0.to_ascii_lowercase().contains("pragma") {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
}

impl QueryCounter {
    pub fn take(&self) -> usize {
        self.0.swap(0, Ordering::SeqCst)
    }
}

impl QueryCounter {
    /// Installs a new counter as this process's subscriber.
    pub fn install() -> Self {
        let counter = Self::default();
        tracing::subscriber::set_global_default(tracing_subscriber::registry().with(counter.clone()))
            .expect("the only subscriber in this binary");
        counter
    }
}
