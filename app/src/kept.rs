//! Answers kept in memory while the public data they come from is unchanged.
//!
//! Every visitor's `/` needs the wijken with their idea counts, the categories and the buurten, a page
//! of the idea list and the map's whole-city view; they change only when an idea or a ward does
//! (its support and comment counts included), which raises the data
//! version (`db::data_version`). So each is built once per version and kept here: a request reads
//! the version (one row), and finds the answer in memory unless it moved. Several app instances on
//! one PostgreSQL each keep their own, and each sees the same version, so none shows stale data.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;

/// Answers of one kind, by key, for one data version.
pub struct Kept<V> {
    inner: Mutex<Inner<V>>,
    capacity: usize,
}

struct Inner<V> {
    version: i64,
    answers: HashMap<String, V>,
}

impl<V: Clone> Kept<V> {
    /// `capacity`: how many keys are kept (past it, all are dropped and kept afresh).
    pub fn new(capacity: usize) -> Self {
        Self {
            inner: Mutex::new(Inner {
                version: i64::MIN,
                answers: HashMap::new(),
            }),
            capacity,
        }
    }

    /// The answer kept for `key` at `version`; answers of an older version are dropped.
    pub fn get(&self, version: i64, key: &str) -> Option<V> {
        let mut inner = self.inner.lock().ok()?;
        if inner.version != version {
            // A newer version drops everything; an older one (a slow request) finds nothing.
            if version > inner.version {
                inner.version = version;
                inner.answers.clear();
            }
            return None;
        }
        inner.answers.get(key).cloned()
    }

    /// Keeps an answer built from the data at `version`, unless the data has moved on since.
    pub fn keep(&self, version: i64, key: &str, value: V) {
        let Ok(mut inner) = self.inner.lock() else { return };
        if version > inner.version {
            inner.version = version;
            inner.answers.clear();
        }
        if version != inner.version {
            return;
        }
        if inner.answers.len() >= self.capacity {
            inner.answers.clear();
        }
        inner.answers.insert(key.to_owned(), value);
    }

    /// The answer for `key` at the database's current data version: kept, or loaded and kept.
    pub async fn current<F, Fut>(&self, pool: &sqlx::AnyPool, key: &str, load: F) -> Result<V, sqlx::Error>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, sqlx::Error>>,
    {
        let version = crate::db::data_version::current(pool).await?;
        self.get_or_load(version, key, load).await
    }

    /// The kept answer, or `load`'s, which is then kept. (Two requests that miss at once both load;
    /// that costs a query, never a wrong answer.)
    pub async fn get_or_load<E, F, Fut>(&self, version: i64, key: &str, load: F) -> Result<V, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
    {
        if let Some(value) = self.get(version, key) {
            return Ok(value);
        }
        let value = load().await?;
        self.keep(version, key, value.clone());
        Ok(value)
    }
}

/// Everything kept, one field per kind of answer.
pub struct KeptAnswers {
    /// The wijken with their idea counts (the filter, `/wijken`).
    pub wijken: Kept<std::sync::Arc<Vec<crate::domain::views::WardSummary>>>,
    /// The buurten of a wijk with their counts, by wijk code.
    pub buurten: Kept<std::sync::Arc<Vec<crate::domain::views::WardSummary>>>,
    /// Pages of the idea list, by filter (its query string).
    pub lists: Kept<std::sync::Arc<crate::domain::filter::IdeaPage>>,
    /// The new-idea form's categories and buurten.
    pub form_options: Kept<std::sync::Arc<crate::domain::views::IdeaFormOptions>>,
    /// The map endpoint's JSON, by view and filter.
    pub map: Kept<axum::body::Bytes>,
    /// The progress pages' figures (`/voortgang`, a wijk's), by scope and hour: counting a city's
    /// ideas takes half a second at 100,000, and the hour keeps "without a lead for 30 days" and
    /// the current month true while nothing else changes.
    pub progress: Kept<std::sync::Arc<crate::api::progress_report::ProgressReport>>,
}

impl Default for KeptAnswers {
    fn default() -> Self {
        Self {
            wijken: Kept::new(1),
            buurten: Kept::new(128),
            form_options: Kept::new(1),
            lists: Kept::new(512),
            map: Kept::new(512),
            progress: Kept::new(64),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_version_drops_what_was_kept_and_an_old_one_keeps_nothing() {
        let kept = Kept::new(2);
        kept.keep(1, "a", 10);
        assert_eq!(kept.get(1, "a"), Some(10));
        assert_eq!(kept.get(2, "a"), None, "the data moved on");
        kept.keep(1, "a", 10);
        assert_eq!(kept.get(2, "a"), None, "built from older data: not kept");
        kept.keep(2, "a", 20);
        kept.keep(2, "b", 21);
        kept.keep(2, "c", 22);
        assert_eq!(kept.get(2, "c"), Some(22));
        assert_eq!(kept.get(2, "a"), None, "past capacity the old keys went");
    }

    #[test]
    fn loads_once_per_version() {
        let kept = Kept::new(4);
        let mut loads = 0;
        for version in [5, 5, 5, 6, 6] {
            let value: Result<i32, ()> = futures_lite_block_on(kept.get_or_load(version, "k", || {
                loads += 1;
                async move { Ok(version as i32) }
            }));
            assert_eq!(value, Ok(version as i32));
        }
        assert_eq!(loads, 2);
    }

    /// The futures here never wait, so polling once finishes them.
    fn futures_lite_block_on<F: Future>(future: F) -> F::Output {
        let waker = std::task::Waker::noop();
        let mut context = std::task::Context::from_waker(waker);
        let mut future = std::pin::pin!(future);
        match future.as_mut().poll(&mut context) {
            std::task::Poll::Ready(output) => output,
            std::task::Poll::Pending => panic!("a kept answer's load waited"),
        }
    }
}
