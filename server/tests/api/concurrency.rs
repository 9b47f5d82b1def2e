//! Writers queue; they do not fail. Transactions that read before they write (an administrator's
//! bulk handover, an offer that re-checks the lead) run many at once beside plain writes (supports),
//! and every one succeeds, on both engines. On SQLite this rests on `db::begin_write` taking the write
//! lock when the transaction begins: a deferred transaction fails with "database is locked" when it
//! tries to turn its read into a write after another connection wrote.

use crate::both_engines;
use crate::helpers::TestApp;
use app::db;
use app::db::timeline::Actor;
use app::domain::roles::{ClaimKind, ProfessionalFunction, Role};
use app::domain::{Coordinates, DisplayName, Email, IdeaDescription, IdeaTitle, WardCode};
use tokio::task::JoinSet;

const SCHILDERSWIJK: &str = "WK051829";
const LEAVERS: usize = 8;
const IDEAS_EACH: usize = 3;

async fn idea(pool: &db::AnyPool, author: i64, title: &str, at: Coordinates) -> i64 {
    let location = db::wards::locate(pool, at).await.unwrap().unwrap();
    let new = db::ideas::NewIdea {
        title: IdeaTitle::parse(title).unwrap(),
        description: IdeaDescription::parse("Voor de proef met gelijktijdige schrijvers.").unwrap(),
        category: "groen".into(),
        at,
        location,
        author_id: author,
    };
    db::ideas::insert(pool, &new).await.unwrap()
}

both_engines!(
    transactions_that_read_before_writing_all_succeed_side_by_side,
    |app: TestApp| async move {
        let pool = app.pool.clone();
        let author = db::users::create(
            &pool,
            &Email::parse("auteur@example.nl").unwrap(),
            &DisplayName::parse("Auteur").unwrap(),
            "h",
        )
        .await
        .unwrap();
        let buurt = WardCode::parse("BU05182915").unwrap();
        let at = db::wards::interior_point(&pool, &buurt).await.unwrap().unwrap();
        let (receiver, _) = app
            .professional(
                "Ontvanger",
                Role::Professional,
                Some(ProfessionalFunction::Opbouwwerker),
                None,
                &[SCHILDERSWIJK],
            )
            .await;
        let mut leavers = Vec::new();
        let mut ideas = Vec::new();
        for i in 0..LEAVERS {
            let (leaver, _) = app
                .professional(
                    &format!("Vertrekker {i}"),
                    Role::Professional,
                    Some(ProfessionalFunction::Ideeenmakelaar),
                    None,
                    &[SCHILDERSWIJK],
                )
                .await;
            let by = Actor {
                user_id: leaver,
                name: "Vertrekker",
                role_label: "ideeenmakelaar",
            };
            for j in 0..IDEAS_EACH {
                let id = idea(&pool, author, &format!("Plantenbak {i}-{j}"), at).await;
                db::claims::claim(&pool, id, ClaimKind::Lead, &by).await.unwrap();
                ideas.push(id);
            }
            leavers.push(leaver);
        }
        let mut residents = Vec::new();
        for i in 0..20 {
            let (id, _) = app.resident(&format!("Steuner {i}")).await;
            residents.push(id);
        }

        // Every bulk handover at once, with supports on the same ideas in between.
        let mut tasks = JoinSet::new();
        for leaver in leavers {
            let pool = pool.clone();
            tasks.spawn(async move {
                let by = Actor {
                    user_id: receiver,
                    name: "Ontvanger",
                    role_label: "opbouwwerker",
                };
                db::handovers::hand_over_all(&pool, leaver, "Vertrekker", &by, "Overdracht")
                    .await
                    .map(|moved| moved as usize)
            });
        }
        for (n, resident) in residents.iter().copied().enumerate() {
            let pool = pool.clone();
            let idea = ideas[n % ideas.len()];
            tasks.spawn(async move { db::supports::add(&pool, idea, resident).await.map(|_| 0) });
        }
        let mut moved = 0;
        while let Some(result) = tasks.join_next().await {
            moved += result.unwrap().expect("no writer fails under load");
        }
        assert_eq!(moved, LEAVERS * IDEAS_EACH);
        for id in &ideas {
            assert_eq!(db::claims::lead(&pool, *id).await.unwrap(), Some(receiver));
        }
        assert_eq!(app.count("supports").await, residents.len() as i64);
    }
);
