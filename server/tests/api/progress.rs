//! Progress (issue 11): milestones and updates kept by those who work on an idea, the percentage,
//! the public timeline and the followers' notifications; the progress pages of the city and a
//! wijk with their figures checked against ideas whose dates the test sets; the ward summaries.

use crate::both_engines;
use crate::helpers::{new_client, TestApp};
use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
use serde_json::Value;

const SCHILDERSBUURT_WEST: &str = "BU05182915";
const SCHILDERSWIJK: &str = "WK051829";
const DAY: i64 = 86_400;

struct Cast {
    author: reqwest::Client,
    lead: reqwest::Client,
    supporter: reqwest::Client,
    colleague: reqwest::Client,
    editor: reqwest::Client,
    follower: reqwest::Client,
    idea: String,
}

async fn cast(app: &TestApp) -> Cast {
    let gemeente = app
        .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
        .await;
    let welzijn = app
        .organisation("Welzijn Centraal", OrganisationKind::Welzijnsorganisatie)
        .await;
    let f = Some(ProfessionalFunction::CommunityBuilder);
    let (_, author) = app.resident("Bewoner Bram").await;
    let (_, follower) = app.resident("Buurvrouw Fatma").await;
    let (_, lead) = app
        .professional("Ilse", Role::Professional, f, Some(gemeente), &[SCHILDERSWIJK])
        .await;
    let (_, supporter) = app
        .professional("Omar", Role::Professional, f, Some(welzijn), &[SCHILDERSWIJK])
        .await;
    let (_, colleague) = app
        .professional("Petra", Role::Professional, f, Some(welzijn), &[SCHILDERSWIJK])
        .await;
    let (_, editor) = app
        .professional(
            "Redacteur Rik",
            Role::Editor,
            None,
            Some(gemeente),
            &[SCHILDERSWIJK],
        )
        .await;
    let idea = app
        .idea_by(&author, "Moestuin op het plein", SCHILDERSBUURT_WEST)
        .await
        .to_string();
    app.call(&follower, "/api/ideas/follow", &[("id", &idea)]).await;
    let (status, e) = app
        .call(&lead, "/api/work/claim", &[("idea_id", &idea), ("kind", "lead")])
        .await;
    assert_eq!(status, 200, "{e}");
    let (status, e) = app
        .call(
            &supporter,
            "/api/work/claim",
            &[("idea_id", &idea), ("kind", "supporting")],
        )
        .await;
    assert_eq!(status, 200, "{e}");
    Cast {
        author,
        lead,
        supporter,
        colleague,
        editor,
        follower,
        idea,
    }
}

async fn to_status(app: &TestApp, c: &Cast, status: &str) {
    let (code, e) = app
        .call(
            &c.lead,
            "/api/work/status",
            &[
                ("idea_id", &c.idea),
                ("status", status),
                ("explanation", "Zo gaan we verder."),
            ],
        )
        .await;
    assert_eq!(code, 200, "{e}");
}

fn progress(work: &Value) -> &Value {
    &work["progress"]
}

both_engines!(
    milestones_are_kept_by_those_who_work_on_the_idea,
    |app: TestApp| async move {
        let c = cast(&app).await;
        let events_before = app.count("idea_events").await;

        // Picked up, not yet decided: no milestones yet.
        let (status, e) = app
            .call(
                &c.lead,
                "/api/progress/milestone/add",
                &[
                    ("idea_id", &c.idea),
                    ("title", "Offerte"),
                    ("planned_on", "2027-03-01"),
                ],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (409, Some("ErrProgressNotNow")),
            "{e}"
        );
        to_status(&app, &c, "in_voorbereiding").await;
        let events_before = events_before + 1;

        // Who may not: a visitor, the author, a colleague without a claim.
        let (status, _) = app
            .call(
                &new_client(),
                "/api/progress/milestone/add",
                &[
                    ("idea_id", &c.idea),
                    ("title", "Offerte"),
                    ("planned_on", "2027-03-01"),
                ],
            )
            .await;
        assert_eq!(status, 401);
        let (status, e) = app
            .call(
                &c.author,
                "/api/progress/milestone/add",
                &[
                    ("idea_id", &c.idea),
                    ("title", "Offerte"),
                    ("planned_on", "2027-03-01"),
                ],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (403, Some("ErrProfessionalsOnly"))
        );
        let (status, e) = app
            .call(
                &c.colleague,
                "/api/progress/milestone/add",
                &[
                    ("idea_id", &c.idea),
                    ("title", "Offerte"),
                    ("planned_on", "2027-03-01"),
                ],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (403, Some("ErrProgressKeepersOnly"))
        );

        // Bad input is refused, field by field, and nothing is stored.
        for (title, day, field) in [
            (" ", "2027-03-01", "title"),
            ("Offerte", "2027-02-30", "planned_on"),
            ("Offerte", "1 maart", "planned_on"),
        ] {
            let (status, e) = app
                .call(
                    &c.lead,
                    "/api/progress/milestone/add",
                    &[("idea_id", &c.idea), ("title", title), ("planned_on", day)],
                )
                .await;
            assert_eq!((status, e["field"].as_str()), (400, Some(field)), "{e}");
            assert!(e["text"].as_str().is_some_and(|t| !t.is_empty()));
        }
        let long = "x".repeat(201);
        let (status, e) = app
            .call(
                &c.lead,
                "/api/progress/milestone/add",
                &[
                    ("idea_id", &c.idea),
                    ("title", &long),
                    ("planned_on", "2027-03-01"),
                ],
            )
            .await;
        assert_eq!((status, e["field"].as_str()), (400, Some("title")));
        for (percent, reason, field) in [
            ("101", "Reden", "percent"),
            ("veel", "Reden", "percent"),
            ("50", " ", "reason"),
        ] {
            let (status, e) = app
                .call(
                    &c.lead,
                    "/api/progress/percent",
                    &[("idea_id", &c.idea), ("percent", percent), ("reason", reason)],
                )
                .await;
            assert_eq!((status, e["field"].as_str()), (400, Some(field)), "{e}");
        }
        let (status, e) = app
            .call(
                &c.lead,
                "/api/progress/update",
                &[("idea_id", &c.idea), ("body", "  ")],
            )
            .await;
        assert_eq!((status, e["field"].as_str()), (400, Some("body")));
        assert_eq!(app.count("milestones").await, 0);
        assert_eq!(
            app.count("idea_events").await,
            events_before,
            "a refusal writes no timeline row"
        );

        // The lead, the supporting professional and the wijk's editor each add one.
        let (status, e) = app
            .call(
                &c.lead,
                "/api/progress/milestone/add",
                &[
                    ("idea_id", &c.idea),
                    ("title", "Offerte aanvragen"),
                    ("planned_on", "2027-02-01"),
                ],
            )
            .await;
        assert_eq!(status, 200, "{e}");
        assert_eq!(progress(&e)["percent"], 0);
        let (status, _) = app
            .call(
                &c.supporter,
                "/api/progress/milestone/add",
                &[
                    ("idea_id", &c.idea),
                    ("title", "Bewoners uitnodigen"),
                    ("planned_on", "2027-03-01"),
                ],
            )
            .await;
        assert_eq!(status, 200);
        let (status, work) = app
            .call(
                &c.editor,
                "/api/progress/milestone/add",
                &[
                    ("idea_id", &c.idea),
                    ("title", "Aanleg"),
                    ("planned_on", "2027-01-15"),
                ],
            )
            .await;
        assert_eq!(status, 200, "{work}");
        let milestones = progress(&work)["milestones"].as_array().unwrap().clone();
        let titles: Vec<&str> = milestones.iter().map(|m| m["title"].as_str().unwrap()).collect();
        assert_eq!(
            titles,
            ["Aanleg", "Offerte aanvragen", "Bewoners uitnodigen"],
            "in order of the planned day"
        );
        assert_eq!(progress(&work)["can_keep"], true);
        let id_of = |title: &str| milestones.iter().find(|m| m["title"] == title).unwrap()["id"].to_string();
        let (offerte, aanleg) = (id_of("Offerte aanvragen"), id_of("Aanleg"));

        // Done today when no day is given; never in the future.
        let (status, e) = app
            .call(
                &c.lead,
                "/api/progress/milestone/done",
                &[
                    ("idea_id", &c.idea),
                    ("milestone_id", &offerte),
                    ("done_on", "2099-01-01"),
                ],
            )
            .await;
        assert_eq!((status, e["field"].as_str()), (400, Some("done_on")));
        let (status, work) = app
            .call(
                &c.lead,
                "/api/progress/milestone/done",
                &[("idea_id", &c.idea), ("milestone_id", &offerte)],
            )
            .await;
        assert_eq!(status, 200, "{work}");
        assert_eq!(progress(&work)["percent"], 33, "one of three done");
        assert_eq!(progress(&work)["by_hand"], false);
        let (status, e) = app
            .call(
                &c.lead,
                "/api/progress/milestone/done",
                &[("idea_id", &c.idea), ("milestone_id", &offerte)],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (409, Some("ErrMilestoneUnchanged")),
            "done twice changes nothing"
        );

        // A planned day that moves keeps the old one on the timeline.
        let (status, work) = app
            .call(
                &c.supporter,
                "/api/progress/milestone/move",
                &[
                    ("idea_id", &c.idea),
                    ("milestone_id", &aanleg),
                    ("planned_on", "2027-04-01"),
                ],
            )
            .await;
        assert_eq!(status, 200, "{work}");
        let moved = work["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["kind"] == "milestone_moved")
            .unwrap()
            .clone();
        assert_eq!(
            (moved["old_date"].as_str(), moved["new_date"].as_str()),
            (Some("2027-01-15"), Some("2027-04-01"))
        );
        assert_eq!(moved["milestone_title"], "Aanleg");

        // A milestone of another idea is not this idea's to change.
        let other = app
            .idea_by(&c.author, "Bankjes bij de school", SCHILDERSBUURT_WEST)
            .await;
        app::db::ideas::set_status(&app.pool, other, app::domain::Status::InVoorbereiding)
            .await
            .unwrap();
        let other = other.to_string();
        let (status, e) = app
            .call(
                &c.editor,
                "/api/progress/milestone/remove",
                &[("idea_id", &other), ("milestone_id", &aanleg)],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (409, Some("ErrMilestoneUnchanged")),
            "through another idea"
        );
        let (status, e) = app
            .call(
                &c.lead,
                "/api/progress/milestone/remove",
                &[("idea_id", &other), ("milestone_id", &aanleg)],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (403, Some("ErrProgressKeepersOnly")),
            "not the lead's idea"
        );
        let (status, e) = app
            .call(
                &c.lead,
                "/api/progress/milestone/remove",
                &[("idea_id", &c.idea), ("milestone_id", "999999")],
            )
            .await;
        assert_eq!(
            (status, e["message"].as_str()),
            (409, Some("ErrMilestoneUnchanged"))
        );

        // Reopened, removed, then a percentage by hand and back to the milestones.
        let (status, work) = app
            .call(
                &c.lead,
                "/api/progress/milestone/reopen",
                &[("idea_id", &c.idea), ("milestone_id", &offerte)],
            )
            .await;
        assert_eq!(status, 200);
        assert_eq!(progress(&work)["percent"], 0);
        let (status, work) = app
            .call(
                &c.editor,
                "/api/progress/milestone/remove",
                &[("idea_id", &c.idea), ("milestone_id", &aanleg)],
            )
            .await;
        assert_eq!(status, 200);
        assert_eq!(progress(&work)["milestones"].as_array().unwrap().len(), 2);
        let (status, work) = app
            .call(
                &c.lead,
                "/api/progress/percent",
                &[
                    ("idea_id", &c.idea),
                    ("percent", "60"),
                    ("reason", "De offerte is bijna rond."),
                ],
            )
            .await;
        assert_eq!(status, 200, "{work}");
        assert_eq!(
            (
                progress(&work)["percent"].as_i64(),
                progress(&work)["by_hand"].as_bool()
            ),
            (Some(60), Some(true))
        );
        let (status, work) = app
            .call(
                &c.lead,
                "/api/progress/percent",
                &[
                    ("idea_id", &c.idea),
                    ("percent", ""),
                    ("reason", "Weer volgens de mijlpalen."),
                ],
            )
            .await;
        assert_eq!(status, 200);
        assert_eq!(
            (
                progress(&work)["percent"].as_i64(),
                progress(&work)["by_hand"].as_bool()
            ),
            (Some(0), Some(false))
        );

        let kinds: Vec<String> = work["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kind"].as_str().unwrap().to_owned())
            .collect();
        for kind in [
            "milestone_added",
            "milestone_done",
            "milestone_moved",
            "milestone_reopened",
            "milestone_removed",
            "progress_set",
            "progress_follows_milestones",
        ] {
            assert!(
                kinds.iter().any(|k| k == kind),
                "{kind} on the timeline: {kinds:?}"
            );
        }

        // The page shows the bar with its number and the moved day's old date, to a visitor.
        let page = app
            .get(&format!("/ideeen/{}", c.idea))
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("<progress"), "a progress bar");
        assert!(page.contains("0% klaar"), "its number in words");
        assert!(
            page.contains("van 15 januari 2027 naar 1 april 2027"),
            "the moved day shows the old one"
        );
        assert!(!page.contains("Mijlpaal toevoegen"), "a visitor gets no forms");
        let page = app
            .page_with(&c.lead, &app.url(&format!("/ideeen/{}", c.idea)))
            .await;
        assert!(page.contains("Mijlpaal toevoegen"), "the lead gets the forms");

        // Realised: the milestones stay readable, but nobody keeps them any more.
        to_status(&app, &c, "in_uitvoering").await;
        to_status(&app, &c, "gerealiseerd").await;
        let (status, e) = app
            .call(
                &c.lead,
                "/api/progress/milestone/done",
                &[("idea_id", &c.idea), ("milestone_id", &offerte)],
            )
            .await;
        assert_eq!((status, e["message"].as_str()), (409, Some("ErrProgressNotNow")));
        let (_, work) = app
            .read(&c.lead, &format!("/api/work/get?idea_id={}", c.idea))
            .await;
        assert_eq!(progress(&work)["can_keep"], false);
        assert_eq!(progress(&work)["milestones"].as_array().unwrap().len(), 2);
    }
);

both_engines!(
    updates_reach_followers_the_timeline_and_the_feeds,
    |app: TestApp| async move {
        let c = cast(&app).await;
        to_status(&app, &c, "in_voorbereiding").await;
        let text = "De gemeente heeft de grond vrijgegeven. In maart beginnen we.";
        let (status, work) = app
            .call(
                &c.supporter,
                "/api/progress/update",
                &[("idea_id", &c.idea), ("body", text)],
            )
            .await;
        assert_eq!(status, 200, "{work}");
        let update = work["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["kind"] == "update")
            .unwrap()
            .clone();
        assert_eq!(update["explanation"], text);

        // The follower and the author hear of it, with the text; the writer does not.
        for reader in [&c.follower, &c.author] {
            let (_, list) = app.read(reader, "/api/notifications/list").await;
            let items = list["items"].as_array().unwrap();
            let n = items
                .iter()
                .find(|n| n["kind"] == "progress")
                .unwrap_or_else(|| panic!("a progress notification in {list}"));
            assert_eq!(n["explanation"], text);
        }
        let (_, own) = app.read(&c.supporter, "/api/notifications/list").await;
        assert!(!own["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["kind"] == "progress"));
        let page = app.page_with(&c.follower, &app.url("/meldingen")).await;
        assert!(
            page.contains("Omar plaatste een voortgangsbericht bij"),
            "worded in the list"
        );

        // A milestone too, then the idea's, the wijk's and the city's feeds list both.
        let (status, _) = app
            .call(
                &c.lead,
                "/api/progress/milestone/add",
                &[
                    ("idea_id", &c.idea),
                    ("title", "Grond bewerken"),
                    ("planned_on", "2027-03-15"),
                ],
            )
            .await;
        assert_eq!(status, 200);
        for feed in [
            format!("/feeds/ideeen/{}.atom", c.idea),
            format!("/feeds/wijken/{SCHILDERSWIJK}.atom"),
            "/feeds/stad.atom".to_owned(),
        ] {
            let xml = app.get(&feed).await.text().await.unwrap();
            let doc = roxmltree::Document::parse(&xml).expect("well-formed Atom");
            let entries: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("entry")).collect();
            let contents: Vec<String> = entries
                .iter()
                .filter_map(|e| {
                    e.children()
                        .find(|n| n.has_tag_name("content"))
                        .and_then(|n| n.text())
                        .map(str::to_owned)
                })
                .collect();
            assert!(
                contents.iter().any(|t| t.contains(text)),
                "{feed} lists the update: {contents:?}"
            );
            assert!(
                contents
                    .iter()
                    .any(|t| t.contains("Grond bewerken") && t.contains("15 maart 2027")),
                "{feed} lists the milestone: {contents:?}"
            );
            for entry in &entries {
                for required in ["id", "title", "updated", "link"] {
                    assert!(
                        entry.children().any(|n| n.has_tag_name(required)),
                        "{feed}: entry without {required}"
                    );
                }
            }
            assert!(
                !xml.contains("Omar") && !xml.contains("Ilse"),
                "{feed} names functions, not people"
            );
        }
    }
);

/// Sets an idea's submission and its events' moments, so the figures are known.
async fn backdate(app: &TestApp, idea: i64, created: i64, events: &[(&str, Option<&str>, i64)]) {
    sqlx::query("UPDATE ideas SET created_at = $1 WHERE id = $2")
        .bind(created)
        .bind(idea)
        .execute(&app.pool)
        .await
        .unwrap();
    sqlx::query("DELETE FROM idea_events WHERE idea_id = $1")
        .bind(idea)
        .execute(&app.pool)
        .await
        .unwrap();
    for (kind, to, at) in events {
        sqlx::query(
            "INSERT INTO idea_events (idea_id, actor_name, actor_role, kind, to_status, created_at) \
             VALUES ($1, 'Ilse', 'community_builder', $2, $3, $4)",
        )
        .bind(idea)
        .bind(*kind)
        .bind(*to)
        .bind(*at)
        .execute(&app.pool)
        .await
        .unwrap();
    }
}

both_engines!(
    progress_pages_count_what_became_of_the_ideas,
    |app: TestApp| async move {
        let (_, author) = app.resident("Zeldzame Xqnaam").await;
        let now = app::db::now();
        let mut ids = Vec::new();
        for title in [
            "Eerste idee hier",
            "Tweede idee hier",
            "Derde idee hier",
            "Vierde idee hier",
            "Verborgen idee",
        ] {
            ids.push(app.idea_by(&author, title, SCHILDERSBUURT_WEST).await);
        }
        let elsewhere = app
            .idea_by(&author, "Idee in een andere wijk", "BU05180271")
            .await;
        let set = |id: i64, status: app::domain::Status| {
            let pool = app.pool.clone();
            async move { app::db::ideas::set_status(&pool, id, status).await.unwrap() }
        };
        use app::domain::Status;
        // Realised: picked up after 2 and 10 days, realised after 20 and 60 days.
        backdate(
            &app,
            ids[0],
            now - 100 * DAY,
            &[
                ("claim_lead", None, now - 98 * DAY),
                ("status", Some("gerealiseerd"), now - 80 * DAY),
            ],
        )
        .await;
        set(ids[0], Status::Gerealiseerd).await;
        backdate(
            &app,
            ids[1],
            now - 70 * DAY,
            &[
                ("claim_lead", None, now - 60 * DAY),
                ("status", Some("gerealiseerd"), now - 10 * DAY),
            ],
        )
        .await;
        set(ids[1], Status::Gerealiseerd).await;
        // Open and unclaimed for 40 days; recent and unclaimed; with enough support.
        backdate(&app, ids[2], now - 40 * DAY, &[]).await;
        backdate(&app, ids[3], now - 2 * DAY, &[]).await;
        sqlx::query("UPDATE ideas SET support_count = 30 WHERE id = $1")
            .bind(ids[3])
            .execute(&app.pool)
            .await
            .unwrap();
        // Hidden: counted nowhere.
        sqlx::query("UPDATE ideas SET hidden_at = $1, support_count = 99 WHERE id = $2")
            .bind(now)
            .bind(ids[4])
            .execute(&app.pool)
            .await
            .unwrap();
        let _ = elsewhere;

        let (status, r) = app
            .read(
                &new_client(),
                &format!("/api/progress/report?wijk={SCHILDERSWIJK}"),
            )
            .await;
        assert_eq!(status, 200, "{r}");
        assert_eq!(r["total"], 4, "the hidden idea is not counted: {r}");
        let count = |status: &str| {
            r["counts"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c[0] == status)
                .unwrap()[1]
                .as_i64()
                .unwrap()
        };
        assert_eq!((count("gerealiseerd"), count("ingediend")), (2, 2));
        assert_eq!(r["pick_up"]["median_days"], 6, "2 and 10 days");
        assert_eq!(r["pick_up"]["p90_days"], 10);
        assert_eq!(r["realisation"]["median_days"], 40, "20 and 60 days");
        assert_eq!(r["realisation"]["count"], 2);
        let realised: Vec<i64> = r["realised"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_i64().unwrap())
            .collect();
        assert_eq!(realised, [ids[1], ids[0]], "newest realisation first");
        let unclaimed: Vec<i64> = r["unclaimed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_i64().unwrap())
            .collect();
        assert_eq!(unclaimed, [ids[2]], "only the one waiting more than 30 days");
        let waiting: Vec<i64> = r["waiting"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_i64().unwrap())
            .collect();
        assert_eq!(waiting, [ids[3]]);
        let months = r["months"].as_array().unwrap();
        assert_eq!(months.len(), 24);
        let submitted: i64 = months.iter().map(|m| m["submitted"].as_i64().unwrap()).sum();
        let realised_sum: i64 = months.iter().map(|m| m["realised"].as_i64().unwrap()).sum();
        assert_eq!((submitted, realised_sum), (4, 2));
        let (y, m, _) = app::domain::time::local_date(now);
        assert_eq!(
            (months[23]["year"].as_i64(), months[23]["month"].as_u64()),
            (Some(y), Some(u64::from(m))),
            "ends with this month"
        );

        // The city counts the other wijk too.
        let (_, city) = app.read(&new_client(), "/api/progress/report").await;
        assert_eq!(city["total"], 5);
        // The figures are kept while the data is unchanged, and never outlive a change.
        let (_, again) = app.read(&new_client(), "/api/progress/report").await;
        assert_eq!(again, city);
        let newest = app
            .idea_by(&author, "Nieuw idee na het rapport", "BU05180271")
            .await;
        let (_, city) = app.read(&new_client(), "/api/progress/report").await;
        assert_eq!(city["total"], 6, "a new idea counts at once");
        app::db::ideas::set_status(&app.pool, newest, Status::Gerealiseerd)
            .await
            .unwrap();
        let (_, city) = app.read(&new_client(), "/api/progress/report").await;
        assert_eq!(
            city["counts"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c[0] == "gerealiseerd")
                .map(|c| c[1].clone()),
            Some(serde_json::json!(3)),
            "a status change counts at once"
        );
        let (status, _) = app
            .read(&new_client(), "/api/progress/report?wijk=WK999999")
            .await;
        assert_eq!(status, 404);
        let (status, _) = app.read(&new_client(), "/api/progress/report?wijk=onzin").await;
        assert_eq!(status, 404);

        // The pages, without JavaScript: the chart, its table, the lists, no resident's name.
        for path in [
            "/voortgang".to_owned(),
            format!("/wijken/{SCHILDERSWIJK}/voortgang"),
        ] {
            let r = app.get(&path).await;
            assert_eq!(r.status(), 200, "{path}");
            let page = r.text().await.unwrap();
            assert!(
                page.contains("<svg") && page.contains("role=\"img\""),
                "{path}: the chart"
            );
            assert!(page.contains("data-testid=\"month-table\""), "{path}: its table");
            assert!(page.contains("Tweede idee hier"), "{path}: realised ideas listed");
            assert!(!page.contains("Verborgen idee"), "{path}: hidden ideas are not");
            assert!(!page.contains("Xqnaam"), "{path}: no resident's name");
            assert!(page.contains("application/atom+xml"), "{path}: names its feed");
        }
        assert_eq!(app.get("/wijken/WK999999/voortgang").await.status(), 404);
        let ward = app
            .get(&format!("/wijken/{SCHILDERSWIJK}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            ward.contains(&format!("href=\"/wijken/{SCHILDERSWIJK}/voortgang\"")),
            "the wijk page links to it"
        );
        let home = app.get("/").await.text().await.unwrap();
        assert!(
            home.contains("href=\"/voortgang\""),
            "the home page links to the city's"
        );
    }
);

both_engines!(
    editors_of_the_wijk_publish_its_summary,
    |app: TestApp| async move {
        let gemeente = app
            .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
            .await;
        let (_, editor) = app
            .professional(
                "Redacteur Rik",
                Role::Editor,
                None,
                Some(gemeente),
                &[SCHILDERSWIJK],
            )
            .await;
        let (_, elsewhere) = app
            .professional("Redacteur Els", Role::Editor, None, Some(gemeente), &["WK051801"])
            .await;
        let (_, professional) = app
            .professional(
                "Ilse",
                Role::Professional,
                Some(ProfessionalFunction::Wijkmanager),
                Some(gemeente),
                &[SCHILDERSWIJK],
            )
            .await;
        let (_, resident) = app.resident("Bewoner").await;
        let publish = |body: &'static str| [("wijk", SCHILDERSWIJK), ("body", body)];
        let (status, _) = app
            .call(&new_client(), "/api/progress/summary", &publish("Tekst"))
            .await;
        assert_eq!(status, 401);
        for refused in [&elsewhere, &professional, &resident] {
            let (status, e) = app
                .call(refused, "/api/progress/summary", &publish("Tekst"))
                .await;
            assert_eq!(
                (status, e["message"].as_str()),
                (403, Some("ErrEditorsOfWardOnly"))
            );
        }
        let (status, e) = app.call(&editor, "/api/progress/summary", &publish("   ")).await;
        assert_eq!((status, e["field"].as_str()), (400, Some("body")));
        let (status, _) = app
            .call(
                &editor,
                "/api/progress/summary",
                &[("wijk", "WK999999"), ("body", "Tekst")],
            )
            .await;
        assert_eq!(status, 404);
        assert_eq!(app.count("ward_summaries").await, 0);

        let (status, r) = app
            .call(
                &editor,
                "/api/progress/summary",
                &publish("Het eerste kwartaal: drie moestuinen."),
            )
            .await;
        assert_eq!(status, 200, "{r}");
        let (status, r) = app
            .call(
                &editor,
                "/api/progress/summary",
                &publish("Het tweede kwartaal: het plein is klaar."),
            )
            .await;
        assert_eq!(status, 200);
        let summaries = r["summaries"].as_array().unwrap();
        assert_eq!(summaries.len(), 2);
        assert_eq!(
            summaries[0]["body"], "Het tweede kwartaal: het plein is klaar.",
            "newest first"
        );
        assert_eq!(summaries[0]["author_name"], "Redacteur Rik");
        assert_eq!(summaries[0]["author_role"], "editor", "a key, worded by the page");
        assert_eq!(r["can_summarise"], true);

        let page = app
            .get(&format!("/wijken/{SCHILDERSWIJK}/voortgang"))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("Het tweede kwartaal"),
            "the current summary heads the page"
        );
        assert!(
            page.contains("Redacteur Rik, redacteur gemeente"),
            "with name and role"
        );
        assert!(
            page.contains("1 eerdere samenvatting"),
            "earlier ones stay readable"
        );
        assert!(!page.contains("Samenvatting schrijven"), "a visitor gets no form");
        let (_, other) = app
            .read(&new_client(), "/api/progress/report?wijk=WK051801")
            .await;
        assert_eq!(other["summaries"].as_array().unwrap().len(), 0, "per wijk");
    }
);
