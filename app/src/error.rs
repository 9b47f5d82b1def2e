//! One error type for everything a server function can answer, each kind with its HTTP status.
//!
//! The message is a translation key, never free text: the browser shows it in the reader's language,
//! and internal details (SQL errors, file paths) cannot leak because there is no field to put them in.
//! Internal failures are logged on the server and reach the user as `Msg::ErrInternal`.
//! On the wire an error is JSON; `server/src/security` reads its `kind` to set the response status,
//! because server_fn itself answers every error with 500.

use crate::i18n::{self, Msg};
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// 400: the input does not parse into a domain value, or the request is malformed.
    Invalid,
    /// 401: this needs a logged-in user.
    Unauthenticated,
    /// 403: logged in, but not allowed; also a cross-site request.
    Forbidden,
    /// 404: no such idea, ward or page.
    NotFound,
    /// 409: conflicts with what is stored (an email already registered).
    Conflict,
    /// 429: too many attempts; try again later.
    TooManyRequests,
    /// 500: our fault; details are in the server log only.
    Internal,
}

impl ErrorKind {
    pub fn status(self) -> u16 {
        match self {
            ErrorKind::Invalid => 400,
            ErrorKind::Unauthenticated => 401,
            ErrorKind::Forbidden => 403,
            ErrorKind::NotFound => 404,
            ErrorKind::Conflict => 409,
            ErrorKind::TooManyRequests => 429,
            ErrorKind::Internal => 500,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[error("{}", self.said())]
pub struct AppError {
    pub kind: ErrorKind,
    pub message: Msg,
    /// The form field the message belongs to, so the form can put it beside that field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The message in the caller's language (for API clients, and for the islands, which show a
    /// server's answer as it was worded rather than carry every error's text).
    #[serde(default)]
    pub text: String,
}

impl AppError {
    pub fn new(kind: ErrorKind, message: Msg) -> Self {
        Self {
            kind,
            message,
            field: None,
            text: i18n::t(message).to_owned(),
        }
    }

    pub fn invalid(field: &str, message: Msg) -> Self {
        Self {
            field: Some(field.to_owned()),
            ..Self::new(ErrorKind::Invalid, message)
        }
    }

    pub fn not_found() -> Self {
        Self::new(ErrorKind::NotFound, Msg::ErrNotFound)
    }

    pub fn unauthenticated() -> Self {
        Self::new(ErrorKind::Unauthenticated, Msg::ErrLoginRequired)
    }

    pub fn internal() -> Self {
        Self::new(ErrorKind::Internal, Msg::ErrInternal)
    }

    /// The same error with its `text` in `locale` (for answers worded outside a request's context).
    #[must_use]
    pub fn worded_in(mut self, locale: i18n::Locale) -> Self {
        self.text = i18n::text(locale, self.message).to_owned();
        self
    }

    /// What the reader is told: the text it came with, else its key's text here.
    fn said(&self) -> &str {
        if self.text.is_empty() {
            i18n::t(self.message)
        } else {
            &self.text
        }
    }

    /// Whether this error belongs to the given form field.
    pub fn is_for(&self, field: &str) -> bool {
        self.field.as_deref() == Some(field)
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::Deserialization(_)
            | ServerFnErrorErr::MissingArg(_) => Self::new(ErrorKind::Invalid, Msg::ErrMalformedRequest),
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => {
                Self::new(ErrorKind::Internal, Msg::ErrNetwork)
            }
            _ => Self::internal(),
        }
    }
}
