//! An idea's progress on its page: a progress bar with its number in words, the milestones in
//! order (planned and done days), and for those who keep them the forms to add, move, finish,
//! reopen and remove milestones, set the percentage by hand, and post an update. Plain forms in a
//! server-rendered part: everything works without JavaScript.

use super::disclosure::{Disclosure, OpenTool};
use crate::api::progress::{
    AddMilestone, CompleteMilestone, MoveMilestone, PostUpdate, RemoveMilestone, ReopenMilestone, SetProgress,
};
use crate::domain::views::{IdeaProgress, MilestoneView};
use crate::error::AppError;
use crate::i18n::{fill, t, Msg};
use crate::wording::format_day;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ProgressActions {
    pub add: ServerAction<AddMilestone>,
    pub moved: ServerAction<MoveMilestone>,
    pub done: ServerAction<CompleteMilestone>,
    pub reopen: ServerAction<ReopenMilestone>,
    pub remove: ServerAction<RemoveMilestone>,
    pub percent: ServerAction<SetProgress>,
    pub update: ServerAction<PostUpdate>,
}

impl Default for ProgressActions {
    fn default() -> Self {
        Self {
            add: ServerAction::new(),
            moved: ServerAction::new(),
            done: ServerAction::new(),
            reopen: ServerAction::new(),
            remove: ServerAction::new(),
            percent: ServerAction::new(),
            update: ServerAction::new(),
        }
    }
}

impl ProgressActions {
    pub fn version(&self) -> usize {
        self.add.version().get()
            + self.moved.version().get()
            + self.done.version().get()
            + self.reopen.version().get()
            + self.remove.version().get()
            + self.percent.version().get()
            + self.update.version().get()
    }

    pub fn last_error(&self) -> Option<AppError> {
        [
            self.add.value().get().and_then(Result::err),
            self.moved.value().get().and_then(Result::err),
            self.done.value().get().and_then(Result::err),
            self.reopen.value().get().and_then(Result::err),
            self.remove.value().get().and_then(Result::err),
            self.percent.value().get().and_then(Result::err),
            self.update.value().get().and_then(Result::err),
        ]
        .into_iter()
        .flatten()
        .next()
    }
}

/// The bar alone: a native `<progress>` (read out by screen readers) with its number beside it.
#[component]
pub fn ProgressBar(percent: i64, #[prop(optional)] by_hand: bool) -> impl IntoView {
    let words = fill(Msg::ProgressPercent, &[("percent", &percent.to_string())]);
    view! {
        <div class="progress-bar" data-testid="progress-bar">
            <progress max="100" value=percent.to_string() aria-label=t(Msg::ProgressTitle)>{words.clone()}</progress>
            <span class="progress-number" data-testid="progress-number">{words}</span>
            {by_hand.then(|| view! { <span class="muted">" " {t(Msg::ProgressByHand)}</span> })}
        </div>
    }
}

#[component]
pub fn ProgressPanel(
    idea_id: i64,
    progress: IdeaProgress,
    actions: ProgressActions,
    open: OpenTool,
) -> impl IntoView {
    let IdeaProgress {
        milestones,
        percent,
        by_hand,
        can_keep,
    } = progress;
    if milestones.is_empty() && percent.is_none() && !can_keep {
        return None;
    }
    let id = idea_id.to_string();
    let (id_add, id_update, id_percent) = (id.clone(), id.clone(), id);
    Some(view! {
        <section class="progress" aria-labelledby="progress-heading" data-testid="progress">
            <h3 id="progress-heading">{t(Msg::ProgressTitle)}</h3>
            {match percent {
                Some(percent) => view! { <ProgressBar percent by_hand/> }.into_any(),
                None => view! { <p class="muted">{t(Msg::ProgressNone)}</p> }.into_any(),
            }}
            {(!milestones.is_empty()).then(|| view! {
                <ol class="milestones" data-testid="milestones">
                    {milestones.into_iter().map(|m| view! { <Milestone idea_id milestone=m can_keep actions/> }).collect_view()}
                </ol>
            })}
            {can_keep.then(move || view! {
                <Disclosure name="milestone" open summary=t(Msg::MilestoneAddTitle)>
                    <ActionForm action=actions.add attr:class="form" attr:data-done=t(Msg::DoneMilestoneAdded)>
                        <input type="hidden" name="idea_id" value=id_add/>
                        <div class="field">
                            <label for="milestone-title">{t(Msg::MilestoneTitleField)}</label>
                            <input dir="auto" id="milestone-title" name="title" type="text" maxlength="200" required/>
                        </div>
                        <div class="field">
                            <label for="milestone-planned">{t(Msg::MilestonePlannedField)}</label>
                            <input id="milestone-planned" name="planned_on" type="date" min="2000-01-01" max="2100-12-31" required/>
                        </div>
                        <button type="submit" class="button" data-testid="milestone-add">{t(Msg::MilestoneAddSubmit)}</button>
                    </ActionForm>
                </Disclosure>
                <Disclosure name="update" open summary=t(Msg::UpdateTitle)>
                    <ActionForm action=actions.update attr:class="form" attr:data-done=t(Msg::DoneUpdatePosted)>
                        <input type="hidden" name="idea_id" value=id_update/>
                        <div class="field">
                            <label for="update-body">{t(Msg::UpdateField)}</label>
                            <p class="field-hint" id="update-body-hint">{t(Msg::UpdateHint)}</p>
                            <textarea dir="auto" id="update-body" name="body" rows="4" maxlength="4000" required aria-describedby="update-body-hint"></textarea>
                        </div>
                        <button type="submit" class="button" data-testid="update-post">{t(Msg::UpdateSubmit)}</button>
                    </ActionForm>
                </Disclosure>
                <Disclosure name="percent" open summary=t(Msg::ProgressSetTitle)>
                    <ActionForm action=actions.percent attr:class="form" attr:data-done=t(Msg::DoneProgressSet)>
                        <input type="hidden" name="idea_id" value=id_percent/>
                        <div class="field">
                            <label for="progress-percent">{t(Msg::ProgressPercentField)}</label>
                            <p class="field-hint" id="progress-percent-hint">{t(Msg::ProgressPercentHint)}</p>
                            <input id="progress-percent" name="percent" type="number" min="0" max="100" step="1" inputmode="numeric" aria-describedby="progress-percent-hint"/>
                        </div>
                        <div class="field">
                            <label for="progress-reason">{t(Msg::ProgressReasonField)}</label>
                            <textarea dir="auto" id="progress-reason" name="reason" rows="2" maxlength="2000" required></textarea>
                        </div>
                        <button type="submit" class="button" data-testid="progress-set">{t(Msg::ProgressSetSubmit)}</button>
                    </ActionForm>
                </Disclosure>
            })}
        </section>
    })
}

#[component]
fn Milestone(
    idea_id: i64,
    milestone: MilestoneView,
    can_keep: bool,
    actions: ProgressActions,
) -> impl IntoView {
    let MilestoneView {
        id,
        title,
        planned_on,
        done_on,
    } = milestone;
    let done = done_on.is_some();
    let planned = fill(Msg::MilestonePlannedOn, &[("date", &format_day(&planned_on))]);
    let finished = done_on.map(|d| fill(Msg::MilestoneDoneOn, &[("date", &format_day(&d))]));
    let hidden = move || {
        view! {
            <input type="hidden" name="idea_id" value=idea_id.to_string()/>
            <input type="hidden" name="milestone_id" value=id.to_string()/>
        }
    };
    let tools = can_keep.then(|| {
        let move_field = format!("milestone-{id}-planned");
        view! {
            <div class="milestone-tools">
                {if done {
                    view! {
                        <ActionForm action=actions.reopen attr:class="inline-form" attr:data-done=t(Msg::DoneMilestoneReopened)>
                            {hidden()}
                            <button type="submit" class="button button-small">{t(Msg::MilestoneReopen)}</button>
                        </ActionForm>
                    }.into_any()
                } else {
                    view! {
                        <ActionForm action=actions.done attr:class="inline-form" attr:data-done=t(Msg::DoneMilestoneDone)>
                            {hidden()}
                            <button type="submit" class="button button-small" data-testid="milestone-done">{t(Msg::MilestoneMarkDone)}</button>
                        </ActionForm>
                        <details class="comment-tool">
                            <summary>{t(Msg::MilestoneMove)}</summary>
                            <ActionForm action=actions.moved attr:class="form" attr:data-done=t(Msg::DoneMilestoneMoved)>
                                {hidden()}
                                <div class="field">
                                    <label for=move_field.clone()>{t(Msg::MilestoneNewDay)}</label>
                                    <input id=move_field name="planned_on" type="date" min="2000-01-01" max="2100-12-31" value=planned_on.clone() required/>
                                </div>
                                <button type="submit" class="button button-small" data-testid="milestone-move">{t(Msg::MilestoneMoveSubmit)}</button>
                            </ActionForm>
                        </details>
                    }.into_any()
                }}
                <ActionForm action=actions.remove attr:class="inline-form" attr:data-done=t(Msg::DoneMilestoneRemoved)>
                    {hidden()}
                    <button type="submit" class="button button-small button-quiet">{t(Msg::MilestoneRemove)}</button>
                </ActionForm>
            </div>
        }
    });
    view! {
        <li class="milestone" class:milestone-done=done data-testid="milestone">
            <span class="milestone-mark" aria-hidden="true">{if done { "✓" } else { "○" }}</span>
            <span class="milestone-text">
                <strong dir="auto">{title}</strong>
                <span class="visually-hidden">{if done { t(Msg::MilestoneStateDone) } else { t(Msg::MilestoneStateOpen) }}</span>
                " " <span class="muted">{planned}</span>
                {finished.map(|f| view! { " · " <span>{f}</span> })}
            </span>
            {tools}
        </li>
    }
}
