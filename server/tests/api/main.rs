//! Integration tests: one binary; every test runs against a real server on port 0 with a fresh
//! database, once on SQLite and once on PostgreSQL.

mod helpers;

mod accounts;
mod cli;
mod comments;
mod concurrency;
mod coverage;
mod cross_site;
mod demo;
mod handover;
mod idea_counts;
mod ideas;
mod invitations;
mod languages;
mod mail;
mod map;
mod matrix;
mod messages;
mod notifications;
mod open311;
mod open_data;
mod own_ideas;
mod page_cache;
mod pages;
mod participation;
mod progress;
mod refusals;
mod repositories;
mod search;
mod soak;
mod staff;
mod wards;
mod work;
mod workbench;
