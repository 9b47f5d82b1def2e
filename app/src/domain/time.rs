//! Times are stored as Unix seconds (one integer type both engines and the `Any` driver agree on) and
//! shown as Dutch dates. The calendar arithmetic is Howard Hinnant's days-from-civil algorithm.

/// (year, month 1–12, day 1–31) of a Unix time, in UTC.
pub fn civil_date(unix_seconds: i64) -> (i64, u32, u32) {
    let days = unix_seconds.div_euclid(86_400);
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

/// ISO 8601 date (`2026-11-28`), for `<time datetime>`.
pub fn iso_date(unix_seconds: i64) -> String {
    let (y, m, d) = civil_date(unix_seconds);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(951_782_400), (2000, 2, 29));
        assert_eq!(iso_date(1_795_824_000), "2026-11-28");
    }
}
