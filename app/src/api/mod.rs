//! Server functions: the public HTTP API under `/api/` (listed in docs/api.md).
//!
//! Each one is thin: who is calling → may they → parse input into domain types → repository → answer.
//! Reads use GET (cacheable, safe to repeat); everything that changes state is a POST and is refused
//! when it comes from another site (server/src/security).

pub mod admin;
pub mod api_keys;
pub mod auth;
pub mod comments;
pub mod coverage;
pub mod handover;
pub mod idea_list;
pub mod ideas;
pub mod invitations;
pub mod messages;
pub mod notifications;
pub mod open_data;
pub mod own_ideas;
pub mod participation;
pub mod progress;
pub mod progress_report;
pub mod staff;
pub mod wards;
pub mod work;
pub mod workbench;

#[cfg(feature = "ssr")]
pub mod assignment;
#[cfg(feature = "ssr")]
pub mod context;
#[cfg(feature = "ssr")]
pub mod work_view;
