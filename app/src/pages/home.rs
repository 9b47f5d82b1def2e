//! `/`: the map of the city with ideas, the same ideas as a list, the filter above them, and the form to
//! add one. The filter lives in the URL; the list pages through the ideas, the map shows them all
//! (clustered where they crowd).
//!
//! Every resource of the page is created here, before any `<Suspense>`, and only read inside one.

use super::not_found::LoadError;
use crate::api::ideas::{list_ideas_for, CreateIdea};
use crate::api::wards::list_wards;
use crate::components::filter_bar::FilterBar;
use crate::components::idea_form::{form_options_resource, NewIdeaForm};
use crate::components::idea_list::IdeaList;
use crate::components::map::{IdeaMap, MapSpec};
use crate::components::pager::Pager;
use crate::components::session::use_session;
use crate::domain::filter::IdeaFilter;
use crate::i18n::{idea_count, t, Msg};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn HomePage() -> impl IntoView {
    let session = use_session();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let query = query.read();
        IdeaFilter::from_query(|key| query.get(key))
    });
    let create = ServerAction::<CreateIdea>::new();
    let ideas = Resource::new(
        move || (filter.get(), create.version().get()),
        |(filter, _)| list_ideas_for(filter),
    );
    let form_options = form_options_resource();
    let wijken = Resource::new(|| (), |_| list_wards());
    let pin = RwSignal::new(None::<(f64, f64)>);
    let spec = MapSpec {
        ideas: Signal::stored(Vec::new()),
        outlines_url: "/data/wijken.geojson".into(),
        pin: Some(pin),
        focus: None,
        fit_outlines: true,
        fit_markers: Signal::derive(move || filter.read().narrows()),
        // Every idea of the filter, not only the list's page; a new idea shows at once.
        clustered: Some(Signal::derive(move || {
            create.version().track();
            filter.get()
        })),
    };
    view! {
        <Title text=t(Msg::HomeTitle)/>
        <Meta name="description" content=t(Msg::AppTagline)/>
        <div class="home">
            <div class="home-map">
                <IdeaMap spec label=t(Msg::MapLabel) class="map-large"/>
            </div>
            <div class="home-side">
                <h1>{t(Msg::HomeTitle)}</h1>
                <p class="lead">{t(Msg::HomeIntro)}</p>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match session.user.await {
                            Ok(Some(_)) => view! { <NewIdeaForm action=create pin options=form_options/> }.into_any(),
                            _ => view! {
                                <p class="panel login-prompt">
                                    <a href="/inloggen">{t(Msg::NavLogin)}</a> " · "
                                    <a href="/registreren">{t(Msg::NavRegister)}</a>
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
                        view! { <FilterBar filter wijken categories/> }
                    })}
                </Suspense>
                <section aria-labelledby="ideas-heading" class="ideas">
                    <Transition fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                        {move || Suspend::new(async move {
                            let current = filter.get_untracked();
                            match ideas.await {
                                Ok(page) => {
                                    let heading = if current.is_filtered() { Msg::FilteredIdeas } else { Msg::IdeaListTitle };
                                    let empty = page.ideas.is_empty() && current.is_filtered();
                                    view! {
                                        <h2 id="ideas-heading">
                                            {t(heading)} " "
                                            <span class="count" data-testid="idea-count">"(" {idea_count(page.total as usize)} ")"</span>
                                        </h2>
                                        {if empty {
                                            view! { <p class="empty">{t(Msg::NoMatches)}</p> }.into_any()
                                        } else {
                                            view! { <IdeaList ideas=page.ideas/> }.into_any()
                                        }}
                                        <Pager filter=current page=page.page page_count=page.page_count/>
                                    }.into_any()
                                }
                                Err(error) => view! { <LoadError error/> }.into_any(),
                            }
                        })}
                    </Transition>
                </section>
            </div>
        </div>
    }
}
