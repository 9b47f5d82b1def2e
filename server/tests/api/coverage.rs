//! Wijken no professional covers: the administrator sees them with their open ideas and names who
//! answers for them; that professional (or organisation's team) is told of new ideas there, sees
//! them on the workbench and may take them on; the idea's page says who reads it, or that nobody does.

use crate::both_engines;
use crate::helpers::TestApp;
use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};

/// Covered in these tests by Ilse (werkgebied Schilderswijk).
const SCHILDERSBUURT_WEST: &str = "BU05182915";
const SCHILDERSWIJK: &str = "WK051829";
/// Nobody covers Archipelbuurt.
const ARCHIPELBUURT: &str = "BU05180546";
const ARCHIPELBUURT_WIJK: &str = "WK051805";

fn kinds(list: &serde_json::Value, kind: &str) -> usize {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == kind)
        .count()
}

both_engines!(
    an_idea_where_nobody_works_reaches_whoever_answers_for_such_wijken,
    |app: TestApp| async move {
        let gemeente = app
            .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
            .await;
        let welzijn = app
            .organisation("Xtra Welzijn", OrganisationKind::Welzijnsorganisatie)
            .await;
        let (_, admin) = app
            .professional("Beheer", Role::Administrator, None, None, &[])
            .await;
        let (ilse_id, ilse) = app
            .professional(
                "Ilse",
                Role::Professional,
                Some(ProfessionalFunction::Ideeenmakelaar),
                Some(gemeente),
                &[SCHILDERSWIJK],
            )
            .await;
        let (_, sanne) = app
            .professional(
                "Sanne",
                Role::Professional,
                Some(ProfessionalFunction::CommunityBuilder),
                Some(welzijn),
                &[SCHILDERSWIJK],
            )
            .await;
        let (_, author) = app.resident("Joost").await;

        // Nobody named yet: the idea's page says so, and the administrator sees it wait.
        let first = app.idea_by(&author, "Bankjes bij de haven", ARCHIPELBUURT).await;
        let page = app
            .page_with(&author, &app.url(&format!("/ideeen/{first}")))
            .await;
        assert!(
            page.contains("er is nog niemand aangewezen"),
            "the author is told honestly"
        );
        let (status, view) = app.read(&admin, "/api/admin/uncovered").await;
        assert_eq!(status, 200, "{view}");
        assert_eq!(view["responder"], serde_json::Value::Null);
        let wijken = view["wijken"].as_array().unwrap();
        assert_eq!(wijken.len(), 43, "44 wijken, one covered");
        assert_eq!(wijken[0]["code"], ARCHIPELBUURT_WIJK, "most open ideas first");
        assert_eq!(wijken[0]["open_ideas"], 1);
        assert!(!wijken.iter().any(|w| w["code"] == SCHILDERSWIJK));
        let beheer = app.page_with(&admin, &app.url("/beheer")).await;
        assert!(beheer.contains("Wijken zonder professional"));
        assert!(beheer.contains("Wijken zonder professional: 43. Open ideeën die daar wachten: 1."));

        // Only an administrator sees or names; nonsense is refused and changes nothing.
        let (status, _) = app.read(&ilse, "/api/admin/uncovered").await;
        assert_eq!(status, 403);
        let (status, _) = app
            .call(
                &ilse,
                "/api/admin/uncovered/responder",
                &[("responder", &format!("professional-{ilse_id}"))],
            )
            .await;
        assert_eq!(status, 403);
        for bad in ["iemand", "professional-999999", "organisatie-999999"] {
            let (status, e) = app
                .call(&admin, "/api/admin/uncovered/responder", &[("responder", bad)])
                .await;
            assert_eq!(
                (status, e["message"].as_str()),
                (400, Some("ErrResponderUnknown")),
                "{bad}"
            );
            assert_eq!(e["field"], "responder");
        }
        assert_eq!(app.count("uncovered_responder").await, 0);

        // Ilse answers: she hears of the next idea there, sees both on her workbench and may claim them.
        let (status, _) = app
            .call(
                &admin,
                "/api/admin/uncovered/responder",
                &[("responder", &format!("professional-{ilse_id}"))],
            )
            .await;
        assert_eq!(status, 200);
        let (_, view) = app.read(&admin, "/api/admin/uncovered").await;
        assert_eq!(view["responder"], format!("professional-{ilse_id}"));
        let second = app.idea_by(&author, "Een speeltuin aan zee", ARCHIPELBUURT).await;
        let (_, list) = app.read(&ilse, "/api/notifications/list").await;
        assert_eq!(kinds(&list, "uncovered_idea"), 1, "{list}");
        assert_eq!(list["items"][0]["idea_id"], second);
        let (_, theirs) = app.read(&sanne, "/api/notifications/list").await;
        assert_eq!(kinds(&theirs, "uncovered_idea"), 0, "only the one named");
        // A new idea in a covered wijk is no one's "uncovered" news.
        app.idea_by(&author, "Groen op het plein", SCHILDERSBUURT_WEST)
            .await;
        let (_, list) = app.read(&ilse, "/api/notifications/list").await;
        assert_eq!(kinds(&list, "uncovered_idea"), 1);

        let (_, bench) = app.read(&ilse, "/api/work/workbench").await;
        let benches = bench["wijken"].as_array().unwrap();
        assert_eq!(
            benches.len(),
            2,
            "her wijk, and the uncovered one where ideas wait: {bench}"
        );
        assert_eq!(benches[0]["code"], SCHILDERSWIJK);
        assert_eq!(benches[0]["uncovered"], false);
        assert_eq!(benches[1]["code"], ARCHIPELBUURT_WIJK);
        assert_eq!(benches[1]["uncovered"], true);
        assert_eq!(benches[1]["unclaimed"], 2);
        let (_, sannes) = app.read(&sanne, "/api/work/workbench").await;
        assert_eq!(sannes["wijken"].as_array().unwrap().len(), 1);

        let page = app
            .page_with(&author, &app.url(&format!("/ideeen/{first}")))
            .await;
        assert!(
            page.contains("Ilse, ideeënmakelaar, Gemeente Den Haag leest de ideeën uit zulke wijken"),
            "the author reads who"
        );
        let (status, _) = app
            .call(
                &sanne,
                "/api/work/claim",
                &[("idea_id", &first.to_string()), ("kind", "lead")],
            )
            .await;
        assert_eq!(status, 403, "outside Sanne's werkgebied");
        let (status, e) = app
            .call(
                &ilse,
                "/api/work/claim",
                &[("idea_id", &first.to_string()), ("kind", "lead")],
            )
            .await;
        assert_eq!(status, 200, "{e}");

        // An organisation's team: each of its professionals hears, and may take the ideas on.
        let (status, _) = app
            .call(
                &admin,
                "/api/admin/uncovered/responder",
                &[("responder", &format!("organisatie-{welzijn}"))],
            )
            .await;
        assert_eq!(status, 200);
        app.idea_by(&author, "Een boekenkast bij de tram", ARCHIPELBUURT)
            .await;
        let (_, theirs) = app.read(&sanne, "/api/notifications/list").await;
        assert_eq!(kinds(&theirs, "uncovered_idea"), 1);
        let (_, list) = app.read(&ilse, "/api/notifications/list").await;
        assert_eq!(kinds(&list, "uncovered_idea"), 1, "Ilse no longer answers");
        let page = app
            .page_with(&author, &app.url(&format!("/ideeen/{second}")))
            .await;
        assert!(page.contains("Het team van Xtra Welzijn leest de ideeën"));
        let (status, _) = app
            .call(
                &sanne,
                "/api/work/claim",
                &[("idea_id", &second.to_string()), ("kind", "lead")],
            )
            .await;
        assert_eq!(status, 200);
        // Sanne can hand it to a colleague of her team, though no werkgebied holds the wijk.
        let (karim, _) = app
            .professional(
                "Karim",
                Role::Professional,
                Some(ProfessionalFunction::Opbouwwerker),
                Some(welzijn),
                &[SCHILDERSWIJK],
            )
            .await;
        let (_, work) = app.read(&sanne, &format!("/api/work/get?idea_id={second}")).await;
        let colleagues: Vec<i64> = work["colleagues"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["user_id"].as_i64().unwrap())
            .collect();
        assert_eq!(colleagues, [karim], "{work}");
        let (status, e) = app
            .call(
                &sanne,
                "/api/work/handover/offer",
                &[
                    ("idea_id", &second.to_string()),
                    ("to_user", &karim.to_string()),
                    ("note", "Jij woont er vlakbij."),
                ],
            )
            .await;
        assert_eq!(status, 200, "{e}");

        // Nobody again, by the empty choice.
        let (status, _) = app
            .call(&admin, "/api/admin/uncovered/responder", &[("responder", "")])
            .await;
        assert_eq!(status, 200);
        assert_eq!(app.count("uncovered_responder").await, 0);

        // Covering the wijk ends it: inviting Ilse there takes it off the list.
        app::db::professionals::assign(
            &app.pool,
            ilse_id,
            Role::Professional,
            Some(ProfessionalFunction::Ideeenmakelaar),
            Some(gemeente),
            &[SCHILDERSWIJK.into(), ARCHIPELBUURT_WIJK.into()],
        )
        .await
        .unwrap();
        let (_, view) = app.read(&admin, "/api/admin/uncovered").await;
        assert_eq!(view["wijken"].as_array().unwrap().len(), 42);
    }
);
