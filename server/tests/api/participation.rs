//! Supporting and following: the rules, the refusals, and exact counts under concurrent load.

use crate::both_engines;
use crate::helpers::TestApp;
use rand::Rng;
use serde_json::Value;

const SCHILDERSBUURT_WEST: &str = "BU05182915";

both_engines!(
    a_resident_supports_once_and_can_take_it_back,
    |app: TestApp| async move {
        let (_, author) = app.resident("Auteur").await;
        let (_, neighbour) = app.resident("Xander").await;
        let id = app
            .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await;
        let id_s = id.to_string();

        let (status, p) = app.call(&neighbour, "/api/ideas/support", &[("id", &id_s)]).await;
        assert_eq!(status, 200, "{p}");
        assert_eq!(p["support_count"], 1);
        assert_eq!(p["supported"], true);
        // A second support (a double click, a retry) changes nothing and is no error.
        let (status, p) = app.call(&neighbour, "/api/ideas/support", &[("id", &id_s)]).await;
        assert_eq!((status, p["support_count"].as_i64()), (200, Some(1)));
        assert_eq!(app.count("supports").await, 1);

        // Counted publicly; who supported is not in any public answer.
        let (_, public) = app
            .read(&app.client, &format!("/api/ideas/participation?id={id}"))
            .await;
        assert_eq!(public["support_count"], 1);
        assert_eq!(public["supported"], false);
        assert_eq!(public["logged_in"], false);
        let page = app.get(&format!("/ideeen/{id}")).await.text().await.unwrap();
        assert!(
            !page.contains("Xander"),
            "a supporter's name is not on the idea page"
        );

        let (status, p) = app
            .call(&neighbour, "/api/ideas/unsupport", &[("id", &id_s)])
            .await;
        assert_eq!(
            (status, p["support_count"].as_i64(), p["supported"].as_bool()),
            (200, Some(0), Some(false))
        );
        assert_eq!(app.count("supports").await, 0);
    }
);

both_engines!(
    supports_that_are_refused_store_nothing,
    |app: TestApp| async move {
        let (_, author) = app.resident("Auteur").await;
        let (_, neighbour) = app.resident("Buur").await;
        let id = app
            .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await;
        let id_s = id.to_string();

        let (status, e) = app.call(&author, "/api/ideas/support", &[("id", &id_s)]).await;
        assert_eq!(status, 403);
        assert_eq!(e["message"], "ErrOwnIdeaSupport");

        let (status, _) = app
            .call(&app.client, "/api/ideas/support", &[("id", &id_s)])
            .await;
        assert_eq!(status, 401, "a visitor must log in");

        let (status, _) = app
            .call(&neighbour, "/api/ideas/support", &[("id", "999999")])
            .await;
        assert_eq!(status, 404);
        let (status, _) = app.call(&neighbour, "/api/ideas/support", &[("id", "abc")]).await;
        assert_eq!(status, 400);

        for closed in [
            app::domain::Status::Ingetrokken,
            app::domain::Status::Gerealiseerd,
        ] {
            app::db::ideas::set_status(&app.pool, id, closed).await.unwrap();
            let (status, e) = app.call(&neighbour, "/api/ideas/support", &[("id", &id_s)]).await;
            assert_eq!(status, 409, "{closed:?}");
            assert_eq!(e["message"], "ErrIdeaClosedForSupport");
            assert!(e["text"].as_str().unwrap().contains("Steunen kan niet meer"));
        }
        app::db::ideas::set_status(&app.pool, id, app::domain::Status::Ingediend)
            .await
            .unwrap();
        app::db::ideas::set_hidden(&app.pool, id, true).await.unwrap();
        let (status, _) = app.call(&neighbour, "/api/ideas/support", &[("id", &id_s)]).await;
        assert_eq!(status, 404, "a hidden idea is not found");
        assert_eq!(app.count("supports").await, 0);
    }
);

both_engines!(
    the_threshold_marks_an_idea_with_enough_support,
    |app: TestApp| async move {
        // A threshold of 25 by default; this test uses a server with 3.
        let engine = app.engine;
        drop(app);
        let app = TestApp::spawn_with(engine, |c| c.app.support_threshold = 3).await;
        let (_, author) = app.resident("Auteur").await;
        let id = app
            .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await;
        let mut last = Value::Null;
        for i in 0..3 {
            let (_, c) = app.resident(&format!("Buur {i}")).await;
            last = app
                .call(&c, "/api/ideas/support", &[("id", &id.to_string())])
                .await
                .1;
        }
        assert_eq!(last["support_count"], 3);
        assert_eq!(last["support_threshold"], 3);
        let page = app.get(&format!("/ideeen/{id}")).await.text().await.unwrap();
        assert!(
            page.contains("Genoeg steun"),
            "the idea page says it has enough support"
        );
    }
);

both_engines!(
    following_twice_or_unfollowing_nothing_is_refused,
    |app: TestApp| async move {
        let (_, author) = app.resident("Auteur").await;
        let (_, neighbour) = app.resident("Buur").await;
        let id = app
            .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await
            .to_string();

        // The author follows their own idea from the start.
        let (status, e) = app.call(&author, "/api/ideas/follow", &[("id", &id)]).await;
        assert_eq!(
            (status, e["message"].as_str()),
            (409, Some("ErrAlreadyFollowing"))
        );

        let (status, p) = app.call(&neighbour, "/api/ideas/follow", &[("id", &id)]).await;
        assert_eq!((status, p["following"].as_bool()), (200, Some(true)));
        let before = app.count("idea_follows").await;
        let (status, e) = app.call(&neighbour, "/api/ideas/follow", &[("id", &id)]).await;
        assert_eq!(
            (status, e["message"].as_str()),
            (409, Some("ErrAlreadyFollowing"))
        );
        assert_eq!(app.count("idea_follows").await, before);
        let (status, _) = app.call(&neighbour, "/api/ideas/unfollow", &[("id", &id)]).await;
        assert_eq!(status, 200);
        let (status, e) = app.call(&neighbour, "/api/ideas/unfollow", &[("id", &id)]).await;
        assert_eq!((status, e["message"].as_str()), (409, Some("ErrNotFollowing")));

        // Wijken: the same rules, and unknown wijken are not found.
        let (status, v) = app
            .call(&neighbour, "/api/wards/follow", &[("code", "WK051829")])
            .await;
        assert_eq!((status, v), (200, Value::Bool(true)));
        let (status, _) = app
            .call(&neighbour, "/api/wards/follow", &[("code", "WK051829")])
            .await;
        assert_eq!(status, 409);
        let (status, _) = app
            .call(&neighbour, "/api/wards/follow", &[("code", "WK999999")])
            .await;
        assert_eq!(status, 404);
        let (status, _) = app
            .call(&neighbour, "/api/wards/follow", &[("code", "BU05182915")])
            .await;
        assert_eq!(status, 404, "a buurt is not a wijk to follow");
        let (status, _) = app
            .call(&app.client, "/api/wards/follow", &[("code", "WK051829")])
            .await;
        assert_eq!(status, 401);
        assert_eq!(app.count("ward_follows").await, 1);
    }
);

both_engines!(
    a_thousand_concurrent_supports_leave_exact_counts,
    |app: TestApp| async move {
        let (_, author) = app.resident("Auteur").await;
        let mut ideas = Vec::new();
        for n in 0..5 {
            ideas.push(
                app.idea_by(
                    &author,
                    &format!("Idee nummer {n} voor de buurt"),
                    SCHILDERSBUURT_WEST,
                )
                .await,
            );
        }
        let mut residents = Vec::new();
        for i in 0..100 {
            residents.push(app.resident(&format!("Buur {i}")).await.1);
        }
        let app = std::sync::Arc::new(app);
        let mut tasks = tokio::task::JoinSet::new();
        let mut rng = rand::thread_rng();
        for round in 0..12 {
            for (i, client) in residents.iter().enumerate() {
                let idea = ideas[rng.gen_range(0..ideas.len())];
                let path = if (round + i) % 3 == 0 {
                    "/api/ideas/unsupport"
                } else {
                    "/api/ideas/support"
                };
                let (app, client) = (app.clone(), client.clone());
                tasks.spawn(async move {
                    let (status, body) = app.call(&client, path, &[("id", &idea.to_string())]).await;
                    assert_eq!(status, 200, "{path}: {body}");
                });
            }
        }
        let mut done = 0;
        while let Some(result) = tasks.join_next().await {
            result.expect("every request answered 200");
            done += 1;
        }
        assert_eq!(done, 1200);
        for id in ideas {
            let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM supports WHERE idea_id = $1")
                .bind(id)
                .fetch_one(&app.pool)
                .await
                .unwrap();
            let counter = app::db::supports::count(&app.pool, id).await.unwrap();
            assert_eq!(counter, rows, "idea {id}: the counter equals the rows");
        }
    }
);
