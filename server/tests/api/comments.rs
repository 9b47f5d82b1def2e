//! Comments: threads of one level, links, editing within 15 minutes, deleting, and every refusal.

use crate::both_engines;
use crate::helpers::TestApp;
use serde_json::Value;

const SCHILDERSBUURT_WEST: &str = "BU05182915";

both_engines!(
    residents_comment_and_reply_in_one_level,
    |app: TestApp| async move {
        let (_, author) = app.resident("Auteur").await;
        let (_, neighbour) = app.resident("Buur").await;
        let id = app
            .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await
            .to_string();

        let (status, first) = app
            .call(
                &neighbour,
                "/api/comments/add",
                &[
                    ("idea_id", &id),
                    ("body", "Goed plan! Zie www.denhaag.nl/parken."),
                ],
            )
            .await;
        assert_eq!(status, 200, "{first}");
        let first_id = first["id"].as_i64().unwrap().to_string();
        assert_eq!(first["author_name"], "Buur");
        assert_eq!(first["parts"][1]["Link"]["href"], "https://www.denhaag.nl/parken");

        let (status, reply) = app
            .call(
                &author,
                "/api/comments/add",
                &[("idea_id", &id), ("body", "Dank je!"), ("parent_id", &first_id)],
            )
            .await;
        assert_eq!(status, 200);
        // Answering the reply joins the same thread (one level).
        let reply_id = reply["id"].as_i64().unwrap().to_string();
        let (_, deeper) = app
            .call(
                &neighbour,
                "/api/comments/add",
                &[("idea_id", &id), ("body", "Graag."), ("parent_id", &reply_id)],
            )
            .await;
        assert_eq!(deeper["parent_id"].as_i64(), first["id"].as_i64());

        let (_, thread) = app
            .read(&app.client, &format!("/api/comments/list?idea_id={id}"))
            .await;
        assert_eq!(thread.as_array().unwrap().len(), 3);
        assert!(thread[0]["editable_text"].is_null(), "a visitor edits nothing");
        let (_, summary) = app.read(&app.client, &format!("/api/ideas/get?id={id}")).await;
        assert_eq!(summary["summary"]["comment_count"], 3);

        // The page shows the link as a link and escapes everything else.
        let (_, evil) = app
            .call(
                &neighbour,
                "/api/comments/add",
                &[
                    ("idea_id", &id),
                    ("body", "<script>alert(1)</script> https://x.nl/\"onclick=\""),
                ],
            )
            .await;
        assert!(evil["id"].is_i64());
        let page = app.get(&format!("/ideeen/{id}")).await.text().await.unwrap();
        assert!(page.contains(r#"href="https://www.denhaag.nl/parken""#));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!page.contains("<script>alert(1)"));
        assert!(page.contains(r#"href="https://x.nl/""#));
    }
);

both_engines!(
    authors_edit_for_fifteen_minutes_and_delete_keeping_replies,
    |app: TestApp| async move {
        let (_, author) = app.resident("Auteur").await;
        let (_, neighbour) = app.resident("Buur").await;
        let id = app
            .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        let (_, c) = app
            .call(
                &neighbour,
                "/api/comments/add",
                &[("idea_id", &id), ("body", "Eerste versie")],
            )
            .await;
        let cid = c["id"].as_i64().unwrap();
        let cid_s = cid.to_string();
        assert_eq!(c["editable_text"], "Eerste versie");

        let (status, edited) = app
            .call(
                &neighbour,
                "/api/comments/edit",
                &[("id", &cid_s), ("body", "Tweede versie")],
            )
            .await;
        assert_eq!(status, 200);
        assert_eq!(edited["edited"], true);
        let page = app.get(&format!("/ideeen/{id}")).await.text().await.unwrap();
        assert!(page.contains("Tweede versie") && page.contains("bewerkt"));

        // Someone else's comment: refused, unchanged.
        let (status, e) = app
            .call(
                &author,
                "/api/comments/edit",
                &[("id", &cid_s), ("body", "Gekaapt")],
            )
            .await;
        assert_eq!((status, e["message"].as_str()), (403, Some("ErrCommentNotYours")));
        let (status, _) = app.call(&author, "/api/comments/delete", &[("id", &cid_s)]).await;
        assert_eq!(status, 403);

        // After 15 minutes: no more editing.
        sqlx::query("UPDATE comments SET created_at = created_at - 901 WHERE id = $1")
            .bind(cid)
            .execute(&app.pool)
            .await
            .unwrap();
        let (status, e) = app
            .call(
                &neighbour,
                "/api/comments/edit",
                &[("id", &cid_s), ("body", "Te laat")],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (409, Some("ErrCommentEditExpired"))
        );
        let body: String = sqlx::query_scalar("SELECT body FROM comments WHERE id = $1")
            .bind(cid)
            .fetch_one(&app.pool)
            .await
            .unwrap();
        assert_eq!(body, "Tweede versie");

        // Deleting keeps the replies; the text and name disappear from every answer.
        app.call(
            &author,
            "/api/comments/add",
            &[
                ("idea_id", &id),
                ("body", "Antwoord blijft"),
                ("parent_id", &cid_s),
            ],
        )
        .await;
        let (status, _) = app
            .call(&neighbour, "/api/comments/delete", &[("id", &cid_s)])
            .await;
        assert_eq!(status, 200);
        let (_, thread) = app
            .read(&app.client, &format!("/api/comments/list?idea_id={id}"))
            .await;
        assert_eq!(thread[0]["deleted"], true);
        assert!(thread[0]["author_name"].is_null() && thread[0]["parts"].as_array().unwrap().is_empty());
        assert_eq!(thread[1]["deleted"], false);
        let page = app.get(&format!("/ideeen/{id}")).await.text().await.unwrap();
        assert!(page.contains("Deze reactie is verwijderd.") && page.contains("Antwoord blijft"));
        assert!(!page.contains("Tweede versie"));
        let (_, summary) = app.read(&app.client, &format!("/api/ideas/get?id={id}")).await;
        assert_eq!(summary["summary"]["comment_count"], 1);
        let (status, _) = app
            .call(&neighbour, "/api/comments/delete", &[("id", &cid_s)])
            .await;
        assert_eq!(status, 404, "deleting twice");
    }
);

both_engines!(
    bad_comments_are_refused_and_store_nothing,
    |app: TestApp| async move {
        let (_, author) = app.resident("Auteur").await;
        let (_, neighbour) = app.resident("Buur").await;
        let id = app
            .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await;
        let other = app
            .idea_by(&author, "Speeltuin opknappen", SCHILDERSBUURT_WEST)
            .await;
        let id_s = id.to_string();
        let (_, on_other) = app
            .call(
                &author,
                "/api/comments/add",
                &[("idea_id", &other.to_string()), ("body", "Elders")],
            )
            .await;
        let before = app.count("comments").await;

        type Case<'a> = (Vec<(&'a str, String)>, u16, Option<&'a str>);
        let cases: Vec<Case> = vec![
            (
                vec![("idea_id", id_s.clone()), ("body", "   ".into())],
                400,
                Some("ErrCommentEmpty"),
            ),
            (
                vec![("idea_id", id_s.clone()), ("body", "x".repeat(2001))],
                400,
                Some("ErrCommentTooLong"),
            ),
            (
                vec![("idea_id", id_s.clone()), ("body", "a\u{1}b".into())],
                400,
                Some("ErrControlCharacters"),
            ),
            (
                vec![("idea_id", "999999".into()), ("body", "Hallo".into())],
                404,
                None,
            ),
            (
                vec![
                    ("idea_id", id_s.clone()),
                    ("body", "Hallo".into()),
                    ("parent_id", on_other["id"].to_string()),
                ],
                400,
                Some("ErrReplyTargetInvalid"),
            ),
        ];
        for (form, status, message) in cases {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let (got, e) = app.call(&neighbour, "/api/comments/add", &form).await;
            assert_eq!(got, status, "{form:?}: {e}");
            if let Some(message) = message {
                assert_eq!(e["message"], message);
                assert!(!e["text"].as_str().unwrap_or_default().is_empty());
            }
        }
        let (status, _) = app
            .call(
                &app.client,
                "/api/comments/add",
                &[("idea_id", &id_s), ("body", "Hoi")],
            )
            .await;
        assert_eq!(status, 401);

        app::db::ideas::set_hidden(&app.pool, id, true).await.unwrap();
        let (status, e) = app
            .call(
                &neighbour,
                "/api/comments/add",
                &[("idea_id", &id_s), ("body", "Hoi")],
            )
            .await;
        assert_eq!((status, e["message"].as_str()), (403, Some("ErrIdeaHidden")));
        assert_eq!(app.count("comments").await, before, "nothing stored");
        let _: Value = e;
    }
);

both_engines!(
    a_deleted_comment_takes_no_new_answers,
    |app: TestApp| async move {
        let (_, author) = app.resident("Auteur").await;
        let (_, neighbour) = app.resident("Buur").await;
        let id = app
            .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        let (_, gone) = app
            .call(
                &neighbour,
                "/api/comments/add",
                &[("idea_id", &id), ("body", "Weg")],
            )
            .await;
        let gone_id = gone["id"].to_string();
        app.call(&neighbour, "/api/comments/delete", &[("id", &gone_id)])
            .await;
        let before = app.count("comments").await;
        let (status, e) = app
            .call(
                &author,
                "/api/comments/add",
                &[("idea_id", &id), ("body", "Hoi"), ("parent_id", &gone_id)],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (400, Some("ErrReplyTargetInvalid"))
        );
        assert_eq!(app.count("comments").await, before);
    }
);
