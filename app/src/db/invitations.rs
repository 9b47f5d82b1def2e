//! Invitations for professionals: a link that works once and expires after 7 days. Only a SHA-256 of
//! the token is stored.

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
}

pub struct NewInvitation<'a> {
    pub token_hash: &'a str,
    pub email: &'a str,
    pub role: &'a str,
    pub function: Option<&'a str>,
    pub organisation_id: Option<i64>,
    pub werkgebied: &'a [String],
    pub invited_by: i64,
}

pub async fn create(pool: &AnyPool, new: &NewInvitation<'_>) -> Result<i64, sqlx::Error> {
    let now = super::now();
    sqlx::query_scalar(
        "INSERT INTO invitations (token_hash, email, role, function, organisation_id, werkgebied, invited_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
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
    .fetch_one(pool)
    .await
}

/// An unused, unexpired invitation.
pub async fn find_open(pool: &AnyPool, token_hash: &str) -> Result<Option<InvitationRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT v.id, v.email, v.role, v.function, v.organisation_id, o.name AS organisation, v.werkgebied \
         FROM invitations v LEFT JOIN organisations o ON o.id = v.organisation_id \
         WHERE v.token_hash = $1 AND v.accepted_at IS NULL AND v.expires_at > $2",
    )
    .bind(token_hash)
    .bind(super::now())
    .fetch_optional(pool)
    .await
}

/// Marks it used; `false` if someone used it first.
pub async fn take(pool: &AnyPool, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE invitations SET accepted_at = $1 WHERE id = $2 AND accepted_at IS NULL AND expires_at > $3",
    )
    .bind(super::now())
    .bind(id)
    .bind(super::now())
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}
