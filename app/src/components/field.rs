//! A labelled form field with its hint and its error, tied together with `aria-describedby` so a
//! screen reader reads all three.

use crate::error::{AppError, ErrorKind};
use crate::i18n::Msg;
use leptos::prelude::*;

/// The error message for `field`, if the last attempt failed on it.
pub fn field_error(error: Signal<Option<AppError>>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || error.get().filter(|e| e.is_for(field)).map(|e| e.to_string()))
}

/// The error of the last attempt: from the action when the form was sent by JavaScript, else from the
/// URL (`?fout=…&veld=…`) after a form post without JavaScript (see server/src/security.rs).
pub fn form_error<T>(
    last_result: impl Fn() -> Option<Result<T, AppError>> + Send + Sync + 'static,
) -> Signal<Option<AppError>> {
    let from_address = error_in_address();
    Signal::derive(move || match last_result() {
        Some(result) => result.err(),
        None => from_address.clone(),
    })
}

/// The error a form post without JavaScript (or through the islands router) brought back in the
/// page's address (`?fout=…&veld=…`).
pub fn error_in_address() -> Option<AppError> {
    let message = Msg::from_key(&query_value("fout")?)?;
    Some(AppError {
        field: query_value("veld"),
        ..AppError::new(ErrorKind::Invalid, message)
    })
}

/// One value of the current page's query string. Router hooks cannot be used inside an island
/// (leptos #3051): on the server this reads the request, in the browser `location.search`.
pub fn query_value(key: &str) -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        let parts = use_context::<http::request::Parts>()?;
        let query = parts.uri.query()?;
        query.split('&').find_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (k == key).then(|| decode(v))
        })
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        let search = web_sys::window()?.location().search().ok()?;
        web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(key)
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        let _ = key;
        None
    }
}

/// Percent-decoding of a query value (`+` is a space), enough for the keys and field names here.
#[cfg(feature = "ssr")]
fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match value.get(i + 1..i + 3).map(|hex| u8::from_str_radix(hex, 16)) {
                    Some(Ok(b)) => {
                        out.push(b);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[component]
pub fn Field(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(into)] error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="field-hint" id=hint_id.clone()>{h}</p> })}
            {children()}
            <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
        </div>
    }
}

/// Text to stand inside a server-rendered `<textarea>`. Leptos writes a textarea's children as they
/// are (as it does a script's), so a text holding `</textarea>` would end the field and the rest would
/// become markup; escaped, the browser shows it exactly as it was written.
pub fn textarea_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;")
}
