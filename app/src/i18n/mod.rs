//! The one translation layer: every interface text is a `Msg`, looked up for the reader's `Locale`.
//!
//! Keys are an enum, not strings, so a missing or misspelt text is a compile error, and a new language
//! is one more table (`nl.rs` is the reference). `Locale::dir` is set on `<html>` so right-to-left
//! languages (Arabic) lay out correctly once they arrive; styles use logical properties for that reason.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    Nl,
}

impl Locale {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
        }
    }

    /// Text direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::Nl => "ltr",
        }
    }
}

/// The text of `msg` in the default language. Components call this; when a second language lands it
/// reads the reader's locale from context.
pub fn t(msg: Msg) -> &'static str {
    text(Locale::default(), msg)
}

pub fn text(locale: Locale, msg: Msg) -> &'static str {
    match locale {
        Locale::Nl => nl::text(msg),
    }
}

/// "1 idee", "3 ideeën".
pub fn idea_count(n: usize) -> String {
    format!(
        "{n} {}",
        t(if n == 1 { Msg::IdeaCountOne } else { Msg::IdeaCount })
    )
}

/// "1 reactie", "3 reacties": a number with the right word.
pub fn counted(n: i64, one: Msg, many: Msg) -> String {
    format!("{n} {}", t(if n == 1 { one } else { many }))
}

/// A text with `{name}` placeholders filled in. Placeholders, not concatenation, so a translation can
/// put the parts in its own order.
pub fn fill(msg: Msg, values: &[(&str, &str)]) -> String {
    values.iter().fold(t(msg).to_owned(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

/// Defines `Msg` and the Dutch reference table in one place, so a key cannot exist without its text.
///
/// A key crosses the wire as its name (`"ErrTitleTooShort"`), as serde would write it; serialising
/// goes through one table of names instead of serde's derive, whose generated matches over some 400
/// variants were a fifth of the islands' own WebAssembly.
///
/// The texts after `; server:` are those only server-rendered parts use (pages outside islands, mail):
/// in the browser's build their arms fall away, so the islands' WebAssembly does not carry them (a
/// test, `texts_islands_use_are_in_the_browser_build`, keeps the split honest).
macro_rules! messages {
    ($($key:ident => $text:expr,)* ; server: $($skey:ident => $stext:expr,)*) => {
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg { $($key,)* $($skey,)* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key,)* $(Msg::$skey,)*];
            const KEYS: &'static [&'static str] = &[$(stringify!($key),)* $(stringify!($skey),)*];
            /// The keys whose texts only the server has.
            #[cfg(test)]
            pub const SERVER_ONLY: &'static [Msg] = &[$(Msg::$skey,)*];

            /// The key's name, as it crosses the wire.
            pub fn key(self) -> &'static str {
                Self::KEYS[self as usize]
            }

            pub fn from_key(key: &str) -> Option<Msg> {
                Self::KEYS.iter().position(|k| *k == key).map(|i| Self::ALL[i])
            }
        }

        pub fn text(msg: Msg) -> &'static str {
            match msg {
                $(Msg::$key => $text,)*
                $(#[cfg(feature = "ssr")] Msg::$skey => $stext,)*
                #[cfg(not(feature = "ssr"))]
                _ => "",
            }
        }
    };
}
pub(crate) use messages;

mod nl;

pub use nl::Msg;

impl std::fmt::Debug for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl serde::Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl<'de> serde::Deserialize<'de> for Msg {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let key = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Msg::from_key(&key).ok_or_else(|| serde::de::Error::custom(format!("unknown message key {key}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_dutch() {
        assert_eq!(idea_count(1), "1 idee");
        assert_eq!(idea_count(0), "0 ideeën");
    }

    #[test]
    fn a_key_crosses_the_wire_as_its_name_and_back() {
        for msg in Msg::ALL {
            let json = serde_json::to_string(msg).unwrap();
            assert_eq!(json, format!("\"{}\"", msg.key()));
            assert_eq!(serde_json::from_str::<Msg>(&json).unwrap(), *msg);
        }
        assert!(serde_json::from_str::<Msg>("\"NoSuchKey\"").is_err());
    }

    #[test]
    fn every_message_has_dutch_text() {
        for msg in Msg::ALL {
            assert!(!t(*msg).trim().is_empty(), "{msg:?}");
        }
    }
    /// A text the browser's build leaves out must not be one an island shows: no file whose code
    /// runs in the browser names a server-only key.
    #[test]
    fn texts_islands_use_are_in_the_browser_build() {
        let browser_code = [
            include_str!("../components/idea_form.rs"),
            include_str!("../components/similar_ideas.rs"),
            include_str!("../components/field.rs"),
            include_str!("../components/comments.rs"),
            include_str!("../components/island_events.rs"),
            include_str!("../components/icons.rs"),
            include_str!("../components/map/mod.rs"),
            include_str!("../components/map/leaflet_map.rs"),
            include_str!("../components/map/clusters.rs"),
            include_str!("../components/map/markers.rs"),
            include_str!("../components/map/controls.rs"),
            include_str!("../pages/admin_invite.rs"),
            include_str!("../pages/notifications.rs"),
            include_str!("../pages/unsubscribe.rs"),
            include_str!("../wording.rs"),
            include_str!("../error.rs"),
            include_str!("../domain/account.rs"),
            include_str!("../domain/comment_text.rs"),
            include_str!("../domain/coordinates.rs"),
            include_str!("../domain/coverage.rs"),
            include_str!("../domain/email_frequency.rs"),
            include_str!("../domain/filter.rs"),
            include_str!("../domain/geometry.rs"),
            include_str!("../domain/idea_text.rs"),
            include_str!("../domain/linkify.rs"),
            include_str!("../domain/map_view.rs"),
            include_str!("../domain/mod.rs"),
            include_str!("../domain/permissions.rs"),
            include_str!("../domain/records.rs"),
            include_str!("../domain/roles.rs"),
            include_str!("../domain/similarity.rs"),
            include_str!("../domain/status.rs"),
            include_str!("../domain/stored_enum.rs"),
            include_str!("../domain/time.rs"),
            include_str!("../domain/views.rs"),
            include_str!("../domain/ward_code.rs"),
            include_str!("../domain/workbench.rs"),
            include_str!("../domain/workflow.rs"),
        ];
        let names = |code: &'static str, key: &str| {
            code.match_indices(key).any(|(at, _)| {
                let before = code[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                let after = code[at + key.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                before && after
            })
        };
        for msg in Msg::SERVER_ONLY {
            for code in browser_code {
                assert!(
                    !names(code, msg.key()),
                    "{} is used in the browser: move it above `; server:`",
                    msg.key()
                );
            }
        }
    }
}
