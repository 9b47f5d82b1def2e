//! The professional side of an idea's page. Everyone sees who works on it ("opgepakt door Naam,
//! functie, organisatie"), the public timeline and public notes; professionals also see the notes
//! they may read and the forms to claim, steer and write. Every form posts without JavaScript too.

use super::disclosure::{Disclosure, OpenTool};
use super::handover::{HandoverForm, Handovers};
use super::progress_panel::{ProgressActions, ProgressPanel};
use crate::api::handover::{AnswerHandover, OfferHandover, WithdrawHandover};
use crate::api::work::{AddNote, ChangeStatus, ClaimIdea, ReleaseIdea};
use crate::domain::coverage::Coverage;
use crate::domain::roles::{ClaimKind, NoteVisibility};
use crate::domain::time::iso_date;
use crate::domain::views::{ClaimView, IdeaWork, TimelineEntry};
use crate::domain::workflow::{self, Justification, Mover};
use crate::domain::Status;
use crate::error::AppError;
use crate::i18n::{fill, t, Msg};
use crate::routes;
use crate::timeline_words::timeline_words;
use crate::wording::format_date;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct WorkActions {
    pub claim: ServerAction<ClaimIdea>,
    pub release: ServerAction<ReleaseIdea>,
    pub status: ServerAction<ChangeStatus>,
    pub note: ServerAction<AddNote>,
    pub offer: ServerAction<OfferHandover>,
    pub answer: ServerAction<AnswerHandover>,
    pub withdraw: ServerAction<WithdrawHandover>,
    pub progress: ProgressActions,
    /// The panel's open `<details>` tool, kept across the panel's rebuilds.
    pub open_tool: OpenTool,
}

impl Default for WorkActions {
    fn default() -> Self {
        Self {
            claim: ServerAction::new(),
            release: ServerAction::new(),
            status: ServerAction::new(),
            note: ServerAction::new(),
            offer: ServerAction::new(),
            answer: ServerAction::new(),
            withdraw: ServerAction::new(),
            progress: ProgressActions::default(),
            open_tool: RwSignal::new(None),
        }
    }
}

impl WorkActions {
    pub fn version(&self) -> usize {
        self.claim.version().get()
            + self.release.version().get()
            + self.status.version().get()
            + self.note.version().get()
            + self.offer.version().get()
            + self.answer.version().get()
            + self.withdraw.version().get()
            + self.progress.version()
    }

    fn last_error(&self) -> Option<AppError> {
        [
            self.claim.value().get().and_then(Result::err),
            self.release.value().get().and_then(Result::err),
            self.status.value().get().and_then(Result::err),
            self.note.value().get().and_then(Result::err),
            self.offer.value().get().and_then(Result::err),
            self.answer.value().get().and_then(Result::err),
            self.withdraw.value().get().and_then(Result::err),
        ]
        .into_iter()
        .flatten()
        .next()
        .or_else(|| self.progress.last_error())
        // A plain form (posted through the islands router, or without JavaScript) brings its error
        // back in the address.
        .or_else(crate::components::field::error_in_address)
    }
}

fn who(c: &ClaimView) -> String {
    crate::wording::byline(&c.display_name, c.title, c.organisation.as_deref())
}

/// The statuses a professional may move the idea to from here.
fn next_statuses(from: Status) -> Vec<Status> {
    let full = Justification {
        explanation: Some("x".into()),
        merged_into: Some(0),
        referred_to: Some("x".into()),
    };
    Status::ALL
        .into_iter()
        .filter(|to| workflow::check(from, *to, Mover::Professional, &full).is_ok())
        .collect()
}

#[component]
pub fn WorkPanel(idea_id: i64, work: IdeaWork, actions: WorkActions) -> impl IntoView {
    let id = idea_id.to_string();
    let release_id = id.clone();
    let (leads, supporters): (Vec<ClaimView>, Vec<ClaimView>) =
        work.claims.iter().cloned().partition(|c| c.lead);
    let claim_buttons = work.can_claim.then(move || {
        let kind = if work.has_lead {
            ClaimKind::Supporting
        } else {
            ClaimKind::Lead
        }
        .as_str();
        let label = if work.has_lead {
            Msg::ClaimSupportingButton
        } else {
            Msg::ClaimLeadButton
        };
        view! {
            <ActionForm action=actions.claim attr:class="inline-form" attr:data-done=t(Msg::DoneClaimed)>
                <input type="hidden" name="idea_id" value=id.clone()/>
                <input type="hidden" name="kind" value=kind/>
                <button type="submit" class="button button-primary" data-testid="claim">{t(label)}</button>
            </ActionForm>
        }
    });
    // Letting go asks why, in public words, before anything changes (works without JavaScript).
    let release_button = work.has_claim.then(move || view! {
        <details class="comment-tool release-tool" data-testid="release-tool">
            <summary data-testid="release">{t(Msg::ReleaseButton)}</summary>
            <ActionForm action=actions.release attr:class="form" attr:data-done=t(Msg::DoneReleased)>
                <input type="hidden" name="idea_id" value=release_id/>
                <div class="field">
                    <label for="release-reason">{t(Msg::ReleaseReason)}</label>
                    <p class="field-hint" id="release-reason-hint">{t(Msg::ReleaseReasonHint)}</p>
                    <textarea dir="auto" id="release-reason" name="reason" rows="3" maxlength="2000" required aria-describedby="release-reason-hint"></textarea>
                </div>
                <button type="submit" class="button" data-testid="release-confirm">{t(Msg::ReleaseConfirm)}</button>
            </ActionForm>
        </details>
    });
    let status_form = work.can_steer.then(
        || view! { <StatusForm idea_id status=work.status action=actions.status open=actions.open_tool/> },
    );
    let handover_form = work.can_hand_over.then(|| {
        view! { <HandoverForm idea_id colleagues=work.colleagues.clone() action=actions.offer open=actions.open_tool/> }
    });
    let note_form = work
        .can_write_note
        .then(|| view! { <NoteForm idea_id action=actions.note/> });
    view! {
        <section class="panel work" aria-labelledby="work-heading" data-testid="work">
            <h2 id="work-heading">{t(Msg::WorkTitle)}</h2>
            {move || actions.last_error().map(|e| view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> })}
            {if work.claims.is_empty() {
                view! { <p class="muted" data-testid="coverage">{who_reads(&work.coverage)}</p> }.into_any()
            } else {
                view! {
                    <ul class="claims" data-testid="claims">
                        {leads.iter().map(|c| view! { <li><strong>{t(Msg::WorkLeadBy)}</strong> " " {who(c)}</li> }).collect_view()}
                        {supporters.iter().map(|c| view! { <li>{t(Msg::WorkSupportedBy)} " " {who(c)}</li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <div class="participation-actions">{claim_buttons} {release_button}</div>
            {status_form}
            {handover_form}
            <Handovers handovers=work.handovers.clone() action=actions.answer withdraw=actions.withdraw/>
            <ProgressPanel idea_id progress=work.progress.clone() actions=actions.progress open=actions.open_tool/>
            <Notes notes=work.notes.clone()/>
            {note_form}
            <Timeline entries=work.timeline.clone()/>
        </section>
    }
}

#[component]
fn StatusForm(
    idea_id: i64,
    status: Status,
    action: ServerAction<ChangeStatus>,
    open: OpenTool,
) -> impl IntoView {
    let options = next_statuses(status);
    // The explanation's hint names only the choices offered here that need one.
    let explained: Vec<&str> = options
        .iter()
        .filter(|to| workflow::needs_explanation(status, **to))
        .map(|to| t(to.label()))
        .collect();
    let hint = (!explained.is_empty()).then(|| {
        fill(
            Msg::StatusExplanationNeededFor,
            &[("statuses", &explained.join(t(Msg::ListSeparator)))],
        )
    });
    let can_merge = options.contains(&Status::Samengevoegd);
    let can_refer = options.contains(&Status::Doorverwezen);
    view! {
        <Disclosure name="status" open summary=t(Msg::StatusChangeTitle)>
            // The merge and referral fields show only when their status is chosen (CSS `:has`, so
            // without JavaScript too; where `:has` is unknown they simply stay visible).
            <ActionForm action attr:class="form status-form" attr:data-done=t(Msg::DoneStatusChanged)>
                <input type="hidden" name="idea_id" value=idea_id.to_string()/>
                <div class="field">
                    <label for="work-status">{t(Msg::StatusNew)}</label>
                    <select id="work-status" name="status" required>
                        <option value="">{t(Msg::StatusChoose)}</option>
                        {options.into_iter().map(|s| view! { <option value=s.as_str()>{t(s.label())}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="work-explanation">{t(Msg::StatusExplanation)}</label>
                    {hint.map(|h| view! { <p class="field-hint" id="work-explanation-hint">{h}</p> })}
                    <textarea dir="auto" id="work-explanation" name="explanation" rows="3" maxlength="2000" aria-describedby="work-explanation-hint"></textarea>
                </div>
                {can_merge.then(|| view! {
                    <div class="field field-when-merged" data-testid="merged-field">
                        <label for="work-merged">{t(Msg::StatusMergedInto)}</label>
                        <input id="work-merged" name="merged_into" type="number" min="1" inputmode="numeric"/>
                    </div>
                })}
                {can_refer.then(|| view! {
                    <div class="field field-when-referred" data-testid="referred-field">
                        <label for="work-referred">{t(Msg::StatusReferredTo)}</label>
                        <input id="work-referred" name="referred_to" type="text" maxlength="200"/>
                    </div>
                })}
                <button type="submit" class="button">{t(Msg::StatusChangeSubmit)}</button>
            </ActionForm>
        </Disclosure>
    }
}

#[component]
fn NoteForm(idea_id: i64, action: ServerAction<AddNote>) -> impl IntoView {
    // A plain form: after a note the panel comes back whole (a Swap), with the field empty.
    view! {
        <ActionForm action attr:class="form note-form" attr:data-done=t(Msg::DoneNoteAdded)>
            <input type="hidden" name="idea_id" value=idea_id.to_string()/>
            <div class="field">
                <label for="note-body">{t(Msg::NoteField)}</label>
                <textarea dir="auto" id="note-body" name="body" rows="3" maxlength="4000" required></textarea>
            </div>
            <fieldset>
                <legend>{t(Msg::NoteVisibilityLabel)}</legend>
                {NoteVisibility::ALL.iter().map(|v| {
                    let id = format!("note-visibility-{}", v.as_str());
                    view! {
                        <div class="radio">
                            <input type="radio" id=id.clone() name="visibility" value=v.as_str() checked=*v == NoteVisibility::Organisatie/>
                            <label for=id>{t(v.label())}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button">{t(Msg::NoteSubmit)}</button>
        </ActionForm>
    }
}

#[component]
fn Notes(notes: Vec<crate::domain::views::NoteView>) -> impl IntoView {
    view! {
        <h3>{t(Msg::NotesTitle)}</h3>
        {if notes.is_empty() {
            view! { <p class="muted">{t(Msg::NotesEmpty)}</p> }.into_any()
        } else {
            view! {
                <ol class="notes" data-testid="notes">
                    {notes.into_iter().map(|n| {
                        let byline = crate::wording::byline(&n.author_name, n.title, n.organisation.as_deref());
                        view! {
                            <li class="note" data-testid="note">
                                <p class="comment-meta">
                                    <strong>{byline}</strong> " "
                                    <span class="badge badge-visibility">{t(n.visibility.label())}</span> " "
                                    <time datetime=iso_date(n.created_at)>{format_date(n.created_at)}</time>
                                </p>
                                <p class="preserve-lines" dir="auto">{n.body}</p>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }.into_any()
        }}
    }
}

#[component]
fn Timeline(entries: Vec<TimelineEntry>) -> impl IntoView {
    (!entries.is_empty()).then(|| view! {
        <h3>{t(Msg::TimelineTitle)}</h3>
        <ol class="timeline" data-testid="timeline">
            {entries.into_iter().map(|e| {
                let what = timeline_words((&e).into());
                let change = match (e.from_status, e.to_status) {
                    (Some(from), Some(to)) => format!(
                        " ({})",
                        fill(Msg::TimelineFromTo, &[("from", t(from.label())), ("to", t(to.label()))])
                    ),
                    _ => String::new(),
                };
                view! {
                    <li>
                        <time datetime=iso_date(e.created_at)>{format_date(e.created_at)}</time> " · "
                        <strong>{e.actor_name}</strong> {(!e.actor_role.is_empty()).then(|| format!("{}{}", t(Msg::ListSeparator), crate::wording::function_key_label(&e.actor_role)))}
                        " " {what} {change}
                        {e.explanation.map(|x| view! { <blockquote class="preserve-lines" dir="auto">{x}</blockquote> })}
                        {e.merged_into.map(|m| view! { <p>{t(Msg::TimelineMergedInto)} " " <a href=routes::idea(m)>"#" {m}</a></p> })}
                        {e.referred_to.map(|r| view! { <p>{t(Msg::TimelineReferredTo)} " " {r}</p> })}
                    </li>
                }
            }).collect_view()}
        </ol>
    })
}

/// Who reads an idea nobody has claimed yet, said honestly: the professionals of the wijk, whoever
/// answers for wijken without one, or that nobody is named yet.
fn who_reads(coverage: &Coverage) -> String {
    match coverage {
        Coverage::Covered => t(Msg::WorkNobody).to_owned(),
        Coverage::Professional {
            name,
            title,
            organisation,
        } => {
            let who = crate::wording::byline(name, *title, organisation.as_deref());
            fill(Msg::WorkUncoveredProfessional, &[("who", &who)])
        }
        Coverage::Team { organisation } => fill(Msg::WorkUncoveredTeam, &[("organisation", organisation)]),
        Coverage::Nobody => t(Msg::WorkUncoveredNobody).to_owned(),
    }
}
