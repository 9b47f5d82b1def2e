//! On `/beheer`: inviting a professional. An island, because the answer (the whole link, with a copy
//! button) appears beside the form and the werkgebied list filters as one types; without JavaScript
//! it is a plain form whose errors come back beside their fields. The werkgebied is chosen from the
//! wijken by name, never typed as codes.

use crate::api::admin::OrganisationView;
use crate::api::invitations::{ExistingAccount, InvitationSent, InviteProfessional};
use crate::components::field::{field_error, form_error, Field};
use crate::domain::roles::{ProfessionalFunction, Role};
use crate::i18n::{self, fill, t, Locale, Msg};
use leptos::prelude::*;

/// A wijk in the werkgebied list: its code and name.
pub type WijkChoice = (String, String);

#[island(lazy)]
pub fn InviteForm(organisations: Vec<OrganisationView>, wijken: Vec<WijkChoice>) -> impl IntoView {
    let invite = ServerAction::<InviteProfessional>::new();
    let error = form_error(move || invite.value().get());
    let sent = move || invite.value().get().and_then(Result::ok);
    // `data-ready` turns true once the island runs in the browser (effects never run on the server).
    let ready = RwSignal::new(false);
    Effect::new(move |_| ready.set(true));
    let filter = RwSignal::new(String::new());
    let werkgebied_error = field_error(error, "werkgebied");
    let other_error = move || {
        error
            .get()
            .filter(|e| {
                ![
                    "email",
                    "role",
                    "function",
                    "organisation_id",
                    "werkgebied",
                    "language",
                ]
                .iter()
                .any(|f| e.is_for(f))
            })
            .map(|e| view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> })
    };
    let wijk_items = wijken
        .into_iter()
        .map(|(code, name)| {
            let lower = name.to_lowercase();
            let shown = move || {
                let wanted = filter.get().trim().to_lowercase();
                wanted.is_empty() || lower.contains(&wanted)
            };
            view! {
                <li hidden=move || !shown()>
                    <label><input type="checkbox" name="werkgebied[]" value=code/> " " {name}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="invite-heading" data-testid="invite-form" data-ready=move || ready.get().to_string()>
            <h2 id="invite-heading">{t(Msg::AdminInviteTitle)}</h2>
            {other_error}
            <ActionForm action=invite attr:class="form">
                <Field id="inv-email" label=t(Msg::FieldEmail) error=field_error(error, "email")>
                    <input id="inv-email" name="email" type="email" required autocomplete="off" aria-describedby="inv-email-error"/>
                </Field>
                <Field id="inv-role" label=t(Msg::AdminInviteRole) error=field_error(error, "role")>
                    <select id="inv-role" name="role" aria-describedby="inv-role-error">{Role::ALL.iter().filter(|r| **r != Role::Resident).map(|r| view! { <option value=r.as_str()>{t(r.label())}</option> }).collect_view()}</select>
                </Field>
                <Field id="inv-function" label=t(Msg::AdminInviteFunction) error=field_error(error, "function")>
                    <select id="inv-function" name="function" aria-describedby="inv-function-error"><option value="">"–"</option>{ProfessionalFunction::ALL.iter().map(|f| view! { <option value=f.as_str()>{t(f.label())}</option> }).collect_view()}</select>
                </Field>
                <Field id="inv-org" label=t(Msg::AdminInviteOrganisation) error=field_error(error, "organisation_id")>
                    <select id="inv-org" name="organisation_id" aria-describedby="inv-org-error">{organisations.into_iter().map(|o| view! { <option value=o.id.to_string()>{o.name}</option> }).collect_view()}</select>
                </Field>
                <Field id="inv-language" label=t(Msg::AdminInviteLanguage) hint=t(Msg::AdminInviteLanguageHint) error=field_error(error, "language")>
                    <select id="inv-language" name="language" aria-describedby="inv-language-hint inv-language-error">
                        {Locale::ALL.into_iter().map(|l| view! {
                            <option value=l.tag() lang=l.tag() selected=l == i18n::current()>{l.native_name()}</option>
                        }).collect_view()}
                    </select>
                </Field>
                <fieldset class="field werkgebied" class:field-invalid=move || werkgebied_error.get().is_some() aria-describedby="inv-werkgebied-hint inv-werkgebied-error" data-testid="werkgebied">
                    <legend>{t(Msg::AdminInviteWerkgebied)}</legend>
                    <p class="field-hint" id="inv-werkgebied-hint">{t(Msg::AdminInviteWerkgebiedHint)}</p>
                    <label for="inv-wijk-filter" class="filter-label">{t(Msg::AdminInviteWijkFilter)}</label>
                    <input id="inv-wijk-filter" type="search" autocomplete="off" on:input=move |ev| filter.set(event_target_value(&ev))/>
                    <ul class="checklist">{wijk_items}</ul>
                    <p class="field-error" id="inv-werkgebied-error" role="alert">{move || werkgebied_error.get()}</p>
                </fieldset>
                <button type="submit" class="button button-primary">{t(Msg::AdminInviteSubmit)}</button>
            </ActionForm>
            {move || sent().map(|s| view! { <Sent sent=s/> })}
        </section>
    }
}

/// The new invitation: the whole link with a copy button, whether it was mailed, and what happens to
/// an account the address already has.
#[component]
fn Sent(sent: InvitationSent) -> impl IntoView {
    let copied = RwSignal::new(false);
    let link = sent.link.clone();
    let copy = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(window) = web_sys::window() {
            let _ = window.navigator().clipboard().write_text(&link);
            copied.set(true);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = &link;
    };
    let node = NodeRef::<leptos::html::Div>::new();
    // The answer takes focus, so a keyboard or screen-reader user lands on it.
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    view! {
        <div class="notice notice-success invite-sent" role="status" tabindex="-1" node_ref=node data-testid="invite-sent">
            <p><strong>{t(if sent.mailed { Msg::AdminInviteMailed } else { Msg::AdminInviteMade })}</strong></p>
            {sent.existing.map(|e| view! {
                <p data-testid="invite-existing">{t(match e {
                    ExistingAccount::Resident => Msg::AdminInviteExistingResident,
                    ExistingAccount::Professional => Msg::AdminInviteExistingProfessional,
                })}</p>
            })}
            <label for="invite-link">{t(Msg::AdminInviteLink)}</label>
            <div class="copy-row">
                <input id="invite-link" type="text" readonly value=sent.link.clone() data-testid="invite-link"/>
                <button type="button" class="button" on:click=copy>{t(Msg::AdminInviteCopy)}</button>
            </div>
            <p class="muted" aria-live="polite">{move || copied.get().then(|| t(Msg::AdminInviteCopied))}</p>
            <p class="muted">{fill(Msg::AdminInviteValid, &[("days", "7")])}</p>
        </div>
    }
}
