//! Handing an idea over, on its page: the lead's offer form (a colleague of the wijk and a note for
//! the two of them), and the handovers the reader gave or received, with accept and decline for an
//! offer made to them. The same answer buttons serve the workbench's inbox.

use super::disclosure::{Disclosure, OpenTool};
use super::field::Field;
use crate::api::handover::{AnswerHandover, OfferHandover, WithdrawHandover};
use crate::domain::time::iso_date;
use crate::domain::views::{Colleague, HandoverView};
use crate::i18n::{fill, t, Msg};
use crate::wording::{byline, format_date};
use leptos::prelude::*;

#[component]
pub fn HandoverForm(
    idea_id: i64,
    colleagues: Vec<Colleague>,
    action: ServerAction<OfferHandover>,
    open: OpenTool,
) -> impl IntoView {
    let body = if colleagues.is_empty() {
        view! { <p class="muted">{t(Msg::HandoverNoColleagues)}</p> }.into_any()
    } else {
        view! {
            <ActionForm action attr:class="form" attr:data-done=t(Msg::DoneHandoverOffered)>
                <input type="hidden" name="idea_id" value=idea_id.to_string()/>
                <div class="field">
                    <label for="handover-to">{t(Msg::HandoverTo)}</label>
                    <select id="handover-to" name="to_user" required>
                        <option value="">{t(Msg::HandoverChoose)}</option>
                        {colleagues.into_iter().map(|c| {
                            let who = byline(&c.display_name, c.title, c.organisation.as_deref());
                            view! { <option value=c.user_id.to_string()>{who}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <Field id="handover-note" label=t(Msg::HandoverNote) hint=t(Msg::HandoverNoteHint) error=Signal::stored(None::<String>)>
                    <textarea dir="auto" id="handover-note" name="note" rows="4" maxlength="4000" required aria-describedby="handover-note-hint"></textarea>
                </Field>
                <button type="submit" class="button" data-testid="offer-handover">{t(Msg::HandoverSubmit)}</button>
            </ActionForm>
        }.into_any()
    };
    view! {
        <Disclosure name="handover" open summary=t(Msg::HandoverTitle)>
            <p class="muted">{t(Msg::HandoverIntro)}</p>
            {body}
        </Disclosure>
    }
}

/// Accept and decline, for an offer made to the reader.
#[component]
pub fn HandoverAnswer(handover_id: i64, action: ServerAction<AnswerHandover>) -> impl IntoView {
    view! {
        <div class="participation-actions">
            <ActionForm action attr:class="inline-form" attr:data-done=t(Msg::DoneHandoverAccepted)>
                <input type="hidden" name="handover_id" value=handover_id.to_string()/>
                <input type="hidden" name="accept" value="true"/>
                <button type="submit" class="button button-primary" data-testid="accept-handover">{t(Msg::HandoverAccept)}</button>
            </ActionForm>
            <ActionForm action attr:class="inline-form" attr:data-done=t(Msg::DoneHandoverDeclined)>
                <input type="hidden" name="handover_id" value=handover_id.to_string()/>
                <input type="hidden" name="accept" value="false"/>
                <button type="submit" class="button button-quiet" data-testid="decline-handover">{t(Msg::HandoverDecline)}</button>
            </ActionForm>
        </div>
    }
}

#[component]
pub fn Handovers(
    handovers: Vec<HandoverView>,
    action: ServerAction<AnswerHandover>,
    withdraw: ServerAction<WithdrawHandover>,
) -> impl IntoView {
    (!handovers.is_empty()).then(|| view! {
        <h3>{t(Msg::HandoversTitle)}</h3>
        <ol class="notes" data-testid="handovers">
            {handovers.into_iter().map(|h| view! {
                <li class="note">
                    <p class="comment-meta">
                        <strong>{fill(Msg::HandoverFromTo, &[("from", &h.from_name), ("to", &h.to_name)])}</strong> " "
                        <span class="badge badge-visibility">{t(h.status.label())}</span> " "
                        <time datetime=iso_date(h.created_at)>{format_date(h.created_at)}</time>
                    </p>
                    <p class="preserve-lines" dir="auto">{h.note}</p>
                    {h.to_me.then(|| view! { <HandoverAnswer handover_id=h.id action/> })}
                    {h.from_me.then(|| view! {
                        <ActionForm action=withdraw attr:class="inline-form" attr:data-done=t(Msg::DoneHandoverWithdrawn)>
                            <input type="hidden" name="handover_id" value=h.id.to_string()/>
                            <button type="submit" class="button button-quiet" data-testid="withdraw-handover">{t(Msg::HandoverWithdraw)}</button>
                        </ActionForm>
                    })}
                </li>
            }).collect_view()}
        </ol>
    })
}
