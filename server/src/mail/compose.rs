//! The text of notification mail: plain text, in the recipient's language (the account's setting),
//! with a link to what it is about, a link to the settings and a one-click unsubscribe link that
//! needs no login.

use app::db::users::MailRecipient;
use app::domain::views::{NotificationKind, NotificationView};
use app::i18n::{fill, in_locale, t, Msg};
use app::routes;
use app::wording::describe_notification;

#[derive(Debug, Clone)]
pub struct Links {
    base: String,
}

impl Links {
    pub fn new(public_url: &str) -> Self {
        Self {
            base: public_url.trim_end_matches('/').to_owned(),
        }
    }

    pub fn idea(&self, id: i64) -> String {
        format!("{}{}", self.base, routes::idea(id))
    }

    pub fn wijk(&self, code: &str) -> String {
        format!("{}{}", self.base, routes::ward(code))
    }

    pub fn settings(&self) -> String {
        format!("{}{}", self.base, routes::NOTIFICATIONS)
    }

    /// The page with the unsubscribe button (for people).
    pub fn unsubscribe_page(&self, token: &str) -> String {
        format!("{}{}", self.base, routes::unsubscribe(token))
    }

    /// The RFC 8058 one-click address (for mail programs, which POST to it).
    pub fn one_click(&self, token: &str) -> String {
        format!("{}/api/mail/one-click/{token}", self.base)
    }

    /// Where a notification leads.
    pub fn target(&self, n: &NotificationView) -> String {
        match (n.kind, n.idea_id, &n.wijk_code) {
            (NotificationKind::WardIdeas, _, Some(code)) if n.item_count > 1 => self.wijk(code),
            (_, Some(id), _) => self.idea(id),
            (_, None, Some(code)) => self.wijk(code),
            _ => self.base.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Mail {
    pub subject: String,
    pub body: String,
    /// For the List-Unsubscribe header.
    pub unsubscribe_url: String,
}

fn footer(recipient: &MailRecipient, links: &Links) -> String {
    fill(
        Msg::MailFooter,
        &[
            ("settings", &links.settings()),
            (
                "unsubscribe",
                &links.unsubscribe_page(&recipient.unsubscribe_token),
            ),
        ],
    )
}

/// The notification in words, with a status change's explanation quoted below it.
fn described(n: &NotificationView) -> String {
    match &n.explanation {
        Some(why) => format!("{}\n  \u{201c}{why}\u{201d}", describe_notification(n)),
        None => describe_notification(n),
    }
}

pub fn direct(n: &NotificationView, recipient: &MailRecipient, links: &Links) -> Mail {
    in_locale(recipient.locale(), || worded_direct(n, recipient, links))
}

fn worded_direct(n: &NotificationView, recipient: &MailRecipient, links: &Links) -> Mail {
    let text = describe_notification(n);
    let body_text = described(n);
    Mail {
        subject: fill(Msg::MailSubject, &[("text", &text)]),
        body: format!(
            "{}\n\n{body_text}\n{}\n\n-- \n{}\n",
            t(Msg::MailDirectIntro),
            links.target(n),
            footer(recipient, links)
        ),
        unsubscribe_url: links.one_click(&recipient.unsubscribe_token),
    }
}

/// One mail with everything since the last digest; `None` when there is nothing.
pub fn digest(items: &[NotificationView], recipient: &MailRecipient, links: &Links) -> Option<Mail> {
    if items.is_empty() {
        return None;
    }
    Some(in_locale(recipient.locale(), || {
        worded_digest(items, recipient, links)
    }))
}

fn worded_digest(items: &[NotificationView], recipient: &MailRecipient, links: &Links) -> Mail {
    let lines: Vec<String> = items
        .iter()
        .map(|n| format!("- {}\n  {}", described(n), links.target(n)))
        .collect();
    Mail {
        subject: fill(Msg::MailDigestSubject, &[("count", &items.len().to_string())]),
        body: format!(
            "{}\n\n{}\n\n-- \n{}\n",
            t(Msg::MailDigestIntro),
            lines.join("\n"),
            footer(recipient, links)
        ),
        unsubscribe_url: links.one_click(&recipient.unsubscribe_token),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notification(kind: NotificationKind, count: i64) -> NotificationView {
        NotificationView {
            id: 1,
            kind,
            idea_id: Some(7),
            idea_title: Some("Meer bankjes".into()),
            wijk_code: Some("WK051801".into()),
            wijk_name: Some("Centrum".into()),
            actor_name: Some("Fatima".into()),
            status: None,
            explanation: None,
            item_count: count,
            created_at: 0,
            read: false,
        }
    }

    fn recipient() -> MailRecipient {
        MailRecipient {
            user_id: 1,
            email: "a@example.nl".into(),
            unsubscribe_token: "tok".into(),
            locale: None,
        }
    }

    #[test]
    fn mail_is_in_the_recipient_s_language() {
        let links = Links::new("https://w.example");
        let polish = MailRecipient {
            locale: Some("pl".into()),
            ..recipient()
        };
        let mail = digest(&[notification(NotificationKind::WardIdeas, 5)], &polish, &links).unwrap();
        let dutch = digest(
            &[notification(NotificationKind::WardIdeas, 5)],
            &recipient(),
            &links,
        )
        .unwrap();
        assert_ne!(mail.body, dutch.body);
        assert!(mail.body.contains("Centrum") && mail.body.contains("https://w.example/afmelden/tok"));
        let arabic = MailRecipient {
            locale: Some("ar".into()),
            ..recipient()
        };
        let mail = direct(&notification(NotificationKind::Comment, 1), &arabic, &links);
        assert!(
            mail.subject.contains("\u{2068}Fatima\u{2069}"),
            "{}",
            mail.subject
        );
    }

    #[test]
    fn a_direct_mail_says_what_happened_and_how_to_stop() {
        let links = Links::new("https://wijkidee.example/");
        let mail = direct(&notification(NotificationKind::Comment, 1), &recipient(), &links);
        assert_eq!(mail.subject, "Wijkidee: Fatima reageerde op ‘Meer bankjes’");
        assert!(mail.body.contains("https://wijkidee.example/ideeen/7"));
        assert!(mail.body.contains("https://wijkidee.example/afmelden/tok"));
        assert_eq!(
            mail.unsubscribe_url,
            "https://wijkidee.example/api/mail/one-click/tok"
        );
    }

    #[test]
    fn a_digest_lists_every_item_and_bundles_point_to_the_wijk() {
        let links = Links::new("https://w.example");
        let items = [
            notification(NotificationKind::Comment, 1),
            notification(NotificationKind::WardIdeas, 3),
        ];
        let mail = digest(&items, &recipient(), &links).unwrap();
        assert!(mail.subject.contains("(2)"));
        assert!(mail.body.contains("3 nieuwe ideeën in Centrum"));
        assert!(mail.body.contains("https://w.example/wijken/WK051801"));
        assert!(digest(&[], &recipient(), &links).is_none());
    }

    #[test]
    fn a_status_change_mail_quotes_its_explanation() {
        let links = Links::new("https://w.example");
        let mut changed = notification(NotificationKind::Status, 1);
        changed.status = Some(app::domain::Status::InVoorbereiding);
        changed.explanation = Some("De gemeente zet in maart drie bankjes neer.".into());
        let mail = direct(&changed, &recipient(), &links);
        assert!(
            mail.body
                .contains("“De gemeente zet in maart drie bankjes neer.”"),
            "{}",
            mail.body
        );
        assert!(!mail.subject.contains("maart"), "the subject stays short");
        let digest = digest(&[changed], &recipient(), &links).unwrap();
        assert!(digest.body.contains("drie bankjes"));
    }
}
