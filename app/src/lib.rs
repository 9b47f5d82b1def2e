//! Wijkidee's Leptos application: routes, pages, components, server functions and domain types.
//!
//! Built twice: with `ssr` into the `wijkidee` server binary, with `hydrate` into the WebAssembly that
//! makes the server-rendered pages interactive. Pages read fully without JavaScript.

#![recursion_limit = "256"]

pub mod api;
mod app;
pub mod components;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod state;

pub use app::{shell, App};

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
}
