//! On `/beheer`: the professionals, how many ideas each leads, and handing over all ideas of someone
//! who leaves in one action.

use crate::api::staff::{list_professionals, HandOverAll, StaffMember};
use crate::components::field::Field;
use crate::i18n::{fill, t, Msg};
use crate::routes;
use leptos::prelude::*;

#[component]
pub fn StaffSection() -> impl IntoView {
    let hand_over = ServerAction::<HandOverAll>::new();
    let staff = Resource::new(move || hand_over.version().get(), |_| list_professionals());
    let outcome = move || {
        hand_over.value().get().map(|r| match r {
            Ok(n) => view! { <p class="notice notice-success" role="status">{fill(Msg::AdminBulkDone, &[("count", &n.to_string())])}</p> }.into_any(),
            Err(e) => view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> }.into_any(),
        })
    };
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                staff.await.ok().map(|people| view! {
                    <section class="panel" aria-labelledby="staff-heading">
                        <h2 id="staff-heading">{t(Msg::AdminProfessionals)}</h2>
                        <ul data-testid="staff">
                            {people.iter().map(|p| view! {
                                <li>{describe(p)} " " <span class="muted">"(" {fill(Msg::AdminLeads, &[("count", &p.leads.to_string())])} ")"</span>
                                    " " <a href=routes::admin_professional(p.user_id) data-testid="edit-professional">{t(Msg::AdminEditProfessional)}<span class="visually-hidden">": " {p.display_name.clone()}</span></a></li>
                            }).collect_view()}
                        </ul>
                        <h3 id="bulk-heading">{t(Msg::AdminBulkTitle)}</h3>
                        <p class="muted">{t(Msg::AdminBulkIntro)}</p>
                        {outcome}
                        <ActionForm action=hand_over attr:class="form">
                            <div class="field"><label for="bulk-from">{t(Msg::AdminBulkFrom)}</label>
                                <select id="bulk-from" name="from_user" required>
                                    <option value="">{t(Msg::HandoverChoose)}</option>
                                    {options(&people)}
                                </select>
                            </div>
                            <div class="field"><label for="bulk-to">{t(Msg::AdminBulkTo)}</label>
                                <select id="bulk-to" name="to_user" required>
                                    <option value="">{t(Msg::HandoverChoose)}</option>
                                    {options(&people)}
                                </select>
                            </div>
                            <Field id="bulk-note" label=t(Msg::AdminBulkNote) hint=t(Msg::HandoverNoteHint) error=Signal::stored(None::<String>)>
                                <textarea dir="auto" id="bulk-note" name="note" rows="4" maxlength="4000" required aria-describedby="bulk-note-hint"></textarea>
                            </Field>
                            <button type="submit" class="button">{t(Msg::AdminBulkSubmit)}</button>
                        </ActionForm>
                    </section>
                })
            })}
        </Suspense>
    }
}

fn describe(p: &StaffMember) -> String {
    let who = crate::wording::byline(&p.display_name, p.title, p.organisation.as_deref());
    format!("{who} <{}>", p.email)
}

fn options(people: &[StaffMember]) -> impl IntoView {
    people
        .iter()
        .map(|p| view! { <option value=p.user_id.to_string()>{describe(p)}</option> })
        .collect_view()
}
