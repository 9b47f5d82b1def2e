//! Support and follow on an idea's page: the count, "genoeg steun", and the buttons. Each button is a
//! small form, so it works without JavaScript too; the actions are created by the page, which reloads
//! the numbers when one of them completes.

use crate::api::participation::{FollowIdea, SupportIdea, UnfollowIdea, WithdrawSupport};
use crate::domain::views::Participation;
use crate::error::AppError;
use crate::i18n::{counted, fill, t, Msg};
use crate::routes;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ParticipationActions {
    pub support: ServerAction<SupportIdea>,
    pub withdraw: ServerAction<WithdrawSupport>,
    pub follow: ServerAction<FollowIdea>,
    pub unfollow: ServerAction<UnfollowIdea>,
}

impl Default for ParticipationActions {
    fn default() -> Self {
        Self::new()
    }
}

impl ParticipationActions {
    pub fn new() -> Self {
        Self {
            support: ServerAction::new(),
            withdraw: ServerAction::new(),
            follow: ServerAction::new(),
            unfollow: ServerAction::new(),
        }
    }

    /// Changes whenever one of the actions completes: the key of the resource that reads the numbers.
    pub fn version(&self) -> usize {
        self.support.version().get()
            + self.withdraw.version().get()
            + self.follow.version().get()
            + self.unfollow.version().get()
    }

    /// The error of the last attempt, if it failed.
    fn last_error(&self) -> Option<AppError> {
        [
            self.support.value().get().and_then(Result::err),
            self.withdraw.value().get().and_then(Result::err),
            self.follow.value().get().and_then(Result::err),
            self.unfollow.value().get().and_then(Result::err),
        ]
        .into_iter()
        .flatten()
        .next()
        .or_else(crate::components::field::error_in_address)
    }
}

#[component]
pub fn ParticipationPanel(
    idea_id: i64,
    state: Participation,
    actions: ParticipationActions,
) -> impl IntoView {
    let id = idea_id.to_string();
    let still_needed = (state.support_threshold - state.support_count).max(0);
    let count = counted(state.support_count, Msg::SupportCount);
    let support_part = if !state.logged_in {
        view! { <p class="participation-note"><a href=routes::LOGIN>{t(Msg::SupportLoginFirst)}</a></p> }
            .into_any()
    } else if state.is_author {
        view! { <p class="participation-note">{t(Msg::SupportOwnIdea)}</p> }.into_any()
    } else if state.supported {
        view! {
            <p class="participation-note" role="status">{t(Msg::YouSupport)}</p>
            <ActionForm action=actions.withdraw attr:class="inline-form" attr:data-done=t(Msg::DoneSupportWithdrawn)>
                <input type="hidden" name="id" value=id.clone()/>
                <button type="submit" class="button" data-testid="withdraw-support">{t(Msg::WithdrawSupportButton)}</button>
            </ActionForm>
        }
        .into_any()
    } else if !state.open_for_support {
        view! { <p class="participation-note">{t(Msg::SupportClosed)}</p> }.into_any()
    } else {
        view! {
            <ActionForm action=actions.support attr:class="inline-form" attr:data-done=t(Msg::DoneSupported)>
                <input type="hidden" name="id" value=id.clone()/>
                <button type="submit" class="button button-primary" data-testid="support">
                    <span aria-hidden="true">"♥ "</span>{t(Msg::SupportButton)}
                </button>
            </ActionForm>
        }
        .into_any()
    };
    let follow_id = idea_id.to_string();
    let follow_part = state.logged_in.then(move || {
        let id = follow_id;
        if state.following {
            view! {
                <p class="participation-note">{t(Msg::FollowingNote)}</p>
                <ActionForm action=actions.unfollow attr:class="inline-form" attr:data-done=t(Msg::DoneUnfollowed)>
                    <input type="hidden" name="id" value=id.clone()/>
                    <button type="submit" class="button button-quiet" data-testid="unfollow">{t(Msg::UnfollowButton)}</button>
                </ActionForm>
            }
            .into_any()
        } else {
            view! {
                <ActionForm action=actions.follow attr:class="inline-form" attr:data-done=t(Msg::DoneFollowed)>
                    <input type="hidden" name="id" value=id.clone()/>
                    <button type="submit" class="button button-quiet" data-testid="follow">{t(Msg::FollowButton)}</button>
                </ActionForm>
            }
            .into_any()
        }
    });
    view! {
        <section class="panel participation" aria-label=t(Msg::ParticipationLabel) data-testid="participation">
            <p class="support-count" data-testid="support-count" aria-live="polite">{count}</p>
            {if state.enough_support() {
                view! {
                    <p class="enough-support" data-testid="enough-support">
                        <span class="badge badge-enough"><span aria-hidden="true">"★ "</span>{t(Msg::EnoughSupport)}</span>
                        " " {t(Msg::EnoughSupportExplain)}
                    </p>
                }.into_any()
            } else if state.awaits_pickup {
                view! { <p class="field-hint" data-testid="support-needed">{fill(Msg::SupportStillNeeded, &[("count", &still_needed.to_string())])}</p> }.into_any()
            } else {
                ().into_any()
            }}
            {move || actions.last_error().map(|e| view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> })}
            <div class="participation-actions">{support_part} {follow_part}</div>
        </section>
    }
}
