//! The progress pages' figures, for the city (`/voortgang`) or one wijk (`/wijken/{code}/voortgang`):
//! ideas by status, submitted and realised per month over two years, what was realised, how long
//! pick-up and realisation take (median and 90th percentile), what waits; and for a wijk the
//! summaries its gemeente editors publish. Public: only public ideas, and no resident's name.

use crate::domain::Status;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

/// How many months the chart and its table cover.
pub const MONTHS: usize = 24;
/// An open idea without a lead for longer than this many days is listed as waiting for pick-up.
pub const UNCLAIMED_DAYS: i64 = 30;
/// How many ideas each list shows (the page says how many there are in all).
pub const LIST_LIMIT: i64 = 25;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthFigures {
    pub year: i64,
    pub month: u32,
    pub submitted: i64,
    pub realised: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportIdea {
    pub id: i64,
    pub title: String,
    pub wijk_name: String,
    pub status: Status,
    pub support_count: i64,
    /// Realised on (the realised list) or submitted on (the others).
    pub at: i64,
}

/// Days it took: the median and the 90th percentile, over `count` ideas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duration {
    pub median_days: i64,
    pub p90_days: i64,
    pub count: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryView {
    pub id: i64,
    pub body: String,
    pub author_name: String,
    /// The author's function or role key (`wording::function_key_label` words it).
    pub author_role: String,
    pub published_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressReport {
    /// The wijk's code and name; `None` for the city.
    pub wijk: Option<(String, String)>,
    /// Every status, in lifecycle order, with its number of public ideas.
    pub counts: Vec<(Status, i64)>,
    pub total: i64,
    /// Oldest first, ending with the current month.
    pub months: Vec<MonthFigures>,
    pub realised: Vec<ReportIdea>,
    pub realised_total: i64,
    pub pick_up: Option<Duration>,
    pub realisation: Option<Duration>,
    pub unclaimed: Vec<ReportIdea>,
    pub unclaimed_total: i64,
    pub waiting: Vec<ReportIdea>,
    pub waiting_total: i64,
    pub support_threshold: i64,
    /// A wijk's summaries, newest first (the first is the current one).
    pub summaries: Vec<SummaryView>,
    /// Whether the reader may publish a summary here.
    pub can_summarise: bool,
    pub generated_at: i64,
}

/// The city's progress (`wijk` empty) or a wijk's; 404 for an unknown wijk.
#[server(prefix = "/api", endpoint = "progress/report", input = GetUrl)]
pub async fn get_progress_report(#[server(default)] wijk: String) -> Result<ProgressReport, AppError> {
    imp::report(&wijk).await
}

/// Publishes a summary at the head of a wijk's progress page: gemeente editors of that wijk.
#[server(prefix = "/api", endpoint = "progress/summary")]
pub async fn publish_ward_summary(wijk: String, body: String) -> Result<ProgressReport, AppError> {
    imp::publish(&wijk, &body).await
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::context::{self, internal, refused};
    use crate::db;
    use crate::db::progress_report::{List, Scope};
    use crate::domain::permissions;
    use crate::domain::progress::{self, median_and_p90, months_up_to, SUMMARY_MAX};
    use crate::domain::time::local_date;
    use crate::i18n::Msg;
    use crate::state::AppState;

    const DAY: i64 = 86_400;

    /// The wijk a code names, as (code, name); not found for anything else.
    async fn wijk(state: &AppState, code: &str) -> Result<(String, String), AppError> {
        let (_, row) = context::known_wijk(state, code).await?;
        Ok((row.code, row.name))
    }

    fn listed(rows: Vec<db::progress_report::ListedIdea>) -> Vec<ReportIdea> {
        rows.into_iter()
            .filter_map(|r| {
                Some(ReportIdea {
                    status: Status::parse(&r.status)?,
                    id: r.id,
                    title: r.title,
                    wijk_name: r.wijk_name,
                    support_count: r.support_count,
                    at: r.at,
                })
            })
            .collect()
    }

    fn duration(days: Vec<i64>) -> Option<Duration> {
        let count = days.len() as i64;
        median_and_p90(days).map(|(median_days, p90_days)| Duration {
            median_days,
            p90_days,
            count,
        })
    }

    /// The report for the reader: the figures as kept (`kept.progress`: built once per data version
    /// and hour), with a wijk's summaries and what the reader may do read fresh.
    pub async fn report(code: &str) -> Result<ProgressReport, AppError> {
        let state = context::app_state()?;
        let wijk = match code.trim() {
            "" => None,
            code => Some(wijk(&state, code).await?),
        };
        let now = db::now();
        let version = db::data_version::current(&state.pool).await.map_err(internal)?;
        let key = format!(
            "{}@{}",
            wijk.as_ref().map_or("", |(code, _)| code.as_str()),
            now / 3600
        );
        let figures = state
            .kept
            .progress
            .get_or_load(version, &key, || async {
                figures(&state, wijk.clone(), now).await.map(std::sync::Arc::new)
            })
            .await?;
        let mut report = ProgressReport::clone(&figures);
        if let Some((code, _)) = &wijk {
            let rows = db::ward_summaries::for_wijk(&state.pool, code)
                .await
                .map_err(internal)?;
            let caller = context::caller(&state).await?;
            report.can_summarise = permissions::summarise_ward(caller.as_ref(), code).is_ok();
            report.summaries = rows
                .into_iter()
                .map(|r| SummaryView {
                    id: r.id,
                    body: r.body,
                    author_name: r.author_name,
                    author_role: r.author_role,
                    published_at: r.published_at,
                })
                .collect();
        }
        Ok(report)
    }

    /// The figures of the city's or a wijk's public ideas at `now` (no summaries: they are the
    /// reader's to fetch).
    async fn figures(
        state: &AppState,
        wijk: Option<(String, String)>,
        now: i64,
    ) -> Result<ProgressReport, AppError> {
        let scope = match &wijk {
            Some((code, _)) => Scope::Wijk(code.clone()),
            None => Scope::City,
        };
        let pool = &state.pool;

        let stored = db::progress_report::counts(pool, &scope)
            .await
            .map_err(internal)?;
        let counts: Vec<(Status, i64)> = Status::ALL
            .into_iter()
            .map(|s| {
                let n = stored
                    .iter()
                    .filter(|(k, _)| k == s.as_str())
                    .map(|(_, n)| *n)
                    .sum();
                (s, n)
            })
            .collect();
        let total = counts.iter().map(|(_, n)| n).sum();

        // Months in the municipality's time zone, the current one last.
        let (year, month, _) = local_date(now);
        let months = months_up_to((year, month), MONTHS);
        let (first_year, first_month) = months[0];
        let since = crate::domain::time::local_midnight(first_year, first_month, 1);
        let month_of = |at: i64| {
            let (y, m, _) = local_date(at);
            months.iter().position(|&mm| mm == (y, m))
        };
        let mut figures: Vec<MonthFigures> = months
            .iter()
            .map(|&(year, month)| MonthFigures {
                year,
                month,
                submitted: 0,
                realised: 0,
            })
            .collect();
        for at in db::progress_report::submitted_since(pool, &scope, since)
            .await
            .map_err(internal)?
        {
            if let Some(i) = month_of(at) {
                figures[i].submitted += 1;
            }
        }
        let timings = db::progress_report::timings(pool, &scope)
            .await
            .map_err(internal)?;
        let mut pick_up = Vec::new();
        let mut realisation = Vec::new();
        for t in &timings {
            if let Some(at) = t.picked_up {
                pick_up.push((at - t.created_at).max(0) / DAY);
            }
            if let Some(at) = t.realised {
                realisation.push((at - t.created_at).max(0) / DAY);
                if let Some(i) = month_of(at).filter(|_| at >= since) {
                    figures[i].realised += 1;
                }
            }
        }

        let (realised, realised_total) = db::progress_report::list(pool, &scope, List::Realised, LIST_LIMIT)
            .await
            .map_err(internal)?;
        let (unclaimed, unclaimed_total) = db::progress_report::list(
            pool,
            &scope,
            List::UnclaimedSince(now - UNCLAIMED_DAYS * DAY),
            LIST_LIMIT,
        )
        .await
        .map_err(internal)?;
        let threshold = state.config.support_threshold;
        let (waiting, waiting_total) =
            db::progress_report::list(pool, &scope, List::WaitingWithSupport(threshold), LIST_LIMIT)
                .await
                .map_err(internal)?;

        Ok(ProgressReport {
            wijk,
            counts,
            total,
            months: figures,
            realised: listed(realised),
            realised_total,
            pick_up: duration(pick_up),
            realisation: duration(realisation),
            unclaimed: listed(unclaimed),
            unclaimed_total,
            waiting: listed(waiting),
            waiting_total,
            support_threshold: threshold,
            summaries: Vec::new(),
            can_summarise: false,
            generated_at: now,
        })
    }

    pub async fn publish(code: &str, body: &str) -> Result<ProgressReport, AppError> {
        let state = context::app_state()?;
        let (code, _) = wijk(&state, code).await?;
        // One session lookup: the user, then their role and werkgebied.
        let user = context::current_user(&state).await?;
        let actor = match &user {
            Some(u) => Some(
                db::professionals::actor(&state.pool, u.user_id)
                    .await
                    .map_err(internal)?,
            ),
            None => None,
        };
        permissions::summarise_ward(actor.as_ref(), &code).map_err(refused)?;
        let user = user.ok_or_else(AppError::unauthenticated)?;
        let body = progress::text(
            body,
            "body",
            SUMMARY_MAX,
            Msg::ErrSummaryEmpty,
            Msg::ErrSummaryTooLong,
        )?;
        let profile = db::professionals::public_profile(&state.pool, user.user_id)
            .await
            .map_err(internal)?;
        let role = crate::wording::function_key(profile.function.as_deref(), Some(&profile.role));
        let author = db::timeline::Actor {
            user_id: user.user_id,
            name: &user.display_name,
            role_label: &role,
        };
        db::ward_summaries::publish(&state.pool, &code, &author, &body)
            .await
            .map_err(internal)?;
        report(&code).await
    }
}
