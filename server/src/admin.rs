//! `wijkidee admin create`: the first administrator, from the command line (there is no one yet to
//! invite them).

use anyhow::Context;
use app::domain::roles::Role;
use app::domain::{DisplayName, Email};
use rand::Rng;

/// Makes `email` an administrator. Creates the account when there is none and returns its new
/// password (shown once); promotes an existing account and returns `None`.
pub async fn create_administrator(
    pool: &sqlx::AnyPool,
    email: &str,
    name: &str,
) -> anyhow::Result<Option<String>> {
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("{e}"))?;
    let name = DisplayName::parse(name).map_err(|e| anyhow::anyhow!("{e}"))?;
    let (user_id, password) = match app::db::users::find_by_email(pool, &email).await? {
        Some(user) => (user.id, None),
        None => {
            let password: String = rand::thread_rng()
                .sample_iter(&rand::distributions::Alphanumeric)
                .take(20)
                .map(char::from)
                .collect();
            let hash = app::auth::hash_password(&password).map_err(|e| anyhow::anyhow!("{e}"))?;
            let id = app::db::users::create(pool, &email, &name, &hash)
                .await
                .context("creating the account")?;
            (id, Some(password))
        }
    };
    app::db::professionals::assign(pool, user_id, Role::Administrator, None, None, &[]).await?;
    Ok(password)
}
