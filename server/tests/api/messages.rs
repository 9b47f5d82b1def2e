//! Messages between a resident and an idea's contact person: through the platform, told to the
//! other side as a notification, readable only by that resident and the professionals working on
//! the idea, and kept with the idea when its lead changes.

use crate::both_engines;
use crate::helpers::TestApp;
use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
use serde_json::Value;

const SCHILDERSBUURT_WEST: &str = "BU05182915";
const SCHILDERSWIJK: &str = "WK051829";

async fn notification_kinds(app: &TestApp, client: &reqwest::Client) -> Vec<String> {
    let (status, list) = app.read(client, "/api/notifications/list").await;
    assert_eq!(status, 200, "{list}");
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["kind"].as_str().map(str::to_owned))
        .collect()
}

fn bodies(messages: &Value) -> Vec<String> {
    messages["threads"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t["messages"].as_array().unwrap().iter())
        .map(|m| m["body"].as_str().unwrap().to_owned())
        .collect()
}

both_engines!(
    a_resident_and_the_contact_person_write_to_each_other,
    |app: TestApp| async move {
        let org = app
            .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
            .await;
        let (_, author) = app.resident("Fatima").await;
        let (joost_id, joost) = app.resident("Joost").await;
        let (_, other) = app.resident("Sanne").await;
        let (_, ilse) = app
            .professional(
                "Ilse",
                Role::Professional,
                Some(ProfessionalFunction::Ideeenmakelaar),
                Some(org),
                &[SCHILDERSWIJK],
            )
            .await;
        let (_, elsewhere) = app
            .professional("Petra", Role::Professional, None, Some(org), &["WK051801"])
            .await;
        let id = app
            .idea_by(&author, "Moestuin op het plein", SCHILDERSBUURT_WEST)
            .await
            .to_string();

        // Before anyone picks it up there is nobody to write to.
        let (status, e) = app
            .call(
                &joost,
                "/api/messages/send",
                &[("idea_id", &id), ("body", "Mag ik helpen?")],
            )
            .await;
        assert_eq!((status, e["message"].as_str()), (409, Some("ErrNoContactPerson")));
        let (_, none_yet) = app.read(&joost, &format!("/api/messages/get?idea_id={id}")).await;
        assert_eq!(none_yet["can_write"], false);

        let (status, _) = app
            .call(&ilse, "/api/work/claim", &[("idea_id", &id), ("kind", "lead")])
            .await;
        assert_eq!(status, 200);
        let (_, open) = app.read(&joost, &format!("/api/messages/get?idea_id={id}")).await;
        assert_eq!(open["can_write"], true);
        // Keys, not words: the page words the function in its reader's language.
        assert_eq!(
            open["contact"],
            serde_json::json!({"name": "Ilse", "work": {"title": "ideeenmakelaar", "organisation": "Gemeente Den Haag"}})
        );

        // Refusals store nothing.
        for (client, body, status, message) in [
            (&app.client, "Hallo", 401, "ErrLoginRequired"),
            (&ilse, "Hallo", 403, "ErrMessagesResidentsOnly"),
            (&joost, "   ", 400, "ErrMessageEmpty"),
        ] {
            let (got, e) = app
                .call(client, "/api/messages/send", &[("idea_id", &id), ("body", body)])
                .await;
            assert_eq!((got, e["message"].as_str()), (status, Some(message)), "{e}");
        }
        let long = "a".repeat(2001);
        let (got, e) = app
            .call(&joost, "/api/messages/send", &[("idea_id", &id), ("body", &long)])
            .await;
        assert_eq!((got, e["field"].as_str()), (400, Some("body")));
        assert_eq!(app.count("idea_messages").await, 0);

        let (status, sent) = app
            .call(
                &joost,
                "/api/messages/send",
                &[("idea_id", &id), ("body", "Mag ik helpen met de bakken?")],
            )
            .await;
        assert_eq!(status, 200, "{sent}");
        assert_eq!(bodies(&sent), ["Mag ik helpen met de bakken?"]);
        assert!(notification_kinds(&app, &ilse)
            .await
            .contains(&"message".to_owned()));

        // The contact person reads it on the idea, and answers; the resident is told.
        let (_, seen) = app.read(&ilse, &format!("/api/messages/get?idea_id={id}")).await;
        assert_eq!(seen["can_answer"], true);
        assert_eq!(seen["threads"][0]["resident_name"], "Joost");
        let joost_text = joost_id.to_string();
        let (status, answered) = app
            .call(
                &ilse,
                "/api/messages/answer",
                &[
                    ("idea_id", &id),
                    ("resident_id", &joost_text),
                    ("body", "Graag! Zaterdag om 10 uur."),
                ],
            )
            .await;
        assert_eq!(status, 200, "{answered}");
        assert!(notification_kinds(&app, &joost)
            .await
            .contains(&"message".to_owned()));
        let (_, mine) = app.read(&joost, &format!("/api/messages/get?idea_id={id}")).await;
        assert_eq!(
            bodies(&mine),
            ["Mag ik helpen met de bakken?", "Graag! Zaterdag om 10 uur."]
        );
        assert_eq!(
            mine["threads"][0]["messages"][1]["sender_work"],
            serde_json::json!({"title": "ideeenmakelaar", "organisation": "Gemeente Den Haag"}),
            "the answer carries who wrote it"
        );

        // Nobody else reads it: not another resident, a visitor, or a professional of another wijk.
        for client in [&other, &app.client, &elsewhere, &author] {
            let (_, theirs) = app.read(client, &format!("/api/messages/get?idea_id={id}")).await;
            assert!(bodies(&theirs).is_empty(), "{theirs}");
        }
        let page = app.page_with(&other, &app.url(&format!("/ideeen/{id}"))).await;
        assert!(!page.contains("Zaterdag om 10 uur"));
        let page = app.page_with(&joost, &app.url(&format!("/ideeen/{id}"))).await;
        assert!(
            page.contains("Zaterdag om 10 uur"),
            "the resident's own page shows the conversation"
        );

        // Answering is for those working on the idea, and only a conversation a resident began.
        let (got, e) = app
            .call(
                &elsewhere,
                "/api/messages/answer",
                &[("idea_id", &id), ("resident_id", &joost_text), ("body", "Hoi")],
            )
            .await;
        assert_eq!((got, e["message"].as_str()), (403, Some("ErrOutsideWerkgebied")));
        let (got, e) = app
            .call(
                &joost,
                "/api/messages/answer",
                &[("idea_id", &id), ("resident_id", &joost_text), ("body", "Hoi")],
            )
            .await;
        assert_eq!((got, e["message"].as_str()), (403, Some("ErrProfessionalsOnly")));
        let (got, e) = app
            .call(
                &ilse,
                "/api/messages/answer",
                &[("idea_id", &id), ("resident_id", "999999"), ("body", "Hoi")],
            )
            .await;
        assert_eq!((got, e["field"].as_str()), (400, Some("resident_id")));
        assert_eq!(app.count("idea_messages").await, 2);
    }
);
