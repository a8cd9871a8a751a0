//! Key material: making, importing and exporting the keys of SubtleCrypto.
//!
//! JS keeps each `CryptoKey`'s material as bytes in an internal slot and hands them back
//! to the ops on every use, so no key lives in a Rust table a tenant could reach or leak.
//! The bytes are, by kind:
//! - `secret` (HMAC, AES, PBKDF2, HKDF): the raw key;
//! - `ec` (ECDSA, ECDH on P-256/P-384): the private scalar, or the public point in its
//!   uncompressed SEC1 form;
//! - `ed25519`, `x25519`: the 32-byte private seed, or the 32-byte public key;
//! - `rsa`: the PKCS#1 DER of the private or the public key.
//!
//! Formats outside that form (SPKI, PKCS#8, JWK, raw points) are converted here, with the
//! RustCrypto crates' encoders; none of the ASN.1 is written by hand.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use deno_core::op2;
use p256::elliptic_curve::sec1::ToEncodedPoint;
use pkcs8::der::asn1::OctetStringRef;
use pkcs8::der::{Decode, Encode};
use pkcs8::{DecodePrivateKey, EncodePrivateKey, ObjectIdentifier, PrivateKeyInfo};
use rand_core::OsRng;
use rsa::pkcs1::{
    DecodeRsaPrivateKey, DecodeRsaPublicKey, EncodeRsaPrivateKey, EncodeRsaPublicKey,
};
use rsa::traits::{PrivateKeyParts, PublicKeyParts};
use rsa::{BigUint, RsaPrivateKey, RsaPublicKey};
use serde::{Deserialize, Serialize};
use spki::{DecodePublicKey, EncodePublicKey, SubjectPublicKeyInfoRef};

use crate::error::CryptoError;

const X25519_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.110");
const ED25519_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.112");

/// The components of a JSON Web Key that x reads or writes, base64url without padding.
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Jwk {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub k: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub x: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub y: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub d: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub e: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dp: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dq: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qi: Option<String>,
}

/// A new private key: `curve` names the EC curve; `modulus_length` and `public_exponent`
/// are RSA's.
#[op2]
#[buffer]
pub fn op_crypto_generate_key(
    #[string] kind: &str,
    #[string] curve: &str,
    modulus_length: u32,
    #[buffer] public_exponent: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    generate(kind, curve, modulus_length, public_exponent)
}

/// The public half of a private key, in the same form.
#[op2]
#[buffer]
pub fn op_crypto_public_key(
    #[string] kind: &str,
    #[string] curve: &str,
    #[buffer] private: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    public_of(kind, curve, private)
}

/// A key imported from `format` ("raw", "spki" or "pkcs8"), in x's form. Raw and SPKI
/// give public keys (or secrets), PKCS#8 private ones.
#[op2]
#[buffer]
pub fn op_crypto_import_key(
    #[string] kind: &str,
    #[string] curve: &str,
    #[string] format: &str,
    #[buffer] data: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    import(kind, curve, format, data)
}

/// A key imported from a JWK's components; private when it has `d`.
#[op2]
#[buffer]
pub fn op_crypto_import_jwk(
    #[string] kind: &str,
    #[string] curve: &str,
    #[serde] jwk: Jwk,
) -> Result<Vec<u8>, CryptoError> {
    import_jwk(kind, curve, &jwk)
}

/// A key exported to `format` ("raw", "spki" or "pkcs8").
#[op2]
#[buffer]
pub fn op_crypto_export_key(
    #[string] kind: &str,
    #[string] curve: &str,
    #[string] format: &str,
    private: bool,
    #[buffer] material: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    export(kind, curve, format, private, material)
}

/// A key's JWK components (JS adds `kty`, `alg`, `ext`, `key_ops`).
#[op2]
#[serde]
pub fn op_crypto_export_jwk(
    #[string] kind: &str,
    #[string] curve: &str,
    private: bool,
    #[buffer] material: &[u8],
) -> Result<Jwk, CryptoError> {
    export_jwk(kind, curve, private, material)
}

/// Calls `$body` with `$curve` bound to the `p256` or `p384` module.
macro_rules! with_curve {
    ($name:expr, $curve:ident => $body:expr) => {
        match $name {
            "P-256" => {
                use p256 as $curve;
                $body
            }
            "P-384" => {
                use p384 as $curve;
                $body
            }
            other => Err(CryptoError::NotSupported(format!(
                "the curve {other} is not supported (P-256 and P-384 are)"
            ))),
        }
    };
}
pub(crate) use with_curve;

pub fn generate(
    kind: &str,
    curve: &str,
    modulus_length: u32,
    public_exponent: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    match kind {
        "ec" => with_curve!(curve, c => Ok(c::SecretKey::random(&mut OsRng).to_bytes().to_vec())),
        "ed25519" => Ok(ed25519_dalek::SigningKey::generate(&mut OsRng)
            .to_bytes()
            .to_vec()),
        "x25519" => Ok(x25519_dalek::StaticSecret::random_from_rng(OsRng)
            .to_bytes()
            .to_vec()),
        "rsa" => {
            let exponent = BigUint::from_bytes_be(public_exponent);
            if exponent != BigUint::from(3u32) && exponent != BigUint::from(65537u32) {
                return Err(CryptoError::Operation(
                    "the public exponent must be 3 or 65537".into(),
                ));
            }
            if !(1024..=16384).contains(&modulus_length) || !modulus_length.is_multiple_of(8) {
                return Err(CryptoError::Operation(format!(
                    "a modulus length of {modulus_length} bits is not supported \
                     (a multiple of 8 from 1024 to 16384 is)"
                )));
            }
            let key = RsaPrivateKey::new_with_exp(&mut OsRng, modulus_length as usize, &exponent)
                .map_err(|e| CryptoError::Operation(e.to_string()))?;
            rsa_private_der(&key)
        }
        other => Err(CryptoError::NotSupported(format!(
            "cannot generate {other} keys"
        ))),
    }
}

pub fn public_of(kind: &str, curve: &str, private: &[u8]) -> Result<Vec<u8>, CryptoError> {
    match kind {
        "ec" => with_curve!(curve, c => {
            let secret = c::SecretKey::from_slice(private).map_err(data_error)?;
            Ok(secret.public_key().to_encoded_point(false).as_bytes().to_vec())
        }),
        "ed25519" => Ok(ed25519_dalek::SigningKey::from_bytes(&seed(private)?)
            .verifying_key()
            .to_bytes()
            .to_vec()),
        "x25519" => Ok(
            x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(seed(private)?))
                .to_bytes()
                .to_vec(),
        ),
        "rsa" => {
            let key = RsaPrivateKey::from_pkcs1_der(private).map_err(data_error)?;
            rsa_public_der(&key.to_public_key())
        }
        other => Err(CryptoError::NotSupported(format!(
            "{other} keys have no public half"
        ))),
    }
}

pub fn import(kind: &str, curve: &str, format: &str, data: &[u8]) -> Result<Vec<u8>, CryptoError> {
    match (kind, format) {
        ("secret", "raw") => Ok(data.to_vec()),
        ("ec", "raw") => with_curve!(curve, c => {
            let key = c::PublicKey::from_sec1_bytes(data).map_err(data_error)?;
            Ok(key.to_encoded_point(false).as_bytes().to_vec())
        }),
        ("ec", "spki") => with_curve!(curve, c => {
            let key = c::PublicKey::from_public_key_der(data).map_err(data_error)?;
            Ok(key.to_encoded_point(false).as_bytes().to_vec())
        }),
        ("ec", "pkcs8") => with_curve!(curve, c => {
            let key = c::SecretKey::from_pkcs8_der(data).map_err(data_error)?;
            Ok(key.to_bytes().to_vec())
        }),
        ("ed25519" | "x25519", "raw") => Ok(seed(data)?.to_vec()),
        ("ed25519" | "x25519", "spki") => {
            let info = SubjectPublicKeyInfoRef::from_der(data).map_err(data_error)?;
            expect_oid(info.algorithm.oid, okp_oid(kind))?;
            let bytes = info
                .subject_public_key
                .as_bytes()
                .ok_or_else(|| CryptoError::Data("the public key is not whole bytes".into()))?;
            Ok(seed(bytes)?.to_vec())
        }
        ("ed25519" | "x25519", "pkcs8") => {
            let info = PrivateKeyInfo::from_der(data).map_err(data_error)?;
            expect_oid(info.algorithm.oid, okp_oid(kind))?;
            // The private key is an OCTET STRING inside the OCTET STRING (RFC 8410).
            let inner = OctetStringRef::from_der(info.private_key).map_err(data_error)?;
            Ok(seed(inner.as_bytes())?.to_vec())
        }
        ("rsa", "spki") => {
            let key = RsaPublicKey::from_public_key_der(data).map_err(data_error)?;
            rsa_public_der(&key)
        }
        ("rsa", "pkcs8") => {
            let key = RsaPrivateKey::from_pkcs8_der(data).map_err(data_error)?;
            rsa_private_der(&key)
        }
        (kind, format) => Err(CryptoError::NotSupported(format!(
            "{kind} keys cannot be imported from {format}"
        ))),
    }
}

pub fn import_jwk(kind: &str, curve: &str, jwk: &Jwk) -> Result<Vec<u8>, CryptoError> {
    match kind {
        "secret" => b64(&jwk.k, "k"),
        "ec" => with_curve!(curve, c => {
            let x = b64(&jwk.x, "x")?;
            let y = b64(&jwk.y, "y")?;
            let point = c::EncodedPoint::from_affine_coordinates(
                c::FieldBytes::from_exact_iter(x.iter().copied())
                    .as_ref()
                    .ok_or_else(|| CryptoError::Data("x has the wrong length".into()))?,
                c::FieldBytes::from_exact_iter(y.iter().copied())
                    .as_ref()
                    .ok_or_else(|| CryptoError::Data("y has the wrong length".into()))?,
                false,
            );
            let public = c::PublicKey::from_sec1_bytes(point.as_bytes()).map_err(data_error)?;
            match &jwk.d {
                None => Ok(point.as_bytes().to_vec()),
                Some(_) => {
                    let d = b64(&jwk.d, "d")?;
                    let secret = c::SecretKey::from_slice(&d).map_err(data_error)?;
                    if secret.public_key() != public {
                        return Err(CryptoError::Data("d does not match x and y".into()));
                    }
                    Ok(secret.to_bytes().to_vec())
                }
            }
        }),
        "ed25519" | "x25519" => {
            let x = b64(&jwk.x, "x")?;
            match &jwk.d {
                None => Ok(seed(&x)?.to_vec()),
                Some(_) => {
                    let d = b64(&jwk.d, "d")?;
                    if public_of(kind, curve, &d)? != seed(&x)? {
                        return Err(CryptoError::Data("d does not match x".into()));
                    }
                    Ok(d)
                }
            }
        }
        "rsa" => {
            let n = big(&jwk.n, "n")?;
            let e = big(&jwk.e, "e")?;
            if jwk.d.is_none() {
                let key = RsaPublicKey::new(n, e).map_err(data_error)?;
                return rsa_public_der(&key);
            }
            let d = big(&jwk.d, "d")?;
            let primes = vec![big(&jwk.p, "p")?, big(&jwk.q, "q")?];
            let key = RsaPrivateKey::from_components(n, e, d, primes).map_err(data_error)?;
            key.validate().map_err(data_error)?;
            rsa_private_der(&key)
        }
        other => Err(CryptoError::NotSupported(format!(
            "{other} keys cannot be imported from jwk"
        ))),
    }
}

pub fn export(
    kind: &str,
    curve: &str,
    format: &str,
    private: bool,
    material: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    match (kind, format, private) {
        ("secret", "raw", _) => Ok(material.to_vec()),
        ("ec", "raw", false) | ("ed25519" | "x25519", "raw", false) => Ok(material.to_vec()),
        ("ec", "spki", false) => with_curve!(curve, c => {
            let key = c::PublicKey::from_sec1_bytes(material).map_err(data_error)?;
            der_bytes(key.to_public_key_der())
        }),
        ("ec", "pkcs8", true) => with_curve!(curve, c => {
            let key = c::SecretKey::from_slice(material).map_err(data_error)?;
            Ok(key.to_pkcs8_der().map_err(operation_error)?.as_bytes().to_vec())
        }),
        ("ed25519" | "x25519", "spki", false) => {
            let info = spki::SubjectPublicKeyInfo {
                algorithm: spki::AlgorithmIdentifierRef {
                    oid: okp_oid(kind),
                    parameters: None,
                },
                subject_public_key: spki::der::asn1::BitStringRef::from_bytes(material)
                    .map_err(operation_error)?,
            };
            info.to_der().map_err(operation_error)
        }
        ("ed25519" | "x25519", "pkcs8", true) => {
            let inner = OctetStringRef::new(material)
                .map_err(operation_error)?
                .to_der()
                .map_err(operation_error)?;
            let info = PrivateKeyInfo::new(
                spki::AlgorithmIdentifierRef {
                    oid: okp_oid(kind),
                    parameters: None,
                },
                &inner,
            );
            info.to_der().map_err(operation_error)
        }
        ("rsa", "spki", false) => {
            let key = RsaPublicKey::from_pkcs1_der(material).map_err(data_error)?;
            der_bytes(key.to_public_key_der())
        }
        ("rsa", "pkcs8", true) => {
            let key = RsaPrivateKey::from_pkcs1_der(material).map_err(data_error)?;
            Ok(key
                .to_pkcs8_der()
                .map_err(operation_error)?
                .as_bytes()
                .to_vec())
        }
        (kind, format, private) => Err(CryptoError::InvalidAccess(format!(
            "a {} {kind} key cannot be exported as {format}",
            if private { "private" } else { "public" }
        ))),
    }
}

pub fn export_jwk(
    kind: &str,
    curve: &str,
    private: bool,
    material: &[u8],
) -> Result<Jwk, CryptoError> {
    let text = |bytes: &[u8]| Some(URL_SAFE_NO_PAD.encode(bytes));
    Ok(match kind {
        "secret" => Jwk {
            k: text(material),
            ..Jwk::default()
        },
        "ec" => with_curve!(curve, c => {
            let (public, d) = if private {
                let secret = c::SecretKey::from_slice(material).map_err(data_error)?;
                (secret.public_key(), text(&secret.to_bytes()))
            } else {
                (c::PublicKey::from_sec1_bytes(material).map_err(data_error)?, None)
            };
            let point = public.to_encoded_point(false);
            Ok::<_, CryptoError>(Jwk {
                x: point.x().map(|x| URL_SAFE_NO_PAD.encode(x)),
                y: point.y().map(|y| URL_SAFE_NO_PAD.encode(y)),
                d,
                ..Jwk::default()
            })
        })?,
        "ed25519" | "x25519" => {
            if private {
                Jwk {
                    x: text(&public_of(kind, curve, material)?),
                    d: text(material),
                    ..Jwk::default()
                }
            } else {
                Jwk {
                    x: text(material),
                    ..Jwk::default()
                }
            }
        }
        "rsa" => {
            let uint = |n: &BigUint| text(&n.to_bytes_be());
            if private {
                let key = RsaPrivateKey::from_pkcs1_der(material).map_err(data_error)?;
                let primes = key.primes();
                if primes.len() != 2 {
                    return Err(CryptoError::NotSupported(
                        "RSA keys with more than two primes cannot be exported as jwk".into(),
                    ));
                }
                Jwk {
                    n: uint(key.n()),
                    e: uint(key.e()),
                    d: uint(key.d()),
                    p: uint(&primes[0]),
                    q: uint(&primes[1]),
                    dp: key.dp().and_then(uint),
                    dq: key.dq().and_then(uint),
                    qi: key.crt_coefficient().and_then(|qi| text(&qi.to_bytes_be())),
                    ..Jwk::default()
                }
            } else {
                let key = RsaPublicKey::from_pkcs1_der(material).map_err(data_error)?;
                Jwk {
                    n: uint(key.n()),
                    e: uint(key.e()),
                    ..Jwk::default()
                }
            }
        }
        other => {
            return Err(CryptoError::NotSupported(format!(
                "{other} keys cannot be exported as jwk"
            )))
        }
    })
}

/// Facts about an RSA key that its `algorithm` shows: modulus length in bits and the
/// public exponent's bytes.
#[op2]
#[serde]
pub fn op_crypto_rsa_params(
    private: bool,
    #[buffer] material: &[u8],
) -> Result<(u32, Vec<u8>), CryptoError> {
    let public = if private {
        RsaPrivateKey::from_pkcs1_der(material)
            .map_err(data_error)?
            .to_public_key()
    } else {
        RsaPublicKey::from_pkcs1_der(material).map_err(data_error)?
    };
    Ok((public.n().bits() as u32, public.e().to_bytes_be()))
}

pub(crate) fn rsa_private(material: &[u8]) -> Result<RsaPrivateKey, CryptoError> {
    RsaPrivateKey::from_pkcs1_der(material).map_err(data_error)
}

pub(crate) fn rsa_public(material: &[u8]) -> Result<RsaPublicKey, CryptoError> {
    RsaPublicKey::from_pkcs1_der(material).map_err(data_error)
}

fn rsa_private_der(key: &RsaPrivateKey) -> Result<Vec<u8>, CryptoError> {
    Ok(key
        .to_pkcs1_der()
        .map_err(operation_error)?
        .as_bytes()
        .to_vec())
}

fn rsa_public_der(key: &RsaPublicKey) -> Result<Vec<u8>, CryptoError> {
    Ok(key
        .to_pkcs1_der()
        .map_err(operation_error)?
        .as_bytes()
        .to_vec())
}

pub(crate) fn seed(bytes: &[u8]) -> Result<[u8; 32], CryptoError> {
    bytes
        .try_into()
        .map_err(|_| CryptoError::Data(format!("the key must be 32 bytes, not {}", bytes.len())))
}

fn okp_oid(kind: &str) -> ObjectIdentifier {
    if kind == "x25519" {
        X25519_OID
    } else {
        ED25519_OID
    }
}

fn expect_oid(found: ObjectIdentifier, expected: ObjectIdentifier) -> Result<(), CryptoError> {
    if found == expected {
        Ok(())
    } else {
        Err(CryptoError::Data(format!(
            "the key's algorithm is {found}, not {expected}"
        )))
    }
}

fn der_bytes(doc: Result<spki::Document, spki::Error>) -> Result<Vec<u8>, CryptoError> {
    Ok(doc.map_err(operation_error)?.as_bytes().to_vec())
}

fn b64(field: &Option<String>, name: &str) -> Result<Vec<u8>, CryptoError> {
    let text = field
        .as_deref()
        .ok_or_else(|| CryptoError::Data(format!("the JWK has no \"{name}\"")))?;
    URL_SAFE_NO_PAD
        .decode(text.trim_end_matches('='))
        .map_err(|e| CryptoError::Data(format!("the JWK's \"{name}\" is not base64url: {e}")))
}

fn big(field: &Option<String>, name: &str) -> Result<BigUint, CryptoError> {
    Ok(BigUint::from_bytes_be(&b64(field, name)?))
}

pub(crate) fn data_error(e: impl std::fmt::Display) -> CryptoError {
    CryptoError::Data(e.to_string())
}

pub(crate) fn operation_error(e: impl std::fmt::Display) -> CryptoError {
    CryptoError::Operation(e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ec_keys_round_trip_through_every_format() {
        for curve in ["P-256", "P-384"] {
            let private = generate("ec", curve, 0, &[]).unwrap();
            let public = public_of("ec", curve, &private).unwrap();
            let pkcs8 = export("ec", curve, "pkcs8", true, &private).unwrap();
            assert_eq!(import("ec", curve, "pkcs8", &pkcs8).unwrap(), private);
            let spki = export("ec", curve, "spki", false, &public).unwrap();
            assert_eq!(import("ec", curve, "spki", &spki).unwrap(), public);
            let jwk = export_jwk("ec", curve, true, &private).unwrap();
            assert_eq!(import_jwk("ec", curve, &jwk).unwrap(), private);
        }
    }

    #[test]
    fn okp_keys_round_trip_and_check_their_oid() {
        for kind in ["ed25519", "x25519"] {
            let private = generate(kind, "", 0, &[]).unwrap();
            let pkcs8 = export(kind, "", "pkcs8", true, &private).unwrap();
            assert_eq!(import(kind, "", "pkcs8", &pkcs8).unwrap(), private);
            let public = public_of(kind, "", &private).unwrap();
            let spki = export(kind, "", "spki", false, &public).unwrap();
            assert_eq!(import(kind, "", "spki", &spki).unwrap(), public);
        }
        let ed = export("ed25519", "", "pkcs8", true, &[7; 32]).unwrap();
        assert!(matches!(
            import("x25519", "", "pkcs8", &ed),
            Err(CryptoError::Data(_))
        ));
    }

    #[test]
    fn a_jwk_whose_private_part_does_not_match_is_refused() {
        let a = export_jwk(
            "ec",
            "P-256",
            true,
            &generate("ec", "P-256", 0, &[]).unwrap(),
        )
        .unwrap();
        let b = export_jwk(
            "ec",
            "P-256",
            true,
            &generate("ec", "P-256", 0, &[]).unwrap(),
        )
        .unwrap();
        let mixed = Jwk { d: b.d, ..a };
        assert!(matches!(
            import_jwk("ec", "P-256", &mixed),
            Err(CryptoError::Data(_))
        ));
    }
}
