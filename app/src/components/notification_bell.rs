//! The bell in the header: a link to `/meldingen` with the number of unread notifications, read out
//! as words by screen readers.

use crate::i18n::{t, Msg};
use crate::routes;
use leptos::prelude::*;

/// `unread` is read by the header's own suspense boundary (a boundary in here, nested in that one,
/// broke hydration).
#[component]
pub fn NotificationBell(unread: i64) -> impl IntoView {
    view! {
        <a href=routes::NOTIFICATIONS class="bell" data-testid="bell">
            <super::icons::BellIcon/>
            <span class="bell-label">{t(Msg::NavNotifications)}</span>
            {(unread > 0).then(|| view! {
                <span class="bell-count" data-testid="unread-count">
                    {unread}<span class="visually-hidden">" " {t(Msg::UnreadLabel)}</span>
                </span>
            })}
        </a>
    }
}
