//! On `/beheer`: the keys other systems post ideas with over Open311. Plain forms: issuing one
//! shows it once on the page that follows (a flash cookie, see `api::api_keys`), never again, since
//! only its hash is kept.

use crate::api::api_keys::{list_api_keys, take_new_key, ApiKeyView, IssueApiKey, RevokeApiKey};
use crate::domain::time::iso_date;
use crate::i18n::{fill, number, t, Msg};
use crate::wording::format_date;
use leptos::prelude::*;

/// The form that issues a key, and the key just issued (from the flash cookie; `api::api_keys`).
#[component]
fn ApiKeyForm(issue: ServerAction<IssueApiKey>, keys: Vec<ApiKeyView>) -> impl IntoView {
    let new_key =
        take_new_key().and_then(|(id, key)| keys.iter().find(|k| k.id == id).map(|k| (k.name.clone(), key)));
    view! {
        <ActionForm action=issue attr:class="form" attr:data-testid="api-key-form">
            <div class="field">
                <label for="key-name">{t(Msg::AdminApiKeyName)}</label>
                <input id="key-name" name="system" type="text" required minlength="2" maxlength="60" autocomplete="off"/>
            </div>
            <button type="submit" class="button">{t(Msg::AdminApiKeyIssue)}</button>
        </ActionForm>
        {new_key.map(|(name, key)| view! {
            <div class="notice notice-success" role="status" data-testid="api-key-issued">
                <p>{fill(Msg::AdminApiKeyIssued, &[("name", &name)])}</p>
                <label for="api-key">{t(Msg::AdminApiKeyLabel)}</label>
                <input id="api-key" type="text" readonly value=key data-testid="api-key"/>
            </div>
        })}
    }
}

#[component]
pub fn ApiKeysSection() -> impl IntoView {
    let issue = ServerAction::<IssueApiKey>::new();
    let revoke = ServerAction::<RevokeApiKey>::new();
    let keys = Resource::new(
        move || issue.version().get() + revoke.version().get(),
        |_| list_api_keys(),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                keys.await.ok().map(|list| view! {
                    <section class="panel" aria-labelledby="api-keys-heading" data-testid="api-keys">
                        <h2 id="api-keys-heading">{t(Msg::AdminApiKeys)}</h2>
                        <p>{t(Msg::AdminApiKeysIntro)}</p>
                        {move || issue.value().get().and_then(Result::err).or_else(crate::components::field::error_in_address).filter(|e| e.is_for("system")).map(|e| view! {
                            <p class="notice notice-error" role="alert">{e.to_string()}</p>
                        })}
                        <ApiKeyForm issue keys=list.clone()/>
                        {if list.is_empty() {
                            view! { <p class="muted">{t(Msg::AdminNoApiKeys)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="invitation-list">
                                    {list.into_iter().map(|k| view! {
                                        <li data-testid="api-key-row">
                                            <p><strong>{k.name}</strong></p>
                                            <p class="muted">
                                                <time datetime=iso_date(k.created_at)>{format_date(k.created_at)}</time>
                                                " · "{fill(Msg::AdminApiKeyIdeas, &[("count", &number(k.ideas))])}
                                                {k.revoked_at.map(|at| view! {
                                                    " · "{t(Msg::AdminApiKeyRevokedOn)}" "
                                                    <time datetime=iso_date(at)>{format_date(at)}</time>
                                                })}
                                            </p>
                                            {k.revoked_at.is_none().then(|| view! {
                                                <ActionForm action=revoke attr:class="inline-form" attr:data-done=t(Msg::AdminApiKeyRevoked)>
                                                    <input type="hidden" name="id" value=k.id.to_string()/>
                                                    <button type="submit" class="button button-quiet">{t(Msg::AdminApiKeyRevoke)}</button>
                                                </ActionForm>
                                            })}
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    </section>
                })
            })}
        </Suspense>
    }
}
