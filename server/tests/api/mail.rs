//! Notification mail through a real SMTP server (Python's aiosmtpd, started by the test, writing to a
//! Maildir): each notification as it happens, the daily digest, unsubscribing, and retries when the
//! mail server is down, from an outbox that outlives the server instance that filled it.

use crate::both_engines;
use crate::helpers::{fresh_page, Engine, TestApp};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const SCHILDERSBUURT_WEST: &str = "BU05182915";

/// An aiosmtpd process on a free port, delivering into a Maildir; killed when dropped.
struct SmtpServer {
    port: u16,
    maildir: PathBuf,
    child: Child,
}

fn python() -> PathBuf {
    std::env::var_os("WIJKIDEE_TEST_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/py/bin/python"))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl SmtpServer {
    // The child is killed and waited for in `Drop`, also when a test panics.
    #[allow(clippy::zombie_processes)]
    async fn start_on(port: u16) -> Self {
        let maildir = std::env::temp_dir().join(format!("wijkidee-mail-{port}-{}", rand::random::<u32>()));
        let python = python();
        let child = Command::new(&python)
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(&maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start aiosmtpd with {} ({e}); run `make test`, which installs it",
                    python.display()
                )
            });
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return Self { port, maildir, child };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("aiosmtpd did not start listening on {port}");
    }

    fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    fn files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.maildir.join("new"))
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.sort();
        files
    }

    /// Waits until `n` mails have arrived and returns them decoded.
    async fn wait_for(&self, n: usize) -> Vec<Mail> {
        for _ in 0..300 {
            let files = self.files();
            if files.len() >= n {
                return files.iter().map(|f| Mail::read(f)).collect();
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("expected {n} mails, got {}", self.files().len());
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.maildir);
    }
}

/// A received mail, decoded by Python's email package (headers and quoted-printable body).
#[derive(Debug)]
struct Mail {
    to: String,
    subject: String,
    list_unsubscribe: String,
    body: String,
}

impl Mail {
    fn read(file: &Path) -> Self {
        let script = "import email, email.header, sys, json\n\
            m = email.message_from_binary_file(open(sys.argv[1], 'rb'))\n\
            h = lambda k: str(email.header.make_header(email.header.decode_header(m.get(k, ''))))\n\
            print(json.dumps({'to': h('To'), 'subject': h('Subject'), 'unsub': h('List-Unsubscribe'),\n\
              'body': m.get_payload(decode=True).decode('utf-8')}))";
        let out = Command::new(python())
            .args(["-c", script])
            .arg(file)
            .output()
            .expect("python");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
        Mail {
            to: v["to"].as_str().unwrap().to_owned(),
            subject: v["subject"].as_str().unwrap().to_owned(),
            list_unsubscribe: v["unsub"].as_str().unwrap().to_owned(),
            body: v["body"].as_str().unwrap().to_owned(),
        }
    }
}

async fn app_with_mail(engine: Engine, smtp_url: String, db: Option<String>) -> TestApp {
    TestApp::spawn_with_db(engine, db, move |c| {
        c.mail = Some(wijkidee::mail::MailConfig {
            smtp_url,
            from: "Wijkidee <noreply@wijkidee.test>".into(),
            poll_interval: Duration::from_millis(200),
        });
    })
    .await
}

async fn email_of(app: &TestApp, user_id: i64) -> String {
    sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

both_engines!(
    a_comment_is_mailed_to_followers_who_can_unsubscribe,
    |app: TestApp| async move {
        let engine = app.engine;
        drop(app);
        let smtp = SmtpServer::start_on(free_port()).await;
        let app = app_with_mail(engine, smtp.url(), None).await;
        let (author_id, author) = app.resident("Auteur").await;
        let (_, neighbour) = app.resident("Buur").await;
        let id = app
            .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await;
        app.call(
            &neighbour,
            "/api/comments/add",
            &[("idea_id", &id.to_string()), ("body", "Goed idee!")],
        )
        .await;

        let mails = smtp.wait_for(1).await;
        let mail = &mails[0];
        assert_eq!(mail.to, email_of(&app, author_id).await);
        assert_eq!(mail.subject, "Wijkidee: Buur reageerde op ‘Bankjes in het park’");
        assert!(mail.body.contains(&format!("/ideeen/{id}")), "{}", mail.body);
        let token = app::db::users::mail_recipient(&app.pool, author_id)
            .await
            .unwrap()
            .unsubscribe_token;
        assert!(mail.body.contains(&format!("/afmelden/{token}")));
        assert!(mail
            .list_unsubscribe
            .contains(&format!("/api/mail/one-click/{token}")));
        assert!(!mail.body.contains("@example.nl"), "no addresses in the text");

        // Unsubscribed with the link (no login): the next comment stays in the app.
        let (status, _) = app
            .call(&app.client, "/api/mail/unsubscribe", &[("token", &token)])
            .await;
        assert_eq!(status, 200);
        app.call(
            &neighbour,
            "/api/comments/add",
            &[("idea_id", &id.to_string()), ("body", "Nog iets")],
        )
        .await;
        tokio::time::sleep(Duration::from_millis(1000)).await;
        assert_eq!(smtp.files().len(), 1, "no mail after unsubscribing");
        let (_, list) = app.read(&author, "/api/notifications/list").await;
        assert_eq!(list["unread"], 2, "the notification is still in the app");
    }
);

both_engines!(
    the_daily_digest_bundles_a_day_in_one_mail,
    |app: TestApp| async move {
        let engine = app.engine;
        drop(app);
        let smtp = SmtpServer::start_on(free_port()).await;
        let app = app_with_mail(engine, smtp.url(), None).await;
        let (author_id, author) = app.resident("Auteur").await;
        let (_, neighbour) = app.resident("Buur").await;
        let (status, _) = app
            .call(
                &author,
                "/api/notifications/email-frequency",
                &[("frequency", "daily")],
            )
            .await;
        assert_eq!(status, 200);
        let id = app
            .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        for text in ["Eerste reactie", "Tweede reactie", "Derde reactie"] {
            app.call(
                &neighbour,
                "/api/comments/add",
                &[("idea_id", &id), ("body", text)],
            )
            .await;
        }
        tokio::time::sleep(Duration::from_millis(800)).await;
        assert!(smtp.files().is_empty(), "nothing before the day is over");
        // A day passes.
        sqlx::query("UPDATE users SET last_digest_at = last_digest_at - 86401 WHERE id = $1")
            .bind(author_id)
            .execute(&app.pool)
            .await
            .unwrap();
        let mails = smtp.wait_for(1).await;
        assert_eq!(mails[0].subject, "Wijkidee: je overzicht van vandaag (3)");
        assert_eq!(
            mails[0].body.matches("Buur reageerde op").count(),
            3,
            "{}",
            mails[0].body
        );
        tokio::time::sleep(Duration::from_millis(800)).await;
        assert_eq!(smtp.files().len(), 1, "one digest, not one per notification");
    }
);

both_engines!(
    mail_waits_in_the_outbox_while_the_server_is_down,
    |app: TestApp| async move {
        let engine = app.engine;
        drop(app);
        let port = free_port();
        // Nothing listens on `port` yet.
        let first = app_with_mail(engine, format!("smtp://127.0.0.1:{port}"), None).await;
        let (_, author) = first.resident("Auteur").await;
        let (_, neighbour) = first.resident("Buur").await;
        let id = first
            .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
            .await
            .to_string();
        first
            .call(
                &neighbour,
                "/api/comments/add",
                &[("idea_id", &id), ("body", "Goed idee!")],
            )
            .await;
        let mut attempts = 0_i64;
        for _ in 0..100 {
            attempts = sqlx::query_scalar("SELECT COALESCE(MAX(attempts), 0) FROM outbox")
                .fetch_one(&first.pool)
                .await
                .unwrap();
            if attempts > 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(attempts, 1, "one failed attempt, then a wait");
        let error: Option<String> = sqlx::query_scalar("SELECT last_error FROM outbox")
            .fetch_one(&first.pool)
            .await
            .unwrap();
        assert!(error.is_some());
        let (next, now): (i64, i64) = (
            sqlx::query_scalar("SELECT next_attempt_at FROM outbox")
                .fetch_one(&first.pool)
                .await
                .unwrap(),
            app::db::now(),
        );
        assert!(next >= now + 20, "the next attempt waits (backoff)");

        // The mail server comes up; another instance on the same database (a restart) sends the mail once
        // its retry is due.
        let smtp = SmtpServer::start_on(port).await;
        let second = app_with_mail(engine, smtp.url(), Some(first.db_url.clone())).await;
        sqlx::query("UPDATE outbox SET next_attempt_at = 0")
            .execute(&second.pool)
            .await
            .unwrap();
        let mails = smtp.wait_for(1).await;
        assert!(mails[0].subject.contains("reageerde op"));
        tokio::time::sleep(Duration::from_millis(800)).await;
        assert_eq!(
            smtp.files().len(),
            1,
            "sent once, though two instances run the worker"
        );
        let sent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL")
            .fetch_one(&second.pool)
            .await
            .unwrap();
        assert_eq!(sent, 1);
    }
);

both_engines!(
    an_invitation_is_mailed_with_its_whole_link_when_mail_is_set_up,
    |app: TestApp| async move {
        let engine = app.engine;
        drop(app);
        let smtp = SmtpServer::start_on(free_port()).await;
        let app = app_with_mail(engine, smtp.url(), None).await;
        let org = app
            .organisation(
                "Stichting Mooi Wijk",
                app::domain::roles::OrganisationKind::Welzijnsorganisatie,
            )
            .await;
        let (_, admin) = app
            .professional("Beheer", app::domain::roles::Role::Administrator, None, None, &[])
            .await;
        let (status, sent) = app
            .call(
                &admin,
                "/api/admin/invite",
                &[
                    ("email", "omar@welzijn.example"),
                    ("role", "professional"),
                    ("function", "opbouwwerker"),
                    ("organisation_id", &org.to_string()),
                    ("werkgebied[]", "WK051829"),
                ],
            )
            .await;
        assert_eq!(status, 200, "{sent}");
        assert_eq!(sent["mailed"], true);
        let link = sent["link"].as_str().unwrap();
        let mails = smtp.wait_for(1).await;
        assert_eq!(mails[0].to, "omar@welzijn.example");
        assert_eq!(mails[0].subject, "Je bent uitgenodigd voor Wijkidee");
        assert!(mails[0].body.contains(link), "{}", mails[0].body);
        assert!(mails[0].body.contains("als opbouwwerker, Stichting Mooi Wijk"));

        // In the language the administrator chose for the invitee, whatever their own.
        let (status, sent) = app
            .call(
                &admin,
                "/api/admin/invite",
                &[
                    ("email", "elif@welzijn.example"),
                    ("role", "professional"),
                    ("function", "opbouwwerker"),
                    ("organisation_id", &org.to_string()),
                    ("werkgebied[]", "WK051829"),
                    ("language", "tr"),
                ],
            )
            .await;
        assert_eq!(status, 200, "{sent}");
        let mails = smtp.wait_for(2).await;
        let turkish = mails.iter().find(|m| m.to == "elif@welzijn.example").unwrap();
        use app::i18n::{text, Locale, Msg};
        assert_eq!(turkish.subject, text(Locale::Tr, Msg::MailInvitationSubject));
        assert!(
            turkish.body.contains("toplum çalışanı, Stichting Mooi Wijk"),
            "{}",
            turkish.body
        );
        assert!(turkish.body.contains(sent["link"].as_str().unwrap()));
    }
);

both_engines!(mail_speaks_the_recipient_s_language, |app: TestApp| async move {
    use app::i18n::{fill_in, Locale, Msg};
    let engine = app.engine;
    drop(app);
    let smtp = SmtpServer::start_on(free_port()).await;
    let app = app_with_mail(engine, smtp.url(), None).await;
    let (_, author) = app.resident("Agnieszka").await;
    let (_, neighbour) = app.resident("Buur").await;
    // The author reads Wijkidee in Polish: the switch saves it on the account.
    let r = author.get(app.url("/taal/pl?terug=/")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let id = app
        .idea_by(&author, "Bankjes in het park", SCHILDERSBUURT_WEST)
        .await;
    // The neighbour writes from a Dutch page; the mail follows the recipient, not the writer.
    app.call(
        &neighbour,
        "/api/comments/add",
        &[("idea_id", &id.to_string()), ("body", "Goed idee!")],
    )
    .await;

    let mails = smtp.wait_for(1).await;
    let what = fill_in(
        Locale::Pl,
        Msg::NotifComment,
        &[("actor", "Buur"), ("title", "Bankjes in het park")],
    );
    assert_eq!(
        mails[0].subject,
        fill_in(Locale::Pl, Msg::MailSubject, &[("text", &what)])
    );
    let intro = app::i18n::text(Locale::Pl, Msg::MailDirectIntro);
    assert!(
        mails[0].body.contains(intro.lines().last().unwrap()),
        "{}",
        mails[0].body
    );
    let dutch = fill_in(
        Locale::Nl,
        Msg::NotifComment,
        &[("actor", "Buur"), ("title", "Bankjes in het park")],
    );
    assert!(
        !mails[0].subject.contains(&dutch),
        "not in Dutch: {}",
        mails[0].subject
    );

    // Its unsubscribe link opens in Polish too, in a browser that asks for Dutch and never chose.
    let link = mails[0]
        .body
        .split_whitespace()
        .find(|w| w.contains("/afmelden/"))
        .expect("an unsubscribe link")
        .to_owned();
    let (head, page) = fresh_page(&link, &[("accept-language", "nl")]).await;
    let cookie = head["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("taal=pl;"), "{cookie}");
    assert!(page.contains("<html lang=\"pl\""));
    // A language chosen in this browser decides instead.
    let (head, page) = fresh_page(&link, &[("cookie", "taal=en")]).await;
    assert!(head.get("set-cookie").is_none());
    assert!(page.contains("<html lang=\"en\""));
});

both_engines!(
    a_progress_update_is_mailed_to_followers_with_its_text,
    |app: TestApp| async move {
        use app::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
        let engine = app.engine;
        drop(app);
        let smtp = SmtpServer::start_on(free_port()).await;
        let app = app_with_mail(engine, smtp.url(), None).await;
        let gemeente = app
            .organisation("Gemeente Den Haag", OrganisationKind::Gemeente)
            .await;
        let (author_id, author) = app.resident("Auteur").await;
        let (_, lead) = app
            .professional(
                "Ilse",
                Role::Professional,
                Some(ProfessionalFunction::Ideeenmakelaar),
                Some(gemeente),
                &["WK051829"],
            )
            .await;
        let id = app
            .idea_by(&author, "Moestuin op het plein", SCHILDERSBUURT_WEST)
            .await;
        let (status, _) = app
            .call(
                &lead,
                "/api/work/claim",
                &[("idea_id", &id.to_string()), ("kind", "lead")],
            )
            .await;
        assert_eq!(status, 200);
        smtp.wait_for(1).await;
        app::db::ideas::set_status(&app.pool, id, app::domain::Status::InVoorbereiding)
            .await
            .unwrap();
        let text = "De grond is vrijgegeven. In maart beginnen we.";
        let (status, e) = app
            .call(
                &lead,
                "/api/progress/update",
                &[("idea_id", &id.to_string()), ("body", text)],
            )
            .await;
        assert_eq!(status, 200, "{e}");
        let mails = smtp.wait_for(2).await;
        let mail = mails
            .iter()
            .find(|m| m.subject.contains("voortgangsbericht"))
            .unwrap_or_else(|| panic!("a progress mail among {mails:?}"));
        assert_eq!(mail.to, email_of(&app, author_id).await);
        assert_eq!(
            mail.subject,
            "Wijkidee: Ilse plaatste een voortgangsbericht bij “Moestuin op het plein”"
        );
        assert!(mail.body.contains(text), "the update's text: {}", mail.body);
        assert!(mail.body.contains(&format!("/ideeen/{id}")), "{}", mail.body);
    }
);
