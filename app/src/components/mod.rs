//! Reusable views. `map` is the only module that touches Leaflet.

pub mod comments;
pub mod disclosure;
pub mod field;
pub mod filter_bar;
pub mod handover;
pub mod header;
pub mod icons;
pub mod idea_form;
pub mod idea_list;
pub mod island_events;
pub mod language_nav;
pub mod map;
pub mod messages;
pub mod notification_bell;
pub mod own_idea;
pub mod page_head;
pub mod pager;
pub mod participation;
pub mod progress_chart;
pub mod progress_panel;
pub mod session;
pub mod similar_ideas;
pub mod status_badge;
pub mod swap;
pub mod ward_follow;
pub mod work_panel;
