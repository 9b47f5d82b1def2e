//! Leaflet in the browser: tiles, ward outlines, idea markers with popups, and the pin to place.
//!
//! Markers are `DivIcon`s styled by status (shape and colour, with the title as accessible name);
//! Leaflet makes them focusable and opens their popup with Enter. Popup content is built as DOM nodes
//! with `textContent`, never as HTML strings, so an idea's title cannot inject markup.

use super::controls::{label_zoom_buttons, mark_pin_placing};
use super::markers::{
    close_on_escape, element_of, fit_extent, pin_marker, popup_content, return_focus_on_close,
};
use super::MapSpec;
use crate::domain::views::{IdeaSummary, MapSettings};
use crate::domain::IdeaFilter;
use crate::i18n::{t, Msg};
use leaflet::{
    GeoJson, LatLng, LayerGroup, Map, MapOptions, Marker, MarkerOptions, TileLayer, TileLayerOptions,
};
use leptos::prelude::*;
use wasm_bindgen::{prelude::*, JsCast};

#[wasm_bindgen]
extern "C" {
    // `L.geoJSON`: leaflet-rs declares it in a private module, so it is bound here.
    #[wasm_bindgen(js_namespace = L, js_name = geoJSON)]
    fn geo_json(data: &JsValue, options: &JsValue) -> GeoJson;
}

/// Builds the map into `node` once Leaflet is loaded, from the frame's `data-spec`, and builds it
/// again when the islands router changes that spec (another idea on the same route); a new filter
/// only redraws the clusters.
pub fn mount(node: NodeRef<leptos::html::Div>, settings: MapSettings) {
    let leaflet_ready = RwSignal::new(false);
    load_leaflet(leaflet_ready);
    let spec = RwSignal::new(None::<MapSpec>);
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            watch_spec(&el, spec);
        }
    });
    let frame = Memo::new(move |_| spec.get().map(|s| s.frame()));
    let filter = Memo::new(move |_| spec.get().and_then(|s| s.clustered));
    // A new idea elsewhere in the page: load what is in view again.
    let reloads = RwSignal::new(0u32);
    super::super::island_events::listen(super::super::island_events::IDEAS_CHANGED, move |_| {
        reloads.update(|n| *n += 1)
    });
    let map = StoredValue::new_local(None::<Map>);
    Effect::new(move |_| {
        let (Some(el), true, Some(spec)) = (node.get(), leaflet_ready.get(), frame.get()) else {
            return;
        };
        remove_map(map);
        build(&el, &settings, spec, map, filter, reloads);
    });
    // Taken out as it is removed, so late arrivals (outlines, the re-measure) find no map.
    on_cleanup(move || remove_map(map));
}

fn remove_map(map: StoredValue<Option<Map>, LocalStorage>) {
    map.try_update_value(|m| {
        if let Some(m) = m.take() {
            // A zoom still animating would finish on the removed map and throw (Leaflet 1.9
            // ends it from a timer): mark it done first.
            let _ = js_sys::Reflect::set(&m, &"_animatingZoom".into(), &false.into());
            m.remove();
        }
    });
}

fn leaflet_loaded() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w, &"L".into()).unwrap_or(false))
}

/// Adds Leaflet's style sheet and script to the page (once; added here rather than in the page's
/// head, so that only pages with a map fetch them and every page's head has the same shape) and sets
/// `ready` when both have loaded.
fn load_leaflet(ready: RwSignal<bool>) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let pending = std::rc::Rc::new(std::cell::Cell::new(0u8));
    for (id, tag, attribute, url) in [
        ("leaflet-css", "link", "href", "/leaflet/leaflet.css"),
        ("leaflet-script", "script", "src", "/leaflet/leaflet.js"),
    ] {
        let element = match doc.get_element_by_id(id) {
            Some(existing) => existing,
            None => {
                let Ok(element) = doc.create_element(tag) else {
                    return;
                };
                let _ = element.set_attribute("id", id);
                if tag == "link" {
                    let _ = element.set_attribute("rel", "stylesheet");
                }
                let _ = element.set_attribute(attribute, url);
                // At the very end of the body: the islands router patches the document node by
                // node, and leaves alone what the old page has beyond the new page's last node.
                if let Some(body) = doc.body() {
                    let _ = body.append_child(&element);
                }
                element
            }
        };
        if element.get_attribute("data-loaded").is_some() {
            continue;
        }
        pending.set(pending.get() + 1);
        let pending = pending.clone();
        let marked = element.clone();
        let on_load = Closure::<dyn Fn(JsValue)>::new(move |_| {
            let _ = marked.set_attribute("data-loaded", "");
            pending.set(pending.get().saturating_sub(1));
            if pending.get() == 0 && leaflet_loaded() {
                ready.try_set(true);
            }
        });
        let _ = element.add_event_listener_with_callback("load", on_load.as_ref().unchecked_ref());
        on_load.forget();
    }
    if pending.get() == 0 && leaflet_loaded() {
        ready.set(true);
    }
}

/// Reads the spec from the frame around the map now and whenever its `data-spec` changes.
fn watch_spec(el: &web_sys::HtmlElement, spec: RwSignal<Option<MapSpec>>) {
    let Ok(Some(frame)) = el.closest(".map-frame") else {
        return;
    };
    let read = {
        let frame = frame.clone();
        move || {
            let parsed = frame
                .get_attribute("data-spec")
                .and_then(|json| serde_json::from_str::<MapSpec>(&json).ok());
            if parsed.is_some() && spec.try_with_untracked(|s| s != &parsed) == Some(true) {
                spec.try_set(parsed);
            }
        }
    };
    read();
    let on_change = Closure::<dyn Fn(JsValue)>::new(move |_| read());
    if let Ok(observer) = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()) {
        let options = web_sys::MutationObserverInit::new();
        options.set_attributes(true);
        options.set_attribute_filter(&js_sys::Array::of1(&"data-spec".into()));
        let _ = observer.observe_with_options(&frame, &options);
        on_cleanup(move || observer.disconnect());
    }
    on_change.forget();
}

fn build(
    el: &web_sys::HtmlElement,
    settings: &MapSettings,
    spec: MapSpec,
    map: StoredValue<Option<Map>, LocalStorage>,
    filter: Memo<Option<IdeaFilter>>,
    reloads: RwSignal<u32>,
) {
    let options = MapOptions::default();
    let Ok(m) = Map::new_with_element(el, &options) else {
        return;
    };
    let (lat, lng, zoom) = spec
        .focus
        .unwrap_or((settings.center_lat, settings.center_lng, settings.zoom));
    m.set_view(&LatLng::new(lat, lng), zoom);
    let tile_options = TileLayerOptions::default();
    tile_options.set_attribution(settings.tile_attribution.clone());
    tile_options.set_max_zoom(19.0);
    tile_options.set_min_zoom(6.0);
    TileLayer::new_options(&settings.tile_url, &tile_options).add_to(&m);
    let group = LayerGroup::new();
    group.add_to(&m);
    let clustered = spec.clustered.is_some();
    let markers_decide = spec.fit_markers && (clustered || !spec.ideas.is_empty());
    load_outlines(
        map,
        spec.outlines_url.clone(),
        spec.fit_outlines && spec.focus.is_none() && !markers_decide,
    );
    report_zoom(&m, el.clone());
    label_zoom_buttons(el);
    if spec.place_pin {
        mark_pin_placing(el);
        place_pin(&m, el.clone(), map);
    }
    // The container may have been measured before it was laid out (a page swapped in by the
    // router): measure again once the browser has drawn it.
    let focus = spec.focus;
    gloo_timers::callback::Timeout::new(60, move || {
        // Not if the reader left the page already: Leaflet throws when a removed map moves.
        map.try_with_value(|m| {
            if let Some(m) = m {
                m.invalidate_size(false);
                // A point to look at stays in the middle of the map as it is really drawn.
                if let Some((lat, lng, zoom)) = focus {
                    m.set_view(&LatLng::new(lat, lng), zoom);
                }
            }
        });
    })
    .forget();
    if !clustered {
        for idea in &spec.ideas {
            let marker = idea_marker(idea);
            group.add_layer(&marker);
            // Escape closes its popup, and focus comes back to the marker.
            return_focus_on_close(&marker);
            if let Some(marker_element) = element_of(&marker) {
                close_on_escape(&marker_element.into(), &marker);
            }
        }
        if spec.fit_markers {
            fit_to_ideas(&m, &spec.ideas);
        }
    }
    map.set_value(Some(m));
    if clustered {
        let filter = Signal::derive(move || {
            reloads.track();
            filter.get().unwrap_or_default()
        });
        super::clusters::follow_view(map, group, filter, spec.fit_markers);
    }
}

/// The pin for a new idea: a click, or Enter on the focused map, drops it; it can be dragged; every
/// change is announced to the form, and the form's `pin-clear` lifts it.
fn place_pin(m: &Map, container: web_sys::HtmlElement, map: StoredValue<Option<Map>, LocalStorage>) {
    use super::super::island_events::{announce, listen, PIN, PIN_CLEAR};
    let pin = RwSignal::new(None::<(f64, f64)>);
    let pin_marker = StoredValue::new_local(None::<Marker>);
    let on_click = Closure::<dyn Fn(leaflet::MouseEvent)>::new(move |e: leaflet::MouseEvent| {
        let at = e.lat_lng();
        pin.set(Some((at.lat(), at.lng())));
    });
    m.on("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    listen_for_enter(m, container, pin);
    listen(PIN_CLEAR, move |_| pin.set(None));
    Effect::new(move |previous: Option<Option<(f64, f64)>>| {
        let at = pin.get();
        if previous.is_some_and(|p| p != at) || (previous.is_none() && at.is_some()) {
            announce(PIN, at);
        }
        match (at, pin_marker.get_value()) {
            (Some((lat, lng)), Some(marker)) => marker.set_lat_lng(&LatLng::new(lat, lng)),
            (Some((lat, lng)), None) => {
                let options = MarkerOptions::default();
                options.set_draggable(true);
                options.set_title(t(Msg::PinTitle).to_owned());
                options.set_alt(t(Msg::PinTitle).to_owned());
                options.set_keyboard(true);
                let marker = Marker::new_with_options(&LatLng::new(lat, lng), &options);
                let dragged = marker.clone();
                let on_drag_end = Closure::<dyn Fn(JsValue)>::new(move |_| {
                    let at = dragged.get_lat_lng();
                    pin.set(Some((at.lat(), at.lng())));
                });
                marker.on("dragend", on_drag_end.as_ref().unchecked_ref());
                on_drag_end.forget();
                map.with_value(|m| {
                    if let Some(m) = m {
                        marker.add_to(m);
                    }
                });
                pin_marker.set_value(Some(marker));
            }
            (None, Some(marker)) => {
                marker.remove();
                pin_marker.set_value(None);
            }
            (None, None) => {}
        }
        at
    });
}

/// Zooms to show every idea, not closer than street level; nothing to show leaves the view alone.
fn fit_to_ideas(map: &Map, ideas: &[IdeaSummary]) {
    let Some(first) = ideas.first() else { return };
    let mut extent = [first.lng, first.lat, first.lng, first.lat];
    for idea in ideas {
        extent = [
            extent[0].min(idea.lng),
            extent[1].min(idea.lat),
            extent[2].max(idea.lng),
            extent[3].max(idea.lat),
        ];
    }
    fit_extent(map, extent, 16.0);
}

/// The current zoom as `data-zoom` on the map's element, so the end-to-end tests can see where the
/// map looks without reading Leaflet's internals.
fn report_zoom(map: &Map, container: web_sys::HtmlElement) {
    let zoom_of = map.clone();
    let write = move || {
        let _ = container.set_attribute("data-zoom", &zoom_of.get_zoom().to_string());
    };
    write();
    let on_zoom = Closure::<dyn Fn(JsValue)>::new(move |_| write());
    map.on("zoomend", on_zoom.as_ref().unchecked_ref());
    on_zoom.forget();
}

/// Keyboard users place the pin too: focus the map, move it with the arrow keys (Leaflet's own
/// keyboard handling), press Enter, and the pin lands in the middle of the map. Enter on a marker
/// (inside the map) keeps opening that marker's popup instead.
fn listen_for_enter(map: &Map, container: web_sys::HtmlElement, pin: RwSignal<Option<(f64, f64)>>) {
    let centre_of = map.clone();
    let element: JsValue = container.clone().into();
    let on_key = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
        let on_map_itself = e.target().is_some_and(|t| JsValue::from(t) == element);
        if e.key() == "Enter" && on_map_itself {
            let at = centre_of.get_center();
            pin.set(Some((at.lat(), at.lng())));
        }
    });
    let _ = container.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
    on_key.forget();
}

fn idea_marker(idea: &IdeaSummary) -> Marker {
    let marker = pin_marker(idea.lat, idea.lng, idea.status, &idea.title);
    let place = idea.place(true);
    if let Some(popup) = popup_content(idea.id, &idea.title, idea.status, Some(&place)) {
        close_on_escape(&popup, &marker);
        marker.bind_popup_with_options(&popup, &js_sys::Object::new());
    }
    marker
}

/// Fetches the outlines and draws them as lines that do not catch clicks (a click is for the pin).
/// The map is looked up when they arrive: the reader may have left the page meanwhile, and Leaflet
/// throws when a removed map is asked to move.
fn load_outlines(map: StoredValue<Option<Map>, LocalStorage>, url: String, fit: bool) {
    leptos::task::spawn_local(async move {
        let Ok(response) = gloo_net::http::Request::get(&url).send().await else {
            return;
        };
        let Ok(text) = response.text().await else { return };
        let Ok(data) = js_sys::JSON::parse(&text) else {
            return;
        };
        let Some(Some(map)) = map.try_get_value() else {
            return;
        };
        let style = js_sys::Object::new();
        let set = |obj: &js_sys::Object, k: &str, v: JsValue| {
            let _ = js_sys::Reflect::set(obj, &k.into(), &v);
        };
        set(&style, "color", "#1d4f91".into());
        set(&style, "weight", 1.5.into());
        set(&style, "opacity", 0.8.into());
        set(&style, "fillOpacity", 0.04.into());
        set(&style, "interactive", false.into());
        let options = js_sys::Object::new();
        set(&options, "style", style.into());
        set(&options, "interactive", false.into());
        let layer: GeoJson = geo_json(&data, &options);
        layer.add_to(&map);
        if fit {
            map.invalidate_size(false);
            let bounds = js_sys::Reflect::get(&layer, &"getBounds".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                .and_then(|f| f.call0(&layer).ok());
            if let Some(bounds) = bounds {
                // The first view: nothing to animate from.
                let options = js_sys::Object::new();
                set(&options, "animate", false.into());
                map.fit_bounds_with_options(bounds.unchecked_ref(), &options);
            }
        }
    });
}
