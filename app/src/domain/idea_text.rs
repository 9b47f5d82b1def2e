//! The texts of an idea. Length is counted in characters (not bytes), after trimming, because that is
//! what a resident sees. Text is stored as typed and always escaped on output: there is no HTML to
//! sanitise, so `<script>` in a title is just a title with a strange word in it.

use crate::error::AppError;
use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

pub const TITLE_MIN: usize = 5;
pub const TITLE_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 4000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaTitle(String);

impl IdeaTitle {
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let text = normalise_line(raw);
        let len = text.chars().count();
        if len == 0 {
            return Err(AppError::invalid("title", Msg::ErrTitleEmpty));
        }
        if len < TITLE_MIN {
            return Err(AppError::invalid("title", Msg::ErrTitleTooShort));
        }
        if len > TITLE_MAX {
            return Err(AppError::invalid("title", Msg::ErrTitleTooLong));
        }
        Ok(Self(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaDescription(String);

impl IdeaDescription {
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let text = raw.trim().replace("\r\n", "\n");
        if text.is_empty() {
            return Err(AppError::invalid("description", Msg::ErrDescriptionEmpty));
        }
        if text.chars().count() > DESCRIPTION_MAX {
            return Err(AppError::invalid("description", Msg::ErrDescriptionTooLong));
        }
        if text.chars().any(is_forbidden_control) {
            return Err(AppError::invalid("description", Msg::ErrControlCharacters));
        }
        Ok(Self(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A one-line text: inner runs of whitespace (including newlines) become one space.
fn normalise_line(raw: &str) -> String {
    raw.split_whitespace()
        .filter(|w| !w.chars().any(is_forbidden_control))
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_forbidden_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// A written text's paragraphs, as pages show them: split at blank lines, trimmed, empty ones
/// dropped (single line breaks stay inside a paragraph).
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_trimmed_and_whitespace_collapsed() {
        let t = IdeaTitle::parse("  Meer   bankjes\nin het park ").unwrap();
        assert_eq!(t.as_str(), "Meer bankjes in het park");
    }

    #[test]
    fn title_length_bounds_count_characters() {
        assert!(IdeaTitle::parse("abcd").is_err());
        assert!(IdeaTitle::parse("abcde").is_ok());
        assert!(IdeaTitle::parse(&"é".repeat(120)).is_ok());
        assert!(IdeaTitle::parse(&"é".repeat(121)).is_err());
        assert_eq!(IdeaTitle::parse("   ").unwrap_err().message, Msg::ErrTitleEmpty);
    }

    #[test]
    fn markup_is_kept_as_text() {
        let t = IdeaTitle::parse("<script>alert(1)</script>").unwrap();
        assert_eq!(t.as_str(), "<script>alert(1)</script>");
    }

    #[test]
    fn description_bounds() {
        assert!(IdeaDescription::parse("").is_err());
        assert!(IdeaDescription::parse(&"a".repeat(4000)).is_ok());
        assert!(IdeaDescription::parse(&"a".repeat(4001)).is_err());
        assert!(IdeaDescription::parse("hallo\u{0}wereld").is_err());
        assert_eq!(IdeaDescription::parse(" a\r\nb ").unwrap().as_str(), "a\nb");
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        assert_eq!(
            paragraphs("Eerste regel\ntweede regel\n\n\n\n  Tweede alinea  \n\n"),
            ["Eerste regel\ntweede regel", "Tweede alinea"]
        );
        assert!(paragraphs(" \n\n ").is_empty());
    }
}
