//! Two fixes to the HTML Leptos writes, so every page is valid HTML (the Nu Html Checker):
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
    if !needs_crossorigin && trailing.is_none() {
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
    Some(page)
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
    fn a_valid_page_is_left_alone() {
        let html = "<!DOCTYPE html><html><body><p>crossorigin=\"x\"</p></body></html>\n";
        assert!(tidy(&with_policy("n0nce"), html).is_none());
        // Text a resident wrote that looks like the nonce attribute cannot be it: the nonce is fresh.
        assert!(tidy(&HeaderMap::new(), html).is_none());
    }
}
