//! Three fixes to the HTML Leptos writes, so every page is valid HTML (the Nu Html Checker):
//!
//! - Leptos marks places for hydration with empty comments written `<!>`, which HTML parses as a
//!   comment but calls a parse error ("bogus comment"). They become `<!---->`: the same empty comment
//!   node in the DOM, so hydration finds exactly what it expects. Only markers in the document's text
//!   are touched, never inside a tag (an attribute holding a resident's `<!>`) or a script.
//!
//! - Leptos' `HydrationScripts` writes the response's CSP nonce into the `crossorigin` attribute of
//!   its preload links (`crossorigin="3hX…"`, not a valid value; browsers read it as `anonymous`).
//!   Here it becomes the plain `crossorigin` it means. The nonce is read from the response's own
//!   Content-Security-Policy header, so nothing else on the page can match by accident.
//! - The data of resources resolved during the render is streamed as `<script>`s after the document
//!   (after `</html>`). They move to just before `</body>`, where they run at the same moment: the
//!   hydration script is a module, which runs only once the whole document has been read.

use axum::http::{header, HeaderMap};

/// The page with both fixes; `None` when it needs neither.
pub fn tidy(headers: &HeaderMap, html: &str) -> Option<String> {
    let nonce = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .and_then(nonce_in_policy);
    let bad_crossorigin = nonce.map(|n| format!("crossorigin=\"{n}\""));
    let needs_crossorigin = bad_crossorigin.as_deref().is_some_and(|b| html.contains(b));
    let trailing = trailing_after_document(html);
    let markers = html.contains("<!>");
    if !needs_crossorigin && trailing.is_none() && !markers {
        return None;
    }
    let mut page = match trailing {
        Some((document_end, body_end)) => {
            let after = &html[document_end..];
            let mut moved = String::with_capacity(html.len());
            moved.push_str(&html[..body_end]);
            moved.push_str(after);
            moved.push_str(&html[body_end..document_end]);
            moved
        }
        None => html.to_owned(),
    };
    if let (true, Some(bad)) = (needs_crossorigin, bad_crossorigin) {
        page = page.replace(&bad, "crossorigin");
    }
    if markers {
        page = spell_out_empty_comments(&page);
    }
    Some(page)
}

/// `<!>` in the document's text becomes `<!---->`; tags (with their attributes) and the raw text of
/// scripts and styles are copied as they are.
fn spell_out_empty_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("<!>") {
            out.push_str("<!---->");
            rest = after;
            continue;
        }
        if rest.starts_with("<!--") {
            let end = rest[4..].find("-->").map_or(rest.len(), |i| i + 4 + 3);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        let tag_end = tag_end(rest);
        let tag = &rest[..tag_end];
        out.push_str(tag);
        rest = &rest[tag_end..];
        for raw in ["script", "style"] {
            let opens = tag.len() > raw.len() + 1 && tag[1..=raw.len()].eq_ignore_ascii_case(raw);
            if opens {
                let close = find_ignore_case(rest, &format!("</{raw}")).unwrap_or(rest.len());
                out.push_str(&rest[..close]);
                rest = &rest[close..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The length of the tag at the start of `html` (which starts with `<`): up to its `>`, quoted
/// attribute values skipped. A lone `<` is one character.
fn tag_end(html: &str) -> usize {
    let starts_tag = html[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
    if !starts_tag {
        return 1;
    }
    let mut quote = None;
    for (i, c) in html.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    html.len()
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// `'nonce-abc'` in a policy gives `abc`.
fn nonce_in_policy(policy: &str) -> Option<&str> {
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let len = policy[start..].find('\'')?;
    Some(&policy[start..start + len])
}

/// When something follows `</html>`: (where `</html>` ends, where the last `</body>` starts).
fn trailing_after_document(html: &str) -> Option<(usize, usize)> {
    let document_end = html.rfind("</html>")? + "</html>".len();
    if html[document_end..].trim().is_empty() {
        return None;
    }
    let body_end = html[..document_end].rfind("</body>")?;
    Some((document_end, body_end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn with_policy(nonce: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        let policy = format!("default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'");
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&policy).unwrap(),
        );
        h
    }

    #[test]
    fn the_nonce_leaves_crossorigin_and_stays_on_scripts() {
        let html = r#"<!DOCTYPE html><html><head><link rel="modulepreload" href="/pkg/a.js" crossorigin="n0nce"><script type="module" nonce="n0nce">go()</script></head><body></body></html>"#;
        let tidy = tidy(&with_policy("n0nce"), html).unwrap();
        assert!(tidy.contains(r#"href="/pkg/a.js" crossorigin>"#), "{tidy}");
        assert!(tidy.contains(r#"nonce="n0nce""#));
    }

    #[test]
    fn scripts_after_the_document_move_inside_the_body() {
        let html = "<!DOCTYPE html><html><body><main>x</main></body></html><script>__RESOLVED=1</script>";
        let tidy = tidy(&HeaderMap::new(), html).unwrap();
        assert_eq!(
            tidy,
            "<!DOCTYPE html><html><body><main>x</main><script>__RESOLVED=1</script></body></html>"
        );
    }

    #[test]
    fn hydration_markers_become_empty_comments_only_in_the_text() {
        let html = r#"<!DOCTYPE html><html><head><meta name="description" content="a <!> b"></head><body><!><p title='<!>'>x<!>y</p><script>var s = "<!>";</script><!-- don't > stop --></body></html>"#;
        let tidy = tidy(&HeaderMap::new(), html).unwrap();
        assert_eq!(
            tidy,
            r#"<!DOCTYPE html><html><head><meta name="description" content="a <!> b"></head><body><!----><p title='<!>'>x<!---->y</p><script>var s = "<!>";</script><!-- don't > stop --></body></html>"#
        );
    }

    #[test]
    fn a_valid_page_is_left_alone() {
        let html = "<!DOCTYPE html><html><body><p>crossorigin=\"x\"</p></body></html>\n";
        assert!(tidy(&with_policy("n0nce"), html).is_none());
        // Text a resident wrote that looks like the nonce attribute cannot be it: the nonce is fresh.
        assert!(tidy(&HeaderMap::new(), html).is_none());
    }
}
