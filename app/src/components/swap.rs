//! `Swap`: a server-rendered part of a page that the islands router replaces whole on every
//! navigation, instead of patching it.
//!
//! The islands router moves between pages by fetching the next page's HTML and walking the old and
//! the new document side by side, updating text and *setting* attributes. That walk is only right
//! where both documents have the same shape: a list that grew, an attribute that went away
//! (`selected`, `aria-current`, `open`) or a form a server function answered would be patched into
//! something neither page is. The router replaces a branch whose opening marker (`<!--bo-…-->`)
//! differs wholesale, so a `Swap` writes its own pair of markers with a name that is new on every
//! render. (Not a keyed `<For>`, which the router also replaces: in Leptos 0.8.23 replacing one moves
//! its closing marker out of the walk, and the rest of the page is never patched.) Islands inside a
//! swap are replaced and hydrated afresh; islands meant to keep their state (the map, the new-idea
//! form) stay outside. Server only: nothing of it runs in the browser.

use leptos::prelude::*;
use leptos::tachys::html::InertElement;
use std::sync::atomic::{AtomicU64, Ordering};

static RENDERS: AtomicU64 = AtomicU64::new(0);

#[component]
pub fn Swap(children: Children) -> impl IntoView {
    // Unique within this process and, with the start time, across restarts and instances.
    let key = format!("{}x{}", started(), RENDERS.fetch_add(1, Ordering::Relaxed));
    view! {
        {InertElement::new(format!("<!--bo-swap{key}-->"))}
        {children()}
        {InertElement::new(format!("<!--bc-swap{key}-->"))}
    }
}

fn started() -> u64 {
    use std::sync::OnceLock;
    static STARTED: OnceLock<u64> = OnceLock::new();
    *STARTED.get_or_init(|| {
        #[cfg(feature = "ssr")]
        {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_micros() as u64)
                .unwrap_or(0)
        }
        #[cfg(not(feature = "ssr"))]
        0
    })
}
