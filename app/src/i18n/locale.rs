//! The interface languages, and how a request's `Accept-Language` chooses one.

/// An interface language. The order is that of the tables `build.rs` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    Nl,
    En,
    Tr,
    Ar,
    Pl,
}

impl Locale {
    pub const ALL: [Locale; 5] = [Locale::Nl, Locale::En, Locale::Tr, Locale::Ar, Locale::Pl];

    /// The BCP 47 tag, for `<html lang>`, the cookie and the account's setting.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::En => "en",
            Locale::Tr => "tr",
            Locale::Ar => "ar",
            Locale::Pl => "pl",
        }
    }

    /// Text direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            _ => "ltr",
        }
    }

    pub fn is_rtl(self) -> bool {
        self.dir() == "rtl"
    }

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Nl => "Nederlands",
            Locale::En => "English",
            Locale::Tr => "Türkçe",
            Locale::Ar => "العربية",
            Locale::Pl => "Polski",
        }
    }

    /// A tag as stored or sent ("nl", "en-GB", "AR"), by its primary language.
    pub fn parse(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The best of our languages for an `Accept-Language` header (RFC 9110: by weight, then order;
    /// `q=0` refuses), or `None` when it names none of them.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut best: Option<(u16, Locale)> = None;
        for range in accept_language.split(',') {
            let mut parts = range.split(';');
            let Some(locale) = parts.next().and_then(Locale::parse) else {
                continue;
            };
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(1000, quality);
            if weight > 0 && best.is_none_or(|(w, _)| weight > w) {
                best = Some((weight, locale));
            }
        }
        best.map(|(_, locale)| locale)
    }
}

/// The cookie that remembers a chosen language (set by the language switch and at login).
pub const LANGUAGE_COOKIE: &str = "taal";

/// The `Set-Cookie` value that remembers `locale` for a year.
pub fn language_cookie(locale: Locale) -> String {
    format!(
        "{LANGUAGE_COOKIE}={}; Path=/; Max-Age={}; SameSite=Lax; HttpOnly",
        locale.tag(),
        365 * 24 * 3600
    )
}

/// A quality value (`0.8`) in thousandths; anything unreadable counts as refused.
fn quality(q: &str) -> u16 {
    let q = q.trim();
    let (whole, fraction) = q.split_once('.').unwrap_or((q, ""));
    let digits: String = fraction.chars().chain("000".chars()).take(3).collect();
    match (whole, digits.parse::<u16>()) {
        ("1", _) => 1000,
        ("0", Ok(thousandths)) => thousandths,
        _ => 0,
    }
}

impl serde::Serialize for Locale {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

impl<'de> serde::Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Locale::parse(&tag).ok_or_else(|| serde::de::Error::custom(format!("unknown language {tag}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_chooses_by_weight_then_order() {
        assert_eq!(Locale::negotiate("tr"), Some(Locale::Tr));
        assert_eq!(Locale::negotiate("de-DE,ar;q=0.5,en;q=0.9"), Some(Locale::En));
        assert_eq!(Locale::negotiate("pl-PL, en"), Some(Locale::Pl));
        assert_eq!(Locale::negotiate("fr, de"), None);
        assert_eq!(Locale::negotiate("en;q=0, tr;q=0.1"), Some(Locale::Tr));
        assert_eq!(Locale::negotiate("*"), None);
        assert_eq!(Locale::negotiate(""), None);
    }

    #[test]
    fn tags_read_back() {
        for locale in Locale::ALL {
            assert_eq!(Locale::parse(locale.tag()), Some(locale));
        }
        assert_eq!(Locale::parse("AR-MA"), Some(Locale::Ar));
        assert_eq!(Locale::parse("xx"), None);
        assert!(Locale::ALL.iter().all(|l| l.is_rtl() == (*l == Locale::Ar)));
    }
}
