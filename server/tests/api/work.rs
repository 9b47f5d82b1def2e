//! Professionals at work: invitations, claiming, the status workflow with its public timeline, and
//! notes that only reach those who may read them.

use crate::both_engines;
use crate::helpers::{token_of, TestApp};
use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
use serde_json::Value;

const SCHILDERSBUURT_WEST: &str = "BU05182915";
const SCHILDERSWIJK: &str = "WK051829";

struct Cast {
    author: reqwest::Client,
    gemeente: reqwest::Client,
    welzijn: reqwest::Client,
    outsider: reqwest::Client,
    idea: String,
}

async fn cast(app: &TestApp) -> Cast {
    let gemeente_org = app
        .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
        .await;
    let welzijn_org = app
        .organisation("Welzijn Centraal", OrganisationKind::Welzijnsorganisatie)
        .await;
    let (_, author) = app.resident("Bewoner Bram").await;
    let (_, gemeente) = app
        .professional(
            "Ilse",
            Role::Professional,
            Some(ProfessionalFunction::Ideeenmakelaar),
            Some(gemeente_org),
            &[SCHILDERSWIJK],
        )
        .await;
    let (_, welzijn) = app
        .professional(
            "Omar",
            Role::Professional,
            Some(ProfessionalFunction::Opbouwwerker),
            Some(welzijn_org),
            &[SCHILDERSWIJK],
        )
        .await;
    let (_, outsider) = app
        .professional(
            "Petra",
            Role::Professional,
            Some(ProfessionalFunction::CommunityBuilder),
            Some(gemeente_org),
            &["WK051801"],
        )
        .await;
    let idea = app
        .idea_by(&author, "Moestuin op het plein", SCHILDERSBUURT_WEST)
        .await
        .to_string();
    Cast {
        author,
        gemeente,
        welzijn,
        outsider,
        idea,
    }
}

both_engines!(
    claiming_picks_an_idea_up_publicly_and_by_name,
    |app: TestApp| async move {
        let c = cast(&app).await;
        let (status, e) = app
            .call(
                &c.outsider,
                "/api/work/claim",
                &[("idea_id", &c.idea), ("kind", "lead")],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (403, Some("ErrOutsideWerkgebied"))
        );
        let (status, _) = app
            .call(
                &c.author,
                "/api/work/claim",
                &[("idea_id", &c.idea), ("kind", "lead")],
            )
            .await;
        assert_eq!(status, 403, "a resident claims nothing");
        let (status, _) = app
            .call(
                &app.client,
                "/api/work/claim",
                &[("idea_id", &c.idea), ("kind", "lead")],
            )
            .await;
        assert_eq!(status, 401);

        let (status, work) = app
            .call(
                &c.gemeente,
                "/api/work/claim",
                &[("idea_id", &c.idea), ("kind", "lead")],
            )
            .await;
        assert_eq!(status, 200, "{work}");
        assert_eq!(work["claims"][0]["display_name"], "Ilse");
        assert_eq!(work["claims"][0]["title"], "ideeenmakelaar");
        assert_eq!(work["claims"][0]["organisation"], "Gemeente Den Haag");
        assert_eq!(work["timeline"][0]["to_status"], "opgepakt");
        let (_, idea) = app
            .read(&app.client, &format!("/api/ideas/get?id={}", c.idea))
            .await;
        assert_eq!(idea["summary"]["status"], "opgepakt");
        // The author follows their idea, so they hear of it.
        let (_, list) = app.read(&c.author, "/api/notifications/list").await;
        assert_eq!(list["items"][0]["kind"], "status");

        let (status, e) = app
            .call(
                &c.welzijn,
                "/api/work/claim",
                &[("idea_id", &c.idea), ("kind", "lead")],
            )
            .await;
        assert_eq!((status, e["message"].as_str()), (409, Some("ErrAlreadyLead")));
        let (status, _) = app
            .call(
                &c.welzijn,
                "/api/work/claim",
                &[
                    ("idea_id", &c.idea),
                    ("kind", "supporting"),
                    ("reason", "Ik ga met verlof."),
                ],
            )
            .await;
        assert_eq!(status, 200, "supporting, from another organisation");
        let (status, e) = app
            .call(
                &c.welzijn,
                "/api/work/claim",
                &[
                    ("idea_id", &c.idea),
                    ("kind", "supporting"),
                    ("reason", "Ik ga met verlof."),
                ],
            )
            .await;
        assert_eq!((status, e["message"].as_str()), (409, Some("ErrAlreadyClaimed")));
        assert_eq!(app.count("claims").await, 2);

        // Visitors see who works on it.
        let (_, public) = app
            .read(&app.client, &format!("/api/work/get?idea_id={}", c.idea))
            .await;
        assert_eq!(public["claims"].as_array().unwrap().len(), 2);
        assert_eq!(public["can_claim"], false);

        // Letting go asks for a public reason; without one nothing changes.
        let (status, e) = app
            .call(
                &c.gemeente,
                "/api/work/release",
                &[("idea_id", &c.idea), ("reason", "  ")],
            )
            .await;
        assert_eq!((status, e["field"].as_str()), (400, Some("reason")));
        assert_eq!(e["message"], "ErrReleaseReasonRequired");
        let (_, still) = app
            .read(&c.gemeente, &format!("/api/work/get?idea_id={}", c.idea))
            .await;
        assert_eq!(still["has_claim"], true, "{still}");

        // The lead lets go: back to ingediend, on the timeline, with the reason.
        let (status, work) = app
            .call(
                &c.gemeente,
                "/api/work/release",
                &[("idea_id", &c.idea), ("reason", "Ik ga met verlof.")],
            )
            .await;
        assert_eq!(status, 200);
        let last = work["timeline"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["to_status"], "ingediend");
        assert_eq!(last["explanation"], "Ik ga met verlof.");
        let (status, _) = app
            .call(
                &c.gemeente,
                "/api/work/release",
                &[("idea_id", &c.idea), ("reason", "Ik ga met verlof.")],
            )
            .await;
        assert_eq!(status, 409);
    }
);

both_engines!(
    the_workflow_moves_only_as_the_state_machine_allows,
    |app: TestApp| async move {
        let c = cast(&app).await;
        app.call(
            &c.gemeente,
            "/api/work/claim",
            &[("idea_id", &c.idea), ("kind", "lead")],
        )
        .await;
        let status_of = |v: &Value| v["timeline"].as_array().unwrap().last().unwrap()["to_status"].clone();

        let (status, e) = app
            .call(
                &c.gemeente,
                "/api/work/status",
                &[("idea_id", &c.idea), ("status", "gerealiseerd")],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (400, Some("ErrTransitionNotAllowed"))
        );
        let (status, e) = app
            .call(
                &c.welzijn,
                "/api/work/status",
                &[("idea_id", &c.idea), ("status", "in_voorbereiding")],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (403, Some("ErrLeadOnly")),
            "a supporter does not steer"
        );
        let (status, e) = app
            .call(
                &c.gemeente,
                "/api/work/status",
                &[("idea_id", &c.idea), ("status", "niet_haalbaar")],
            )
            .await;
        assert_eq!((status, e["field"].as_str()), (400, Some("explanation")));
        let events_before = app.count("idea_events").await;

        for step in ["in_voorbereiding", "in_uitvoering", "gerealiseerd"] {
            let (status, work) = app
                .call(
                    &c.gemeente,
                    "/api/work/status",
                    &[("idea_id", &c.idea), ("status", step)],
                )
                .await;
            assert_eq!(status, 200, "{step}: {work}");
            assert_eq!(status_of(&work), step);
        }
        assert_eq!(app.count("idea_events").await, events_before + 3);
        // Closed: reopening needs a reason.
        let (status, _) = app
            .call(
                &c.gemeente,
                "/api/work/status",
                &[("idea_id", &c.idea), ("status", "opgepakt")],
            )
            .await;
        assert_eq!(status, 400);
        let (status, work) = app
            .call(
                &c.gemeente,
                "/api/work/status",
                &[
                    ("idea_id", &c.idea),
                    ("status", "opgepakt"),
                    ("explanation", "De bankjes zijn weer weg."),
                ],
            )
            .await;
        assert_eq!(status, 200);
        let last = work["timeline"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(
            (last["from_status"].as_str(), last["to_status"].as_str()),
            (Some("gerealiseerd"), Some("opgepakt"))
        );
        assert_eq!(last["explanation"], "De bankjes zijn weer weg.");
        assert_eq!(last["actor_name"], "Ilse");
        assert_eq!(
            last["actor_role"], "ideeenmakelaar",
            "the timeline keeps a key, not a word"
        );

        // A merge moves supports to the surviving idea without counting anyone twice.
        let (_, neighbour) = app.resident("Buur").await;
        let (_, other) = app.resident("Ander").await;
        let survivor = app
            .idea_by(&c.author, "Moestuin in de buurt", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        for client in [&neighbour, &other] {
            app.call(client, "/api/ideas/support", &[("id", &c.idea)]).await;
        }
        app.call(&neighbour, "/api/ideas/support", &[("id", &survivor)])
            .await;
        let (status, e) = app
            .call(
                &c.gemeente,
                "/api/work/status",
                &[
                    ("idea_id", &c.idea),
                    ("status", "samengevoegd"),
                    ("explanation", "Zelfde idee"),
                ],
            )
            .await;
        assert_eq!((status, e["field"].as_str()), (400, Some("merged_into")));
        let (status, _) = app
            .call(
                &c.gemeente,
                "/api/work/status",
                &[
                    ("idea_id", &c.idea),
                    ("status", "samengevoegd"),
                    ("explanation", "Zelfde idee"),
                    ("merged_into", &survivor),
                ],
            )
            .await;
        assert_eq!(status, 200);
        let (_, s) = app
            .read(&app.client, &format!("/api/ideas/participation?id={survivor}"))
            .await;
        assert_eq!(s["support_count"], 2, "two residents, counted once each");
        let (_, gone) = app
            .read(&app.client, &format!("/api/ideas/participation?id={}", c.idea))
            .await;
        assert_eq!(gone["support_count"], 0);
    }
);

both_engines!(
    an_author_withdraws_only_while_submitted,
    |app: TestApp| async move {
        let c = cast(&app).await;
        let (status, _) = app
            .call(
                &c.author,
                "/api/work/status",
                &[("idea_id", &c.idea), ("status", "ingetrokken")],
            )
            .await;
        assert_eq!(status, 400, "with a reason");
        let (status, _) = app
            .call(
                &c.gemeente,
                "/api/work/status",
                &[
                    ("idea_id", &c.idea),
                    ("status", "ingetrokken"),
                    ("explanation", "x"),
                ],
            )
            .await;
        assert_eq!(status, 403, "only the author withdraws");
        let (status, work) = app
            .call(
                &c.author,
                "/api/work/status",
                &[
                    ("idea_id", &c.idea),
                    ("status", "ingetrokken"),
                    ("explanation", "Verhuisd."),
                ],
            )
            .await;
        assert_eq!(status, 200, "{work}");
        let (status, e) = app
            .call(
                &c.gemeente,
                "/api/work/claim",
                &[("idea_id", &c.idea), ("kind", "lead")],
            )
            .await;
        assert_eq!((status, e["message"].as_str()), (409, Some("ErrIdeaClosed")));
    }
);

both_engines!(
    notes_reach_only_those_who_may_read_them,
    |app: TestApp| async move {
        let c = cast(&app).await;
        for (visibility, body) in [
            ("organisatie", "INTERN-GEMEENTE: budget is rond"),
            ("professionals", "VOOR-PROFESSIONALS: overleg dinsdag"),
            ("openbaar", "OPENBAAR: we gaan aan de slag"),
        ] {
            let (status, e) = app
                .call(
                    &c.gemeente,
                    "/api/work/note",
                    &[("idea_id", &c.idea), ("visibility", visibility), ("body", body)],
                )
                .await;
            assert_eq!(status, 200, "{e}");
        }
        let notes = |v: &Value| -> Vec<String> {
            v["notes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n["body"].as_str().unwrap().to_owned())
                .collect()
        };
        let path = format!("/api/work/get?idea_id={}", c.idea);
        let (_, own) = app.read(&c.gemeente, &path).await;
        assert_eq!(notes(&own).len(), 3);
        let (_, other_org) = app.read(&c.welzijn, &path).await;
        assert_eq!(
            notes(&other_org),
            [
                "VOOR-PROFESSIONALS: overleg dinsdag",
                "OPENBAAR: we gaan aan de slag"
            ]
        );
        let (_, resident) = app.read(&c.author, &path).await;
        assert_eq!(notes(&resident), ["OPENBAAR: we gaan aan de slag"]);
        let (_, visitor) = app.read(&app.client, &path).await;
        assert_eq!(notes(&visitor), ["OPENBAAR: we gaan aan de slag"]);

        // No other answer or page carries a note a reader may not read.
        for path in [
            format!("/ideeen/{}", c.idea),
            "/".to_owned(),
            "/api/ideas/list?zoek=budget".to_owned(),
            format!("/api/ideas/get?id={}", c.idea),
            format!("/api/comments/list?idea_id={}", c.idea),
            format!("/wijken/{SCHILDERSWIJK}"),
            format!("/werkbank?wijk={SCHILDERSWIJK}&lijst=professional-0"),
            format!("/api/work/workbench?wijk={SCHILDERSWIJK}&lijst=niet-opgepakt"),
            "/api/notifications/list".to_owned(),
            "/meldingen".to_owned(),
            format!("/data/wijken/{SCHILDERSWIJK}.geojson"),
        ] {
            for client in [&app.client, &c.author, &c.welzijn] {
                let body = client
                    .get(app.url(&path))
                    .send()
                    .await
                    .unwrap()
                    .text()
                    .await
                    .unwrap();
                assert!(
                    !body.contains("INTERN-GEMEENTE"),
                    "{path} leaks an organisation note"
                );
            }
            let body = app
                .client
                .get(app.url(&path))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            assert!(
                !body.contains("VOOR-PROFESSIONALS"),
                "{path} leaks a professionals' note"
            );
        }

        // Refusals store nothing.
        let before = app.count("notes").await;
        let (status, _) = app
            .call(
                &c.author,
                "/api/work/note",
                &[("idea_id", &c.idea), ("visibility", "openbaar"), ("body", "x")],
            )
            .await;
        assert_eq!(status, 403);
        let (status, _) = app
            .call(
                &c.outsider,
                "/api/work/note",
                &[("idea_id", &c.idea), ("visibility", "openbaar"), ("body", "x")],
            )
            .await;
        assert_eq!(status, 403);
        let (status, e) = app
            .call(
                &c.gemeente,
                "/api/work/note",
                &[("idea_id", &c.idea), ("visibility", "geheim"), ("body", "x")],
            )
            .await;
        assert_eq!((status, e["field"].as_str()), (400, Some("visibility")));
        let (status, e) = app
            .call(
                &c.gemeente,
                "/api/work/note",
                &[("idea_id", &c.idea), ("visibility", "openbaar"), ("body", "  ")],
            )
            .await;
        assert_eq!((status, e["field"].as_str()), (400, Some("body")));
        assert_eq!(app.count("notes").await, before);
    }
);

both_engines!(
    an_administrator_invites_and_the_link_works_once,
    |app: TestApp| async move {
        let (_, admin) = app
            .professional("Beheer", Role::Administrator, None, None, &[])
            .await;
        let (_, resident) = app.resident("Bewoner").await;
        let (status, _) = app
            .call(
                &resident,
                "/api/admin/organisations/create",
                &[("name", "Stichting X"), ("kind", "welzijnsorganisatie")],
            )
            .await;
        assert_eq!(status, 403);
        let (status, _) = app
            .call(
                &app.client,
                "/api/admin/organisations/create",
                &[("name", "Stichting X"), ("kind", "welzijnsorganisatie")],
            )
            .await;
        assert_eq!(status, 401);
        let (status, org) = app
            .call(
                &admin,
                "/api/admin/organisations/create",
                &[("name", "Stichting X"), ("kind", "welzijnsorganisatie")],
            )
            .await;
        assert_eq!(status, 200, "{org}");
        let (status, _) = app
            .call(
                &admin,
                "/api/admin/organisations/create",
                &[("name", "Stichting X"), ("kind", "welzijnsorganisatie")],
            )
            .await;
        assert_eq!(status, 409);
        let (status, e) = app
            .call(
                &admin,
                "/api/admin/organisations/create",
                &[("name", "Y"), ("kind", "bank")],
            )
            .await;
        assert_eq!(status, 400, "{e}");
        let org_id = org["id"].to_string();

        let invite = |role: &'static str, werkgebied: &'static str| {
            let org_id = org_id.clone();
            let admin = admin.clone();
            let app = &app;
            async move {
                app.call(
                    &admin,
                    "/api/admin/invite",
                    &[
                        ("email", "omar@welzijn.example"),
                        ("role", role),
                        ("function", "opbouwwerker"),
                        ("organisation_id", &org_id),
                        ("werkgebied[]", werkgebied),
                    ],
                )
                .await
            }
        };
        let (status, e) = invite("professional", "WK999999").await;
        assert_eq!((status, e["field"].as_str()), (400, Some("werkgebied")));
        let (status, _) = app
            .call(
                &resident,
                "/api/admin/invite",
                &[
                    ("email", "a@b.nl"),
                    ("role", "professional"),
                    ("function", "opbouwwerker"),
                ],
            )
            .await;
        assert_eq!(status, 403);
        let (status, link) = invite("professional", SCHILDERSWIJK).await;
        assert_eq!(status, 200);
        assert!(
            link["link"]
                .as_str()
                .unwrap()
                .starts_with(&app.url("/uitnodiging/")),
            "a whole link: {link}"
        );
        assert_eq!(link["mailed"], false, "no mail set up here");
        assert_eq!(link["existing"], serde_json::Value::Null);
        let token = token_of(&link);
        assert!(!token.is_empty());

        let (status, seen) = app
            .read(&app.client, &format!("/api/invitations/get?token={token}"))
            .await;
        assert_eq!(
            (status, seen["organisation"].as_str()),
            (200, Some("Stichting X"))
        );
        let invited = crate::helpers::new_client();
        let (status, e) = app
            .call(
                &invited,
                "/api/invitations/accept",
                &[
                    ("token", &token),
                    ("display_name", "Omar"),
                    ("password", crate::helpers::PASSWORD),
                ],
            )
            .await;
        assert_eq!(status, 200, "{e}");
        // Logged in, as an opbouwwerker of Stichting X in the Schilderswijk: may claim there.
        let (_, author) = app.resident("Auteur").await;
        let idea = app
            .idea_by(&author, "Buurtfeest in de zomer", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        let (status, work) = app
            .call(
                &invited,
                "/api/work/claim",
                &[("idea_id", &idea), ("kind", "lead")],
            )
            .await;
        assert_eq!(status, 200, "{work}");
        assert_eq!(work["claims"][0]["organisation"], "Stichting X");

        // Once only.
        let again = crate::helpers::new_client();
        let (status, _) = app
            .call(
                &again,
                "/api/invitations/accept",
                &[
                    ("token", &token),
                    ("display_name", "Omar"),
                    ("password", crate::helpers::PASSWORD),
                ],
            )
            .await;
        assert_eq!(status, 404);
        // And not after 7 days.
        let (_, link) = invite("professional", SCHILDERSWIJK).await;
        let token = token_of(&link);
        sqlx::query("UPDATE invitations SET expires_at = expires_at - 8 * 86400")
            .execute(&app.pool)
            .await
            .unwrap();
        let (status, _) = app
            .read(&app.client, &format!("/api/invitations/get?token={token}"))
            .await;
        assert_eq!(status, 404);
    }
);
