//! Small inline SVG icons: drawn with the text colour, hidden from screen readers (the words beside
//! them say it), and independent of which fonts a device has (emoji are missing on many).

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
