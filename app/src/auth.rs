//! Passwords and session tokens (server only).
//!
//! Passwords are hashed with argon2id at the crate's defaults (OWASP's minimum: 19 MiB, 2 passes).
//! A session token is 32 random bytes shown to the browser once, in an HttpOnly cookie; the database
//! keeps its SHA-256. A login always runs one argon2 verification, also for unknown emails, so the
//! answer time does not tell whether an account exists.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub const SESSION_COOKIE: &str = "wijkidee_sessie";

pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A hash to verify against when the email is unknown, so both paths cost the same.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("not-a-real-password-at-all").unwrap_or_default())
}

pub fn new_session_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub fn session_cookie(token: &str, secure: bool) -> String {
    let max_age = crate::db::sessions::SESSION_DAYS * 86_400;
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}")
}

pub fn clear_session_cookie(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}")
}

/// The session token from a `Cookie` header, if any.
pub fn token_from_cookie_header(header: &str) -> Option<&str> {
    cookie_value(header, SESSION_COOKIE).filter(|v| !v.is_empty())
}

/// One cookie's value from a `Cookie` header (`a=1; b=2`): the one place that reads that header.
pub fn cookie_value<'h>(header: &'h str, name: &str) -> Option<&'h str> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// Whether the host a request was addressed to is this machine (then `Secure` cookies would be lost
/// on plain http).
pub fn is_local_host(host: &str) -> bool {
    let name = host.rsplit_once(':').map_or(host, |(h, port)| {
        if port.bytes().all(|b| b.is_ascii_digit()) {
            h
        } else {
            host
        }
    });
    matches!(name, "localhost" | "127.0.0.1" | "[::1]") || name.ends_with(".localhost")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_against_their_own_hash() {
        let hash = hash_password("paarse-egel-op-de-fiets").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("paarse-egel-op-de-fiets", &hash));
        assert!(!verify_password("paarse-egel-op-de-fiets!", &hash));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn cookies() {
        assert_eq!(
            token_from_cookie_header("a=1; wijkidee_sessie=abc; b=2"),
            Some("abc")
        );
        assert_eq!(token_from_cookie_header("wijkidee_sessie="), None);
        assert!(session_cookie("t", true).contains("; Secure"));
        assert!(session_cookie("t", false).contains("HttpOnly; SameSite=Lax"));
        assert_ne!(new_session_token(), new_session_token());
        assert!(
            is_local_host("127.0.0.1:3000")
                && is_local_host("localhost")
                && !is_local_host("wijkidee.denhaag.nl")
        );
    }
}
