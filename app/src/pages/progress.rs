//! `/voortgang` and `/wijken/{code}/voortgang`: what became of the ideas, for the city or one wijk.
//! Server-rendered and readable without JavaScript: counts by status, a chart of two years with
//! its table, what was realised, how long pick-up and realisation take, what waits; a wijk's page
//! opens with its editors' summary. A print stylesheet makes it an A4 report.

use super::not_found::LoadError;
use crate::api::progress_report::{
    get_progress_report, Duration, ProgressReport, PublishWardSummary, ReportIdea, SummaryView,
    UNCLAIMED_DAYS,
};
use crate::components::page_head::PageHead;
use crate::components::progress_chart::ProgressChart;
use crate::components::status_badge::StatusBadge;
use crate::domain::roles::Title;
use crate::domain::time::iso_date;
use crate::i18n::{counted, fill, number, t, Msg};
use crate::routes;
use crate::wording::format_date;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CityProgressPage() -> impl IntoView {
    let publish = ServerAction::<PublishWardSummary>::new();
    let report = Resource::new(|| (), |_| get_progress_report(String::new()));
    view! { <ReportPage report publish/> }
}

#[component]
pub fn WardProgressPage() -> impl IntoView {
    let params = use_params_map();
    let publish = ServerAction::<PublishWardSummary>::new();
    let report = Resource::new(
        move || {
            (
                params.read().get("code").unwrap_or_default(),
                publish.version().get(),
            )
        },
        |(code, _)| get_progress_report(code),
    );
    view! { <ReportPage report publish/> }
}

#[component]
fn ReportPage(
    report: Resource<Result<ProgressReport, crate::error::AppError>>,
    publish: ServerAction<PublishWardSummary>,
) -> impl IntoView {
    view! {
        <div class="page progress-page">
            <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match report.await {
                        Ok(report) => view! { <Report report publish/> }.into_any(),
                        Err(error) => view! { <LoadError error/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Report(report: ProgressReport, publish: ServerAction<PublishWardSummary>) -> impl IntoView {
    let (title, feed, breadcrumb, export) = match &report.wijk {
        Some((code, name)) => (
            fill(Msg::ProgressPageWardTitle, &[("wijk", name)]),
            routes::ward_feed(code),
            view! { <a href=routes::ward(code)>{name.clone()}</a> }.into_any(),
            format!("{}?wijk={code}", routes::IDEAS_CSV),
        ),
        None => (
            t(Msg::ProgressPageCityTitle).to_owned(),
            routes::CITY_FEED.to_owned(),
            view! { <a href=routes::HOME>{t(Msg::NavIdeas)}</a> }.into_any(),
            routes::IDEAS_CSV.to_owned(),
        ),
    };
    let summary = report.wijk.as_ref().map(|(code, _)| {
        view! {
            <WardSummaries code=code.clone() summaries=report.summaries.clone() can_write=report.can_summarise publish/>
        }
    });
    let error = move || {
        publish
            .value()
            .get()
            .and_then(Result::err)
            .or_else(crate::components::field::error_in_address)
            .map(|e| view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> })
    };
    view! {
        <PageHead title=title.clone() description=t(Msg::ProgressPageIntro) feed/>
        <p class="breadcrumb no-print">{breadcrumb}</p>
        <h1>{title}</h1>
        <p class="lead">
            {t(Msg::ProgressPageIntro)} " "
            {fill(Msg::ProgressPageAsOf, &[("date", &format_date(report.generated_at))])}
        </p>
        {error}
        {summary}
        <section aria-labelledby="counts-heading">
            <h2 id="counts-heading">{t(Msg::ProgressCountsTitle)}</h2>
            <p>{counted(report.total, Msg::ProgressIdeasInAll)}</p>
            <dl class="status-counts" data-testid="status-counts">
                {report.counts.iter().map(|(status, n)| view! {
                    <div>
                        <dt><StatusBadge status=*status/></dt>
                        <dd data-status=status.as_str()>{number(*n)}</dd>
                    </div>
                }).collect_view()}
            </dl>
        </section>
        <section aria-labelledby="months-heading" class="keep-together">
            <h2 id="months-heading">{t(Msg::ProgressMonthsTitle)}</h2>
            <ProgressChart months=report.months.clone()/>
        </section>
        <section aria-labelledby="durations-heading" class="keep-together">
            <h2 id="durations-heading">{t(Msg::ProgressDurationsTitle)}</h2>
            <dl class="durations" data-testid="durations">
                <DurationFigure label=t(Msg::ProgressPickUp) duration=report.pick_up/>
                <DurationFigure label=t(Msg::ProgressRealisation) duration=report.realisation/>
            </dl>
            <p class="muted">{t(Msg::ProgressDurationsHint)}</p>
        </section>
        <IdeaSection
            id="realised"
            title=t(Msg::ProgressRealisedTitle).to_owned()
            empty=t(Msg::ProgressRealisedEmpty)
            ideas=report.realised.clone()
            total=report.realised_total
            date_label=Msg::ProgressRealisedOn
            show_wijk=report.wijk.is_none()
        />
        <IdeaSection
            id="unclaimed"
            title=fill(Msg::ProgressUnclaimedTitle, &[("days", &UNCLAIMED_DAYS.to_string())])
            empty=t(Msg::ProgressUnclaimedEmpty)
            ideas=report.unclaimed.clone()
            total=report.unclaimed_total
            date_label=Msg::ProgressSubmittedOn
            show_wijk=report.wijk.is_none()
        />
        <IdeaSection
            id="waiting"
            title=fill(Msg::ProgressWaitingTitle, &[("threshold", &number(report.support_threshold))])
            empty=t(Msg::ProgressWaitingEmpty)
            ideas=report.waiting.clone()
            total=report.waiting_total
            date_label=Msg::ProgressSubmittedOn
            show_wijk=report.wijk.is_none()
        />
        <p class="no-print">
            <a href=export>{t(Msg::ProgressExportLink)}</a> " · " <a href=routes::OPEN_DATA>{t(Msg::FooterOpenData)}</a>
        </p>
    }
}

#[component]
fn DurationFigure(label: &'static str, duration: Option<Duration>) -> impl IntoView {
    let text = match duration {
        Some(d) => fill(
            Msg::ProgressDurationFigure,
            &[
                ("median", &counted(d.median_days, Msg::DayCount)),
                ("p90", &counted(d.p90_days, Msg::DayCount)),
                ("count", &number(d.count)),
            ],
        ),
        None => t(Msg::ProgressDurationNone).to_owned(),
    };
    view! {
        <div>
            <dt>{label}</dt>
            <dd>{text}</dd>
        </div>
    }
}

#[component]
fn IdeaSection(
    id: &'static str,
    title: String,
    empty: &'static str,
    ideas: Vec<ReportIdea>,
    total: i64,
    date_label: Msg,
    show_wijk: bool,
) -> impl IntoView {
    let heading = format!("{id}-heading");
    let shown = ideas.len() as i64;
    view! {
        <section aria-labelledby=heading.clone() data-testid=id>
            <h2 id=heading.clone()>{title}</h2>
            {if ideas.is_empty() {
                view! { <p class="muted">{empty}</p> }.into_any()
            } else {
                view! {
                    <ol class="report-list">
                        {ideas.into_iter().map(|idea| view! {
                            <li>
                                <a href=routes::idea(idea.id) dir="auto">{idea.title}</a>
                                <span class="report-meta">
                                    <StatusBadge status=idea.status/>
                                    {show_wijk.then(|| view! { <span>{idea.wijk_name}</span> })}
                                    <span>{fill(date_label, &[("date", &format_date(idea.at))])}</span>
                                    <span>{counted(idea.support_count, Msg::SupportCount)}</span>
                                </span>
                            </li>
                        }).collect_view()}
                    </ol>
                    {(total > shown).then(|| view! {
                        <p class="muted">{fill(Msg::ProgressListMore, &[("shown", &number(shown)), ("total", &number(total))])}</p>
                    })}
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn WardSummaries(
    code: String,
    summaries: Vec<SummaryView>,
    can_write: bool,
    publish: ServerAction<PublishWardSummary>,
) -> impl IntoView {
    let mut summaries = summaries.into_iter();
    let current = summaries.next();
    let earlier: Vec<SummaryView> = summaries.collect();
    let form = can_write.then(|| {
        view! {
            <details class="comment-tool no-print" data-testid="summary-tool">
                <summary>{t(Msg::SummaryWrite)}</summary>
                <ActionForm action=publish attr:class="form" attr:data-done=t(Msg::DoneSummaryPublished)>
                    <input type="hidden" name="wijk" value=code/>
                    <div class="field">
                        <label for="summary-body">{t(Msg::SummaryField)}</label>
                        <p class="field-hint" id="summary-body-hint">{t(Msg::SummaryHint)}</p>
                        <textarea dir="auto" id="summary-body" name="body" rows="6" maxlength="4000" required aria-describedby="summary-body-hint"></textarea>
                    </div>
                    <button type="submit" class="button button-primary" data-testid="summary-publish">{t(Msg::SummaryPublish)}</button>
                </ActionForm>
            </details>
        }
    });
    (current.is_some() || can_write).then(|| view! {
        <section class="ward-summary" aria-labelledby="summary-heading" data-testid="ward-summary">
            <h2 id="summary-heading">{t(Msg::SummaryTitle)}</h2>
            {current.map(|s| view! { <Summary summary=s/> })}
            {(!earlier.is_empty()).then(|| view! {
                <details class="earlier-summaries no-print">
                    <summary>{fill(Msg::SummaryEarlier, &[("count", &number(earlier.len() as i64))])}</summary>
                    {earlier.into_iter().map(|s| view! { <Summary summary=s/> }).collect_view()}
                </details>
            })}
            {form}
        </section>
    })
}

#[component]
fn Summary(summary: SummaryView) -> impl IntoView {
    let paragraphs = crate::domain::idea_text::paragraphs(&summary.body);
    let who = crate::wording::byline(&summary.author_name, Title::parse(&summary.author_role), None);
    view! {
        <article class="summary">
            <div dir="auto">{paragraphs.into_iter().map(|p| view! { <p class="preserve-lines">{p}</p> }).collect_view()}</div>
            <p class="muted">
                {t(Msg::SummaryPublishedOn)} " "
                <time datetime=iso_date(summary.published_at)>{format_date(summary.published_at)}</time>
                " · " {who}
            </p>
        </article>
    }
}
