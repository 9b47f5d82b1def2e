//! Invitations for professionals: a link that works once and expires after 7 days, unless an
//! administrator revokes it first. Only a SHA-256 of the token is stored.

use sqlx::AnyPool;

pub const VALID_DAYS: i64 = 7;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvitationRow {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub function: Option<String>,
    pub organisation_id: Option<i64>,
    pub organisation: Option<String>,
    /// Wijk codes separated by commas.
    pub werkgebied: String,
    /// The language it is written in (a tag, `tr`).
    pub locale: String,
}

pub struct NewInvitation<'a> {
    pub token_hash: &'a str,
    pub email: &'a str,
    pub role: &'a str,
    pub function: Option<&'a str>,
    pub organisation_id: Option<i64>,
    pub werkgebied: &'a [String],
    pub invited_by: i64,
    pub locale: &'a str,
}

pub async fn create<'c, E>(executor: E, new: &NewInvitation<'_>) -> Result<i64, sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let now = super::now();
    sqlx::query_scalar(
        "INSERT INTO invitations (token_hash, email, role, function, organisation_id, werkgebied, invited_by, created_at, \
         expires_at, locale) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(new.token_hash)
    .bind(new.email)
    .bind(new.role)
    .bind(new.function)
    .bind(new.organisation_id)
    .bind(new.werkgebied.join(","))
    .bind(new.invited_by)
    .bind(now)
    .bind(now + VALID_DAYS * 24 * 3600)
    .bind(new.locale)
    .fetch_one(executor)
    .await
}

/// What became of an invitation, for its link.
#[derive(Debug, Clone)]
pub enum Standing {
    Open(InvitationRow),
    Used,
    Expired,
    Revoked,
    /// No invitation has this token.
    Unknown,
}

#[derive(sqlx::FromRow)]
struct StandingRow {
    #[sqlx(flatten)]
    row: InvitationRow,
    accepted_at: Option<i64>,
    revoked_at: Option<i64>,
    expires_at: i64,
}

/// The invitation a link holds, and whether it still works.
pub async fn standing(pool: &AnyPool, token_hash: &str) -> Result<Standing, sqlx::Error> {
    let found: Option<StandingRow> = sqlx::query_as(
        "SELECT v.id, v.email, v.role, v.function, v.organisation_id, o.name AS organisation, v.werkgebied, \
         v.locale, v.accepted_at, v.revoked_at, v.expires_at \
         FROM invitations v LEFT JOIN organisations o ON o.id = v.organisation_id WHERE v.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(pool)
    .await?;
    Ok(match found {
        None => Standing::Unknown,
        Some(f) if f.accepted_at.is_some() => Standing::Used,
        Some(f) if f.revoked_at.is_some() => Standing::Revoked,
        Some(f) if f.expires_at <= super::now() => Standing::Expired,
        Some(f) => Standing::Open(f.row),
    })
}

/// Marks it used; `false` if someone used it first (or it expired or was revoked meanwhile).
pub async fn take(pool: &AnyPool, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE invitations SET accepted_at = $1 WHERE id = $2 AND accepted_at IS NULL AND revoked_at IS NULL \
         AND expires_at > $3",
    )
    .bind(super::now())
    .bind(id)
    .bind(super::now())
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// An invitation not yet used, revoked or expired, for the administrator's list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OpenInvitation {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub function: Option<String>,
    pub organisation: Option<String>,
    pub locale: String,
    pub invited_by: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
}

/// The open invitations, newest first.
pub async fn open_list(pool: &AnyPool) -> Result<Vec<OpenInvitation>, sqlx::Error> {
    sqlx::query_as(
        "SELECT v.id, v.email, v.role, v.function, o.name AS organisation, v.locale, u.display_name AS invited_by, \
         v.created_at, v.expires_at FROM invitations v LEFT JOIN organisations o ON o.id = v.organisation_id \
         LEFT JOIN users u ON u.id = v.invited_by \
         WHERE v.accepted_at IS NULL AND v.revoked_at IS NULL AND v.expires_at > $1 ORDER BY v.created_at DESC, v.id DESC",
    )
    .bind(super::now())
    .fetch_all(pool)
    .await
}

/// The language of the open invitation a link holds, if it holds one (for its page, before anyone
/// chose a language).
pub async fn open_locale(pool: &AnyPool, token_hash: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT locale FROM invitations WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL \
         AND expires_at > $2",
    )
    .bind(token_hash)
    .bind(super::now())
    .fetch_optional(pool)
    .await
}

/// Revokes an open invitation; `false` when there is none with this id (or it was used already).
pub async fn revoke(pool: &AnyPool, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE invitations SET revoked_at = $1 WHERE id = $2 AND accepted_at IS NULL AND revoked_at IS NULL",
    )
    .bind(super::now())
    .bind(id)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}
