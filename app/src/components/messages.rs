//! The messages part of an idea's page: a resident writes to the contact person and reads the
//! answers; the professionals working on the idea read every resident's conversation and answer it.
//! Plain forms (they work without JavaScript); after sending, the page comes back with the message in
//! its conversation.

use crate::api::messages::{AnswerMessage, SendMessage};
use crate::components::comments::ProfessionalBadge;
use crate::components::field::{error_in_address, field_error, Field};
use crate::domain::time::iso_date;
use crate::domain::views::{IdeaMessages, MessageThread};
use crate::i18n::{fill, t, Msg};
use crate::routes;
use crate::wording::{format_date, name_and_work};
use leptos::prelude::*;

#[component]
pub fn MessagesPanel(idea_id: i64, messages: IdeaMessages, logged_in: bool) -> impl IntoView {
    let error = Signal::derive(error_in_address);
    if messages.can_answer {
        let threads = messages.threads;
        return view! {
            <section class="panel messages" aria-labelledby="messages-heading" data-testid="messages">
                <h2 id="messages-heading">{t(Msg::MessagesFromResidents)}</h2>
                <p class="muted">{t(Msg::MessagesFromResidentsIntro)}</p>
                {if threads.is_empty() {
                    view! { <p class="muted">{t(Msg::MessagesNone)}</p> }.into_any()
                } else {
                    threads.into_iter().map(|thread| view! { <Conversation idea_id thread answer=true/> }).collect_view().into_any()
                }}
            </section>
        }
        .into_any();
    }
    if !logged_in {
        return view! {
            <section class="panel messages" aria-labelledby="messages-heading" data-testid="messages">
                <h2 id="messages-heading">{t(Msg::MessagesTitle)}</h2>
                <p><a href=routes::LOGIN>{t(Msg::MessagesLoginFirst)}</a></p>
            </section>
        }
        .into_any();
    }
    let own = messages.threads.into_iter().next();
    let form = match (&messages.contact, messages.can_write) {
        (Some(contact), true) => {
            let send = ServerAction::<SendMessage>::new();
            view! {
                <p>{fill(Msg::MessagesIntro, &[("contact", &name_and_work(&contact.name, contact.work.as_ref()))])}</p>
                <ActionForm action=send attr:class="form message-form" attr:data-done=t(Msg::DoneMessageSent)>
                    <input type="hidden" name="idea_id" value=idea_id.to_string()/>
                    <Field id="message-body" label=t(Msg::MessageFieldLabel) error=field_error(error, "body")>
                        <textarea dir="auto" id="message-body" name="body" rows="4" required maxlength="2000"
                            aria-describedby="message-body-error"></textarea>
                    </Field>
                    <button type="submit" class="button" data-testid="send-message">{t(Msg::SendMessageButton)}</button>
                </ActionForm>
            }
            .into_any()
        }
        (None, _) => view! { <p class="muted">{t(Msg::MessagesNoContactYet)}</p> }.into_any(),
        // A professional without a part in this idea: they coordinate in notes, not here.
        (Some(_), false) => ().into_any(),
    };
    if own.is_none() && !messages.can_write && messages.contact.is_some() {
        return ().into_any();
    }
    view! {
        <section class="panel messages" aria-labelledby="messages-heading" data-testid="messages">
            <h2 id="messages-heading">{t(Msg::MessagesTitle)}</h2>
            {own.map(|thread| view! { <Conversation idea_id thread answer=false/> })}
            {form}
        </section>
    }
    .into_any()
}

#[component]
fn Conversation(idea_id: i64, thread: MessageThread, answer: bool) -> impl IntoView {
    let MessageThread {
        resident_id,
        resident_name,
        messages,
    } = thread;
    let answer_form = answer.then(|| {
        let action = ServerAction::<AnswerMessage>::new();
        // One answer field per conversation: its id names the resident, so labels stay unique.
        let field_id = format!("answer-{resident_id}");
        let label = fill(Msg::AnswerFieldLabel, &[("name", &resident_name)]);
        view! {
            <ActionForm action attr:class="form message-form" attr:data-done=t(Msg::DoneMessageSent)>
                <input type="hidden" name="idea_id" value=idea_id.to_string()/>
                <input type="hidden" name="resident_id" value=resident_id.to_string()/>
                <div class="field">
                    <label for=field_id.clone()>{label}</label>
                    <textarea dir="auto" id=field_id name="body" rows="3" required maxlength="2000"></textarea>
                </div>
                <button type="submit" class="button" data-testid="answer-message">{t(Msg::AnswerButton)}</button>
            </ActionForm>
        }
    });
    view! {
        <div class="conversation" data-testid="conversation">
            {answer.then(|| view! { <h3>{fill(Msg::MessagesConversationWith, &[("name", &resident_name)])}</h3> })}
            <ol class="notes">
                {messages.into_iter().map(|m| view! {
                    <li class="note" class:note-mine=m.mine data-testid="message">
                        <p class="comment-meta">
                            <strong>{m.sender_name}</strong>
                            {m.mine.then(|| view! { " (" {t(Msg::MessagesYou)} ")" })}
                            {m.sender_work.map(|work| view! { " " <ProfessionalBadge work/> })} " "
                            <time datetime=iso_date(m.created_at)>{format_date(m.created_at)}</time>
                        </p>
                        <p class="preserve-lines" dir="auto">{m.body}</p>
                    </li>
                }).collect_view()}
            </ol>
            {answer_form}
        </div>
    }
}
