//! The open data: GeoJSON and CSV of the public ideas (read back with a GeoJSON and a CSV parser
//! and checked against the database, through filters and after a status change), Atom feeds (read
//! with an XML parser, every element RFC 4287 requires), the DCAT description and the `/open-data`
//! page whose every example answers; conditional requests, CORS and refusals; and nothing personal
//! in any format, against a database seeded with exactly that.

use crate::both_engines;
use crate::helpers::TestApp;
use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
use std::collections::BTreeSet;

const SCHILDERSWIJK: &str = "WK051829";
const SCHILDERSBUURT_WEST: &str = "BU05182915";

async fn ids(app: &TestApp, condition: &str) -> BTreeSet<i64> {
    let sql = format!("SELECT id FROM ideas WHERE hidden_at IS NULL {condition}");
    let ids: Vec<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .fetch_all(&app.pool)
        .await
        .unwrap();
    ids.into_iter().collect()
}

async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()))
        .execute(&app.pool)
        .await
        .unwrap();
}

async fn text_of(app: &TestApp, path: &str) -> (u16, reqwest::header::HeaderMap, String) {
    let r = app.get(path).await;
    let status = r.status().as_u16();
    let headers = r.headers().clone();
    (status, headers, r.text().await.unwrap())
}

/// The ideas of a GeoJSON answer, parsed by the `geojson` crate: ids, with each point checked.
async fn geojson_ids(app: &TestApp, query: &str) -> BTreeSet<i64> {
    let (status, headers, body) = text_of(app, &format!("/api/v1/ideas.geojson{query}")).await;
    assert_eq!(status, 200, "{query}: {body}");
    assert_eq!(headers["content-type"], "application/geo+json");
    let raw: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!(raw.get("crs").is_none(), "RFC 7946 has no crs member");
    let geojson::GeoJson::FeatureCollection(collection) = body.parse::<geojson::GeoJson>().unwrap() else {
        panic!("not a FeatureCollection");
    };
    collection
        .features
        .iter()
        .map(|f| {
            let Some(geojson::GeometryValue::Point { coordinates: p }) =
                f.geometry.as_ref().map(|g| &g.value)
            else {
                panic!("every idea is a point");
            };
            let (lng, lat) = (p[0], p[1]);
            assert!(
                (4.0..4.6).contains(&lng) && (51.9..52.2).contains(&lat),
                "longitude first: {p:?}"
            );
            let props = f.properties.as_ref().unwrap();
            let id = props["id"].as_i64().unwrap();
            assert!(props["url"].as_str().unwrap().ends_with(&format!("/ideeen/{id}")));
            id
        })
        .collect()
}

/// The rows of a CSV answer, read by the `csv` crate, by id.
async fn csv_rows(app: &TestApp, query: &str) -> Vec<csv::StringRecord> {
    let (status, headers, body) = text_of(app, &format!("/api/v1/ideas.csv{query}")).await;
    assert_eq!(status, 200, "{query}: {body}");
    assert!(headers["content-type"].to_str().unwrap().starts_with("text/csv"));
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        wijkidee::open_data::formats::CSV_COLUMNS.to_vec()
    );
    reader.records().map(Result::unwrap).collect()
}

both_engines!(
    geojson_and_csv_hold_exactly_the_public_ideas_through_every_filter,
    |app: TestApp| async move {
        // More than two batches of the stream, some of them hidden.
        wijkidee::demo_bulk::seed_ideas(&app.pool, 1100, 11)
            .await
            .unwrap();
        exec(&app, "UPDATE ideas SET hidden_at = 1 WHERE id % 7 = 0").await;
        exec(&app, "UPDATE ideas SET status = 'in_uitvoering' WHERE id % 5 = 0").await;
        let all = ids(&app, "").await;
        assert!(all.len() > 900);
        assert_eq!(geojson_ids(&app, "").await, all);
        let rows = csv_rows(&app, "").await;
        assert_eq!(
            rows.iter()
                .map(|r| r[0].parse::<i64>().unwrap())
                .collect::<BTreeSet<_>>(),
            all
        );
        // Streamed through the compression layer, as a browser asks for it, to the very end.
        for path in ["/api/v1/ideas.geojson", "/api/v1/ideas.csv"] {
            let r = app
                .client
                .get(app.url(path))
                .header("accept-encoding", "br, gzip")
                .send()
                .await
                .unwrap();
            assert_eq!(r.headers()["content-encoding"], "br", "{path}");
            let compressed = r.bytes().await.expect("the whole compressed answer");
            assert!(compressed.len() > 10_000, "{path}: {} bytes", compressed.len());
        }

        let since = app::domain::time::iso_date(app::db::now() - 40 * 86_400);
        for (query, condition) in [
            (
                format!("?wijk={SCHILDERSWIJK}"),
                format!("AND wijk_code = '{SCHILDERSWIJK}'"),
            ),
            (
                format!("?wijk={SCHILDERSBUURT_WEST}"),
                format!("AND buurt_code = '{SCHILDERSBUURT_WEST}'"),
            ),
            (
                "?status=in_uitvoering".into(),
                "AND status = 'in_uitvoering'".into(),
            ),
            ("?categorie=groen".into(), "AND category = 'groen'".into()),
            (
                "?bbox=4.28,52.06,4.31,52.08".into(),
                "AND lng >= 4.28 AND lng <= 4.31 AND lat >= 52.06 AND lat <= 52.08".into(),
            ),
            (
                format!("?sinds={since}&status=in_uitvoering"),
                format!(
                    "AND status = 'in_uitvoering' AND created_at >= {}",
                    app::domain::time::local_midnight(
                        since[..4].parse().unwrap(),
                        since[5..7].parse().unwrap(),
                        since[8..].parse().unwrap()
                    )
                ),
            ),
        ] {
            let expected = ids(&app, &condition).await;
            assert!(!expected.is_empty(), "{query} matches something");
            assert!(expected.len() < all.len(), "{query} narrows");
            assert_eq!(geojson_ids(&app, &query).await, expected, "{query}");
            let rows = csv_rows(&app, &query).await;
            assert_eq!(rows.len(), expected.len(), "{query} in CSV");
        }
    }
);

both_engines!(
    a_row_says_what_the_idea_page_says_and_follows_a_status_change,
    |app: TestApp| async move {
        let (_, author) = app.resident("Fatima").await;
        let title = "Bankjes, \"groen\" en =SOM(1)";
        let id = app.idea_by(&author, title, SCHILDERSBUURT_WEST).await;
        let rows = csv_rows(&app, &format!("?wijk={SCHILDERSWIJK}")).await;
        let row = rows.iter().find(|r| r[0] == *id.to_string()).unwrap();
        assert_eq!(
            &row[1], title,
            "quotes and commas survive; a title not starting like a formula is kept"
        );
        assert_eq!(&row[3], "groen");
        assert_eq!(&row[5], "ingediend");
        assert_eq!(&row[8], SCHILDERSWIJK);
        assert_eq!(&row[10], SCHILDERSBUURT_WEST);
        assert!(row[12].ends_with('Z'));

        let (_, formula_author) = app.resident("Kees").await;
        let formula = app
            .idea_by(&formula_author, "=HYPERLINK(\"http://x\")", SCHILDERSBUURT_WEST)
            .await;
        let rows = csv_rows(&app, "").await;
        let row = rows.iter().find(|r| r[0] == *formula.to_string()).unwrap();
        assert_eq!(
            &row[1], "'=HYPERLINK(\"http://x\")",
            "a spreadsheet shows it, never runs it"
        );

        let (status, before, _) = text_of(&app, "/api/v1/ideas.geojson").await;
        assert_eq!(status, 200);
        let org = app
            .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
            .await;
        let (_, pro) = app
            .professional(
                "Ilse",
                Role::Professional,
                Some(ProfessionalFunction::Ideeenmakelaar),
                Some(org),
                &[SCHILDERSWIJK],
            )
            .await;
        let id_text = id.to_string();
        let (s, e) = app
            .call(
                &pro,
                "/api/work/claim",
                &[("idea_id", &id_text), ("kind", "lead")],
            )
            .await;
        assert_eq!(s, 200, "{e}");
        let (s, e) = app
            .call(
                &pro,
                "/api/work/status",
                &[("idea_id", &id_text), ("status", "in_voorbereiding")],
            )
            .await;
        assert_eq!(s, 200, "{e}");
        let (_, after, body) = text_of(&app, "/api/v1/ideas.geojson?status=in_voorbereiding").await;
        assert_ne!(before["etag"], after["etag"]);
        let found: serde_json::Value = serde_json::from_str(&body).unwrap();
        let features = found["features"].as_array().unwrap();
        assert_eq!(features.len(), 1);
        assert_eq!(features[0]["properties"]["id"], id);
        assert_eq!(features[0]["properties"]["status"], "in_voorbereiding");
    }
);

both_engines!(
    answers_are_conditional_and_open_to_every_origin,
    |app: TestApp| async move {
        let (_, author) = app.resident("Fatima").await;
        app.idea_by(&author, "Meer groen op het plein", SCHILDERSBUURT_WEST)
            .await;
        for path in [
            "/api/v1/ideas.geojson",
            "/api/v1/ideas.csv?status=ingediend",
            "/feeds/stad.atom",
            "/open-data/dcat.jsonld",
        ] {
            let r = app.get(path).await;
            assert_eq!(r.status(), 200, "{path}");
            assert_eq!(r.headers()["access-control-allow-origin"], "*", "{path}");
            let etag = r.headers()["etag"].clone();
            let modified = r.headers()["last-modified"].clone();
            let again = app
                .client
                .get(app.url(path))
                .header("if-none-match", etag.clone())
                .send()
                .await
                .unwrap();
            assert_eq!(again.status(), 304, "{path} with its ETag");
            assert_eq!(again.headers()["access-control-allow-origin"], "*");
            let again = app
                .client
                .get(app.url(path))
                .header("if-modified-since", modified.clone())
                .send()
                .await
                .unwrap();
            assert_eq!(again.status(), 304, "{path} with its date");
            let old = app
                .client
                .get(app.url(path))
                .header("if-modified-since", "Mon, 01 Jan 2024 00:00:00 GMT")
                .send()
                .await
                .unwrap();
            assert_eq!(old.status(), 200, "{path} changed since 2024");
        }
        // A change the data shows gives a new tag; the old one no longer matches.
        let r = app.get("/api/v1/ideas.geojson").await;
        let etag = r.headers()["etag"].clone();
        app.idea_by(&author, "Een tweede idee voor het plein", SCHILDERSBUURT_WEST)
            .await;
        let again = app
            .client
            .get(app.url("/api/v1/ideas.geojson"))
            .header("if-none-match", etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 200);
    }
);

both_engines!(
    bad_parameters_are_refused_in_the_format_s_own_shape,
    |app: TestApp| async move {
        for (query, parameter) in [
            ("bbox=4.2,52.0,4.4", "bbox"),
            ("bbox=4.4,52.0,4.2,52.1", "bbox"),
            ("status=klaar", "status"),
            ("wijk=Schilderswijk", "wijk"),
            ("sinds=gisteren", "sinds"),
            ("categorie=Groen%21", "categorie"),
            ("category=groen", "category"),
            ("status=ingediend&status=opgepakt", "status"),
        ] {
            let (status, headers, body) = text_of(&app, &format!("/api/v1/ideas.geojson?{query}")).await;
            assert_eq!(status, 400, "{query}");
            assert_eq!(headers["access-control-allow-origin"], "*");
            let error: serde_json::Value = serde_json::from_str(&body).unwrap();
            assert_eq!(error["error"]["parameter"], parameter, "{query}: {body}");
            assert!(error["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
            let (status, headers, body) = text_of(&app, &format!("/api/v1/ideas.csv?{query}")).await;
            assert_eq!(status, 400, "{query}");
            assert!(headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/plain"));
            assert!(body.starts_with(&format!("{parameter}: ")), "{body}");
        }
        let (status, _, body) = text_of(&app, "/api/v1/ideas.xml").await;
        assert_eq!(status, 400);
        let error: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(error["error"]["parameter"], "format");
        for path in [
            "/feeds/wijken/WK999999.atom",
            "/feeds/wijken/nonsense.atom",
            "/feeds/ideeen/99999.atom",
            "/feeds/ideeen/x.atom",
        ] {
            assert_eq!(app.get(path).await.status(), 404, "{path}");
        }
    }
);

/// A feed read with an XML parser: each entry as (id, title, content), after checking every
/// element RFC 4287 requires of the feed and of each entry.
fn atom_entries(body: &str) -> (String, Vec<(String, String, String)>) {
    let doc = roxmltree::Document::parse(body).expect("well-formed XML");
    let feed = doc.root_element();
    const ATOM: &str = "http://www.w3.org/2005/Atom";
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(feed.tag_name().namespace(), Some(ATOM));
    fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> roxmltree::Node<'a, 'i> {
        node.children()
            .find(|c| c.tag_name().name() == name && c.tag_name().namespace() == Some(ATOM))
            .unwrap_or_else(|| panic!("<{name}> missing"))
    }
    let is_time = |t: &str| t.len() == 20 && t.ends_with('Z') && t.as_bytes()[10] == b'T';
    for name in ["id", "title", "updated", "author"] {
        child(feed, name);
    }
    assert!(is_time(child(feed, "updated").text().unwrap()));
    assert!(feed
        .children()
        .any(|c| c.tag_name().name() == "link" && c.attribute("rel") == Some("self")));
    let title = child(feed, "title").text().unwrap_or_default().to_owned();
    let entries = feed
        .children()
        .filter(|c| c.tag_name().name() == "entry")
        .map(|entry| {
            let id = child(entry, "id").text().unwrap().to_owned();
            assert!(id.starts_with("http"), "an IRI: {id}");
            assert!(is_time(child(entry, "updated").text().unwrap()));
            assert!(child(entry, "link")
                .attribute("href")
                .unwrap()
                .contains("/ideeen/"));
            (
                id,
                child(entry, "title").text().unwrap_or_default().to_owned(),
                child(entry, "content").text().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    (title, entries)
}

both_engines!(
    atom_feeds_follow_new_ideas_and_status_changes,
    |app: TestApp| async move {
        let (_, author) = app.resident("Fatima").await;
        let id = app
            .idea_by(&author, "Moestuin op het plein", SCHILDERSBUURT_WEST)
            .await;
        let elsewhere = app.idea_by(&author, "Bankjes bij de haven", "BU05180271").await;
        let org = app
            .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
            .await;
        let (_, pro) = app
            .professional(
                "Ilse",
                Role::Professional,
                Some(ProfessionalFunction::Ideeenmakelaar),
                Some(org),
                &[SCHILDERSWIJK],
            )
            .await;
        let id_text = id.to_string();
        app.call(
            &pro,
            "/api/work/claim",
            &[("idea_id", &id_text), ("kind", "lead")],
        )
        .await;
        let (s, e) = app
            .call(
                &pro,
                "/api/work/status",
                &[
                    ("idea_id", &id_text),
                    ("status", "niet_haalbaar"),
                    ("explanation", "De grond is vervuild; we zoeken een andere plek."),
                ],
            )
            .await;
        assert_eq!(s, 200, "{e}");

        let (status, headers, body) = text_of(&app, "/feeds/stad.atom").await;
        assert_eq!(status, 200);
        assert!(headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml"));
        let (title, entries) = atom_entries(&body);
        assert!(title.contains("Gemeente Den Haag"), "{title}");
        assert_eq!(entries.len(), 3, "two ideas and one status change: {entries:?}");
        // Newest first: the status change, with the reason given and who (by function) gave it.
        assert!(
            entries[0].1.contains("Moestuin op het plein") && entries[0].1.contains("Niet haalbaar"),
            "{:?}",
            entries[0]
        );
        assert!(
            entries[0].2.contains("De grond is vervuild") && entries[0].2.contains("ideeënmakelaar"),
            "{:?}",
            entries[0]
        );
        assert!(entries[0].0.contains(&format!("/ideeen/{id}#")));
        assert!(entries.iter().any(|e| e.1 == "Nieuw idee: Bankjes bij de haven"));

        let (_, _, body) = text_of(&app, &format!("/feeds/wijken/{SCHILDERSWIJK}.atom")).await;
        let (title, entries) = atom_entries(&body);
        assert!(title.contains("Schildersbuurt"), "{title}");
        assert_eq!(entries.len(), 2, "only the Schilderswijk's idea: {entries:?}");
        let (_, _, body) = text_of(&app, &format!("/feeds/ideeen/{elsewhere}.atom")).await;
        assert_eq!(atom_entries(&body).1.len(), 1);

        // In the reader's language; what people wrote stays as written.
        let english = app
            .client
            .get(app.url(&format!("/feeds/ideeen/{id}.atom")))
            .header("accept-language", "en")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let (title, entries) = atom_entries(&english);
        assert!(title.starts_with("Progress of"), "{title}");
        assert!(entries[0].1.contains("Not feasible"), "{:?}", entries[0]);
        assert!(english.contains("xml:lang=\"en\""));

        // Hidden: gone from every feed, its own feed is a 404.
        exec(&app, &format!("UPDATE ideas SET hidden_at = 1 WHERE id = {id}")).await;
        let (_, _, body) = text_of(&app, "/feeds/stad.atom").await;
        assert_eq!(atom_entries(&body).1.len(), 1);
        assert_eq!(app.get(&format!("/feeds/ideeen/{id}.atom")).await.status(), 404);

        // Pages name their feed.
        let page = app
            .get(&format!("/ideeen/{elsewhere}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("type=\"application/atom+xml\"")
                && page.contains(&format!("/feeds/ideeen/{elsewhere}.atom"))
        );
        let page = app
            .get(&format!("/wijken/{SCHILDERSWIJK}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains(&format!("/feeds/wijken/{SCHILDERSWIJK}.atom")));
        let page = app.get("/").await.text().await.unwrap();
        assert!(page.contains("/feeds/stad.atom"));
    }
);

both_engines!(
    the_open_data_page_and_its_catalogue_point_at_answers_that_work,
    |app: TestApp| async move {
        let (_, author) = app.resident("Fatima").await;
        app.idea_by(&author, "Moestuin op het plein", SCHILDERSBUURT_WEST)
            .await;
        let page = app.get("/open-data").await.text().await.unwrap();
        for expected in [
            "/api/v1/ideas.geojson?wijk=WK051829",
            "/api/v1/ideas.csv?status=gerealiseerd",
            "/feeds/stad.atom",
            "CC0 1.0",
            "Gemeente Den Haag",
            "in_uitvoering",
        ] {
            assert!(page.contains(expected), "the page names {expected}");
        }
        let start = page
            .find("<script type=\"application/ld+json\">")
            .expect("JSON-LD in the page");
        let json = &page[start + "<script type=\"application/ld+json\">".len()..];
        let json = &json[..json.find("</script>").unwrap()];
        let in_page: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(in_page["@type"], "dcat:Catalog");

        let (status, headers, body) = text_of(&app, "/open-data/dcat.jsonld").await;
        assert_eq!(status, 200);
        assert_eq!(headers["content-type"], "application/ld+json");
        let catalog: serde_json::Value = serde_json::from_str(&body).unwrap();
        let dataset = &catalog["dcat:dataset"][0];
        assert_eq!(dataset["@type"], "dcat:Dataset");
        assert_eq!(dataset["dct:license"]["@id"], app::state::DEFAULT_DATA_LICENCE);
        let distributions = dataset["dcat:distribution"].as_array().unwrap();
        assert_eq!(distributions.len(), 4);
        for d in distributions {
            let url = d["dcat:accessURL"]["@id"].as_str().unwrap();
            assert!(url.starts_with(&app.base), "{url}");
            let r = app.client.get(url).send().await.unwrap();
            assert_eq!(r.status(), 200, "{url} answers");
        }
        // Every example link of the page answers too.
        for href in page.split("class=\"example-url\" href=\"").skip(1) {
            let path = &href[..href.find('"').unwrap()].replace("&amp;", "&");
            assert_eq!(app.get(path).await.status(), 200, "{path}");
        }
    }
);

both_engines!(nothing_personal_reaches_any_format, |app: TestApp| async move {
    let resident_email = format!("geheim{}@example.nl", rand::random::<u32>());
    let r = app
        .client
        .post(app.url("/api/account/register"))
        .form(&[
            ("email", resident_email.as_str()),
            ("display_name", "Henriëtte Geheimnaam"),
            ("password", crate::helpers::PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let id = app
        .idea_by(&app.client, "Speeltuin aan de Hobbemastraat", SCHILDERSBUURT_WEST)
        .await;
    let hidden = app
        .idea_by(
            &app.client,
            "VERBORGEN-IDEE met scheldwoorden",
            SCHILDERSBUURT_WEST,
        )
        .await;
    exec(
        &app,
        &format!("UPDATE ideas SET hidden_at = 1 WHERE id = {hidden}"),
    )
    .await;
    let org = app
        .organisation("Welzijn Den Haag", OrganisationKind::Welzijnsorganisatie)
        .await;
    let (_, lead) = app
        .professional(
            "Proflead Verborgen",
            Role::Professional,
            Some(ProfessionalFunction::Opbouwwerker),
            Some(org),
            &[SCHILDERSWIJK],
        )
        .await;
    let (colleague_id, _) = app
        .professional(
            "Collega Onzichtbaar",
            Role::Professional,
            Some(ProfessionalFunction::CommunityBuilder),
            Some(org),
            &[SCHILDERSWIJK],
        )
        .await;
    let id_text = id.to_string();
    app.call(
        &lead,
        "/api/work/claim",
        &[("idea_id", &id_text), ("kind", "lead")],
    )
    .await;
    for (visibility, body) in [
        ("organisatie", "NOTITIE-ORGANISATIE"),
        ("professionals", "NOTITIE-PROFESSIONALS"),
    ] {
        let (s, e) = app
            .call(
                &lead,
                "/api/work/note",
                &[("idea_id", &id_text), ("visibility", visibility), ("body", body)],
            )
            .await;
        assert_eq!(s, 200, "{e}");
    }
    let (s, e) = app
        .call(
            &lead,
            "/api/work/handover/offer",
            &[
                ("idea_id", &id_text),
                ("to_user", &colleague_id.to_string()),
                ("note", "OVERDRACHT-NOTITIE bel 06-12345678"),
            ],
        )
        .await;
    assert_eq!(s, 200, "{e}");
    // The resident writes to the idea's contact person (the lead), who answers.
    let (s, e) = app
        .call(
            &app.client,
            "/api/messages/send",
            &[("idea_id", &id_text), ("body", "BERICHT-VAN-BEWONER")],
        )
        .await;
    assert_eq!(s, 200, "{e}");
    let resident_id: i64 = sqlx::query_scalar("SELECT author_id FROM ideas WHERE id = $1")
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let (s, e) = app
        .call(
            &lead,
            "/api/messages/answer",
            &[
                ("idea_id", &id_text),
                ("resident_id", &resident_id.to_string()),
                ("body", "BERICHT-AAN-BEWONER"),
            ],
        )
        .await;
    assert_eq!(s, 200, "{e}");
    let (s, e) = app
        .call(
            &lead,
            "/api/work/status",
            &[("idea_id", &id_text), ("status", "in_voorbereiding")],
        )
        .await;
    assert_eq!(s, 200, "{e}");

    let secrets = [
        resident_email.as_str(),
        "Henriëtte",
        "Geheimnaam",
        "VERBORGEN-IDEE",
        "NOTITIE-ORGANISATIE",
        "NOTITIE-PROFESSIONALS",
        "OVERDRACHT-NOTITIE",
        "06-12345678",
        "BERICHT-AAN-BEWONER",
        "BERICHT-VAN-BEWONER",
        "Proflead",
        "Collega Onzichtbaar",
        "@example.nl",
    ];
    for path in [
        "/api/v1/ideas.geojson".to_owned(),
        "/api/v1/ideas.csv".to_owned(),
        "/feeds/stad.atom".to_owned(),
        format!("/feeds/wijken/{SCHILDERSWIJK}.atom"),
        format!("/feeds/ideeen/{id}.atom"),
        "/open-data/dcat.jsonld".to_owned(),
        "/open-data".to_owned(),
    ] {
        // As a visitor reads it (the app's own client is logged in as the resident, and a page
        // names its reader in the header).
        let r = crate::helpers::new_client()
            .get(app.url(&path))
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        let body = r.text().await.unwrap();
        assert_eq!(status, 200, "{path}");
        assert!(
            body.contains("Speeltuin aan de Hobbemastraat") || path.contains("dcat") || path == "/open-data",
            "{path} has the public idea"
        );
        for secret in secrets {
            assert!(!body.contains(secret), "{path} leaks {secret}");
        }
    }
});
