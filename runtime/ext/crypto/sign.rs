//! `SubtleCrypto.sign` and `verify`: HMAC, ECDSA (P-256, P-384), Ed25519,
//! RSASSA-PKCS1-v1_5 and RSA-PSS, each with the hash its algorithm names.

use deno_core::op2;
use hmac::{Hmac, Mac};
use rand_core::OsRng;
use sha1::Sha1;
use sha2::{Sha256, Sha384, Sha512};

use crate::error::CryptoError;
use crate::keys::{operation_error, rsa_private, rsa_public, seed, with_curve};
use crate::ops::digest;

/// What a signature is made with, besides the key and the data.
pub struct Scheme<'a> {
    /// "HMAC", "ECDSA", "Ed25519", "RSASSA-PKCS1-v1_5" or "RSA-PSS".
    pub algorithm: &'a str,
    /// "SHA-1", "SHA-256", "SHA-384" or "SHA-512" (unused by Ed25519).
    pub hash: &'a str,
    /// ECDSA's curve.
    pub curve: &'a str,
    /// RSA-PSS's salt length in bytes.
    pub salt_length: u32,
}

/// The signature of `data` under `key` (x's key form; see `keys.rs`).
#[op2]
#[buffer]
pub fn op_crypto_sign(
    #[string] algorithm: &str,
    #[string] hash: &str,
    #[string] curve: &str,
    salt_length: u32,
    #[buffer] key: &[u8],
    #[buffer] data: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let scheme = Scheme {
        algorithm,
        hash,
        curve,
        salt_length,
    };
    sign(&scheme, key, data)
}

/// Whether `signature` is `data`'s under `key`. A malformed signature is `false`, not an
/// error, as the spec says.
#[op2(fast)]
pub fn op_crypto_verify(
    #[string] algorithm: &str,
    #[string] hash: &str,
    #[string] curve: &str,
    salt_length: u32,
    #[buffer] key: &[u8],
    #[buffer] data: &[u8],
    #[buffer] signature: &[u8],
) -> Result<bool, CryptoError> {
    let scheme = Scheme {
        algorithm,
        hash,
        curve,
        salt_length,
    };
    verify(&scheme, key, data, signature)
}

/// Runs `$body` with `$digest` bound to the RustCrypto type of the hash `$name`.
macro_rules! with_hash {
    ($name:expr, $digest:ident => $body:expr) => {
        match $name {
            "SHA-1" => {
                type $digest = Sha1;
                $body
            }
            "SHA-256" => {
                type $digest = Sha256;
                $body
            }
            "SHA-384" => {
                type $digest = Sha384;
                $body
            }
            "SHA-512" => {
                type $digest = Sha512;
                $body
            }
            other => Err(CryptoError::NotSupported(format!("unknown hash {other}"))),
        }
    };
}
pub(crate) use with_hash;

pub fn sign(scheme: &Scheme, key: &[u8], data: &[u8]) -> Result<Vec<u8>, CryptoError> {
    use rsa::signature::{RandomizedSigner, SignatureEncoding, Signer};
    match scheme.algorithm {
        "HMAC" => with_hash!(scheme.hash, H => {
            let mut mac = Hmac::<H>::new_from_slice(key).map_err(operation_error)?;
            mac.update(data);
            Ok(mac.finalize().into_bytes().to_vec())
        }),
        "ECDSA" => {
            let prehash = digest(scheme.hash, data)?;
            with_curve!(scheme.curve, c => {
                use c::ecdsa::signature::hazmat::PrehashSigner;
                let signer = c::ecdsa::SigningKey::from_slice(key).map_err(operation_error)?;
                let signature: c::ecdsa::Signature =
                    signer.sign_prehash(&prehash).map_err(operation_error)?;
                Ok(signature.to_bytes().to_vec())
            })
        }
        "Ed25519" => {
            let signer = ed25519_dalek::SigningKey::from_bytes(&seed(key)?);
            Ok(signer.sign(data).to_bytes().to_vec())
        }
        "RSASSA-PKCS1-v1_5" => with_hash!(scheme.hash, H => {
            let signer = rsa::pkcs1v15::SigningKey::<H>::new(rsa_private(key)?);
            Ok(signer.try_sign(data).map_err(operation_error)?.to_vec())
        }),
        "RSA-PSS" => with_hash!(scheme.hash, H => {
            let signer = rsa::pss::SigningKey::<H>::new_with_salt_len(
                rsa_private(key)?,
                scheme.salt_length as usize,
            );
            Ok(signer
                .try_sign_with_rng(&mut OsRng, data)
                .map_err(operation_error)?
                .to_vec())
        }),
        other => Err(CryptoError::NotSupported(format!("{other} cannot sign"))),
    }
}

pub fn verify(
    scheme: &Scheme,
    key: &[u8],
    data: &[u8],
    signature: &[u8],
) -> Result<bool, CryptoError> {
    use rsa::signature::Verifier;
    match scheme.algorithm {
        "HMAC" => with_hash!(scheme.hash, H => {
            let mut mac = Hmac::<H>::new_from_slice(key).map_err(operation_error)?;
            mac.update(data);
            // verify_slice compares in constant time.
            Ok(mac.verify_slice(signature).is_ok())
        }),
        "ECDSA" => {
            let prehash = digest(scheme.hash, data)?;
            with_curve!(scheme.curve, c => {
                use c::ecdsa::signature::hazmat::PrehashVerifier;
                let verifier =
                    c::ecdsa::VerifyingKey::from_sec1_bytes(key).map_err(operation_error)?;
                let Ok(signature) = c::ecdsa::Signature::from_slice(signature) else {
                    return Ok(false);
                };
                Ok(verifier.verify_prehash(&prehash, &signature).is_ok())
            })
        }
        "Ed25519" => {
            let verifier =
                ed25519_dalek::VerifyingKey::from_bytes(&seed(key)?).map_err(operation_error)?;
            let Ok(signature) = ed25519_dalek::Signature::from_slice(signature) else {
                return Ok(false);
            };
            Ok(verifier.verify(data, &signature).is_ok())
        }
        "RSASSA-PKCS1-v1_5" => with_hash!(scheme.hash, H => {
            let verifier = rsa::pkcs1v15::VerifyingKey::<H>::new(rsa_public(key)?);
            let Ok(signature) = rsa::pkcs1v15::Signature::try_from(signature) else {
                return Ok(false);
            };
            Ok(verifier.verify(data, &signature).is_ok())
        }),
        "RSA-PSS" => with_hash!(scheme.hash, H => {
            let verifier = rsa::pss::VerifyingKey::<H>::new_with_salt_len(
                rsa_public(key)?,
                scheme.salt_length as usize,
            );
            let Ok(signature) = rsa::pss::Signature::try_from(signature) else {
                return Ok(false);
            };
            Ok(verifier.verify(data, &signature).is_ok())
        }),
        other => Err(CryptoError::NotSupported(format!("{other} cannot verify"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::{generate, public_of};

    fn scheme<'a>(algorithm: &'a str, hash: &'a str, curve: &'a str) -> Scheme<'a> {
        Scheme {
            algorithm,
            hash,
            curve,
            salt_length: 32,
        }
    }

    #[test]
    fn hmac_matches_rfc_4231_case_2() {
        let s = scheme("HMAC", "SHA-256", "");
        let tag = sign(&s, b"Jefe", b"what do ya want for nothing?").unwrap();
        let hex: String = tag.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert!(verify(&s, b"Jefe", b"what do ya want for nothing?", &tag).unwrap());
        assert!(!verify(&s, b"Jefe", b"what do ya want for something?", &tag).unwrap());
    }

    #[test]
    fn signatures_verify_with_the_public_key_only() {
        for (algorithm, kind, curve) in [
            ("ECDSA", "ec", "P-256"),
            ("ECDSA", "ec", "P-384"),
            ("Ed25519", "ed25519", ""),
        ] {
            let private = generate(kind, curve, 0, &[]).unwrap();
            let public = public_of(kind, curve, &private).unwrap();
            let s = scheme(algorithm, "SHA-384", curve);
            let signature = sign(&s, &private, b"data").unwrap();
            assert!(
                verify(&s, &public, b"data", &signature).unwrap(),
                "{algorithm} {curve}"
            );
            assert!(!verify(&s, &public, b"other", &signature).unwrap());
            assert!(!verify(&s, &public, b"data", &signature[1..]).unwrap());
        }
    }
}
