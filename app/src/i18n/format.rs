//! Fills a text in compact form (written by `build.rs` from the Fluent files) with its values.
//!
//! The compact form: plain text; `{name}` for a variable; `{name\u{1}key\u{2}text\u{1}*key\u{2}text}`
//! for a choice, where a key is a CLDR plural category or a whole number and `*` marks the default.
//! A choice's texts may hold variables and choices of their own. The same few lines run on the
//! server and in the browser, so both word a number alike.
//!
//! In a right-to-left language each value is wrapped in Unicode isolates (FSI … PDI), as Fluent
//! does: a Latin name or a number inside Arabic text then keeps its own direction and does not
//! pull the words around it out of order.

use super::plural::category;
use super::Locale;

const VARIANT: char = '\u{1}';
const KEY_END: char = '\u{2}';
const FIRST_STRONG_ISOLATE: char = '\u{2068}';
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

pub fn format(locale: Locale, text: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    write(&mut out, locale, text, values);
    out
}

fn write(out: &mut String, locale: Locale, mut text: &str, values: &[(&str, &str)]) {
    while let Some(open) = text.find('{') {
        out.push_str(&text[..open]);
        let close = open + matching_close(&text[open..]);
        let inner = &text[open + 1..close];
        match inner.split_once(VARIANT) {
            None => write_value(out, locale, inner, value(values, inner)),
            Some((name, variants)) => {
                let chosen = choose(locale, value(values, name), variants);
                write(out, locale, chosen, values);
            }
        }
        text = &text[close + 1..];
    }
    out.push_str(text);
}

fn value<'a>(values: &[(&str, &'a str)], name: &str) -> Option<&'a str> {
    values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

fn write_value(out: &mut String, locale: Locale, name: &str, value: Option<&str>) {
    let Some(value) = value else {
        // A value the code forgot: visible, so a test or a reader notices, never a panic.
        out.push('{');
        out.push_str(name);
        out.push('}');
        return;
    };
    if locale.is_rtl() {
        out.push(FIRST_STRONG_ISOLATE);
        out.push_str(value);
        out.push(POP_DIRECTIONAL_ISOLATE);
    } else {
        out.push_str(value);
    }
}

/// The text of the variant that `value` chooses: an exact number first, then the number's plural
/// category, else the default.
fn choose<'a>(locale: Locale, value: Option<&str>, variants: &'a str) -> &'a str {
    // A number as written for readers ("1.234", "12 345") still chooses by its value.
    let number = value.and_then(|v| {
        v.chars()
            .filter(|c| !matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}'))
            .collect::<String>()
            .parse::<i64>()
            .ok()
    });
    let category = number.map(|n| category(locale, n).name());
    let mut default = "";
    let mut by_category = None;
    for variant in split_variants(variants) {
        let (key, text) = variant.split_once(KEY_END).unwrap_or((variant, ""));
        let (is_default, key) = match key.strip_prefix('*') {
            Some(key) => (true, key),
            None => (false, key),
        };
        if is_default {
            default = text;
        }
        if number.is_some_and(|n| key.parse::<i64>() == Ok(n)) {
            return text;
        }
        if by_category.is_none() && (Some(key) == category || (number.is_none() && Some(key) == value)) {
            by_category = Some(text);
        }
    }
    by_category.unwrap_or(default)
}

/// A whole number with the language's digit grouping: 12.345 in Dutch and Turkish, 12,345 in
/// English and Arabic (Latin digits, as Arabic readers in the Netherlands see them everywhere
/// else), 12 345 in Polish, which leaves four digits alone (CLDR's minimum grouping).
pub fn number(locale: Locale, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let (separator, minimum) = match locale {
        Locale::Nl | Locale::Tr => ('.', 4),
        Locale::En | Locale::Ar => (',', 4),
        Locale::Pl => ('\u{a0}', 5),
    };
    let mut out = String::with_capacity(digits.len() + 4);
    if n < 0 {
        out.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if digits.len() >= minimum && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// The variants of a choice (`\u{1}key\u{2}text…`), split where a new variant starts at this depth.
fn split_variants(variants: &str) -> impl Iterator<Item = &str> {
    let mut depth = 0usize;
    let mut start = 0usize;
    let mut pieces = Vec::new();
    for (at, c) in variants.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            VARIANT if depth == 0 => {
                if at > start {
                    pieces.push(&variants[start..at]);
                }
                start = at + VARIANT.len_utf8();
            }
            _ => {}
        }
    }
    pieces.push(&variants[start..]);
    pieces.into_iter().filter(|p| !p.is_empty())
}

/// The offset of the `}` that closes the `{` at the start of `text` (or the end, if none does).
fn matching_close(text: &str) -> usize {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return at;
                }
            }
            _ => {}
        }
    }
    text.len() - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDEAS: &str = "{count\u{1}one\u{2}{count} idee\u{1}*other\u{2}{count} ideeën}";

    #[test]
    fn variables_and_choices() {
        assert_eq!(
            format(Locale::Nl, "Hallo {name}!", &[("name", "Ilse")]),
            "Hallo Ilse!"
        );
        assert_eq!(format(Locale::Nl, IDEAS, &[("count", "1")]), "1 idee");
        assert_eq!(format(Locale::Nl, IDEAS, &[("count", "7")]), "7 ideeën");
        let exact = "{n\u{1}0\u{2}geen\u{1}one\u{2}één\u{1}*other\u{2}{n}} over";
        assert_eq!(format(Locale::Nl, exact, &[("n", "0")]), "geen over");
        assert_eq!(format(Locale::Nl, exact, &[("n", "1")]), "één over");
        assert_eq!(format(Locale::Nl, exact, &[("n", "3")]), "3 over");
    }

    #[test]
    fn numbers_are_grouped_as_each_language_writes_them() {
        assert_eq!(number(Locale::Nl, 1234567), "1.234.567");
        assert_eq!(number(Locale::En, 12345), "12,345");
        assert_eq!(number(Locale::Ar, 999), "999");
        assert_eq!(number(Locale::Pl, 1234), "1234");
        assert_eq!(number(Locale::Pl, 12345), "12\u{a0}345");
        assert_eq!(number(Locale::Tr, -4000), "-4.000");
        // A grouped number still chooses its form by its value.
        assert_eq!(format(Locale::Nl, IDEAS, &[("count", "1.000")]), "1.000 ideeën");
        assert_eq!(
            format(Locale::Nl, IDEAS, &[("count", &number(Locale::Nl, 1))]),
            "1 idee"
        );
    }

    #[test]
    fn a_missing_value_shows_its_name() {
        assert_eq!(format(Locale::En, "Hi {name}", &[]), "Hi {name}");
        assert_eq!(format(Locale::En, IDEAS, &[]), "{count} ideeën");
    }

    #[test]
    fn right_to_left_values_are_isolated() {
        let text = format(Locale::Ar, "مرحبا {name}", &[("name", "Ilse")]);
        assert_eq!(text, "مرحبا \u{2068}Ilse\u{2069}");
    }

    #[test]
    fn nested_choices() {
        let text = "{a\u{1}one\u{2}x{b\u{1}one\u{2}y\u{1}*other\u{2}z}\u{1}*other\u{2}w}";
        assert_eq!(format(Locale::En, text, &[("a", "1"), ("b", "2")]), "xz");
        assert_eq!(format(Locale::En, text, &[("a", "2"), ("b", "1")]), "w");
    }
}
