//! Plain HTTP routes with stable public URLs (not server functions): ward outlines for the map now,
//! the open-data feeds later.

pub mod map;
pub mod wards;
