//! A comment's text: 1–2000 characters after trimming, line breaks kept, invisible control characters
//! refused. Stored as typed, shown escaped; only links become markup (see `linkify`).

use crate::error::AppError;
use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

pub const COMMENT_MAX: usize = 2000;

/// How long an author may still change a comment after placing it.
pub const EDIT_WINDOW_SECONDS: i64 = 15 * 60;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentBody(String);

impl CommentBody {
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let text = raw.trim().replace("\r\n", "\n");
        if text.is_empty() {
            return Err(AppError::invalid("body", Msg::ErrCommentEmpty));
        }
        if text.chars().count() > COMMENT_MAX {
            return Err(AppError::invalid("body", Msg::ErrCommentTooLong));
        }
        if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            return Err(AppError::invalid("body", Msg::ErrControlCharacters));
        }
        Ok(Self(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_count_characters_after_trimming() {
        assert_eq!(
            CommentBody::parse("  \n ").unwrap_err().message,
            Msg::ErrCommentEmpty
        );
        assert!(CommentBody::parse("j").is_ok());
        assert!(CommentBody::parse(&"ë".repeat(2000)).is_ok());
        assert_eq!(
            CommentBody::parse(&"ë".repeat(2001)).unwrap_err().message,
            Msg::ErrCommentTooLong
        );
        assert!(CommentBody::parse("a\u{7}b").is_err());
        assert_eq!(CommentBody::parse(" a\r\nb ").unwrap().as_str(), "a\nb");
    }
}
