//! Den Haag's wards load on first start; any municipality's can be imported; a bad file imports nothing.

use crate::both_engines;
use crate::helpers::TestApp;
use app::domain::WardLevel;
use wijkidee::wards_import::{self, ImportOptions};

both_engines!(den_haag_loads_into_an_empty_database, |app: TestApp| async move {
    let wijken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM wards WHERE level = 'wijk'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let buurten: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM wards WHERE level = 'buurt'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!((wijken, buurten), (44, 114));
    // Starting again on the same database does not load them twice.
    let pool = wijkidee::prepare_database(&app.db_url).await.unwrap();
    assert_eq!(app::db::wards::count(&pool).await.unwrap(), 158);
});

both_engines!(a_bad_file_changes_nothing, |app: TestApp| async move {
    let good = r#"{"type":"Feature","properties":{"wijkcode":"WK036301","wijknaam":"Burgwallen"},"geometry":{"type":"Polygon","coordinates":[[[4.89,52.37],[4.90,52.37],[4.90,52.38],[4.89,52.38],[4.89,52.37]]]}}"#;
    let bad = r#"{"type":"Feature","properties":{"wijkcode":"WK036302"},"geometry":{"type":"Polygon","coordinates":[[[4.89,52.37],[4.90,52.37],[4.90,52.38],[4.89,52.37]]]}}"#;
    let text = format!(r#"{{"type":"FeatureCollection","features":[{good},{bad}]}}"#);
    let err = wards_import::import(&app.pool, &text, WardLevel::Wijk, &ImportOptions::default())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("feature 2 (WK036302)"), "{err}");
    assert_eq!(app.count("wards").await, 158, "nothing half-imported");

    let ok = format!(r#"{{"type":"FeatureCollection","features":[{good}]}}"#);
    assert_eq!(
        wards_import::import(&app.pool, &ok, WardLevel::Wijk, &ImportOptions::default())
            .await
            .unwrap(),
        1
    );
    assert_eq!(app.count("wards").await, 159);
    // Importing again updates in place.
    assert_eq!(
        wards_import::import(&app.pool, &ok, WardLevel::Wijk, &ImportOptions::default())
            .await
            .unwrap(),
        1
    );
    assert_eq!(app.count("wards").await, 159);
    let at = app::domain::Coordinates::parse(52.375, 4.895).unwrap();
    let found = app::db::wards::locate(&app.pool, at).await.unwrap().unwrap();
    assert_eq!(found.wijk.as_str(), "WK036301");
    assert_eq!(found.buurt, None);
});

both_engines!(
    a_point_is_named_by_its_buurt_or_refused_outside_the_city,
    |app: TestApp| async move {
        let (lat, lng) = app.point_in("BU05182915").await;
        let (status, place) = app
            .read(&app.client, &format!("/api/wards/locate?lat={lat}&lng={lng}"))
            .await;
        assert_eq!(
            (status, place.as_str()),
            (200, Some("Schildersbuurt-West")),
            "{place}"
        );
        // Amsterdam is not in Den Haag.
        let (status, place) = app
            .read(&app.client, "/api/wards/locate?lat=52.37&lng=4.89")
            .await;
        assert_eq!((status, place), (200, serde_json::Value::Null));
        let (status, e) = app
            .read(&app.client, "/api/wards/locate?lat=noord&lng=4.89")
            .await;
        assert_eq!(status, 400, "{e}");
    }
);
