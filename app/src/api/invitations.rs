//! Inviting professionals by email. An invitation is a link that works once and for 7 days; the
//! administrator sees the open ones and may revoke any. Accepting makes (or upgrades) the account with
//! the role, function, organisation and werkgebied the administrator chose. A link that no longer
//! works says why: used, expired or revoked.

use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

/// What the invited person sees before accepting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvitationView {
    pub email: String,
    pub role: String,
    pub function: Option<String>,
    pub organisation: Option<String>,
}

/// The invited address already has an account: what it is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExistingAccount {
    /// A resident's: on acceptance it becomes a professional's, with its ideas and name.
    Resident,
    /// Someone who works here already: their role and werkgebied are replaced on acceptance.
    Professional,
}

/// A new invitation, for the administrator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationSent {
    /// The whole link, to pass on.
    pub link: String,
    /// Whether it was also mailed to the invited address.
    pub mailed: bool,
    pub existing: Option<ExistingAccount>,
}

/// An invitation not yet used, for the administrator's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenInvitationView {
    pub id: i64,
    pub email: String,
    /// What they are invited as: title and organisation (the page words it).
    pub work: crate::domain::roles::Work,
    /// The language it is written in (a tag: `tr`).
    pub language: String,
    pub invited_by: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
}

/// Invites someone by email; answers the whole link (also mailed when mail is set up).
/// `werkgebied[]`: the codes of the wijken they will work in; at least one for a professional or
/// gemeente editor. `language`: the tag of the language the invitation is written in (mail and
/// page); empty: the administrator's own. An address whose account chose a language gets that one.
#[server(prefix = "/api", endpoint = "admin/invite")]
pub async fn invite_professional(
    email: String,
    role: String,
    #[server(default)] function: String,
    #[server(default)] organisation_id: Option<i64>,
    #[server(default)] werkgebied: Vec<String>,
    #[server(default)] language: String,
) -> Result<InvitationSent, AppError> {
    imp::invite(&email, &role, &function, organisation_id, &werkgebied, &language).await
}

#[server(prefix = "/api", endpoint = "admin/invitations", input = GetUrl)]
pub async fn list_invitations() -> Result<Vec<OpenInvitationView>, AppError> {
    imp::list().await
}

/// Revokes an open invitation: its link stops working and says so.
#[server(prefix = "/api", endpoint = "admin/invitations/revoke")]
pub async fn revoke_invitation(id: i64) -> Result<(), AppError> {
    imp::revoke(id).await
}

#[server(prefix = "/api", endpoint = "invitations/get", input = GetUrl)]
pub async fn get_invitation(token: String) -> Result<InvitationView, AppError> {
    imp::get_invitation(&token).await
}

/// Accepts an invitation: a new account with the invited address, or, when that address already has
/// one, that account after checking its password. Logs in.
#[server(prefix = "/api", endpoint = "invitations/accept")]
pub async fn accept_invitation(
    token: String,
    display_name: String,
    password: String,
) -> Result<(), AppError> {
    imp::accept(&token, &display_name, &password).await
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::api::admin::administrator;
    use crate::api::context::{self, internal};
    use crate::auth;
    use crate::db;
    use crate::db::invitations::Standing;
    use crate::domain::roles::{ProfessionalFunction, Role, Title, Work};
    use crate::domain::{DisplayName, Email, Password};
    use crate::error::ErrorKind;
    use crate::i18n::{self, fill, in_locale, t, Locale, Msg};
    use crate::routes;
    use crate::state::AppState;
    use crate::wording::work_words;

    /// The language asked for: a tag as the form sends it, or empty for the caller's own.
    fn language_of(tag: &str) -> Result<Locale, AppError> {
        if tag.is_empty() {
            return Ok(i18n::current());
        }
        Locale::parse(tag)
            .filter(|l| l.tag() == tag)
            .ok_or_else(|| AppError::invalid("language", Msg::ErrLanguageUnknown))
    }

    pub async fn invite(
        email: &str,
        role: &str,
        function: &str,
        organisation_id: Option<i64>,
        werkgebied: &[String],
        language: &str,
    ) -> Result<InvitationSent, AppError> {
        let state = context::app_state()?;
        let admin = administrator(&state).await?;
        let pool = &state.pool;
        let email = Email::parse(email)?;
        let mut locale = language_of(language)?;
        let role = Role::parse(role)
            .filter(|r| *r != Role::Resident)
            .ok_or_else(|| AppError::invalid("role", Msg::ErrRoleUnknown))?;
        let crate::api::assignment::Assignment {
            function,
            organisation_id,
            wijken,
        } = crate::api::assignment::parse(pool, role, function, organisation_id, werkgebied).await?;
        let existing = match db::users::find_by_email(pool, &email).await.map_err(internal)? {
            None => None,
            Some(user) => {
                let actor = db::professionals::actor(pool, user.id).await.map_err(internal)?;
                // Their account's language decides their mail, as for every other mail they get.
                let saved = db::users::locale(pool, user.id).await.map_err(internal)?;
                locale = saved.as_deref().and_then(Locale::parse).unwrap_or(locale);
                Some(if actor.role == Role::Resident {
                    ExistingAccount::Resident
                } else {
                    ExistingAccount::Professional
                })
            }
        };
        let token = auth::new_session_token();
        let link = format!("{}{}", site_address(&state), routes::invitation(&token));
        let organisation = match organisation_id {
            Some(org) => db::professionals::organisations(pool)
                .await
                .map_err(internal)?
                .into_iter()
                .find(|o| o.id == org)
                .map(|o| o.name),
            None => None,
        };
        let mut tx = db::begin_write(pool).await.map_err(internal)?;
        db::invitations::create(
            &mut *tx,
            &db::invitations::NewInvitation {
                token_hash: &auth::token_hash(&token),
                email: email.as_str(),
                role: role.as_str(),
                function: function.map(|f| f.as_str()),
                organisation_id,
                werkgebied: &wijken,
                invited_by: admin.user_id,
                locale: locale.tag(),
            },
        )
        .await
        .map_err(internal)?;
        let mailed = state.config.mail_enabled;
        if mailed {
            let work = Work::of(
                role.as_str(),
                function.map(|f| f.as_str()),
                organisation.as_deref(),
            );
            let (subject, body) = in_locale(locale, || {
                let body = fill(
                    Msg::MailInvitationBody,
                    &[
                        ("what", &work.as_ref().map(work_words).unwrap_or_default()),
                        ("link", &link),
                        ("days", &db::invitations::VALID_DAYS.to_string()),
                    ],
                );
                (t(Msg::MailInvitationSubject), body)
            });
            db::outbox::enqueue(
                &mut *tx,
                &db::outbox::NewMail {
                    recipient: email.as_str(),
                    subject,
                    body: &body,
                    unsubscribe_url: None,
                },
            )
            .await
            .map_err(internal)?;
        }
        tx.commit().await.map_err(internal)?;
        tracing::info!(by = admin.user_id, mailed, "invitation created");
        Ok(InvitationSent {
            link,
            mailed,
            existing,
        })
    }

    /// Where people reach this site: the configured address, else the one this request came to.
    fn site_address(state: &AppState) -> String {
        let host = context::request_header(http::header::HOST);
        state.config.site_address(host.as_deref())
    }

    pub async fn list() -> Result<Vec<OpenInvitationView>, AppError> {
        let state = context::app_state()?;
        administrator(&state).await?;
        Ok(db::invitations::open_list(&state.pool)
            .await
            .map_err(internal)?
            .into_iter()
            .map(|v| OpenInvitationView {
                work: Work {
                    title: Title::of(v.function.as_deref(), Some(&v.role)),
                    organisation: v.organisation,
                },
                language: v.locale,
                id: v.id,
                email: v.email,
                invited_by: v.invited_by,
                created_at: v.created_at,
                expires_at: v.expires_at,
            })
            .collect())
    }

    pub async fn revoke(id: i64) -> Result<(), AppError> {
        let state = context::app_state()?;
        let admin = administrator(&state).await?;
        if !db::invitations::revoke(&state.pool, id).await.map_err(internal)? {
            return Err(AppError::not_found());
        }
        tracing::info!(by = admin.user_id, invitation = id, "invitation revoked");
        Ok(())
    }

    async fn open_invitation(
        state: &AppState,
        token: &str,
    ) -> Result<db::invitations::InvitationRow, AppError> {
        let gone = |msg| AppError::new(ErrorKind::NotFound, msg);
        if token.is_empty() || token.len() > 128 {
            return Err(gone(Msg::ErrInvitationInvalid));
        }
        match db::invitations::standing(&state.pool, &auth::token_hash(token))
            .await
            .map_err(internal)?
        {
            Standing::Open(row) => Ok(row),
            Standing::Used => Err(gone(Msg::ErrInvitationUsed)),
            Standing::Expired => Err(gone(Msg::ErrInvitationExpired)),
            Standing::Revoked => Err(gone(Msg::ErrInvitationRevoked)),
            Standing::Unknown => Err(gone(Msg::ErrInvitationInvalid)),
        }
    }

    pub async fn get_invitation(token: &str) -> Result<InvitationView, AppError> {
        let state = context::app_state()?;
        let inv = open_invitation(&state, token).await?;
        Ok(InvitationView {
            email: inv.email,
            role: inv.role,
            function: inv.function,
            organisation: inv.organisation,
        })
    }

    pub async fn accept(token: &str, display_name: &str, password: &str) -> Result<(), AppError> {
        let state = context::app_state()?;
        let inv = open_invitation(&state, token).await?;
        let email = Email::parse(&inv.email)?;
        let user_id = match db::users::find_by_email(&state.pool, &email)
            .await
            .map_err(internal)?
        {
            Some(existing) => {
                if !auth::verify_password(password, &existing.password_hash) {
                    return Err(AppError {
                        field: Some("password".into()),
                        ..AppError::new(ErrorKind::Unauthenticated, Msg::ErrLoginFailed)
                    });
                }
                existing.id
            }
            None => {
                let name = DisplayName::parse(display_name)?;
                let password = Password::parse(password)?;
                let hash = auth::hash_password(password.expose()).map_err(internal)?;
                db::users::create(&state.pool, &email, &name, &hash)
                    .await
                    .map_err(|e| internal(e.to_string()))?
            }
        };
        if !db::invitations::take(&state.pool, inv.id)
            .await
            .map_err(internal)?
        {
            return Err(AppError::new(ErrorKind::NotFound, Msg::ErrInvitationUsed));
        }
        let role = Role::parse(&inv.role).unwrap_or(Role::Professional);
        let function = inv.function.as_deref().and_then(ProfessionalFunction::parse);
        let wijken: Vec<String> = inv
            .werkgebied
            .split(',')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        db::professionals::assign(&state.pool, user_id, role, function, inv.organisation_id, &wijken)
            .await
            .map_err(internal)?;
        crate::api::auth::start_session(&state, user_id).await?;
        // On to where their work is, welcomed there (a plain form, with or without JavaScript).
        leptos_axum::redirect(if role.works_on_ideas() {
            "/werkbank?welkom=1"
        } else {
            "/beheer?welkom=1"
        });
        Ok(())
    }
}
