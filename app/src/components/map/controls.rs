//! The map's own controls in the page's language, and the crosshair that shows a keyboard user where
//! Enter drops the pin.
//!
//! Leaflet titles its zoom buttons in English ("Zoom in"); they are renamed here from the
//! translation layer. The crosshair is CSS (`.map-pins:focus-visible::after`, in main.scss): it shows
//! only while the map itself has keyboard focus, in the middle, where `listen_for_enter` drops the pin.

use crate::i18n::{t, Msg};

/// Names the zoom buttons in the reader's language (title and accessible name).
pub fn label_zoom_buttons(container: &web_sys::HtmlElement) {
    for (selector, label) in [
        (".leaflet-control-zoom-in", Msg::MapZoomIn),
        (".leaflet-control-zoom-out", Msg::MapZoomOut),
    ] {
        if let Ok(Some(button)) = container.query_selector(selector) {
            let _ = button.set_attribute("title", t(label));
            let _ = button.set_attribute("aria-label", t(label));
        }
    }
}

/// Marks a map on which a pin can be placed, so it shows the crosshair while focused (the form's
/// hint says what the arrows and Enter do).
pub fn mark_pin_placing(container: &web_sys::HtmlElement) {
    let _ = container.class_list().add_1("map-pins");
}
