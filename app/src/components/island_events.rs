//! How islands talk: islands share no signals (each is hydrated on its own), so the few things one
//! island tells another travel as events on `window`, and a change the server must show is fetched
//! by asking the islands router to load the current page again.
//!
//! - `wijkidee:pin` (detail `[lat, lng]` or `null`): the map placed, moved or lifted the new idea's pin.
//! - `wijkidee:pin-clear`: the form was sent; the map lifts its pin.
//! - `wijkidee:ideas-changed`: an idea was added; the map loads what is in view again.
//!
//! In the server build these are no-ops: nothing listens there.

pub const PIN: &str = "wijkidee:pin";
pub const PIN_CLEAR: &str = "wijkidee:pin-clear";
pub const IDEAS_CHANGED: &str = "wijkidee:ideas-changed";

/// Sends `name` with `detail` to every listener in the page.
#[cfg_attr(not(feature = "hydrate"), allow(unused_variables))]
pub fn announce(name: &str, detail: Option<(f64, f64)>) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsValue;
        let Some(window) = web_sys::window() else { return };
        let init = web_sys::CustomEventInit::new();
        let value = match detail {
            Some((lat, lng)) => js_sys::Array::of2(&lat.into(), &lng.into()).into(),
            None => JsValue::NULL,
        };
        init.set_detail(&value);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// Calls `handler` with the event's detail each time `name` is announced, for as long as the
/// current reactive owner (the island) lives.
#[cfg(feature = "hydrate")]
pub fn listen(name: &'static str, handler: impl Fn(Option<(f64, f64)>) + 'static) {
    use wasm_bindgen::{prelude::Closure, JsCast};
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
        let detail = event.detail();
        let pair = detail.dyn_ref::<js_sys::Array>().and_then(|a| {
            let lat = a.get(0).as_f64()?;
            let lng = a.get(1).as_f64()?;
            Some((lat, lng))
        });
        handler(pair);
    });
    let function: js_sys::Function = callback.as_ref().unchecked_ref::<js_sys::Function>().clone();
    let _ = window.add_event_listener_with_callback(name, &function);
    callback.forget();
    leptos::prelude::on_cleanup(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(name, &function);
        }
    });
}

/// Loads the current address again through the islands router, which fetches the page and patches
/// what changed into the document (islands keep their state; no page load, no history entry). The
/// router answers `popstate` exactly so, so that is what is sent.
pub fn refresh_page() {
    #[cfg(feature = "hydrate")]
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("popstate")) {
        let _ = window.dispatch_event(&event);
    }
}
