//! No page a resident opens grows with the city: the home page, a search, a wijk page and the
//! progress pages at 10,000 ideas send about the bytes they send at 100 and cost exactly as many
//! database queries (counts come from maintained counters, lists are bounded, nothing is inlined
//! per idea). On both engines, in a test binary of its own so only these pages' queries are
//! counted. Times at 100,000 ideas are `make bench`'s, not a test's.

#[path = "api/helpers.rs"]
mod helpers;
#[path = "support/query_counter.rs"]
mod query_counter;

use helpers::{Engine, TestApp};
use query_counter::QueryCounter;

struct Measured {
    path: String,
    queries: usize,
    bytes: usize,
}

/// How much a progress page may grow from 100 to 10,000 ideas: its lists fill up to their 25.
const PROGRESS_GROWTH: f64 = 2.0;

async fn measure(app: &TestApp, counter: &QueryCounter, paths: &[String]) -> Vec<Measured> {
    let mut out = Vec::new();
    for path in paths {
        // Warm up: connections opened, statements prepared.
        app.page_with(&app.client, &app.url(path)).await;
        counter.take();
        let html = app.page_with(&app.client, &app.url(path)).await;
        out.push(Measured {
            path: path.clone(),
            queries: counter.take(),
            bytes: html.len(),
        });
    }
    out
}

async fn check(engine: Engine, counter: &QueryCounter) {
    let app = TestApp::spawn(engine).await;
    wijkidee::demo_bulk::seed_ideas(&app.pool, 100, 1).await.unwrap();
    // The wijk with the most ideas, so its page lists as many as it can at 100 too.
    let (wijk,): (String,) = sqlx::query_as(
        "SELECT wijk_code FROM ideas GROUP BY wijk_code ORDER BY COUNT(*) DESC, wijk_code LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let paths = [
        "/".to_owned(),
        "/?zoek=buurt".to_owned(),
        "/?status=ingediend&sorteer=steun".to_owned(),
        format!("/wijken/{wijk}"),
        "/voortgang".to_owned(),
        format!("/wijken/{wijk}/voortgang"),
    ];
    let small = measure(&app, counter, &paths).await;
    wijkidee::demo_bulk::seed_ideas(&app.pool, 9_900, 2)
        .await
        .unwrap();
    let large = measure(&app, counter, &paths).await;
    for (s, l) in small.iter().zip(&large) {
        println!(
            "{engine:?} {}: {} → {} queries, {} → {} bytes",
            s.path, s.queries, l.queries, s.bytes, l.bytes
        );
        assert!(s.queries > 0, "the counter sees the queries of {}", s.path);
        assert_eq!(
            l.queries, s.queries,
            "{} costs as many queries at 10,000 ideas",
            s.path
        );
        // A wijk page at 100 ideas may list fewer than its ten, a progress page fewer than the 25
        // of each of its three lists; the rest must be the same bytes give or take the numbers
        // and titles in them.
        let allowed = if s.path.ends_with("/voortgang") {
            PROGRESS_GROWTH
        } else if s.path.starts_with("/wijken/") {
            1.25
        } else {
            1.05
        };
        assert!(
            (l.bytes as f64) <= s.bytes as f64 * allowed,
            "{} grew from {} to {} bytes",
            s.path,
            s.bytes,
            l.bytes
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_do_not_grow_with_the_city() {
    let counter = QueryCounter::install();
    check(Engine::Sqlite, &counter).await;
    check(Engine::Postgres, &counter).await;
}
