//! A timeline row in the reader's words: what was done, with the milestone, its days and the
//! percentage where the row has them. The idea page's timeline and the Atom feeds say it alike.
//! (Not in `wording`: that file's texts go to the browser, and no island shows a timeline.)

use crate::domain::records::TimelineKind;
use crate::domain::views::TimelineEntry;
use crate::i18n::{fill, t};
use crate::wording::format_day;

/// What a timeline row holds besides who and when: enough to say what was done. The idea page
/// reads it from a `TimelineEntry`, the feeds from their own rows.
#[derive(Debug, Clone, Copy)]
pub struct TimelineFacts<'a> {
    pub kind: TimelineKind,
    pub previous_lead: Option<&'a str>,
    pub milestone_title: Option<&'a str>,
    pub old_date: Option<&'a str>,
    pub new_date: Option<&'a str>,
    pub percent: Option<i64>,
}

impl<'a> From<&'a TimelineEntry> for TimelineFacts<'a> {
    fn from(e: &'a TimelineEntry) -> Self {
        TimelineFacts {
            kind: e.kind,
            previous_lead: e.previous_lead.as_deref(),
            milestone_title: e.milestone_title.as_deref(),
            old_date: e.old_date.as_deref(),
            new_date: e.new_date.as_deref(),
            percent: e.percent,
        }
    }
}

/// What a timeline row did, in the reader's words: the kind, with the milestone, its days and the
/// percentage where the row has them.
pub fn timeline_words(e: TimelineFacts<'_>) -> String {
    let day = |d: Option<&str>| d.map(format_day).unwrap_or_default();
    let title = e.milestone_title.unwrap_or_default();
    match e.kind {
        TimelineKind::Handover => fill(
            e.kind.label(),
            &[("previous", e.previous_lead.unwrap_or_default())],
        ),
        TimelineKind::MilestoneAdded | TimelineKind::MilestoneDone => {
            fill(e.kind.label(), &[("title", title), ("date", &day(e.new_date))])
        }
        TimelineKind::MilestoneMoved => fill(
            e.kind.label(),
            &[
                ("title", title),
                ("old", &day(e.old_date)),
                ("date", &day(e.new_date)),
            ],
        ),
        TimelineKind::MilestoneReopened | TimelineKind::MilestoneRemoved => {
            fill(e.kind.label(), &[("title", title)])
        }
        TimelineKind::ProgressSet => fill(
            e.kind.label(),
            &[("percent", &e.percent.unwrap_or_default().to_string())],
        ),
        kind => t(kind.label()).to_owned(),
    }
}
