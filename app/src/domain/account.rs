//! Account inputs. Emails are compared in lower case; passwords are checked for length and against a
//! short list of the most common ones (NCSC and NIST both advise a deny list over composition rules).

use crate::error::AppError;
use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

pub const PASSWORD_MIN: usize = 10;
pub const PASSWORD_MAX: usize = 256;
pub const DISPLAY_NAME_MAX: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let email = raw.trim().to_lowercase();
        let err = || AppError::invalid("email", Msg::ErrEmailInvalid);
        if email.len() > 254 || email.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(err());
        }
        let (local, domain) = email.split_once('@').ok_or_else(err)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !domain.contains("..");
        if local.is_empty() || !domain_ok {
            return Err(err());
        }
        Ok(Self(email))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        let len = name.chars().count();
        if len < 2 {
            return Err(AppError::invalid("display_name", Msg::ErrDisplayNameTooShort));
        }
        if len > DISPLAY_NAME_MAX {
            return Err(AppError::invalid("display_name", Msg::ErrDisplayNameTooLong));
        }
        if name.chars().any(char::is_control) {
            return Err(AppError::invalid("display_name", Msg::ErrControlCharacters));
        }
        if claims_a_role(&name) {
            return Err(AppError::invalid("display_name", Msg::ErrDisplayNameRole));
        }
        Ok(Self(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Words that say someone works here. A name is only a name: who works for the gemeente or a welfare
/// organisation is shown beside it, from their account, so "Ilse, ideeënmakelaar, Gemeente Den Haag"
/// typed as a resident's name would look more official than the real Ilse.
const ROLE_WORDS: [&str; 8] = [
    "ideeënmakelaar",
    "ideeenmakelaar",
    "communitybuilder",
    "opbouwwerker",
    "wijkmanager",
    "wijkagent",
    "welzijnswerker",
    "gemeente",
];

fn claims_a_role(name: &str) -> bool {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let joined_pairs = words.windows(2).map(|p| format!("{}{}", p[0], p[1]));
    words
        .iter()
        .cloned()
        .chain(joined_pairs)
        .any(|w| ROLE_WORDS.contains(&w.as_str()))
}

/// A new password that passed the rules. Deliberately not `Serialize`: it only travels inward.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

/// The most used passwords of ten characters or more, from public breach corpora, plus the obvious
/// local ones. Compared case-insensitively.
const COMMON_PASSWORDS: &[&str] = &[
    "1234567890",
    "12345678910",
    "0123456789",
    "1234567890a",
    "qwertyuiop",
    "qwertyuiop1",
    "password12",
    "password123",
    "password1234",
    "wachtwoord",
    "wachtwoord1",
    "wachtwoord12",
    "wachtwoord123",
    "welkom1234",
    "welkom12345",
    "iloveyou12",
    "abcdefghij",
    "abcdefghijk",
    "1q2w3e4r5t",
    "1qaz2wsx3edc",
    "qwerty1234",
    "qwerty12345",
    "asdfghjkl1",
    "zaq12wsx34",
    "aaaaaaaaaa",
    "1111111111",
    "0000000000",
    "9876543210",
    "denhaag123",
    "denhaag2024",
    "denhaag2025",
    "denhaag2026",
    "wijkidee123",
    "administrator",
    "letmein123",
    "football12",
    "princess12",
    "sunshine12",
    "passw0rd12",
    "p@ssw0rd12",
    "changeme123",
    "welcome123",
    "superman12",
    "trustno1234",
    "starwars12",
    "1234qwerasdf",
    "qwertyuiop123",
    "monkey1234",
];

impl Password {
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let len = raw.chars().count();
        if len < PASSWORD_MIN {
            return Err(AppError::invalid("password", Msg::ErrPasswordTooShort));
        }
        if len > PASSWORD_MAX {
            return Err(AppError::invalid("password", Msg::ErrPasswordTooLong));
        }
        let lower = raw.to_lowercase();
        if COMMON_PASSWORDS.contains(&lower.as_str()) {
            return Err(AppError::invalid("password", Msg::ErrPasswordCommon));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_cannot_claim_a_role() {
        for imitation in [
            "Ilse, ideeënmakelaar, Gemeente Den Haag",
            "Ilse (Ideeenmakelaar)",
            "Sanne community builder",
            "Community-Builder Sanne",
            "Wijkmanager Centrum",
            "Piet van de gemeente",
        ] {
            assert!(DisplayName::parse(imitation).is_err(), "{imitation}");
        }
        for name in [
            "Ilse",
            "Fatima El Amrani",
            "Joost de Vries",
            "Gemma",
            "Wijk 29 bewoners",
        ] {
            assert!(DisplayName::parse(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse(" Anna@Example.NL ").unwrap().as_str(),
            "anna@example.nl"
        );
        for bad in [
            "",
            "anna",
            "anna@",
            "@example.nl",
            "anna@nl",
            "an na@example.nl",
            "a@b@c.nl",
            "a@.nl",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords() {
        assert_eq!(
            Password::parse("kort").unwrap_err().message,
            Msg::ErrPasswordTooShort
        );
        assert_eq!(
            Password::parse("Wachtwoord123").unwrap_err().message,
            Msg::ErrPasswordCommon
        );
        assert!(Password::parse("paarse-egel-op-de-fiets").is_ok());
        assert!(!format!("{:?}", Password::parse("paarse-egel-op-de-fiets").unwrap()).contains("egel"));
    }

    #[test]
    fn display_names() {
        assert_eq!(
            DisplayName::parse("  Fatima   B. ").unwrap().as_str(),
            "Fatima B."
        );
        assert!(DisplayName::parse("A").is_err());
        assert!(DisplayName::parse(&"x".repeat(61)).is_err());
    }
}
