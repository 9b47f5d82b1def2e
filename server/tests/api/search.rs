//! Finding ideas: filters together, full-text search in Dutch word forms, order, paging, the filter in
//! the page URL (without JavaScript), and the duplicate hint.

use crate::both_engines;
use crate::helpers::TestApp;
use serde_json::Value;

const SCHILDERSBUURT_WEST: &str = "BU05182915";
// Another wijk, far away: Belgisch Park (Scheveningen).
const BELGISCH_PARK: &str = "BU05180271";

fn titles(page: &Value) -> Vec<String> {
    page["ideas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_owned())
        .collect()
}

both_engines!(
    filters_combine_and_search_finds_word_forms,
    |app: TestApp| async move {
        let (_, author) = app.resident("Auteur").await;
        let (_, neighbour) = app.resident("Buur").await;
        let bank = app
            .idea_by(&author, "Een bankje bij de vijver", SCHILDERSBUURT_WEST)
            .await;
        let _tree = app
            .idea_by(&author, "Meer bomen in de straat", SCHILDERSBUURT_WEST)
            .await;
        let bike = app
            .idea_by(&author, "Een overdekte fiets stalling", SCHILDERSBUURT_WEST)
            .await;
        let elsewhere = app.idea_by(&author, "Bankjes op het plein", BELGISCH_PARK).await;
        app.call(
            &neighbour,
            "/api/ideas/support",
            &[("id", &elsewhere.to_string())],
        )
        .await;
        app::db::ideas::set_status(&app.pool, bank, app::domain::Status::Opgepakt)
            .await
            .unwrap();
        let elsewhere_wijk: String = sqlx::query_scalar("SELECT wijk_code FROM ideas WHERE id = $1")
            .bind(elsewhere)
            .fetch_one(&app.pool)
            .await
            .unwrap();

        let (_, all) = app.read(&app.client, "/api/ideas/list").await;
        assert_eq!(all["total"], 4);
        // Plural finds singular.
        let (_, found) = app.read(&app.client, "/api/ideas/list?zoek=fietsen").await;
        assert_eq!(titles(&found), ["Een overdekte fiets stalling"]);
        app::db::ideas::set_status(&app.pool, bike, app::domain::Status::Ingetrokken)
            .await
            .unwrap();
        // "bankjes" finds "bankje" and "Bankjes" (Dutch stemming on PostgreSQL, prefixes on SQLite).
        let (_, found) = app.read(&app.client, "/api/ideas/list?zoek=bankje").await;
        let mut t = titles(&found);
        t.sort();
        assert_eq!(t, ["Bankjes op het plein", "Een bankje bij de vijver"]);
        let (_, found) = app.read(&app.client, "/api/ideas/list?zoek=vijver%20bank").await;
        assert_eq!(titles(&found), ["Een bankje bij de vijver"]);
        let (_, found) = app
            .read(&app.client, "/api/ideas/list?zoek=bank&wijk=WK051829")
            .await;
        assert_eq!(titles(&found), ["Een bankje bij de vijver"]);
        let (_, found) = app
            .read(&app.client, &format!("/api/ideas/list?wijk={elsewhere_wijk}"))
            .await;
        assert_eq!(titles(&found), ["Bankjes op het plein"]);
        let (_, found) = app.read(&app.client, "/api/ideas/list?status=opgepakt").await;
        assert_eq!(titles(&found), ["Een bankje bij de vijver"]);
        let (_, found) = app.read(&app.client, "/api/ideas/list?onderwerp=spelen").await;
        assert_eq!(found["total"], 0);
        let (_, found) = app.read(&app.client, "/api/ideas/list?sorteer=steun").await;
        assert_eq!(titles(&found)[0], "Bankjes op het plein");
        // Search syntax is just words: nothing breaks, nothing leaks.
        for q in [
            "%22",
            "bank*%20OR%20x",
            "%27%3B%20DROP%20TABLE%20ideas",
            "NEAR(a%20b)",
            "a:*%20%26%20!",
        ] {
            let (status, _) = app.read(&app.client, &format!("/api/ideas/list?zoek={q}")).await;
            assert_eq!(status, 200, "{q}");
        }
        // Hidden ideas are never listed.
        app::db::ideas::set_hidden(&app.pool, elsewhere, true)
            .await
            .unwrap();
        let (_, found) = app.read(&app.client, "/api/ideas/list?zoek=bankjes").await;
        assert_eq!(titles(&found), ["Een bankje bij de vijver"]);

        // The page reads the same filter from its URL, with no JavaScript.
        let page = app.get("/?zoek=bomen").await.text().await.unwrap();
        assert!(page.contains("Meer bomen in de straat"));
        assert!(!page.contains("Een bankje bij de vijver"));
        assert!(
            page.contains(r#"name="zoek" type="search" maxlength="100" value="bomen""#),
            "the search field keeps the words"
        );
    }
);

both_engines!(the_list_pages_by_twenty, |app: TestApp| async move {
    let (_, author) = app.resident("Auteur").await;
    for n in 0..45 {
        app.idea_by(&author, &format!("Idee nummer {n:02} hier"), SCHILDERSBUURT_WEST)
            .await;
    }
    let (_, first) = app.read(&app.client, "/api/ideas/list").await;
    assert_eq!(
        (first["total"].as_i64(), first["page_count"].as_i64()),
        (Some(45), Some(3))
    );
    assert_eq!(titles(&first).len(), 20);
    assert_eq!(titles(&first)[0], "Idee nummer 44 hier");
    let (_, third) = app.read(&app.client, "/api/ideas/list?pagina=3").await;
    assert_eq!(
        titles(&third),
        [
            "Idee nummer 04 hier",
            "Idee nummer 03 hier",
            "Idee nummer 02 hier",
            "Idee nummer 01 hier",
            "Idee nummer 00 hier"
        ]
    );
    // Past the end: the last page.
    let (_, past) = app.read(&app.client, "/api/ideas/list?pagina=99").await;
    assert_eq!(past["page"], 3);
    let page = app.get("/?pagina=2").await.text().await.unwrap();
    assert!(page.contains("Pagina 2 van 3"));
    // "Volgende" goes on after page 2's last idea; "Vorige" is the plain first page.
    let (last, created): (i64, i64) =
        sqlx::query_as("SELECT id, created_at FROM ideas WHERE title = 'Idee nummer 05 hier'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert!(
        page.contains(&format!(r#"href="/?pagina=3&amp;na={created}_{last}""#)),
        "{}",
        page.split("class=\"pager\"").nth(1).unwrap_or_default()
    );
    assert!(page.contains(r#"href="/" rel="prev""#));
});

async fn total(app: &TestApp, path: &str) -> i64 {
    let (_, page) = app.read(&app.client, path).await;
    page["total"].as_i64().unwrap()
}

async fn ids_in_order(app: &TestApp, sql: &'static str) -> Vec<i64> {
    sqlx::query_scalar::<_, i64>(sql)
        .fetch_all(&app.pool)
        .await
        .unwrap()
}

/// The ids of a list read from the first page on by following each page's cursor, as "Volgende" does.
async fn walk(app: &TestApp, base: &str, key: impl Fn(&Value) -> String) -> Vec<i64> {
    let mut ids = Vec::new();
    let mut path = base.to_owned();
    for page in 2.. {
        let (status, answer) = app.read(&app.client, &path).await;
        assert_eq!(status, 200, "{path}");
        let ideas = answer["ideas"].as_array().unwrap();
        ids.extend(ideas.iter().map(|i| i["id"].as_i64().unwrap()));
        if page > answer["page_count"].as_i64().unwrap() {
            break;
        }
        path = format!("{base}&pagina={page}&na={}", key(ideas.last().unwrap()));
    }
    ids
}

both_engines!(pages_follow_each_other_by_keyset, |app: TestApp| async move {
    wijkidee::demo_bulk::seed_ideas(&app.pool, 70, 11).await.unwrap();
    // Supports spread unevenly, with ties, so the order needs all its keys.
    sqlx::query("UPDATE ideas SET support_count = id % 4, comment_count = id % 3")
        .execute(&app.pool)
        .await
        .unwrap();
    let newest = walk(&app, "/api/ideas/list?sorteer=nieuw", |i| {
        format!("{}_{}", i["created_at"], i["id"])
    })
    .await;
    assert_eq!(
        newest,
        ids_in_order(&app, "SELECT id FROM ideas ORDER BY created_at DESC, id DESC").await
    );
    let supported = walk(&app, "/api/ideas/list?sorteer=steun", |i| {
        format!("{}_{}_{}", i["support_count"], i["created_at"], i["id"])
    })
    .await;
    assert_eq!(
        supported,
        ids_in_order(
            &app,
            "SELECT id FROM ideas ORDER BY support_count DESC, created_at DESC, id DESC"
        )
        .await
    );

    // "Vorige" from page 3 (before its first idea) is page 2 again.
    let (_, second) = app
        .read(&app.client, "/api/ideas/list?sorteer=steun&pagina=2")
        .await;
    let (_, third) = app
        .read(&app.client, "/api/ideas/list?sorteer=steun&pagina=3")
        .await;
    let first_of_third = &third["ideas"][0];
    let (_, back) = app
        .read(
            &app.client,
            &format!(
                "/api/ideas/list?sorteer=steun&pagina=2&voor={}_{}_{}",
                first_of_third["support_count"], first_of_third["created_at"], first_of_third["id"]
            ),
        )
        .await;
    assert_eq!(titles(&back), titles(&second));
    assert_eq!(back["page"], 2);

    // An idea posted while a visitor reads page 1 does not push page 1's last idea onto page 2.
    let (_, first) = app.read(&app.client, "/api/ideas/list").await;
    let last = first["ideas"][19].clone();
    let (_, author) = app.resident("Auteur").await;
    app.idea_by(&author, "Een nieuw idee tussendoor", SCHILDERSBUURT_WEST)
        .await;
    let (_, next) = app
        .read(
            &app.client,
            &format!(
                "/api/ideas/list?pagina=2&na={}_{}",
                last["created_at"], last["id"]
            ),
        )
        .await;
    assert_ne!(next["ideas"][0]["id"], last["id"]);
    let (_, by_number) = app.read(&app.client, "/api/ideas/list?pagina=2").await;
    assert_eq!(
        by_number["ideas"][0]["id"], last["id"],
        "by number, it would have been shown twice"
    );
    assert_eq!(
        next["ideas"].as_array().unwrap().len(),
        20,
        "the page is full all the same"
    );
});

both_engines!(similar_ideas_nearby_are_suggested, |app: TestApp| async move {
    let (_, author) = app.resident("Auteur").await;
    let existing = app
        .idea_by(&author, "Meer bankjes in het park", SCHILDERSBUURT_WEST)
        .await;
    app.idea_by(&author, "Bankjes bij de kust", BELGISCH_PARK).await;
    let (lat, lng) = app.point_in(SCHILDERSBUURT_WEST).await;
    let (status, found) = app
        .read(
            &app.client,
            &format!("/api/ideas/similar?title=Bankje%20in%20het%20park&lat={lat}&lng={lng}"),
        )
        .await;
    assert_eq!(status, 200);
    let found = found.as_array().unwrap();
    assert_eq!(found.len(), 1, "only the one nearby: {found:?}");
    assert_eq!(found[0]["id"].as_i64(), Some(existing));
    let (_, none) = app
        .read(
            &app.client,
            &format!("/api/ideas/similar?title=Hondenpoep%20opruimen&lat={lat}&lng={lng}"),
        )
        .await;
    assert_eq!(none.as_array().unwrap().len(), 0);
    let (_, by_buurt) = app
        .read(
            &app.client,
            &format!("/api/ideas/similar?title=Bankjes%20park&buurt={SCHILDERSBUURT_WEST}"),
        )
        .await;
    assert_eq!(by_buurt.as_array().unwrap().len(), 1);
    let (status, _) = app
        .read(&app.client, "/api/ideas/similar?title=Bankjes&lat=x&lng=y")
        .await;
    assert_eq!(status, 200, "a broken place gives no hint, not an error");
});

both_engines!(a_common_word_counts_up_to_a_limit, |app: TestApp| async move {
    use app::db::idea_search::MAX_COUNTED_MATCHES;
    wijkidee::demo_bulk::seed_ideas(&app.pool, 1_100, 5)
        .await
        .unwrap();
    sqlx::query("UPDATE ideas SET title = 'Bankjes: ' || title")
        .execute(&app.pool)
        .await
        .unwrap();
    let (_, found) = app.read(&app.client, "/api/ideas/list?zoek=bankjes").await;
    assert_eq!(found["total"], MAX_COUNTED_MATCHES);
    assert_eq!(found["more"], true);
    assert_eq!(found["page_count"], MAX_COUNTED_MATCHES / 20);
    assert_eq!(titles(&found).len(), 20);
    let page = app.get("/?zoek=bankjes").await.text().await.unwrap();
    assert!(
        page.contains("meer dan 1.000 ideeën"),
        "the heading says the count is a floor"
    );
    // Below the limit the count is exact, and no filter without words is capped.
    let (_, all) = app.read(&app.client, "/api/ideas/list").await;
    assert_eq!(
        (all["total"].as_i64(), all["more"].as_bool()),
        (Some(1_100), Some(false))
    );
    sqlx::query("UPDATE ideas SET title = title || ' zeldzaam' WHERE id IN (SELECT id FROM ideas ORDER BY id LIMIT 30)")
        .execute(&app.pool)
        .await
        .unwrap();
    let (_, few) = app
        .read(&app.client, "/api/ideas/list?zoek=bankjes+zeldzaam")
        .await;
    assert_eq!(
        (few["total"].as_i64(), few["more"].as_bool()),
        (Some(30), Some(false))
    );

    // A hidden idea is neither counted nor found, and is again once shown; an edit that keeps a
    // word keeps the idea findable by it.
    let rare: i64 = few["ideas"][0]["id"].as_i64().unwrap();
    app::db::ideas::set_hidden(&app.pool, rare, true).await.unwrap();
    assert_eq!(total(&app, "/api/ideas/list?zoek=zeldzaam").await, 29);
    app::db::ideas::set_hidden(&app.pool, rare, false).await.unwrap();
    assert_eq!(total(&app, "/api/ideas/list?zoek=zeldzaam").await, 30);
    sqlx::query("UPDATE ideas SET title = 'Zeldzaam mooi kwispelplein' WHERE id = $1")
        .bind(rare)
        .execute(&app.pool)
        .await
        .unwrap();
    assert_eq!(total(&app, "/api/ideas/list?zoek=zeldzaam").await, 30);
    assert_eq!(total(&app, "/api/ideas/list?zoek=kwispelplein+zeldzaam").await, 1);
    // The common word's first page is the newest of its matches, as for a rare one.
    let (_, common) = app.read(&app.client, "/api/ideas/list?zoek=bankjes").await;
    let newest: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM ideas WHERE title LIKE 'Bankjes:%' AND hidden_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 20",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    let shown: Vec<i64> = common["ideas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    assert_eq!(shown, newest);
});
