//! The ward workbench (`/werkbank`): for each wijk of a professional's werkgebied, the open ideas
//! counted as unclaimed, stalled, worked on by several organisations, backed by enough residents, and
//! per organisation and professional; each count opens its list. Notes never appear here.

use crate::domain::workbench::WijkBench;
use crate::domain::Status;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchIdeaView {
    pub id: i64,
    pub title: String,
    pub wijk_name: String,
    pub status: Status,
    pub created_at: i64,
    pub support_count: i64,
    pub lead_name: Option<String>,
    /// Days since the lead last did something, when there is a lead.
    pub days_silent: Option<i64>,
}

/// An opened list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchSelection {
    pub wijk_code: Option<String>,
    /// Which list (`BenchList::as_query`); the page words it in the reader's language.
    pub list: String,
    /// The organisation's or professional's name, for their lists.
    pub named: Option<String>,
    /// The wijk's name; `None` across the whole werkgebied.
    pub wijk_name: Option<String>,
    pub ideas: Vec<BenchIdeaView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkbenchView {
    pub wijken: Vec<WijkBench>,
    pub stall_days: i64,
    pub support_threshold: i64,
    pub selected: Option<BenchSelection>,
}

/// The workbench; `wijk` and `lijst` open one list (`lijst` without `wijk`: across the werkgebied).
#[server(prefix = "/api", endpoint = "work/workbench", input = GetUrl)]
pub async fn get_workbench(
    #[server(default)] wijk: Option<String>,
    #[server(default)] lijst: Option<String>,
) -> Result<WorkbenchView, AppError> {
    imp::workbench(wijk, lijst).await
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::context::refused;
    use crate::api::context::{self, internal};
    use crate::db;
    use crate::domain::permissions;
    use crate::domain::workbench::{self, BenchList, Rules};
    use crate::error::ErrorKind;
    use crate::i18n::Msg;

    pub async fn workbench(wijk: Option<String>, lijst: Option<String>) -> Result<WorkbenchView, AppError> {
        let state = context::app_state()?;
        let actor = context::caller(&state).await?;
        permissions::use_workbench(actor.as_ref()).map_err(refused)?;
        let me = actor.as_ref().map(|a| a.user_id).unwrap_or_default();
        let wijk = wijk.filter(|w| !w.trim().is_empty());
        let list = match lijst.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
            Some(l) => Some(
                BenchList::parse(l)
                    .ok_or_else(|| AppError::invalid("lijst", Msg::ErrWorkbenchListUnknown))?,
            ),
            None => None,
        };
        let wijken = db::coverage::bench_wijken(&state.pool, me)
            .await
            .map_err(internal)?;
        if let Some(code) = &wijk {
            if !wijken.iter().any(|(c, _, _)| c == code) {
                return Err(AppError::new(ErrorKind::Forbidden, Msg::ErrOutsideWerkgebied));
            }
        }
        let (ideas, claims) = db::workbench::open_ideas(&state.pool, me)
            .await
            .map_err(internal)?;
        let rules = Rules {
            now: db::now(),
            stall_days: state.config.stall_days,
            support_threshold: state.config.support_threshold,
        };
        let benches: Vec<WijkBench> = wijken
            .iter()
            .map(|(code, name, uncovered)| WijkBench {
                uncovered: *uncovered,
                ..workbench::summarise(code, name, &ideas, &claims, &rules)
            })
            .collect();
        let selected = list.map(|list| {
            let in_scope: Vec<_> = ideas
                .iter()
                .filter(|i| wijk.as_ref().is_none_or(|w| &i.wijk_code == w))
                .cloned()
                .collect();
            let wijk_name = |code: &str| {
                wijken
                    .iter()
                    .find(|(c, _, _)| c == code)
                    .map(|(_, n, _)| n.clone())
                    .unwrap_or_default()
            };
            let name_of = |user: i64| {
                claims
                    .iter()
                    .find(|c| c.user_id == user)
                    .map(|c| c.display_name.clone())
            };
            let named = match list {
                BenchList::Organisation(id) => claims
                    .iter()
                    .find(|c| c.organisation_id == Some(id))
                    .and_then(|c| c.organisation.clone()),
                BenchList::Professional(id) => name_of(id),
                _ => None,
            };
            BenchSelection {
                wijk_code: wijk.clone(),
                list: list.as_query(),
                named,
                wijk_name: wijk.as_deref().map(wijk_name),
                ideas: workbench::select(list, &in_scope, &claims, &rules)
                    .into_iter()
                    .map(|i| BenchIdeaView {
                        id: i.id,
                        title: i.title.clone(),
                        wijk_name: wijk_name(&i.wijk_code),
                        status: i.status,
                        created_at: i.created_at,
                        support_count: i.support_count,
                        lead_name: i.lead.and_then(name_of),
                        days_silent: rules.days_silent(i).filter(|_| i.lead.is_some()),
                    })
                    .collect(),
            }
        });
        Ok(WorkbenchView {
            wijken: benches,
            stall_days: state.config.stall_days,
            support_threshold: state.config.support_threshold,
            selected,
        })
    }
}
