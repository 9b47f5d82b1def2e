//! The map's endpoint: clusters and single ideas whose counts add up to exactly the ideas that match
//! the filter in the view, at every zoom; a malformed view is a 400 that says what is wrong.

use crate::both_engines;
use crate::helpers::TestApp;
use serde_json::Value;

const CITY: &str = "4.18,52.00,4.42,52.14";
const CENTRUM: &str = "4.29,52.07,4.33,52.09";
const SCHILDERSBUURT_WEST: &str = "BU05182915";

async fn map(app: &TestApp, query: &str) -> Value {
    let (status, body) = app.read(&app.client, &format!("/api/v1/map?{query}")).await;
    assert_eq!(status, 200, "{query}: {body}");
    body
}

/// Adds up the answer, checking every cluster and idea lies in the asked box.
fn counted(answer: &Value, bbox: &str) -> i64 {
    let b: Vec<f64> = bbox.split(',').map(|n| n.parse().unwrap()).collect();
    let inside = |lng: f64, lat: f64| lng >= b[0] && lng <= b[2] && lat >= b[1] && lat <= b[3];
    let mut sum = 0;
    for c in answer["clusters"].as_array().unwrap() {
        assert!(c["count"].as_i64().unwrap() >= 2, "a cluster of one: {c}");
        assert!(inside(c["lng"].as_f64().unwrap(), c["lat"].as_f64().unwrap()));
        sum += c["count"].as_i64().unwrap();
    }
    for i in answer["ideas"].as_array().unwrap() {
        assert!(inside(i["lng"].as_f64().unwrap(), i["lat"].as_f64().unwrap()));
        assert!(i["title"].as_str().is_some_and(|t| !t.is_empty()));
        sum += 1;
    }
    assert_eq!(
        answer["total"].as_i64().unwrap(),
        sum,
        "total is the sum of what is drawn"
    );
    sum
}

/// The box a 1920 × 1080 screen shows around the Binnenhof at `zoom` (Web Mercator, near enough).
fn screen_at(zoom: u8) -> String {
    let (lng, lat) = (4.3128f64, 52.0799f64);
    let degrees_per_pixel = 360.0 / (256.0 * 2f64.powi(i32::from(zoom)));
    let half_w = 960.0 * degrees_per_pixel;
    let half_h = 540.0 * degrees_per_pixel * lat.to_radians().cos();
    format!(
        "{},{},{},{}",
        lng - half_w,
        lat - half_h,
        lng + half_w,
        lat + half_h
    )
}

async fn ideas_in(app: &TestApp, bbox: &str, extra: &str) -> i64 {
    let b: Vec<f64> = bbox.split(',').map(|n| n.parse().unwrap()).collect();
    let sql = format!(
        "SELECT COUNT(*) FROM ideas WHERE hidden_at IS NULL AND lng >= $1 AND lng <= $2 AND lat >= $3 AND lat <= $4 {extra}"
    );
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .bind(b[0])
        .bind(b[2])
        .bind(b[1])
        .bind(b[3])
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

both_engines!(
    clusters_add_up_to_the_filtered_ideas_at_every_zoom,
    |app: TestApp| async move {
        let written = wijkidee::demo_bulk::seed_ideas(&app.pool, 600, 7).await.unwrap();
        assert_eq!(written, 600);
        for zoom in [8, 11, 12, 13, 15, 17, 18] {
            // What a 1920 × 1080 screen shows at this zoom, and two fixed boxes.
            let screen = screen_at(zoom);
            for bbox in [screen.as_str(), CITY, CENTRUM] {
                let answer = map(&app, &format!("bbox={bbox}&zoom={zoom}")).await;
                assert_eq!(
                    counted(&answer, bbox),
                    ideas_in(&app, bbox, "").await,
                    "zoom {zoom}, {bbox}"
                );
                if bbox == screen {
                    let markers = answer["clusters"].as_array().unwrap().len()
                        + answer["ideas"].as_array().unwrap().len();
                    assert!(markers <= 300, "{markers} markers at zoom {zoom}");
                }
            }
        }
        // Zoomed out, ideas crowd into a few clusters; at street level each idea is its own marker.
        let far = map(&app, &format!("bbox={CITY}&zoom=11")).await;
        assert!(far["clusters"].as_array().unwrap().len() < 40);
        let near = map(&app, &format!("bbox={CENTRUM}&zoom=18")).await;
        assert!(near["clusters"].as_array().unwrap().is_empty());

        // The list's filter narrows the map the same way.
        let wijk = "WK051829";
        let answer = map(&app, &format!("bbox={CITY}&zoom=13&wijk={wijk}")).await;
        let in_wijk = ideas_in(&app, CITY, "AND wijk_code = 'WK051829'").await;
        assert!(in_wijk > 0);
        assert_eq!(counted(&answer, CITY), in_wijk);
        let answer = map(&app, &format!("bbox={CITY}&zoom=12&onderwerp=groen")).await;
        assert_eq!(
            counted(&answer, CITY),
            ideas_in(&app, CITY, "AND category = 'groen'").await
        );
        let answer = map(&app, &format!("bbox={CITY}&zoom=12&zoek=moestuin")).await;
        assert_eq!(
            counted(&answer, CITY),
            ideas_in(&app, CITY, "AND title = 'Een moestuin voor de buurt'").await
        );

        // A cluster names the buurt or wijk all its ideas lie in.
        let answer = map(&app, &format!("bbox={CITY}&zoom=15&wijk={wijk}")).await;
        assert!(
            answer["clusters"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["place"].is_string()),
            "{answer}"
        );
    }
);

both_engines!(
    a_malformed_view_is_refused_with_a_message,
    |app: TestApp| async move {
        for query in [
            "zoom=12",
            "bbox=4,52,5&zoom=12",
            "bbox=a,b,c,d&zoom=12",
            "bbox=5,52,4,53&zoom=12",
            "bbox=4,52,5,95&zoom=12",
            "bbox=4,52,5,53&zoom=40",
            "bbox=4,52,5,53&zoom=groot",
        ] {
            let (status, body) = app.read(&app.client, &format!("/api/v1/map?{query}")).await;
            assert_eq!(status, 400, "{query}");
            assert!(
                body["error"]
                    .as_str()
                    .is_some_and(|e| e.contains("bbox") || e.contains("zoom")),
                "{query}: {body}"
            );
        }
    }
);

/// Asks again for what the browser has, as its `If-None-Match` says.
async fn revalidate(app: &TestApp, path: &str, etag: &str) -> reqwest::Response {
    app.client
        .get(app.url(path))
        .header("if-none-match", etag)
        .send()
        .await
        .unwrap()
}

both_engines!(
    a_kept_answer_gives_way_to_a_change_at_once,
    |app: TestApp| async move {
        wijkidee::demo_bulk::seed_ideas(&app.pool, 40, 3).await.unwrap();
        let path = format!("/api/v1/map?bbox={CITY}&zoom=12");
        let first = app.get(&path).await;
        assert_eq!(first.status(), 200);
        let etag = first.headers()["etag"].to_str().unwrap().to_owned();
        let before = counted(&first.json::<Value>().await.unwrap(), CITY);
        assert_eq!(before, ideas_in(&app, CITY, "").await);

        // Asked again with its ETag: nothing changed, so 304 and no body.
        let again = revalidate(&app, &path, &etag).await;
        assert_eq!(again.status(), 304);

        // A resident posts an idea: the very next answer counts it, under a new ETag.
        let (_, resident) = app.resident("Fatima").await;
        let id = app
            .idea_by(&resident, "Een bankje bij de vijver", SCHILDERSBUURT_WEST)
            .await;
        let after = revalidate(&app, &path, &etag).await;
        assert_eq!(after.status(), 200, "the old ETag no longer matches");
        assert_ne!(after.headers()["etag"].to_str().unwrap(), etag);
        assert_eq!(counted(&after.json::<Value>().await.unwrap(), CITY), before + 1);

        // Hidden by a moderator, it leaves the map at once. Only what public pages show raises the
        // version: a support does (the list shows its count), a bare `updated_at` does not.
        app::db::ideas::set_hidden(&app.pool, id, true).await.unwrap();
        assert_eq!(
            counted(&map(&app, &format!("bbox={CITY}&zoom=12")).await, CITY),
            before
        );
        let version: i64 = sqlx::query_scalar("SELECT version FROM data_version")
            .fetch_one(&app.pool)
            .await
            .unwrap();
        let raised_by = |sql: &'static str| {
            let pool = app.pool.clone();
            async move {
                sqlx::query(sql).execute(&pool).await.unwrap();
                let now: i64 = sqlx::query_scalar("SELECT version FROM data_version")
                    .fetch_one(&pool)
                    .await
                    .unwrap();
                now
            }
        };
        let after_touch = raised_by("UPDATE ideas SET updated_at = updated_at + 1").await;
        assert_eq!(after_touch, version, "nothing public changed");
        let after_support = raised_by("UPDATE ideas SET support_count = support_count + 1").await;
        assert!(after_support > version, "the list shows support counts");
    }
);
