//! What a visitor asks of the idea list and map: wijk, category, status, words, an order and a page.
//! It lives in the URL (`/?wijk=WK051801&sorteer=steun&pagina=2`), so a filtered view can be shared and
//! works without JavaScript; the same struct is the argument of `list_ideas`.
//!
//! Paging is by keyset: "Volgende" carries the sort keys of the page's last idea (`na=`), "Vorige" those
//! of its first (`voor=`), so page 2,000 reads 20 index entries from a known place instead of skipping
//! 40,000, and an idea posted meanwhile does not push a row from one page onto the next. The page
//! number rides along for the "Pagina 3 van 50" label; a typed `pagina=` without a key still works.

use super::Status;
use serde::{Deserialize, Serialize};

pub const PAGE_SIZE: i64 = 20;
const MAX_QUERY_CHARS: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    #[default]
    Newest,
    MostSupported,
    MostDiscussed,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Newest, Sort::MostSupported, Sort::MostDiscussed];

    /// The value in the URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Newest => "nieuw",
            Sort::MostSupported => "steun",
            Sort::MostDiscussed => "reacties",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// An idea's place in the list's order: the count the order sorts by first (supports or comments;
/// 0 for newest first), then its creation time and id, which make every place unique.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListKey {
    pub count: i64,
    pub created_at: i64,
    pub id: i64,
}

impl ListKey {
    pub fn of(idea: &super::views::IdeaSummary, sort: Sort) -> Self {
        let count = match sort {
            Sort::Newest => 0,
            Sort::MostSupported => idea.support_count,
            Sort::MostDiscussed => idea.comment_count,
        };
        Self {
            count,
            created_at: idea.created_at,
            id: idea.id,
        }
    }

    /// `1733140000_123` for newest first, `5_1733140000_123` when sorted by a count.
    pub fn to_param(self, sort: Sort) -> String {
        match sort {
            Sort::Newest => format!("{}_{}", self.created_at, self.id),
            _ => format!("{}_{}_{}", self.count, self.created_at, self.id),
        }
    }

    fn parse(value: &str, sort: Sort) -> Option<Self> {
        let numbers: Vec<i64> = value
            .split('_')
            .map(|n| n.parse::<i64>().ok().filter(|n| *n >= 0))
            .collect::<Option<_>>()?;
        match (sort, numbers.as_slice()) {
            (Sort::Newest, [created_at, id]) => Some(Self {
                count: 0,
                created_at: *created_at,
                id: *id,
            }),
            (Sort::MostSupported | Sort::MostDiscussed, [count, created_at, id]) => Some(Self {
                count: *count,
                created_at: *created_at,
                id: *id,
            }),
            _ => None,
        }
    }
}

/// Where a page starts: just after one idea (the next page) or just before one (the previous page).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cursor {
    After(ListKey),
    Before(ListKey),
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct IdeaFilter {
    pub wijk: Option<String>,
    pub category: Option<String>,
    pub status: Option<Status>,
    pub text: Option<String>,
    pub sort: Sort,
    /// 1-based; with a cursor, the number the page is labelled with.
    pub page: i64,
    pub cursor: Option<Cursor>,
}

impl IdeaFilter {
    /// Whether the filter leaves out ideas (sorting and paging do not).
    pub fn narrows(&self) -> bool {
        self.wijk.is_some() || self.category.is_some() || self.status.is_some() || self.text.is_some()
    }

    /// Reads the URL's query parameters; unknown or malformed values are ignored, so an old or
    /// hand-edited link still shows a sensible list.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        let nonempty = |key: &str| get(key).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        let sort = nonempty("sorteer")
            .and_then(|s| Sort::parse(&s))
            .unwrap_or_default();
        let page = nonempty("pagina")
            .and_then(|p| p.parse::<i64>().ok())
            .filter(|p| (1..=100_000).contains(p))
            .unwrap_or(1);
        // A key belongs to the order it was taken from and to a page after the first.
        let key = |name: &str| nonempty(name).and_then(|v| ListKey::parse(&v, sort));
        let cursor = (page > 1)
            .then(|| {
                key("na")
                    .map(Cursor::After)
                    .or_else(|| key("voor").map(Cursor::Before))
            })
            .flatten();
        Self {
            wijk: nonempty("wijk").filter(|w| super::WardCode::parse(w).is_ok()),
            category: nonempty("onderwerp").filter(|c| c.len() <= 60),
            status: nonempty("status").and_then(|s| Status::parse(&s)),
            text: nonempty("zoek").map(|q| q.chars().take(MAX_QUERY_CHARS).collect()),
            sort,
            page,
            cursor,
        }
    }

    /// The query string of this filter (without `?`), leaving out defaults.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(w) = &self.wijk {
            pairs.push(("wijk", w.clone()));
        }
        if let Some(c) = &self.category {
            pairs.push(("onderwerp", c.clone()));
        }
        if let Some(s) = self.status {
            pairs.push(("status", s.as_str().to_owned()));
        }
        if let Some(q) = &self.text {
            pairs.push(("zoek", q.clone()));
        }
        if self.sort != Sort::Newest {
            pairs.push(("sorteer", self.sort.as_str().to_owned()));
        }
        if self.page > 1 {
            pairs.push(("pagina", self.page.to_string()));
            match self.cursor {
                Some(Cursor::After(key)) => pairs.push(("na", key.to_param(self.sort))),
                Some(Cursor::Before(key)) => pairs.push(("voor", key.to_param(self.sort))),
                None => {}
            }
        }
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={}", encode(&v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The same filter on another page, found by its number.
    pub fn with_page(&self, page: i64) -> Self {
        Self {
            page,
            cursor: None,
            ..self.clone()
        }
    }

    /// The page after this one, which starts after `last`, this page's last idea.
    pub fn next_page(&self, last: ListKey) -> Self {
        Self {
            page: self.page + 1,
            cursor: Some(Cursor::After(last)),
            ..self.clone()
        }
    }

    /// The page before this one, which ends before `first`, this page's first idea; the first page
    /// is the plain list, so it keeps one address.
    pub fn previous_page(&self, first: ListKey) -> Self {
        if self.page <= 2 {
            return self.with_page(1);
        }
        Self {
            page: self.page - 1,
            cursor: Some(Cursor::Before(first)),
            ..self.clone()
        }
    }

    /// Words were typed, but none long enough to search for: the page asks for more.
    pub fn search_too_short(&self) -> bool {
        self.text.is_some() && self.search_words().is_empty()
    }

    pub fn is_filtered(&self) -> bool {
        self.wijk.is_some() || self.category.is_some() || self.status.is_some() || self.text.is_some()
    }

    /// The words to search for: letters and digits only, so nothing a visitor types can be read as
    /// search syntax by either engine; at least 2 characters each (one letter matches nearly every
    /// idea and says nothing). At most 8 words.
    pub fn search_words(&self) -> Vec<String> {
        self.text
            .as_deref()
            .unwrap_or_default()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= MIN_WORD_CHARS)
            .map(str::to_lowercase)
            .take(8)
            .collect()
    }
}

/// The shortest word a search looks for.
pub const MIN_WORD_CHARS: usize = 2;

/// A light Dutch stemmer for search words, matched as prefixes: plural and diminutive endings are cut
/// so "fietsen" finds "fiets" and "bankjes" finds "bankje". PostgreSQL's Dutch stemmer does more on top.
pub fn search_stem(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    let cut = if n > 5 && word.ends_with("en") {
        2
    } else if n > 4 && word.ends_with('s') && !word.ends_with("ss") {
        1
    } else {
        0
    };
    chars[..n - cut].iter().collect()
}

/// Percent-encoding for a query value (RFC 3986 unreserved characters pass).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// One page of ideas and how many match in all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaPage {
    pub ideas: Vec<super::views::IdeaSummary>,
    pub total: i64,
    /// More match than `total` (a search counts its matches up to a limit).
    #[serde(default)]
    pub more: bool,
    pub page: i64,
    pub page_count: i64,
}

impl IdeaPage {
    /// The keys "Vorige" and "Volgende" page from: this page's first and last idea.
    pub fn edges(&self, sort: Sort) -> Option<(ListKey, ListKey)> {
        Some((
            ListKey::of(self.ideas.first()?, sort),
            ListKey::of(self.ideas.last()?, sort),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn from(pairs: &[(&str, &str)]) -> IdeaFilter {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        IdeaFilter::from_query(|k| map.get(k).cloned())
    }

    #[test]
    fn reads_and_writes_the_url() {
        let f = from(&[
            ("wijk", "WK051801"),
            ("status", "opgepakt"),
            ("zoek", "bankjes & bomen"),
            ("sorteer", "steun"),
            ("pagina", "3"),
        ]);
        assert_eq!(f.wijk.as_deref(), Some("WK051801"));
        assert_eq!(f.status, Some(Status::Opgepakt));
        assert_eq!(f.sort, Sort::MostSupported);
        assert_eq!(f.page, 3);
        assert_eq!(
            f.to_query(),
            "wijk=WK051801&status=opgepakt&zoek=bankjes+%26+bomen&sorteer=steun&pagina=3"
        );
        assert_eq!(from(&[("zoek", "a")]).with_page(1).to_query(), "zoek=a");
    }

    #[test]
    fn keyset_cursors_round_trip_and_belong_to_their_order() {
        let key = ListKey {
            count: 5,
            created_at: 1_733_140_000,
            id: 123,
        };
        let sorted = from(&[("sorteer", "steun"), ("pagina", "2")]);
        let next = sorted.next_page(key);
        assert_eq!(next.to_query(), "sorteer=steun&pagina=3&na=5_1733140000_123");
        let read = from(&[("sorteer", "steun"), ("pagina", "3"), ("na", "5_1733140000_123")]);
        assert_eq!(read, next);
        let back = read.previous_page(key);
        assert_eq!(back.to_query(), "sorteer=steun&pagina=2&voor=5_1733140000_123");
        assert_eq!(
            back.previous_page(key).to_query(),
            "sorteer=steun",
            "page 1 has one address"
        );
        let newest = from(&[("pagina", "2")]).next_page(key);
        assert_eq!(
            newest.to_query(),
            "pagina=3&na=1733140000_123",
            "newest first has no count"
        );
        // A key of another order, a broken one, or one on page 1 is ignored: the page is found by number.
        for pairs in [
            vec![("pagina", "3"), ("na", "5_1733140000_123")],
            vec![("sorteer", "steun"), ("pagina", "3"), ("na", "5_x_123")],
            vec![("sorteer", "steun"), ("pagina", "3"), ("voor", "-5_1_2")],
            vec![("sorteer", "steun"), ("na", "5_1733140000_123")],
        ] {
            assert_eq!(from(&pairs).cursor, None, "{pairs:?}");
        }
    }

    #[test]
    fn ignores_what_it_does_not_understand() {
        let f = from(&[
            ("wijk", "x' OR 1=1"),
            ("status", "weg"),
            ("pagina", "-4"),
            ("sorteer", "?"),
        ]);
        assert_eq!(
            f,
            IdeaFilter {
                page: 1,
                ..Default::default()
            }
        );
        assert!(!f.is_filtered());
    }

    #[test]
    fn search_words_carry_no_syntax() {
        let f = from(&[("zoek", "\"bank*\" OR speel-tuin:* ÉÉN")]);
        assert_eq!(f.search_words(), vec!["bank", "or", "speel", "tuin", "één"]);
        assert!(!f.search_too_short());
        let short = from(&[("zoek", "a")]);
        assert!(
            short.search_words().is_empty() && short.search_too_short(),
            "one letter asks for more"
        );
        assert_eq!(from(&[("zoek", "a bankje")]).search_words(), vec!["bankje"]);
    }

    #[test]
    fn search_stems_cut_plural_endings() {
        assert_eq!(search_stem("fietsen"), "fiets");
        assert_eq!(search_stem("bankjes"), "bankje");
        assert_eq!(search_stem("bus"), "bus");
        assert_eq!(search_stem("kunstgras"), "kunstgra");
        assert_eq!(search_stem("bomen"), "bomen");
        assert_eq!(search_stem("pass"), "pass");
    }
}
