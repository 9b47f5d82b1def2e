//! `/afmelden/{token}`: the page behind the unsubscribe link in every mail. No login; one button (a
//! link alone must not unsubscribe, because mail scanners open links).

use crate::api::notifications::Unsubscribe;
use crate::components::page_head::PageHead;
use crate::i18n::{t, Msg};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    view! {
        <PageHead title=t(Msg::UnsubscribeTitle) noindex=true/>
        <div class="page narrow">
            <h1>{t(Msg::UnsubscribeTitle)}</h1>
            <UnsubscribeForm token=token()/>
        </div>
    }
}

/// An island, so the confirmation replaces the button.
#[island(lazy)]
fn UnsubscribeForm(token: String) -> impl IntoView {
    let token = StoredValue::new(token);
    let action = ServerAction::<Unsubscribe>::new();
    let done = move || action.value().get().is_some_and(|r| r.is_ok());
    let error = move || action.value().get().and_then(Result::err).map(|e| e.to_string());
    view! {
            <Show
                when=done
                fallback=move || view! {
                    <p>{t(Msg::UnsubscribeText)}</p>
                    {move || error().map(|e| view! { <p class="notice notice-error" role="alert">{e}</p> })}
                    <ActionForm action>
                        <input type="hidden" name="token" value=token.get_value()/>
                        <button type="submit" class="button button-primary" data-testid="unsubscribe">{t(Msg::UnsubscribeButton)}</button>
                    </ActionForm>
                }
            >
                <p class="notice notice-success" role="status">{t(Msg::UnsubscribeDone)}</p>
            </Show>
    }
}
