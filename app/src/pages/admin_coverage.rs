//! On `/beheer`: the wijken where no professional works, how many open ideas wait in each, and who
//! answers for them. A plain form (a server component): it works without JavaScript.

use crate::api::coverage::{get_uncovered, ResponderChoice, SetUncoveredResponder, UncoveredView};
use crate::i18n::{fill, t, Msg};
use crate::routes;
use crate::wording::name_and_work;
use leptos::prelude::*;

#[component]
pub fn UncoveredSection() -> impl IntoView {
    let set = ServerAction::<SetUncoveredResponder>::new();
    let uncovered = Resource::new(move || set.version().get(), |_| get_uncovered());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                uncovered.await.ok().map(|view| view! { <Uncovered view set/> })
            })}
        </Suspense>
    }
}

#[component]
fn Uncovered(view: UncoveredView, set: ServerAction<SetUncoveredResponder>) -> impl IntoView {
    let waiting: i64 = view.wijken.iter().map(|w| w.open_ideas).sum();
    let current = view.responder.clone();
    let options = move |choices: Vec<ResponderChoice>| {
        let current = current.clone();
        choices
            .into_iter()
            .map(move |c| {
                let selected = current.as_deref() == Some(c.value.as_str());
                let label = name_and_work(&c.name, c.work.as_ref());
                view! { <option value=c.value selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let saved = move || {
        set.value().get().map(|r| match r {
            Ok(()) => {
                view! { <p class="notice notice-success" role="status">{t(Msg::AdminResponderSaved)}</p> }
                    .into_any()
            }
            Err(e) => {
                view! { <p class="notice notice-error" role="alert" id="responder-error">{e.to_string()}</p> }
                    .into_any()
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="uncovered-heading" data-testid="uncovered">
            <h2 id="uncovered-heading">{t(Msg::AdminUncoveredTitle)}</h2>
            <p>{fill(Msg::AdminUncoveredSummary, &[("wijken", &view.wijken.len().to_string()), ("ideas", &waiting.to_string())])}</p>
            <p class="muted">{t(Msg::AdminUncoveredIntro)}</p>
            {saved}
            <ActionForm action=set attr:class="form" attr:data-done=t(Msg::DoneSaved)>
                <div class="field">
                    <label for="responder">{t(Msg::AdminResponder)}</label>
                    <select id="responder" name="responder" data-testid="responder">
                        <option value="" selected=view.responder.is_none()>{t(Msg::AdminResponderNobody)}</option>
                        <optgroup label=t(Msg::AdminProfessionals)>{options(view.professionals)}</optgroup>
                        <optgroup label=t(Msg::AdminOrganisationTeams)>{options(view.organisations)}</optgroup>
                    </select>
                </div>
                <button type="submit" class="button">{t(Msg::AdminResponderSubmit)}</button>
            </ActionForm>
            {(!view.wijken.is_empty()).then(|| view! {
                <table class="bench-table" data-testid="uncovered-wijken">
                    <caption class="visually-hidden">{t(Msg::AdminUncoveredTitle)}</caption>
                    <thead><tr>
                        <th scope="col">{t(Msg::IdeaWard)}</th>
                        <th scope="col">{t(Msg::AdminOpenIdeas)}</th>
                    </tr></thead>
                    <tbody>
                        {view.wijken.into_iter().map(|w| view! {
                            <tr>
                                <th scope="row"><a href=routes::ward(&w.code)>{w.name}</a></th>
                                <td>{w.open_ideas}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
        </section>
    }
}
