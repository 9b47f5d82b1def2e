//! `/mijn-ideeen`: the reader's own page, opened from their name in the header. Who they are (their
//! address is shown to them alone), the ideas they wrote, the ideas they support and the ideas of
//! others they follow, each a list that reads without JavaScript.

use super::not_found::LoadError;
use crate::api::own_ideas::get_my_ideas;
use crate::components::idea_list::IdeaList;
use crate::components::page_head::PageHead;
use crate::components::session::use_session;
use crate::domain::views::{IdeaSummary, MyIdeas};
use crate::error::ErrorKind;
use crate::i18n::{t, Msg};
use crate::routes;
use leptos::prelude::*;

#[component]
pub fn MyIdeasPage() -> impl IntoView {
    let session = use_session();
    let mine = Resource::new(move || session.logout.version().get(), |_| get_my_ideas());
    view! {
        <PageHead title=t(Msg::MyIdeasTitle)/>
        <div class="page">
            <h1>{t(Msg::MyIdeasTitle)}</h1>
            <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match mine.await {
                        Ok(mine) => view! { <MyIdeasView mine/> }.into_any(),
                        Err(e) if e.kind == ErrorKind::Unauthenticated => view! {
                            <p class="panel login-prompt"><a href=routes::LOGIN>{t(Msg::NewIdeaLoginFirst)}</a></p>
                        }.into_any(),
                        Err(error) => view! { <LoadError error/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn MyIdeasView(mine: MyIdeas) -> impl IntoView {
    let MyIdeas {
        display_name,
        email,
        written,
        supported,
        followed,
    } = mine;
    view! {
        <section class="panel account-facts" aria-labelledby="account-heading">
            <h2 id="account-heading">{t(Msg::MyAccountHeading)}</h2>
            <dl>
                <dt>{t(Msg::MyAccountName)}</dt>
                <dd data-testid="account-name">{display_name}</dd>
                <dt>{t(Msg::MyAccountEmail)}</dt>
                <dd>{email}</dd>
            </dl>
            <p class="field-hint">{t(Msg::MyAccountEmailPrivate)}</p>
            <p><a href=routes::NOTIFICATIONS>{t(Msg::MyNotificationSettings)}</a></p>
        </section>
        <OwnList id="written" heading=Msg::MyIdeasWritten empty=Msg::MyIdeasNoneWritten ideas=written post_link=true/>
        <OwnList id="supported" heading=Msg::MyIdeasSupported empty=Msg::MyIdeasNoneSupported ideas=supported post_link=false/>
        <OwnList id="followed" heading=Msg::MyIdeasFollowed empty=Msg::MyIdeasNoneFollowed ideas=followed post_link=false/>
    }
}

#[component]
fn OwnList(
    id: &'static str,
    heading: Msg,
    empty: Msg,
    ideas: Vec<IdeaSummary>,
    post_link: bool,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="own-list" aria-labelledby=labelled_by data-testid=format!("my-{id}")>
            <h2 id=heading_id>{t(heading)} " (" {ideas.len()} ")"</h2>
            {if ideas.is_empty() {
                view! {
                    <p class="empty">{t(empty)} " "
                        {post_link.then(|| view! { <a href=routes::HOME>{t(Msg::MyIdeasPostOne)}</a> })}
                    </p>
                }.into_any()
            } else {
                view! { <IdeaList ideas/> }.into_any()
            }}
        </section>
    }
}
