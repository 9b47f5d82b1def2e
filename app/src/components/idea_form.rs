//! The new-idea form. The pin comes from the map (hidden fields kept in sync); anyone who does not use
//! the map chooses a buurt instead, so the map is never the only way. Works without JavaScript: the
//! form posts to `/api/ideas/create` and the browser comes back to the page.

use super::field::{form_error, Field};
use super::similar_ideas::{SimilarIdeasHint, SimilarInputs};
use crate::api::ideas::{CreateIdea, IdeaFormOptions};
use crate::error::AppError;
use crate::i18n::{fill, t, Msg};
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
    let done = NodeRef::<leptos::html::Div>::new();
    let pin = RwSignal::new(None::<(f64, f64)>);
    // Where the pin landed, in words, once the server said (`None` while asking or without a pin).
    let pin_place = RwSignal::new(None::<String>);
    let pin_outside = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    super::island_events::listen(super::island_events::PIN, move |at| {
        pin.set(at);
        pin_place.set(None);
        if let Some((lat, lng)) = at {
            pin_outside.set(false);
            check_pin(lat, lng, pin, pin_place, pin_outside);
        }
    });

    let similar = SimilarInputs::new(pin);
    let error: Signal<Option<AppError>> = form_error(move || action.value().get());
    // What the island found before sending: every problem at once, by the server's own parsers.
    let problems = RwSignal::new(Vec::<AppError>::new());
    let created = move || action.value().get().and_then(Result::ok);
    let general_error = move || error.get().filter(|e| e.field.is_none()).map(|e| e.to_string());
    let form_has_errors =
        move || !problems.with(Vec::is_empty) || error.get().is_some_and(|e| e.field.is_some());
    let problem = move |field: &'static str| {
        Signal::derive(move || {
            problems
                .with(|p| p.iter().find(|e| e.is_for(field)).map(|e| e.to_string()))
                .or_else(|| error.get().filter(|e| e.is_for(field)).map(|e| e.to_string()))
        })
    };
    let invalid = move |field: &'static str| move || problem(field).get().is_some().to_string();

    // After a successful submission: empty the form, lift the pin, show the idea in the page, and
    // move focus to the confirmation (read out, with its link to the new idea).
    Effect::new(move |_| {
        if created().is_some() {
            if let Some(form) = form.get() {
                form.reset();
            }
            pin.set(None);
            problems.set(Vec::new());
            super::island_events::announce(super::island_events::PIN_CLEAR, None);
            super::island_events::announce(super::island_events::IDEAS_CHANGED, None);
            super::island_events::refresh_page();
            request_animation_frame(move || {
                if let Some(done) = done.get_untracked() {
                    let _ = done.focus();
                }
            });
        }
    });

    // Before sending: check every field, show all problems, focus the first; send only when none.
    let check_before_sending = move |ev: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        {
            let Some(form) = form.get_untracked() else { return };
            let found = problems_in(&form, pin.get_untracked().is_some());
            if let Some(first) = found.first().and_then(|e| e.field.clone()) {
                ev.prevent_default();
                focus_field(&form, &first);
            }
            problems.set(found);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };

    let coordinate = move |pick: fn((f64, f64)) -> f64| {
        move || pin.get().map(|p| format!("{:.7}", pick(p))).unwrap_or_default()
    };
    let pin_state = move || {
        if pin_outside.get() {
            t(Msg::PinOutside).to_owned()
        } else {
            match (pin.get(), pin_place.get()) {
                (Some(_), Some(place)) => fill(Msg::PinPlacedIn, &[("place", &place)]),
                (Some(_), None) => t(Msg::PinPlaced).to_owned(),
                (None, _) => t(Msg::PinNotPlaced).to_owned(),
            }
        }
    };
    view! {
        <section class="panel new-idea" aria-labelledby="new-idea-heading">
            <h2 id="new-idea-heading">{t(Msg::NewIdeaTitle)}</h2>
            <p class="field-hint">{t(Msg::NewIdeaHowTo)}</p>
            <p class="pin-state" class:pin-outside=move || pin_outside.get() aria-live="polite" data-testid="pin-state">
                {pin_state}
            </p>
            <div class="created" tabindex="-1" node_ref=done data-testid="idea-created">
                {move || created().map(|idea| view! {
                    <p class="notice notice-success" role="status">
                        {t(Msg::IdeaCreated)} " "
                        <a href=routes::idea(idea.id)>{t(Msg::ViewIdea)}</a>
                    </p>
                })}
            </div>
            <p class="notice notice-error" role="alert" hidden=move || general_error().is_none() && !form_has_errors()>
                {move || general_error().unwrap_or_else(|| t(Msg::FormHasErrors).to_owned())}
            </p>
            <ActionForm action node_ref=form attr:class="form" attr:novalidate=true>
                <input type="hidden" name="lat" prop:value=coordinate(|p| p.0)/>
                <input type="hidden" name="lng" prop:value=coordinate(|p| p.1)/>
                <Field id="idea-title" label=t(Msg::FieldTitle) hint=t(Msg::FieldTitleHint) error=problem("title")>
                    <input dir="auto" id="idea-title" name="title" type="text" required minlength="5" maxlength="120"
                        on:input=move |ev| similar.title.set(event_target_value(&ev))
                        aria-describedby="idea-title-hint idea-title-error"
                        aria-invalid=invalid("title")/>
                </Field>
                <SimilarIdeasHint inputs=similar/>
                <Field id="idea-description" label=t(Msg::FieldDescription) hint=t(Msg::FieldDescriptionHint) error=problem("description")>
                    <textarea dir="auto" id="idea-description" name="description" rows="5" required maxlength="4000"
                        aria-describedby="idea-description-hint idea-description-error"
                        aria-invalid=invalid("description")></textarea>
                </Field>
                <Field id="idea-category" label=t(Msg::FieldCategory) error=problem("category")>
                    <select id="idea-category" name="category" required aria-describedby="idea-category-error"
                        aria-invalid=invalid("category")>
                        <option value="">{t(Msg::FieldChooseCategory)}</option>
                        {options.categories.into_iter().map(|c| view! { <option value=c.slug>{c.name}</option> }).collect_view()}
                    </select>
                </Field>
                <Field id="idea-buurt" label=t(Msg::FieldBuurt) error=problem("location")>
                    <select id="idea-buurt" name="buurt" aria-describedby="idea-buurt-error"
                        aria-invalid=invalid("location")
                        on:change=move |ev| similar.buurt.set(event_target_value(&ev))>
                        <option value="">{t(Msg::FieldChooseBuurt)}</option>
                        {options.buurten.into_iter().map(|b| view! { <option value=b.code.clone()>{b.label()}</option> }).collect_view()}
                    </select>
                </Field>
                <button type="submit" class="button button-primary" data-testid="submit-idea"
                    disabled=move || action.pending().get() on:click=check_before_sending>
                    {move || t(if action.pending().get() { Msg::Submitting } else { Msg::SubmitIdea })}
                </button>
            </ActionForm>
        </section>
    }
}

#[cfg(feature = "hydrate")]
/// Every problem with the form as it stands, in the order of its fields, found by the same parsers
/// the server runs (`create_idea`), so the island and the server never disagree.
fn problems_in(form: &web_sys::HtmlFormElement, has_pin: bool) -> Vec<AppError> {
    use crate::domain::{IdeaDescription, IdeaTitle};
    let value = |name: &str| field_value(form, name).unwrap_or_default();
    let mut found = Vec::new();
    found.extend(IdeaTitle::parse(&value("title")).err());
    found.extend(IdeaDescription::parse(&value("description")).err());
    if value("category").trim().is_empty() {
        found.push(AppError::invalid("category", Msg::ErrCategoryUnknown));
    }
    if !has_pin && value("buurt").trim().is_empty() {
        found.push(AppError::invalid("location", Msg::ErrLocationMissing));
    }
    found
}

#[cfg(feature = "hydrate")]
/// The value of the form's control called `name` (an input, a textarea or a select).
fn field_value(form: &web_sys::HtmlFormElement, name: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let control = form.elements().named_item(name)?;
    if let Some(input) = control.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(input.value());
    }
    if let Some(area) = control.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return Some(area.value());
    }
    control.dyn_ref::<web_sys::HtmlSelectElement>().map(|s| s.value())
}

#[cfg(feature = "hydrate")]
/// Moves focus to the control a problem is about (`location` is the buurt's list).
fn focus_field(form: &web_sys::HtmlFormElement, field: &str) {
    use wasm_bindgen::JsCast;
    let name = if field == "location" { "buurt" } else { field };
    if let Some(el) = form
        .elements()
        .named_item(name)
        .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Asks the server where the pin landed: inside, the pin's state names the place; outside the
/// municipality, the pin is lifted at once and the reader told why.
#[cfg(feature = "hydrate")]
fn check_pin(
    lat: f64,
    lng: f64,
    pin: RwSignal<Option<(f64, f64)>>,
    pin_place: RwSignal<Option<String>>,
    pin_outside: RwSignal<bool>,
) {
    leptos::task::spawn_local(async move {
        let answer = crate::api::wards::locate_point(format!("{lat:.7}"), format!("{lng:.7}")).await;
        // A pin moved meanwhile has its own question under way.
        if pin.get_untracked() != Some((lat, lng)) {
            return;
        }
        match answer {
            Ok(Some(place)) => pin_place.set(Some(place)),
            Ok(None) => {
                pin_outside.set(true);
                pin.set(None);
                super::island_events::announce(super::island_events::PIN_CLEAR, None);
            }
            // Unknown (offline, say): the server checks again when the idea is sent.
            Err(_) => {}
        }
    });
}
