//! Small inline SVG icons: drawn with the text colour, hidden from screen readers (the words beside
//! them say it), and independent of which fonts a device has (emoji are missing on many).

use crate::domain::Status;
use leptos::prelude::*;

#[component]
pub fn BellIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"/>
        </svg>
    }
}

#[component]
pub fn SpeechIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="15" height="15" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Z"/>
        </svg>
    }
}

/// The outline of a status's icon (24×24, drawn with a 2.2 px line): an envelope for submitted, a flag
/// for picked up, a pencil, a hammer, a tick, a cross, merging arrows, an arrow passed on, an arrow
/// taken back.
fn status_path(status: Status) -> &'static str {
    match status {
        Status::Ingediend => "M4 6h16v12H4zM4 7l8 6 8-6",
        Status::Opgepakt => "M6 21V4M6 4h11l-2.5 4L17 12H6",
        Status::InVoorbereiding => "M5 19l1-4L16 5l3 3L9 18zM14 7l3 3",
        Status::InUitvoering => "M13 4l7 7-3 3-7-7zM11 9l-7 7 3 3 7-7",
        Status::Gerealiseerd => "M4 12.5l5 5L20 6.5",
        Status::NietHaalbaar => "M6 6l12 12M18 6L6 18",
        Status::Samengevoegd => "M4 6h5l4 6h7M4 18h5l4-6M17 9l3 3-3 3",
        Status::Doorverwezen => "M5 5v6a3 3 0 0 0 3 3h11M15 10l4 4-4 4",
        Status::Ingetrokken => "M9 5L4 10l5 5M4 10h10a5 5 0 0 1 0 10h-3",
    }
}

/// A status's icon as SVG markup, for places that take HTML (the map's pins).
pub fn status_icon_html(status: Status) -> String {
    format!(
        "<svg class=\"icon\" viewBox=\"0 0 24 24\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">\
         <path fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.2\" stroke-linecap=\"round\" stroke-linejoin=\"round\" d=\"{}\"/></svg>",
        status_path(status)
    )
}

/// A status's icon, beside its word (which screen readers read instead).
#[component]
pub fn StatusIcon(status: Status) -> impl IntoView {
    view! {
        <svg class="icon status-icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
            <path fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" d=status_path(status)/>
        </svg>
    }
}
