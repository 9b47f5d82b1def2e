//! The authorization matrix: every server function, called by every kind of caller, answers as this
//! table says. A server function that is not in the table fails the test, so nothing new ships
//! without someone deciding who may call it.
//!
//! Callers, in column order: visitor, resident, the idea's author, a professional outside the idea's
//! werkgebied, a professional of another organisation (inside it), the lead, a gemeente editor, a
//! moderator, an administrator. Every call gets a fresh session and, where it matters, a fresh idea
//! (by the author, with the lead's claim) so one call cannot change the next.

use crate::both_engines;
use crate::helpers::{new_client, TestApp, PASSWORD};
use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
use std::collections::BTreeSet;

const SCHILDERSBUURT_WEST: &str = "BU05182915";
const SCHILDERSWIJK: &str = "WK051829";
const CALLERS: [&str; 9] = [
    "visitor",
    "resident",
    "author",
    "outside",
    "other_org",
    "lead",
    "editor",
    "moderator",
    "admin",
];

/// What a case needs: the ids it may refer to.
struct Fixture {
    idea: String,
    comment: String,
    organisation: String,
    unsubscribe_token: String,
    invitation: String,
    invitation_id: String,
    login_email: String,
    unique: String,
    /// An open handover from the lead to the professional of another organisation (on a second idea).
    handover: String,
    lead_id: String,
    editor_id: String,
    /// The resident who wrote to the idea's contact person (a conversation to answer).
    resident_id: String,
    /// A professional and an organisation of this call's own, to change or deactivate.
    spare_id: String,
    spare_organisation: String,
    /// An idea in preparation, led by the lead, with an open milestone and a done one.
    progress_idea: String,
    milestone_open: String,
    milestone_done: String,
}

struct People {
    ids: [Option<i64>; 9],
    /// An account with a known password, for the login case.
    login_email: String,
}

impl People {
    /// A client with a new session for the caller (a visitor has none).
    async fn client(&self, app: &TestApp, caller: usize) -> reqwest::Client {
        match self.ids[caller] {
            None => new_client(),
            Some(id) => session_for(app, id).await,
        }
    }
}

async fn session_for(app: &TestApp, user_id: i64) -> reqwest::Client {
    let token = app::auth::new_session_token();
    app::db::sessions::create(&app.pool, &app::auth::token_hash(&token), user_id)
        .await
        .unwrap();
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::COOKIE,
        format!("wijkidee_sessie={token}").parse().unwrap(),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn people(app: &TestApp) -> People {
    let gemeente = app
        .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
        .await;
    let welzijn = app
        .organisation("Welzijn Centraal", OrganisationKind::Welzijnsorganisatie)
        .await;
    let f = Some(ProfessionalFunction::CommunityBuilder);
    let resident = app.resident("Bewoner").await.0;
    let author = app.resident("Auteur").await.0;
    let outside = app
        .professional("Buiten", Role::Professional, f, Some(gemeente), &["WK051801"])
        .await
        .0;
    let other_org = app
        .professional("Anders", Role::Professional, f, Some(welzijn), &[SCHILDERSWIJK])
        .await
        .0;
    let lead = app
        .professional("Trekker", Role::Professional, f, Some(gemeente), &[SCHILDERSWIJK])
        .await
        .0;
    let editor = app
        .professional("Redacteur", Role::Editor, f, Some(gemeente), &[SCHILDERSWIJK])
        .await
        .0;
    let moderator = app
        .professional("Moderator", Role::Moderator, None, None, &[])
        .await
        .0;
    let admin = app
        .professional("Beheer", Role::Administrator, None, None, &[])
        .await
        .0;
    let login_email = format!("login{}@example.nl", rand::random::<u32>());
    let r = app
        .post_with(
            &new_client(),
            "/api/account/register",
            &[
                ("email", &login_email),
                ("display_name", "Inlogger"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    People {
        login_email,
        ids: [
            None,
            Some(resident),
            Some(author),
            Some(outside),
            Some(other_org),
            Some(lead),
            Some(editor),
            Some(moderator),
            Some(admin),
        ],
    }
}

async fn fixture(app: &TestApp, people: &People, n: usize) -> Fixture {
    let author = people.client(app, 2).await;
    let idea = app
        .idea_by(&author, &format!("Idee voor de matrix {n}"), SCHILDERSBUURT_WEST)
        .await
        .to_string();
    let lead = people.client(app, 5).await;
    let (status, _) = app
        .call(&lead, "/api/work/claim", &[("idea_id", &idea), ("kind", "lead")])
        .await;
    assert_eq!(status, 200);
    let (_, comment) = app
        .call(
            &author,
            "/api/comments/add",
            &[("idea_id", &idea), ("body", "Eigen reactie")],
        )
        .await;
    let resident = people.client(app, 1).await;
    let (status, e) = app
        .call(
            &resident,
            "/api/messages/send",
            &[("idea_id", &idea), ("body", "Een vraag")],
        )
        .await;
    assert_eq!(status, 200, "{e}");
    let spare_organisation = app
        .organisation(
            &format!("Tijdelijk {n}x{}", rand::random::<u32>()),
            OrganisationKind::Anders,
        )
        .await;
    let (spare_id, _) = app
        .professional(
            "Invaller",
            Role::Professional,
            Some(ProfessionalFunction::Opbouwwerker),
            Some(spare_organisation),
            &[SCHILDERSWIJK],
        )
        .await;
    let organisation = app::db::professionals::organisations(&app.pool).await.unwrap()[0]
        .id
        .to_string();
    let (someone, _) = app.resident("Iemand").await;
    let unsubscribe_token = app::db::users::mail_recipient(&app.pool, someone)
        .await
        .unwrap()
        .unsubscribe_token;
    let admin = people.client(app, 8).await;
    let unique = format!("{n}x{}", rand::random::<u32>());
    let (_, link) = app
        .call(
            &admin,
            "/api/admin/invite",
            &[
                ("email", &format!("nieuw{unique}@example.nl")),
                ("role", "professional"),
                ("function", "opbouwwerker"),
                ("werkgebied[]", SCHILDERSWIJK),
            ],
        )
        .await;
    let invitation = link["link"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let invitation_id: i64 = sqlx::query_scalar("SELECT MAX(id) FROM invitations")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    // Following a wijk is per person, not per idea: everyone starts without.
    sqlx::query("DELETE FROM ward_follows")
        .execute(&app.pool)
        .await
        .unwrap();
    let login_email = people.login_email.clone();
    let handed = app
        .idea_by(&author, &format!("Over te dragen idee {n}"), SCHILDERSBUURT_WEST)
        .await
        .to_string();
    let (status, _) = app
        .call(
            &lead,
            "/api/work/claim",
            &[("idea_id", &handed), ("kind", "lead")],
        )
        .await;
    assert_eq!(status, 200);
    let other_org = people.ids[4].unwrap().to_string();
    let (status, e) = app
        .call(
            &lead,
            "/api/work/handover/offer",
            &[
                ("idea_id", &handed),
                ("to_user", &other_org),
                ("note", "Overdracht"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{e}");
    let handover = app::db::handovers::open_for_idea(&app.pool, handed.parse().unwrap())
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let progress_idea = app
        .idea_by(
            &author,
            &format!("Idee in voorbereiding {n}"),
            SCHILDERSBUURT_WEST,
        )
        .await;
    let (status, _) = app
        .call(
            &lead,
            "/api/work/claim",
            &[("idea_id", &progress_idea.to_string()), ("kind", "lead")],
        )
        .await;
    assert_eq!(status, 200);
    app::db::ideas::set_status(&app.pool, progress_idea, app::domain::Status::InVoorbereiding)
        .await
        .unwrap();
    let by = app::db::timeline::Actor {
        user_id: people.ids[5].unwrap(),
        name: "Trekker",
        role_label: "community_builder",
    };
    for title in ["Open mijlpaal", "Klare mijlpaal"] {
        app::db::progress::add_milestone(&app.pool, progress_idea, &by, title, "2027-03-01")
            .await
            .unwrap();
    }
    let milestones = app::db::progress::milestones(&app.pool, progress_idea)
        .await
        .unwrap();
    let milestone_done = milestones[1].id;
    app::db::progress::change_milestone(
        &app.pool,
        progress_idea,
        milestone_done,
        &by,
        app::db::progress::Change::Done("2026-12-01"),
    )
    .await
    .unwrap();
    Fixture {
        progress_idea: progress_idea.to_string(),
        milestone_open: milestones[0].id.to_string(),
        milestone_done: milestone_done.to_string(),
        handover,
        lead_id: people.ids[5].unwrap().to_string(),
        editor_id: people.ids[6].unwrap().to_string(),
        resident_id: people.ids[1].unwrap().to_string(),
        spare_id: spare_id.to_string(),
        spare_organisation: spare_organisation.to_string(),
        idea,
        comment: comment["id"].to_string(),
        organisation,
        unsubscribe_token,
        invitation,
        invitation_id: invitation_id.to_string(),
        login_email,
        unique,
    }
}

enum Call {
    Get(String),
    Post(&'static str, Vec<(&'static str, String)>),
}

/// A server function's path, how to call it, and the status each caller gets.
type Case = (&'static str, fn(&Fixture) -> Call, [u16; 9]);

/// Every server function.
fn cases() -> Vec<Case> {
    use Call::{Get, Post};
    const ALL: [u16; 9] = [200; 9];
    const LOGGED_IN: [u16; 9] = [401, 200, 200, 200, 200, 200, 200, 200, 200];
    const ADMIN: [u16; 9] = [401, 403, 403, 403, 403, 403, 403, 403, 200];
    const PROFESSIONALS: [u16; 9] = [401, 403, 403, 200, 200, 200, 200, 403, 403];
    // Progress is kept by the lead (and supporting professionals) and the wijk's gemeente editor.
    const KEEPERS: [u16; 9] = [401, 403, 403, 403, 403, 200, 200, 403, 403];
    vec![
        ("/api/account/me", |_| Get("/api/account/me".into()), ALL),
        (
            "/api/account/register",
            |f| {
                Post(
                    "/api/account/register",
                    vec![
                        ("email", format!("r{}@example.nl", f.unique)),
                        ("display_name", "Nieuw".into()),
                        ("password", PASSWORD.into()),
                    ],
                )
            },
            ALL,
        ),
        (
            "/api/account/login",
            |f| {
                Post(
                    "/api/account/login",
                    vec![("email", f.login_email.clone()), ("password", PASSWORD.into())],
                )
            },
            ALL,
        ),
        (
            "/api/account/logout",
            |_| Post("/api/account/logout", vec![]),
            ALL,
        ),
        (
            "/api/ideas/list",
            |_| Get("/api/ideas/list?zoek=matrix".into()),
            ALL,
        ),
        (
            "/api/ideas/get",
            |f| Get(format!("/api/ideas/get?id={}", f.idea)),
            ALL,
        ),
        (
            "/api/ideas/form-options",
            |_| Get("/api/ideas/form-options".into()),
            ALL,
        ),
        ("/api/map/settings", |_| Get("/api/map/settings".into()), ALL),
        ("/api/me/ideas", |_| Get("/api/me/ideas".into()), LOGGED_IN),
        (
            "/api/wards/locate",
            |_| Get("/api/wards/locate?lat=52.0705&lng=4.3007".into()),
            ALL,
        ),
        (
            "/api/ideas/edit",
            |f| {
                Post(
                    "/api/ideas/edit",
                    vec![
                        ("idea_id", f.idea.clone()),
                        ("title", "Een ander idee hier".into()),
                        ("description", "Uitleg".into()),
                        ("category", "groen".into()),
                    ],
                )
            },
            // The idea has a lead: even its author no longer changes it (own_ideas.rs tests the 200).
            [401, 403, 403, 403, 403, 403, 403, 403, 403],
        ),
        (
            "/api/messages/get",
            |f| Get(format!("/api/messages/get?idea_id={}", f.idea)),
            ALL,
        ),
        (
            "/api/messages/send",
            |f| {
                Post(
                    "/api/messages/send",
                    vec![("idea_id", f.idea.clone()), ("body", "Nog een vraag".into())],
                )
            },
            [401, 200, 200, 403, 403, 403, 403, 403, 403],
        ),
        (
            "/api/messages/answer",
            |f| {
                Post(
                    "/api/messages/answer",
                    vec![
                        ("idea_id", f.idea.clone()),
                        ("resident_id", f.resident_id.clone()),
                        ("body", "Een antwoord".into()),
                    ],
                )
            },
            [401, 403, 403, 403, 200, 200, 200, 403, 403],
        ),
        (
            "/api/ideas/similar",
            |_| {
                Get(format!(
                    "/api/ideas/similar?title=Idee%20matrix&buurt={SCHILDERSBUURT_WEST}"
                ))
            },
            ALL,
        ),
        (
            "/api/ideas/participation",
            |f| Get(format!("/api/ideas/participation?id={}", f.idea)),
            ALL,
        ),
        (
            "/api/ideas/create",
            |_| {
                Post(
                    "/api/ideas/create",
                    vec![
                        ("title", "Nog een idee hier".into()),
                        ("description", "Uitleg".into()),
                        ("category", "groen".into()),
                        ("buurt", SCHILDERSBUURT_WEST.into()),
                    ],
                )
            },
            LOGGED_IN,
        ),
        (
            "/api/ideas/support",
            |f| Post("/api/ideas/support", vec![("id", f.idea.clone())]),
            [401, 200, 403, 200, 200, 200, 200, 200, 200],
        ),
        (
            "/api/ideas/unsupport",
            |f| Post("/api/ideas/unsupport", vec![("id", f.idea.clone())]),
            LOGGED_IN,
        ),
        (
            "/api/ideas/follow",
            |f| Post("/api/ideas/follow", vec![("id", f.idea.clone())]),
            [401, 200, 409, 200, 200, 200, 200, 200, 200],
        ),
        (
            "/api/ideas/unfollow",
            |f| Post("/api/ideas/unfollow", vec![("id", f.idea.clone())]),
            [401, 409, 200, 409, 409, 409, 409, 409, 409],
        ),
        ("/api/wards/list", |_| Get("/api/wards/list".into()), ALL),
        (
            "/api/wards/get",
            |_| Get(format!("/api/wards/get?code={SCHILDERSWIJK}")),
            ALL,
        ),
        (
            "/api/wards/following",
            |_| Get(format!("/api/wards/following?code={SCHILDERSWIJK}")),
            ALL,
        ),
        (
            "/api/wards/follow",
            |_| Post("/api/wards/follow", vec![("code", SCHILDERSWIJK.into())]),
            LOGGED_IN,
        ),
        (
            "/api/wards/unfollow",
            |_| Post("/api/wards/unfollow", vec![("code", SCHILDERSWIJK.into())]),
            [401, 409, 409, 409, 409, 409, 409, 409, 409],
        ),
        (
            "/api/comments/list",
            |f| Get(format!("/api/comments/list?idea_id={}", f.idea)),
            ALL,
        ),
        (
            "/api/comments/add",
            |f| {
                Post(
                    "/api/comments/add",
                    vec![("idea_id", f.idea.clone()), ("body", "Hallo".into())],
                )
            },
            LOGGED_IN,
        ),
        (
            "/api/comments/edit",
            |f| {
                Post(
                    "/api/comments/edit",
                    vec![("id", f.comment.clone()), ("body", "Anders".into())],
                )
            },
            [401, 403, 200, 403, 403, 403, 403, 403, 403],
        ),
        (
            "/api/comments/delete",
            |f| Post("/api/comments/delete", vec![("id", f.comment.clone())]),
            [401, 403, 200, 403, 403, 403, 403, 403, 403],
        ),
        (
            "/api/notifications/list",
            |_| Get("/api/notifications/list".into()),
            LOGGED_IN,
        ),
        (
            "/api/notifications/unread",
            |_| Get("/api/notifications/unread".into()),
            ALL,
        ),
        (
            "/api/notifications/read",
            |_| Post("/api/notifications/read", vec![]),
            LOGGED_IN,
        ),
        (
            "/api/notifications/email-frequency",
            |_| {
                Post(
                    "/api/notifications/email-frequency",
                    vec![("frequency", "daily".into())],
                )
            },
            LOGGED_IN,
        ),
        (
            "/api/mail/unsubscribe",
            |f| {
                Post(
                    "/api/mail/unsubscribe",
                    vec![("token", f.unsubscribe_token.clone())],
                )
            },
            ALL,
        ),
        (
            "/api/work/get",
            |f| Get(format!("/api/work/get?idea_id={}", f.idea)),
            ALL,
        ),
        (
            "/api/work/claim",
            |f| {
                Post(
                    "/api/work/claim",
                    vec![("idea_id", f.idea.clone()), ("kind", "supporting".into())],
                )
            },
            [401, 403, 403, 403, 200, 409, 200, 403, 403],
        ),
        (
            "/api/work/release",
            |f| {
                Post(
                    "/api/work/release",
                    vec![("idea_id", f.idea.clone()), ("reason", "Met verlof".into())],
                )
            },
            [401, 403, 403, 409, 409, 200, 409, 403, 403],
        ),
        (
            "/api/work/status",
            |f| {
                Post(
                    "/api/work/status",
                    vec![("idea_id", f.idea.clone()), ("status", "in_voorbereiding".into())],
                )
            },
            [401, 403, 403, 403, 403, 200, 200, 403, 403],
        ),
        (
            "/api/work/note",
            |f| {
                Post(
                    "/api/work/note",
                    vec![
                        ("idea_id", f.idea.clone()),
                        ("visibility", "openbaar".into()),
                        ("body", "Notitie".into()),
                    ],
                )
            },
            [401, 403, 403, 403, 200, 200, 200, 403, 403],
        ),
        (
            "/api/work/handover/offer",
            |f| {
                Post(
                    "/api/work/handover/offer",
                    vec![
                        ("idea_id", f.idea.clone()),
                        ("to_user", f.editor_id.clone()),
                        ("note", "Afspraken en contacten".into()),
                    ],
                )
            },
            [401, 403, 403, 403, 403, 200, 403, 403, 403],
        ),
        (
            "/api/work/handover/answer",
            |f| {
                Post(
                    "/api/work/handover/answer",
                    vec![("handover_id", f.handover.clone()), ("accept", "true".into())],
                )
            },
            [401, 403, 403, 403, 200, 403, 403, 403, 403],
        ),
        (
            "/api/work/handover/withdraw",
            |f| {
                Post(
                    "/api/work/handover/withdraw",
                    vec![("handover_id", f.handover.clone())],
                )
            },
            [401, 403, 403, 403, 403, 200, 403, 403, 403],
        ),
        (
            "/api/work/handover/incoming",
            |_| Get("/api/work/handover/incoming".into()),
            PROFESSIONALS,
        ),
        (
            "/api/work/workbench",
            |_| Get("/api/work/workbench?lijst=niet-opgepakt".into()),
            PROFESSIONALS,
        ),
        (
            "/api/admin/professionals",
            |_| Get("/api/admin/professionals".into()),
            ADMIN,
        ),
        (
            "/api/admin/handover-all",
            |f| {
                Post(
                    "/api/admin/handover-all",
                    vec![
                        ("from_user", f.lead_id.clone()),
                        ("to_user", f.editor_id.clone()),
                        ("note", "Vertrekt".into()),
                    ],
                )
            },
            ADMIN,
        ),
        (
            "/api/admin/organisations",
            |_| Get("/api/admin/organisations".into()),
            ADMIN,
        ),
        (
            "/api/admin/organisations/deactivate",
            |f| {
                Post(
                    "/api/admin/organisations/deactivate",
                    vec![("organisation_id", f.spare_organisation.clone())],
                )
            },
            ADMIN,
        ),
        (
            "/api/admin/professionals/update",
            |f| {
                Post(
                    "/api/admin/professionals/update",
                    vec![
                        ("user_id", f.spare_id.clone()),
                        ("function", "community_builder".into()),
                        ("werkgebied[]", SCHILDERSWIJK.into()),
                        ("werkgebied[]", "WK051801".into()),
                    ],
                )
            },
            ADMIN,
        ),
        (
            "/api/admin/professionals/deactivate",
            |f| {
                Post(
                    "/api/admin/professionals/deactivate",
                    vec![("user_id", f.spare_id.clone())],
                )
            },
            ADMIN,
        ),
        (
            "/api/admin/organisations/create",
            |f| {
                Post(
                    "/api/admin/organisations/create",
                    vec![
                        ("name", format!("Organisatie {}", f.unique)),
                        ("kind", "anders".into()),
                    ],
                )
            },
            ADMIN,
        ),
        (
            "/api/admin/invite",
            |f| {
                Post(
                    "/api/admin/invite",
                    vec![
                        ("email", format!("u{}@example.nl", f.unique)),
                        ("role", "professional".into()),
                        ("function", "wijkmanager".into()),
                        ("organisation_id", f.organisation.clone()),
                        ("werkgebied[]", SCHILDERSWIJK.into()),
                    ],
                )
            },
            ADMIN,
        ),
        (
            "/api/admin/invitations",
            |_| Get("/api/admin/invitations".into()),
            ADMIN,
        ),
        (
            "/api/admin/invitations/revoke",
            |f| {
                Post(
                    "/api/admin/invitations/revoke",
                    vec![("id", f.invitation_id.clone())],
                )
            },
            ADMIN,
        ),
        (
            "/api/admin/uncovered",
            |_| Get("/api/admin/uncovered".into()),
            ADMIN,
        ),
        (
            "/api/admin/api-keys",
            |_| Get("/api/admin/api-keys".into()),
            ADMIN,
        ),
        (
            "/api/admin/api-keys/issue",
            |f| {
                Post(
                    "/api/admin/api-keys/issue",
                    vec![("system", format!("Systeem {}", f.unique))],
                )
            },
            ADMIN,
        ),
        (
            // No such key: the administrator hears 404, everyone else never gets that far.
            "/api/admin/api-keys/revoke",
            |_| Post("/api/admin/api-keys/revoke", vec![("id", "999999".into())]),
            [401, 403, 403, 403, 403, 403, 403, 403, 404],
        ),
        ("/api/open-data/info", |_| Get("/api/open-data/info".into()), ALL),
        (
            "/api/progress/milestone/add",
            |f| {
                Post(
                    "/api/progress/milestone/add",
                    vec![
                        ("idea_id", f.progress_idea.clone()),
                        ("title", "Offerte aanvragen".into()),
                        ("planned_on", "2027-04-01".into()),
                    ],
                )
            },
            KEEPERS,
        ),
        (
            "/api/progress/milestone/move",
            |f| {
                Post(
                    "/api/progress/milestone/move",
                    vec![
                        ("idea_id", f.progress_idea.clone()),
                        ("milestone_id", f.milestone_open.clone()),
                        ("planned_on", "2027-05-01".into()),
                    ],
                )
            },
            KEEPERS,
        ),
        (
            "/api/progress/milestone/done",
            |f| {
                Post(
                    "/api/progress/milestone/done",
                    vec![
                        ("idea_id", f.progress_idea.clone()),
                        ("milestone_id", f.milestone_open.clone()),
                    ],
                )
            },
            KEEPERS,
        ),
        (
            "/api/progress/milestone/reopen",
            |f| {
                Post(
                    "/api/progress/milestone/reopen",
                    vec![
                        ("idea_id", f.progress_idea.clone()),
                        ("milestone_id", f.milestone_done.clone()),
                    ],
                )
            },
            KEEPERS,
        ),
        (
            "/api/progress/milestone/remove",
            |f| {
                Post(
                    "/api/progress/milestone/remove",
                    vec![
                        ("idea_id", f.progress_idea.clone()),
                        ("milestone_id", f.milestone_open.clone()),
                    ],
                )
            },
            KEEPERS,
        ),
        (
            "/api/progress/percent",
            |f| {
                Post(
                    "/api/progress/percent",
                    vec![
                        ("idea_id", f.progress_idea.clone()),
                        ("percent", "40".into()),
                        ("reason", "Halverwege de voorbereiding".into()),
                    ],
                )
            },
            KEEPERS,
        ),
        (
            "/api/progress/update",
            |f| {
                Post(
                    "/api/progress/update",
                    vec![
                        ("idea_id", f.progress_idea.clone()),
                        ("body", "De offerte is binnen.".into()),
                    ],
                )
            },
            KEEPERS,
        ),
        (
            "/api/progress/report",
            |_| Get(format!("/api/progress/report?wijk={SCHILDERSWIJK}")),
            ALL,
        ),
        (
            "/api/progress/summary",
            |_| {
                Post(
                    "/api/progress/summary",
                    vec![
                        ("wijk", SCHILDERSWIJK.into()),
                        ("body", "Een kwartaal in de wijk.".into()),
                    ],
                )
            },
            [401, 403, 403, 403, 403, 403, 200, 403, 403],
        ),
        (
            "/api/admin/uncovered/responder",
            |_| {
                Post(
                    "/api/admin/uncovered/responder",
                    vec![("responder", String::new())],
                )
            },
            ADMIN,
        ),
        (
            "/api/invitations/get",
            |f| Get(format!("/api/invitations/get?token={}", f.invitation)),
            ALL,
        ),
        (
            "/api/invitations/accept",
            |f| {
                Post(
                    "/api/invitations/accept",
                    vec![
                        ("token", f.invitation.clone()),
                        ("display_name", "Nieuwe Prof".into()),
                        ("password", PASSWORD.into()),
                    ],
                )
            },
            ALL,
        ),
    ]
}

both_engines!(
    every_server_function_answers_every_caller_as_the_matrix_says,
    |app: TestApp| async move {
        let cases = cases();
        let in_table: BTreeSet<&str> = cases.iter().map(|(path, ..)| *path).collect();
        let registered: BTreeSet<&str> = leptos::server_fn::axum::server_fn_paths()
            .map(|(path, _)| path)
            .collect();
        let missing: Vec<_> = registered.difference(&in_table).collect();
        assert!(
            missing.is_empty(),
            "server functions missing from the authorization matrix: {missing:?}"
        );
        let stale: Vec<_> = in_table.difference(&registered).collect();
        assert!(
            stale.is_empty(),
            "the matrix lists server functions that no longer exist: {stale:?}"
        );

        let people = people(&app).await;
        let mut wrong = Vec::new();
        let mut n = 0;
        for (path, call, expected) in &cases {
            for (caller, want) in expected.iter().enumerate() {
                n += 1;
                let fixture = fixture(&app, &people, n).await;
                let client = people.client(&app, caller).await;
                let status = match call(&fixture) {
                    Call::Get(url) => client.get(app.url(&url)).send().await.unwrap().status().as_u16(),
                    Call::Post(url, form) => {
                        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                        app.post_with(&client, url, &form).await.status().as_u16()
                    }
                };
                if status != *want {
                    wrong.push(format!(
                        "{path} as {}: {status}, expected {want}",
                        CALLERS[caller]
                    ));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{} of {n} calls answered otherwise:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }
);
