//! What a caller of the open data asks for: `wijk`, `status`, `categorie`, `sinds` (a date) and
//! `bbox`, as query parameters of `/api/v1/ideas.geojson` and `.csv`, and of the Atom feeds.
//!
//! Unlike the list's filter (`filter.rs`), which forgives a hand-edited link, the open data is read
//! by programs: a parameter that is malformed or unknown is refused with a 400 that says which and
//! why, so a typo (`category=` for `categorie=`) never silently returns the whole city.

use super::map_view::BoundingBox;
use super::time::{local_midnight, parse_iso_date};
use super::{Status, WardCode};

/// The parameters this query knows; anything else is refused.
pub const PARAMETERS: [&str; 5] = ["wijk", "status", "categorie", "sinds", "bbox"];

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportQuery {
    /// A wijk (`WK…`) or buurt (`BU…`) code.
    pub ward: Option<WardCode>,
    pub status: Option<Status>,
    /// A category's slug.
    pub category: Option<String>,
    /// Ideas submitted at or after this moment (local midnight of the date asked).
    pub since: Option<i64>,
    pub bbox: Option<BoundingBox>,
}

/// Why a query was refused: said to the program calling as a 400, in the format's error shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportQueryError {
    pub parameter: String,
    pub message: String,
}

impl std::fmt::Display for ExportQueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.parameter, self.message)
    }
}

impl ExportQuery {
    /// Reads `(name, value)` pairs in the order they came; a parameter given twice is refused too.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, ExportQueryError> {
        let mut query = ExportQuery::default();
        let mut seen: Vec<&str> = Vec::new();
        for (name, value) in pairs {
            let refuse = |message: String| ExportQueryError {
                parameter: name.to_owned(),
                message,
            };
            if seen.contains(&name) {
                return Err(refuse("given more than once".into()));
            }
            seen.push(name);
            let value = value.trim();
            match name {
                "wijk" => {
                    query.ward = Some(WardCode::parse(value).map_err(|_| {
                        refuse("a CBS wijk or buurt code, like WK051829 or BU05182901".into())
                    })?);
                }
                "status" => {
                    query.status = Some(Status::parse(value).ok_or_else(|| {
                        let known: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
                        refuse(format!("one of {}", known.join(", ")))
                    })?);
                }
                "categorie" => {
                    let slug_like = !value.is_empty()
                        && value.len() <= 40
                        && value
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                    if !slug_like {
                        return Err(refuse(
                            "a category's code, like groen (the list is on /open-data)".into(),
                        ));
                    }
                    query.category = Some(value.to_owned());
                }
                "sinds" => {
                    let (y, m, d) = parse_iso_date(value)
                        .ok_or_else(|| refuse("a date written YYYY-MM-DD, like 2026-11-01".into()))?;
                    query.since = Some(local_midnight(y, m, d));
                }
                "bbox" => {
                    query.bbox = Some(BoundingBox::parse(value).map_err(|e| refuse(e.message().into()))?);
                }
                _ => {
                    return Err(refuse(format!(
                        "unknown parameter; known are {}",
                        PARAMETERS.join(", ")
                    )));
                }
            }
        }
        Ok(query)
    }

    /// The query in a stable written form, for cache keys and ETags: equal queries, equal keys.
    pub fn key(&self) -> String {
        format!(
            "{}|{}|{}|{}|{:?}",
            self.ward.as_ref().map_or("", |w| w.as_str()),
            self.status.map_or("", |s| s.as_str()),
            self.category.as_deref().unwrap_or(""),
            self.since.unwrap_or(i64::MIN),
            self.bbox,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &[(&'static str, &'static str)]) -> Result<ExportQuery, ExportQueryError> {
        ExportQuery::parse(query.iter().copied())
    }

    #[test]
    fn reads_every_parameter() {
        let q = parse(&[
            ("wijk", "wk051829"),
            ("status", "in_uitvoering"),
            ("categorie", "verkeer-en-veiligheid"),
            ("sinds", "2026-11-01"),
            ("bbox", "4.2,52.0,4.4,52.1"),
        ])
        .unwrap();
        assert_eq!(q.ward.unwrap().as_str(), "WK051829");
        assert_eq!(q.status, Some(Status::InUitvoering));
        assert_eq!(q.category.as_deref(), Some("verkeer-en-veiligheid"));
        assert_eq!(q.since, Some(local_midnight(2026, 11, 1)));
        assert_eq!(q.bbox.unwrap().max_lat, 52.1);
        assert_eq!(parse(&[]).unwrap(), ExportQuery::default());
    }

    #[test]
    fn refuses_what_it_cannot_read_and_says_which() {
        for (name, value) in [
            ("wijk", "Schilderswijk"),
            ("status", "klaar"),
            ("categorie", "Groen!"),
            ("sinds", "1 november"),
            ("sinds", "2026-02-30"),
            ("bbox", "4.2,52.0,4.4"),
            ("bbox", "4.4,52.0,4.2,52.1"),
            ("category", "groen"),
        ] {
            let err = parse(&[(name, value)]).unwrap_err();
            assert_eq!(err.parameter, name, "{name}={value}");
            assert!(!err.message.is_empty());
        }
        assert!(parse(&[("status", "gerealiseerd"), ("status", "ingediend")]).is_err());
    }

    #[test]
    fn equal_queries_have_equal_keys() {
        let a = parse(&[("wijk", "WK051829"), ("status", "ingediend")]).unwrap();
        let b = parse(&[("status", "ingediend"), ("wijk", "wk051829")]).unwrap();
        assert_eq!(a.key(), b.key());
        assert_ne!(a.key(), ExportQuery::default().key());
    }
}
