//! `/wijken`: every wijk with its number of ideas; `/wijken/{code}`: one wijk.

use super::not_found::LoadError;
use crate::api::participation::get_wijk_following;
use crate::api::wards::{get_ward, list_wards};
use crate::components::idea_list::IdeaList;
use crate::components::map::{IdeaMap, MapSpec};
use crate::components::page_head::PageHead;
use crate::components::session::use_session;
use crate::components::ward_follow::{WardFollow, WardFollowActions};
use crate::domain::views::WardPage as WardData;
use crate::domain::IdeaFilter;
use crate::i18n::{fill, idea_count, t, Msg};
use crate::routes;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn WardsPage() -> impl IntoView {
    let wards = Resource::new(|| (), |_| list_wards());
    view! {
        <PageHead title=t(Msg::WardsTitle)/>
        <div class="page">
            <h1>{t(Msg::WardsTitle)}</h1>
            <p class="lead">{t(Msg::WardsIntro)}</p>
            <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match wards.await {
                        Ok(wards) => view! {
                            <ul class="ward-grid">
                                {wards.into_iter().map(|w| view! {
                                    <li>
                                        <a href=routes::ward(&w.code)>
                                            <span class="ward-name">{w.name}</span>
                                            <span class="ward-count">{idea_count(w.idea_count as usize)}</span>
                                        </a>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(error) => view! { <LoadError error/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
pub fn WardPage() -> impl IntoView {
    let params = use_params_map();
    let session = use_session();
    let code = move || params.read().get("code").unwrap_or_default();
    let ward = Resource::new(code, get_ward);
    let follow_actions = WardFollowActions::new();
    let following = Resource::new(
        move || {
            (
                code(),
                follow_actions.version(),
                session.login.version().get()
                    + session.register.version().get()
                    + session.logout.version().get(),
            )
        },
        |(code, ..)| get_wijk_following(code),
    );
    // Sibling boundaries, none inside another (nested suspense broke hydration): the heading, the
    // follow panel (which depends on the reader), the map and lists.
    view! {
        <div class="page ward-page">
            <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match ward.await {
                        Ok(ward) => view! { <WardHeading ward/> }.into_any(),
                        Err(error) => view! { <LoadError error/> }.into_any(),
                    }
                })}
            </Suspense>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let following = following.await.ok()?;
                    ward.await.ok()?;
                    Some(view! { <WardFollow code=code() following actions=follow_actions/> })
                })}
            </Transition>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move { ward.await.ok().map(|ward| view! { <WardView ward/> }) })}
            </Suspense>
        </div>
    }
}

#[component]
fn WardHeading(ward: WardData) -> impl IntoView {
    let count = idea_count(ward.idea_count as usize);
    view! {
        <PageHead title=ward.name.clone() feed=routes::ward_feed(&ward.code)/>
        <p class="breadcrumb"><a href=routes::WARDS>{t(Msg::NavWards)}</a></p>
        <h1>{ward.name}</h1>
        <p class="lead" data-testid="ward-count">{count} " · " <a href=routes::ideas_in_ward(&ward.code)>{t(Msg::WardOnMap)}</a>
            " · " <a href=routes::ward_progress(&ward.code)>{t(Msg::ProgressLinkWard)}</a></p>
    }
}

#[component]
fn WardView(ward: WardData) -> impl IntoView {
    let WardData {
        code,
        buurten,
        ideas,
        idea_count: total,
        ..
    } = ward;
    let all_link = routes::ideas_in_ward(&code);
    let shown = ideas.len() as i64;
    // Every idea of the wijk, clustered where they crowd, loaded for the view.
    let spec = MapSpec {
        outlines_url: routes::ward_outlines(&code),
        fit_outlines: true,
        clustered: Some(IdeaFilter {
            wijk: Some(code.clone()),
            ..IdeaFilter::default()
        }),
        ..MapSpec::default()
    };
    view! {
        <div class="ward-body">
                <IdeaMap spec label=t(Msg::MapLabel) class="map-medium"/>
                <div>
                    <section aria-labelledby="ward-ideas-heading">
                        <h2 id="ward-ideas-heading">{t(Msg::WardIdeasTitle)}</h2>
                        {if ideas.is_empty() {
                            view! { <p class="empty">{t(Msg::WardNoIdeas)}</p> }.into_any()
                        } else {
                            view! {
                                <IdeaList ideas show_ward=false/>
                                {(total > shown).then(|| view! {
                                    <p><a href=all_link>{fill(Msg::WardAllIdeas, &[("count", &crate::i18n::number(total))])}</a></p>
                                })}
                            }.into_any()
                        }}
                    </section>
                    <section aria-labelledby="ward-buurten-heading">
                        <h2 id="ward-buurten-heading">{t(Msg::WardBuurten)}</h2>
                        <ul class="buurt-list">
                            {buurten.into_iter().map(|b| view! {
                                <li>{b.name} " " <span class="muted">"(" {idea_count(b.idea_count as usize)} ")"</span></li>
                            }).collect_view()}
                        </ul>
                    </section>
                </div>
            </div>
    }
}
