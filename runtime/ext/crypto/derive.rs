//! `SubtleCrypto.deriveBits` (and so `deriveKey`): PBKDF2 and HKDF over a secret, ECDH
//! (P-256, P-384) and X25519 between a private key and a peer's public key.

use deno_core::op2;
use hkdf::Hkdf;
use sha1::Sha1;
use sha2::{Sha256, Sha384, Sha512};

use crate::error::CryptoError;
use crate::keys::{operation_error, seed, with_curve};
use crate::sign::with_hash;

/// What a derivation needs besides the base key.
pub struct Derivation<'a> {
    /// "PBKDF2", "HKDF", "ECDH" or "X25519".
    pub algorithm: &'a str,
    /// PBKDF2's and HKDF's hash.
    pub hash: &'a str,
    /// ECDH's curve.
    pub curve: &'a str,
    /// The salt (PBKDF2, HKDF) or the peer's public key (ECDH, X25519).
    pub salt_or_peer: &'a [u8],
    /// HKDF's info.
    pub info: &'a [u8],
    /// PBKDF2's iteration count.
    pub iterations: u32,
}

/// `length` bits derived from `key`; a `length` of zero asks ECDH and X25519 for the
/// whole shared secret.
#[op2]
#[buffer]
#[allow(clippy::too_many_arguments)]
pub fn op_crypto_derive_bits(
    #[string] algorithm: &str,
    #[string] hash: &str,
    #[string] curve: &str,
    #[buffer] key: &[u8],
    #[buffer] salt_or_peer: &[u8],
    #[buffer] info: &[u8],
    iterations: u32,
    length: u32,
) -> Result<Vec<u8>, CryptoError> {
    let derivation = Derivation {
        algorithm,
        hash,
        curve,
        salt_or_peer,
        info,
        iterations,
    };
    derive_bits(&derivation, key, length)
}

pub fn derive_bits(
    derivation: &Derivation,
    key: &[u8],
    length: u32,
) -> Result<Vec<u8>, CryptoError> {
    let bytes = length as usize / 8;
    match derivation.algorithm {
        "PBKDF2" => {
            if derivation.iterations == 0 {
                return Err(CryptoError::Operation(
                    "PBKDF2 needs at least one iteration".into(),
                ));
            }
            let mut out = vec![0; bytes];
            with_hash!(derivation.hash, H => {
                pbkdf2::pbkdf2_hmac::<H>(key, derivation.salt_or_peer, derivation.iterations, &mut out);
                Ok(())
            })?;
            Ok(out)
        }
        "HKDF" => {
            let mut out = vec![0; bytes];
            with_hash!(derivation.hash, H => {
                Hkdf::<H>::new(Some(derivation.salt_or_peer), key)
                    .expand(derivation.info, &mut out)
                    .map_err(|_| CryptoError::Operation(format!(
                        "HKDF with {} cannot derive {length} bits", derivation.hash
                    )))
            })?;
            Ok(out)
        }
        "ECDH" => {
            let secret = with_curve!(derivation.curve, c => {
                let private = c::SecretKey::from_slice(key).map_err(operation_error)?;
                let peer = c::PublicKey::from_sec1_bytes(derivation.salt_or_peer)
                    .map_err(operation_error)?;
                let shared = c::ecdh::diffie_hellman(private.to_nonzero_scalar(), peer.as_affine());
                Ok::<_, CryptoError>(shared.raw_secret_bytes().to_vec())
            })?;
            truncate(secret, length)
        }
        "X25519" => {
            let private = x25519_dalek::StaticSecret::from(seed(key)?);
            let peer = x25519_dalek::PublicKey::from(seed(derivation.salt_or_peer)?);
            let shared = private.diffie_hellman(&peer);
            if !shared.was_contributory() {
                return Err(CryptoError::Operation(
                    "the peer's key is a small-order point; the shared secret would be zero".into(),
                ));
            }
            truncate(shared.as_bytes().to_vec(), length)
        }
        other => Err(CryptoError::NotSupported(format!(
            "{other} cannot derive bits"
        ))),
    }
}

/// The first `length` bits of a shared secret (all of it for zero), the bits past the
/// last whole byte cleared.
fn truncate(mut secret: Vec<u8>, length: u32) -> Result<Vec<u8>, CryptoError> {
    if length == 0 {
        return Ok(secret);
    }
    let length = length as usize;
    if length > secret.len() * 8 {
        return Err(CryptoError::Operation(format!(
            "the shared secret has {} bits, fewer than the {length} asked for",
            secret.len() * 8
        )));
    }
    secret.truncate(length.div_ceil(8));
    if !length.is_multiple_of(8) {
        let last = secret.len() - 1;
        secret[last] &= 0xffu8 << (8 - length % 8);
    }
    Ok(secret)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::{generate, public_of};

    fn derivation<'a>(algorithm: &'a str, curve: &'a str, peer: &'a [u8]) -> Derivation<'a> {
        Derivation {
            algorithm,
            hash: "SHA-256",
            curve,
            salt_or_peer: peer,
            info: b"",
            iterations: 1,
        }
    }

    #[test]
    fn pbkdf2_matches_rfc_7914() {
        let d = Derivation {
            iterations: 1,
            ..derivation("PBKDF2", "", b"salt")
        };
        let out = derive_bits(&d, b"passwd", 512).unwrap();
        let hex: String = out.iter().map(|b| format!("{b:02x}")).collect();
        assert!(hex.starts_with("55ac046e56e3089fec1691c22544b605"));
    }

    #[test]
    fn both_sides_of_a_key_agreement_derive_the_same_secret() {
        for (algorithm, kind, curve) in [
            ("ECDH", "ec", "P-256"),
            ("ECDH", "ec", "P-384"),
            ("X25519", "x25519", ""),
        ] {
            let a = generate(kind, curve, 0, &[]).unwrap();
            let b = generate(kind, curve, 0, &[]).unwrap();
            let a_public = public_of(kind, curve, &a).unwrap();
            let b_public = public_of(kind, curve, &b).unwrap();
            let ab = derive_bits(&derivation(algorithm, curve, &b_public), &a, 0).unwrap();
            let ba = derive_bits(&derivation(algorithm, curve, &a_public), &b, 0).unwrap();
            assert_eq!(ab, ba);
            let short = derive_bits(&derivation(algorithm, curve, &b_public), &a, 12).unwrap();
            assert_eq!(short, vec![ab[0], ab[1] & 0xf0]);
        }
    }
}
