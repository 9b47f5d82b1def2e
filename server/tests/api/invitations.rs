//! Inviting a professional as an administrator meets it: refusals beside their field and nothing
//! stored, a warning for an address that has an account, the open invitations listed and revocable,
//! a link that says why it no longer works, and, once accepted without JavaScript, the new
//! professional logged in on their workbench.

use crate::both_engines;
use crate::helpers::{fresh_page, new_client, token_of, TestApp, PASSWORD};
use app::domain::roles::{OrganisationKind, Role};

const SCHILDERSWIJK: &str = "WK051829";

both_engines!(
    an_invitation_is_checked_listed_revoked_and_says_why_it_no_longer_works,
    |app: TestApp| async move {
        let org = app
            .organisation("Stichting X", OrganisationKind::Welzijnsorganisatie)
            .await
            .to_string();
        let (_, admin) = app
            .professional("Beheer", Role::Administrator, None, None, &[])
            .await;
        let invite = |email: &'static str, werkgebied: Vec<&'static str>| {
            let (app, admin, org) = (&app, admin.clone(), org.clone());
            async move {
                let mut form = vec![
                    ("email", email),
                    ("role", "professional"),
                    ("function", "opbouwwerker"),
                    ("organisation_id", org.as_str()),
                ];
                form.extend(werkgebied.into_iter().map(|w| ("werkgebied[]", w)));
                let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, *v)).collect();
                app.call(&admin, "/api/admin/invite", &form).await
            }
        };

        // Refused, beside the field, and nothing stored.
        let (status, e) = invite("omar@welzijn.example", vec![]).await;
        assert_eq!(
            (status, e["field"].as_str(), e["message"].as_str()),
            (400, Some("werkgebied"), Some("ErrWerkgebiedEmpty"))
        );
        let (status, e) = invite("omar@welzijn.example", vec![SCHILDERSWIJK, "WK999999"]).await;
        assert_eq!((status, e["field"].as_str()), (400, Some("werkgebied")));
        let (status, e) = invite("geen-adres", vec![SCHILDERSWIJK]).await;
        assert_eq!((status, e["field"].as_str()), (400, Some("email")));
        assert_eq!(app.count("invitations").await, 0);

        // Two wijken by their checkboxes; accepted, both are the werkgebied.
        let (status, sent) = invite("omar@welzijn.example", vec![SCHILDERSWIJK, "WK051828"]).await;
        assert_eq!(status, 200, "{sent}");
        assert_eq!(sent["existing"], serde_json::Value::Null);

        // An address with a resident's account: the administrator is told what will happen.
        let (resident_id, _) = app.resident("Fatima").await;
        let email: String = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
            .bind(resident_id)
            .fetch_one(&app.pool)
            .await
            .unwrap();
        let email: &'static str = Box::leak(email.into_boxed_str());
        let (status, warned) = invite(email, vec![SCHILDERSWIJK]).await;
        assert_eq!((status, warned["existing"].as_str()), (200, Some("resident")));

        // Listed, newest first, with who invited; others may not look.
        let (status, open) = app.read(&admin, "/api/admin/invitations").await;
        assert_eq!(status, 200);
        let open = open.as_array().unwrap().clone();
        assert_eq!(open.len(), 2);
        assert_eq!(open[0]["email"], email);
        assert_eq!(open[1]["email"], "omar@welzijn.example");
        assert_eq!(
            open[1]["work"],
            serde_json::json!({"title": "opbouwwerker", "organisation": "Stichting X"})
        );
        assert_eq!(open[1]["invited_by"], "Beheer");
        let (_, resident) = app.resident("Nieuwsgierig").await;
        let (status, _) = app.read(&resident, "/api/admin/invitations").await;
        assert_eq!(status, 403);
        let page = app.page_with(&admin, &app.url("/beheer")).await;
        assert!(page.contains("Openstaande uitnodigingen") && page.contains("omar@welzijn.example"));
        assert!(
            page.contains(r#"name="werkgebied[]""#) && page.contains("Schildersbuurt"),
            "wijken by name: {page}"
        );

        // Revoked: off the list, and its link says so (the page too, not "Pagina niet gevonden").
        let revoked = token_of(&warned);
        let id = open[0]["id"].to_string();
        let (status, _) = app
            .call(&resident, "/api/admin/invitations/revoke", &[("id", &id)])
            .await;
        assert_eq!(status, 403);
        let (status, _) = app
            .call(&admin, "/api/admin/invitations/revoke", &[("id", &id)])
            .await;
        assert_eq!(status, 200);
        let (status, _) = app
            .call(&admin, "/api/admin/invitations/revoke", &[("id", &id)])
            .await;
        assert_eq!(status, 404, "once");
        let (_, open) = app.read(&admin, "/api/admin/invitations").await;
        assert_eq!(open.as_array().unwrap().len(), 1);
        let (status, e) = app
            .read(&app.client, &format!("/api/invitations/get?token={revoked}"))
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (404, Some("ErrInvitationRevoked"))
        );
        let page = app
            .page_with(&new_client(), &app.url(&format!("/uitnodiging/{revoked}")))
            .await;
        assert!(page.contains("Deze uitnodiging is ingetrokken."), "{page}");
        assert!(!page.contains("Pagina niet gevonden"));
        let (status, _) = app
            .call(
                &new_client(),
                "/api/invitations/accept",
                &[
                    ("token", &revoked),
                    ("display_name", "Fatima"),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(status, 404);

        // Accepted by a plain form post: logged in, on to the workbench, the header saying who.
        let token = token_of(&sent);
        let browser = new_client();
        let r = browser
            .post(app.url("/api/invitations/accept"))
            .header("accept", "text/html")
            .header("origin", app.url(""))
            .header("referer", app.url(&format!("/uitnodiging/{token}")))
            .form(&[
                ("token", token.as_str()),
                ("display_name", "Omar"),
                ("password", PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert!(r.status().is_redirection(), "{}", r.status());
        assert_eq!(r.headers()["location"], "/werkbank?welkom=1");
        let cookie = r
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned())
            .find(|c| c.starts_with("wijkidee_sessie="))
            .expect("a session cookie");
        let bench = browser
            .get(app.url("/werkbank?welkom=1"))
            .header("cookie", &cookie)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(bench.contains("Welkom! Je account is klaar."));
        assert!(
            bench.contains("Ingelogd als") && bench.contains("Omar"),
            "the header shows who"
        );
        assert!(
            bench.contains("Schildersbuurt") && bench.contains("Centrum"),
            "both wijken on the workbench"
        );

        // Used: the link says so.
        let (status, e) = app
            .read(&app.client, &format!("/api/invitations/get?token={token}"))
            .await;
        assert_eq!((status, e["message"].as_str()), (404, Some("ErrInvitationUsed")));
        // Expired, and a token nobody issued.
        let (_, late) = invite("laat@welzijn.example", vec![SCHILDERSWIJK]).await;
        sqlx::query("UPDATE invitations SET expires_at = expires_at - 8 * 86400")
            .execute(&app.pool)
            .await
            .unwrap();
        let (_, e) = app
            .read(
                &app.client,
                &format!("/api/invitations/get?token={}", token_of(&late)),
            )
            .await;
        assert_eq!(e["message"], "ErrInvitationExpired");
        let (_, e) = app
            .read(&app.client, "/api/invitations/get?token=verzonnen")
            .await;
        assert_eq!(e["message"], "ErrInvitationInvalid");
        let (_, open) = app.read(&admin, "/api/admin/invitations").await;
        assert_eq!(
            open.as_array().unwrap().len(),
            0,
            "neither used nor expired ones are open"
        );
    }
);

both_engines!(
    an_invitation_is_written_in_the_invitee_s_language,
    |app: TestApp| async move {
        let (_, admin) = app
            .professional("Beheer", Role::Administrator, None, None, &[])
            .await;
        let invite = |email: &'static str, language: &'static str, accept: &'static str| {
            let (app, admin) = (&app, admin.clone());
            async move {
                let r = admin
                    .post(app.url("/api/admin/invite"))
                    .header("accept-language", accept)
                    .form(&[
                        ("email", email),
                        ("role", "professional"),
                        ("function", "opbouwwerker"),
                        ("werkgebied[]", SCHILDERSWIJK),
                        ("language", language),
                    ])
                    .send()
                    .await
                    .unwrap();
                let status = r.status().as_u16();
                (status, r.json::<serde_json::Value>().await.unwrap())
            }
        };
        let locale_of = |email: &'static str| {
            let pool = app.pool.clone();
            async move {
                sqlx::query_scalar::<_, String>("SELECT locale FROM invitations WHERE email = $1")
                    .bind(email)
                    .fetch_one(&pool)
                    .await
                    .unwrap()
            }
        };

        // A language we do not have is refused beside its field, and nothing is stored.
        for bad in ["xx", "TR", "tr-TR", "nl; DROP"] {
            let (status, e) = invite("elif@welzijn.example", bad, "nl").await;
            assert_eq!(
                (status, e["field"].as_str(), e["message"].as_str()),
                (400, Some("language"), Some("ErrLanguageUnknown")),
                "{bad}"
            );
        }
        assert_eq!(app.count("invitations").await, 0);

        // Chosen by the administrator; or, when none is given, the administrator's own.
        let (status, sent) = invite("elif@welzijn.example", "tr", "nl").await;
        assert_eq!(status, 200, "{sent}");
        assert_eq!(locale_of("elif@welzijn.example").await, "tr");
        let (status, _) = invite("anna@welzijn.example", "", "pl").await;
        assert_eq!(status, 200);
        assert_eq!(locale_of("anna@welzijn.example").await, "pl");
        // An address whose account chose a language keeps it.
        let (resident_id, _) = app.resident("Yasmina").await;
        app::db::users::set_locale(&app.pool, resident_id, "ar")
            .await
            .unwrap();
        sqlx::query("UPDATE users SET email = 'yasmina@example.nl' WHERE id = $1")
            .bind(resident_id)
            .execute(&app.pool)
            .await
            .unwrap();
        let (status, _) = invite("yasmina@example.nl", "en", "nl").await;
        assert_eq!(status, 200);
        assert_eq!(locale_of("yasmina@example.nl").await, "ar");
        let (_, open) = app.read(&admin, "/api/admin/invitations").await;
        let languages: Vec<&str> = open
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["language"].as_str().unwrap())
            .collect();
        assert_eq!(languages, ["ar", "pl", "tr"], "newest first, as keys");
        let page = app.page_with(&admin, &app.url("/beheer")).await;
        assert!(page.contains("Türkçe") && page.contains("Taal van de uitnodiging"));

        // The page opens in its language for someone new here, even if their browser asks for
        // another, and remembers it, so accepting and the workbench stay in it.
        let token = token_of(&sent);
        let path = format!("/uitnodiging/{token}");
        let (head, page) = fresh_page(&app.url(&path), &[("accept-language", "nl-NL,nl;q=0.9")]).await;
        let cookie = head["set-cookie"].to_str().unwrap();
        assert!(cookie.starts_with("taal=tr;"), "{cookie}");
        assert!(page.contains("<html lang=\"tr\""), "{page}");
        // A language they chose, or a logged-in account's, decides instead.
        let (head, page) = fresh_page(&app.url(&path), &[("cookie", "taal=en")]).await;
        assert!(head.get("set-cookie").is_none());
        assert!(page.contains("<html lang=\"en\""));
        let page = app.page_with(&admin, &app.url(&path)).await;
        assert!(
            page.contains("<html lang=\"nl\""),
            "the administrator's own language"
        );
        // A link that no longer works says so in the reader's own language.
        let (_, page) = fresh_page(&app.url("/uitnodiging/verzonnen"), &[("accept-language", "en")]).await;
        assert!(page.contains("<html lang=\"en\""));

        // Accepted in that language: the new account keeps it, so its mail is Turkish too.
        let browser = new_client();
        browser.get(app.url(&path)).send().await.unwrap();
        let r = browser
            .post(app.url("/api/invitations/accept"))
            .header("accept", "text/html")
            .header("accept-language", "nl")
            .header("origin", app.url(""))
            .header("referer", app.url(&path))
            .form(&[
                ("token", token.as_str()),
                ("display_name", "Elif"),
                ("password", PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert!(r.status().is_redirection(), "{}", r.status());
        let saved: Option<String> =
            sqlx::query_scalar("SELECT locale FROM users WHERE email = 'elif@welzijn.example'")
                .fetch_one(&app.pool)
                .await
                .unwrap();
        assert_eq!(saved.as_deref(), Some("tr"));
    }
);
