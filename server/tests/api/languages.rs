//! The reader's language: chosen by `Accept-Language`, overridden by the switch's cookie, kept by
//! the account; pages, the islands' texts and error answers in it.

use crate::both_engines;
use crate::helpers::{expect_error, fresh_page, new_client, TestApp};
use app::i18n::{text, Locale, Msg};

/// A page of the app fetched by a fresh browser with the given headers: its headers and its body.
async fn page_in(
    app: &TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> (reqwest::header::HeaderMap, String) {
    fresh_page(&app.url(path), headers).await
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

both_engines!(
    accept_language_chooses_the_page_language,
    |app: TestApp| async move {
        let (response, page) =
            page_in(&app, "/wijken", &[("accept-language", "tr-TR,tr;q=0.9,en;q=0.5")]).await;
        assert!(page.contains("<html lang=\"tr\" dir=\"ltr\""), "{}", &page[..300]);
        assert!(page.contains(&escaped(text(Locale::Tr, Msg::NavWards))));
        assert!(
            !page.contains(&escaped(text(Locale::Nl, Msg::WardsIntro))),
            "no Dutch intro"
        );
        assert_eq!(response["content-language"], "tr");

        // A language we do not have falls back to Dutch.
        let (_, page) = page_in(&app, "/wijken", &[("accept-language", "fr-FR")]).await;
        assert!(page.contains("<html lang=\"nl\" dir=\"ltr\""));
        assert!(page.contains(&escaped(text(Locale::Nl, Msg::WardsIntro))));

        // The kept visitor pages are kept per language: Turkish again, then English, then Turkish.
        for (accept, locale) in [("tr", Locale::Tr), ("en", Locale::En), ("tr", Locale::Tr)] {
            let (_, page) = page_in(&app, "/", &[("accept-language", accept)]).await;
            assert!(page.contains(&format!("<html lang=\"{}\"", locale.tag())));
            assert!(page.contains(&escaped(text(locale, Msg::HomeIntro))), "{accept}");
        }
    }
);

both_engines!(
    the_cookie_overrides_the_browser_and_arabic_reads_right_to_left,
    |app: TestApp| async move {
        let (_, page) = page_in(&app, "/", &[("accept-language", "tr"), ("cookie", "taal=ar")]).await;
        assert!(page.contains("<html lang=\"ar\" dir=\"rtl\""));
        assert!(page.contains(&escaped(text(Locale::Ar, Msg::NavIdeas))));
        // The switch names every language in itself and marks the current one.
        for locale in Locale::ALL {
            assert!(
                page.contains(&format!(">{}</a>", locale.native_name())),
                "{locale:?}"
            );
        }
        assert!(
            page.contains("aria-current=\"true\">العربية"),
            "the current language is marked"
        );
        // The islands' texts come in the page's language, from a script cached for good.
        let script = page
            .split("src=\"/teksten/")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the texts script");
        assert!(script.starts_with("ar."), "{script}");
        let response = app.get(&format!("/teksten/{script}")).await;
        assert_eq!(response.status(), 200);
        assert!(response.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable"));
        let body = response.text().await.unwrap();
        assert!(body.contains(&serde_json::to_string(text(Locale::Ar, Msg::CommentSubmit)).unwrap()));
        let home_intro = serde_json::to_string(text(Locale::Ar, Msg::HomeIntro)).unwrap();
        assert!(!body.contains(&home_intro), "only the islands' texts");
        assert_eq!(app.get("/teksten/ar.000000000000.js").await.status(), 404);
    }
);

both_engines!(
    the_switch_remembers_the_language_and_returns_to_the_page,
    |app: TestApp| async move {
        let client = new_client();
        let response = client
            .get(app.url("/taal/pl?terug=%2Fwijken%3Fx%3D1"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["location"], "/wijken?x=1");
        let cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
        assert!(
            cookie.starts_with("taal=pl;") && cookie.contains("Max-Age=31536000"),
            "{cookie}"
        );
        let page = app.page_with(&client, &app.url("/wijken")).await;
        assert!(page.contains("<html lang=\"pl\""));

        // Back to another site is refused; an unknown language does not exist.
        let response = client
            .get(app.url("/taal/en?terug=https://evil.example/"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.headers()["location"], "/");
        assert_eq!(
            client.get(app.url("/taal/xx")).send().await.unwrap().status(),
            404
        );
        assert_eq!(
            client.get(app.url("/taal/EN")).send().await.unwrap().status(),
            404
        );
    }
);

both_engines!(
    an_account_keeps_its_language_across_browsers,
    |app: TestApp| async move {
        let (user_id, resident) = app.resident("Agnieszka").await;
        let r = resident.get(app.url("/taal/pl?terug=/")).send().await.unwrap();
        assert_eq!(r.status(), 303);
        let saved = app::db::users::locale(&app.pool, user_id).await.unwrap();
        assert_eq!(saved.as_deref(), Some("pl"));

        // Logging in elsewhere (a browser that asks for Turkish) brings Polish back.
        let email: String = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&app.pool)
            .await
            .unwrap();
        let hash = app::auth::hash_password(crate::helpers::PASSWORD).unwrap();
        app::db::users::set_password_hash(&app.pool, user_id, &hash)
            .await
            .unwrap();
        let elsewhere = new_client();
        let r = elsewhere
            .post(app.url("/api/account/login"))
            .header("accept-language", "tr")
            .form(&[("email", email.as_str()), ("password", crate::helpers::PASSWORD)])
            .send()
            .await
            .unwrap();
        assert!(
            r.status().is_success() || r.status().is_redirection(),
            "{}",
            r.status()
        );
        let page = elsewhere
            .get(app.url("/"))
            .header("accept-language", "tr")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("<html lang=\"pl\""),
            "the account's language decides"
        );

        // A new account keeps the language it registered in.
        let newcomer = new_client();
        newcomer
            .post(app.url("/api/account/register"))
            .header("accept-language", "ar")
            .form(&[
                ("email", "yasmina@example.nl"),
                ("display_name", "Yasmina"),
                ("password", crate::helpers::PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        let tag: Option<String> = sqlx::query_scalar("SELECT locale FROM users WHERE email = $1")
            .bind("yasmina@example.nl")
            .fetch_one(&app.pool)
            .await
            .unwrap();
        assert_eq!(tag.as_deref(), Some("ar"));
    }
);

both_engines!(
    an_error_answer_is_in_the_caller_s_language,
    |app: TestApp| async move {
        app.logged_in().await;
        for locale in [Locale::En, Locale::Ar, Locale::Pl] {
            let r = app
                .client
                .post(app.url("/api/ideas/create"))
                .header("accept-language", locale.tag())
                .form(&[
                    ("title", "Kort"),
                    ("description", "Iets"),
                    ("category", "groen"),
                    ("buurt", "BU05182915"),
                ])
                .send()
                .await
                .unwrap();
            let body = expect_error(r, 400, Some("title")).await;
            assert_eq!(body["message"], "ErrTitleTooShort", "the key crosses the wire");
            assert_eq!(body["text"], text(locale, Msg::ErrTitleTooShort), "{locale:?}");
        }
        // A refusal made before any server function runs (a cross-site write) too.
        let r = new_client()
            .post(app.url("/api/ideas/create"))
            .header("accept-language", "tr")
            .header("sec-fetch-site", "cross-site")
            .form(&[("title", "x")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403);
        let body: serde_json::Value = r.json().await.unwrap();
        assert_eq!(body["text"], text(Locale::Tr, Msg::ErrCrossSite));
    }
);

both_engines!(
    a_professional_s_work_travels_as_keys_and_reads_in_every_language,
    |app: TestApp| async move {
        use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
        let org = app
            .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
            .await;
        let (_, ilse) = app
            .professional(
                "Ilse",
                Role::Professional,
                Some(ProfessionalFunction::Ideeenmakelaar),
                Some(org),
                &["WK051829"],
            )
            .await;
        let (_, author) = app.resident("Joost").await;
        let id = app
            .idea_by(&author, "Bloembakken in de straat", "BU05182915")
            .await
            .to_string();
        let (status, _) = app
            .call(
                &ilse,
                "/api/comments/add",
                &[("idea_id", &id), ("body", "Ik help graag.")],
            )
            .await;
        assert_eq!(status, 200);

        // Whatever language asks, the answer names the function by its key; the page words it.
        for locale in Locale::ALL {
            let r = new_client()
                .get(app.url(&format!("/api/comments/list?idea_id={id}")))
                .header("accept-language", locale.tag())
                .send()
                .await
                .unwrap();
            let comments: serde_json::Value = r.json().await.unwrap();
            assert_eq!(
                comments[0]["author_work"],
                serde_json::json!({"title": "ideeenmakelaar", "organisation": "Gemeente Den Haag"}),
                "{locale:?}"
            );
            let (_, page) = page_in(
                &app,
                &format!("/ideeen/{id}"),
                &[("accept-language", locale.tag())],
            )
            .await;
            // Arabic separates with its own comma.
            let badge = format!(
                "{}{}Gemeente Den Haag",
                text(locale, Msg::FunctionIdeeenmakelaar),
                text(locale, Msg::ListSeparator)
            );
            assert!(page.contains(&escaped(&badge)), "{locale:?}: {badge}");
        }
    }
);
