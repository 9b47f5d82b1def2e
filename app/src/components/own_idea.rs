//! The author's tools on their own idea while nobody has picked it up: change it (title, description,
//! category, buurt) or withdraw it with a public reason. Plain forms, so they work without JavaScript;
//! after either the idea's page comes back with the change on it and on the timeline.

use crate::api::own_ideas::EditIdea;
use crate::api::work::ChangeStatus;
use crate::components::field::{error_in_address, field_error, textarea_text, Field};
use crate::domain::views::{IdeaDetail, IdeaFormOptions};
use crate::domain::Status;
use crate::error::AppError;
use crate::i18n::{t, Msg};
use leptos::prelude::*;

#[component]
pub fn OwnIdeaTools(detail: IdeaDetail, options: IdeaFormOptions) -> impl IntoView {
    let edit = ServerAction::<EditIdea>::new();
    let withdraw = ServerAction::<ChangeStatus>::new();
    let summary = detail.summary;
    let id = summary.id.to_string();
    // A failed post comes back in the address (`?fout=…&veld=…`); the field that failed opens its tool.
    let error = Signal::derive(error_in_address);
    let failed_on = |fields: &'static [&'static str]| {
        error
            .get_untracked()
            .is_some_and(|e| fields.iter().any(|f| e.is_for(f)))
    };
    let edit_open = failed_on(&["title", "description", "category", "buurt"]);
    let withdraw_open = failed_on(&["explanation"]);
    let general = move || {
        error
            .get()
            .filter(|e: &AppError| e.field.is_none())
            .map(|e| e.to_string())
    };
    let category = summary.category.clone();
    let title = summary.title.clone();
    let keep_place = format!("{} ({})", t(Msg::KeepPlace), summary.place(true));
    let withdraw_id = id.clone();
    view! {
        <section class="panel own-idea" aria-labelledby="own-idea-heading" data-testid="own-idea">
            <h2 id="own-idea-heading">{t(Msg::OwnIdeaTitle)}</h2>
            <p class="muted">{t(Msg::OwnIdeaIntro)}</p>
            <p class="notice notice-error" role="alert" hidden=move || general().is_none()>{general}</p>
            <details class="comment-tool" open=edit_open data-testid="edit-idea">
                <summary>{t(Msg::EditIdeaSummary)}</summary>
                <ActionForm action=edit attr:class="form" attr:data-done=t(Msg::DoneIdeaEdited)>
                    <input type="hidden" name="idea_id" value=id/>
                    <Field id="edit-title" label=t(Msg::FieldTitle) hint=t(Msg::FieldTitleHint) error=field_error(error, "title")>
                        <input dir="auto" id="edit-title" name="title" type="text" required minlength="5" maxlength="120"
                            value=title aria-describedby="edit-title-hint edit-title-error"/>
                    </Field>
                    <Field id="edit-description" label=t(Msg::FieldDescription) hint=t(Msg::FieldDescriptionHint) error=field_error(error, "description")>
                        <textarea dir="auto" id="edit-description" name="description" rows="6" required maxlength="4000"
                            aria-describedby="edit-description-hint edit-description-error">{textarea_text(&detail.description)}</textarea>
                    </Field>
                    <Field id="edit-category" label=t(Msg::FieldCategory) error=field_error(error, "category")>
                        <select id="edit-category" name="category" aria-describedby="edit-category-error">
                            {options.categories.into_iter().map(|c| {
                                let selected = c.slug == category;
                                let label = crate::category_names::category_label(&c.slug, &c.name);
                                view! { <option value=c.slug selected=selected>{label}</option> }
                            }).collect_view()}
                        </select>
                    </Field>
                    <Field id="edit-buurt" label=t(Msg::FieldOtherBuurt) hint=t(Msg::FieldOtherBuurtHint) error=field_error(error, "buurt")>
                        <select id="edit-buurt" name="buurt" aria-describedby="edit-buurt-hint edit-buurt-error">
                            <option value="">{keep_place}</option>
                            {options.buurten.into_iter().map(|b| view! { <option value=b.code.clone()>{b.label()}</option> }).collect_view()}
                        </select>
                    </Field>
                    <button type="submit" class="button button-primary" data-testid="save-idea">{t(Msg::SaveIdeaButton)}</button>
                </ActionForm>
            </details>
            <details class="comment-tool" open=withdraw_open data-testid="withdraw-idea">
                <summary>{t(Msg::WithdrawIdeaSummary)}</summary>
                <ActionForm action=withdraw attr:class="form" attr:data-done=t(Msg::DoneIdeaWithdrawn)>
                    <input type="hidden" name="idea_id" value=withdraw_id/>
                    <input type="hidden" name="status" value=Status::Ingetrokken.as_str()/>
                    <Field id="withdraw-reason" label=t(Msg::WithdrawReasonLabel) hint=t(Msg::WithdrawReasonHint) error=field_error(error, "explanation")>
                        <textarea dir="auto" id="withdraw-reason" name="explanation" rows="3" required maxlength="2000"
                            aria-describedby="withdraw-reason-hint withdraw-reason-error"></textarea>
                    </Field>
                    <button type="submit" class="button" data-testid="withdraw-idea-confirm">{t(Msg::WithdrawIdeaButton)}</button>
                </ActionForm>
            </details>
        </section>
    }
}
