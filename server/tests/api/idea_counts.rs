//! The maintained counters (`idea_counts`) always equal a count over the ideas themselves, through
//! inserts, status changes, moves, hiding, showing again and deletes, on both engines; and the list's
//! total and a wijk page's count are read from them.

use crate::both_engines;
use crate::helpers::TestApp;
use std::collections::BTreeMap;

type Counts = BTreeMap<(String, String, String, String), i64>;

async fn counted(app: &TestApp) -> Counts {
    let rows: Vec<(String, String, String, String, i64)> = sqlx::query_as(
        "SELECT wijk_code, COALESCE(buurt_code, ''), category, status, COUNT(*) FROM ideas \
         WHERE hidden_at IS NULL GROUP BY wijk_code, COALESCE(buurt_code, ''), category, status",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    rows.into_iter()
        .map(|(w, b, c, s, n)| ((w, b, c, s), n))
        .collect()
}

async fn maintained(app: &TestApp) -> Counts {
    let rows: Vec<(String, String, String, String, i64)> = sqlx::query_as(
        "SELECT wijk_code, buurt_code, category, status, ideas FROM idea_counts WHERE ideas <> 0",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    rows.into_iter()
        .map(|(w, b, c, s, n)| ((w, b, c, s), n))
        .collect()
}

/// The counters equal a count over the ideas, after `step`.
async fn agree(app: &TestApp, step: &str) {
    assert_eq!(maintained(app).await, counted(app).await, "{step}");
}

/// Public ideas in the counted groups that `keep` selects.
async fn visible_where(app: &TestApp, keep: impl Fn(&(String, String, String, String)) -> bool) -> i64 {
    counted(app)
        .await
        .iter()
        .filter(|(k, _)| keep(k))
        .map(|(_, n)| n)
        .sum()
}

async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()))
        .execute(&app.pool)
        .await
        .unwrap();
}

both_engines!(counters_follow_every_change, |app: TestApp| async move {
    wijkidee::demo_bulk::seed_ideas(&app.pool, 300, 7).await.unwrap();
    agree(&app, "after inserts").await;

    exec(&app, "UPDATE ideas SET status = 'opgepakt' WHERE id % 3 = 0").await;
    exec(&app, "UPDATE ideas SET status = 'gerealiseerd' WHERE id % 7 = 0").await;
    agree(&app, "after status changes").await;

    exec(&app, "UPDATE ideas SET hidden_at = 1 WHERE id % 5 = 0").await;
    agree(&app, "after hiding").await;
    exec(&app, "UPDATE ideas SET status = 'afgewezen' WHERE id % 10 = 0").await;
    agree(&app, "a hidden idea changing status").await;
    exec(&app, "UPDATE ideas SET hidden_at = NULL WHERE id % 10 = 0").await;
    agree(&app, "after showing again").await;

    let (wijk, other): (String, String) = sqlx::query_as("SELECT MIN(wijk_code), MAX(wijk_code) FROM ideas")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    exec(
        &app,
        &format!("UPDATE ideas SET wijk_code = '{other}' WHERE wijk_code = '{wijk}' AND id % 2 = 0"),
    )
    .await;
    exec(
        &app,
        "UPDATE ideas SET title = 'Een nieuwe titel' WHERE id % 4 = 0",
    )
    .await;
    exec(&app, "UPDATE ideas SET buurt_code = NULL WHERE id % 13 = 0").await;
    agree(&app, "after moves and edits").await;

    exec(&app, "DELETE FROM ideas WHERE id % 11 = 0").await;
    agree(&app, "after deletes").await;

    // What the pages read: the list's total, filtered and not, and a wijk's count.
    let visible: i64 = counted(&app).await.values().sum();
    let (_, page) = app.read(&app.client, "/api/ideas/list").await;
    assert_eq!(page["total"], visible);
    let (_, page) = app.read(&app.client, "/api/ideas/list?status=opgepakt").await;
    assert_eq!(
        page["total"],
        visible_where(&app, |(_, _, _, s)| s == "opgepakt").await
    );
    let code = app::domain::WardCode::parse(&other).unwrap();
    assert_eq!(
        app::db::ideas::count_in_wijk(&app.pool, &code).await.unwrap(),
        visible_where(&app, |(w, _, _, _)| *w == other).await
    );
    // The wijken list and each of a wijk's buurten count public ideas only.
    let wijken = app::db::wards::wijken_with_counts(&app.pool).await.unwrap();
    assert_eq!(wijken.iter().map(|w| w.idea_count).sum::<i64>(), visible);
    let buurten = app::db::wards::buurten_with_counts(&app.pool, &code)
        .await
        .unwrap();
    assert!(!buurten.is_empty());
    for buurt in &buurten {
        let code = buurt.code.clone();
        assert_eq!(
            buurt.idea_count,
            visible_where(&app, |(_, b, _, _)| *b == code).await,
            "{}",
            buurt.code
        );
    }
});
