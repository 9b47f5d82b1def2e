//! `/ideeen/{id}`: an idea's own, shareable page.

use super::not_found::LoadError;
use crate::api::comments::list_comments;
use crate::api::ideas::get_idea;
use crate::api::participation::get_participation;
use crate::api::work::get_work;
use crate::components::comments::{CommentActions, CommentsSection};
use crate::components::map::{IdeaMap, MapSpec};
use crate::components::participation::{ParticipationActions, ParticipationPanel};
use crate::components::session::use_session;
use crate::components::status_badge::StatusBadge;
use crate::components::work_panel::{WorkActions, WorkPanel};
use crate::domain::time::iso_date;
use crate::domain::views::IdeaDetail;
use crate::domain::Status;
use crate::error::AppError;
use crate::i18n::{format_date, t, Msg};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

#[component]
pub fn IdeaPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok());
    let session = use_session();
    let idea = Resource::new(id, |id| async move {
        match id {
            Some(id) => get_idea(id).await,
            None => Err(AppError::not_found()),
        }
    });
    let participation_actions = ParticipationActions::new();
    let comment_actions = CommentActions::new();
    // Who is reading changes what they may do, so these follow the session as well as the actions.
    let reader = move || {
        session.login.version().get() + session.register.version().get() + session.logout.version().get()
    };
    let participation = Resource::new(
        move || {
            (
                id(),
                participation_actions.version(),
                comment_actions.add.version().get(),
                reader(),
            )
        },
        |(id, ..)| async move {
            match id {
                Some(id) => get_participation(id).await,
                None => Err(AppError::not_found()),
            }
        },
    );
    let work_actions = WorkActions::default();
    work_actions.fold_after_success();
    let work = Resource::new(
        move || (id(), work_actions.version(), reader()),
        |(id, ..)| async move {
            match id {
                Some(id) => get_work(id).await,
                None => Err(AppError::not_found()),
            }
        },
    );
    let comments = Resource::new(
        move || (id(), comment_actions.version(), reader()),
        |(id, ..)| async move {
            match id {
                Some(id) => list_comments(id).await,
                None => Err(AppError::not_found()),
            }
        },
    );
    // The status follows the professionals' panel, so claiming or moving the idea shows at the top at once.
    let live_status = Signal::derive(move || work.get().and_then(|w| w.ok()).map(|w| w.status));
    // Three sibling boundaries, none inside another (nested suspense broke hydration here): the idea,
    // then support and follow, then the comments, each reloading on its own.
    view! {
        <div class="page idea-page">
            <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match idea.await {
                        Ok(detail) => view! { <IdeaView detail live_status/> }.into_any(),
                        Err(error) => view! { <LoadError error/> }.into_any(),
                    }
                })}
            </Suspense>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let state = participation.await.ok()?;
                    let idea_id = id()?;
                    Some(view! { <ParticipationPanel idea_id state actions=participation_actions/> })
                })}
            </Transition>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let work = work.await.ok()?;
                    let idea_id = id()?;
                    Some(view! { <WorkPanel idea_id work actions=work_actions/> })
                })}
            </Transition>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let logged_in = participation.await.map(|p| p.logged_in).unwrap_or(false);
                    let list = comments.await.ok()?;
                    let idea_id = id()?;
                    Some(view! { <CommentsSection idea_id comments=list actions=comment_actions logged_in/> })
                })}
            </Transition>
        </div>
    }
}

#[component]
fn IdeaView(detail: IdeaDetail, live_status: Signal<Option<Status>>) -> impl IntoView {
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
        fit_markers: Signal::stored(false),
        clustered: None,
    };
    let paragraphs: Vec<String> = description
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    let excerpt: String = description.chars().take(160).collect();
    let loaded = summary.status;
    let status = move || live_status.get().unwrap_or(loaded);
    view! {
        <Title text=summary.title.clone()/>
        <Meta name="description" content=excerpt/>
        <article>
            <p class="breadcrumb"><a href="/">{t(Msg::BackToMap)}</a></p>
            <header class="idea-header">
                <h1>{summary.title.clone()}</h1>
                <p class="idea-byline">
                    {move || view! { <StatusBadge status=status()/> }}
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
                        <dd>{move || t(status().label())}</dd>
                    </dl>
                </aside>
            </div>
        </article>
    }
}
