//! Every page's address, in one place: links, redirects, mail and the map's popups take them from here.
//!
//! The router in `app.rs` declares the same paths with `path!`, which needs literals; the test below
//! holds the two together.

pub const HOME: &str = "/";
pub const WARDS: &str = "/wijken";
pub const WORKBENCH: &str = "/werkbank";
pub const ADMIN: &str = "/beheer";
pub const LOGIN: &str = "/inloggen";
pub const REGISTER: &str = "/registreren";
pub const NOTIFICATIONS: &str = "/meldingen";
/// What the open data offers, with an example of each endpoint, its licence and its DCAT description.
pub const OPEN_DATA: &str = "/open-data";
/// The city's Atom feed: new ideas and status changes.
pub const CITY_FEED: &str = "/feeds/stad.atom";
/// The ideas as open data, in a format (`geojson`, `csv`).
pub const IDEAS_GEOJSON: &str = "/api/v1/ideas.geojson";
pub const IDEAS_CSV: &str = "/api/v1/ideas.csv";
/// The open data's DCAT-AP description (JSON-LD), for the national open-data register.
pub const DCAT: &str = "/open-data/dcat.jsonld";
/// Every wijk's outline (GeoJSON).
pub const WARD_OUTLINES: &str = "/data/wijken.geojson";
/// What became of the ideas in the whole city: counts, a chart of two years, durations, lists.
pub const PROGRESS: &str = "/voortgang";
/// The reader's own page: their account and the ideas they wrote, support and follow.
pub const MY_IDEAS: &str = "/mijn-ideeen";

/// An idea's page.
pub fn idea(id: i64) -> String {
    format!("/ideeen/{id}")
}

/// A wijk's page.
pub fn ward(code: &str) -> String {
    format!("/wijken/{code}")
}

/// A wijk's progress page (the city's for one wijk, headed by its editors' summary).
pub fn ward_progress(code: &str) -> String {
    format!("/wijken/{code}/voortgang")
}

/// A wijk's Atom feed.
pub fn ward_feed(code: &str) -> String {
    format!("/feeds/wijken/{code}.atom")
}

/// An idea's Atom feed.
pub fn idea_feed(id: i64) -> String {
    format!("/feeds/ideeen/{id}.atom")
}

/// The home page's map and list, filtered to one wijk.
pub fn ideas_in_ward(code: &str) -> String {
    format!("/?wijk={code}")
}

/// A wijk's outline with its buurten (GeoJSON, served from memory).
pub fn ward_outlines(code: &str) -> String {
    format!("/data/wijken/{code}.geojson")
}

/// Opens one of the reader's notifications: marks it read and leads on to what it is about (a
/// plain route of the server, so it works without JavaScript).
pub fn open_notification(id: i64) -> String {
    format!("/meldingen/{id}")
}

/// Where an administrator changes or deactivates one professional.
pub fn admin_professional(user_id: i64) -> String {
    format!("/beheer/professionals/{user_id}")
}

/// Where an invited professional accepts their invitation.
pub fn invitation(token: &str) -> String {
    format!("/uitnodiging/{token}")
}

/// Where a reader stops their mail with the token from a mail's footer, without logging in.
pub fn unsubscribe(token: &str) -> String {
    format!("/afmelden/{token}")
}

/// Chooses the interface language and comes back to `back` (a path on this site): a plain route of
/// the server that sets the cookie and the account's setting, so it works without JavaScript.
pub fn language(tag: &str, back: &str) -> String {
    format!("/taal/{tag}?terug={}", crate::domain::filter::encode(back))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The router's own declarations, read from `app.rs`, so a renamed route fails here.
    #[test]
    fn every_address_is_a_route_the_router_declares() {
        let router = include_str!("app.rs");
        for path in [
            WARDS,
            WORKBENCH,
            ADMIN,
            LOGIN,
            REGISTER,
            NOTIFICATIONS,
            MY_IDEAS,
            OPEN_DATA,
            PROGRESS,
            "/wijken/:code/voortgang",
            "/ideeen/:id",
            "/wijken/:code",
            "/uitnodiging/:token",
            "/beheer/professionals/:id",
            "/afmelden/:token",
        ] {
            assert!(
                router.contains(&format!("path!(\"{path}\")")),
                "no route for {path}"
            );
        }
        assert_eq!(idea(7), "/ideeen/7");
        assert_eq!(ward("WK051801"), "/wijken/WK051801");
        assert_eq!(ward_progress("WK051801"), "/wijken/WK051801/voortgang");
    }
}
