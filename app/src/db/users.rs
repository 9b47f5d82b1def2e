//! Accounts. `UserRow` carries the password hash and is therefore deliberately not `Serialize`.

use crate::domain::{DisplayName, Email, EmailFrequency};
use sqlx::AnyPool;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CreateUserError {
    #[error("email already registered")]
    EmailTaken,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

pub async fn create(
    pool: &AnyPool,
    email: &Email,
    name: &DisplayName,
    password_hash: &str,
) -> Result<i64, CreateUserError> {
    let result = sqlx::query_scalar(
        "INSERT INTO users (email, display_name, password_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(email.as_str())
    .bind(name.as_str())
    .bind(password_hash)
    .bind(super::now())
    .fetch_one(pool)
    .await;
    match result {
        Ok(id) => Ok(id),
        Err(e) if super::is_unique_violation(&e, "users_email_key") => Err(CreateUserError::EmailTaken),
        Err(e) => Err(e.into()),
    }
}

pub async fn find_by_email(pool: &AnyPool, email: &Email) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query_as("SELECT id, email, display_name, password_hash FROM users WHERE email = $1")
        .bind(email.as_str())
        .fetch_optional(pool)
        .await
}

pub async fn count(pool: &AnyPool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(pool)
        .await
}

pub async fn set_password_hash(pool: &AnyPool, user_id: i64, password_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(password_hash)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// The interface language an account chose (a tag: `nl`, `ar`, …), if it chose one.
pub async fn locale(pool: &AnyPool, user_id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar::<_, Option<String>>("SELECT locale FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(pool)
        .await
        .map(Option::flatten)
}

/// Remembers an account's interface language; it also decides the language of their mail.
pub async fn set_locale(pool: &AnyPool, user_id: i64, tag: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET locale = $1 WHERE id = $2")
        .bind(tag)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Where a reader's mail goes, in which language, and the token that unsubscribes them without
/// logging in.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MailRecipient {
    pub user_id: i64,
    pub email: String,
    pub unsubscribe_token: String,
    /// The account's language tag; Dutch when it never chose one.
    pub locale: Option<String>,
}

impl MailRecipient {
    pub fn locale(&self) -> crate::i18n::Locale {
        self.locale
            .as_deref()
            .and_then(crate::i18n::Locale::parse)
            .unwrap_or_default()
    }
}

/// A reader's address and unsubscribe token, creating the token on first use.
pub async fn mail_recipient(pool: &AnyPool, user_id: i64) -> Result<MailRecipient, sqlx::Error> {
    sqlx::query("UPDATE users SET unsubscribe_token = $1 WHERE id = $2 AND unsubscribe_token IS NULL")
        .bind(crate::auth::new_session_token())
        .bind(user_id)
        .execute(pool)
        .await?;
    sqlx::query_as("SELECT id AS user_id, email, unsubscribe_token, locale FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(pool)
        .await
}

pub async fn email_frequency(pool: &AnyPool, user_id: i64) -> Result<EmailFrequency, sqlx::Error> {
    let value: String = sqlx::query_scalar("SELECT email_frequency FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(pool)
        .await?;
    Ok(EmailFrequency::parse(&value).unwrap_or_default())
}

/// Sets how often mail goes out. Choosing the daily digest starts its clock now, so the first digest
/// comes a day later rather than at once; turning mail on again does not mail the backlog of the time
/// it was off.
pub async fn set_email_frequency(
    pool: &AnyPool,
    user_id: i64,
    frequency: EmailFrequency,
) -> Result<(), sqlx::Error> {
    if frequency != EmailFrequency::Never && email_frequency(pool, user_id).await? == EmailFrequency::Never {
        sqlx::query("UPDATE notifications SET mailed_at = $1 WHERE user_id = $2 AND mailed_at IS NULL")
            .bind(super::now())
            .bind(user_id)
            .execute(pool)
            .await?;
    }
    sqlx::query(
        "UPDATE users SET email_frequency = $1, \
         last_digest_at = CASE WHEN $2 = 'daily' THEN COALESCE(last_digest_at, $3) ELSE last_digest_at END WHERE id = $4",
    )
        .bind(frequency.as_str())
        .bind(frequency.as_str())
        .bind(super::now())
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// The language chosen by the account an unsubscribe token belongs to: the language of its mail.
pub async fn locale_by_unsubscribe_token(pool: &AnyPool, token: &str) -> Result<Option<String>, sqlx::Error> {
    let found: Option<Option<String>> =
        sqlx::query_scalar("SELECT locale FROM users WHERE unsubscribe_token = $1")
            .bind(token)
            .fetch_optional(pool)
            .await?;
    Ok(found.flatten())
}

/// Stops all mail for the holder of an unsubscribe token; `false` for an unknown token.
pub async fn unsubscribe(pool: &AnyPool, token: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE users SET email_frequency = 'never' WHERE unsubscribe_token = $1")
        .bind(token)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn exists(pool: &AnyPool, user_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(pool)
        .await?;
    Ok(n > 0)
}

/// A reader's own address, for their own page (never shown to anyone else).
pub async fn email_of(pool: &AnyPool, user_id: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(pool)
        .await
}
