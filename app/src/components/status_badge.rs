//! A status as word, colour and icon together (never colour alone, WCAG 1.4.1).

use super::icons::StatusIcon;
use crate::domain::Status;
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    view! {
        <span class=format!("status status-{}", status.as_str())>
            <StatusIcon status/>
            {t(status.label())}
        </span>
    }
}
