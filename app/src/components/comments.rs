//! The comments under an idea: threads of one level, each comment's text with clickable links, and
//! the forms to react, answer, adjust or delete. Answer and adjust open in a `<details>`, which needs
//! no JavaScript and works with the keyboard.

use super::field::{field_error, Field};
use crate::api::comments::{AddComment, DeleteComment, EditComment};
use crate::domain::linkify::TextPart;
use crate::domain::roles::Work;
use crate::domain::time::iso_date;
use crate::domain::views::CommentView;
use crate::error::AppError;
use crate::i18n::{counted, t, Msg};
use crate::routes;
use crate::wording::{format_date, work_words};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct CommentActions {
    pub add: ServerAction<AddComment>,
    pub edit: ServerAction<EditComment>,
    pub delete: ServerAction<DeleteComment>,
}

impl Default for CommentActions {
    fn default() -> Self {
        Self::new()
    }
}

impl CommentActions {
    pub fn new() -> Self {
        Self {
            add: ServerAction::new(),
            edit: ServerAction::new(),
            delete: ServerAction::new(),
        }
    }

    pub fn version(&self) -> usize {
        self.add.version().get() + self.edit.version().get() + self.delete.version().get()
    }
}

#[component]
pub fn CommentsSection(
    idea_id: i64,
    comments: Vec<CommentView>,
    actions: CommentActions,
    logged_in: bool,
) -> impl IntoView {
    let visible = comments.iter().filter(|c| !c.deleted).count() as i64;
    let (top, replies): (Vec<_>, Vec<_>) = comments.into_iter().partition(|c| c.parent_id.is_none());
    let threads: Vec<(CommentView, Vec<CommentView>)> = top
        .into_iter()
        .map(|c| {
            let answers = replies
                .iter()
                .filter(|r| r.parent_id == Some(c.id))
                .cloned()
                .collect();
            (c, answers)
        })
        // A deleted comment without answers leaves no trace.
        .filter(|(c, answers): &(CommentView, Vec<CommentView>)| !c.deleted || !answers.is_empty())
        .collect();
    let other_error = move || {
        [
            actions.edit.value().get().and_then(Result::err),
            actions.delete.value().get().and_then(Result::err),
        ]
        .into_iter()
        .flatten()
        .next()
        .map(|e| view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> })
    };
    view! {
        <section class="comments" aria-labelledby="comments-heading">
            <h2 id="comments-heading">
                {t(Msg::CommentsTitle)} " "
                <span class="count" data-testid="comment-count">"(" {counted(visible, Msg::CommentCount)} ")"</span>
            </h2>
            {other_error}
            {if threads.is_empty() {
                view! { <p class="empty">{t(Msg::CommentsEmpty)}</p> }.into_any()
            } else {
                view! {
                    <ol class="comment-list" data-testid="comment-list">
                        {threads.into_iter().map(|(comment, answers)| {
                            let thread_id = comment.id;
                            view! {
                                <li class="comment-thread">
                                    <Comment comment actions/>
                                    {(!answers.is_empty()).then(|| view! {
                                        <ol class="comment-replies">
                                            {answers.into_iter().map(|reply| view! {
                                                <li><Comment comment=reply actions/></li>
                                            }).collect_view()}
                                        </ol>
                                    })}
                                    {logged_in.then(|| view! { <CommentForm idea_id parent_id=Some(thread_id)/> })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
            {if logged_in {
                view! { <CommentForm idea_id parent_id=None/> }.into_any()
            } else {
                view! { <p class="panel login-prompt"><a href=routes::LOGIN>{t(Msg::CommentLoginFirst)}</a></p> }.into_any()
            }}
        </section>
    }
}

#[component]
fn Comment(comment: CommentView, actions: CommentActions) -> impl IntoView {
    let id = comment.id.to_string();
    let delete_id = id.clone();
    if comment.deleted {
        return view! { <article class="comment comment-deleted"><p>{t(Msg::CommentDeleted)}</p></article> }
            .into_any();
    }
    let edit_form = comment.editable_text.clone().map(|text| {
        let field_id = format!("edit-{}", comment.id);
        view! {
            <details class="comment-tool">
                <summary>{t(Msg::EditButton)}</summary>
                <ActionForm action=actions.edit attr:class="form">
                    <input type="hidden" name="id" value=id.clone()/>
                    <label for=field_id.clone()>{t(Msg::CommentEditLabel)}</label>
                    <p class="field-hint">{t(Msg::CommentEditHint)}</p>
                    <textarea dir="auto" id=field_id name="body" rows="3" maxlength="2000" required>{super::field::textarea_text(&text)}</textarea>
                    <button type="submit" class="button">{t(Msg::SaveButton)}</button>
                </ActionForm>
            </details>
        }
    });
    let delete_form = comment.mine.then(|| {
        // Asked first, in the page itself (works without JavaScript): a deleted comment is gone.
        view! {
            <details class="comment-tool" data-testid="delete-comment">
                <summary>{t(Msg::DeleteButton)}</summary>
                <p>{t(Msg::CommentDeleteConfirm)}</p>
                <ActionForm action=actions.delete attr:class="inline-form" attr:data-done=t(Msg::DoneCommentDeleted)>
                    <input type="hidden" name="id" value=delete_id.clone()/>
                    <button type="submit" class="button button-danger button-small">{t(Msg::CommentDeleteYes)}</button>
                </ActionForm>
            </details>
        }
    });
    view! {
        <article class="comment" id=format!("reactie-{}", comment.id) data-testid="comment">
            <header class="comment-meta">
                <strong>{comment.author_name.clone()}</strong>
                {comment.author_work.clone().map(|work| view! { <ProfessionalBadge work/> })}
                <time datetime=iso_date(comment.created_at)>{format_date(comment.created_at)}</time>
                {comment.edited.then(|| view! { <span class="comment-edited">"(" {t(Msg::CommentEdited)} ")"</span> })}
            </header>
            <p class="comment-body preserve-lines" dir="auto">
                {comment.parts.into_iter().map(|part| match part {
                    TextPart::Text(text) => text.into_any(),
                    TextPart::Link { href, text } => view! {
                        <a href=href rel="nofollow ugc noopener noreferrer">{text}</a>
                    }.into_any(),
                }).collect_view()}
            </p>
            <div class="comment-tools">{edit_form} {delete_form}</div>
        </article>
    }
    .into_any()
}

/// The form to react (`parent_id` none) or to answer a thread: an island, so it empties itself
/// after a success and has the islands router bring the new comment into the page.
#[island(lazy)]
pub fn CommentForm(idea_id: i64, parent_id: Option<i64>) -> impl IntoView {
    let action = ServerAction::<AddComment>::new();
    let form = NodeRef::<leptos::html::Form>::new();
    let details = NodeRef::<leptos::html::Details>::new();
    let error: Signal<Option<AppError>> =
        super::field::form_error(move || action.value().get().map(|r| r.map(|_| ())));
    Effect::new(move |_| {
        if action.value().get().is_some_and(|r| r.is_ok()) {
            if let Some(form) = form.get() {
                form.reset();
            }
            if let Some(details) = details.get() {
                details.set_open(false);
            }
            super::island_events::refresh_page();
        }
    });
    match parent_id {
        Some(parent_id) => {
            let field_id = format!("reply-{parent_id}");
            view! {
                <details class="comment-tool reply-tool" node_ref=details>
                    <summary>{t(Msg::ReplyButton)}</summary>
                    <ActionForm action node_ref=form attr:class="form">
                        <input type="hidden" name="idea_id" value=idea_id.to_string()/>
                        <input type="hidden" name="parent_id" value=parent_id.to_string()/>
                        <label for=field_id.clone()>{t(Msg::ReplyFieldLabel)}</label>
                        <textarea dir="auto" id=field_id name="body" rows="3" maxlength="2000" required></textarea>
                        <button type="submit" class="button">{t(Msg::ReplySubmit)}</button>
                    </ActionForm>
                </details>
            }
            .into_any()
        }
        None => view! {
            <ActionForm action node_ref=form attr:class="form new-comment" attr:novalidate=true>
                <input type="hidden" name="idea_id" value=idea_id.to_string()/>
                <Field id="comment-body" label=t(Msg::CommentFieldLabel) hint=t(Msg::CommentFieldHint) error=field_error(error, "body")>
                    <textarea dir="auto" id="comment-body" name="body" rows="4" maxlength="2000" required
                        aria-describedby="comment-body-hint comment-body-error"
                        aria-invalid=move || field_error(error, "body").get().is_some().to_string()></textarea>
                </Field>
                {move || error.get().filter(|e| e.field.is_none()).map(|e| view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> })}
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>{t(Msg::CommentSubmit)}</button>
            </ActionForm>
        }
        .into_any(),
    }
}

/// Who works here, beside their name: a badge with a mark, drawn from their account, which no name a
/// resident types can produce.
#[component]
pub fn ProfessionalBadge(work: Work) -> impl IntoView {
    view! {
        <span class="badge badge-professional" data-testid="professional-badge">
            <svg class="icon" viewBox="0 0 24 24" width="13" height="13" aria-hidden="true" focusable="false">
                <path fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" d="M5 12.5l4.5 4.5L19 7.5"/>
            </svg>
            <span class="visually-hidden">{t(Msg::WorksHere)} " "</span>
            {work_words(&work)}
        </span>
    }
}
