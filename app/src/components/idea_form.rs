//! The new-idea form. The pin comes from the map (hidden fields kept in sync); anyone who does not use
//! the map chooses a buurt instead, so the map is never the only way. Works without JavaScript: the
//! form posts to `/api/ideas/create` and the browser comes back to the page.

use super::field::{field_error, form_error, Field};
use super::similar_ideas::{SimilarIdeasHint, SimilarInputs};
use crate::api::ideas::{CreateIdea, IdeaFormOptions};
use crate::error::AppError;
use crate::i18n::{t, Msg};
use crate::routes;
use leptos::prelude::*;

/// The form, an island: it owns the pin the map announces (`wijkidee:pin`), the "Bestaat dit idee
/// al?" hint, and the answer. After a success it empties itself, tells the map, and has the islands
/// router patch the page so the list shows the new idea. The choices arrive as props, loaded by the
/// page on the server.
#[island(lazy)]
pub fn NewIdeaForm(options: IdeaFormOptions) -> impl IntoView {
    let action = ServerAction::<CreateIdea>::new();
    let form = NodeRef::<leptos::html::Form>::new();
    let pin = RwSignal::new(None::<(f64, f64)>);
    #[cfg(feature = "hydrate")]
    super::island_events::listen(super::island_events::PIN, move |at| pin.set(at));

    let similar = SimilarInputs::new(pin);
    let error: Signal<Option<AppError>> = form_error(move || action.value().get());
    let created = move || action.value().get().and_then(Result::ok);
    let general_error = move || error.get().filter(|e| e.field.is_none()).map(|e| e.to_string());
    let form_has_errors = move || error.get().is_some_and(|e| e.field.is_some());

    // After a successful submission: empty the form, lift the pin, show the idea in the page.
    Effect::new(move |_| {
        if created().is_some() {
            if let Some(form) = form.get() {
                form.reset();
            }
            pin.set(None);
            super::island_events::announce(super::island_events::PIN_CLEAR, None);
            super::island_events::announce(super::island_events::IDEAS_CHANGED, None);
            super::island_events::refresh_page();
        }
    });

    let coordinate = move |pick: fn((f64, f64)) -> f64| {
        move || pin.get().map(|p| format!("{:.7}", pick(p))).unwrap_or_default()
    };
    view! {
        <section class="panel new-idea" aria-labelledby="new-idea-heading">
            <h2 id="new-idea-heading">{t(Msg::NewIdeaTitle)}</h2>
            <p class="field-hint">{t(Msg::NewIdeaHowTo)}</p>
            <p class="pin-state" aria-live="polite" data-testid="pin-state">
                {move || t(if pin.get().is_some() { Msg::PinPlaced } else { Msg::PinNotPlaced })}
            </p>
            {move || created().map(|idea| view! {
                <p class="notice notice-success" role="status">
                    {t(Msg::IdeaCreated)} " "
                    <a href=routes::idea(idea.id)>{t(Msg::ViewIdea)}</a>
                </p>
            })}
            <p class="notice notice-error" role="alert" hidden=move || general_error().is_none() && !form_has_errors()>
                {move || general_error().unwrap_or_else(|| t(Msg::FormHasErrors).to_owned())}
            </p>
            <ActionForm action node_ref=form attr:class="form" attr:novalidate=true>
                <input type="hidden" name="lat" prop:value=coordinate(|p| p.0)/>
                <input type="hidden" name="lng" prop:value=coordinate(|p| p.1)/>
                <Field id="idea-title" label=t(Msg::FieldTitle) hint=t(Msg::FieldTitleHint) error=field_error(error, "title")>
                    <input id="idea-title" name="title" type="text" required minlength="5" maxlength="120"
                        on:input=move |ev| similar.title.set(event_target_value(&ev))
                        aria-describedby="idea-title-hint idea-title-error"
                        aria-invalid=move || field_error(error, "title").get().is_some().to_string()/>
                </Field>
                <SimilarIdeasHint inputs=similar/>
                <Field id="idea-description" label=t(Msg::FieldDescription) hint=t(Msg::FieldDescriptionHint) error=field_error(error, "description")>
                    <textarea id="idea-description" name="description" rows="5" required maxlength="4000"
                        aria-describedby="idea-description-hint idea-description-error"
                        aria-invalid=move || field_error(error, "description").get().is_some().to_string()></textarea>
                </Field>
                            <Field id="idea-category" label=t(Msg::FieldCategory) error=field_error(error, "category")>
                                <select id="idea-category" name="category" required aria-describedby="idea-category-error">
                                    <option value="">{t(Msg::FieldChooseCategory)}</option>
                                    {options.categories.into_iter().map(|c| view! { <option value=c.slug>{c.name}</option> }).collect_view()}
                                </select>
                            </Field>
                            <Field id="idea-buurt" label=t(Msg::FieldBuurt) error=field_error(error, "location")>
                                <select id="idea-buurt" name="buurt" aria-describedby="idea-buurt-error"
                                    on:change=move |ev| similar.buurt.set(event_target_value(&ev))>
                                    <option value="">{t(Msg::FieldChooseBuurt)}</option>
                                    {options.buurten.into_iter().map(|b| {
                                        let label = format!("{} ({})", b.name, b.wijk_name);
                                        view! { <option value=b.code>{label}</option> }
                                    }).collect_view()}
                                </select>
                            </Field>
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || t(if action.pending().get() { Msg::Submitting } else { Msg::SubmitIdea })}
                </button>
            </ActionForm>
        </section>
    }
}
