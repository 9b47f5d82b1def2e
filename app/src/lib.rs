//! Wijkidee's Leptos application: routes, pages, components, server functions and domain types.
//!
//! Built twice: with `ssr` into the `wijkidee` server binary, with `hydrate` into the WebAssembly of
//! the islands (Leptos' islands architecture): pages are server components, rendered only on the
//! server; only the parts a person works with in the browser (`#[island]`: the map, the new-idea and
//! comment forms, a few forms whose answer shows beside them) are shipped and hydrated. Every other
//! form is a plain form, posted through the islands router, which fetches the next page and patches
//! the document (see `components::swap`). Pages read, and forms post, fully without JavaScript.

#![recursion_limit = "256"]

pub mod api;
mod app;
pub mod category_names;
pub mod components;
pub mod domain;
pub mod error;
mod focus_keeper;
pub mod i18n;
pub mod pages;
pub mod routes;
pub mod timeline_words;
pub mod wording;

#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod kept;
#[cfg(feature = "ssr")]
pub mod state;

pub use app::{shell, App};

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // From now on islands the router brings in may be hydrated (see `app::ISLAND_GUARD`).
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"__wijkideeReady".into(), &true.into());
    }
}
