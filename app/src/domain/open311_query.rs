//! What an Open311 GeoReport v2 client asks of `GET /open311/v2/requests`: the standard filters
//! `service_request_id` (a comma-separated list), `service_code`, `start_date`, `end_date` and
//! `status` (`open`, `closed`, or both), plus `page` and `page_size` as many implementations offer.
//! Without ids or dates the answer covers the last 90 days; at most 1,000 requests a page.
//!
//! `jurisdiction_id` and `api_key` are part of the standard and accepted (this site is one
//! jurisdiction); anything else, or a value that does not parse, is refused with the parameter's
//! name, as the spec's error format carries it.

use super::time::parse_datetime;

pub const DEFAULT_DAYS: i64 = 90;
pub const MAX_PAGE_SIZE: i64 = 1000;
const MAX_IDS: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestsQuery {
    pub ids: Vec<i64>,
    pub service_code: Option<String>,
    /// Requested at or after (Unix seconds); `None` with ids given.
    pub start: Option<i64>,
    /// Requested before (Unix seconds).
    pub end: Option<i64>,
    /// `Some(true)`: only open; `Some(false)`: only closed.
    pub open: Option<bool>,
    pub page: i64,
    pub page_size: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Open311Error {
    pub parameter: String,
    pub message: String,
}

impl RequestsQuery {
    /// Reads the query's pairs; `now` anchors the default 90 days.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        now: i64,
    ) -> Result<Self, Open311Error> {
        let mut query = RequestsQuery {
            ids: Vec::new(),
            service_code: None,
            start: None,
            end: None,
            open: None,
            page: 1,
            page_size: MAX_PAGE_SIZE,
        };
        let mut seen: Vec<&str> = Vec::new();
        for (name, value) in pairs {
            let refuse = |message: &str| Open311Error {
                parameter: name.to_owned(),
                message: message.to_owned(),
            };
            if seen.contains(&name) {
                return Err(refuse("given more than once"));
            }
            seen.push(name);
            let value = value.trim();
            match name {
                "service_request_id" => {
                    query.ids = value
                        .split(',')
                        .map(|id| id.trim().parse::<i64>().ok().filter(|id| *id > 0))
                        .collect::<Option<Vec<_>>>()
                        .filter(|ids| !ids.is_empty() && ids.len() <= MAX_IDS)
                        .ok_or_else(|| refuse("a comma-separated list of up to 1000 request ids"))?;
                }
                "service_code" => {
                    let slug_like = !value.is_empty()
                        && value.len() <= 40
                        && value
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                    if !slug_like {
                        return Err(refuse("a service_code from services.json"));
                    }
                    query.service_code = Some(value.to_owned());
                }
                "start_date" | "end_date" => {
                    let moment = parse_datetime(value)
                        .ok_or_else(|| refuse("a W3C datetime, like 2026-11-01T00:00:00Z"))?;
                    if name == "start_date" {
                        query.start = Some(moment);
                    } else {
                        query.end = Some(moment);
                    }
                }
                "status" => {
                    let mut open = false;
                    let mut closed = false;
                    for part in value.split(',') {
                        match part.trim() {
                            "open" => open = true,
                            "closed" => closed = true,
                            _ => return Err(refuse("open, closed, or open,closed")),
                        }
                    }
                    query.open = (open != closed).then_some(open);
                }
                "page" => {
                    query.page = value
                        .parse::<i64>()
                        .ok()
                        .filter(|p| (1..=100_000).contains(p))
                        .ok_or_else(|| refuse("a page number from 1"))?;
                }
                "page_size" => {
                    query.page_size = value
                        .parse::<i64>()
                        .ok()
                        .filter(|n| (1..=MAX_PAGE_SIZE).contains(n))
                        .ok_or_else(|| refuse("a number from 1 to 1000"))?;
                }
                "jurisdiction_id" | "api_key" => {}
                _ => return Err(refuse("unknown parameter")),
            }
        }
        if let (Some(start), Some(end)) = (query.start, query.end) {
            if start > end {
                return Err(Open311Error {
                    parameter: "start_date".into(),
                    message: "start_date must come before end_date".into(),
                });
            }
        }
        if query.ids.is_empty() && query.start.is_none() {
            query.start = Some(query.end.unwrap_or(now) - DEFAULT_DAYS * 86_400);
        }
        Ok(query)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_796_000_000;

    fn parse(pairs: &[(&'static str, &'static str)]) -> Result<RequestsQuery, Open311Error> {
        RequestsQuery::parse(pairs.iter().copied(), NOW)
    }

    #[test]
    fn defaults_to_the_last_ninety_days_and_a_thousand() {
        let q = parse(&[("jurisdiction_id", "denhaag.nl")]).unwrap();
        assert_eq!(q.start, Some(NOW - 90 * 86_400));
        assert_eq!((q.end, q.open, q.page, q.page_size), (None, None, 1, 1000));
        // Asking by id is not limited to a window.
        assert_eq!(parse(&[("service_request_id", "3, 5")]).unwrap().start, None);
        assert_eq!(parse(&[("service_request_id", "3,5")]).unwrap().ids, vec![3, 5]);
    }

    #[test]
    fn reads_the_standard_filters() {
        let q = parse(&[
            ("service_code", "groen"),
            ("start_date", "2026-11-01T00:00:00Z"),
            ("end_date", "2026-12-01T00:00:00+01:00"),
            ("status", "closed"),
            ("page_size", "50"),
            ("page", "2"),
        ])
        .unwrap();
        assert_eq!(q.service_code.as_deref(), Some("groen"));
        assert_eq!(q.start, Some(1_793_491_200));
        assert_eq!(q.end, Some(1_796_079_600));
        assert_eq!((q.open, q.page, q.page_size), (Some(false), 2, 50));
        assert_eq!(parse(&[("status", "open,closed")]).unwrap().open, None);
    }

    #[test]
    fn refuses_with_the_parameter_s_name() {
        for (name, value) in [
            ("page_size", "1001"),
            ("page_size", "0"),
            ("status", "pending"),
            ("start_date", "yesterday"),
            ("service_request_id", "3,x"),
            ("service_code", "Groen"),
            ("colour", "red"),
        ] {
            assert_eq!(
                parse(&[(name, value)]).unwrap_err().parameter,
                name,
                "{name}={value}"
            );
        }
        let backwards = parse(&[("start_date", "2026-12-01"), ("end_date", "2026-11-01")]);
        assert_eq!(backwards.unwrap_err().parameter, "start_date");
    }
}
