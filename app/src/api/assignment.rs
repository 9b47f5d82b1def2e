//! What an administrator gives a professional to work with (function, organisation, werkgebied),
//! checked the same way whether it comes with an invitation or changes later: a known function for
//! whoever works on ideas, an organisation that exists and is active, and at least one real wijk.

use crate::api::context::internal;
use crate::db;
use crate::domain::roles::{ProfessionalFunction, Role};
use crate::domain::{WardCode, WardLevel};
use crate::error::AppError;
use crate::i18n::Msg;
use sqlx::AnyPool;

pub struct Assignment {
    pub function: Option<ProfessionalFunction>,
    pub organisation_id: Option<i64>,
    /// Wijk codes, each once, in the order given.
    pub wijken: Vec<String>,
}

pub async fn parse(
    pool: &AnyPool,
    role: Role,
    function: &str,
    organisation_id: Option<i64>,
    werkgebied: &[String],
) -> Result<Assignment, AppError> {
    let function = match function.trim() {
        "" if !role.works_on_ideas() => None,
        f => Some(
            ProfessionalFunction::parse(f)
                .ok_or_else(|| AppError::invalid("function", Msg::ErrFunctionUnknown))?,
        ),
    };
    if let Some(org) = organisation_id {
        if !db::professionals::organisation_exists(pool, org)
            .await
            .map_err(internal)?
        {
            return Err(AppError::invalid("organisation_id", Msg::ErrNotFound));
        }
    }
    let mut wijken: Vec<String> = Vec::new();
    for code in werkgebied.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
        let code =
            WardCode::parse(code).map_err(|_| AppError::invalid("werkgebied", Msg::ErrWardCodeInvalid))?;
        let known = db::wards::find(pool, &code)
            .await
            .map_err(internal)?
            .is_some_and(|w| w.level == WardLevel::Wijk.as_str());
        if !known {
            return Err(AppError::invalid("werkgebied", Msg::ErrWardCodeInvalid));
        }
        if !wijken.iter().any(|w| w == code.as_str()) {
            wijken.push(code.as_str().to_owned());
        }
    }
    if wijken.is_empty() && role.works_on_ideas() {
        return Err(AppError::invalid("werkgebied", Msg::ErrWerkgebiedEmpty));
    }
    Ok(Assignment {
        function,
        organisation_id,
        wijken,
    })
}
