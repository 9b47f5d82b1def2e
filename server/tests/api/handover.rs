//! Handing an idea over: the lead offers it with a note, the receiver accepts (the lead moves, the
//! timeline says so, the author hears who their new contact is) or declines; an administrator moves
//! every idea of a professional who leaves at once. Refusals change nothing.

use crate::both_engines;
use crate::helpers::TestApp;
use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
use serde_json::Value;

const SCHILDERSBUURT_WEST: &str = "BU05182915";
const SCHILDERSWIJK: &str = "WK051829";

struct Cast {
    author: reqwest::Client,
    lead: reqwest::Client,
    lead_id: i64,
    colleague: reqwest::Client,
    colleague_id: i64,
    outsider_id: i64,
    resident_id: i64,
    idea: String,
}

async fn cast(app: &TestApp) -> Cast {
    let gemeente = app
        .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
        .await;
    let welzijn = app
        .organisation("Welzijn Centraal", OrganisationKind::Welzijnsorganisatie)
        .await;
    let (_, author) = app.resident("Bewoner Bram").await;
    let (resident_id, _) = app.resident("Buurvrouw").await;
    let (lead_id, lead) = app
        .professional(
            "Ilse",
            Role::Professional,
            Some(ProfessionalFunction::Ideeenmakelaar),
            Some(gemeente),
            &[SCHILDERSWIJK],
        )
        .await;
    let (colleague_id, colleague) = app
        .professional(
            "Omar",
            Role::Professional,
            Some(ProfessionalFunction::Opbouwwerker),
            Some(welzijn),
            &[SCHILDERSWIJK],
        )
        .await;
    let (outsider_id, _) = app
        .professional(
            "Petra",
            Role::Professional,
            Some(ProfessionalFunction::CommunityBuilder),
            Some(gemeente),
            &["WK051801"],
        )
        .await;
    let idea = app
        .idea_by(&author, "Moestuin op het plein", SCHILDERSBUURT_WEST)
        .await
        .to_string();
    let (status, e) = app
        .call(&lead, "/api/work/claim", &[("idea_id", &idea), ("kind", "lead")])
        .await;
    assert_eq!(status, 200, "{e}");
    Cast {
        author,
        lead,
        lead_id,
        colleague,
        colleague_id,
        outsider_id,
        resident_id,
        idea,
    }
}

fn lead_name(work: &Value) -> Option<String> {
    work["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["lead"] == true)
        .map(|c| c["display_name"].as_str().unwrap().to_owned())
}

async fn offer(app: &TestApp, c: &Cast, to: i64, note: &str) -> (u16, Value) {
    app.call(
        &c.lead,
        "/api/work/handover/offer",
        &[("idea_id", &c.idea), ("to_user", &to.to_string()), ("note", note)],
    )
    .await
}

both_engines!(
    an_accepted_handover_moves_the_lead_and_tells_the_resident,
    |app: TestApp| async move {
        let c = cast(&app).await;
        // The colleague supports already; accepting makes that claim the lead.
        let (status, _) = app
            .call(
                &c.colleague,
                "/api/work/claim",
                &[
                    ("idea_id", &c.idea),
                    ("kind", "supporting"),
                    ("reason", "Ik ga met verlof."),
                ],
            )
            .await;
        assert_eq!(status, 200);
        let (status, work) = offer(
            &app,
            &c,
            c.colleague_id,
            "Bram belt liever: 06-12345678. Nog open: offerte.",
        )
        .await;
        assert_eq!(status, 200, "{work}");
        assert!(work["colleagues"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["display_name"] == "Omar"));

        // The receiver sees the offer, with its note, in their inbox and on the idea.
        let (_, inbox) = app.read(&c.colleague, "/api/work/handover/incoming").await;
        let inbox = inbox.as_array().unwrap().clone();
        assert_eq!(inbox.len(), 1);
        assert_eq!(inbox[0]["to_me"], true);
        assert!(inbox[0]["note"].as_str().unwrap().contains("06-12345678"));
        let handover = inbox[0]["id"].to_string();
        let (_, list) = app.read(&c.colleague, "/api/notifications/list").await;
        assert_eq!(list["items"][0]["kind"], "handover_offered");

        // Nobody else reads the note: not the resident, not a visitor, not a page.
        let path = format!("/api/work/get?idea_id={}", c.idea);
        for client in [&app.client, &c.author] {
            let (_, work) = app.read(client, &path).await;
            assert!(work["handovers"].as_array().unwrap().is_empty());
            assert!(!work.to_string().contains("06-12345678"));
        }
        let page = app
            .client
            .get(app.url(&format!("/ideeen/{}", c.idea)))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(!page.contains("06-12345678"));

        let (status, work) = app
            .call(
                &c.colleague,
                "/api/work/handover/answer",
                &[("handover_id", &handover), ("accept", "true")],
            )
            .await;
        assert_eq!(status, 200, "{work}");
        assert_eq!(lead_name(&work).as_deref(), Some("Omar"));
        assert_eq!(
            work["claims"].as_array().unwrap().len(),
            1,
            "the old lead let go; no double claim"
        );
        let last = work["timeline"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(
            (last["kind"].as_str(), last["actor_name"].as_str()),
            (Some("handover"), Some("Omar"))
        );
        assert_eq!(last["previous_lead"], "Ilse");
        assert_eq!(
            work["status"], "opgepakt",
            "a handover does not change the status"
        );

        // The resident is told who their new contact is; the old lead hears it was accepted.
        let (_, list) = app.read(&c.author, "/api/notifications/list").await;
        let first = &list["items"][0];
        assert_eq!(
            (first["kind"].as_str(), first["actor_name"].as_str()),
            (Some("new_contact"), Some("Omar"))
        );
        let (_, list) = app.read(&c.lead, "/api/notifications/list").await;
        assert_eq!(list["items"][0]["kind"], "handover_accepted");

        // The new lead steers; the old one no longer can, and answering twice is refused.
        let (status, _) = app
            .call(
                &c.colleague,
                "/api/work/status",
                &[("idea_id", &c.idea), ("status", "in_voorbereiding")],
            )
            .await;
        assert_eq!(status, 200);
        let (status, _) = offer(&app, &c, c.colleague_id, "Terug?").await;
        assert_eq!(status, 403);
        let (status, e) = app
            .call(
                &c.colleague,
                "/api/work/handover/answer",
                &[("handover_id", &handover), ("accept", "false")],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (409, Some("ErrHandoverAnswered"))
        );
    }
);

both_engines!(
    a_declined_handover_leaves_the_lead_in_place,
    |app: TestApp| async move {
        let c = cast(&app).await;
        let (status, _) = offer(&app, &c, c.colleague_id, "Wil jij dit oppakken?").await;
        assert_eq!(status, 200);
        let (_, inbox) = app.read(&c.colleague, "/api/work/handover/incoming").await;
        let handover = inbox[0]["id"].to_string();
        let (status, work) = app
            .call(
                &c.colleague,
                "/api/work/handover/answer",
                &[("handover_id", &handover), ("accept", "false")],
            )
            .await;
        assert_eq!(status, 200);
        assert_eq!(lead_name(&work).as_deref(), Some("Ilse"));
        let (_, list) = app.read(&c.lead, "/api/notifications/list").await;
        assert_eq!(list["items"][0]["kind"], "handover_declined");
        let (_, inbox) = app.read(&c.colleague, "/api/work/handover/incoming").await;
        assert!(inbox.as_array().unwrap().is_empty());
        // A new offer can follow; letting go of the idea withdraws it.
        let (status, _) = offer(&app, &c, c.colleague_id, "Tweede poging").await;
        assert_eq!(status, 200);
        // A supporter coming and going leaves the lead's offer standing.
        for path in ["/api/work/claim", "/api/work/release"] {
            let (status, e) = app
                .call(
                    &c.colleague,
                    path,
                    &[
                        ("idea_id", &c.idea),
                        ("kind", "supporting"),
                        ("reason", "Ik ga met verlof."),
                    ],
                )
                .await;
            assert_eq!(status, 200, "{path}: {e}");
        }
        let (_, inbox) = app.read(&c.colleague, "/api/work/handover/incoming").await;
        assert_eq!(inbox.as_array().unwrap().len(), 1, "the offer stands");
        // Only its giver takes an offer back.
        let id = inbox[0]["id"].to_string();
        let (status, _) = app
            .call(
                &c.colleague,
                "/api/work/handover/withdraw",
                &[("handover_id", &id)],
            )
            .await;
        assert_eq!(status, 403);
        let (status, work) = app
            .call(&c.lead, "/api/work/handover/withdraw", &[("handover_id", &id)])
            .await;
        assert_eq!(status, 200, "{work}");
        assert_eq!(work["handovers"][0]["status"], "withdrawn");
        let (status, _) = app
            .call(&c.lead, "/api/work/handover/withdraw", &[("handover_id", &id)])
            .await;
        assert_eq!(status, 409, "withdrawn once");
        assert_eq!(offer(&app, &c, c.colleague_id, "Derde poging").await.0, 200);
        let (status, _) = app
            .call(
                &c.lead,
                "/api/work/release",
                &[("idea_id", &c.idea), ("reason", "Ik ga met verlof.")],
            )
            .await;
        assert_eq!(status, 200);
        let (_, inbox) = app.read(&c.colleague, "/api/work/handover/incoming").await;
        assert!(
            inbox.as_array().unwrap().is_empty(),
            "the offer went with the lead"
        );
    }
);

both_engines!(refused_handovers_change_nothing, |app: TestApp| async move {
    let c = cast(&app).await;
    let before = app.count("handovers").await;
    let cases: Vec<(reqwest::Client, String, String, u16, &str)> = vec![
        (
            c.lead.clone(),
            c.resident_id.to_string(),
            "Notitie".into(),
            400,
            "ErrHandoverToProfessionalsOnly",
        ),
        (
            c.lead.clone(),
            c.outsider_id.to_string(),
            "Notitie".into(),
            400,
            "ErrHandoverReceiverOutside",
        ),
        (
            c.lead.clone(),
            c.lead_id.to_string(),
            "Notitie".into(),
            400,
            "ErrHandoverToSelf",
        ),
        (
            c.lead.clone(),
            "999999".into(),
            "Notitie".into(),
            400,
            "ErrHandoverReceiverUnknown",
        ),
        (
            c.lead.clone(),
            c.colleague_id.to_string(),
            "   ".into(),
            400,
            "ErrHandoverNoteEmpty",
        ),
        (
            c.lead.clone(),
            c.colleague_id.to_string(),
            "x".repeat(4001),
            400,
            "ErrHandoverNoteTooLong",
        ),
        (
            c.colleague.clone(),
            c.colleague_id.to_string(),
            "Notitie".into(),
            403,
            "ErrLeadOnly",
        ),
        (
            c.author.clone(),
            c.colleague_id.to_string(),
            "Notitie".into(),
            403,
            "ErrProfessionalsOnly",
        ),
    ];
    for (client, to, note, want, message) in cases {
        let (status, e) = app
            .call(
                &client,
                "/api/work/handover/offer",
                &[("idea_id", &c.idea), ("to_user", &to), ("note", &note)],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (want, Some(message)),
            "offer to {to}: {e}"
        );
    }
    assert_eq!(app.count("handovers").await, before, "refusals store nothing");

    // One open offer at a time; only the receiver answers it.
    assert_eq!(offer(&app, &c, c.colleague_id, "Eerste").await.0, 200);
    let (status, e) = offer(&app, &c, c.colleague_id, "Tweede").await;
    assert_eq!((status, e["message"].as_str()), (409, Some("ErrHandoverOpen")));
    let (_, inbox) = app.read(&c.colleague, "/api/work/handover/incoming").await;
    let handover = inbox[0]["id"].to_string();
    for client in [&c.lead, &c.author] {
        let (status, _) = app
            .call(
                client,
                "/api/work/handover/answer",
                &[("handover_id", &handover), ("accept", "true")],
            )
            .await;
        assert!(status == 403, "{status}");
    }
    let (status, _) = app
        .call(
            &app.client,
            "/api/work/handover/answer",
            &[("handover_id", &handover), ("accept", "true")],
        )
        .await;
    assert_eq!(status, 401);
    let (status, _) = app
        .call(
            &c.colleague,
            "/api/work/handover/answer",
            &[("handover_id", "999999"), ("accept", "true")],
        )
        .await;
    assert_eq!(status, 404);
    let (_, work) = app
        .read(&c.lead, &format!("/api/work/get?idea_id={}", c.idea))
        .await;
    assert_eq!(lead_name(&work).as_deref(), Some("Ilse"), "nothing moved");
});

both_engines!(
    an_administrator_hands_over_all_ideas_of_someone_who_leaves,
    |app: TestApp| async move {
        let c = cast(&app).await;
        let second = app
            .idea_by(&c.author, "Bankjes bij de speeltuin", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        let (status, _) = app
            .call(
                &c.lead,
                "/api/work/claim",
                &[("idea_id", &second), ("kind", "lead")],
            )
            .await;
        assert_eq!(status, 200);
        // An open offer on one of them is withdrawn by the bulk handover.
        assert_eq!(offer(&app, &c, c.colleague_id, "Open aanbod").await.0, 200);
        let (admin_id, admin) = app
            .professional("Beheerder", Role::Administrator, None, None, &[])
            .await;
        let (_, staff) = app.read(&admin, "/api/admin/professionals").await;
        let ilse = staff
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["display_name"] == "Ilse")
            .unwrap()
            .clone();
        assert_eq!(ilse["leads"], 2);

        let form = |to: String, note: &str| {
            vec![
                ("from_user".to_owned(), c.lead_id.to_string()),
                ("to_user".to_owned(), to),
                ("note".to_owned(), note.to_owned()),
            ]
        };
        let send = |client: reqwest::Client, form: Vec<(String, String)>| {
            let app = &app;
            async move {
                let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                app.call(&client, "/api/admin/handover-all", &form).await
            }
        };
        let (status, e) = send(admin.clone(), form(c.resident_id.to_string(), "Ilse vertrekt")).await;
        assert_eq!(
            (status, e["message"].as_str()),
            (400, Some("ErrHandoverToProfessionalsOnly"))
        );
        let (status, _) = send(c.lead.clone(), form(c.colleague_id.to_string(), "Ilse vertrekt")).await;
        assert_eq!(status, 403);
        let (status, e) = send(admin.clone(), form(c.colleague_id.to_string(), "")).await;
        assert_eq!((status, e["field"].as_str()), (400, Some("note")));
        assert_eq!(app.count("handovers").await, 1, "refusals store nothing");

        let (status, moved) = send(
            admin.clone(),
            form(c.colleague_id.to_string(), "Ilse vertrekt; Bram belt graag."),
        )
        .await;
        assert_eq!((status, moved.as_i64()), (200, Some(2)));
        for idea in [&c.idea, &second] {
            let (_, work) = app
                .read(&c.colleague, &format!("/api/work/get?idea_id={idea}"))
                .await;
            assert_eq!(lead_name(&work).as_deref(), Some("Omar"));
            let notes: Vec<&str> = work["handovers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| h["note"].as_str().unwrap())
                .collect();
            assert!(notes.contains(&"Ilse vertrekt; Bram belt graag."), "{notes:?}");
        }
        let (_, inbox) = app.read(&c.colleague, "/api/work/handover/incoming").await;
        assert!(
            inbox.as_array().unwrap().is_empty(),
            "the open offer was withdrawn"
        );
        let (_, list) = app.read(&c.author, "/api/notifications/list").await;
        let told = list["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|n| n["kind"] == "new_contact")
            .count();
        assert_eq!(told, 2, "the author hears it for each idea");
        let _ = admin_id;
    }
);

/// The receiver's unread handover notifications, from their own list.
async fn open_offers(app: &TestApp, client: &reqwest::Client) -> usize {
    let (_, list) = app.read(client, "/api/notifications/list").await;
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "handover_offered" && n["read"] == false)
        .count()
}

both_engines!(
    an_offers_notification_is_done_once_answered_or_withdrawn,
    |app: TestApp| async move {
        let c = cast(&app).await;
        let incoming = |client: &reqwest::Client| {
            let client = client.clone();
            let app = &app;
            async move {
                let (_, inbox) = app.read(&client, "/api/work/handover/incoming").await;
                inbox[0]["id"].to_string()
            }
        };
        // Withdrawn by the giver.
        assert_eq!(offer(&app, &c, c.colleague_id, "Wil jij?").await.0, 200);
        assert_eq!(open_offers(&app, &c.colleague).await, 1);
        let handover = incoming(&c.colleague).await;
        let (status, e) = app
            .call(
                &c.lead,
                "/api/work/handover/withdraw",
                &[("handover_id", &handover)],
            )
            .await;
        assert_eq!(status, 200, "{e}");
        assert_eq!(
            open_offers(&app, &c.colleague).await,
            0,
            "withdrawn: nothing to answer"
        );
        // Declined by the receiver.
        assert_eq!(offer(&app, &c, c.colleague_id, "Toch?").await.0, 200);
        assert_eq!(open_offers(&app, &c.colleague).await, 1);
        let handover = incoming(&c.colleague).await;
        let answer = [("handover_id", handover.as_str()), ("accept", "false")];
        assert_eq!(
            app.call(&c.colleague, "/api/work/handover/answer", &answer)
                .await
                .0,
            200
        );
        assert_eq!(open_offers(&app, &c.colleague).await, 0, "declined: done");
        // Accepted.
        assert_eq!(offer(&app, &c, c.colleague_id, "Laatste keer").await.0, 200);
        let handover = incoming(&c.colleague).await;
        let answer = [("handover_id", handover.as_str()), ("accept", "true")];
        assert_eq!(
            app.call(&c.colleague, "/api/work/handover/answer", &answer)
                .await
                .0,
            200
        );
        assert_eq!(open_offers(&app, &c.colleague).await, 0, "accepted: done");
    }
);
