//! The `wijkidee` server: configuration, start-up (database, migrations, wards, demo data), the
//! router with its security layers, and the plain HTTP routes (health, open data).
//!
//! A library as well as a binary so the integration tests can start a real server on port 0.

#![recursion_limit = "256"]

pub mod admin;
pub mod clean_query;
pub mod config;
pub mod demo;
pub mod demo_bulk;
pub mod demo_life;
pub mod html_tidy;
pub mod locale;
pub mod mail;
pub mod notification_links;
pub mod open_data;
pub mod page_cache;
pub mod precompressed;
pub mod reminders;
pub mod render_threads;
pub mod request_trace;
pub mod router;
pub mod security;
pub mod startup;
pub mod static_files;
pub mod wards_import;
pub mod watchdog;

pub use config::ServeConfig;
pub use startup::{prepare_database, spawn, Running};
