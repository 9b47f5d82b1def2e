//! Creating ideas inside and outside the wards, reading them back.

use crate::both_engines;
use crate::helpers::{expect_error, TestApp};
use serde_json::Value;

const SCHILDERSBUURT_WEST: &str = "BU05182915";

async fn idea_fields(app: &TestApp, title: &str) -> Vec<(&'static str, String)> {
    let (lat, lng) = app.point_in(SCHILDERSBUURT_WEST).await;
    vec![
        ("title", title.to_owned()),
        (
            "description",
            "Samen met de buren tegels wippen en planten delen.".to_owned(),
        ),
        ("category", "groen".to_owned()),
        ("lat", lat),
        ("lng", lng),
    ]
}

fn as_refs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

both_engines!(
    an_idea_inside_a_ward_is_stored_with_its_wijk_and_buurt,
    |app: TestApp| async move {
        app.logged_in().await;
        let fields = idea_fields(&app, "Geveltuintjes in de Jacob Catsstraat").await;
        let r = app.create_idea(&as_refs(&fields)).await;
        assert_eq!(r.status(), 200);
        let idea: Value = r.json().await.unwrap();
        assert_eq!(idea["wijk_code"], "WK051829");
        assert_eq!(idea["buurt_name"], "Schildersbuurt-West");
        assert_eq!(idea["status"], "ingediend");
        let id = idea["id"].as_i64().unwrap();

        let page: Value = app.get("/api/ideas/list").await.json().await.unwrap();
        let list = page["ideas"].as_array().unwrap();
        assert_eq!(page["total"], 1);
        assert_eq!(list.len(), 1);
        assert_eq!(list[0]["title"], "Geveltuintjes in de Jacob Catsstraat");

        let detail: Value = app
            .get(&format!("/api/ideas/get?id={id}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(detail["author_name"], "Bewoner");
        assert_eq!(detail["summary"]["category_name"], "Groen");

        let page = app.get(&format!("/ideeen/{id}")).await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains("Geveltuintjes in de Jacob Catsstraat") && html.contains("Schildersbuurt"));
        assert!(!html.contains("@example.nl"), "no email on a public page");

        let ward: Value = app
            .get("/api/wards/get?code=WK051829")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(ward["ideas"].as_array().unwrap().len(), 1);
    }
);

both_engines!(
    a_buurt_instead_of_a_pin_places_the_idea_inside_it,
    |app: TestApp| async move {
        app.logged_in().await;
        let r = app
            .create_idea(&[
                ("title", "Bankjes langs de gracht"),
                ("description", "Een plek om te zitten aan het water."),
                ("category", "ontmoeten"),
                ("lat", ""),
                ("lng", ""),
                ("buurt", "BU05182813"),
            ])
            .await;
        assert_eq!(r.status(), 200);
        let idea: Value = r.json().await.unwrap();
        assert_eq!(idea["buurt_name"], "Uilebomen");
        assert_eq!(idea["wijk_code"], "WK051828");
    }
);

both_engines!(a_point_outside_every_ward_is_refused, |app: TestApp| async move {
    app.logged_in().await;
    let mut fields = idea_fields(&app, "Een idee voor Amsterdam").await;
    fields[3].1 = "52.3731".into();
    fields[4].1 = "4.8922".into();
    let body = expect_error(app.create_idea(&as_refs(&fields)).await, 400, Some("location")).await;
    assert!(
        body["text"].as_str().unwrap().contains("buiten de wijken"),
        "{body}"
    );
    // In the sea off Scheveningen: inside the bounding box of the city, outside every ward.
    fields[3].1 = "52.1100".into();
    fields[4].1 = "4.2400".into();
    expect_error(app.create_idea(&as_refs(&fields)).await, 400, Some("location")).await;
    assert_eq!(app.count("ideas").await, 0);
});

both_engines!(markup_in_an_idea_is_shown_as_text, |app: TestApp| async move {
    app.logged_in().await;
    let mut fields = idea_fields(&app, "</title><script>alert('x')</script> plein").await;
    fields[1].1 = "<img src=x onerror=alert(1)> tekst".into();
    let r = app.create_idea(&as_refs(&fields)).await;
    assert_eq!(r.status(), 200);
    let id = r.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    for path in [
        format!("/ideeen/{id}"),
        "/".to_owned(),
        "/wijken/WK051829".to_owned(),
    ] {
        let html = app.get(&path).await.text().await.unwrap();
        assert!(!html.contains("<script>alert"), "{path} must escape the title");
        assert!(!html.contains("<img src=x"), "{path} must escape the description");
        assert!(
            html.contains("&lt;script&gt;alert"),
            "{path} shows the title as text"
        );
    }
});

both_engines!(
    the_list_and_the_map_show_the_same_ideas_newest_first,
    |app: TestApp| async move {
        app.logged_in().await;
        for title in ["Eerste idee hier", "Tweede idee hier"] {
            let fields = idea_fields(&app, title).await;
            assert_eq!(app.create_idea(&as_refs(&fields)).await.status(), 200);
        }
        let page: Value = app.get("/api/ideas/list").await.json().await.unwrap();
        let list = page["ideas"].as_array().unwrap();
        let titles: Vec<&str> = list.iter().map(|i| i["title"].as_str().unwrap()).collect();
        assert_eq!(titles, ["Tweede idee hier", "Eerste idee hier"]);
        let home = app.get("/").await.text().await.unwrap();
        assert!(home.find("Tweede idee hier").unwrap() < home.find("Eerste idee hier").unwrap());
    }
);
