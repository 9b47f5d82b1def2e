//! The administrator and the wijken no professional covers: which they are, how many open ideas
//! wait in each, and who answers for them (`domain::coverage`).

use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

/// A choice in the responder list: its form value (`professional-12`, `organisatie-3`), the
/// person's or organisation's name, and a person's work (the page words it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponderChoice {
    pub value: String,
    pub name: String,
    pub work: Option<crate::domain::roles::Work>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UncoveredWijkView {
    pub code: String,
    pub name: String,
    pub open_ideas: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UncoveredView {
    /// The current choice's value; `None`: nobody answers yet.
    pub responder: Option<String>,
    pub professionals: Vec<ResponderChoice>,
    pub organisations: Vec<ResponderChoice>,
    /// Every wijk without a professional, most open ideas first.
    pub wijken: Vec<UncoveredWijkView>,
}

#[server(prefix = "/api", endpoint = "admin/uncovered", input = GetUrl)]
pub async fn get_uncovered() -> Result<UncoveredView, AppError> {
    imp::get().await
}

/// Names who answers for wijken without a professional: `professional-{id}`, `organisatie-{id}`, or
/// empty for nobody.
#[server(prefix = "/api", endpoint = "admin/uncovered/responder")]
pub async fn set_uncovered_responder(#[server(default)] responder: String) -> Result<(), AppError> {
    imp::set(&responder).await
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::admin::administrator;
    use crate::api::context::{self, internal};
    use crate::db;
    use crate::domain::coverage::Responder;
    use crate::domain::roles::Work;
    use crate::i18n::Msg;

    pub async fn get() -> Result<UncoveredView, AppError> {
        let state = context::app_state()?;
        administrator(&state).await?;
        let pool = &state.pool;
        let professionals = db::professionals::all_professionals(pool)
            .await
            .map_err(internal)?
            .into_iter()
            .map(|p| ResponderChoice {
                value: Responder::Professional(p.user_id).as_value(),
                work: Work::of(&p.role, p.function.as_deref(), p.organisation.as_deref()),
                name: p.display_name,
            })
            .collect();
        let organisations = db::professionals::organisations(pool)
            .await
            .map_err(internal)?
            .into_iter()
            .map(|o| ResponderChoice {
                value: Responder::Organisation(o.id).as_value(),
                name: o.name,
                work: None,
            })
            .collect();
        Ok(UncoveredView {
            responder: db::coverage::responder(pool)
                .await
                .map_err(internal)?
                .map(Responder::as_value),
            professionals,
            organisations,
            wijken: db::coverage::uncovered_wijken(pool)
                .await
                .map_err(internal)?
                .into_iter()
                .map(|w| UncoveredWijkView {
                    code: w.code,
                    name: w.name,
                    open_ideas: w.open_ideas,
                })
                .collect(),
        })
    }

    pub async fn set(responder: &str) -> Result<(), AppError> {
        let state = context::app_state()?;
        let admin = administrator(&state).await?;
        let choice = match responder.trim() {
            "" => None,
            value => Some(
                Responder::parse(value)
                    .ok_or_else(|| AppError::invalid("responder", Msg::ErrResponderUnknown))?,
            ),
        };
        if !db::coverage::set_responder(&state.pool, choice, admin.user_id)
            .await
            .map_err(internal)?
        {
            return Err(AppError::invalid("responder", Msg::ErrResponderUnknown));
        }
        tracing::info!(responder = ?choice, "responder for uncovered wijken set");
        Ok(())
    }
}
