//! `/`: the map of the city with ideas, the same ideas as a list, the filter above them, and the form to
//! add one. The filter lives in the URL; the list pages through the ideas, the map shows them all
//! (clustered where they crowd).
//!
//! Every resource of the page is created here, before any `<Suspense>`, and only read inside one.

use super::not_found::SectionLoadError;
use crate::api::idea_list::list_ideas_for;
use crate::api::ideas::get_idea_form_options;
use crate::api::wards::list_wards;
use crate::components::filter_bar::FilterBar;
use crate::components::idea_form::NewIdeaForm;
use crate::components::idea_list::IdeaList;
use crate::components::map::{IdeaMap, MapSpec};
use crate::components::page_head::PageHead;
use crate::components::pager::Pager;
use crate::components::session::use_session;
use crate::components::swap::Swap;
use crate::domain::filter::IdeaFilter;
use crate::i18n::{fill, idea_count, t, Msg};
use crate::routes;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn HomePage() -> impl IntoView {
    let session = use_session();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let query = query.read();
        IdeaFilter::from_query(|key| query.get(key))
    });
    let ideas = Resource::new(move || filter.get(), list_ideas_for);
    let form_options = Resource::new(|| (), |_| get_idea_form_options());
    let wijken = Resource::new(|| (), |_| list_wards());
    let logged_in = session.user;
    // Every idea of the filter, not only the list's page.
    let spec = move || MapSpec {
        outlines_url: "/data/wijken.geojson".into(),
        place_pin: true,
        fit_outlines: true,
        fit_markers: filter.read().narrows(),
        clustered: Some(filter.get()),
        ..MapSpec::default()
    };
    view! {
        <PageHead title=t(Msg::HomeTitle)/>
        <div class="home">
            <div class="home-map">
                <IdeaMap spec=spec() label=t(Msg::MapLabel) class="map-large"/>
            </div>
            <div class="home-side">
                <h1>{t(Msg::HomeTitle)}</h1>
                <p class="lead">{t(Msg::HomeIntro)}</p>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match logged_in.await {
                            Ok(Some(_)) => match form_options.await {
                                Ok(options) => view! { <NewIdeaForm options=crate::category_names::worded(options)/> }.into_any(),
                                Err(error) => view! { <SectionLoadError error/> }.into_any(),
                            },
                            _ => view! {
                                <p class="panel login-prompt">
                                    <a href=routes::LOGIN>{t(Msg::NavLogin)}</a> " · "
                                    <a href=routes::REGISTER>{t(Msg::NavRegister)}</a>
                                    <br/>{t(Msg::NewIdeaLoginFirst)}
                                </p>
                            }.into_any(),
                        }
                    })}
                </Suspense>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        let wijken = wijken.await.unwrap_or_default();
                        let categories = form_options.await.map(|o| o.categories).unwrap_or_default();
                        view! { <Swap><FilterBar filter wijken categories/></Swap> }
                    })}
                </Suspense>
                <section aria-labelledby="ideas-heading" class="ideas" data-testid="ideas-section">
                    <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                        {move || Suspend::new(async move {
                            let current = filter.get_untracked();
                            match ideas.await {
                                Ok(page) => view! { <Swap>{
                                    let heading = if current.is_filtered() { Msg::FilteredIdeas } else { Msg::IdeaListTitle };
                                    let empty = page.ideas.is_empty() && current.is_filtered();
                                    let edges = page.edges(current.sort);
                                    view! {
                                        <h2 id="ideas-heading">
                                            {t(heading)} " "
                                            <span class="count" data-testid="idea-count">"(" {if page.more {
                                                fill(Msg::IdeaCountAtLeast, &[("count", &crate::i18n::number(page.total))])
                                            } else {
                                                idea_count(page.total as usize)
                                            }} ")"</span>
                                        </h2>
                                        {current.search_too_short().then(|| view! {
                                            <p class="notice" role="status" data-testid="search-too-short">{t(Msg::SearchTooShort)}</p>
                                        })}
                                        {if empty {
                                            view! { <p class="empty">{t(Msg::NoMatches)}</p> }.into_any()
                                        } else {
                                            view! { <IdeaList ideas=page.ideas/> }.into_any()
                                        }}
                                        <Pager edges filter=current page=page.page page_count=page.page_count/>
                                    }
                                }</Swap> }.into_any(),
                                Err(error) => view! { <Swap><SectionLoadError error/></Swap> }.into_any(),
                            }
                        })}
                    </Suspense>
                </section>
                // What became of the ideas: after the form and the list, so the map's skip link still
                // leads straight to the new idea's title.
                <p><a href=routes::PROGRESS>{t(Msg::ProgressLinkCity)}</a></p>
            </div>
        </div>
    }
}
