//! A visitor's list pages come from memory while the public data is unchanged: every change shows
//! on the next request, each answer has a nonce of its own, and no one with a session gets them.

use crate::both_engines;
use crate::helpers::TestApp;

const SCHILDERSBUURT_WEST: &str = "BU05182915";

/// The page and its policy's nonce, as a visitor without cookies gets them.
async fn visit(app: &TestApp, path: &str) -> (String, String) {
    let response = reqwest::Client::new().get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    let start = policy.find("'nonce-").unwrap() + "'nonce-".len();
    let nonce = policy[start..].split('\'').next().unwrap().to_owned();
    (response.text().await.unwrap(), nonce)
}

both_engines!(kept_pages_follow_every_public_change, |app: TestApp| async move {
    let (_, author) = app.resident("Fatima").await;
    let id = app
        .idea_by(&author, "Een bankje bij de vijver", SCHILDERSBUURT_WEST)
        .await;
    let (first, first_nonce) = visit(&app, "/").await;
    let (second, second_nonce) = visit(&app, "/").await;
    assert!(first.contains("Een bankje bij de vijver"));
    assert_ne!(first_nonce, second_nonce, "a kept page gets a fresh nonce");
    assert!(second.contains(&format!(r#"nonce="{second_nonce}""#)));
    assert!(
        !second.contains(&first_nonce),
        "the kept page's own nonce is gone from it"
    );
    assert_eq!(
        first.replace(&first_nonce, "N"),
        second.replace(&second_nonce, "N")
    );

    // A new idea, a support and a hidden idea each show on the very next visit.
    app.idea_by(&author, "Meer bomen in de straat", SCHILDERSBUURT_WEST)
        .await;
    let (page, _) = visit(&app, "/").await;
    assert!(page.contains("Meer bomen in de straat"));
    let supports = |page: &str| page.matches("1 steunbetuiging").count();
    let (wijk_before, _) = visit(&app, "/wijken/WK051829").await;
    let (_, neighbour) = app.resident("Joost").await;
    let (status, _) = app
        .call(&neighbour, "/api/ideas/support", &[("id", &id.to_string())])
        .await;
    assert_eq!(status, 200);
    let (wijk_after, _) = visit(&app, "/wijken/WK051829").await;
    assert_eq!(
        (supports(&wijk_before), supports(&wijk_after)),
        (0, 1),
        "the support shows at once"
    );
    app::db::ideas::set_hidden(&app.pool, id, true).await.unwrap();
    let (page, _) = visit(&app, "/").await;
    assert!(!page.contains("Een bankje bij de vijver"));

    // Someone logged in gets their own render, never the visitor's page.
    let mine = app.page_with(&author, &app.url("/")).await;
    assert!(mine.contains("Fatima"), "the header names who is logged in");
    let (visitor, _) = visit(&app, "/").await;
    assert!(!visitor.contains("Fatima"));
});

both_engines!(
    kept_list_pages_follow_supports_and_comments,
    |app: TestApp| async move {
        let (_, author) = app.resident("Fatima").await;
        let id = app
            .idea_by(&author, "Een bankje bij de vijver", SCHILDERSBUURT_WEST)
            .await;
        let counts = |page: &serde_json::Value| {
            let idea = &page["ideas"][0];
            (idea["support_count"].as_i64(), idea["comment_count"].as_i64())
        };
        let (_, before) = app.read(&author, "/api/ideas/list").await;
        assert_eq!(counts(&before), (Some(0), Some(0)));
        let (_, neighbour) = app.resident("Joost").await;
        let (status, _) = app
            .call(&neighbour, "/api/ideas/support", &[("id", &id.to_string())])
            .await;
        assert_eq!(status, 200);
        let (_, after) = app.read(&author, "/api/ideas/list").await;
        assert_eq!(
            counts(&after),
            (Some(1), Some(0)),
            "the kept page gave way to the support"
        );
        let (status, body) = app
            .call(
                &neighbour,
                "/api/comments/add",
                &[("idea_id", &id.to_string()), ("body", "Goed idee, ik help mee.")],
            )
            .await;
        assert_eq!(status, 200, "{body}");
        let (_, commented) = app.read(&author, "/api/ideas/list").await;
        assert_eq!(counts(&commented), (Some(1), Some(1)));
    }
);
