//! The site header: name, main navigation, the account links and the language switch.

use super::session::use_session;
use crate::domain::roles::Role;
use crate::i18n::{t, Msg};
use crate::routes;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let session = use_session();
    view! {
        <header class="site-header">
            <a class="brand" href=routes::HOME>
                <span class="brand-mark" aria-hidden="true">"◉"</span>
                <span class="brand-name">{t(Msg::AppName)}</span>
                <span class="brand-place">{t(Msg::Municipality)}</span>
            </a>
            <nav class="main-nav" aria-label=t(Msg::NavMainLabel)>
                <A href=routes::HOME exact=true>{t(Msg::NavIdeas)}</A>
                <A href=routes::WARDS>{t(Msg::NavWards)}</A>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        let role = session.user.await.ok().flatten().map(|u| u.role);
                        view! {
                            {role.filter(|r| r.works_on_ideas()).map(|_| view! { <A href=routes::WORKBENCH>{t(Msg::NavWorkbench)}</A> })}
                            {role.filter(|r| *r == Role::Administrator).map(|_| view! { <A href=routes::ADMIN>{t(Msg::NavAdmin)}</A> })}
                        }
                    })}
                </Suspense>
            </nav>
            <div class="account">
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match session.user.await {
                            Ok(Some(user)) => view! {
                                <super::notification_bell::NotificationBell unread=session.unread.await.unwrap_or(0)/>
                                <a class="account-name" href=routes::MY_IDEAS data-testid="account-link">
                                    <span class="visually-hidden">{t(Msg::LoggedInAs)} " "</span>
                                    {user.display_name}
                                    <span class="visually-hidden">{" · "} {t(Msg::NavMyIdeas)}</span>
                                </a>
                                <ActionForm action=session.logout attr:class="inline-form">
                                    <button type="submit" class="button button-quiet">{t(Msg::NavLogout)}</button>
                                </ActionForm>
                            }.into_any(),
                            _ => view! {
                                <a href=routes::LOGIN class="button button-quiet">{t(Msg::NavLogin)}</a>
                                <a href=routes::REGISTER class="button">{t(Msg::NavRegister)}</a>
                            }.into_any(),
                        }
                    })}
                </Suspense>
            </div>
            <super::language_nav::LanguageNav/>
        </header>
    }
}
