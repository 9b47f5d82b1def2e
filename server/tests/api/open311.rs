//! Open311 GeoReport v2: discovery, services and requests in JSON and XML (read back with a JSON
//! and an XML parser and checked against the database), the standard filters, errors in the spec's
//! shape; and POST with a key an administrator issues and revokes.

use crate::both_engines;
use crate::helpers::TestApp;
use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
use serde_json::Value;

const SCHILDERSWIJK: &str = "WK051829";
const SCHILDERSBUURT_WEST: &str = "BU05182915";

async fn json(app: &TestApp, path: &str) -> (u16, Value) {
    app.read(&app.client, path).await
}

async fn xml(app: &TestApp, path: &str) -> (u16, String) {
    let r = app.get(path).await;
    let status = r.status().as_u16();
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/xml"),
        "{path}"
    );
    (status, r.text().await.unwrap())
}

/// The text of each `<name>` under each `<item>` of an XML list.
fn xml_items(body: &str, item: &str, name: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(body).expect("well-formed XML");
    doc.root_element()
        .children()
        .filter(|c| c.tag_name().name() == item)
        .map(|c| {
            c.children()
                .find(|f| f.tag_name().name() == name)
                .unwrap_or_else(|| panic!("<{name}> in every <{item}>"))
                .text()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

both_engines!(
    requests_services_and_discovery_in_json_and_xml,
    |app: TestApp| async move {
        let (_, author) = app.resident("Fatima").await;
        let open = app
            .idea_by(&author, "Moestuin op het plein", SCHILDERSBUURT_WEST)
            .await;
        let closed = app
            .idea_by(&author, "Bankjes bij de haven", SCHILDERSBUURT_WEST)
            .await;
        let hidden = app
            .idea_by(&author, "Verborgen idee van iemand", SCHILDERSBUURT_WEST)
            .await;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE ideas SET hidden_at = 1 WHERE id = {hidden}"
        )))
        .execute(&app.pool)
        .await
        .unwrap();
        let org = app
            .organisation("Welzijn Den Haag", OrganisationKind::Welzijnsorganisatie)
            .await;
        let (_, pro) = app
            .professional(
                "Omar",
                Role::Professional,
                Some(ProfessionalFunction::Opbouwwerker),
                Some(org),
                &[SCHILDERSWIJK],
            )
            .await;
        for id in [open, closed] {
            let (s, e) = app
                .call(
                    &pro,
                    "/api/work/claim",
                    &[("idea_id", &id.to_string()), ("kind", "lead")],
                )
                .await;
            assert_eq!(s, 200, "{e}");
        }
        let (s, e) = app
            .call(
                &pro,
                "/api/work/status",
                &[
                    ("idea_id", &closed.to_string()),
                    ("status", "niet_haalbaar"),
                    ("explanation", "De kade is te smal voor bankjes."),
                ],
            )
            .await;
        assert_eq!(s, 200, "{e}");

        let (status, discovery) = json(&app, "/open311/v2/discovery.json").await;
        assert_eq!(status, 200);
        assert_eq!(
            discovery["endpoints"][0]["specification"],
            "http://wiki.open311.org/GeoReport_v2"
        );
        let (status, body) = xml(&app, "/open311/v2/discovery.xml").await;
        assert_eq!(status, 200);
        assert!(roxmltree::Document::parse(&body).is_ok());

        let (_, services) = json(&app, "/open311/v2/services.json").await;
        let codes: Vec<&str> = services
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["service_code"].as_str().unwrap())
            .collect();
        assert_eq!(codes.len() as i64, app.count("categories").await);
        assert!(codes.contains(&"groen"));
        let (_, body) = xml(&app, "/open311/v2/services.xml").await;
        assert_eq!(xml_items(&body, "service", "service_code"), codes);
        let (status, definition) = json(&app, "/open311/v2/services/groen.json").await;
        assert_eq!(
            (status, definition["service_code"].as_str()),
            (200, Some("groen"))
        );
        let (status, e) = json(&app, "/open311/v2/services/zwembad.json").await;
        assert_eq!((status, e[0]["code"].as_i64()), (404, Some(404)));

        let (status, requests) = json(&app, "/open311/v2/requests.json").await;
        assert_eq!(status, 200);
        let list = requests.as_array().unwrap();
        assert_eq!(list.len(), 2, "public ideas only: {requests}");
        let by_id = |id: i64| {
            list.iter()
                .find(|r| r["service_request_id"] == id)
                .unwrap()
                .clone()
        };
        let c = by_id(closed);
        assert_eq!(c["status"], "closed");
        assert_eq!(c["status_notes"], "De kade is te smal voor bankjes.");
        assert_eq!(c["agency_responsible"], "Welzijn Den Haag");
        assert_eq!(c["service_code"], "groen");
        assert!(c["requested_datetime"].as_str().unwrap().ends_with('Z'));
        assert!(c["lat"].as_f64().unwrap() > 52.0 && c["long"].as_f64().unwrap() < 4.4);
        assert_eq!(by_id(open)["status"], "open");
        let (_, body) = xml(&app, "/open311/v2/requests.xml").await;
        let ids = xml_items(&body, "request", "service_request_id");
        assert_eq!(ids.len(), 2);
        assert_eq!(xml_items(&body, "request", "status").len(), 2);

        for (query, expected) in [
            ("status=closed".to_owned(), vec![closed]),
            ("status=open".to_owned(), vec![open]),
            (format!("service_request_id={open},{hidden}"), vec![open]),
            ("service_code=spelen".to_owned(), vec![]),
            ("start_date=2099-01-01T00:00:00Z".to_owned(), vec![]),
            ("page_size=1&page=2".to_owned(), vec![open]),
        ] {
            let (status, found) = json(&app, &format!("/open311/v2/requests.json?{query}")).await;
            assert_eq!(status, 200, "{query}: {found}");
            let ids: Vec<i64> = found
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["service_request_id"].as_i64().unwrap())
                .collect();
            assert_eq!(ids, expected, "{query}");
        }
        let (status, one) = json(&app, &format!("/open311/v2/requests/{closed}.json")).await;
        assert_eq!(
            (status, one[0]["service_request_id"].as_i64()),
            (200, Some(closed))
        );
        let (status, e) = json(&app, &format!("/open311/v2/requests/{hidden}.json")).await;
        assert_eq!((status, e[0]["code"].as_i64()), (404, Some(404)));

        for query in [
            "page_size=1001",
            "status=pending",
            "start_date=gisteren",
            "service_request_id=x",
            "colour=red",
        ] {
            let (status, e) = json(&app, &format!("/open311/v2/requests.json?{query}")).await;
            assert_eq!(status, 400, "{query}");
            assert_eq!(e[0]["code"], 400);
            assert!(
                e[0]["description"]
                    .as_str()
                    .is_some_and(|d| d.contains(query.split('=').next().unwrap())),
                "{e}"
            );
            let (status, body) = xml(&app, &format!("/open311/v2/requests.xml?{query}")).await;
            assert_eq!(status, 400);
            assert_eq!(xml_items(&body, "error", "code"), vec!["400"]);
        }
        assert_eq!(app.get("/open311/v2/requests.csv").await.status(), 400);
    }
);

both_engines!(
    posting_needs_a_key_an_administrator_issued_and_not_revoked,
    |app: TestApp| async move {
        let (_, admin) = app
            .professional("Beheer", Role::Administrator, None, None, &[])
            .await;
        let (_, resident) = app.resident("Fatima").await;
        let (status, _) = app
            .call(
                &resident,
                "/api/admin/api-keys/issue",
                &[("system", "Meldingen-app")],
            )
            .await;
        assert_eq!(status, 403, "only an administrator issues keys");
        let (status, e) = app
            .call(&admin, "/api/admin/api-keys/issue", &[("system", "x")])
            .await;
        assert_eq!((status, e["field"].as_str()), (400, Some("system")));
        let (status, issued) = app
            .call(
                &admin,
                "/api/admin/api-keys/issue",
                &[("system", "Meldingen-app")],
            )
            .await;
        assert_eq!(status, 200, "{issued}");
        let key = issued["key"].as_str().unwrap().to_owned();

        let (lat, lng) = app.point_in(SCHILDERSBUURT_WEST).await;
        let post = |fields: Vec<(&'static str, String)>| {
            let client = reqwest::Client::new();
            let url = app.url("/open311/v2/requests.json");
            async move {
                let r = client.post(url).form(&fields).send().await.unwrap();
                let status = r.status().as_u16();
                (status, r.json::<Value>().await.unwrap())
            }
        };
        let good = |key: &str| {
            vec![
                ("api_key", key.to_owned()),
                ("service_code", "groen".to_owned()),
                ("lat", lat.clone()),
                ("long", lng.clone()),
                (
                    "description",
                    "Plantenbakken in de straat\nDe stoep is breed genoeg.".to_owned(),
                ),
                ("email", "melder@example.nl".to_owned()),
                ("first_name", "Marietje".to_owned()),
            ]
        };
        let ideas_before = app.count("ideas").await;
        let (status, e) = post(good("")).await;
        assert_eq!((status, e[0]["code"].as_i64()), (403, Some(403)), "no key");
        let (status, _) = post(good("not-a-key")).await;
        assert_eq!(status, 403, "an unknown key");
        let mut outside = good(&key);
        outside[2].1 = "52.3676".into();
        outside[3].1 = "4.9041".into();
        let (status, e) = post(outside).await;
        assert_eq!(status, 400, "Amsterdam is outside: {e}");
        let mut unknown = good(&key);
        unknown[1].1 = "zwembad".into();
        assert_eq!(post(unknown).await.0, 400);
        assert_eq!(app.count("ideas").await, ideas_before, "refusals store nothing");

        let (status, created) = post(good(&key)).await;
        assert_eq!(status, 201, "{created}");
        let id = created[0]["service_request_id"].as_i64().unwrap();
        assert_eq!(app.count("ideas").await, ideas_before + 1, "exactly one idea");
        let (title, wijk, source): (String, String, String) =
            sqlx::query_as("SELECT title, wijk_code, source FROM ideas WHERE id = $1")
                .bind(id)
                .fetch_one(&app.pool)
                .await
                .unwrap();
        assert_eq!(
            (title.as_str(), wijk.as_str(), source.as_str()),
            ("Plantenbakken in de straat", SCHILDERSWIJK, "open311")
        );
        let (_, found) = json(&app, &format!("/open311/v2/requests/{id}.json")).await;
        assert_eq!(found[0]["status"], "open");
        // The reporter's own details stay with the system that took the report.
        let stored: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM users WHERE email = 'melder@example.nl' OR display_name = 'Marietje'",
        )
        .fetch_one(&app.pool)
        .await
        .unwrap();
        assert_eq!(stored, 0);

        let (_, keys) = app.read(&admin, "/api/admin/api-keys").await;
        assert_eq!(keys[0]["ideas"], 1);
        let key_id = keys[0]["id"].as_i64().unwrap().to_string();
        let (status, _) = app
            .call(&admin, "/api/admin/api-keys/revoke", &[("id", &key_id)])
            .await;
        assert_eq!(status, 200);
        let (status, _) = post(good(&key)).await;
        assert_eq!(status, 403, "a revoked key");
        assert_eq!(app.count("ideas").await, ideas_before + 1);
        let (status, _) = app
            .call(&admin, "/api/admin/api-keys/revoke", &[("id", &key_id)])
            .await;
        assert_eq!(status, 404, "revoked already");
        // The key's account cannot log in.
        let (status, _) = app
            .call(
                &app.client,
                "/api/account/login",
                &[("email", "koppeling@open311.invalid"), ("password", "!")],
            )
            .await;
        assert_eq!(status, 401);
    }
);
