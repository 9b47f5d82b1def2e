//! `/ideeen/{id}`: an idea's own, shareable page.

use super::not_found::LoadError;
use crate::api::comments::list_comments;
use crate::api::ideas::{get_idea, get_idea_form_options};
use crate::api::messages::get_messages;
use crate::api::participation::get_participation;
use crate::api::work::get_work;
use crate::components::comments::{CommentActions, CommentsSection};
use crate::components::map::{IdeaMap, MapSpec};
use crate::components::messages::MessagesPanel;
use crate::components::own_idea::OwnIdeaTools;
use crate::components::page_head::PageHead;
use crate::components::participation::{ParticipationActions, ParticipationPanel};
use crate::components::session::use_session;
use crate::components::status_badge::StatusBadge;
use crate::components::swap::Swap;
use crate::components::work_panel::{WorkActions, WorkPanel};
use crate::domain::time::iso_date;
use crate::domain::views::IdeaDetail;
use crate::domain::Status;
use crate::error::AppError;
use crate::i18n::{t, Msg};
use crate::routes;
use crate::wording::format_date;
use leptos::prelude::*;
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
    let work = Resource::new(
        move || (id(), work_actions.version(), reader()),
        |(id, ..)| async move {
            match id {
                Some(id) => get_work(id).await,
                None => Err(AppError::not_found()),
            }
        },
    );
    let messages = Resource::new(
        move || (id(), work_actions.version(), reader()),
        |(id, ..)| async move {
            match id {
                Some(id) => get_messages(id).await,
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
    // Three sibling boundaries, none inside another (nested suspense broke hydration here): the idea,
    // then support and follow, then the comments, each reloading on its own.
    view! {
        <div class="page idea-page">
            <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match idea.await {
                        Ok(detail) => view! { <IdeaView detail/> }.into_any(),
                        Err(error) => view! { <Swap><LoadError error/></Swap> }.into_any(),
                    }
                })}
            </Suspense>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let state = participation.await.ok()?;
                    let idea_id = id()?;
                    Some(view! { <Swap><ParticipationPanel idea_id state actions=participation_actions/></Swap> })
                })}
            </Suspense>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    // The author's own tools, only while nobody has picked the idea up.
                    let detail = idea.await.ok()?;
                    let mine = participation.await.ok()?.is_author;
                    if !mine || detail.summary.status != Status::Ingediend {
                        return None;
                    }
                    let options = get_idea_form_options().await.ok()?;
                    Some(view! { <Swap><OwnIdeaTools detail options/></Swap> })
                })}
            </Suspense>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let logged_in = participation.await.map(|p| p.logged_in).unwrap_or(false);
                    let messages = messages.await.ok()?;
                    let idea_id = id()?;
                    Some(view! { <Swap><MessagesPanel idea_id messages logged_in/></Swap> })
                })}
            </Suspense>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let work = work.await.ok()?;
                    let idea_id = id()?;
                    Some(view! { <Swap><WorkPanel idea_id work actions=work_actions/></Swap> })
                })}
            </Suspense>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let logged_in = participation.await.map(|p| p.logged_in).unwrap_or(false);
                    let list = comments.await.ok()?;
                    let idea_id = id()?;
                    Some(view! { <Swap><CommentsSection idea_id comments=list actions=comment_actions logged_in/></Swap> })
                })}
            </Suspense>
        </div>
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
        ideas: vec![summary.clone()],
        outlines_url: routes::ward_outlines(&summary.wijk_code),
        focus: Some((summary.lat, summary.lng, 16.0)),
        ..MapSpec::default()
    };
    let paragraphs = crate::domain::idea_text::paragraphs(&description);
    let excerpt: String = description.chars().take(160).collect();
    let status = summary.status;
    view! {
        <PageHead title=summary.title.clone() description=excerpt feed=routes::idea_feed(summary.id)/>
        <article>
            <Swap>
            <p class="breadcrumb"><a href=routes::HOME>{t(Msg::BackToMap)}</a></p>
            <header class="idea-header">
                <h1 dir="auto">{summary.title.clone()}</h1>
                <p class="idea-byline">
                    <StatusBadge status/>
                    <span>{t(Msg::IdeaBy)} " " <strong>{author_name}</strong></span>
                    <span>{t(Msg::IdeaPostedOn)} " " <time datetime=iso_date(summary.created_at)>{format_date(summary.created_at)}</time></span>
                </p>
            </header>
            </Swap>
            <div class="idea-body" dir="auto">
                <div class="idea-text">
                    <Swap>{paragraphs.into_iter().map(|p| view! { <p class="preserve-lines">{p}</p> }).collect_view()}</Swap>
                </div>
                <aside class="idea-facts">
                    <IdeaMap spec label=t(Msg::IdeaLocation) class="map-inset"/>
                    <Swap>
                    <dl>
                        <dt>{t(Msg::IdeaWard)}</dt>
                        <dd>
                            <a href=routes::ward(&summary.wijk_code)>{summary.wijk_name.clone()}</a>
                            <br/><a href=routes::ward_progress(&summary.wijk_code)>{t(Msg::ProgressLinkWard)}</a>
                        </dd>
                        {summary.buurt_name.clone().map(|b| view! { <dt>{t(Msg::IdeaBuurt)}</dt><dd>{b}</dd> })}
                        <dt>{t(Msg::IdeaCategory)}</dt>
                        <dd>{crate::category_names::category_label(&summary.category, &summary.category_name)}</dd>
                        <dt>{t(Msg::IdeaStatus)}</dt>
                        <dd>{t(status.label())}</dd>
                    </dl>
                    </Swap>
                </aside>
            </div>
        </article>
    }
}
