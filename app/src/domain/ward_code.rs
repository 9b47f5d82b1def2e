//! CBS ward codes: `WK` + 6 digits for a wijk (gemeentecode 4 + wijk 2), `BU` + 8 digits for a buurt.
//! Parsing them before any lookup means a bad code in a URL is a clean 404, never a query with junk.

use crate::error::AppError;
use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WardLevel {
    Wijk,
    Buurt,
}

impl WardLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            WardLevel::Wijk => "wijk",
            WardLevel::Buurt => "buurt",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "wijk" => Some(WardLevel::Wijk),
            "buurt" => Some(WardLevel::Buurt),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct WardCode(String);

impl WardCode {
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let code = raw.trim().to_ascii_uppercase();
        let valid = match code.get(..2) {
            Some("WK") => code.len() == 8,
            Some("BU") => code.len() == 10,
            _ => false,
        } && code[2..].bytes().all(|b| b.is_ascii_digit());
        if valid {
            Ok(Self(code))
        } else {
            Err(AppError::invalid("ward", Msg::ErrWardCodeInvalid))
        }
    }

    pub fn level(&self) -> WardLevel {
        if self.0.starts_with("WK") {
            WardLevel::Wijk
        } else {
            WardLevel::Buurt
        }
    }

    /// The wijk a buurt belongs to: CBS buurt codes extend their wijk's code by two digits.
    pub fn wijk(&self) -> WardCode {
        match self.level() {
            WardLevel::Wijk => self.clone(),
            WardLevel::Buurt => WardCode(format!("WK{}", &self.0[2..8])),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for WardCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_wijk_and_buurt_codes() {
        let wk = WardCode::parse("wk051829").unwrap();
        assert_eq!(wk.as_str(), "WK051829");
        assert_eq!(wk.level(), WardLevel::Wijk);
        let bu = WardCode::parse("BU05182901").unwrap();
        assert_eq!(bu.level(), WardLevel::Buurt);
        assert_eq!(bu.wijk(), wk);
    }

    #[test]
    fn refuses_malformed_codes() {
        for bad in [
            "",
            "WK",
            "WK05182",
            "WK0518290",
            "BU051829",
            "XX051829",
            "WK05182A",
            "WK05182é",
        ] {
            assert!(WardCode::parse(bad).is_err(), "{bad}");
        }
    }
}
