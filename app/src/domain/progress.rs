//! Progress on an idea, without I/O: when milestones and updates may be kept, what their input must
//! be, and how the percentage follows from the milestones or is set by hand. Also the figures of
//! the progress pages (median and 90th percentile, months) that the database layer only gathers.

use super::time::parse_iso_date;
use super::Status;
use crate::error::AppError;
use crate::i18n::Msg;

pub const MILESTONE_TITLE_MAX: usize = 200;
pub const UPDATE_MAX: usize = 4000;
pub const REASON_MAX: usize = 2000;
pub const SUMMARY_MAX: usize = 4000;

/// Milestones and updates belong to the work between a decision and the result: while an idea is
/// in preparation or in execution. Before, nothing is decided; after, the timeline says the rest.
pub fn keeps_progress(status: Status) -> bool {
    matches!(status, Status::InVoorbereiding | Status::InUitvoering)
}

/// Waiting for an answer: submitted or picked up, not yet decided on (the progress pages list such
/// ideas once enough residents support them).
pub fn awaits_decision(status: Status) -> bool {
    matches!(status, Status::Ingediend | Status::Opgepakt)
}

/// A milestone's title: one line, 1–200 characters.
pub fn milestone_title(raw: &str) -> Result<String, AppError> {
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.chars().count() {
        0 => Err(AppError::invalid("title", Msg::ErrMilestoneTitleEmpty)),
        n if n > MILESTONE_TITLE_MAX => Err(AppError::invalid("title", Msg::ErrMilestoneTitleTooLong)),
        _ => Ok(text),
    }
}

/// A calendar day as forms send it (`2027-03-01`), between 2000 and 2100; `field` names the input.
pub fn day(raw: &str, field: &str) -> Result<String, AppError> {
    let raw = raw.trim();
    match parse_iso_date(raw) {
        Some((year, ..)) if (2000..=2100).contains(&year) => Ok(raw.to_owned()),
        _ => Err(AppError::invalid(field, Msg::ErrDateInvalid)),
    }
}

/// A text of several lines (an update, a reason, a summary): trimmed, not empty, at most `max`.
pub fn text(raw: &str, field: &str, max: usize, empty: Msg, too_long: Msg) -> Result<String, AppError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(AppError::invalid(field, empty));
    }
    if text.chars().count() > max {
        return Err(AppError::invalid(field, too_long));
    }
    Ok(text.to_owned())
}

/// A percentage typed by hand: a whole number 0–100; empty means "follow the milestones again".
pub fn percent(raw: &str) -> Result<Option<i64>, AppError> {
    let raw = raw.trim().trim_end_matches('%').trim();
    if raw.is_empty() {
        return Ok(None);
    }
    match raw.parse::<i64>() {
        Ok(n) if (0..=100).contains(&n) => Ok(Some(n)),
        _ => Err(AppError::invalid("percent", Msg::ErrPercentInvalid)),
    }
}

/// The percentage shown: set by hand, else the share of milestones done (rounded down, so 100
/// means all done), else none at all.
pub fn shown_percent(by_hand: Option<i64>, done: usize, total: usize) -> Option<i64> {
    by_hand.or_else(|| (total > 0).then(|| (done * 100 / total) as i64))
}

/// The median and the 90th percentile of durations (nearest-rank), or `None` without any.
pub fn median_and_p90(mut values: Vec<i64>) -> Option<(i64, i64)> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let rank = |p: usize| values[(values.len() * p).div_ceil(100).max(1) - 1];
    let n = values.len();
    let median = if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2
    };
    Some((median, rank(90)))
}

/// A month as (year, month).
pub type Month = (i64, u32);

/// The `count` months ending with `last`, oldest first.
pub fn months_up_to(last: Month, count: usize) -> Vec<Month> {
    let index = |(y, m): Month| y * 12 + i64::from(m) - 1;
    let last = index(last);
    (0..count as i64)
        .rev()
        .map(|back| {
            let i = last - back;
            (i.div_euclid(12), (i.rem_euclid(12) + 1) as u32)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_is_kept_only_between_decision_and_result() {
        let kept: Vec<Status> = Status::ALL.into_iter().filter(|s| keeps_progress(*s)).collect();
        assert_eq!(kept, [Status::InVoorbereiding, Status::InUitvoering]);
        let waiting: Vec<Status> = Status::ALL.into_iter().filter(|s| awaits_decision(*s)).collect();
        assert_eq!(waiting, [Status::Ingediend, Status::Opgepakt]);
    }

    #[test]
    fn titles_are_one_trimmed_line_of_bounded_length() {
        assert_eq!(
            milestone_title("  Offerte\n  aanvragen ").unwrap(),
            "Offerte aanvragen"
        );
        assert_eq!(
            milestone_title(" \n ").unwrap_err().field.as_deref(),
            Some("title")
        );
        assert!(milestone_title(&"a".repeat(200)).is_ok());
        assert!(milestone_title(&"a".repeat(201)).is_err());
    }

    #[test]
    fn days_are_real_calendar_days_in_a_sane_range() {
        assert_eq!(day(" 2027-03-01 ", "planned_on").unwrap(), "2027-03-01");
        for bad in [
            "2027-02-30",
            "1999-12-31",
            "2101-01-01",
            "01-03-2027",
            "",
            "morgen",
        ] {
            let error = day(bad, "planned_on").unwrap_err();
            assert_eq!(error.field.as_deref(), Some("planned_on"), "{bad}");
        }
    }

    #[test]
    fn percentages_are_whole_numbers_up_to_a_hundred_or_empty() {
        assert_eq!(percent("40").unwrap(), Some(40));
        assert_eq!(percent(" 100 % ").unwrap(), Some(100));
        assert_eq!(percent("").unwrap(), None);
        for bad in ["101", "-1", "4.5", "veel"] {
            assert!(percent(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_shown_percentage_prefers_the_hand_then_the_milestones() {
        assert_eq!(shown_percent(Some(70), 1, 4), Some(70));
        assert_eq!(shown_percent(None, 1, 3), Some(33));
        assert_eq!(shown_percent(None, 3, 3), Some(100));
        assert_eq!(shown_percent(None, 0, 0), None);
    }

    #[test]
    fn median_and_ninetieth_percentile() {
        assert_eq!(median_and_p90(vec![]), None);
        assert_eq!(median_and_p90(vec![5]), Some((5, 5)));
        assert_eq!(median_and_p90(vec![4, 1, 3, 2]), Some((2, 4)));
        let days: Vec<i64> = (1..=10).collect();
        assert_eq!(median_and_p90(days), Some((5, 9)));
        let days: Vec<i64> = (1..=100).collect();
        assert_eq!(median_and_p90(days), Some((50, 90)));
    }

    #[test]
    fn months_cross_the_year_boundary() {
        assert_eq!(months_up_to((2026, 2), 3), vec![(2025, 12), (2026, 1), (2026, 2)]);
        assert_eq!(months_up_to((2026, 12), 24).len(), 24);
        assert_eq!(months_up_to((2026, 12), 24)[0], (2025, 1));
    }
}
