//! Plain HTTP routes with stable public URLs (not server functions): the ward outlines and the
//! map's view, and the open data: the ideas as GeoJSON and CSV, Atom feeds, Open311 and the DCAT
//! description. Every answer is public data only (`app::db::open_data` and `app::db::open311`
//! select nothing else), carries `ETag` and `Last-Modified` (`conditional`), and may be read from
//! any origin.

pub mod atom;
pub mod catalog;
pub mod conditional;
pub mod formats;
pub mod ideas;
pub mod map;
pub mod open311;
pub mod open311_post;
pub mod wards;

/// A query string's `name=value` pairs, percent-decoded, in order (`+` is a space).
pub fn query_pairs(raw: Option<&str>) -> Vec<(String, String)> {
    raw.map(|raw| serde_urlencoded::from_str::<Vec<(String, String)>>(raw).unwrap_or_default())
        .unwrap_or_default()
}
