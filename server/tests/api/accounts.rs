//! Register, log in, log out, sessions and cookies; refusals and throttling.

use crate::both_engines;
use crate::helpers::{expect_error, new_client, PASSWORD};

fn session_cookie(r: &reqwest::Response) -> String {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("wijkidee_sessie="))
        .expect("a session cookie")
        .to_owned()
}

async fn me(app: &crate::helpers::TestApp, client: &reqwest::Client) -> serde_json::Value {
    client
        .get(app.url("/api/account/me"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

both_engines!(
    register_log_out_and_in,
    |app: crate::helpers::TestApp| async move {
        let r = app.register("anna@example.nl", "Anna").await;
        assert_eq!(r.status(), 200);
        let cookie = session_cookie(&r);
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        assert!(
            !cookie.contains("Secure"),
            "no Secure flag on localhost: {cookie}"
        );
        assert_eq!(me(&app, &app.client).await["display_name"], "Anna");
        // The stored hash is argon2id, never the password.
        let hash: String = sqlx::query_scalar("SELECT password_hash FROM users")
            .fetch_one(&app.pool)
            .await
            .unwrap();
        assert!(hash.starts_with("$argon2id$") && !hash.contains(PASSWORD));

        assert_eq!(app.post("/api/account/logout", &[]).await.status(), 200);
        assert!(me(&app, &app.client).await.is_null());
        assert_eq!(
            app.count("sessions").await,
            0,
            "logout ends the session in the database"
        );

        let wrong = app
            .post(
                "/api/account/login",
                &[("email", "anna@example.nl"), ("password", "verkeerd-wachtwoord")],
            )
            .await;
        expect_error(wrong, 401, None).await;
        let r = app
            .post(
                "/api/account/login",
                &[("email", "ANNA@example.nl"), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(r.status(), 200);
        let second = session_cookie(&r);
        assert_ne!(cookie, second, "a new session id at every login");
        assert_eq!(me(&app, &app.client).await["display_name"], "Anna");
    }
);

both_engines!(
    login_rotates_an_existing_session,
    |app: crate::helpers::TestApp| async move {
        app.register("bram@example.nl", "Bram").await;
        assert_eq!(app.count("sessions").await, 1);
        let r = app
            .post(
                "/api/account/login",
                &[("email", "bram@example.nl"), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(r.status(), 200);
        assert_eq!(
            app.count("sessions").await,
            1,
            "the old session is ended when logging in again"
        );
    }
);

both_engines!(
    registration_refusals_store_nothing,
    |app: crate::helpers::TestApp| async move {
        let cases: [(&str, &str, &str, u16, &str); 6] = [
            ("kees@example.nl", "Kees", "kort", 400, "password"),
            ("kees@example.nl", "Kees", "Wachtwoord123", 400, "password"),
            ("geen-email", "Kees", PASSWORD, 400, "email"),
            ("kees@example.nl", " ", PASSWORD, 400, "display_name"),
            ("kees@example.nl", &"k".repeat(61), PASSWORD, 400, "display_name"),
            ("kees@example.nl", "Kees\u{7}", PASSWORD, 400, "display_name"),
        ];
        for (email, name, password, status, field) in cases {
            let r = app
                .post(
                    "/api/account/register",
                    &[("email", email), ("display_name", name), ("password", password)],
                )
                .await;
            expect_error(r, status, Some(field)).await;
        }
        assert_eq!(app.count("users").await, 0);
        assert_eq!(app.register("kees@example.nl", "Kees").await.status(), 200);
        let other = new_client();
        let r = app
            .post_with(
                &other,
                "/api/account/register",
                &[
                    ("email", "Kees@Example.nl"),
                    ("display_name", "K2"),
                    ("password", PASSWORD),
                ],
            )
            .await;
        expect_error(r, 409, Some("email")).await;
        assert_eq!(app.count("users").await, 1);
    }
);

both_engines!(
    repeated_failed_logins_are_refused_for_a_while,
    |app: crate::helpers::TestApp| async move {
        app.register("lotte@example.nl", "Lotte").await;
        let attacker = new_client();
        for _ in 0..5 {
            let r = app
                .post_with(
                    &attacker,
                    "/api/account/login",
                    &[("email", "lotte@example.nl"), ("password", "raden-raden-raden")],
                )
                .await;
            assert_eq!(r.status(), 401);
        }
        let r = app
            .post_with(
                &attacker,
                "/api/account/login",
                &[("email", "lotte@example.nl"), ("password", PASSWORD)],
            )
            .await;
        expect_error(r, 429, None).await;
        // Another account is not affected.
        app.post_with(
            &attacker,
            "/api/account/register",
            &[
                ("email", "sem@example.nl"),
                ("display_name", "Sem"),
                ("password", PASSWORD),
            ],
        )
        .await;
        let r = app
            .post_with(
                &attacker,
                "/api/account/login",
                &[("email", "sem@example.nl"), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(r.status(), 200);
    }
);

both_engines!(
    unknown_email_and_wrong_password_answer_alike,
    |app: crate::helpers::TestApp| async move {
        app.register("noor@example.nl", "Noor").await;
        let a = app
            .post(
                "/api/account/login",
                &[("email", "niemand@example.nl"), ("password", PASSWORD)],
            )
            .await;
        let a = expect_error(a, 401, None).await;
        let b = app
            .post(
                "/api/account/login",
                &[("email", "noor@example.nl"), ("password", "fout-fout-fout")],
            )
            .await;
        let b = expect_error(b, 401, None).await;
        assert_eq!(a, b);
    }
);

both_engines!(
    a_form_posted_without_javascript_shows_its_error_on_the_page,
    |app: crate::helpers::TestApp| async move {
        let referer = app.url("/registreren");
        let r = app
            .client
            .post(app.url("/api/account/register"))
            .header("Accept", "text/html")
            .header("Referer", &referer)
            .form(&[
                ("email", "jip@example.nl"),
                ("display_name", "Jip"),
                ("password", "kort"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 302);
        let location = r.headers()["location"].to_str().unwrap().to_owned();
        assert_eq!(
            location,
            format!("{referer}?fout=ErrPasswordTooShort&veld=password")
        );
        let page = app.page_with(&app.client, &location).await;
        assert!(
            page.contains("Het wachtwoord is te kort"),
            "the message is on the page"
        );
        assert!(page.contains("aria-invalid") || page.contains("field-invalid"));

        // Success from that same page clears the error from the URL.
        let r = app
            .client
            .post(app.url("/api/account/register"))
            .header("Accept", "text/html")
            .header("Referer", &location)
            .form(&[
                ("email", "jip@example.nl"),
                ("display_name", "Jip"),
                ("password", PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 302);
        assert_eq!(r.headers()["location"].to_str().unwrap(), "/");
    }
);
