//! The pieces every map layer draws with: an idea's pin, its popup, and fitting an extent into view.
//!
//! Pins are `DivIcon`s styled by status (shape and colour, with the title as accessible name); popup
//! content is built as DOM nodes with `textContent`, never as HTML strings, so an idea's title cannot
//! inject markup.

use crate::domain::Status;
use crate::i18n::{t, Msg};
use crate::routes;
use leaflet::{DivIconOptions, Icon, LatLng, LatLngBounds, Map, Marker, MarkerOptions, Point};
use wasm_bindgen::{prelude::*, JsCast};

#[wasm_bindgen]
extern "C" {
    // `L.divIcon`: leaflet-rs's `DivIcon::new` constructs an `L.Icon`, which needs an image URL.
    #[wasm_bindgen(js_namespace = L, js_name = divIcon)]
    pub fn div_icon(options: &DivIconOptions) -> Icon;
}

/// Fits `[west, south, east, north]` into view with a margin, not closer than `max_zoom`.
pub fn fit_extent(map: &Map, [west, south, east, north]: [f64; 4], max_zoom: f64) {
    let bounds = LatLngBounds::new(&LatLng::new(south, west), &LatLng::new(north, east));
    let options = js_sys::Object::new();
    let padding = js_sys::Array::of2(&40.into(), &40.into());
    let _ = js_sys::Reflect::set(&options, &"padding".into(), &padding);
    let _ = js_sys::Reflect::set(&options, &"maxZoom".into(), &max_zoom.into());
    map.fit_bounds_with_options(&bounds, &options);
}

/// An idea's pin, shaped and coloured by its status, titled with the idea, focusable.
pub fn pin_marker(lat: f64, lng: f64, status: Status, title: &str) -> Marker {
    let icon_options = DivIconOptions::new();
    icon_options.set_class_name(format!("idea-pin status-{}", status.as_str()));
    icon_options.set_html(format!(
        "<span aria-hidden=\"true\">{}</span>",
        crate::components::icons::status_icon_html(status)
    ));
    icon_options.set_icon_size(Point::new(30.0, 30.0));
    // The pin is a 30 px square turned 45°: its point lies 15·√2 ≈ 21 px below the centre.
    icon_options.set_icon_anchor(Point::new(15.0, 36.0));
    icon_options.set_popup_anchor(Point::new(0.0, -34.0));
    let options = MarkerOptions::default();
    options.set_icon(div_icon(&icon_options));
    options.set_title(title.to_owned());
    options.set_alt(title.to_owned());
    options.set_keyboard(true);
    Marker::new_with_options(&LatLng::new(lat, lng), &options)
}

/// A popup's content: title, place (when known), status and a link to the idea.
pub fn popup_content(id: i64, title: &str, status: Status, place: Option<&str>) -> Option<JsValue> {
    let doc = web_sys::window()?.document()?;
    let root = doc.create_element("div").ok()?;
    root.set_class_name("popup");
    let add = |tag: &str, class: &str, text: &str| -> Option<web_sys::Element> {
        let el = doc.create_element(tag).ok()?;
        el.set_class_name(class);
        el.set_text_content(Some(text));
        root.append_child(&el).ok()?;
        Some(el)
    };
    add("strong", "popup-title", title)?;
    if let Some(place) = place {
        add("span", "popup-place", place)?;
    }
    add(
        "span",
        &format!("status status-{}", status.as_str()),
        t(status.label()),
    )?;
    let link = add("a", "popup-link", t(Msg::PopupOpenIdea))?;
    link.set_attribute("href", &routes::idea(id)).ok()?;
    Some(root.into())
}

/// Escape on `target` (a marker, or the popup's content) closes the marker's popup.
pub fn close_on_escape(target: &JsValue, marker: &Marker) {
    let Some(target) = target.dyn_ref::<web_sys::EventTarget>() else {
        return;
    };
    let marker = marker.clone();
    let on_key = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            marker.close_popup();
        }
    });
    let _ = target.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
    on_key.forget();
}

pub fn element_of(marker: &Marker) -> Option<web_sys::HtmlElement> {
    let get = js_sys::Reflect::get(marker, &"getElement".into()).ok()?;
    let el = get.dyn_into::<js_sys::Function>().ok()?.call0(marker).ok()?;
    el.dyn_into::<web_sys::HtmlElement>().ok()
}

/// Escape (or the close button) closes a popup; focus goes back to the marker it came from.
pub fn return_focus_on_close(marker: &Marker) {
    let source = marker.clone();
    let on_close = Closure::<dyn Fn(JsValue)>::new(move |_| {
        if let Some(el) = element_of(&source) {
            let _ = el.focus();
        }
    });
    marker.on("popupclose", on_close.as_ref().unchecked_ref());
    on_close.forget();
}
