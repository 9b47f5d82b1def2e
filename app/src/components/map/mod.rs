//! The map: the only component that touches Leaflet, and the page's largest island.
//!
//! The server renders a labelled, empty region inside a frame that carries what the map should show
//! (`data-spec`, JSON). The island reads it in the browser, loads Leaflet on demand (only pages with
//! a map ever fetch it) and builds the map. When the islands router swaps in a new page it leaves
//! islands alone but updates the frame's attributes: the island watches `data-spec`, so a new filter
//! or another idea on the same route redraws the map without a page load.
//!
//! Every map task has another route: ideas are also in the list beside it, and a place can be chosen
//! as a buurt in the form. The pin the map places reaches the form through a window event
//! (`wijkidee:pin`), because islands share no signals; see [`super::island_events`].

#[cfg(feature = "hydrate")]
mod clusters;
#[cfg(feature = "hydrate")]
mod controls;
#[cfg(feature = "hydrate")]
mod leaflet_map;
#[cfg(feature = "hydrate")]
mod markers;

use crate::domain::views::{IdeaSummary, MapSettings};
use crate::domain::IdeaFilter;
use crate::i18n::{t, Msg};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the map should show and do: plain data, written into the page by the server.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MapSpec {
    /// Ideas drawn as given (an idea's own page); unused when `clustered` is set.
    pub ideas: Vec<IdeaSummary>,
    /// URL of a GeoJSON FeatureCollection with ward outlines.
    pub outlines_url: String,
    /// A click (or Enter on the map) drops a draggable pin for a new idea.
    pub place_pin: bool,
    /// Where to look: a point and zoom; `None` fits the outlines (or the configured start view).
    pub focus: Option<(f64, f64, f64)>,
    pub fit_outlines: bool,
    /// The view follows the markers: it zooms to show them all, so filtering by a wijk brings that
    /// wijk into view.
    pub fit_markers: bool,
    /// Every idea matching this filter, clustered, loaded for the view from `/api/v1/map`.
    pub clustered: Option<IdeaFilter>,
}

impl MapSpec {
    /// The same map apart from which ideas it clusters: a change there redraws markers, any other
    /// change builds the map anew.
    pub fn frame(&self) -> MapSpec {
        MapSpec {
            clustered: self.clustered.as_ref().map(|_| IdeaFilter::default()),
            ..self.clone()
        }
    }
}

/// The map region with its skip link; the server's part of the map.
#[component]
pub fn IdeaMap(spec: MapSpec, label: &'static str, #[prop(optional)] class: &'static str) -> impl IntoView {
    let spec = serde_json::to_string(&spec).unwrap_or_default();
    view! {
        // Keyboard users pass the map's many markers in one step.
        <div class="map-frame" data-spec=spec>
            <a class="map-skip" href="#na-de-kaart">{t(Msg::MapSkip)}</a>
            <MapIsland settings=map_settings() label=label.to_owned() class=class.to_owned()/>
            <span id="na-de-kaart" tabindex="-1"></span>
        </div>
        // Not a <noscript>: the islands router parses the next page with scripting off, so a
        // <noscript> would have other children there than in the page the browser parsed, and the
        // patch would go astray after it. The shell's script marks `<html class="js">` instead.
        <p class="map-noscript">{t(Msg::MapNoScript)}</p>
    }
}

/// The tile server and start view, from the configuration (only ever called on the server: in the
/// browser the settings arrive as the island's props).
fn map_settings() -> MapSettings {
    #[cfg(feature = "ssr")]
    if let Ok(state) = crate::api::context::app_state() {
        return state.config.map.clone();
    }
    MapSettings {
        tile_url: String::new(),
        tile_attribution: String::new(),
        center_lat: 52.07,
        center_lng: 4.30,
        zoom: 12.0,
    }
}

#[island(lazy)]
fn MapIsland(settings: MapSettings, label: String, class: String) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    #[cfg(feature = "hydrate")]
    leaflet_map::mount(node, settings);
    #[cfg(not(feature = "hydrate"))]
    let _ = settings;
    view! {
        <div class=format!("map {class}") node_ref=node role="region" aria-label=label data-testid="map"></div>
    }
}
