//! How often a resident wants notifications by mail.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmailFrequency {
    /// Each notification as its own mail, soon after it happens.
    #[default]
    Direct,
    /// One mail a day with everything since the last one.
    Daily,
    /// No mail; notifications only on the site.
    Never,
}

impl EmailFrequency {
    pub const ALL: [EmailFrequency; 3] = [
        EmailFrequency::Direct,
        EmailFrequency::Daily,
        EmailFrequency::Never,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EmailFrequency::Direct => "direct",
            EmailFrequency::Daily => "daily",
            EmailFrequency::Never => "never",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }
}
