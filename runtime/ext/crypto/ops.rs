//! The ops behind `crypto`: fill a buffer with OS randomness, a random (v4) UUID, and one
//! digest of a byte string.

use deno_core::op2;
use deno_error::JsErrorBox;
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha384, Sha512};

use crate::error::CryptoError;

/// Fills `buf` (the bytes of an integer typed array, at most 65536 of them; the JS side
/// checks the type and the length) with random bytes from the OS.
#[op2(fast)]
pub fn op_crypto_get_random_values(#[buffer] buf: &mut [u8]) -> Result<(), JsErrorBox> {
    getrandom::getrandom(buf)
        .map_err(|e| JsErrorBox::generic(format!("the OS gave no random bytes: {e}")))
}

/// A random UUID (version 4), in its lowercase hyphenated form.
#[op2]
#[string]
pub fn op_crypto_random_uuid() -> Result<String, JsErrorBox> {
    random_uuid()
}

fn random_uuid() -> Result<String, JsErrorBox> {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes)
        .map_err(|e| JsErrorBox::generic(format!("the OS gave no random bytes: {e}")))?;
    Ok(uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .hyphenated()
        .to_string())
}

/// The digest of `data` with `algorithm` (a normalized name: "SHA-1", "SHA-256", ...).
#[op2]
#[buffer]
pub fn op_crypto_digest(
    #[string] algorithm: &str,
    #[buffer] data: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    digest(algorithm, data)
}

pub(crate) fn digest(algorithm: &str, data: &[u8]) -> Result<Vec<u8>, CryptoError> {
    Ok(match algorithm {
        "SHA-1" => Sha1::digest(data).to_vec(),
        "SHA-256" => Sha256::digest(data).to_vec(),
        "SHA-384" => Sha384::digest(data).to_vec(),
        "SHA-512" => Sha512::digest(data).to_vec(),
        other => {
            return Err(CryptoError::NotSupported(format!(
                "Unrecognized algorithm name: {other}"
            )))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digests() {
        let hex = |b: Vec<u8>| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        assert_eq!(
            hex(digest("SHA-256", b"abc").unwrap()),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            hex(digest("SHA-1", b"abc").unwrap()),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
    }

    #[test]
    fn uuids_are_version_4() {
        let id = random_uuid().unwrap();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert_ne!(id, random_uuid().unwrap());
    }
}
