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
        assert!(page.contains(r#"value="bomen""#) || page.contains("bomen"));
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
    assert!(page.contains(r#"href="/?pagina=3""#));
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
