//! Plain text with its web addresses made clickable. The text is split into parts; the view renders
//! `Text` as escaped text and `Link` as an `<a>`, so no markup from a resident ever reaches the page.
//! Only `http(s)://` and `www.` addresses become links (never `javascript:` or other schemes).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextPart {
    Text(String),
    Link { href: String, text: String },
}

pub fn linkify(text: &str) -> Vec<TextPart> {
    let mut parts = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some((start, prefix_len)) = next_link_start(rest) {
        plain.push_str(&rest[..start]);
        let candidate = &rest[start..];
        let end = candidate
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
            .unwrap_or(candidate.len());
        // Punctuation that ends a sentence is not part of the address.
        let url = candidate[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
        if url.len() <= prefix_len {
            // Only the prefix ("http://", "www"): not an address.
            plain.push_str(&candidate[..prefix_len]);
            rest = &candidate[prefix_len..];
            continue;
        }
        if !plain.is_empty() {
            parts.push(TextPart::Text(std::mem::take(&mut plain)));
        }
        let href = if url.to_ascii_lowercase().starts_with("www.") {
            format!("https://{url}")
        } else {
            url.to_owned()
        };
        parts.push(TextPart::Link {
            href,
            text: url.to_owned(),
        });
        rest = &candidate[url.len()..];
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        parts.push(TextPart::Text(plain));
    }
    parts
}

/// The byte offset and prefix length of the next `http://`, `https://` or `www.` that starts a word.
fn next_link_start(text: &str) -> Option<(usize, usize)> {
    let lower = text.to_ascii_lowercase();
    ["https://", "http://", "www."]
        .iter()
        .filter_map(|prefix| {
            lower
                .match_indices(prefix)
                .map(|(i, _)| i)
                .find(|&i| {
                    i == 0
                        || !text[..i]
                            .chars()
                            .next_back()
                            .is_some_and(|c| c.is_alphanumeric() || c == '/')
                })
                .map(|i| (i, prefix.len()))
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(href: &str, text: &str) -> TextPart {
        TextPart::Link {
            href: href.into(),
            text: text.into(),
        }
    }

    #[test]
    fn finds_addresses_and_leaves_the_rest_as_text() {
        assert_eq!(
            linkify("Zie https://denhaag.nl/parken. En www.example.nl/a?b=1, toch?"),
            vec![
                TextPart::Text("Zie ".into()),
                link("https://denhaag.nl/parken", "https://denhaag.nl/parken"),
                TextPart::Text(". En ".into()),
                link("https://www.example.nl/a?b=1", "www.example.nl/a?b=1"),
                TextPart::Text(", toch?".into()),
            ]
        );
    }

    #[test]
    fn markup_and_other_schemes_stay_text() {
        assert_eq!(
            linkify("<b>javascript:alert(1)</b>"),
            vec![TextPart::Text("<b>javascript:alert(1)</b>".into())]
        );
        assert_eq!(
            linkify("https://a.nl/\"onmouseover=x"),
            vec![
                link("https://a.nl/", "https://a.nl/"),
                TextPart::Text("\"onmouseover=x".into())
            ]
        );
        assert_eq!(
            linkify("alleen http:// hier"),
            vec![TextPart::Text("alleen http:// hier".into())]
        );
        assert_eq!(linkify(""), vec![]);
    }
}
