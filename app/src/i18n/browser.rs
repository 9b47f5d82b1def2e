//! The browser's side: the page's language from `<html lang>` and the texts its islands show from
//! `window.__wijkideeTexts` (in `Msg::IN_BROWSER` order), which the page's texts script (`i18n::browser_texts`) set before the
//! WebAssembly started. A language is changed by loading the page anew, so both are read once.

use super::{Locale, Msg};
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use wasm_bindgen::JsValue;

thread_local! {
    static LOCALE: OnceCell<Locale> = const { OnceCell::new() };
    static TEXTS: RefCell<HashMap<Msg, &'static str>> = RefCell::new(HashMap::new());
}

pub fn page_locale() -> Locale {
    LOCALE.with(|l| {
        *l.get_or_init(|| {
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
                .and_then(|e| e.get_attribute("lang"))
                .and_then(|tag| Locale::parse(&tag))
                .unwrap_or_default()
        })
    })
}

/// The text of `msg` in the page's language; empty if the page did not send it (a key the build
/// did not see in the browser's code).
pub fn text(msg: Msg) -> &'static str {
    if let Some(text) = TEXTS.with(|t| t.borrow().get(&msg).copied()) {
        return text;
    }
    let position = Msg::IN_BROWSER.iter().position(|m| *m == msg);
    let text: &'static str = global("__wijkideeTexts")
        .zip(position)
        .and_then(|(texts, at)| js_sys::Reflect::get_u32(&texts, at as u32).ok())
        .and_then(|v| v.as_string())
        .map_or("", |s| Box::leak(s.into_boxed_str()));
    TEXTS.with(|t| t.borrow_mut().insert(msg, text));
    text
}

/// The rule of the municipality's time zone (POSIX TZ form), as the server sent it.
pub fn page_zone() -> Option<String> {
    global("__wijkideeZone").and_then(|v| v.as_string())
}

fn global(name: &str) -> Option<JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined())
}
