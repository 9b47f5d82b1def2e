//! Reusable views. `map` is the only module that touches Leaflet.

pub mod field;
pub mod header;
pub mod idea_form;
pub mod idea_list;
pub mod map;
pub mod session;
pub mod status_badge;
