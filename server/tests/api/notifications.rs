//! Following produces notifications: comments on followed ideas, status changes, and new ideas in a
//! followed wijk (bundled). Read, mark read, mail settings, unsubscribe.

use crate::both_engines;
use crate::helpers::TestApp;

const SCHILDERSBUURT_WEST: &str = "BU05182915";

both_engines!(
    followers_hear_of_comments_but_not_of_their_own,
    |app: TestApp| async move {
        let (_, author) = app.resident("Auteur").await;
        let (_, neighbour) = app.resident("Buur").await;
        let (_, stranger) = app.resident("Vreemde").await;
        let id = app
            .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await
            .to_string();

        app.call(
            &neighbour,
            "/api/comments/add",
            &[("idea_id", &id), ("body", "Mooi!")],
        )
        .await;
        let (_, list) = app.read(&author, "/api/notifications/list").await;
        assert_eq!(list["unread"], 1);
        assert_eq!(list["items"][0]["kind"], "comment");
        assert_eq!(list["items"][0]["actor_name"], "Buur");
        assert_eq!(list["items"][0]["idea_title"], "Bankjes in het park");
        let (_, own) = app.read(&neighbour, "/api/notifications/list").await;
        assert_eq!(own["unread"], 0, "no notification of one's own comment");
        let (_, none) = app.read(&stranger, "/api/notifications/list").await;
        assert_eq!(none["items"].as_array().unwrap().len(), 0);

        // The commenter now follows, so the author's answer reaches them.
        app.call(
            &author,
            "/api/comments/add",
            &[("idea_id", &id), ("body", "Dank!")],
        )
        .await;
        let (_, unread) = app.read(&neighbour, "/api/notifications/unread").await;
        assert_eq!(unread, 1);

        // The header shows the count on every page.
        let page = neighbour
            .get(app.url("/"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(page.contains(r#"data-testid="unread-count""#));

        // Marking read: one, then all; someone else's is not found.
        let (_, list) = app.read(&author, "/api/notifications/list").await;
        let nid = list["items"][0]["id"].to_string();
        let (status, _) = app
            .call(&neighbour, "/api/notifications/read", &[("id", &nid)])
            .await;
        assert_eq!(status, 404);
        let (status, left) = app
            .call(&author, "/api/notifications/read", &[("id", &nid)])
            .await;
        assert_eq!((status, left.as_i64()), (200, Some(0)));
        let (status, left) = app.call(&neighbour, "/api/notifications/read", &[]).await;
        assert_eq!((status, left.as_i64()), (200, Some(0)));
        let (status, _) = app.read(&app.client, "/api/notifications/list").await;
        assert_eq!(status, 401);
    }
);

both_engines!(status_changes_reach_followers, |app: TestApp| async move {
    let (author_id, author) = app.resident("Auteur").await;
    let (_, neighbour) = app.resident("Buur").await;
    let id = app
        .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
        .await;
    app.call(&neighbour, "/api/ideas/follow", &[("id", &id.to_string())])
        .await;
    app::db::ideas::set_status(&app.pool, id, app::domain::Status::Opgepakt)
        .await
        .unwrap();
    let n = app::db::notifications::for_idea_followers(
        &app.pool,
        id,
        app::domain::views::NotificationKind::Status,
        None,
        Some("opgepakt"),
        None,
    )
    .await
    .unwrap();
    assert_eq!(n, 2, "author and follower");
    let (_, list) = app.read(&neighbour, "/api/notifications/list").await;
    assert_eq!(list["items"][0]["kind"], "status");
    assert_eq!(list["items"][0]["status"], "opgepakt");
    let page = neighbour
        .get(app.url("/meldingen"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("heeft een nieuwe status: Opgepakt"),
        "the list says it in words"
    );
    let _ = author_id;
});

both_engines!(
    new_ideas_in_a_followed_wijk_are_bundled,
    |app: TestApp| async move {
        let (_, author) = app.resident("Auteur").await;
        let (_, follower) = app.resident("Volger").await;
        app.call(&follower, "/api/wards/follow", &[("code", "WK051829")])
            .await;
        for title in ["Eerste nieuwe idee", "Tweede nieuwe idee", "Derde nieuwe idee"] {
            app.idea_by(&author, title, SCHILDERSBUURT_WEST).await;
        }
        let (_, list) = app.read(&follower, "/api/notifications/list").await;
        let items = list["items"].as_array().unwrap();
        assert_eq!(items.len(), 1, "one bundle, not three notifications: {list}");
        assert_eq!(items[0]["kind"], "ward_ideas");
        assert_eq!(items[0]["item_count"], 3);
        assert_eq!(items[0]["idea_title"], "Derde nieuwe idee");
        // Once read, the next idea starts a new bundle.
        app.call(&follower, "/api/notifications/read", &[]).await;
        app.idea_by(&author, "Vierde nieuwe idee", SCHILDERSBUURT_WEST)
            .await;
        let (_, list) = app.read(&follower, "/api/notifications/list").await;
        assert_eq!(list["items"].as_array().unwrap().len(), 2);
        assert_eq!(list["unread"], 1);
        // The author of the ideas is not told about their own.
        let (_, own) = app.read(&author, "/api/notifications/list").await;
        assert_eq!(own["items"].as_array().unwrap().len(), 0);
    }
);

both_engines!(
    mail_settings_and_unsubscribe_without_login,
    |app: TestApp| async move {
        let (user_id, resident) = app.resident("Bewoner").await;
        let (status, _) = app
            .call(
                &resident,
                "/api/notifications/email-frequency",
                &[("frequency", "daily")],
            )
            .await;
        assert_eq!(status, 200);
        let (_, list) = app.read(&resident, "/api/notifications/list").await;
        assert_eq!(list["email_frequency"], "daily");
        let (status, e) = app
            .call(
                &resident,
                "/api/notifications/email-frequency",
                &[("frequency", "hourly")],
            )
            .await;
        assert_eq!((status, e["field"].as_str()), (400, Some("frequency")));
        let (status, _) = app
            .call(
                &app.client,
                "/api/notifications/email-frequency",
                &[("frequency", "never")],
            )
            .await;
        assert_eq!(status, 401);

        let token = app::db::users::mail_recipient(&app.pool, user_id)
            .await
            .unwrap()
            .unsubscribe_token;
        let (status, _) = app
            .call(&app.client, "/api/mail/unsubscribe", &[("token", "wrong")])
            .await;
        assert_eq!(status, 404);
        let page = app.get(&format!("/afmelden/{token}")).await;
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("Afmelden"));
        let (status, _) = app
            .call(&app.client, "/api/mail/unsubscribe", &[("token", &token)])
            .await;
        assert_eq!(status, 200);
        assert_eq!(
            app::db::users::email_frequency(&app.pool, user_id).await.unwrap(),
            app::domain::EmailFrequency::Never
        );
        // RFC 8058 one-click, as a mail program sends it.
        app::db::users::set_email_frequency(&app.pool, user_id, app::domain::EmailFrequency::Direct)
            .await
            .unwrap();
        let r = app
            .client
            .post(app.url(&format!("/api/mail/one-click/{token}")))
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(
            app::db::users::email_frequency(&app.pool, user_id).await.unwrap(),
            app::domain::EmailFrequency::Never
        );
        let r = app
            .client
            .post(app.url("/api/mail/one-click/nope"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404);
    }
);

both_engines!(
    hidden_ideas_leave_every_notification_list,
    |app: TestApp| async move {
        let (_, author) = app.resident("Auteur").await;
        let (_, neighbour) = app.resident("Buur").await;
        let id = app
            .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await;
        app.call(
            &neighbour,
            "/api/comments/add",
            &[("idea_id", &id.to_string()), ("body", "Mooi")],
        )
        .await;
        let (_, before) = app.read(&author, "/api/notifications/unread").await;
        assert_eq!(before, 1);
        app::db::ideas::set_hidden(&app.pool, id, true).await.unwrap();
        let (_, after) = app.read(&author, "/api/notifications/unread").await;
        assert_eq!(after, 0);
        let (_, list) = app.read(&author, "/api/notifications/list").await;
        assert!(!list.to_string().contains("Bankjes in het park"), "{list}");
    }
);

both_engines!(
    one_click_unsubscribe_is_honoured_from_webmail,
    |app: TestApp| async move {
        let (user_id, _) = app.resident("Bewoner").await;
        let token = app::db::users::mail_recipient(&app.pool, user_id)
            .await
            .unwrap()
            .unsubscribe_token;
        // Webmail may send it from the browser, as a cross-site request without cookies.
        let r = app
            .client
            .post(app.url(&format!("/api/mail/one-click/{token}")))
            .header("Sec-Fetch-Site", "cross-site")
            .header("Origin", "https://webmail.example")
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(
            app::db::users::email_frequency(&app.pool, user_id).await.unwrap(),
            app::domain::EmailFrequency::Never
        );
        // Other state-changing requests from another site are still refused.
        let r = app
            .client
            .post(app.url("/api/mail/unsubscribe"))
            .header("Sec-Fetch-Site", "cross-site")
            .form(&[("token", token.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403);
    }
);

both_engines!(
    opening_a_notification_marks_it_read_and_leads_to_its_idea,
    |app: TestApp| async move {
        let (_, author) = app.resident("Fatima").await;
        let id = app
            .idea_by(&author, "Een bankje bij de vijver", "BU05182915")
            .await;
        let (_, neighbour) = app.resident("Joost").await;
        let (status, body) = app
            .call(
                &neighbour,
                "/api/comments/add",
                &[("idea_id", &id.to_string()), ("body", "Mooi plan, ik doe mee.")],
            )
            .await;
        assert_eq!(status, 200, "{body}");
        let (_, list) = app.read(&author, "/api/notifications/list").await;
        let item = &list["items"][0];
        assert_eq!(item["read"], false);
        let notification = item["id"].as_i64().unwrap();

        // The list links through the server, which marks it read on the way to the idea.
        let page = app.page_with(&author, &app.url("/meldingen")).await;
        assert!(page.contains(&format!(r#"href="/meldingen/{notification}""#)));
        let opened = author
            .get(app.url(&format!("/meldingen/{notification}")))
            .send()
            .await
            .unwrap();
        assert_eq!(opened.status(), 303);
        assert_eq!(opened.headers()["location"], format!("/ideeen/{id}").as_str());
        let (_, list) = app.read(&author, "/api/notifications/list").await;
        assert_eq!(list["items"][0]["read"], true);
        assert_eq!(list["unread"], 0);

        // Someone else's notification, or none, leads to one's own list; a visitor is asked to log in.
        let other = neighbour
            .get(app.url(&format!("/meldingen/{notification}")))
            .send()
            .await
            .unwrap();
        assert_eq!(other.headers()["location"], "/meldingen");
        let visitor = crate::helpers::new_client()
            .get(app.url(&format!("/meldingen/{notification}")))
            .send()
            .await
            .unwrap();
        assert_eq!(visitor.headers()["location"], "/inloggen");
        assert_eq!(app.get("/meldingen/abc").await.status(), 404);
    }
);

both_engines!(
    the_author_hears_each_status_change_with_its_explanation,
    |app: TestApp| async move {
        use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
        let gemeente = app
            .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
            .await;
        let (_, author) = app.resident("Joost").await;
        let id = app
            .idea_by(&author, "Een bankje bij de vijver", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        let (_, ilse) = app
            .professional(
                "Ilse",
                Role::Professional,
                Some(ProfessionalFunction::Ideeenmakelaar),
                Some(gemeente),
                &["WK051829"],
            )
            .await;
        let (status, e) = app
            .call(&ilse, "/api/work/claim", &[("idea_id", &id), ("kind", "lead")])
            .await;
        assert_eq!(status, 200, "{e}");
        let why = "We zoeken een plek met de buurt; in maart komt er een bankje.";
        let (status, e) = app
            .call(
                &ilse,
                "/api/work/status",
                &[
                    ("idea_id", &id),
                    ("status", "in_voorbereiding"),
                    ("explanation", why),
                ],
            )
            .await;
        assert_eq!(status, 200, "{e}");
        let (_, list) = app.read(&author, "/api/notifications/list").await;
        let statuses: Vec<&serde_json::Value> = list["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|n| n["kind"] == "status")
            .collect();
        assert_eq!(statuses.len(), 2, "picked up, then in preparation: {list}");
        assert_eq!(statuses[0]["explanation"], why);
        assert!(statuses[1]["explanation"].is_null());
        let page = app.page_with(&author, &app.url("/meldingen")).await;
        assert!(page.contains("in maart komt er een bankje"));
    }
);

both_engines!(
    an_author_hears_of_a_days_supports_in_one_notification,
    |app: TestApp| async move {
        let (_, author) = app.resident("Auteur").await;
        let id = app
            .idea_by(&author, "Een moestuin op het plein", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        let supports = |n: usize| {
            let app = &app;
            let id = id.clone();
            async move {
                let (_, client) = app.resident(&format!("Buur {n}")).await;
                app.call(&client, "/api/ideas/support", &[("id", &id)]).await;
                client
            }
        };
        let first = supports(1).await;
        let supports_of = |list: &serde_json::Value| -> Vec<serde_json::Value> {
            list["items"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|n| n["kind"] == "supports")
                .cloned()
                .collect()
        };
        let (_, list) = app.read(&author, "/api/notifications/list").await;
        let bundle = supports_of(&list);
        assert_eq!(bundle.len(), 1, "{list}");
        assert_eq!(bundle[0]["item_count"], 1);

        supports(2).await;
        supports(3).await;
        // Taking a support back and giving it again counts once.
        app.call(&first, "/api/ideas/unsupport", &[("id", &id)]).await;
        app.call(&first, "/api/ideas/support", &[("id", &id)]).await;
        let (_, list) = app.read(&author, "/api/notifications/list").await;
        let bundle = supports_of(&list);
        assert_eq!(bundle.len(), 1, "one notification a day: {list}");
        assert_eq!(bundle[0]["item_count"], 3);
        assert_eq!(list["unread"], 1);
        let page = author
            .get(app.url("/meldingen"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(page.contains("3 mensen steunen je idee ‘Een moestuin op het plein’"));

        // Read, then a fourth support the same day: the count goes on, no new notification.
        let nid = bundle[0]["id"].to_string();
        app.call(&author, "/api/notifications/read", &[("id", &nid)])
            .await;
        supports(4).await;
        let (_, list) = app.read(&author, "/api/notifications/list").await;
        let bundle = supports_of(&list);
        assert_eq!(bundle.len(), 1);
        assert_eq!(bundle[0]["item_count"], 4);
        assert_eq!(list["unread"], 0, "read stays read the same day");

        // Supporters hear nothing of each other's supports.
        let (_, theirs) = app.read(&first, "/api/notifications/list").await;
        assert!(supports_of(&theirs).is_empty());
    }
);
