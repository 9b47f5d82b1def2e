//! Server-rendered pages read fully without JavaScript; health and static data routes.

use crate::both_engines;
use crate::helpers::TestApp;

both_engines!(health_answers_when_the_database_does, |app: TestApp| async move {
    let r = app.get("/healthz").await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.text().await.unwrap(), "ok");
    app.pool.close().await;
    assert_eq!(app.get("/healthz").await.status(), 503);
});

both_engines!(
    pages_render_in_dutch_with_their_content,
    |app: TestApp| async move {
        app.logged_in().await;
        let (lat, lng) = app.point_in("BU05183033").await;
        let fields = [
            ("title", "Afvalbakken bij de markt"),
            ("description", "Meer bakken graag."),
            ("category", "schoon-en-heel"),
            ("lat", &lat),
            ("lng", &lng),
        ];
        assert_eq!(app.create_idea(&fields).await.status(), 200);

        let home = app.get("/").await;
        let csp = home.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            csp.contains("script-src 'self' 'nonce-") && csp.contains("frame-ancestors 'none'"),
            "{csp}"
        );
        let home = home.text().await.unwrap();
        let nonce = csp
            .split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .unwrap();
        assert!(
            home.contains(&format!("nonce=\"{nonce}\"")),
            "the inline scripts carry the policy's nonce"
        );
        assert!(
            home.contains("<html lang=\"nl\" dir=\"ltr\""),
            "language and direction set"
        );
        assert!(
            home.contains("Afvalbakken bij de markt"),
            "the list is in the server-rendered page"
        );
        assert!(
            home.contains("aria-label=\"Kaart van de wijken met ideeën\""),
            "the map region is labelled"
        );
        assert!(home.contains("Nieuw idee"), "a logged-in resident sees the form");

        let wards = app.get("/wijken").await.text().await.unwrap();
        assert!(wards.contains("Transvaalkwartier") && wards.contains("Schildersbuurt"));
        assert_eq!(
            wards.matches("href=\"/wijken/WK05").count(),
            44,
            "all 44 wijken are listed"
        );

        let ward = app.get("/wijken/WK051830").await;
        assert_eq!(ward.status(), 200);
        let ward = ward.text().await.unwrap();
        assert!(
            ward.contains("Transvaalkwartier")
                && ward.contains("Afvalbakken bij de markt")
                && ward.contains("1 idee")
        );
        assert!(ward.contains("Transvaalkwartier-Midden"), "buurten are listed");

        let anonymous = app.page_with(&crate::helpers::new_client(), &app.url("/")).await;
        assert!(
            anonymous.contains("Log in of maak een account"),
            "visitors are invited to log in"
        );
    }
);

both_engines!(ward_outlines_are_geojson, |app: TestApp| async move {
    let r = app.get("/data/wijken.geojson").await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/geo+json");
    let doc: serde_json::Value = r.json().await.unwrap();
    assert_eq!(doc["type"], "FeatureCollection");
    assert_eq!(doc["features"].as_array().unwrap().len(), 44);
    let one: serde_json::Value = app
        .get("/data/wijken/WK051829.geojson")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(one["features"][0]["properties"]["name"], "Schildersbuurt");

    // Simplified for drawing: far fewer points than stored, every ring still closed.
    let points = |g: &serde_json::Value| g.to_string().matches('[').count();
    let (stored,): (String,) = sqlx::query_as("SELECT geometry FROM wards WHERE code = 'WK051829'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let stored: serde_json::Value = serde_json::from_str(&stored).unwrap();
    let drawn = &one["features"][0]["geometry"];
    assert!(
        points(drawn) * 2 < points(&stored),
        "{} of {} points",
        points(drawn),
        points(&stored)
    );
    for feature in doc["features"].as_array().unwrap() {
        let g = &feature["geometry"];
        let polygons = match g["type"].as_str().unwrap() {
            "Polygon" => vec![g["coordinates"].clone()],
            _ => g["coordinates"].as_array().unwrap().clone(),
        };
        for ring in polygons.iter().flat_map(|p| p.as_array().unwrap().clone()) {
            let ring = ring.as_array().unwrap();
            assert!(ring.len() >= 4 && ring.first() == ring.last(), "a closed ring");
        }
    }
});

/// Renders the pages many times in a row, on both engines at once; run by hand (`--ignored`) when
/// hunting a rare render hang.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn stress_render_pages_sqlite() {
    stress_render_pages(crate::helpers::Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn stress_render_pages_postgres() {
    stress_render_pages(crate::helpers::Engine::Postgres).await;
}

async fn stress_render_pages(engine: crate::helpers::Engine) {
    let app = TestApp::spawn(engine).await;
    app.logged_in().await;
    let anonymous = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(5))
        .build()
        .unwrap();
    let mut stuck = Vec::new();
    for i in 0..300 {
        for (who, client) in [("anonymous", &anonymous), ("resident", &app.client)] {
            for path in ["/", "/wijken/WK051829", "/wijken"] {
                let body = match client.get(app.url(path)).send().await {
                    Ok(r) => tokio::time::timeout(std::time::Duration::from_secs(5), r.text())
                        .await
                        .ok()
                        .and_then(Result::ok),
                    Err(_) => None,
                };
                if body.is_none_or(|b| !b.contains("</html>")) {
                    stuck.push(format!("{i} {who} {path}"));
                }
            }
        }
    }
    assert!(stuck.is_empty(), "stuck renders: {stuck:?}");
}

both_engines!(
    ward_outlines_are_built_once_and_revalidated,
    |app: TestApp| async move {
        let raw = reqwest::Client::new();
        let first = raw
            .get(app.url("/data/wijken.geojson"))
            .header("accept-encoding", "br")
            .send()
            .await
            .unwrap();
        assert_eq!(first.status(), 200);
        assert_eq!(first.headers()["content-encoding"], "br");
        let etag = first.headers()["etag"].to_str().unwrap().to_owned();
        let compressed = first.bytes().await.unwrap().len();
        let plain = raw.get(app.url("/data/wijken.geojson")).send().await.unwrap();
        assert!(plain.headers().get("content-encoding").is_none());
        assert_eq!(
            plain.headers()["etag"].to_str().unwrap(),
            etag,
            "the same file each time"
        );
        assert!(
            compressed * 5 < plain.bytes().await.unwrap().len(),
            "brotli at its best"
        );
        let again = raw
            .get(app.url("/data/wijken.geojson"))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304);
        assert_eq!(app.get("/data/wijken/WK051899.geojson").await.status(), 404);
    }
);

both_engines!(pages_are_valid_html_around_leptos, |app: TestApp| async move {
    // Leptos writes the CSP nonce into `crossorigin`, resource data after `</html>` and its hydration
    // markers as `<!>`; the server tidies all three (html_tidy.rs).
    for path in ["/", "/wijken/WK051829", "/bestaat-niet"] {
        let r = app.get(path).await;
        let policy = r.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        let nonce = policy
            .split("'nonce-")
            .nth(1)
            .unwrap()
            .split('\'')
            .next()
            .unwrap()
            .to_owned();
        let body = r.text().await.unwrap();
        assert!(
            body.trim_end().ends_with("</html>"),
            "{path}: something after </html>"
        );
        assert!(
            !body.contains(&format!("crossorigin=\"{nonce}\"")),
            "{path}: the nonce in crossorigin"
        );
        assert!(
            body.contains(&format!("nonce=\"{nonce}\"")),
            "{path}: scripts keep their nonce"
        );
        assert!(
            !body.contains("<!>"),
            "{path}: a bogus comment (Leptos' hydration marker) left"
        );
        assert!(
            body.contains("<!---->"),
            "{path}: the hydration markers are kept, spelled out"
        );
    }
});

both_engines!(
    a_filter_address_loses_its_empty_parameters_and_one_letter_asks_for_more,
    |app: TestApp| async move {
        let r = app.get("/?wijk=&categorie=&status=&zoek=bankje&sorteer=").await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], "/?zoek=bankje");
        let r = app.get("/wijken/WK051829?categorie=&status=").await;
        assert_eq!(r.headers()["location"], "/wijken/WK051829");
        assert_eq!(
            app.get("/?zoek=bankje").await.status(),
            200,
            "a clean address is served"
        );

        let page = app.get("/?zoek=a").await.text().await.unwrap();
        assert!(
            page.contains("Typ minstens 2 letters om te zoeken."),
            "one letter asks for more"
        );
        let page = app.get("/?zoek=bankje").await.text().await.unwrap();
        assert!(!page.contains("Typ minstens 2 letters"));
    }
);
