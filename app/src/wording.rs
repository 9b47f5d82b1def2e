//! Domain facts said in the reader's language: dates, and what a notification is about.
//!
//! Apart from `i18n`, which holds only keys and their texts and knows nothing of the domain, so the
//! translation layer stays at the bottom of the house and every layer above can use it.

use crate::domain::roles::{Title, Work};
use crate::domain::time::local_date;
use crate::domain::views::{NotificationKind, NotificationView};
use crate::i18n::{fill, t, Msg};

/// A date as the reader's language writes it, in the municipality's time zone: `28 november 2026`,
/// `28 November 2026`, `28 Kasım 2026`, `28 نوفمبر 2026`, `28 listopada 2026`.
pub fn format_date(unix_seconds: i64) -> String {
    let (year, month, day) = local_date(unix_seconds);
    let month = month_name(month);
    fill(
        Msg::DateLong,
        &[
            ("day", &day.to_string()),
            ("month", month),
            ("year", &year.to_string()),
        ],
    )
}

/// A month's name (1–12) in the reader's language.
pub fn month_name(month: u32) -> &'static str {
    const MONTHS: [Msg; 12] = [
        Msg::Month1,
        Msg::Month2,
        Msg::Month3,
        Msg::Month4,
        Msg::Month5,
        Msg::Month6,
        Msg::Month7,
        Msg::Month8,
        Msg::Month9,
        Msg::Month10,
        Msg::Month11,
        Msg::Month12,
    ];
    t(MONTHS[(month as usize).saturating_sub(1) % 12])
}

/// A calendar day (`2027-03-01`, a milestone's) as the reader's language writes it; anything else
/// as it is.
pub fn format_day(day: &str) -> String {
    match crate::domain::time::parse_iso_date(day) {
        // Noon of that day, so no time zone moves it to a neighbour.
        Some((y, m, d)) => format_date(crate::domain::time::local_midnight(y, m, d) + 12 * 3600),
        None => day.to_owned(),
    }
}

/// A title (function, else role) in the reader's words; nothing for none.
pub fn title_words(title: Option<Title>) -> &'static str {
    title.map_or("", |title| t(title.label()))
}

/// What the timeline stores for who acted: their title's key ("ideeenmakelaar", "editor"), which
/// the reader's page words with `function_key_label`.
pub fn function_key(function: Option<&str>, role: Option<&str>) -> String {
    Title::of(function, role).map_or("", Title::as_str).to_owned()
}

/// A stored title key in the reader's words; anything else (a row from before keys) as it is.
pub fn function_key_label(key: &str) -> String {
    match Title::parse(key) {
        Some(title) => title_words(Some(title)).to_owned(),
        None => key.to_owned(),
    }
}

/// Who someone is where they work: "Ilse de Vries, ideeënmakelaar, Gemeente Den Haag", leaving
/// out what is missing, with the reader's language's list separator (Arabic writes "،").
pub fn byline(name: &str, title: Option<Title>, organisation: Option<&str>) -> String {
    let mut parts = vec![name, title_words(title)];
    parts.extend(organisation);
    parts.retain(|p| !p.is_empty());
    parts.join(t(Msg::ListSeparator))
}

/// A professional's work as their badge says it: "ideeënmakelaar, Gemeente Den Haag".
pub fn work_words(work: &Work) -> String {
    byline("", work.title, work.organisation.as_deref())
}

/// A name with the work it carries, if any.
pub fn name_and_work(name: &str, work: Option<&Work>) -> String {
    match work {
        Some(work) => byline(name, work.title, work.organisation.as_deref()),
        None => name.to_owned(),
    }
}

/// One line saying what a notification is about, for the list and for mail.
pub fn describe_notification(n: &NotificationView) -> String {
    let title = n.idea_title.as_deref().unwrap_or_default();
    let wijk = n.wijk_name.as_deref().unwrap_or_default();
    let actor = n.actor_name.as_deref().unwrap_or_default();
    match n.kind {
        NotificationKind::Comment => match &n.actor_name {
            Some(actor) => fill(Msg::NotifComment, &[("actor", actor), ("title", title)]),
            None => fill(Msg::NotifCommentAnonymous, &[("title", title)]),
        },
        NotificationKind::Status => {
            let status = n.status.map(|s| t(s.label())).unwrap_or_default();
            fill(Msg::NotifStatus, &[("title", title), ("status", status)])
        }
        NotificationKind::WardIdeas if n.item_count > 1 => fill(
            Msg::NotifWardIdeasMany,
            &[
                ("count", &n.item_count.to_string()),
                ("wijk", wijk),
                ("title", title),
            ],
        ),
        NotificationKind::WardIdeas => fill(Msg::NotifWardIdeasOne, &[("wijk", wijk), ("title", title)]),
        NotificationKind::HandoverOffered => {
            fill(Msg::NotifHandoverOffered, &[("actor", actor), ("title", title)])
        }
        NotificationKind::HandoverAccepted => {
            fill(Msg::NotifHandoverAccepted, &[("actor", actor), ("title", title)])
        }
        NotificationKind::HandoverDeclined => {
            fill(Msg::NotifHandoverDeclined, &[("actor", actor), ("title", title)])
        }
        NotificationKind::NewContact => fill(Msg::NotifNewContact, &[("actor", actor), ("title", title)]),
        NotificationKind::ClaimStalled => fill(Msg::NotifClaimStalled, &[("title", title)]),
        NotificationKind::Supports if n.item_count > 1 => fill(
            Msg::NotifSupportsMany,
            &[("count", &n.item_count.to_string()), ("title", title)],
        ),
        NotificationKind::Supports => fill(Msg::NotifSupportsOne, &[("title", title)]),
        NotificationKind::UncoveredIdea => fill(Msg::NotifUncoveredIdea, &[("wijk", wijk), ("title", title)]),
        NotificationKind::Message => fill(Msg::NotifMessage, &[("actor", actor), ("title", title)]),
        NotificationKind::Progress => fill(Msg::NotifProgress, &[("actor", actor), ("title", title)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_dutch() {
        assert_eq!(format_date(1_795_824_000), "28 november 2026");
    }

    #[test]
    fn a_byline_leaves_out_what_is_missing_and_separates_as_the_language_does() {
        use crate::domain::roles::ProfessionalFunction;
        use crate::i18n::{in_locale, Locale};
        let broker = Some(Title::Function(ProfessionalFunction::Ideeenmakelaar));
        assert_eq!(
            byline("Ilse", broker, Some("Gemeente Den Haag")),
            "Ilse, ideeënmakelaar, Gemeente Den Haag"
        );
        assert_eq!(byline("Ilse", None, None), "Ilse");
        assert_eq!(
            in_locale(Locale::Ar, || byline("Ilse", broker, Some("Gemeente Den Haag"))),
            "Ilse، وسيط الأفكار، Gemeente Den Haag"
        );
        let work = Work {
            title: broker,
            organisation: None,
        };
        assert_eq!(in_locale(Locale::En, || work_words(&work)), "idea broker");
        assert_eq!(name_and_work("Joost", None), "Joost");
    }
}
