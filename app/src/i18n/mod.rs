//! The one translation layer: every interface text is a `Msg`, worded for the reader's `Locale`.
//!
//! The texts live in `app/locales/{nl,en,tr,ar,pl}.ftl` (Mozilla Fluent, one file a language, for
//! translators); `build.rs` turns them into the `Msg` enum and per-language tables, and refuses to
//! build when a language lacks a key or a variable. Keys, not texts, cross the wire and go into the
//! database; words are chosen only here, at the edge, for the locale of the request (`current`).
//!
//! The server holds every language. The browser's WebAssembly holds none: the texts its islands
//! may show come, for the page's language only, from a small cached script (`browser_texts`), so
//! five languages cost the islands nothing.

mod format;
mod locale;
pub mod plural;

#[cfg(feature = "hydrate")]
mod browser;
#[cfg(feature = "hydrate")]
pub use browser::page_zone;

pub use locale::{language_cookie, Locale, LANGUAGE_COOKIE};

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Msg {
    /// The key's name, as it crosses the wire.
    pub fn key(self) -> &'static str {
        Self::KEYS[self as usize]
    }

    pub fn from_key(key: &str) -> Option<Msg> {
        Self::KEYS.iter().position(|k| *k == key).map(|i| Self::ALL[i])
    }
}

#[cfg(feature = "ssr")]
std::thread_local! {
    /// A locale chosen for a stretch of code outside any request (mail to one recipient).
    static CHOSEN: std::cell::Cell<Option<Locale>> = const { std::cell::Cell::new(None) };
}

/// The reader's locale: on the server the one `server::locale` chose for this request (or the one
/// `in_locale` set for a mail); in the browser the page's `<html lang>`. The only place that falls
/// back to Dutch.
pub fn current() -> Locale {
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::use_context;
        if let Some(locale) = CHOSEN.with(|c| c.get()) {
            return locale;
        }
        if let Some(locale) = use_context::<Locale>() {
            return locale;
        }
        if let Some(parts) = use_context::<http::request::Parts>() {
            if let Some(locale) = parts.extensions.get::<Locale>() {
                return *locale;
            }
        }
        Locale::default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        #[cfg(feature = "hydrate")]
        return browser::page_locale();
        #[cfg(not(feature = "hydrate"))]
        Locale::default()
    }
}

/// Runs `work` with `locale` as the current one (for text made outside a request: mail).
#[cfg(feature = "ssr")]
pub fn in_locale<T>(locale: Locale, work: impl FnOnce() -> T) -> T {
    let before = CHOSEN.with(|c| c.replace(Some(locale)));
    let result = work();
    CHOSEN.with(|c| c.set(before));
    result
}

/// The text of `msg` for the reader. For a text without variables; `fill` fills them in.
pub fn t(msg: Msg) -> &'static str {
    text(current(), msg)
}

/// The text of `msg` in `locale`, in compact form (see `format`): plain text for a text without
/// variables.
pub fn text(locale: Locale, msg: Msg) -> &'static str {
    #[cfg(feature = "ssr")]
    {
        TEXTS[locale as usize][msg as usize]
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = locale;
        #[cfg(feature = "hydrate")]
        return browser::text(msg);
        #[cfg(not(feature = "hydrate"))]
        ""
    }
}

/// A text with its `{ $name }` variables filled in, for the reader. A variable that holds a whole
/// number also chooses the text's plural form, by the language's CLDR rules.
pub fn fill(msg: Msg, values: &[(&str, &str)]) -> String {
    fill_in(current(), msg, values)
}

/// `fill` in a given locale.
pub fn fill_in(locale: Locale, msg: Msg, values: &[(&str, &str)]) -> String {
    format::format(locale, text(locale, msg), values)
}

/// A number with its noun in the right form ("1 reactie", "1.250 reacties", "3 تعليقات"): `msg`
/// takes `{ $count }`.
pub fn counted(n: i64, msg: Msg) -> String {
    fill(msg, &[("count", &number(n))])
}

/// A whole number as the reader's language writes it ("12.345", "12,345", "12 345").
pub fn number(n: i64) -> String {
    format::number(current(), n)
}

/// "1 idee", "3 ideeën".
pub fn idea_count(n: usize) -> String {
    counted(n as i64, Msg::IdeaCount)
}

/// The script that gives the browser the texts its islands may show, in `locale`, and the rule of
/// the municipality's time zone (`zone_rule`, the same for every call): its address (named by its
/// content, so it is cached for good) and its body.
#[cfg(feature = "ssr")]
pub fn browser_texts(locale: Locale, zone_rule: &str) -> &'static (String, String) {
    use sha2::Digest;
    use std::sync::OnceLock;
    static SCRIPTS: [OnceLock<(String, String)>; Locale::ALL.len()] =
        [const { OnceLock::new() }; Locale::ALL.len()];
    SCRIPTS[locale as usize].get_or_init(|| {
        // An array in `Msg::IN_BROWSER` order (the WebAssembly of the same build knows that order),
        // so no key names travel: every byte here counts against the islands' budget.
        let texts: Vec<serde_json::Value> = Msg::IN_BROWSER.iter().map(|m| text(locale, *m).into()).collect();
        let body = format!(
            "window.__wijkideeTexts={};window.__wijkideeZone={};",
            serde_json::Value::Array(texts),
            serde_json::Value::from(zone_rule)
        );
        let hash = hex::encode(&sha2::Sha256::digest(body.as_bytes())[..6]);
        (format!("/teksten/{}.{hash}.js", locale.tag()), body)
    })
}

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

#[cfg(all(test, feature = "ssr"))]
mod tests;
