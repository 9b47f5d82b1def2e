//! `/ideeen/{id}`: an idea's own, shareable page.

use super::not_found::LoadError;
use crate::api::ideas::get_idea;
use crate::components::map::{IdeaMap, MapSpec};
use crate::components::status_badge::StatusBadge;
use crate::domain::time::iso_date;
use crate::domain::views::IdeaDetail;
use crate::error::AppError;
use crate::i18n::{format_date, t, Msg};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

#[component]
pub fn IdeaPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok());
    let idea = Resource::new(id, |id| async move {
        match id {
            Some(id) => get_idea(id).await,
            None => Err(AppError::not_found()),
        }
    });
    view! {
        <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match idea.await {
                    Ok(detail) => view! { <IdeaView detail/> }.into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn IdeaView(detail: IdeaDetail) -> impl IntoView {
    let IdeaDetail {
        summary,
        description,
        author_name,
    } = detail;
    let spec = MapSpec {
        ideas: Signal::stored(vec![summary.clone()]),
        outlines_url: format!("/data/wijken/{}.geojson", summary.wijk_code),
        pin: None,
        focus: Some((summary.lat, summary.lng, 16.0)),
        fit_outlines: false,
    };
    let paragraphs: Vec<String> = description
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    let excerpt: String = description.chars().take(160).collect();
    view! {
        <Title text=summary.title.clone()/>
        <Meta name="description" content=excerpt/>
        <article class="page idea-page">
            <p class="breadcrumb"><a href="/">{t(Msg::BackToMap)}</a></p>
            <header class="idea-header">
                <h1>{summary.title.clone()}</h1>
                <p class="idea-byline">
                    <StatusBadge status=summary.status/>
                    <span>{t(Msg::IdeaBy)} " " <strong>{author_name}</strong></span>
                    <span>{t(Msg::IdeaPostedOn)} " " <time datetime=iso_date(summary.created_at)>{format_date(summary.created_at)}</time></span>
                </p>
            </header>
            <div class="idea-body">
                <div class="idea-text">
                    {paragraphs.into_iter().map(|p| view! { <p class="preserve-lines">{p}</p> }).collect_view()}
                </div>
                <aside class="idea-facts">
                    <IdeaMap spec label=t(Msg::IdeaLocation) class="map-inset"/>
                    <dl>
                        <dt>{t(Msg::IdeaWard)}</dt>
                        <dd><a href=format!("/wijken/{}", summary.wijk_code)>{summary.wijk_name.clone()}</a></dd>
                        {summary.buurt_name.clone().map(|b| view! { <dt>{t(Msg::IdeaBuurt)}</dt><dd>{b}</dd> })}
                        <dt>{t(Msg::IdeaCategory)}</dt>
                        <dd>{summary.category_name.clone()}</dd>
                        <dt>{t(Msg::IdeaStatus)}</dt>
                        <dd>{t(summary.status.label())}</dd>
                    </dl>
                </aside>
            </div>
        </article>
    }
}
