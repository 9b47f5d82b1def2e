//! `/beheer`: inviting professionals and the open invitations, the professionals, the wijken without
//! one, the organisations, and the keys of systems that post ideas over Open311. Administrators only; everyone else is told so. Each section is a
//! sibling with its own resource (nested suspense boundaries break hydration).

use super::admin_invite::{InviteForm, WijkChoice};
use crate::api::admin::{list_organisations, CreateOrganisation, DeactivateOrganisation};
use crate::api::wards::list_wards;
use crate::components::page_head::PageHead;
use crate::domain::roles::OrganisationKind;
use crate::error::ErrorKind;
use crate::i18n::{fill, t, Msg};
use leptos::prelude::*;

#[component]
pub fn AdminPage() -> impl IntoView {
    let create = ServerAction::<CreateOrganisation>::new();
    let deactivate = ServerAction::<DeactivateOrganisation>::new();
    let organisations = Resource::new(
        move || create.version().get() + deactivate.version().get(),
        |_| list_organisations(),
    );
    let wijken = Resource::new(|| (), |_| list_wards());
    let error = move || {
        create
            .value()
            .get()
            .and_then(|r| r.err())
            .or_else(crate::components::field::error_in_address)
            // A refused key name is said in the keys' own section.
            .filter(|e| !e.is_for("system"))
            .map(|e| view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> })
    };
    view! {
        <PageHead title=t(Msg::AdminTitle)/>
        <div class="page narrow">
            <h1>{t(Msg::AdminTitle)}</h1>
            {crate::components::field::query_value("welkom").map(|_| view! {
                <p class="notice notice-success" role="status">{t(Msg::InvitationAccepted)}</p>
            })}
            <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match (organisations.await, wijken.await) {
                        (Ok(list), Ok(wards)) => {
                            let choices: Vec<WijkChoice> = wards.into_iter().map(|w| (w.code, w.name)).collect();
                            view! {
                                <InviteForm organisations=list.clone() wijken=choices/>
                                <section class="panel" aria-labelledby="organisations-heading">
                                    <h2 id="organisations-heading">{t(Msg::AdminOrganisations)}</h2>
                                    {error}
                                    <ul data-testid="organisations">{list.into_iter().map(|o| {
                                        let explain = fill(Msg::AdminDeactivateOrganisationExplain, &[("name", &o.name)]);
                                        view! {
                                            <li><strong>{o.name}</strong> " " <span class="muted">"(" {OrganisationKind::parse(&o.kind).map(|k| t(k.label())).unwrap_or_default()} ")"</span>
                                                <details class="comment-tool">
                                                    <summary>{t(Msg::AdminDeactivateOrganisation)}</summary>
                                                    <p>{explain}</p>
                                                    <ActionForm action=deactivate attr:class="inline-form" attr:data-done=t(Msg::AdminOrganisationDeactivated)>
                                                        <input type="hidden" name="organisation_id" value=o.id.to_string()/>
                                                        <button type="submit" class="button button-danger">{t(Msg::AdminDeactivateConfirm)}</button>
                                                    </ActionForm>
                                                </details>
                                            </li>
                                        }
                                    }).collect_view()}</ul>
                                    <ActionForm action=create attr:class="form" attr:data-done=t(Msg::DoneSaved)>
                                        <h3>{t(Msg::AdminNewOrganisation)}</h3>
                                        <div class="field"><label for="org-name">{t(Msg::AdminOrganisationName)}</label><input id="org-name" name="name" type="text" required maxlength="120"/></div>
                                        <div class="field"><label for="org-kind">{t(Msg::AdminOrganisationKind)}</label>
                                            <select id="org-kind" name="kind">{OrganisationKind::ALL.iter().map(|k| view! { <option value=k.as_str()>{t(k.label())}</option> }).collect_view()}</select>
                                        </div>
                                        <button type="submit" class="button">{t(Msg::AdminCreate)}</button>
                                    </ActionForm>
                                </section>
                            }.into_any()
                        }
                        (Err(e), _) | (_, Err(e)) if matches!(e.kind, ErrorKind::Unauthenticated | ErrorKind::Forbidden) => view! {
                            <p class="panel">{t(Msg::AdminOnly)}</p>
                        }.into_any(),
                        (Err(error), _) | (_, Err(error)) => view! { <super::not_found::LoadError error/> }.into_any(),
                    }
                })}
            </Suspense>
            <super::admin_invitations::InvitationsSection/>
            <super::admin_staff::StaffSection/>
            <super::admin_coverage::UncoveredSection/>
            <super::admin_api_keys::ApiKeysSection/>
        </div>
    }
}
