//! An idea page renders its whole comment thread with a fixed number of database queries, however
//! long the thread: 10 comments and 500 comments cost the same. Counted from sqlx's own statement
//! events, in a test binary of its own so no other test's queries are counted.

#[path = "api/helpers.rs"]
mod helpers;

#[path = "support/query_counter.rs"]
mod query_counter;

use helpers::{Engine, TestApp};
use query_counter::QueryCounter;

async fn queries_for_page(
    app: &TestApp,
    counter: &QueryCounter,
    client: &reqwest::Client,
    path: &str,
) -> (usize, String) {
    counter.take();
    let html = app.page_with(client, &app.url(path)).await;
    (counter.take(), html)
}

async fn check(engine: Engine, counter: &QueryCounter) {
    let app = TestApp::spawn(engine).await;
    let (_, author) = app.resident("Auteur").await;
    let (neighbour_id, neighbour) = app.resident("Buur").await;
    let id = app.idea_by(&author, "Bankjes in het park", "BU05182915").await;
    let body = app::domain::CommentBody::parse("Een reactie met een link: https://denhaag.nl").unwrap();
    let mut parent = None;
    for n in 0..10 {
        let c = app::db::comments::insert(&app.pool, id, parent, neighbour_id, &body)
            .await
            .unwrap();
        parent = (n % 3 == 0).then_some(c);
    }
    let path = format!("/ideeen/{id}");
    // Warm up: connections opened, statements prepared.
    for _ in 0..2 {
        queries_for_page(&app, counter, &neighbour, &path).await;
        queries_for_page(&app, counter, &app.client, &path).await;
    }
    let (few_visitor, html) = queries_for_page(&app, counter, &app.client, &path).await;
    assert_eq!(html.matches(r#"data-testid="comment""#).count(), 10);
    let (few_resident, _) = queries_for_page(&app, counter, &neighbour, &path).await;

    for n in 10..500 {
        let c = app::db::comments::insert(&app.pool, id, parent, neighbour_id, &body)
            .await
            .unwrap();
        parent = (n % 3 == 0).then_some(c);
    }
    let (many_visitor, html) = queries_for_page(&app, counter, &app.client, &path).await;
    assert_eq!(
        html.matches(r#"data-testid="comment""#).count(),
        500,
        "all 500 in one request"
    );
    let (many_resident, _) = queries_for_page(&app, counter, &neighbour, &path).await;
    println!(
        "{engine:?}: idea page queries: visitor {few_visitor} (10 comments) / {many_visitor} (500); \
         resident {few_resident} / {many_resident}"
    );
    assert!(few_visitor > 0, "the counter sees queries");
    assert_eq!(many_visitor, few_visitor, "no query per comment (visitor)");
    assert_eq!(many_resident, few_resident, "no query per comment (resident)");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_thread_costs_no_more_queries_than_a_short_one() {
    let counter = QueryCounter::install();
    check(Engine::Sqlite, &counter).await;
    check(Engine::Postgres, &counter).await;
}
