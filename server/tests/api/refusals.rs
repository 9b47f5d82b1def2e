//! Bad input gets a clear message, and nothing is stored.

use crate::both_engines;
use crate::helpers::{expect_error, TestApp};

fn form<'a>(
    title: &'a str,
    description: &'a str,
    category: &'a str,
    lat: &'a str,
    lng: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("description", description),
        ("category", category),
        ("lat", lat),
        ("lng", lng),
    ]
}

both_engines!(creating_an_idea_needs_a_login, |app: TestApp| async move {
    let (lat, lng) = app.point_in("BU05182915").await;
    let r = app
        .create_idea(&form("Een mooi idee", "Beschrijving", "groen", &lat, &lng))
        .await;
    expect_error(r, 401, None).await;
    assert_eq!(app.count("ideas").await, 0);
});

both_engines!(
    every_bad_field_is_refused_with_its_message,
    |app: TestApp| async move {
        app.logged_in().await;
        let (lat, lng) = app.point_in("BU05182915").await;
        let long_title = "t".repeat(121);
        let long_description = "d".repeat(4001);
        let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
            (form("", "Beschrijving", "groen", &lat, &lng), "title"),
            (form("kort", "Beschrijving", "groen", &lat, &lng), "title"),
            (form(&long_title, "Beschrijving", "groen", &lat, &lng), "title"),
            (form("Een mooi idee", "   ", "groen", &lat, &lng), "description"),
            (
                form("Een mooi idee", &long_description, "groen", &lat, &lng),
                "description",
            ),
            (
                form("Een mooi idee", "Beschrijving", "zwembaden", &lat, &lng),
                "category",
            ),
            (
                form("Een mooi idee", "Beschrijving", "groen", "NaN", &lng),
                "location",
            ),
            (
                form("Een mooi idee", "Beschrijving", "groen", &lat, "inf"),
                "location",
            ),
            (
                form("Een mooi idee", "Beschrijving", "groen", "91", &lng),
                "location",
            ),
            (
                form("Een mooi idee", "Beschrijving", "groen", &lat, "-181"),
                "location",
            ),
            (form("Een mooi idee", "Beschrijving", "groen", "", ""), "location"),
            (
                form("Een mooi idee", "Beschrijving", "groen", "abc", "4.3"),
                "location",
            ),
        ];
        for (fields, field) in cases {
            expect_error(app.create_idea(&fields).await, 400, Some(field)).await;
        }
        let mut unknown_buurt = form("Een mooi idee", "Beschrijving", "groen", "", "");
        unknown_buurt.push(("buurt", "BU05189999"));
        expect_error(app.create_idea(&unknown_buurt).await, 400, Some("location")).await;
        assert_eq!(app.count("ideas").await, 0, "nothing stored");
    }
);

both_engines!(malformed_requests_are_400, |app: TestApp| async move {
    app.logged_in().await;
    let missing_fields = app.create_idea(&[("title", "Alleen een titel")]).await;
    expect_error(missing_fields, 400, None).await;
    let bad_id = app.get("/api/ideas/get?id=abc").await;
    expect_error(bad_id, 400, None).await;
    let not_a_form = app
        .client
        .post(app.url("/api/ideas/create"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("%%%=&&title")
        .send()
        .await
        .unwrap();
    assert_eq!(not_a_form.status(), 400);
    assert_eq!(app.count("ideas").await, 0);
});

both_engines!(bodies_over_one_mebibyte_are_413, |app: TestApp| async move {
    app.logged_in().await;
    let (lat, lng) = app.point_in("BU05182915").await;
    let huge = "x".repeat(1024 * 1024 + 10);
    let r = app
        .create_idea(&form("Een mooi idee", &huge, "groen", &lat, &lng))
        .await;
    assert_eq!(r.status(), 413);
    assert_eq!(app.count("ideas").await, 0);
});

both_engines!(unknown_ids_and_codes_are_real_404s, |app: TestApp| async move {
    for path in [
        "/ideeen/999999",
        "/ideeen/abc",
        "/ideeen/99999999999999999999",
        "/wijken/WK051899",
        "/wijken/onzin",
        "/wijken/BU05182915",
        "/bestaat-niet",
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status(), 404, "{path}");
        assert!(
            r.text().await.unwrap().contains("Pagina niet gevonden"),
            "{path} shows the 404 page"
        );
    }
    expect_error(app.get("/api/ideas/get?id=424242").await, 404, None).await;
    expect_error(app.get("/api/wards/get?code=WK051899").await, 404, None).await;
    assert_eq!(app.get("/data/wijken/WK051899.geojson").await.status(), 404);
});
