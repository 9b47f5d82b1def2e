//! `/meldingen`: the reader's notifications, newest first, and how they want them by mail.

use super::not_found::LoadError;
use crate::api::notifications::{list_notifications, MarkNotificationsRead, SetEmailFrequency};
use crate::components::page_head::PageHead;
use crate::components::session::use_session;
use crate::domain::time::iso_date;
use crate::domain::views::NotificationView;
use crate::domain::EmailFrequency;
use crate::error::ErrorKind;
use crate::i18n::{t, Msg};
use crate::routes;
use crate::wording::{describe_notification, format_date};
use leptos::prelude::*;

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let session = use_session();
    let mark = ServerAction::<MarkNotificationsRead>::new();
    let list = Resource::new(
        move || (mark.version().get(), session.logout.version().get()),
        |_| list_notifications(),
    );
    view! {
        <PageHead title=t(Msg::NotificationsTitle)/>
        <div class="page narrow">
            <h1>{t(Msg::NotificationsTitle)}</h1>
            <Transition fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) => {
                            let current = list.email_frequency;
                            view! {
                                {(list.unread > 0).then(|| view! {
                                    <ActionForm action=mark attr:class="inline-form">
                                        <button type="submit" class="button" data-testid="mark-all-read">{t(Msg::MarkAllRead)}</button>
                                    </ActionForm>
                                })}
                                {if list.items.is_empty() {
                                    view! { <p class="empty">{t(Msg::NotificationsEmpty)}</p> }.into_any()
                                } else {
                                    view! {
                                        <ol class="notification-list" data-testid="notification-list">
                                            {list.items.into_iter().map(|n| view! { <NotificationItem n mark/> }).collect_view()}
                                        </ol>
                                    }.into_any()
                                }}
                                <EmailSettings current/>
                            }.into_any()
                        }
                        Err(e) if e.kind == ErrorKind::Unauthenticated => view! {
                            <p class="panel login-prompt"><a href=routes::LOGIN>{t(Msg::NotificationsLoginFirst)}</a></p>
                        }.into_any(),
                        Err(error) => view! { <LoadError error/> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn NotificationItem(n: NotificationView, mark: ServerAction<MarkNotificationsRead>) -> impl IntoView {
    let text = describe_notification(&n);
    // Through the server, which marks it read on the way (a full load: the router does not follow
    // a redirect to another page).
    let href = routes::open_notification(n.id);
    view! {
        <li class="notification" class:notification-unread=!n.read data-testid="notification">
            <a href=href rel="external">{text}</a>
            {n.explanation.clone().map(|e| view! { <p class="notification-explanation" dir="auto">{e}</p> })}
            <span class="notification-meta">
                {(!n.read).then(|| view! { <span class="badge badge-new">{t(Msg::UnreadMark)}</span> })}
                <time datetime=iso_date(n.created_at)>{format_date(n.created_at)}</time>
            </span>
            {(!n.read).then(|| view! {
                <ActionForm action=mark attr:class="inline-form">
                    <input type="hidden" name="id" value=n.id.to_string()/>
                    <button type="submit" class="button button-quiet button-small">{t(Msg::MarkRead)}</button>
                </ActionForm>
            })}
        </li>
    }
}

/// An island, so "Opgeslagen" shows beside the button.
#[island(lazy)]
fn EmailSettings(current: EmailFrequency) -> impl IntoView {
    let action = ServerAction::<SetEmailFrequency>::new();
    let label = |f: EmailFrequency| match f {
        EmailFrequency::Direct => Msg::EmailDirect,
        EmailFrequency::Daily => Msg::EmailDaily,
        EmailFrequency::Never => Msg::EmailNever,
    };
    let saved = move || action.value().get().is_some_and(|r| r.is_ok());
    view! {
        <section class="panel" aria-labelledby="email-settings-heading">
            <ActionForm action attr:class="form">
                <fieldset>
                    <legend id="email-settings-heading">{t(Msg::EmailSettingsTitle)}</legend>
                    {EmailFrequency::ALL.into_iter().map(|f| {
                        let id = format!("frequency-{}", f.as_str());
                        view! {
                            <div class="radio">
                                <input type="radio" id=id.clone() name="frequency" value=f.as_str() checked=f == current/>
                                <label for=id>{t(label(f))}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <button type="submit" class="button">{t(Msg::SaveSettings)}</button>
                {move || saved().then(|| view! { <p class="notice notice-success" role="status">{t(Msg::SettingsSaved)}</p> })}
            </ActionForm>
        </section>
    }
}
