//! The map: the only component that touches Leaflet.
//!
//! On the server it renders an empty, labelled region (Leaflet needs `window`); in the browser an
//! effect builds the Leaflet map into it once the tile settings arrive. Every map task has another
//! route: ideas are also in the list beside it, and a place can be chosen as a buurt in the form.

#[cfg(feature = "hydrate")]
mod clusters;
#[cfg(feature = "hydrate")]
mod leaflet_map;

use crate::domain::views::IdeaSummary;
use crate::i18n::{t, Msg};
use leptos::prelude::*;

/// The tile settings, fetched once per visit by the browser (never on the server). Created in `App`,
/// above every `<Suspense>`, so that maps inside suspended pages only read it.
pub type MapSettingsResource =
    LocalResource<Result<crate::domain::views::MapSettings, crate::error::AppError>>;

pub fn provide_map_settings() {
    provide_context::<MapSettingsResource>(LocalResource::new(crate::api::ideas::get_map_settings));
}

/// What the map should show and do.
#[derive(Clone)]
pub struct MapSpec {
    /// The ideas to show as markers (the same the list shows).
    pub ideas: Signal<Vec<IdeaSummary>>,
    /// URL of a GeoJSON FeatureCollection with ward outlines.
    pub outlines_url: String,
    /// When set, a click drops a draggable pin whose position is written here.
    pub pin: Option<RwSignal<Option<(f64, f64)>>>,
    /// Where to look: a point and zoom; `None` fits the outlines (or the configured start view).
    pub focus: Option<(f64, f64, f64)>,
    pub fit_outlines: bool,
    /// While true (a filtered list), the view follows the markers: it zooms to show them all
    /// whenever they change, so filtering by a wijk brings that wijk into view.
    pub fit_markers: Signal<bool>,
    /// When set, the map shows every idea matching this filter, clustered, loaded for the view from
    /// `/api/v1/map` (and `ideas` is not drawn).
    pub clustered: Option<Signal<crate::domain::IdeaFilter>>,
}

#[component]
pub fn IdeaMap(spec: MapSpec, label: &'static str, #[prop(optional)] class: &'static str) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    #[cfg(feature = "hydrate")]
    leaflet_map::mount(node, spec);
    #[cfg(not(feature = "hydrate"))]
    let _ = spec;
    // Keyboard users pass the map's many markers in one step.
    view! {
        <div class="map-frame">
            <a class="map-skip" href="#na-de-kaart">{t(Msg::MapSkip)}</a>
            <div class=format!("map {class}") node_ref=node role="region" aria-label=label data-testid="map"></div>
            <span id="na-de-kaart" tabindex="-1"></span>
        </div>
        <noscript><p class="map-noscript">{t(Msg::MapNoScript)}</p></noscript>
    }
}
