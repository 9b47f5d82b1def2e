//! "Volg deze wijk" on a wijk's page: new ideas there then arrive as (bundled) notifications.

use crate::api::participation::{FollowWijk, UnfollowWijk};
use crate::error::AppError;
use crate::i18n::{t, Msg};
use crate::routes;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct WardFollowActions {
    pub follow: ServerAction<FollowWijk>,
    pub unfollow: ServerAction<UnfollowWijk>,
}

impl Default for WardFollowActions {
    fn default() -> Self {
        Self::new()
    }
}

impl WardFollowActions {
    pub fn new() -> Self {
        Self {
            follow: ServerAction::new(),
            unfollow: ServerAction::new(),
        }
    }

    pub fn version(&self) -> usize {
        self.follow.version().get() + self.unfollow.version().get()
    }
}

/// `following`: `None` for a visitor (who is invited to log in).
#[component]
pub fn WardFollow(code: String, following: Option<bool>, actions: WardFollowActions) -> impl IntoView {
    let error = move || {
        let e: Option<AppError> = actions
            .follow
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| actions.unfollow.value().get().and_then(Result::err))
            .or_else(crate::components::field::error_in_address);
        e.map(|e| view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> })
    };
    let body = match following {
        None => view! { <p class="participation-note"><a href=routes::LOGIN>{t(Msg::SupportLoginFirst)}</a></p> }.into_any(),
        Some(true) => view! {
            <ActionForm action=actions.unfollow attr:class="inline-form" attr:data-done=t(Msg::DoneUnfollowed)>
                <input type="hidden" name="code" value=code/>
                <button type="submit" class="button" data-testid="unfollow-wijk">{t(Msg::UnfollowWijkButton)}</button>
            </ActionForm>
        }
        .into_any(),
        Some(false) => view! {
            <ActionForm action=actions.follow attr:class="inline-form" attr:data-done=t(Msg::DoneFollowed)>
                <input type="hidden" name="code" value=code/>
                <button type="submit" class="button button-primary" data-testid="follow-wijk">{t(Msg::FollowWijkButton)}</button>
            </ActionForm>
        }
        .into_any(),
    };
    view! {
        <section class="panel participation" aria-label=t(Msg::FollowWijkButton)>
            <p class="participation-note">{t(Msg::FollowWijkNote)}</p>
            {error}
            <div class="participation-actions">{body}</div>
        </section>
    }
}
