//! The only place SQL lives. Repository functions are plain `async fn`s over the pool, tested on both
//! engines without Leptos; they do not decide permissions (the API layer does).
//!
//! The pool is sqlx's `Any`, opened from the URL, so one binary serves SQLite (embedded default) and
//! PostgreSQL (several stateless instances on one server). SQL is kept portable: `$n` placeholders used
//! once each and in order, `RETURNING`, `ON CONFLICT … DO UPDATE`, integer Unix times, and only the
//! value types the `Any` driver shares (i64, f64, text). DDL differs, so migrations come in two sets.
//! Transactions that write begin with [`begin_write`], so SQLite queues them instead of failing.

pub mod api_keys;
pub mod categories;
pub mod claims;
pub mod comments;
pub mod coverage;
pub mod data_version;
pub mod follows;
pub mod handovers;
pub mod idea_search;
pub mod ideas;
pub mod invitations;
pub mod login_failures;
pub mod map;
pub mod messages;
pub mod notes;
pub mod notifications;
pub mod open311;
pub mod open_data;
pub mod outbox;
pub mod professionals;
pub mod progress;
pub mod progress_report;
pub mod sessions;
pub mod supports;
pub mod timeline;
pub mod users;
pub mod ward_summaries;
pub mod wards;
pub mod workbench;

use sqlx::any::AnyPoolOptions;
pub use sqlx::AnyPool;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Option<Self> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }
}

/// The engine behind a pool, for the few statements that differ (full-text search).
pub fn backend(pool: &AnyPool) -> Backend {
    match pool.connect_options().database_url.scheme() {
        "postgres" | "postgresql" => Backend::Postgres,
        _ => Backend::Sqlite,
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("unsupported database URL (use sqlite://path/to/file.db or postgres://…): {0}")]
    UnsupportedUrl(String),
    #[error("cannot create the directory for the SQLite file {0}: {1}")]
    Directory(String, std::io::Error),
    #[error("cannot connect to the database: {0}")]
    Connect(#[from] sqlx::Error),
    #[error("database migrations failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// Opens a pool for the URL: SQLite files are created when missing, with WAL (readers never wait for
/// the writer), foreign keys on and a busy timeout so concurrent writers queue instead of failing.
pub async fn connect(url: &str) -> Result<AnyPool, ConnectError> {
    sqlx::any::install_default_drivers();
    let backend = Backend::of_url(url).ok_or_else(|| ConnectError::UnsupportedUrl(url.to_owned()))?;
    let url = match backend {
        Backend::Sqlite => prepare_sqlite_url(url)?,
        Backend::Postgres => url.to_owned(),
    };
    let pool = AnyPoolOptions::new()
        .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
        .after_connect(move |conn, _meta| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    sqlx::raw_sql(
                        "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                         PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;",
                    )
                    .execute(conn)
                    .await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await?;
    Ok(pool)
}

/// Begins a transaction that will write. On SQLite it takes the write lock at once (`BEGIN
/// IMMEDIATE`), so a transaction that reads before it writes queues behind other writers under the
/// busy timeout; a plain (deferred) one would fail with "database is locked" when it tries to turn
/// its read into a write after another connection wrote. PostgreSQL needs nothing of the kind.
pub async fn begin_write(pool: &AnyPool) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    match backend(pool) {
        Backend::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await,
        #[allow(clippy::disallowed_methods)]
        Backend::Postgres => pool.begin().await,
    }
}

/// Runs pending migrations of the pool's engine; an error here must stop the server.
pub async fn migrate(pool: &AnyPool, url: &str) -> Result<(), ConnectError> {
    match Backend::of_url(url) {
        Some(Backend::Sqlite) => SQLITE_MIGRATIONS.run(pool).await?,
        Some(Backend::Postgres) => POSTGRES_MIGRATIONS.run(pool).await?,
        None => return Err(ConnectError::UnsupportedUrl(url.to_owned())),
    }
    Ok(())
}

fn prepare_sqlite_url(url: &str) -> Result<String, ConnectError> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path != ":memory:" && !path.is_empty() {
        if let Some(dir) = std::path::Path::new(path)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir).map_err(|e| ConnectError::Directory(path.to_owned(), e))?;
        }
    }
    let query = if query.contains("mode=") {
        query.to_owned()
    } else {
        [query, "mode=rwc"].join("&")
    };
    Ok(format!("sqlite://{path}?{}", query.trim_start_matches('&')))
}

/// Seconds since the Unix epoch, the time type of every table.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// Whether an error is the violation of the named unique constraint (mapped by name, never by text).
pub fn is_unique_violation(err: &sqlx::Error, constraint: &str) -> bool {
    match err {
        sqlx::Error::Database(db) if db.is_unique_violation() => {
            // PostgreSQL names the constraint; SQLite names the columns in its message only, so on
            // SQLite any unique violation on this statement is taken to be this one.
            db.constraint().is_none_or(|c| c == constraint)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_get_create_mode() {
        let dir = std::env::temp_dir().join("wijkidee-url-test");
        let url = format!("sqlite://{}/x.db", dir.display());
        assert_eq!(prepare_sqlite_url(&url).unwrap(), format!("{url}?mode=rwc"));
        assert!(prepare_sqlite_url("sqlite::memory:")
            .unwrap()
            .contains(":memory:"));
        assert_eq!(Backend::of_url("postgresql://x"), Some(Backend::Postgres));
        assert_eq!(Backend::of_url("mysql://x"), None);
    }
}
