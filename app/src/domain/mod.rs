//! Pure types and rules shared by browser and server: no I/O here.
//!
//! Input is parsed into these newtypes once, at the edge (a server function or a form), so everything
//! behind the edge can trust it: a `IdeaTitle` is always 5–120 characters, a `Coordinates` is always a
//! finite point on Earth. The same parsers run in the browser for early feedback and on the server,
//! which is the one that counts.

pub mod account;
pub mod comment_text;
pub mod coordinates;
pub mod coverage;
pub mod email_frequency;
pub mod export_query;
pub mod filter;
#[cfg(feature = "ssr")]
pub mod geometry;
pub mod idea_text;
pub mod linkify;
pub mod map_view;
pub mod open311_query;
pub mod permissions;
pub mod progress;
pub mod records;
pub mod roles;
pub mod similarity;
pub mod status;
mod stored_enum;
pub mod time;
pub mod views;
pub mod ward_code;
pub mod workbench;
pub mod workflow;

pub use account::{DisplayName, Email, Password};
pub use comment_text::CommentBody;
pub use coordinates::Coordinates;
pub use email_frequency::EmailFrequency;
pub use filter::{IdeaFilter, Sort};
pub use idea_text::{IdeaDescription, IdeaTitle};
pub use status::Status;
pub use ward_code::{WardCode, WardLevel};
