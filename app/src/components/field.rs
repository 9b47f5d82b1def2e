//! A labelled form field with its hint and its error, tied together with `aria-describedby` so a
//! screen reader reads all three.

use crate::error::{AppError, ErrorKind};
use crate::i18n::Msg;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The error message for `field`, if the last attempt failed on it.
pub fn field_error(error: Signal<Option<AppError>>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || error.get().filter(|e| e.is_for(field)).map(|e| e.to_string()))
}

/// The error of the last attempt: from the action when the form was sent by JavaScript, else from the
/// URL (`?fout=…&veld=…`) after a form post without JavaScript (see server/src/security.rs).
pub fn form_error<T>(
    last_result: impl Fn() -> Option<Result<T, AppError>> + Send + Sync + 'static,
) -> Signal<Option<AppError>> {
    let query = use_query_map();
    Signal::derive(move || match last_result() {
        Some(result) => result.err(),
        None => {
            let query = query.read();
            let message: Msg = serde_json::from_value(serde_json::Value::String(query.get("fout")?)).ok()?;
            Some(AppError {
                field: query.get("veld"),
                ..AppError::new(ErrorKind::Invalid, message)
            })
        }
    })
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
