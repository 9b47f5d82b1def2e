//! The soak: the demo, used hard by many people at once for a while, on a runtime with two workers as
//! in production here, and afterwards the server still answers. Visitors, residents, a professional
//! and an administrator read every page, while residents post ideas, comments and supports and the
//! professional notes and claims between the renders: the mix under which the whole server once
//! hung in a lock-order inversion inside Leptos' reactive graph (see `render_threads.rs`).
//!
//! `make test` runs it for `WIJKIDEE_SOAK_SECONDS` (default 20) per engine; `make bench` for minutes.
//! Every response must arrive within 15 s; `/healthz` and a page must answer afterwards.

use crate::helpers::{Engine, TestApp};
use rand::seq::SliceRandom;
use rand::Rng;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const USERS: usize = 24;
const ANSWER_WITHIN: Duration = Duration::from_secs(15);

fn soak_duration() -> Duration {
    let seconds = std::env::var("WIJKIDEE_SOAK_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    Duration::from_secs(seconds)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soak_sqlite() {
    soak(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soak_postgres() {
    soak(Engine::Postgres).await;
}

/// Who is using the site, and with which client.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Visitor,
    Resident,
    Professional,
    Administrator,
}

struct Cast {
    visitor: reqwest::Client,
    residents: Vec<reqwest::Client>,
    professional: reqwest::Client,
    administrator: reqwest::Client,
    ideas: Vec<i64>,
}

async fn soak(engine: Engine) {
    let app = Arc::new(TestApp::spawn(engine).await);
    wijkidee::demo::seed(&app.pool).await.expect("demo data");
    let cast = Arc::new(cast(&app).await);

    let deadline = Instant::now() + soak_duration();
    let done = Arc::new(AtomicUsize::new(0));
    let mut users = tokio::task::JoinSet::new();
    for n in 0..USERS {
        let kind = match n % 8 {
            0..=2 => Kind::Visitor,
            3..=5 => Kind::Resident,
            6 => Kind::Professional,
            _ => Kind::Administrator,
        };
        let (app, cast, done) = (app.clone(), cast.clone(), done.clone());
        users.spawn(async move {
            let mut failures = Vec::new();
            while Instant::now() < deadline {
                let step = one_step(&app, &cast, kind).await;
                if let Err(e) = step {
                    failures.push(format!("{kind:?}: {e}"));
                    if failures.len() > 5 {
                        break;
                    }
                }
                done.fetch_add(1, Ordering::Relaxed);
            }
            failures
        });
    }
    let mut failures = Vec::new();
    while let Some(user) = users.join_next().await {
        failures.extend(user.expect("a user task panicked"));
    }
    let requests = done.load(Ordering::Relaxed);
    eprintln!(
        "soak on {engine:?}: {requests} requests by {USERS} users in {:?}",
        soak_duration()
    );
    assert!(failures.is_empty(), "requests that failed or hung: {failures:#?}");

    // Afterwards the server still answers, the health check and a full page alike.
    let health = tokio::time::timeout(Duration::from_secs(5), app.get("/healthz"))
        .await
        .expect("/healthz did not answer after the soak");
    assert_eq!(health.status(), 200);
    let home = tokio::time::timeout(
        Duration::from_secs(5),
        app.page_with(&cast.visitor, &app.url("/")),
    )
    .await
    .expect("the home page did not answer after the soak");
    assert!(home.contains("</html>"));
    assert!(
        requests >= USERS * 4,
        "only {requests} requests in the soak: the server is far too slow"
    );
}

async fn cast(app: &TestApp) -> Cast {
    let user = |email: &'static str| async move {
        let email = app::domain::Email::parse(email).unwrap();
        let found = app::db::users::find_by_email(&app.pool, &email).await.unwrap();
        app.client_for(found.expect("a demo account").id).await
    };
    let mut residents = Vec::new();
    for email in [
        "fatima@demo.wijkidee.nl",
        "joost@demo.wijkidee.nl",
        "mehmet@demo.wijkidee.nl",
    ] {
        residents.push(user(email).await);
    }
    let ideas: Vec<i64> = sqlx::query_scalar("SELECT id FROM ideas ORDER BY id")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    assert!(ideas.len() >= 10, "the demo has ideas");
    Cast {
        visitor: crate::helpers::new_client(),
        residents,
        professional: user("ilse@demo.wijkidee.nl").await,
        administrator: user("beheer@demo.wijkidee.nl").await,
        ideas,
    }
}

/// One page read or one action, chosen at random for this kind of user.
async fn one_step(app: &TestApp, cast: &Cast, kind: Kind) -> Result<(), String> {
    let (idea, resident, page, act) = {
        let mut rng = rand::thread_rng();
        let idea = *cast.ideas.choose(&mut rng).unwrap();
        let resident = cast.residents.choose(&mut rng).unwrap().clone();
        let page = *PAGES.choose(&mut rng).unwrap();
        (idea, resident, page, rng.gen_bool(0.3))
    };
    let idea_page = format!("/ideeen/{idea}");
    match kind {
        Kind::Visitor => get(app, &cast.visitor, if act { &idea_page } else { page }).await,
        Kind::Resident if act => resident_action(app, &resident, idea).await,
        Kind::Resident => get(app, &resident, if idea % 2 == 0 { &idea_page } else { page }).await,
        Kind::Professional if act => professional_action(app, &cast.professional, idea).await,
        Kind::Professional => {
            let page = *[
                "/werkbank",
                "/werkbank?wijk=WK051829&lijst=niet-opgepakt",
                "/meldingen",
                idea_page.as_str(),
            ]
            .choose(&mut rand::thread_rng())
            .unwrap();
            get(app, &cast.professional, page).await
        }
        Kind::Administrator => {
            let page = if act { "/beheer" } else { page };
            get(app, &cast.administrator, page).await
        }
    }
}

/// The pages everybody reads (the idea pages are added per step).
const PAGES: [&str; 10] = [
    "/",
    "/?wijk=WK051829",
    "/?zoek=speeltuin",
    "/?sorteer=steun&pagina=2",
    "/wijken",
    "/wijken/WK051829",
    "/wijken/WK051830",
    "/inloggen",
    "/registreren",
    "/bestaat-niet",
];

async fn get(app: &TestApp, client: &reqwest::Client, path: &str) -> Result<(), String> {
    let answer = tokio::time::timeout(ANSWER_WITHIN, async {
        let response = client
            .get(app.url(path))
            .send()
            .await
            .map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let body = response.text().await.map_err(|e| e.to_string())?;
        Ok::<_, String>((status, body))
    })
    .await
    .map_err(|_| format!("GET {path} did not answer within {ANSWER_WITHIN:?}"))??;
    let (status, body) = answer;
    let expected = if path == "/bestaat-niet" { 404 } else { 200 };
    if status != expected || !body.contains("</html>") {
        return Err(format!("GET {path}: {status}, {} bytes", body.len()));
    }
    Ok(())
}

async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    form: &[(&str, &str)],
) -> Result<(), String> {
    let status = tokio::time::timeout(ANSWER_WITHIN, async {
        let response = client
            .post(app.url(path))
            .form(form)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        response.bytes().await.map_err(|e| e.to_string())?;
        Ok::<_, String>(status)
    })
    .await
    .map_err(|_| format!("POST {path} did not answer within {ANSWER_WITHIN:?}"))??;
    // A refusal (a support given twice, a claim already taken) is an answer too; a 5xx is not.
    if status >= 500 {
        return Err(format!("POST {path}: {status}"));
    }
    Ok(())
}

async fn resident_action(app: &TestApp, client: &reqwest::Client, idea: i64) -> Result<(), String> {
    let id = idea.to_string();
    let choice = rand::thread_rng().gen_range(0..5);
    match choice {
        0 => {
            post(
                app,
                client,
                "/api/comments/add",
                &[("idea_id", &id), ("body", "Goed plan, ik help mee.")],
            )
            .await
        }
        1 => post(app, client, "/api/ideas/support", &[("id", &id)]).await,
        2 => post(app, client, "/api/ideas/unsupport", &[("id", &id)]).await,
        3 => post(app, client, "/api/notifications/read", &[]).await,
        _ => {
            let (lat, lng) = app.point_in("BU05182915").await;
            post(
                app,
                client,
                "/api/ideas/create",
                &[
                    ("title", "Meer groen op het plein"),
                    ("description", "Bomen en bankjes zodat buren elkaar ontmoeten."),
                    ("category", "groen"),
                    ("lat", &lat),
                    ("lng", &lng),
                ],
            )
            .await
        }
    }
}

async fn professional_action(app: &TestApp, client: &reqwest::Client, idea: i64) -> Result<(), String> {
    let id = idea.to_string();
    if rand::thread_rng().gen_bool(0.5) {
        post(
            app,
            client,
            "/api/work/claim",
            &[("idea_id", &id), ("kind", "supporting")],
        )
        .await
    } else {
        post(
            app,
            client,
            "/api/work/note",
            &[
                ("idea_id", &id),
                ("body", "Gebeld met de bewoner."),
                ("visibility", "organisatie"),
            ],
        )
        .await
    }
}
