//! `/beheer`: organisations, and inviting professionals. Administrators only; everyone else is told so.

use crate::api::admin::{list_organisations, CreateOrganisation, InviteProfessional, OrganisationView};
use crate::components::page_head::PageHead;
use crate::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
use crate::error::ErrorKind;
use crate::i18n::{t, Msg};
use leptos::prelude::*;

#[component]
pub fn AdminPage() -> impl IntoView {
    let create = ServerAction::<CreateOrganisation>::new();
    let organisations = Resource::new(move || create.version().get(), |_| list_organisations());
    let error = move || {
        create
            .value()
            .get()
            .and_then(|r| r.err())
            .or_else(crate::components::field::error_in_address)
            .map(|e| view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> })
    };
    view! {
        <PageHead title=t(Msg::AdminTitle)/>
        <div class="page narrow">
            <h1>{t(Msg::AdminTitle)}</h1>
            {crate::components::field::query_value("welkom").map(|_| view! {
                <p class="notice notice-success" role="status">{t(Msg::InvitationAccepted)}</p>
            })}
            {error}
            <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match organisations.await {
                        Ok(list) => {
                            let options = list.clone();
                            view! {
                                <section class="panel">
                                    <h2>{t(Msg::AdminOrganisations)}</h2>
                                    <ul>{list.into_iter().map(|o| view! { <li>{o.name} " " <span class="muted">"(" {OrganisationKind::parse(&o.kind).map(|k| t(k.label())).unwrap_or_default()} ")"</span></li> }).collect_view()}</ul>
                                    <ActionForm action=create attr:class="form">
                                        <h3>{t(Msg::AdminNewOrganisation)}</h3>
                                        <div class="field"><label for="org-name">{t(Msg::AdminOrganisationName)}</label><input id="org-name" name="name" type="text" required maxlength="120"/></div>
                                        <div class="field"><label for="org-kind">{t(Msg::AdminOrganisationKind)}</label>
                                            <select id="org-kind" name="kind">{OrganisationKind::ALL.iter().map(|k| view! { <option value=k.as_str()>{t(k.label())}</option> }).collect_view()}</select>
                                        </div>
                                        <button type="submit" class="button">{t(Msg::AdminCreate)}</button>
                                    </ActionForm>
                                </section>
                                <InviteForm organisations=options/>
                            }.into_any()
                        }
                        Err(e) if matches!(e.kind, ErrorKind::Unauthenticated | ErrorKind::Forbidden) => view! {
                            <p class="panel">{t(Msg::AdminOnly)}</p>
                        }.into_any(),
                        Err(error) => view! { <super::not_found::LoadError error/> }.into_any(),
                    }
                })}
            </Suspense>
            // A sibling, not inside the Suspense above: nested suspense boundaries break hydration.
            <super::admin_staff::StaffSection/>
        </div>
    }
}

/// Inviting a professional: an island, because the answer is the link to pass on, shown beside the
/// form.
#[island(lazy)]
fn InviteForm(organisations: Vec<OrganisationView>) -> impl IntoView {
    let invite = ServerAction::<InviteProfessional>::new();
    let link = move || invite.value().get().and_then(Result::ok);
    // `data-ready` turns true once the island runs in the browser (effects never run on the server).
    let ready = RwSignal::new(false);
    Effect::new(move |_| ready.set(true));
    let error = move || {
        invite
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> })
    };
    view! {
        <section class="panel" data-testid="invite-form" data-ready=move || ready.get().to_string()>
            <h2>{t(Msg::AdminInviteTitle)}</h2>
            {error}
            <ActionForm action=invite attr:class="form">
                <div class="field"><label for="inv-email">{t(Msg::FieldEmail)}</label><input id="inv-email" name="email" type="email" required/></div>
                <div class="field"><label for="inv-role">{t(Msg::AdminInviteRole)}</label>
                    <select id="inv-role" name="role">{Role::ALL.iter().filter(|r| **r != Role::Resident).map(|r| view! { <option value=r.as_str()>{t(r.label())}</option> }).collect_view()}</select>
                </div>
                <div class="field"><label for="inv-function">{t(Msg::AdminInviteFunction)}</label>
                    <select id="inv-function" name="function"><option value="">"–"</option>{ProfessionalFunction::ALL.iter().map(|f| view! { <option value=f.as_str()>{t(f.label())}</option> }).collect_view()}</select>
                </div>
                <div class="field"><label for="inv-org">{t(Msg::AdminInviteOrganisation)}</label>
                    <select id="inv-org" name="organisation_id">{organisations.into_iter().map(|o| view! { <option value=o.id.to_string()>{o.name}</option> }).collect_view()}</select>
                </div>
                <div class="field"><label for="inv-wijken">{t(Msg::AdminInviteWerkgebied)}</label><input id="inv-wijken" name="werkgebied" type="text" placeholder="WK051829, WK051828"/></div>
                <button type="submit" class="button button-primary">{t(Msg::AdminInviteSubmit)}</button>
            </ActionForm>
            {move || link().map(|l| view! {
                <p class="notice notice-success" role="status">{t(Msg::AdminInviteLink)} " " <code data-testid="invite-link">{l}</code></p>
            })}
        </section>
    }
}
