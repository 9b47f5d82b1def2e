//! `TestApp::spawn(engine)`: a real server on a free port with a fresh database of the given engine,
//! and an HTTP client with its own cookie jar.
//!
//! PostgreSQL comes from `WIJKIDEE_TEST_PG_URL` (an admin URL; `make test` sets it, starting a
//! throwaway cluster when nothing answers on 127.0.0.1:5432), else `postgres://postgres@127.0.0.1:5432/postgres`.
//! Each test creates its own database and drops it afterwards.

#![allow(dead_code)]

use rand::Rng;
use sqlx::AnyPool;
use wijkidee::ServeConfig;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// Runs a test body once per engine: `both_engines!(name, |app| async move { … });`
#[macro_export]
macro_rules! both_engines {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = $crate::helpers::TestApp::spawn($crate::helpers::Engine::Sqlite).await;
                ($body)(app).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let app = $crate::helpers::TestApp::spawn($crate::helpers::Engine::Postgres).await;
                ($body)(app).await;
            }
        }
    };
}

pub struct TestDb {
    pub url: String,
    cleanup: Option<(String, String)>,
    dir: Option<std::path::PathBuf>,
}

impl TestDb {
    pub async fn create(engine: Engine) -> Self {
        let name = format!("wijkidee_t_{:016x}", rand::thread_rng().gen::<u64>());
        match engine {
            Engine::Sqlite => {
                let dir = std::env::temp_dir().join(&name);
                std::fs::create_dir_all(&dir).expect("temp dir");
                Self {
                    url: format!("sqlite://{}/test.db", dir.display()),
                    cleanup: None,
                    dir: Some(dir),
                }
            }
            Engine::Postgres => {
                let admin = pg_admin_url();
                sqlx::any::install_default_drivers();
                let pool = AnyPool::connect(&admin).await.unwrap_or_else(|e| {
                    panic!("PostgreSQL at {admin} does not answer ({e}); run `make test`, or set WIJKIDEE_TEST_PG_URL")
                });
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(&pool)
                    .await
                    .expect("create db");
                pool.close().await;
                let url = with_database(&admin, &name);
                Self {
                    url,
                    cleanup: Some((admin, name)),
                    dir: None,
                }
            }
        }
    }
}

impl TestDb {
    /// A database owned by another `TestDb`: not removed when this one is dropped.
    pub fn borrowed(url: String) -> Self {
        Self {
            url,
            cleanup: None,
            dir: None,
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(dir) = self.dir.take() {
            let _ = std::fs::remove_dir_all(dir);
        }
        if let Some((admin, name)) = self.cleanup.take() {
            // Async drop does not exist; a short-lived runtime on another thread does the job.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                rt.block_on(async {
                    let pool = AnyPool::connect(&admin).await.ok()?;
                    let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                    sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&pool).await.ok()?;
                    pool.close().await;
                    Some(())
                })
            })
            .join();
        }
    }
}

pub fn pg_admin_url() -> String {
    std::env::var("WIJKIDEE_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// The admin URL with its database replaced.
fn with_database(url: &str, db: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let base = match base.rfind('/') {
        Some(i) if i > "postgres://".len() => &base[..i],
        _ => base,
    };
    match query {
        Some(q) => format!("{base}/{db}?{q}"),
        None => format!("{base}/{db}"),
    }
}

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub pool: AnyPool,
    pub engine: Engine,
    pub db_url: String,
    _db: TestDb,
}

/// Having `Drop` makes an `async move` block capture the whole app: with edition 2021's precise
/// captures it would otherwise take only the fields it names and drop the test database early.
impl Drop for TestApp {
    fn drop(&mut self) {}
}

/// A password that passes the rules.
pub const PASSWORD: &str = "paarse-egel-op-de-fiets";

pub fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        // A hung response fails its test instead of hanging the whole run.
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("client")
}

/// A page fetched by a fresh browser (no cookies yet) with the given headers: its headers and body.
pub async fn fresh_page(url: &str, headers: &[(&str, &str)]) -> (reqwest::header::HeaderMap, String) {
    let mut request = new_client().get(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("GET");
    let head = response.headers().clone();
    (head, response.text().await.expect("body"))
}

impl TestApp {
    pub async fn spawn(engine: Engine) -> Self {
        Self::spawn_with(engine, |_| {}).await
    }

    /// A server with a changed configuration (mail, thresholds).
    pub async fn spawn_with(engine: Engine, change: impl FnOnce(&mut ServeConfig)) -> Self {
        Self::spawn_with_db(engine, None, change).await
    }

    /// Like `spawn_with`; with `Some(url)`, a second server on an existing test database (which the
    /// first app keeps and drops).
    pub async fn spawn_with_db(
        engine: Engine,
        existing: Option<String>,
        change: impl FnOnce(&mut ServeConfig),
    ) -> Self {
        let db = match existing {
            Some(url) => TestDb::borrowed(url),
            None => TestDb::create(engine).await,
        };
        let mut config = ServeConfig::for_tests(&db.url);
        change(&mut config);
        let running = wijkidee::spawn(config).await.expect("server starts");
        Self {
            base: format!("http://{}", running.addr),
            client: new_client(),
            pool: running.pool,
            engine,
            db_url: db.url.clone(),
            _db: db,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// The body of a page fetched with the given client (its own cookies).
    pub async fn page_with(&self, client: &reqwest::Client, url: &str) -> String {
        client
            .get(url)
            .send()
            .await
            .expect("GET")
            .text()
            .await
            .expect("body")
    }

    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.post_with(&self.client, path, form).await
    }

    pub async fn post_with(
        &self,
        client: &reqwest::Client,
        path: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        client.post(self.url(path)).form(form).send().await.expect("POST")
    }

    pub async fn register(&self, email: &str, name: &str) -> reqwest::Response {
        self.post(
            "/api/account/register",
            &[("email", email), ("display_name", name), ("password", PASSWORD)],
        )
        .await
    }

    /// Registers a fresh resident with this app's client (so it is logged in).
    pub async fn logged_in(&self) {
        let email = format!("bewoner{}@example.nl", rand::thread_rng().gen::<u32>());
        let r = self.register(&email, "Bewoner").await;
        assert_eq!(r.status(), 200, "{}", r.text().await.unwrap_or_default());
    }

    /// A resident created straight in the database with a session: `(user id, client with its cookie)`.
    /// Much faster than registering (no password hashing), for tests that need many residents.
    pub async fn resident(&self, name: &str) -> (i64, reqwest::Client) {
        let email =
            app::domain::Email::parse(&format!("r{}@example.nl", rand::thread_rng().gen::<u64>())).unwrap();
        let display = app::domain::DisplayName::parse(name).unwrap();
        let id = app::db::users::create(&self.pool, &email, &display, "not-a-hash")
            .await
            .expect("user");
        (id, self.client_for(id).await)
    }

    /// A client logged in as the given user (a session made straight in the database).
    pub async fn client_for(&self, id: i64) -> reqwest::Client {
        let token = app::auth::new_session_token();
        app::db::sessions::create(&self.pool, &app::auth::token_hash(&token), id)
            .await
            .expect("session");
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::COOKIE,
            format!("wijkidee_sessie={token}").parse().unwrap(),
        );
        reqwest::Client::builder()
            .default_headers(headers)
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(60))
            .build()
            .unwrap()
    }

    /// An organisation, made straight in the database.
    pub async fn organisation(&self, name: &str, kind: app::domain::roles::OrganisationKind) -> i64 {
        app::db::professionals::create_organisation(&self.pool, name, kind)
            .await
            .expect("organisation")
    }

    /// A professional (or editor, administrator…) with an organisation and werkgebied.
    pub async fn professional(
        &self,
        name: &str,
        role: app::domain::roles::Role,
        function: Option<app::domain::roles::ProfessionalFunction>,
        organisation: Option<i64>,
        werkgebied: &[&str],
    ) -> (i64, reqwest::Client) {
        let (id, client) = self.resident(name).await;
        let wijken: Vec<String> = werkgebied.iter().map(|w| w.to_string()).collect();
        app::db::professionals::assign(&self.pool, id, role, function, organisation, &wijken)
            .await
            .expect("assign");
        (id, client)
    }

    /// An idea by the given resident in the given buurt; returns its id.
    pub async fn idea_by(&self, client: &reqwest::Client, title: &str, buurt: &str) -> i64 {
        let (lat, lng) = self.point_in(buurt).await;
        let r = self
            .post_with(
                client,
                "/api/ideas/create",
                &[
                    ("title", title),
                    ("description", "Een idee voor de buurt, met uitleg."),
                    ("category", "groen"),
                    ("lat", &lat),
                    ("lng", &lng),
                ],
            )
            .await;
        assert_eq!(r.status(), 200, "{}", r.text().await.unwrap_or_default());
        r.json::<serde_json::Value>().await.unwrap()["id"]
            .as_i64()
            .unwrap()
    }

    /// POSTs a form with the given client and returns the status and the JSON body.
    pub async fn call(
        &self,
        client: &reqwest::Client,
        path: &str,
        form: &[(&str, &str)],
    ) -> (u16, serde_json::Value) {
        let r = self.post_with(client, path, form).await;
        let status = r.status().as_u16();
        let text = r.text().await.unwrap_or_default();
        (
            status,
            serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)),
        )
    }

    /// GETs with the given client and returns the status and the JSON body.
    pub async fn read(&self, client: &reqwest::Client, path: &str) -> (u16, serde_json::Value) {
        let r = client.get(self.url(path)).send().await.expect("GET");
        let status = r.status().as_u16();
        let text = r.text().await.unwrap_or_default();
        (
            status,
            serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)),
        )
    }

    pub async fn create_idea(&self, fields: &[(&str, &str)]) -> reqwest::Response {
        self.post("/api/ideas/create", fields).await
    }

    pub async fn count(&self, table: &str) -> i64 {
        sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
            .fetch_one(&self.pool)
            .await
            .expect("count")
    }

    /// A point inside the given buurt, as text fields.
    pub async fn point_in(&self, buurt: &str) -> (String, String) {
        let code = app::domain::WardCode::parse(buurt).expect("code");
        let p = app::db::wards::interior_point(&self.pool, &code)
            .await
            .expect("db")
            .expect("known buurt");
        (p.lat().to_string(), p.lng().to_string())
    }
}

/// Reads a server function's JSON error and checks its status and field.
pub async fn expect_error(r: reqwest::Response, status: u16, field: Option<&str>) -> serde_json::Value {
    assert_eq!(r.status().as_u16(), status, "unexpected status");
    let body: serde_json::Value = r.json().await.expect("JSON error body");
    assert_eq!(body["field"].as_str(), field, "error field in {body}");
    assert!(
        body["text"].as_str().is_some_and(|t| !t.is_empty()),
        "a readable message in {body}"
    );
    body
}

/// The token at the end of an invitation's whole link (`/api/admin/invite` answers `{ link, … }`).
pub fn token_of(sent: &serde_json::Value) -> String {
    sent["link"]
        .as_str()
        .expect("a link")
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned()
}
