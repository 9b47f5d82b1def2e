//! An administrator changes what a professional works with, and deactivates professionals and
//! organisations, only after their ideas are handed over.

use crate::both_engines;
use crate::helpers::TestApp;
use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
use serde_json::Value;

const SCHILDERSBUURT_WEST: &str = "BU05182915";
const SCHILDERSWIJK: &str = "WK051829";
const CENTRUM: &str = "WK051828";

fn staff_named<'a>(list: &'a Value, name: &str) -> Option<&'a Value> {
    list.as_array()?.iter().find(|m| m["display_name"] == name)
}

both_engines!(
    an_administrator_changes_function_organisation_and_werkgebied,
    |app: TestApp| async move {
        let gemeente = app
            .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
            .await;
        let welzijn = app
            .organisation("Welzijn Centraal", OrganisationKind::Welzijnsorganisatie)
            .await;
        let (_, admin) = app
            .professional("Beheer", Role::Administrator, None, None, &[])
            .await;
        let (omar_id, omar) = app
            .professional(
                "Omar",
                Role::Professional,
                Some(ProfessionalFunction::Opbouwwerker),
                Some(gemeente),
                &[SCHILDERSWIJK],
            )
            .await;
        let (_, resident) = app.resident("Fatima").await;
        let omar_text = omar_id.to_string();
        let welzijn_text = welzijn.to_string();
        let form = |wijken: &[&'static str]| -> Vec<(&'static str, String)> {
            let mut f = vec![
                ("user_id", omar_text.clone()),
                ("function", "community_builder".to_owned()),
                ("organisation_id", welzijn_text.clone()),
            ];
            f.extend(wijken.iter().map(|w| ("werkgebied[]", w.to_string())));
            f
        };
        let call = |client: &reqwest::Client, fields: Vec<(&'static str, String)>| {
            let client = client.clone();
            let app = &app;
            async move {
                let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                app.call(&client, "/api/admin/professionals/update", &refs).await
            }
        };

        // Refusals change nothing.
        let (status, _) = call(&omar, form(&[CENTRUM])).await;
        assert_eq!(status, 403, "only administrators");
        let (status, e) = call(&admin, form(&[])).await;
        assert_eq!((status, e["message"].as_str()), (400, Some("ErrWerkgebiedEmpty")));
        let (status, e) = call(&admin, form(&["WK999999"])).await;
        assert_eq!((status, e["field"].as_str()), (400, Some("werkgebied")));
        let mut unknown_org = form(&[CENTRUM]);
        unknown_org[2].1 = "999999".into();
        let (status, e) = call(&admin, unknown_org).await;
        assert_eq!((status, e["field"].as_str()), (400, Some("organisation_id")));
        let mut bad_function = form(&[CENTRUM]);
        bad_function[1].1 = "tovenaar".into();
        let (status, e) = call(&admin, bad_function).await;
        assert_eq!((status, e["field"].as_str()), (400, Some("function")));
        let (_, resident_id) = (0, app.resident("Sanne").await.0);
        let mut not_professional = form(&[CENTRUM]);
        not_professional[0].1 = resident_id.to_string();
        let (status, e) = call(&admin, not_professional).await;
        assert_eq!(
            (status, e["message"].as_str()),
            (400, Some("ErrNotAProfessional"))
        );
        let mut nobody = form(&[CENTRUM]);
        nobody[0].1 = "999999".into();
        let (status, _) = call(&admin, nobody).await;
        assert_eq!(status, 400);
        let (_, list) = app.read(&admin, "/api/admin/professionals").await;
        assert_eq!(
            staff_named(&list, "Omar").unwrap()["werkgebied"],
            serde_json::json!([SCHILDERSWIJK])
        );

        // The change: new function and organisation, and the werkgebied moves to Centrum.
        let (status, member) = call(&admin, form(&[CENTRUM])).await;
        assert_eq!(status, 200, "{member}");
        assert_eq!(member["title"], "community_builder");
        assert_eq!(member["organisation"], "Welzijn Centraal");
        assert_eq!(member["werkgebied"], serde_json::json!([CENTRUM]));
        // It counts at once: Omar can no longer claim in the Schilderswijk.
        let idea = app
            .idea_by(&resident, "Moestuin op het plein", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        let (status, e) = app
            .call(&omar, "/api/work/claim", &[("idea_id", &idea), ("kind", "lead")])
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (403, Some("ErrOutsideWerkgebied"))
        );
        // The administrator's page for Omar holds the form with what he has now.
        let page = app
            .page_with(&admin, &app.url(&format!("/beheer/professionals/{omar_id}")))
            .await;
        assert!(page.contains(&format!(r#"value="{CENTRUM}" checked"#)), "{page}");
        let beheer = app.page_with(&admin, &app.url("/beheer")).await;
        assert!(beheer.contains(&format!(r#"href="/beheer/professionals/{omar_id}""#)));
    }
);

both_engines!(
    deactivation_waits_for_the_handover_and_then_ends_the_work,
    |app: TestApp| async move {
        let gemeente = app
            .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
            .await;
        let tijdelijk = app.organisation("Tijdelijk Team", OrganisationKind::Anders).await;
        let (_, admin) = app
            .professional("Beheer", Role::Administrator, None, None, &[])
            .await;
        let f = Some(ProfessionalFunction::Ideeenmakelaar);
        let (ilse_id, ilse) = app
            .professional("Ilse", Role::Professional, f, Some(tijdelijk), &[SCHILDERSWIJK])
            .await;
        let (omar_id, omar) = app
            .professional("Omar", Role::Professional, f, Some(gemeente), &[SCHILDERSWIJK])
            .await;
        let (_, resident) = app.resident("Fatima").await;
        let led = app
            .idea_by(&resident, "Moestuin op het plein", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        let helped = app
            .idea_by(&resident, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        for (client, idea, kind) in [
            (&ilse, &led, "lead"),
            (&omar, &helped, "lead"),
            (&ilse, &helped, "supporting"),
        ] {
            let (status, e) = app
                .call(client, "/api/work/claim", &[("idea_id", idea), ("kind", kind)])
                .await;
            assert_eq!(status, 200, "{e}");
        }
        let ilse_text = ilse_id.to_string();
        let org_text = tijdelijk.to_string();

        // While Ilse leads an idea, neither she nor her organisation can be deactivated.
        let (status, e) = app
            .call(
                &admin,
                "/api/admin/professionals/deactivate",
                &[("user_id", &ilse_text)],
            )
            .await;
        assert_eq!((status, e["message"].as_str()), (409, Some("ErrStillLeadsIdeas")));
        let (status, e) = app
            .call(
                &admin,
                "/api/admin/organisations/deactivate",
                &[("organisation_id", &org_text)],
            )
            .await;
        assert_eq!((status, e["message"].as_str()), (409, Some("ErrStillLeadsIdeas")));
        let page = app
            .page_with(&admin, &app.url(&format!("/beheer/professionals/{ilse_id}")))
            .await;
        assert!(
            page.contains(r#"data-testid="leads-first""#),
            "the page says to hand over first"
        );
        let (status, _) = app
            .call(
                &ilse,
                "/api/admin/professionals/deactivate",
                &[("user_id", &ilse_text)],
            )
            .await;
        assert_eq!(status, 403, "only administrators");

        // Handed over, she can go; her organisation then too.
        let (status, moved) = app
            .call(
                &admin,
                "/api/admin/handover-all",
                &[
                    ("from_user", &ilse_text),
                    ("to_user", &omar_id.to_string()),
                    ("note", "Ilse vertrekt."),
                ],
            )
            .await;
        assert_eq!((status, moved), (200, serde_json::json!(1)));
        let (status, e) = app
            .call(
                &admin,
                "/api/admin/professionals/deactivate",
                &[("user_id", &ilse_text)],
            )
            .await;
        assert_eq!(status, 200, "{e}");
        let (_, list) = app.read(&admin, "/api/admin/professionals").await;
        assert!(
            staff_named(&list, "Ilse").is_none(),
            "no longer among the professionals"
        );
        let (_, work) = app.read(&ilse, &format!("/api/work/get?idea_id={helped}")).await;
        assert_eq!(
            work["claims"].as_array().unwrap().len(),
            1,
            "her supporting claim ended: {work}"
        );
        let (status, e) = app
            .call(
                &ilse,
                "/api/work/claim",
                &[("idea_id", &led), ("kind", "supporting")],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (403, Some("ErrProfessionalsOnly"))
        );
        let (status, me) = app.read(&ilse, "/api/account/me").await;
        assert_eq!(
            (status, me["role"].as_str()),
            (200, Some("resident")),
            "her account stays, as a resident's"
        );

        let (status, ended) = app
            .call(
                &admin,
                "/api/admin/organisations/deactivate",
                &[("organisation_id", &org_text)],
            )
            .await;
        assert_eq!((status, ended), (200, serde_json::json!(0)));
        let (_, orgs) = app.read(&admin, "/api/admin/organisations").await;
        assert!(orgs
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["name"] != "Tijdelijk Team"));
        let (status, e) = app
            .call(
                &admin,
                "/api/admin/invite",
                &[
                    ("email", "nieuw@example.nl"),
                    ("role", "professional"),
                    ("function", "opbouwwerker"),
                    ("organisation_id", &org_text),
                    ("werkgebied[]", SCHILDERSWIJK),
                ],
            )
            .await;
        assert_eq!(
            (status, e["field"].as_str()),
            (400, Some("organisation_id")),
            "no one joins it any more"
        );
    }
);

both_engines!(
    an_organisation_deactivated_ends_its_professionals,
    |app: TestApp| async move {
        let team = app
            .organisation("Buurtteam", OrganisationKind::Welzijnsorganisatie)
            .await;
        let (_, admin) = app
            .professional("Beheer", Role::Administrator, None, None, &[])
            .await;
        let f = Some(ProfessionalFunction::Opbouwwerker);
        let (_, a) = app
            .professional("Anouk", Role::Professional, f, Some(team), &[SCHILDERSWIJK])
            .await;
        let (_, _b) = app
            .professional("Bas", Role::Professional, f, Some(team), &[SCHILDERSWIJK])
            .await;
        let (status, ended) = app
            .call(
                &admin,
                "/api/admin/organisations/deactivate",
                &[("organisation_id", &team.to_string())],
            )
            .await;
        assert_eq!((status, ended), (200, serde_json::json!(2)));
        let (_, me) = app.read(&a, "/api/account/me").await;
        assert_eq!(me["role"], "resident");
        let (status, _) = app
            .call(
                &admin,
                "/api/admin/organisations/deactivate",
                &[("organisation_id", &team.to_string())],
            )
            .await;
        assert_eq!(status, 400, "already deactivated");
    }
);
