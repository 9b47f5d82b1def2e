//! The ward workbench: counts per wijk that open their lists (unclaimed, stalled, several
//! organisations, enough support, per organisation and professional), only for the professional's own
//! wijken; and the reminder a lead gets when their idea stalls, once per stall period.

use crate::both_engines;
use crate::helpers::TestApp;
use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
use serde_json::Value;

const SCHILDERSBUURT_WEST: &str = "BU05182915";
const SCHILDERSWIJK: &str = "WK051829";

fn titles(v: &Value) -> Vec<String> {
    v["selected"]["ideas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_owned())
        .collect()
}

async fn set(app: &TestApp, sql: &'static str, value: i64, idea: i64) {
    sqlx::query(sql)
        .bind(value)
        .bind(idea)
        .execute(&app.pool)
        .await
        .unwrap();
}

both_engines!(
    the_workbench_counts_and_lists_a_wijk_and_reminds_stalled_leads,
    |app: TestApp| async move {
        let engine = app.engine;
        drop(app);
        let app = TestApp::spawn_with(engine, |c| c.app.support_threshold = 2).await;
        let gemeente = app
            .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
            .await;
        let welzijn = app
            .organisation("Welzijn Centraal", OrganisationKind::Welzijnsorganisatie)
            .await;
        let f = Some(ProfessionalFunction::Ideeenmakelaar);
        let (ilse_id, ilse) = app
            .professional("Ilse", Role::Professional, f, Some(gemeente), &[SCHILDERSWIJK])
            .await;
        let (_, omar) = app
            .professional("Omar", Role::Professional, f, Some(welzijn), &[SCHILDERSWIJK])
            .await;
        let (_, author) = app.resident("Bewoner").await;
        let mut ids = Vec::new();
        for title in [
            "Oud idee zonder trekker",
            "Nieuw idee met steun",
            "Samen met welzijn",
            "Stil idee",
        ] {
            ids.push(app.idea_by(&author, title, SCHILDERSBUURT_WEST).await);
        }
        let [old, supported, together, silent] = ids[..] else {
            unreachable!()
        };
        let now = app::db::now();
        set(
            &app,
            "UPDATE ideas SET created_at = $1 WHERE id = $2",
            now - 90 * 86_400,
            old,
        )
        .await;
        for i in 0..2 {
            let (_, r) = app.resident(&format!("Buur {i}")).await;
            app.call(&r, "/api/ideas/support", &[("id", &supported.to_string())])
                .await;
        }
        for (client, idea, kind) in [
            (&ilse, together, "lead"),
            (&omar, together, "supporting"),
            (&ilse, silent, "lead"),
        ] {
            let (status, e) = app
                .call(
                    client,
                    "/api/work/claim",
                    &[("idea_id", &idea.to_string()), ("kind", kind)],
                )
                .await;
            assert_eq!(status, 200, "{e}");
        }
        set(
            &app,
            "UPDATE claims SET last_activity_at = $1 WHERE idea_id = $2",
            now - 31 * 86_400,
            silent,
        )
        .await;

        let (status, bench) = app.read(&ilse, "/api/work/workbench").await;
        assert_eq!(status, 200, "{bench}");
        let wijk = &bench["wijken"][0];
        assert_eq!(wijk["code"], SCHILDERSWIJK);
        let counts: Vec<i64> = [
            "open",
            "unclaimed",
            "stalled",
            "several_organisations",
            "enough_support",
        ]
        .iter()
        .map(|k| wijk[*k].as_i64().unwrap())
        .collect();
        assert_eq!(counts, [4, 2, 1, 1, 1]);
        let orgs: Vec<(&str, i64)> = wijk["by_organisation"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| (o["label"].as_str().unwrap(), o["count"].as_i64().unwrap()))
            .collect();
        assert_eq!(orgs, [("Gemeente Den Haag", 2), ("Welzijn Centraal", 1)]);

        let list = |lijst: String| {
            let app = &app;
            let ilse = ilse.clone();
            async move {
                app.read(
                    &ilse,
                    &format!("/api/work/workbench?wijk={SCHILDERSWIJK}&lijst={lijst}"),
                )
                .await
                .1
            }
        };
        assert_eq!(
            titles(&list("niet-opgepakt".into()).await),
            ["Oud idee zonder trekker", "Nieuw idee met steun"],
            "oldest first"
        );
        let stalled = list("stilgevallen".into()).await;
        assert_eq!(titles(&stalled), ["Stil idee"]);
        assert_eq!(stalled["selected"]["ideas"][0]["days_silent"], 31);
        assert_eq!(stalled["selected"]["ideas"][0]["lead_name"], "Ilse");
        assert_eq!(titles(&list("samenwerking".into()).await), ["Samen met welzijn"]);
        assert_eq!(
            titles(&list("genoeg-steun".into()).await),
            ["Nieuw idee met steun"]
        );
        assert_eq!(
            titles(&list(format!("organisatie-{welzijn}")).await),
            ["Samen met welzijn"]
        );
        assert_eq!(titles(&list(format!("professional-{ilse_id}")).await).len(), 2);

        // The page reads without JavaScript: counts and an opened list.
        let page = app
            .page_with(
                &ilse,
                &app.url(&format!("/werkbank?wijk={SCHILDERSWIJK}&lijst=stilgevallen")),
            )
            .await;
        assert!(
            page.contains("Schildersbuurt") && page.contains("Stil idee") && page.contains("Niet opgepakt"),
            "{page}"
        );

        // The lead of the stalled idea is reminded once per stall period.
        assert_eq!(wijkidee::reminders::run_once(&app.pool, 30).await.unwrap(), 1);
        assert_eq!(
            wijkidee::reminders::run_once(&app.pool, 30).await.unwrap(),
            0,
            "not twice"
        );
        let (_, notes) = app.read(&ilse, "/api/notifications/list").await;
        assert_eq!(notes["items"][0]["kind"], "claim_stalled");
        assert_eq!(notes["items"][0]["idea_id"], silent);
        // Activity un-stalls it.
        let (status, _) = app
            .call(
                &ilse,
                "/api/work/note",
                &[
                    ("idea_id", &silent.to_string()),
                    ("visibility", "openbaar"),
                    ("body", "Weer bezig"),
                ],
            )
            .await;
        assert_eq!(status, 200);
        assert!(titles(&list("stilgevallen".into()).await).is_empty());
    }
);

both_engines!(
    the_workbench_is_for_professionals_and_their_own_wijken,
    |app: TestApp| async move {
        let org = app
            .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
            .await;
        let (_, prof) = app
            .professional("Ilse", Role::Professional, None, Some(org), &[SCHILDERSWIJK])
            .await;
        let (_, resident) = app.resident("Bewoner").await;
        let (status, _) = app.read(&app.client, "/api/work/workbench").await;
        assert_eq!(status, 401);
        let (status, e) = app.read(&resident, "/api/work/workbench").await;
        assert_eq!(
            (status, e["message"].as_str()),
            (403, Some("ErrProfessionalsOnly"))
        );
        let (status, e) = app
            .read(&prof, "/api/work/workbench?wijk=WK051801&lijst=niet-opgepakt")
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (403, Some("ErrOutsideWerkgebied"))
        );
        let (status, e) = app
            .read(
                &prof,
                &format!("/api/work/workbench?wijk={SCHILDERSWIJK}&lijst=alles"),
            )
            .await;
        assert_eq!((status, e["field"].as_str()), (400, Some("lijst")));
        let page = app.page_with(&resident, &app.url("/werkbank")).await;
        assert!(page.contains("De werkbank is voor professionals"));
    }
);
