//! Organisations, and the professional side of accounts: role, function, organisation, werkgebied.

use crate::domain::permissions::Actor;
use crate::domain::roles::{OrganisationKind, ProfessionalFunction, Role};
use sqlx::AnyPool;

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct OrganisationRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CreateOrganisationError {
    #[error("name taken")]
    NameTaken,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

pub async fn create_organisation(
    pool: &AnyPool,
    name: &str,
    kind: OrganisationKind,
) -> Result<i64, CreateOrganisationError> {
    let result = sqlx::query_scalar(
        "INSERT INTO organisations (name, kind, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(name)
    .bind(kind.as_str())
    .bind(super::now())
    .fetch_one(pool)
    .await;
    match result {
        Ok(id) => Ok(id),
        Err(e) if super::is_unique_violation(&e, "organisations_name_key") => {
            Err(CreateOrganisationError::NameTaken)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn organisations(pool: &AnyPool) -> Result<Vec<OrganisationRow>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, kind FROM organisations WHERE deactivated_at IS NULL ORDER BY name")
        .fetch_all(pool)
        .await
}

pub async fn organisation_exists(pool: &AnyPool, id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM organisations WHERE id = $1 AND deactivated_at IS NULL")
            .bind(id)
            .fetch_one(pool)
            .await?;
    Ok(n > 0)
}

/// The account as the permission rules see it.
pub async fn actor(pool: &AnyPool, user_id: i64) -> Result<Actor, sqlx::Error> {
    let (role, organisation_id): (String, Option<i64>) =
        sqlx::query_as("SELECT role, organisation_id FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(pool)
            .await?;
    let mut werkgebied: Vec<String> =
        sqlx::query_scalar("SELECT wijk_code FROM werkgebied WHERE user_id = $1 ORDER BY wijk_code")
            .bind(user_id)
            .fetch_all(pool)
            .await?;
    // Who answers for wijken nobody covers may act there as in their own.
    werkgebied.extend(super::coverage::answered_by(pool, user_id).await?);
    Ok(Actor {
        user_id,
        role: Role::parse(&role).unwrap_or(Role::Resident),
        organisation_id,
        werkgebied,
    })
}

/// Makes an account a professional (or editor, moderator, administrator) with its organisation and
/// werkgebied, in one transaction.
pub async fn assign(
    pool: &AnyPool,
    user_id: i64,
    role: Role,
    function: Option<ProfessionalFunction>,
    organisation_id: Option<i64>,
    werkgebied: &[String],
) -> Result<(), sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    sqlx::query("UPDATE users SET role = $1, function = $2, organisation_id = $3 WHERE id = $4")
        .bind(role.as_str())
        .bind(function.map(|f| f.as_str()))
        .bind(organisation_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM werkgebied WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    for wijk in werkgebied {
        sqlx::query("INSERT INTO werkgebied (user_id, wijk_code) VALUES ($1, $2)")
            .bind(user_id)
            .bind(wijk.as_str())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

/// How a professional is named publicly: "Naam, functie, organisatie" parts.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PublicProfessional {
    pub user_id: i64,
    pub display_name: String,
    pub role: String,
    pub function: Option<String>,
    pub organisation: Option<String>,
}

pub async fn public_profile(pool: &AnyPool, user_id: i64) -> Result<PublicProfessional, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.display_name, u.role, u.function, o.name AS organisation FROM users u \
         LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1",
    )
    .bind(user_id)
    .fetch_one(pool)
    .await
}

/// The professionals (and gemeente editors) who work in a wijk, by name: those whose werkgebied holds
/// it, or, for a wijk nobody covers, whoever answers for such wijken (a named professional or an
/// organisation's team), so an idea there can be handed to a colleague of that team.
pub async fn working_in(pool: &AnyPool, wijk_code: &str) -> Result<Vec<PublicProfessional>, sqlx::Error> {
    use super::coverage::{RESPONDS, UNCOVERED};
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT u.id AS user_id, u.display_name, u.role, u.function, o.name AS organisation FROM users u \
         LEFT JOIN organisations o ON o.id = u.organisation_id \
         WHERE u.role IN ('professional', 'editor') AND (\
           EXISTS (SELECT 1 FROM werkgebied g WHERE g.user_id = u.id AND g.wijk_code = $1) \
           OR (EXISTS (SELECT 1 FROM wards w WHERE w.code = $2 AND {UNCOVERED}) AND {RESPONDS})) \
         ORDER BY u.display_name, u.id"
    )))
    .bind(wijk_code)
    .bind(wijk_code)
    .fetch_all(pool)
    .await
}

/// Every professional and gemeente editor, with how many ideas each leads (for the administrator).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProfessionalRow {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub role: String,
    pub function: Option<String>,
    pub organisation_id: Option<i64>,
    pub organisation: Option<String>,
    pub leads: i64,
}

pub async fn all_professionals(pool: &AnyPool) -> Result<Vec<ProfessionalRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.display_name, u.email, u.role, u.function, u.organisation_id, o.name AS organisation, \
         (SELECT COUNT(*) FROM claims c WHERE c.user_id = u.id AND c.kind = 'lead') AS leads FROM users u \
         LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.role IN ('professional', 'editor') \
         ORDER BY u.display_name, u.id",
    )
    .fetch_all(pool)
    .await
}

/// Every professional's werkgebied as (user, wijk code) pairs, for the administrator's list.
pub async fn all_werkgebieden(pool: &AnyPool) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT user_id, wijk_code FROM werkgebied ORDER BY user_id, wijk_code")
        .fetch_all(pool)
        .await
}

/// Why a professional or organisation cannot be deactivated yet.
#[derive(Debug)]
pub enum DeactivateError {
    /// They (or the organisation's professionals) still lead ideas: hand them over first.
    StillLeads,
    Db(sqlx::Error),
}

impl From<sqlx::Error> for DeactivateError {
    fn from(e: sqlx::Error) -> Self {
        DeactivateError::Db(e)
    }
}

/// Ends a professional's work here: they keep their account as a resident's, without function,
/// organisation or werkgebied; their supporting claims end, their open handovers are withdrawn and
/// they no longer answer for uncovered wijken. Refused while they lead an idea (checked in the same
/// transaction, so a claim made meanwhile cannot slip through).
pub async fn deactivate(pool: &AnyPool, user_id: i64) -> Result<(), DeactivateError> {
    let mut tx = super::begin_write(pool).await?;
    deactivate_in(&mut tx, user_id).await?;
    tx.commit().await?;
    Ok(())
}

async fn deactivate_in(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user_id: i64,
) -> Result<(), DeactivateError> {
    let leads: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM claims WHERE user_id = $1 AND kind = 'lead'")
        .bind(user_id)
        .fetch_one(&mut **tx)
        .await?;
    if leads > 0 {
        return Err(DeactivateError::StillLeads);
    }
    for sql in [
        "UPDATE users SET role = 'resident', function = NULL, organisation_id = NULL WHERE id = $1",
        "DELETE FROM werkgebied WHERE user_id = $1",
        "DELETE FROM claims WHERE user_id = $1",
        "DELETE FROM uncovered_responder WHERE user_id = $1",
    ] {
        sqlx::query(sql).bind(user_id).execute(&mut **tx).await?;
    }
    sqlx::query(
        "UPDATE handovers SET status = 'withdrawn', answered_at = $1 WHERE status = 'open' AND (from_user = $2 OR to_user = $2)",
    )
    .bind(super::now())
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Deactivates an organisation and every professional of it (see [`deactivate`]); refused while
/// any of them leads an idea. Answers how many professionals it ended.
pub async fn deactivate_organisation(pool: &AnyPool, organisation_id: i64) -> Result<u64, DeactivateError> {
    let mut tx = super::begin_write(pool).await?;
    let leads: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM claims c JOIN users u ON u.id = c.user_id WHERE u.organisation_id = $1 AND c.kind = 'lead'",
    )
    .bind(organisation_id)
    .fetch_one(&mut *tx)
    .await?;
    if leads > 0 {
        return Err(DeactivateError::StillLeads);
    }
    let members: Vec<i64> = sqlx::query_scalar("SELECT id FROM users WHERE organisation_id = $1")
        .bind(organisation_id)
        .fetch_all(&mut *tx)
        .await?;
    for member in &members {
        deactivate_in(&mut tx, *member).await?;
    }
    sqlx::query("DELETE FROM uncovered_responder WHERE organisation_id = $1")
        .bind(organisation_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE organisations SET deactivated_at = $1 WHERE id = $2")
        .bind(super::now())
        .bind(organisation_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(members.len() as u64)
}
