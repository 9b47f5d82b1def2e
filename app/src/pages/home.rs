//! `/`: the map of the city with every idea, the same ideas as a list, and the form to add one.
//!
//! Every resource of the page is created here, before any `<Suspense>`, and only read inside one.

use super::not_found::LoadError;
use crate::api::ideas::{list_ideas, CreateIdea};
use crate::components::idea_form::{form_options_resource, NewIdeaForm};
use crate::components::idea_list::IdeaList;
use crate::components::map::{IdeaMap, MapSpec};
use crate::components::session::use_session;
use crate::i18n::{idea_count, t, Msg};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn HomePage() -> impl IntoView {
    let session = use_session();
    let create = ServerAction::<CreateIdea>::new();
    let ideas = Resource::new(move || create.version().get(), |_| list_ideas());
    let form_options = form_options_resource();
    let pin = RwSignal::new(None::<(f64, f64)>);
    let spec = MapSpec {
        ideas: Signal::derive(move || ideas.get().and_then(Result::ok).unwrap_or_default()),
        outlines_url: "/data/wijken.geojson".into(),
        pin: Some(pin),
        focus: None,
        fit_outlines: true,
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
                <section aria-labelledby="ideas-heading" class="ideas">
                    <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                        {move || Suspend::new(async move {
                            match ideas.await {
                                Ok(list) => view! {
                                    <h2 id="ideas-heading">
                                        {t(Msg::IdeaListTitle)} " "
                                        <span class="count" data-testid="idea-count">"(" {idea_count(list.len())} ")"</span>
                                    </h2>
                                    <IdeaList ideas=list/>
                                }.into_any(),
                                Err(error) => view! { <LoadError error/> }.into_any(),
                            }
                        })}
                    </Suspense>
                </section>
            </div>
        </div>
    }
}
