//! A timeline row in the reader's words: what was done, with the milestone, its days and the
//! percentage where the row has them. The idea page's timeline and the Atom feeds say it alike.
//! (Not in `wording`: that file's texts go to the browser, and no island shows a timeline.)

use crate::domain::records::TimelineKind;
use crate::domain::views::TimelineEntry;
use crate::i18n::{fill, t};
use crate::wording::format_day;

/// What a timeline row did, in the reader's words: the kind, with the milestone, its days and the
/// percentage where the row has them.
pub fn timeline_words(e: &TimelineEntry) -> String {
    let day = |d: &Option<String>| d.as_deref().map(format_day).unwrap_or_default();
    let title = e.milestone_title.as_deref().unwrap_or_default();
    match e.kind {
        TimelineKind::Handover => fill(
            e.kind.label(),
            &[("previous", e.previous_lead.as_deref().unwrap_or_default())],
        ),
        TimelineKind::MilestoneAdded | TimelineKind::MilestoneDone => {
            fill(e.kind.label(), &[("title", title), ("date", &day(&e.new_date))])
        }
        TimelineKind::MilestoneMoved => fill(
            e.kind.label(),
            &[
                ("title", title),
                ("old", &day(&e.old_date)),
                ("date", &day(&e.new_date)),
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
