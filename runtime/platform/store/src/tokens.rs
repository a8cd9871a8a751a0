//! API token secrets: 256 random bits from the operating system, shown to the user once
//! as `xpt_<base64url>`, kept only as their SHA-256. A plain (unsalted, fast) hash is
//! enough here: the secrets are uniformly random, so there is nothing to guess from a
//! leaked hash, and lookups stay one indexed query.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The prefix makes tokens recognisable to secret scanners and to people.
pub const TOKEN_PREFIX: &str = "xpt_";

/// A token's secret. Not `Debug`/`Display` on purpose: it should only be printed once,
/// deliberately, through [`TokenSecret::expose`].
pub struct TokenSecret(String);

impl TokenSecret {
    pub fn generate() -> TokenSecret {
        let mut bytes = [0u8; 32];
        getrandom::getrandom(&mut bytes).expect("the operating system's random source failed");
        TokenSecret(format!(
            "{TOKEN_PREFIX}{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
        ))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn hash(&self) -> String {
        hash_secret(&self.0)
    }
}

/// The form a secret is stored and looked up in: lower-case hex SHA-256.
pub fn hash_secret(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_long_random_and_hashed() {
        let a = TokenSecret::generate();
        let b = TokenSecret::generate();
        assert_ne!(a.expose(), b.expose());
        assert!(a.expose().starts_with(TOKEN_PREFIX));
        // 32 bytes -> 43 base64url characters.
        assert_eq!(a.expose().len(), TOKEN_PREFIX.len() + 43);
        assert_eq!(a.hash().len(), 64);
        assert_eq!(a.hash(), hash_secret(a.expose()));
        assert_ne!(a.hash(), b.hash());
    }
}
