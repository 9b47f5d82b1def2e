//! A labelled form field with its hint and its error, tied together with `aria-describedby` so a
//! screen reader reads all three.

use crate::error::AppError;
use leptos::prelude::*;

/// The error message for `field`, if the last attempt failed on it.
pub fn field_error(error: Signal<Option<AppError>>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || error.get().filter(|e| e.is_for(field)).map(|e| e.to_string()))
}

#[component]
pub fn Field(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(into)] error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="field-hint" id=hint_id.clone()>{h}</p> })}
            {children()}
            <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
        </div>
    }
}
