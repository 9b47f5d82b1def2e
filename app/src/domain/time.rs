//! Times are stored as Unix seconds (one integer type both engines and the `Any` driver agree on) and
//! shown as dates in the municipality's time zone, with its summer time: an idea posted at 00:30 on
//! a summer night belongs to that day, not to the day before as UTC would have it.
//!
//! A zone is a POSIX TZ rule ("CET-1CEST,M3.5.0,M10.5.0/3": standard and summer offsets, and the
//! rule for when summer time starts and ends). The rule is a few bytes, so the browser gets it
//! with the page and words dates exactly as the server does, without a time-zone database; the
//! setting also takes the IANA names of the zones Dutch municipalities use. The calendar arithmetic
//! is Howard Hinnant's days-from-civil algorithm.

use std::sync::OnceLock;

/// Europe/Amsterdam since 1996 (the EU's summer time: last Sunday of March to last Sunday of
/// October, at 01:00 UTC).
pub const AMSTERDAM: &str = "CET-1CEST,M3.5.0,M10.5.0/3";

/// (year, month 1–12, day 1–31) of a Unix time, in UTC.
pub fn civil_date(unix_seconds: i64) -> (i64, u32, u32) {
    civil_from_days(unix_seconds.div_euclid(86_400))
}

/// (year, month, day) of a Unix time in the municipality's zone.
pub fn local_date(unix_seconds: i64) -> (i64, u32, u32) {
    civil_date(unix_seconds + zone().offset_at(unix_seconds))
}

/// ISO 8601 date in the municipality's zone (`2026-11-28`), for `<time datetime>` and for "the same
/// day".
pub fn iso_date(unix_seconds: i64) -> String {
    let (y, m, d) = local_date(unix_seconds);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The moment a local date begins in the municipality's zone (`sinds=2026-11-01` of the open data).
pub fn local_midnight(year: i64, month: u32, day: u32) -> i64 {
    let utc = days_from_civil(year, month, day) * 86_400;
    // The offset at local midnight: guessed from UTC midnight, then taken at the moment it gives.
    utc - zone().offset_at(utc - zone().offset_at(utc))
}

/// A date written `2026-11-01` (a real calendar day), as (year, month, day).
pub fn parse_iso_date(text: &str) -> Option<(i64, u32, u32)> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return None;
    }
    let (year, month, day) = (
        y.parse::<i64>().ok()?,
        m.parse::<u32>().ok()?,
        d.parse::<u32>().ok()?,
    );
    // A day that round-trips is a real one (no 31 April, no 29 February 2027).
    (civil_from_days(days_from_civil(year, month, day)) == (year, month, day) && (1..=12).contains(&month))
        .then_some((year, month, day))
}

/// A moment written as RFC 3339 / W3C datetime (`2026-11-01T09:30:00Z`, `…+01:00`, with or without
/// fractions), or a date alone (that day's local midnight), as Open311 callers write `start_date`.
/// A time without an offset is the municipality's local time.
pub fn parse_datetime(text: &str) -> Option<i64> {
    let (date, time) = match text.split_once(['T', 't', ' ']) {
        Some((date, time)) => (date, Some(time)),
        None => (text, None),
    };
    let (year, month, day) = parse_iso_date(date)?;
    let Some(time) = time else {
        return Some(local_midnight(year, month, day));
    };
    let (clock, offset) = if let Some(clock) = time.strip_suffix(['Z', 'z']) {
        (clock, Some(0))
    } else if let Some(at) = time.rfind(['+', '-']) {
        let (clock, zone) = time.split_at(at);
        let sign = if zone.starts_with('-') { -1 } else { 1 };
        let digits: String = zone[1..].chars().filter(|c| *c != ':').collect();
        if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (h, m) = (digits[..2].parse::<i64>().ok()?, digits[2..].parse::<i64>().ok()?);
        (clock, Some(sign * (h * 3600 + m * 60)))
    } else {
        (time, None)
    };
    let clock = clock.split('.').next()?;
    let mut parts = clock
        .split(':')
        .map(|p| (p.len() == 2).then(|| p.parse::<i64>().ok()).flatten());
    let (h, m) = (parts.next()??, parts.next()??);
    let sec = parts.next().unwrap_or(Some(0))?;
    if parts.next().is_some() || h > 23 || m > 59 || sec > 60 {
        return None;
    }
    let wall = days_from_civil(year, month, day) * 86_400 + h * 3600 + m * 60 + sec;
    Some(match offset {
        Some(offset) => wall - offset,
        None => wall - zone().offset_at(wall - zone().offset_at(wall)),
    })
}

/// RFC 3339 in UTC (`2026-12-04T09:30:00Z`), as Atom, GeoJSON properties and Open311 write times.
pub fn rfc3339(unix_seconds: i64) -> String {
    let (y, m, d) = civil_date(unix_seconds);
    let s = unix_seconds.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Days since 1970-01-01 of a date.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A time zone: its standard offset and, where it has one, its summer time.
#[derive(Debug, Clone, PartialEq)]
pub struct Zone {
    rule: String,
    /// Seconds east of UTC.
    standard: i64,
    summer: Option<Summer>,
}

#[derive(Debug, Clone, PartialEq)]
struct Summer {
    offset: i64,
    start: Transition,
    end: Transition,
}

/// "Mm.w.d/time": weekday `d` (0 = Sunday) of week `w` (5 = the last) of month `m`, at `time`
/// seconds of local time then in force.
#[derive(Debug, Clone, PartialEq)]
struct Transition {
    month: u32,
    week: u32,
    weekday: u32,
    time: i64,
}

impl Zone {
    /// A zone from the setting: an IANA name we know, or a POSIX TZ rule.
    pub fn from_setting(setting: &str) -> Option<Zone> {
        let rule = match setting.trim() {
            "Europe/Amsterdam" | "Europe/Brussels" | "CET" => AMSTERDAM,
            // Bonaire, Sint Eustatius and Saba: Atlantic time all year.
            "America/Kralendijk" | "America/Curacao" | "America/Aruba" => "AST4",
            "UTC" | "Etc/UTC" => "UTC0",
            other => other,
        };
        Zone::parse(rule)
    }

    /// A POSIX TZ rule ("CET-1CEST,M3.5.0,M10.5.0/3", "AST4", "UTC0"); only the `M` form of dates.
    pub fn parse(rule: &str) -> Option<Zone> {
        let mut rest = rule;
        zone_name(&mut rest)?;
        let standard = -offset(&mut rest)?;
        if rest.is_empty() {
            return Some(Zone {
                rule: rule.to_owned(),
                standard,
                summer: None,
            });
        }
        zone_name(&mut rest)?;
        let summer_offset = if rest.starts_with(',') {
            standard + 3600
        } else {
            -offset(&mut rest)?
        };
        rest = rest.strip_prefix(',')?;
        let (start, end) = rest.split_once(',')?;
        Some(Zone {
            rule: rule.to_owned(),
            standard,
            summer: Some(Summer {
                offset: summer_offset,
                start: transition(start)?,
                end: transition(end)?,
            }),
        })
    }

    pub fn rule(&self) -> &str {
        &self.rule
    }

    /// Seconds to add to UTC for local time at this moment.
    pub fn offset_at(&self, unix_seconds: i64) -> i64 {
        let Some(summer) = &self.summer else {
            return self.standard;
        };
        let (year, _, _) = civil_date(unix_seconds + self.standard);
        // Summer time starts at a moment of standard time and ends at a moment of summer time.
        let starts = summer.start.local_seconds(year) - self.standard;
        let ends = summer.end.local_seconds(year) - summer.offset;
        let in_summer = if starts < ends {
            (starts..ends).contains(&unix_seconds)
        } else {
            unix_seconds >= starts || unix_seconds < ends
        };
        if in_summer {
            summer.offset
        } else {
            self.standard
        }
    }
}

impl Transition {
    /// Local seconds since the epoch at which this transition happens in `year`.
    fn local_seconds(&self, year: i64) -> i64 {
        let first = days_from_civil(year, self.month, 1);
        let first_weekday = (first + 4).rem_euclid(7) as u32; // 1970-01-01 was a Thursday
        let mut day = 1 + (self.weekday + 7 - first_weekday) % 7 + 7 * (self.week - 1);
        let next_month = if self.month == 12 {
            days_from_civil(year + 1, 1, 1)
        } else {
            days_from_civil(year, self.month + 1, 1)
        };
        let length = (next_month - first) as u32;
        while day > length {
            day -= 7;
        }
        (first + i64::from(day) - 1) * 86_400 + self.time
    }
}

fn zone_name(rest: &mut &str) -> Option<()> {
    let name_length = if let Some(quoted) = rest.strip_prefix('<') {
        quoted.find('>')? + 2
    } else {
        rest.find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len())
    };
    (name_length >= 3).then(|| *rest = &rest[name_length..])
}

/// "[+-]hh[:mm[:ss]]" in seconds, POSIX-signed (positive is west of Greenwich).
fn offset(rest: &mut &str) -> Option<i64> {
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, ':' | '+' | '-')))
        .unwrap_or(rest.len());
    let (text, after) = rest.split_at(end);
    *rest = after;
    seconds(text)
}

fn seconds(text: &str) -> Option<i64> {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(d) => (-1, d),
        None => (1, text.strip_prefix('+').unwrap_or(text)),
    };
    let mut total = 0;
    for (part, unit) in digits.split(':').zip([3600, 60, 1]) {
        total += part.parse::<i64>().ok().filter(|v| (0..=167).contains(v))? * unit;
    }
    Some(sign * total)
}

fn transition(text: &str) -> Option<Transition> {
    let (date, time) = text.split_once('/').unwrap_or((text, "2"));
    let mut fields = date.strip_prefix('M')?.split('.').map(|f| f.parse::<u32>().ok());
    let (month, week, weekday) = (fields.next()??, fields.next()??, fields.next()??);
    let valid = (1..=12).contains(&month) && (1..=5).contains(&week) && weekday <= 6;
    valid.then_some(())?;
    Some(Transition {
        month,
        week,
        weekday,
        time: seconds(time)?,
    })
}

static ZONE: OnceLock<Zone> = OnceLock::new();

/// Chooses the municipality's zone, once, at start-up (the setting `--time-zone`). Later calls
/// keep the first choice (tests start many servers in one process, all with the default).
#[cfg(feature = "ssr")]
pub fn set_zone(zone: Zone) {
    let _ = ZONE.set(zone);
}

/// The municipality's zone: on the server the setting, in the browser the rule the page sent.
pub fn zone() -> &'static Zone {
    ZONE.get_or_init(|| {
        #[cfg(feature = "hydrate")]
        if let Some(zone) = crate::i18n::page_zone().and_then(|rule| Zone::parse(&rule)) {
            return zone;
        }
        Zone::parse(AMSTERDAM).expect("the default rule parses")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i64, mo: u32, d: u32, h: i64, mi: i64) -> i64 {
        days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60
    }

    #[test]
    fn known_dates() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(951_782_400), (2000, 2, 29));
        for days in [-800_000, -1, 0, 1, 10_957, 20_000, 800_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn amsterdam_summer_time_starts_and_ends_on_the_eu_sundays() {
        let zone = Zone::from_setting("Europe/Amsterdam").unwrap();
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(zone.offset_at(at(2026, 3, 29, 0, 59)), 3600);
        assert_eq!(zone.offset_at(at(2026, 3, 29, 1, 0)), 7200);
        assert_eq!(zone.offset_at(at(2026, 10, 25, 0, 59)), 7200);
        assert_eq!(zone.offset_at(at(2026, 10, 25, 1, 0)), 3600);
        assert_eq!(zone.offset_at(at(2026, 12, 3, 12, 0)), 3600);
        // 2027: 28 March and 31 October.
        assert_eq!(zone.offset_at(at(2027, 3, 28, 1, 0)), 7200);
        assert_eq!(zone.offset_at(at(2027, 10, 31, 0, 30)), 7200);
        assert_eq!(zone.offset_at(at(2027, 10, 31, 1, 30)), 3600);
    }

    #[test]
    fn a_night_idea_belongs_to_its_local_day() {
        let zone = Zone::parse(AMSTERDAM).unwrap();
        // 00:30 on 2 July in Amsterdam is 22:30 UTC on 1 July.
        let posted = at(2026, 7, 1, 22, 30);
        assert_eq!(civil_date(posted), (2026, 7, 1));
        assert_eq!(civil_date(posted + zone.offset_at(posted)), (2026, 7, 2));
        // 00:30 on 3 December is 23:30 UTC on 2 December.
        let winter = at(2026, 12, 2, 23, 30);
        assert_eq!(civil_date(winter + zone.offset_at(winter)), (2026, 12, 3));
    }

    #[test]
    fn local_midnight_and_iso_dates() {
        // Midnight in Amsterdam: 23:00 UTC the day before in winter, 22:00 in summer.
        assert_eq!(local_midnight(2026, 12, 4), at(2026, 12, 3, 23, 0));
        assert_eq!(local_midnight(2026, 7, 2), at(2026, 7, 1, 22, 0));
        assert_eq!(parse_iso_date("2026-02-28"), Some((2026, 2, 28)));
        for bad in [
            "2026-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
            "2026-01-01x",
            "",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
        assert_eq!(rfc3339(at(2026, 12, 4, 9, 30) + 5), "2026-12-04T09:30:05Z");
        assert_eq!(
            parse_datetime("2026-12-04T09:30:05Z"),
            Some(at(2026, 12, 4, 9, 30) + 5)
        );
        assert_eq!(
            parse_datetime("2026-12-04T10:30:00+01:00"),
            Some(at(2026, 12, 4, 9, 30))
        );
        assert_eq!(
            parse_datetime("2026-12-04T08:30:00.250-0100"),
            Some(at(2026, 12, 4, 9, 30))
        );
        assert_eq!(
            parse_datetime("2026-07-02T00:30"),
            Some(at(2026, 7, 1, 22, 30)),
            "local summer time"
        );
        assert_eq!(parse_datetime("2026-12-04"), Some(local_midnight(2026, 12, 4)));
        for bad in [
            "2026-12-04T25:00:00Z",
            "2026-12-04T9:30Z",
            "2026-12-04T09:30:00+1",
            "gisteren",
            "2026-12-04T",
        ] {
            assert_eq!(parse_datetime(bad), None, "{bad}");
        }
    }

    #[test]
    fn other_rules() {
        let caribbean = Zone::from_setting("America/Kralendijk").unwrap();
        assert_eq!(caribbean.offset_at(at(2026, 7, 1, 12, 0)), -4 * 3600);
        assert_eq!(Zone::from_setting("UTC").unwrap().offset_at(0), 0);
        // Southern hemisphere summer spans the new year.
        let sydney = Zone::parse("AEST-10AEDT,M10.1.0,M4.1.0/3").unwrap();
        assert_eq!(sydney.offset_at(at(2026, 1, 15, 0, 0)), 11 * 3600);
        assert_eq!(sydney.offset_at(at(2026, 7, 15, 0, 0)), 10 * 3600);
        for bad in [
            "",
            "X1",
            "Nowhere/City",
            "CET-1CEST,M13.5.0,M10.5.0",
            "CET-1CEST,J60,J300",
        ] {
            assert_eq!(Zone::from_setting(bad), None, "{bad}");
        }
    }
}
