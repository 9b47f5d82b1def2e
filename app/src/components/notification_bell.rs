//! The bell in the header: a link to `/meldingen` with the number of unread notifications, read out
//! as words by screen readers.

use super::session::use_session;
use crate::i18n::{t, Msg};
use leptos::prelude::*;

#[component]
pub fn NotificationBell() -> impl IntoView {
    let session = use_session();
    view! {
        <a href="/meldingen" class="bell" data-testid="bell">
            <span aria-hidden="true">"🔔"</span>
            <span class="bell-label">{t(Msg::NavNotifications)}</span>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let n = session.unread.await.unwrap_or(0);
                    (n > 0).then(|| view! {
                        <span class="bell-count" data-testid="unread-count">
                            {n}<span class="visually-hidden">" " {t(Msg::UnreadLabel)}</span>
                        </span>
                    })
                })}
            </Transition>
        </a>
    }
}
