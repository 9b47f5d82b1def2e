//! A resident's own ideas: changing one while nobody has picked it up, withdrawing it with a reason,
//! and the page that lists what they wrote, support and follow.

use crate::both_engines;
use crate::helpers::TestApp;
use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};

const SCHILDERSBUURT_WEST: &str = "BU05182915";
const SCHILDERSWIJK: &str = "WK051829";
const ARCHIPELBUURT: &str = "BU05180546";

fn edit<'a>(id: &'a str, title: &'a str, buurt: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("idea_id", id),
        ("title", title),
        (
            "description",
            "Een moestuin voor de hele straat, met bakken en een regenton.",
        ),
        ("category", "groen"),
        ("buurt", buurt),
    ]
}

both_engines!(
    the_author_changes_text_category_and_place_while_submitted,
    |app: TestApp| async move {
        let (_, author) = app.resident("Fatima").await;
        let id = app
            .idea_by(&author, "Moestuin op het plein", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        let (status, idea) = app
            .call(
                &author,
                "/api/ideas/edit",
                &edit(&id, "Moestuin bij de haven", ARCHIPELBUURT),
            )
            .await;
        assert_eq!(status, 200, "{idea}");
        assert_eq!(idea["summary"]["title"], "Moestuin bij de haven");
        assert_eq!(idea["summary"]["wijk_code"], "WK051805", "moved with its buurt");
        assert_eq!(idea["summary"]["buurt_name"], "Archipelbuurt");
        assert!(idea["description"].as_str().unwrap().contains("regenton"));
        // Without a buurt the place stays.
        let (status, idea) = app
            .call(
                &author,
                "/api/ideas/edit",
                &edit(&id, "Moestuin bij de haven", ""),
            )
            .await;
        assert_eq!(status, 200, "{idea}");
        assert_eq!(idea["summary"]["wijk_code"], "WK051805");
        // The change is on the public timeline.
        let (_, work) = app
            .read(&app.client, &format!("/api/work/get?idea_id={id}"))
            .await;
        let kinds: Vec<&str> = work["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["kind"].as_str())
            .collect();
        assert_eq!(kinds, ["edited", "edited"], "{work}");
        // The public page shows the new title.
        let page = app.get(&format!("/ideeen/{id}")).await.text().await.unwrap();
        assert!(page.contains("Moestuin bij de haven"));
    }
);

both_engines!(
    an_edit_is_refused_to_others_after_pickup_and_for_bad_input,
    |app: TestApp| async move {
        let org = app
            .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
            .await;
        let (_, author) = app.resident("Fatima").await;
        let (_, neighbour) = app.resident("Joost").await;
        let (_, ilse) = app
            .professional(
                "Ilse",
                Role::Professional,
                Some(ProfessionalFunction::Ideeenmakelaar),
                Some(org),
                &[SCHILDERSWIJK],
            )
            .await;
        let id = app
            .idea_by(&author, "Moestuin op het plein", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        for (client, form, status, message) in [
            (
                &app.client,
                edit(&id, "Moestuin elders", ""),
                401,
                "ErrLoginRequired",
            ),
            (&neighbour, edit(&id, "Moestuin elders", ""), 403, "ErrAuthorOnly"),
            (&ilse, edit(&id, "Moestuin elders", ""), 403, "ErrAuthorOnly"),
            (&author, edit(&id, "Kort", ""), 400, "ErrTitleTooShort"),
            (
                &author,
                edit(&id, "Moestuin elders", "BU9999"),
                400,
                "ErrWardCodeInvalid",
            ),
        ] {
            let (got, e) = app.call(client, "/api/ideas/edit", &form).await;
            assert_eq!((got, e["message"].as_str()), (status, Some(message)), "{e}");
        }
        let mut bad_category = edit(&id, "Moestuin elders", "");
        bad_category[3] = ("category", "vuurwerk");
        let (got, e) = app.call(&author, "/api/ideas/edit", &bad_category).await;
        assert_eq!((got, e["field"].as_str()), (400, Some("category")), "{e}");
        let after = app
            .page_with(&app.client, &app.url(&format!("/ideeen/{id}")))
            .await;
        assert!(
            after.contains("Moestuin op het plein") && !after.contains("Moestuin elders"),
            "nothing changed"
        );

        // Once a professional picked it up, its author no longer changes it.
        let (status, _) = app
            .call(&ilse, "/api/work/claim", &[("idea_id", &id), ("kind", "lead")])
            .await;
        assert_eq!(status, 200);
        let (got, e) = app
            .call(&author, "/api/ideas/edit", &edit(&id, "Moestuin elders", ""))
            .await;
        assert_eq!(
            (got, e["message"].as_str()),
            (403, Some("ErrEditOnlyWhileSubmitted"))
        );
    }
);

both_engines!(
    the_idea_page_offers_its_author_the_tools_only_while_submitted,
    |app: TestApp| async move {
        let (_, author) = app.resident("Fatima").await;
        let (_, neighbour) = app.resident("Joost").await;
        let id = app
            .idea_by(&author, "Moestuin op het plein", SCHILDERSBUURT_WEST)
            .await;
        let page = app.page_with(&author, &app.url(&format!("/ideeen/{id}"))).await;
        assert!(
            page.contains(r#"data-testid="edit-idea""#),
            "the author may change it"
        );
        assert!(page.contains(r#"data-testid="withdraw-idea""#));
        assert!(
            page.contains(r#"value="Moestuin op het plein""#),
            "the form holds the idea"
        );
        // What the author wrote stands in the form as text, however it looks: a comment's or a
        // description's `</textarea>` does not end the field.
        let (status, _) = app
            .call(
                &author,
                "/api/comments/add",
                &[
                    ("idea_id", &id.to_string()),
                    ("body", "Zie </textarea><b>vet</b> & meer"),
                ],
            )
            .await;
        assert_eq!(status, 200);
        let (status, _) = app
            .call(
                &author,
                "/api/ideas/edit",
                &[
                    ("idea_id", &id.to_string()),
                    ("title", "Moestuin op het plein"),
                    ("description", "Bakken </textarea><i>schuin</i> & regenton"),
                    ("category", "groen"),
                ],
            )
            .await;
        assert_eq!(status, 200);
        let page = app.page_with(&author, &app.url(&format!("/ideeen/{id}"))).await;
        assert!(
            !page.contains("</textarea><b>") && !page.contains("</textarea><i>"),
            "{page}"
        );
        assert!(page.contains("Bakken &lt;/textarea>&lt;i>schuin&lt;/i> &amp; regenton"));
        let other = app
            .page_with(&neighbour, &app.url(&format!("/ideeen/{id}")))
            .await;
        assert!(
            !other.contains(r#"data-testid="own-idea""#),
            "nobody else sees the tools"
        );
        // Withdrawn with a reason, the tools are gone and the reason is public.
        let (status, _) = app
            .call(
                &author,
                "/api/work/status",
                &[
                    ("idea_id", &id.to_string()),
                    ("status", "ingetrokken"),
                    ("explanation", "We zijn verhuisd."),
                ],
            )
            .await;
        assert_eq!(status, 200);
        let page = app.page_with(&author, &app.url(&format!("/ideeen/{id}"))).await;
        assert!(!page.contains(r#"data-testid="own-idea""#));
        let public = app
            .page_with(&app.client, &app.url(&format!("/ideeen/{id}")))
            .await;
        assert!(
            public.contains("We zijn verhuisd."),
            "the reason stands on the timeline"
        );
    }
);

both_engines!(
    my_ideas_lists_what_the_reader_wrote_supports_and_follows,
    |app: TestApp| async move {
        let (_, fatima) = app.resident("Fatima").await;
        let (_, joost) = app.resident("Joost").await;
        let own = app
            .idea_by(&joost, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await;
        let supported = app
            .idea_by(&fatima, "Moestuin op het plein", SCHILDERSBUURT_WEST)
            .await;
        let followed = app
            .idea_by(&fatima, "Speeltuin opknappen", SCHILDERSBUURT_WEST)
            .await;
        let _elsewhere = app
            .idea_by(&fatima, "Meer licht in de steeg", SCHILDERSBUURT_WEST)
            .await;
        let (s, _) = app
            .call(&joost, "/api/ideas/support", &[("id", &supported.to_string())])
            .await;
        assert_eq!(s, 200);
        let (s, _) = app
            .call(&joost, "/api/ideas/follow", &[("id", &followed.to_string())])
            .await;
        assert_eq!(s, 200);
        let (status, mine) = app.read(&joost, "/api/me/ideas").await;
        assert_eq!(status, 200, "{mine}");
        let ids = |list: &str| -> Vec<i64> {
            mine[list]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["id"].as_i64().unwrap())
                .collect()
        };
        assert_eq!(ids("written"), [own]);
        assert_eq!(ids("supported"), [supported]);
        assert_eq!(ids("followed"), [followed], "their own idea is not listed twice");
        assert_eq!(mine["display_name"], "Joost");
        // The page, opened from the name in the header.
        let page = app.page_with(&joost, &app.url("/mijn-ideeen")).await;
        assert!(
            page.contains(r#"href="/mijn-ideeen""#),
            "the header's name leads here"
        );
        assert!(page.contains("Bankjes in het park") && page.contains("Speeltuin opknappen"));
        assert!(!page.contains("Meer licht in de steeg"));
        // A visitor is asked to log in; nobody else's list is readable.
        let (status, _) = app.read(&app.client, "/api/me/ideas").await;
        assert_eq!(status, 401);
        let visitor = app.page_with(&app.client, &app.url("/mijn-ideeen")).await;
        assert!(visitor.contains(r#"href="/inloggen""#));
    }
);
