//! `/werkbank`: a professional's ward workbench. Offers to take over an idea come first; then, for
//! each wijk of the werkgebied, counts that link to their lists (`?wijk=…&lijst=…`, so a list can be
//! shared with a colleague and works without JavaScript).

use super::not_found::LoadError;
use crate::api::handover::{incoming_handovers, AnswerHandover};
use crate::api::workbench::{get_workbench, BenchSelection, WorkbenchView};
use crate::components::handover::HandoverAnswer;
use crate::components::page_head::PageHead;
use crate::components::status_badge::StatusBadge;
use crate::domain::time::iso_date;
use crate::domain::views::HandoverView;
use crate::domain::workbench::{BenchCount, BenchList, WijkBench};
use crate::error::ErrorKind;
use crate::i18n::{fill, t, Msg};
use crate::routes;
use crate::wording::format_date;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn list_href(wijk: &str, list: &str) -> String {
    format!("/werkbank?wijk={wijk}&lijst={list}#lijst")
}

#[component]
pub fn WorkbenchPage() -> impl IntoView {
    let query = use_query_map();
    let answer = ServerAction::<AnswerHandover>::new();
    let bench = Resource::new(
        move || {
            let q = query.read();
            (q.get("wijk"), q.get("lijst"), answer.version().get())
        },
        |(wijk, lijst, _)| get_workbench(wijk, lijst),
    );
    let inbox = Resource::new(move || answer.version().get(), |_| incoming_handovers());
    view! {
        <PageHead title=t(Msg::BenchTitle)/>
        <div class="page">
            <h1>{t(Msg::BenchTitle)}</h1>
            {crate::components::field::query_value("welkom").map(|_| view! {
                <p class="notice notice-success" role="status">{t(Msg::InvitationAccepted)}</p>
            })}
            {move || answer.value().get().and_then(Result::err).or_else(crate::components::field::error_in_address).map(|e| view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> })}
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    inbox.await.ok().filter(|l| !l.is_empty()).map(|list| view! { <Inbox list answer/> })
                })}
            </Suspense>
            <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match bench.await {
                        Ok(view) => view! { <Bench view/> }.into_any(),
                        Err(e) if e.kind == ErrorKind::Unauthenticated || e.message == Msg::ErrProfessionalsOnly => view! {
                            <p class="panel login-prompt"><a href=routes::LOGIN>{t(Msg::BenchLoginFirst)}</a></p>
                        }.into_any(),
                        Err(error) => view! { <LoadError error/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Inbox(list: Vec<HandoverView>, answer: ServerAction<AnswerHandover>) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="inbox-heading" data-testid="handover-inbox">
            <h2 id="inbox-heading">{t(Msg::HandoverInbox)}</h2>
            <ol class="notes">
                {list.into_iter().map(|h| view! {
                    <li class="note">
                        <p class="comment-meta">
                            <strong>{fill(Msg::HandoverFrom, &[("name", &h.from_name), ("title", &h.idea_title), ("wijk", &h.wijk_name)])}</strong> " "
                            <time datetime=iso_date(h.created_at)>{format_date(h.created_at)}</time> " · "
                            <a href=routes::idea(h.idea_id)>{t(Msg::ViewIdea)}</a>
                        </p>
                        <p class="preserve-lines" dir="auto">{h.note}</p>
                        <HandoverAnswer handover_id=h.id action=answer/>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn Bench(view: WorkbenchView) -> impl IntoView {
    if view.wijken.is_empty() {
        return view! { <p class="panel">{t(Msg::BenchNoWerkgebied)}</p> }.into_any();
    }
    let stall_days = view.stall_days;
    view! {
        <p class="lead-text">{t(Msg::BenchIntro)}</p>
        <p class="muted">{fill(Msg::BenchStalledHint, &[("days", &stall_days.to_string())])}</p>
        {view.selected.map(|s| view! { <SelectedList selection=s/> })}
        <div class="bench-grid">
            {view.wijken.into_iter().map(|w| view! { <WijkCard wijk=w/> }).collect_view()}
        </div>
    }
    .into_any()
}

#[component]
fn WijkCard(wijk: WijkBench) -> impl IntoView {
    let code = wijk.code.clone();
    let tile = |label: Msg, list: BenchList, count: usize| {
        let href = list_href(&code, &list.as_query());
        view! {
            <li>
                <a href=href class="bench-count" data-testid=format!("count-{}", list.as_query())>
                    <span class="bench-number">{count}</span>
                    <span class="bench-label">{t(label)}</span>
                </a>
            </li>
        }
    };
    let heading_id = format!("wijk-{}", wijk.code);
    let labelled_by = heading_id.clone();
    let test_id = format!("bench-{}", wijk.code);
    view! {
        <section class="panel bench-wijk" aria-labelledby=labelled_by data-testid=test_id>
            <h2 id=heading_id>{wijk.name.clone()}</h2>
            {wijk.uncovered.then(|| view! { <p class="notice" data-testid="uncovered-wijk">{t(Msg::BenchUncoveredWijk)}</p> })}
            <p class="muted">{fill(Msg::BenchOpen, &[("count", &wijk.open.to_string())])}</p>
            <ul class="bench-counts">
                {tile(Msg::BenchUnclaimed, BenchList::Unclaimed, wijk.unclaimed)}
                {tile(Msg::BenchStalled, BenchList::Stalled, wijk.stalled)}
                {tile(Msg::BenchSeveralOrganisations, BenchList::SeveralOrganisations, wijk.several_organisations)}
                {tile(Msg::BenchEnoughSupport, BenchList::EnoughSupport, wijk.enough_support)}
            </ul>
            <Breakdown title=t(Msg::BenchByOrganisation) wijk=wijk.code.clone() counts=wijk.by_organisation/>
            <Breakdown title=t(Msg::BenchByProfessional) wijk=wijk.code.clone() counts=wijk.by_professional/>
        </section>
    }
}

#[component]
fn Breakdown(title: &'static str, wijk: String, counts: Vec<BenchCount>) -> impl IntoView {
    (!counts.is_empty()).then(|| view! {
        <h3>{title}</h3>
        <ul class="bench-breakdown">
            {counts.into_iter().map(|c| view! {
                <li><a href=list_href(&wijk, &c.list)>{c.label}</a> " " <span class="badge">{c.count}</span></li>
            }).collect_view()}
        </ul>
    })
}

/// What an opened list is, in the reader's words ("Niet opgepakt in Schilderswijk").
fn list_title(selection: &BenchSelection) -> String {
    use crate::domain::workbench::BenchList;
    let what = match BenchList::parse(&selection.list) {
        Some(BenchList::Unclaimed) => t(Msg::BenchUnclaimed).to_owned(),
        Some(BenchList::Stalled) => t(Msg::BenchStalled).to_owned(),
        Some(BenchList::SeveralOrganisations) => t(Msg::BenchSeveralOrganisations).to_owned(),
        Some(BenchList::EnoughSupport) => t(Msg::BenchEnoughSupport).to_owned(),
        Some(BenchList::Organisation(_) | BenchList::Professional(_)) | None => {
            selection.named.clone().unwrap_or_default()
        }
    };
    let place = selection
        .wijk_name
        .clone()
        .unwrap_or_else(|| t(Msg::BenchAllWijken).to_owned());
    fill(Msg::BenchListTitle, &[("list", &what), ("wijk", &place)])
}

#[component]
fn SelectedList(selection: BenchSelection) -> impl IntoView {
    let title = list_title(&selection);
    view! {
        <section id="lijst" class="panel" aria-labelledby="lijst-heading" data-testid="bench-list" tabindex="-1">
            <h2 id="lijst-heading">{title}</h2>
            {if selection.ideas.is_empty() {
                view! { <p class="muted">{t(Msg::BenchListEmpty)}</p> }.into_any()
            } else {
                view! {
                    <table class="bench-table">
                        <thead><tr>
                            <th scope="col">{t(Msg::FieldTitle)}</th>
                            <th scope="col">{t(Msg::IdeaStatus)}</th>
                            <th scope="col">{t(Msg::BenchSubmitted)}</th>
                            <th scope="col">{t(Msg::BenchSupports)}</th>
                            <th scope="col">{t(Msg::BenchLead)}</th>
                        </tr></thead>
                        <tbody>
                            {selection.ideas.into_iter().map(|i| view! {
                                <tr>
                                    <th scope="row"><a href=routes::idea(i.id) dir="auto">{i.title}</a> <span class="muted">" · " {i.wijk_name}</span></th>
                                    <td data-label=t(Msg::IdeaStatus)><StatusBadge status=i.status/></td>
                                    <td data-label=t(Msg::BenchSubmitted)><time datetime=iso_date(i.created_at)>{format_date(i.created_at)}</time></td>
                                    <td data-label=t(Msg::BenchSupports)>{i.support_count}</td>
                                    <td data-label=t(Msg::BenchLead)>{i.lead_name.unwrap_or_else(|| "–".into())}
                                        {i.days_silent.map(|d| view! { <span class="muted">" (" {fill(Msg::BenchSilentDays, &[("days", &d.to_string())])} ")"</span> })}
                                    </td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <p><a href=routes::WORKBENCH>{t(Msg::BenchCloseList)}</a></p>
        </section>
    }
}
