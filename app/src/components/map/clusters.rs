//! Every idea matching the filter, on the map at any number: after each move the map asks
//! `/api/v1/map` for its view and zoom, and draws what comes back, clusters (a count in a circle)
//! where ideas crowd and single markers where they do not. The browser holds only what is in view.
//!
//! Keyboard and screen readers: every cluster and marker is focusable with a name ("12 ideeën in
//! Schildersbuurt", "Idee: Meer bankjes, ingediend"); Enter opens a cluster by zooming into it (focus
//! goes back to the map, to go on with the arrow keys or Tab), or a marker's popup; Escape (on the
//! marker or in the popup) closes the popup and focus returns to its marker. Leaflet handles Escape
//! only while the map itself has focus, so the markers listen for it themselves.

use super::markers::{
    close_on_escape, div_icon, element_of, fit_extent, pin_marker, popup_content, return_focus_on_close,
};
use crate::domain::map_view::{MapAnswer, MapCluster, MapIdea};
use crate::domain::IdeaFilter;
use crate::i18n::{fill, t, Msg};
use leaflet::{DivIconOptions, LatLng, LayerGroup, Map, Marker, MarkerOptions, Point};
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{prelude::*, JsCast};

type MapCell = StoredValue<Option<Map>, LocalStorage>;

/// Keeps `layer` showing the ideas of `filter` in the map's view. When the filter narrows (a wijk,
/// a subject, words) and `fit` is set, the view first moves to all the ideas that match (a wijk's
/// own page fits its outline instead).
pub fn follow_view(map: MapCell, layer: LayerGroup, filter: Signal<IdeaFilter>, fit: bool) {
    // Answers can overtake each other; only the latest request's answer is drawn.
    let latest = Rc::new(Cell::new(0u32));
    let reload = {
        let (latest, layer) = (latest.clone(), layer.clone());
        // A move can still arrive while the page is being left, after its signals are gone.
        move || {
            if let Some(filter) = filter.try_get_untracked() {
                load(map, layer.clone(), filter, latest.clone());
            }
        }
    };
    if let Some(Some(m)) = map.try_get_value() {
        let reload = reload.clone();
        let on_move = Closure::<dyn Fn(JsValue)>::new(move |_| reload());
        m.on("moveend", on_move.as_ref().unchecked_ref());
        on_move.forget();
    }
    Effect::new(move |_| {
        let filter = filter.get();
        if fit && filter.narrows() {
            fit_to_matches(map, filter);
        }
        reload();
    });
}

fn query(filter: &IdeaFilter) -> String {
    let mut only_filter = filter.with_page(1);
    only_filter.sort = Default::default();
    only_filter.to_query()
}

async fn fetch(url: &str) -> Option<MapAnswer> {
    let response = gloo_net::http::Request::get(url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.json::<MapAnswer>().await.ok()
}

fn load(map: MapCell, layer: LayerGroup, filter: IdeaFilter, latest: Rc<Cell<u32>>) {
    let Some(Some(m)) = map.try_get_value() else {
        return;
    };
    // Opening a popup pans the map to show it; redrawing then would take the popup away.
    if popup_open(&m) {
        return;
    }
    let bounds = m.get_bounds();
    let (sw, ne) = (bounds.get_south_west(), bounds.get_north_east());
    let clamp = |v: f64, limit: f64| v.clamp(-limit, limit);
    let url = format!(
        "/api/v1/map?bbox={},{},{},{}&zoom={}&{}",
        clamp(sw.lng(), 180.0),
        clamp(sw.lat(), 90.0),
        clamp(ne.lng(), 180.0),
        clamp(ne.lat(), 90.0),
        m.get_zoom().round().clamp(0.0, 22.0) as u8,
        query(&filter),
    );
    let ticket = latest.get().wrapping_add(1);
    latest.set(ticket);
    leptos::task::spawn_local(async move {
        let Some(answer) = fetch(&url).await else { return };
        if latest.get() != ticket {
            return;
        }
        let Some(Some(m)) = map.try_get_value() else {
            return;
        };
        // A popup opened while this answer was on its way stays: redrawing would take it away.
        if popup_open(&m) {
            return;
        }
        draw(&m, &layer, &answer);
        if let Some(el) = container(&m) {
            let _ = el.set_attribute("data-total", &answer.total.to_string());
        }
    });
}

/// Moves the view to every idea that matches (not closer than street level).
fn fit_to_matches(map: MapCell, filter: IdeaFilter) {
    let url = format!("/api/v1/map?bbox=-180,-90,180,90&zoom=10&{}", query(&filter));
    leptos::task::spawn_local(async move {
        let Some(extent) = fetch(&url).await.and_then(|a| a.extent()) else {
            return;
        };
        let Some(Some(m)) = map.try_get_value() else {
            return;
        };
        fit_extent(&m, extent, 16.0);
    });
}

fn popup_open(m: &Map) -> bool {
    js_sys::Reflect::get(m, &"_popup".into())
        .ok()
        .filter(|p| !p.is_undefined() && !p.is_null())
        .and_then(|popup| {
            let is_open = js_sys::Reflect::get(&popup, &"isOpen".into()).ok()?;
            is_open.dyn_into::<js_sys::Function>().ok()?.call0(&popup).ok()
        })
        .is_some_and(|open| open.is_truthy())
}

fn container(m: &Map) -> Option<web_sys::HtmlElement> {
    m.get_container().dyn_into::<web_sys::HtmlElement>().ok()
}

fn draw(m: &Map, layer: &LayerGroup, answer: &MapAnswer) {
    let focused = focused_marker_name(m);
    layer.clear_layers();
    for cluster in &answer.clusters {
        let marker = cluster_marker(m, cluster);
        layer.add_layer(&marker);
        name_it(&marker, &cluster_name(cluster));
        let clicked = marker.clone();
        on_enter(&marker, move || {
            clicked.fire("click", &js_sys::Object::new(), None);
        });
    }
    for idea in &answer.ideas {
        let marker = idea_marker(idea);
        layer.add_layer(&marker);
        let name = fill(
            Msg::MapIdeaName,
            &[("title", &idea.title), ("status", t(idea.status.label()))],
        );
        name_it(&marker, &name);
        return_focus_on_close(&marker);
        let opened = marker.clone();
        on_enter(&marker, move || {
            opened.open_popup();
        });
        if let Some(el) = element_of(&marker) {
            close_on_escape(&el.into(), &marker);
        }
    }
    if let Some(name) = focused {
        refocus(m, &name);
    }
}

/// The name of the marker that has the keyboard's focus, if one has.
fn focused_marker_name(m: &Map) -> Option<String> {
    let active = web_sys::window()?.document()?.active_element()?;
    let inside = container(m).is_some_and(|c| c.contains(Some(&active)));
    (inside && active.class_list().contains("leaflet-marker-icon"))
        .then(|| active.get_attribute("aria-label"))?
}

/// A redraw replaces every marker; the one with the same name gets the focus back, so a keyboard
/// user is not thrown out of the map because new data arrived.
fn refocus(m: &Map, name: &str) {
    let Some(markers) = container(m).and_then(|c| c.query_selector_all(".leaflet-marker-icon").ok()) else {
        return;
    };
    for i in 0..markers.length() {
        let Some(el) = markers
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        if el.get_attribute("aria-label").as_deref() == Some(name) {
            let _ = el.focus();
            return;
        }
    }
}

fn cluster_name(cluster: &MapCluster) -> String {
    let count = cluster.count.to_string();
    match &cluster.place {
        Some(place) => fill(Msg::MapClusterIn, &[("count", &count), ("place", place)]),
        None => fill(Msg::MapClusterHere, &[("count", &count)]),
    }
}

fn cluster_marker(m: &Map, cluster: &MapCluster) -> Marker {
    let size = match cluster.count {
        0..=9 => 34.0,
        10..=99 => 42.0,
        100..=999 => 50.0,
        _ => 58.0,
    };
    let icon = DivIconOptions::new();
    icon.set_class_name("idea-cluster".to_owned());
    icon.set_html(format!("<span aria-hidden=\"true\">{}</span>", cluster.count));
    icon.set_icon_size(Point::new(size, size));
    let options = MarkerOptions::default();
    options.set_icon(div_icon(&icon));
    options.set_title(cluster_name(cluster));
    options.set_keyboard(true);
    let marker = Marker::new_with_options(&LatLng::new(cluster.lat, cluster.lng), &options);
    let (map, bounds, zoom) = (m.clone(), cluster.bounds, m.get_zoom());
    let open = Closure::<dyn Fn(JsValue)>::new(move |_| {
        let [west, south, east, north] = bounds;
        if (east - west).abs() < 1e-9 && (north - south).abs() < 1e-9 {
            map.set_view(&LatLng::new(south, west), (zoom + 3.0).min(18.0));
        } else {
            fit_extent(&map, bounds, (zoom + 4.0).min(18.0));
        }
        if let Some(el) = container(&map) {
            let _ = el.focus();
        }
    });
    marker.on("click", open.as_ref().unchecked_ref());
    open.forget();
    marker
}

/// Enter (or Space) on a focused marker does `action`. Leaflet's own Enter goes through the
/// deprecated `keypress`, which not every browser sends; the default is prevented, so it never
/// runs twice.
fn on_enter(marker: &Marker, action: impl Fn() + 'static) {
    let Some(el) = element_of(marker) else { return };
    let on_key = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            e.stop_propagation();
            action();
        }
    });
    let _ = el.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
    on_key.forget();
}

fn idea_marker(idea: &MapIdea) -> Marker {
    let marker = pin_marker(idea.lat, idea.lng, idea.status, &idea.title);
    if let Some(popup) = popup_content(idea.id, &idea.title, idea.status, None) {
        // Escape inside the popup (on its link) closes it too; focus then returns to the marker.
        close_on_escape(&popup, &marker);
        marker.bind_popup_with_options(&popup, &js_sys::Object::new());
    }
    marker
}

/// The marker's accessible name (its element exists once it is on the map).
fn name_it(marker: &Marker, name: &str) {
    if let Some(el) = element_of(marker) {
        let _ = el.set_attribute("aria-label", name);
    }
}
