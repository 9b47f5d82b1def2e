//! One route a file.

pub mod account;
pub mod home;
pub mod idea;
pub mod not_found;
pub mod notifications;
pub mod unsubscribe;
pub mod wards;
