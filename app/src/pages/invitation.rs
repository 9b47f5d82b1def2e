//! `/uitnodiging/{token}`: an invited professional sets their name and password (or confirms the
//! password of the account they already have) and is logged in with their new role.

use super::not_found::LoadError;
use crate::api::invitations::{get_invitation, AcceptInvitation};
use crate::components::field::{field_error, form_error, Field};
use crate::components::page_head::PageHead;
use crate::domain::roles::Work;
use crate::error::{AppError, ErrorKind};
use crate::i18n::{t, Msg};
use crate::routes;
use crate::wording::work_words;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn InvitationPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let invitation = Resource::new(token, get_invitation);
    view! {
        <PageHead title=t(Msg::InvitationTitle) noindex=true/>
        <div class="page narrow">
            <h1>{t(Msg::InvitationTitle)}</h1>
            <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match invitation.await {
                        Ok(inv) => {
                            // What they are invited as, in their words: "(opbouwwerker, Stichting X)".
                            let work = Work::of(&inv.role, inv.function.as_deref(), inv.organisation.as_deref())
                                .map(|w| work_words(&w))
                                .unwrap_or_default();
                            view! {
                            <p>{t(Msg::InvitationIntro)}</p>
                            // Isolated, so an address and a Latin name read in order inside an Arabic sentence.
                            <p data-testid="invitation-for">{t(Msg::InvitationFor)} " " <strong><bdi>{inv.email}</bdi></strong>
                                {(!work.is_empty()).then(|| view! { " (" <bdi>{work}</bdi> ")" })}</p>
                            <AcceptForm token=token()/>
                        }.into_any()
                        }
                        Err(error) if error.kind == ErrorKind::NotFound => view! { <NoLongerValid error/> }.into_any(),
                        Err(error) => view! { <LoadError error/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// Accepting: a plain form. The server logs the person in and sends them on to their workbench (or
/// `/beheer`), where they are welcomed; an error comes back in the address, beside its field.
#[component]
fn AcceptForm(token: String) -> impl IntoView {
    let accept = ServerAction::<AcceptInvitation>::new();
    let error = form_error(move || accept.value().get());
    view! {
        <p class="muted">{t(Msg::InvitationHasAccount)}</p>
        <ActionForm action=accept attr:class="form">
            <input type="hidden" name="token" value=token/>
            <Field id="inv-name" label=t(Msg::FieldDisplayName) hint=t(Msg::FieldDisplayNameHint) error=field_error(error, "display_name")>
                <input id="inv-name" name="display_name" type="text" autocomplete="name" aria-describedby="inv-name-hint inv-name-error"/>
            </Field>
            <Field id="inv-password" label=t(Msg::FieldPassword) hint=t(Msg::FieldPasswordHint) error=field_error(error, "password")>
                <input id="inv-password" name="password" type="password" required autocomplete="new-password" aria-describedby="inv-password-hint inv-password-error"/>
            </Field>
            {move || error.get().filter(|e| e.field.is_none()).map(|e| view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> })}
            <button type="submit" class="button button-primary">{t(Msg::InvitationAccept)}</button>
        </ActionForm>
    }
}

/// A link that no longer works says why (used, expired, revoked, unknown) and where to go instead.
#[component]
fn NoLongerValid(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <p class="notice notice-error" role="alert" data-testid="invitation-invalid">{error.to_string()}</p>
        <p><a href=routes::LOGIN>{t(Msg::NavLogin)}</a> " · " <a href=routes::HOME>{t(Msg::NavIdeas)}</a></p>
    }
}
