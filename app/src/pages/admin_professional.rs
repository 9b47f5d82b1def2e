//! `/beheer/professionals/{id}`: an administrator changes what one professional works with (function,
//! organisation, werkgebied) or ends their work here. Plain forms that work without JavaScript; a
//! professional who still leads ideas is deactivated only after those are handed over.

use super::not_found::LoadError;
use crate::api::admin::list_organisations;
use crate::api::staff::{list_professionals, DeactivateProfessional, UpdateProfessional};
use crate::api::wards::list_wards;
use crate::components::field::{error_in_address, field_error, Field};
use crate::components::page_head::PageHead;
use crate::domain::roles::ProfessionalFunction;
use crate::error::{AppError, ErrorKind};
use crate::i18n::{fill, t, Msg};
use crate::routes;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn AdminProfessionalPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok());
    let data = Resource::new(id, |id| async move {
        let id = id.ok_or_else(AppError::not_found)?;
        let member = list_professionals()
            .await?
            .into_iter()
            .find(|m| m.user_id == id)
            .ok_or_else(AppError::not_found)?;
        Ok::<_, AppError>((member, list_organisations().await?, list_wards().await?))
    });
    view! {
        <PageHead title=t(Msg::AdminTitle)/>
        <div class="page narrow">
            <p class="breadcrumb"><a href=routes::ADMIN>{t(Msg::AdminTitle)}</a></p>
            <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok((member, organisations, wards)) => {
                            let update = ServerAction::<UpdateProfessional>::new();
                            let deactivate = ServerAction::<DeactivateProfessional>::new();
                            let error = Signal::derive(error_in_address);
                            let general = move || error.get().filter(|e| e.field.is_none() || e.is_for("user_id")).map(|e| e.to_string());
                            let user_id = member.user_id.to_string();
                            let title = fill(Msg::AdminEditProfessionalTitle, &[("name", &member.display_name)]);
                            let function = member.function_code.clone().unwrap_or_default();
                            let organisation = member.organisation_id;
                            let area = member.werkgebied.clone();
                            // The wijken they work in first, so what they have is seen at once.
                            let mut wards = wards;
                            wards.sort_by_key(|w| (!area.contains(&w.code), w.name.clone()));
                            let leave = if member.leads > 0 {
                                view! {
                                    <p data-testid="leads-first">{fill(Msg::AdminDeactivateLeadsFirst, &[("name", &member.display_name), ("count", &member.leads.to_string())])}</p>
                                    <p><a href=format!("{}#bulk-heading", routes::ADMIN)>{t(Msg::AdminBulkTitle)}</a></p>
                                }.into_any()
                            } else {
                                let deactivate_id = user_id.clone();
                                view! {
                                    <p>{fill(Msg::AdminDeactivateProfessionalExplain, &[("name", &member.display_name)])}</p>
                                    <details class="comment-tool">
                                        <summary>{t(Msg::AdminDeactivateProfessional)}</summary>
                                        <ActionForm action=deactivate attr:class="inline-form" attr:data-done=t(Msg::DoneDeactivated)>
                                            <input type="hidden" name="user_id" value=deactivate_id/>
                                            <button type="submit" class="button button-danger" data-testid="deactivate-confirm">{t(Msg::AdminDeactivateConfirm)}</button>
                                        </ActionForm>
                                    </details>
                                }.into_any()
                            };
                            view! {
                                <h1>{title}</h1>
                                <p class="muted">{member.email.clone()}</p>
                                <p class="notice notice-error" role="alert" hidden=move || general().is_none()>{general}</p>
                                <ActionForm action=update attr:class="form panel" attr:data-done=t(Msg::DoneSaved)>
                                    <input type="hidden" name="user_id" value=user_id/>
                                    <Field id="prof-function" label=t(Msg::AdminInviteFunction) error=field_error(error, "function")>
                                        <select id="prof-function" name="function" aria-describedby="prof-function-error">
                                            {ProfessionalFunction::ALL.iter().map(|f| view! {
                                                <option value=f.as_str() selected=f.as_str() == function>{t(f.label())}</option>
                                            }).collect_view()}
                                        </select>
                                    </Field>
                                    <Field id="prof-organisation" label=t(Msg::AdminInviteOrganisation) error=field_error(error, "organisation_id")>
                                        <select id="prof-organisation" name="organisation_id" aria-describedby="prof-organisation-error">
                                            <option value="" selected=organisation.is_none()>{t(Msg::AdminNoOrganisation)}</option>
                                            {organisations.into_iter().map(|o| view! {
                                                <option value=o.id.to_string() selected=Some(o.id) == organisation>{o.name}</option>
                                            }).collect_view()}
                                        </select>
                                    </Field>
                                    <fieldset class="field werkgebied" aria-describedby="prof-werkgebied-error" data-testid="werkgebied">
                                        <legend>{t(Msg::AdminWerkgebied)}</legend>
                                        <ul class="checklist">
                                            {wards.into_iter().map(|w| {
                                                let checked = area.contains(&w.code);
                                                view! {
                                                    <li><label><input type="checkbox" name="werkgebied[]" value=w.code checked=checked/> " " {w.name}</label></li>
                                                }
                                            }).collect_view()}
                                        </ul>
                                        <p class="field-error" id="prof-werkgebied-error" role="alert">{move || field_error(error, "werkgebied").get()}</p>
                                    </fieldset>
                                    <button type="submit" class="button button-primary" data-testid="save-professional">{t(Msg::AdminSaveProfessional)}</button>
                                </ActionForm>
                                <section class="panel" aria-labelledby="leave-heading">
                                    <h2 id="leave-heading">{t(Msg::AdminDeactivateProfessional)}</h2>
                                    {leave}
                                </section>
                            }.into_any()
                        }
                        Err(e) if matches!(e.kind, ErrorKind::Unauthenticated | ErrorKind::Forbidden) => view! {
                            <p class="panel">{t(Msg::AdminOnly)}</p>
                        }.into_any(),
                        Err(error) => view! { <LoadError error/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}
