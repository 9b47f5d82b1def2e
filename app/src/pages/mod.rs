//! One route a file.

pub mod account;
pub mod admin;
pub mod admin_api_keys;
pub mod admin_coverage;
pub mod admin_invitations;
pub mod admin_invite;
pub mod admin_professional;
pub mod admin_staff;
pub mod home;
pub mod idea;
pub mod invitation;
pub mod my_ideas;
pub mod not_found;
pub mod notifications;
pub mod open_data;
pub mod progress;
pub mod unsubscribe;
pub mod wards;
pub mod workbench;
