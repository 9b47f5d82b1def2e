//! `--demo` seeds residents, professionals and ideas once; passwords are new at every start.

use crate::both_engines;
use crate::helpers::TestApp;

both_engines!(
    demo_data_is_seeded_once_with_fresh_passwords,
    |app: TestApp| async move {
        let first = wijkidee::demo::seed(&app.pool).await.unwrap();
        assert!(first.len() >= 3);
        let ideas = app.count("ideas").await;
        assert!(ideas >= 30, "a few dozen ideas, got {ideas}");
        let wijken: i64 = sqlx::query_scalar("SELECT COUNT(DISTINCT wijk_code) FROM ideas")
            .fetch_one(&app.pool)
            .await
            .unwrap();
        assert!(wijken >= 10, "spread over many wijken, got {wijken}");
        // Every author follows their own ideas, so they hear of supports, comments and status.
        let unfollowed: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM ideas i WHERE NOT EXISTS \
             (SELECT 1 FROM idea_follows f WHERE f.idea_id = i.id AND f.user_id = i.author_id)",
        )
        .fetch_one(&app.pool)
        .await
        .unwrap();
        assert_eq!(unfollowed, 0, "demo authors follow their ideas");

        // Lived in: supports (some ideas with enough), comments, messages, outcomes with their
        // explanations, a team for the wijken nobody covers.
        let claims = app.count("claims").await;
        assert!(claims >= 6, "professionals at work, got {claims}");
        for (table, at_least) in [
            ("supports", 60),
            ("comments", 5),
            ("idea_messages", 2),
            ("uncovered_responder", 1),
        ] {
            let n = app.count(table).await;
            assert!(n >= at_least, "{table}: {n}");
        }
        let told: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE kind = 'message'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
        assert_eq!(told, 2, "both sides of the demo conversation were told");
        let enough: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ideas WHERE support_count >= 25")
            .fetch_one(&app.pool)
            .await
            .unwrap();
        assert!(enough >= 2, "ideas with enough support: {enough}");
        for status in ["gerealiseerd", "niet_haalbaar", "doorverwezen"] {
            let explained: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM ideas i JOIN idea_events e ON e.idea_id = i.id AND e.to_status = i.status \
                 WHERE i.status = $1 AND e.explanation IS NOT NULL",
            )
            .bind(status)
            .fetch_one(&app.pool)
            .await
            .unwrap();
            assert_eq!(explained, 1, "{status} with its public explanation");
        }
        let professionals: i64 = sqlx::query_scalar("SELECT COUNT(DISTINCT user_id) FROM werkgebied")
            .fetch_one(&app.pool)
            .await
            .unwrap();
        assert!(
            professionals >= 4,
            "several professionals at work: {professionals}"
        );
        let covered: i64 = sqlx::query_scalar("SELECT COUNT(DISTINCT wijk_code) FROM werkgebied")
            .fetch_one(&app.pool)
            .await
            .unwrap();
        assert!(covered >= 6, "several wijken covered: {covered}");

        let second = wijkidee::demo::seed(&app.pool).await.unwrap();
        assert_eq!(app.count("ideas").await, ideas, "no duplicates on a second start");
        assert_eq!(app.count("claims").await, claims, "professionals at work, once");

        // The demo ideeënmakelaar's workbench has something to show, a stalled idea included.
        let ilse = second.iter().find(|a| a.display_name == "Ilse").unwrap();
        let client = crate::helpers::new_client();
        let r = app
            .post_with(
                &client,
                "/api/account/login",
                &[("email", &ilse.email), ("password", &ilse.password)],
            )
            .await;
        assert_eq!(r.status(), 200);
        let (status, bench) = app.read(&client, "/api/work/workbench").await;
        assert_eq!(status, 200, "{bench}");
        let stalled: i64 = bench["wijken"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["stalled"].as_i64().unwrap())
            .sum();
        assert_eq!(stalled, 1);
        assert_ne!(first[0].password, second[0].password);
        let r = app
            .post(
                "/api/account/login",
                &[("email", &second[0].email), ("password", &second[0].password)],
            )
            .await;
        assert_eq!(r.status(), 200);
        let stale = crate::helpers::new_client();
        let r = app
            .post_with(
                &stale,
                "/api/account/login",
                &[("email", &first[0].email), ("password", &first[0].password)],
            )
            .await;
        assert_eq!(r.status(), 401);
    }
);
