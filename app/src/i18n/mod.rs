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
macro_rules! messages {
    ($($key:ident => $text:expr,)*) => {
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg { $($key,)* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key,)*];
            const KEYS: &'static [&'static str] = &[$(stringify!($key),)*];

            /// The key's name, as it crosses the wire.
            pub fn key(self) -> &'static str {
                Self::KEYS[self as usize]
            }

            pub fn from_key(key: &str) -> Option<Msg> {
                Self::KEYS.iter().position(|k| *k == key).map(|i| Self::ALL[i])
            }
        }

        pub fn text(msg: Msg) -> &'static str {
            match msg { $(Msg::$key => $text,)* }
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
}
