//! `SubtleCrypto.encrypt`/`decrypt` and the ciphers of `wrapKey`/`unwrapKey`: AES-GCM,
//! AES-CBC, AES-CTR, AES-KW and RSA-OAEP, on the RustCrypto crates.

use aes::cipher::block_padding::Pkcs7;
use aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit, StreamCipher};
use aes::{Aes128, Aes192, Aes256};
use aes_gcm::aead::consts::{U12, U13, U14, U15, U16};
use aes_gcm::aead::generic_array::GenericArray;
use aes_gcm::aead::{AeadCore, AeadInPlace, KeyInit};
use aes_gcm::AesGcm;
use deno_core::op2;
use rand_core::OsRng;
use sha1::Sha1;
use sha2::{Sha256, Sha384, Sha512};

use crate::error::CryptoError;
use crate::keys::{operation_error, rsa_private, rsa_public};
use crate::sign::with_hash;

/// What a cipher needs besides the key and the data.
pub struct Cipher<'a> {
    /// "AES-GCM", "AES-CBC", "AES-CTR", "AES-KW" or "RSA-OAEP".
    pub algorithm: &'a str,
    /// RSA-OAEP's hash.
    pub hash: &'a str,
    /// The IV (GCM, CBC) or the counter block (CTR).
    pub iv: &'a [u8],
    /// GCM's additional data, or OAEP's label.
    pub extra: &'a [u8],
    /// GCM's tag length or CTR's counter length, in bits.
    pub bits: u32,
}

/// `data` encrypted (or, with `encrypt` false, decrypted) under `key`.
#[op2]
#[buffer]
#[allow(clippy::too_many_arguments)]
pub fn op_crypto_cipher(
    #[string] algorithm: &str,
    #[string] hash: &str,
    encrypt: bool,
    #[buffer] key: &[u8],
    #[buffer] iv: &[u8],
    #[buffer] extra: &[u8],
    bits: u32,
    #[buffer] data: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let cipher = Cipher {
        algorithm,
        hash,
        iv,
        extra,
        bits,
    };
    run(&cipher, encrypt, key, data)
}

/// Runs `$body` with `$aes` bound to the AES type of `$key`'s length.
macro_rules! with_aes {
    ($key:expr, $aes:ident => $body:expr) => {
        match $key.len() {
            16 => {
                type $aes = Aes128;
                $body
            }
            24 => {
                type $aes = Aes192;
                $body
            }
            32 => {
                type $aes = Aes256;
                $body
            }
            n => Err(CryptoError::Data(format!(
                "an AES key is 128, 192 or 256 bits long, not {}",
                n * 8
            ))),
        }
    };
}

pub fn run(
    cipher: &Cipher,
    encrypt: bool,
    key: &[u8],
    data: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    match cipher.algorithm {
        "AES-GCM" => gcm(cipher, encrypt, key, data),
        "AES-CBC" => {
            if cipher.iv.len() != 16 {
                return Err(CryptoError::Operation(
                    "AES-CBC's iv must be 16 bytes".into(),
                ));
            }
            with_aes!(key, A => if encrypt {
                let encryptor = cbc::Encryptor::<A>::new_from_slices(key, cipher.iv)
                    .map_err(operation_error)?;
                Ok(encryptor.encrypt_padded_vec_mut::<Pkcs7>(data))
            } else {
                let decryptor = cbc::Decryptor::<A>::new_from_slices(key, cipher.iv)
                    .map_err(operation_error)?;
                decryptor
                    .decrypt_padded_vec_mut::<Pkcs7>(data)
                    .map_err(|_| CryptoError::Operation("the padding is wrong".into()))
            })
        }
        "AES-CTR" => {
            if cipher.iv.len() != 16 {
                return Err(CryptoError::Operation(
                    "AES-CTR's counter must be 16 bytes".into(),
                ));
            }
            let mut out = data.to_vec();
            with_aes!(key, A => {
                match cipher.bits {
                    32 => ctr::Ctr32BE::<A>::new_from_slices(key, cipher.iv)
                        .map_err(operation_error)?
                        .try_apply_keystream(&mut out),
                    64 => ctr::Ctr64BE::<A>::new_from_slices(key, cipher.iv)
                        .map_err(operation_error)?
                        .try_apply_keystream(&mut out),
                    128 => ctr::Ctr128BE::<A>::new_from_slices(key, cipher.iv)
                        .map_err(operation_error)?
                        .try_apply_keystream(&mut out),
                    n => return Err(CryptoError::NotSupported(format!(
                        "an AES-CTR counter of {n} bits is not supported (32, 64 and 128 are)"
                    ))),
                }
                .map_err(|_| CryptoError::Operation("the counter would wrap around".into()))
            })?;
            Ok(out)
        }
        "AES-KW" => with_aes!(key, A => {
            let kek = aes_kw::Kek::<A>::new(GenericArray::from_slice(key));
            if encrypt {
                kek.wrap_vec(data).map_err(operation_error)
            } else {
                kek.unwrap_vec(data).map_err(operation_error)
            }
        }),
        "RSA-OAEP" => {
            let label = match cipher.extra {
                [] => None,
                bytes => Some(String::from_utf8(bytes.to_vec()).map_err(|_| {
                    CryptoError::NotSupported("an RSA-OAEP label must be UTF-8 text".into())
                })?),
            };
            with_hash!(cipher.hash, H => {
                let padding = match label.clone() {
                    Some(label) => rsa::Oaep::new_with_label::<H, _>(label),
                    None => rsa::Oaep::new::<H>(),
                };
                if encrypt {
                    rsa_public(key)?
                        .encrypt(&mut OsRng, padding, data)
                        .map_err(operation_error)
                } else {
                    rsa_private(key)?
                        .decrypt(padding, data)
                        .map_err(operation_error)
                }
            })
        }
        other => Err(CryptoError::NotSupported(format!("{other} cannot encrypt"))),
    }
}

fn gcm(cipher: &Cipher, encrypt: bool, key: &[u8], data: &[u8]) -> Result<Vec<u8>, CryptoError> {
    macro_rules! with_tag {
        ($aes:ty, $nonce:ty) => {
            match cipher.bits {
                96 => gcm_with::<AesGcm<$aes, $nonce, U12>>(cipher, encrypt, key, data),
                104 => gcm_with::<AesGcm<$aes, $nonce, U13>>(cipher, encrypt, key, data),
                112 => gcm_with::<AesGcm<$aes, $nonce, U14>>(cipher, encrypt, key, data),
                120 => gcm_with::<AesGcm<$aes, $nonce, U15>>(cipher, encrypt, key, data),
                128 => gcm_with::<AesGcm<$aes, $nonce, U16>>(cipher, encrypt, key, data),
                n => Err(CryptoError::NotSupported(format!(
                    "an AES-GCM tag of {n} bits is not supported (96 to 128 are)"
                ))),
            }
        };
    }
    with_aes!(key, A => match cipher.iv.len() {
        12 => with_tag!(A, U12),
        16 => with_tag!(A, U16),
        n => Err(CryptoError::NotSupported(format!(
            "an AES-GCM iv of {n} bytes is not supported (12 and 16 are)"
        ))),
    })
}

fn gcm_with<G: KeyInit + AeadInPlace>(
    cipher: &Cipher,
    encrypt: bool,
    key: &[u8],
    data: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let aead = G::new_from_slice(key).map_err(operation_error)?;
    let nonce = GenericArray::<u8, <G as AeadCore>::NonceSize>::from_slice(cipher.iv);
    let mut buffer = data.to_vec();
    if encrypt {
        let tag = aead
            .encrypt_in_place_detached(nonce, cipher.extra, &mut buffer)
            .map_err(|_| CryptoError::Operation("the data is too long".into()))?;
        buffer.extend_from_slice(&tag);
        Ok(buffer)
    } else {
        let tag_length = cipher.bits as usize / 8;
        if buffer.len() < tag_length {
            return Err(CryptoError::Operation(
                "the data is shorter than the tag".into(),
            ));
        }
        let tag = buffer.split_off(buffer.len() - tag_length);
        aead.decrypt_in_place_detached(
            nonce,
            cipher.extra,
            &mut buffer,
            GenericArray::from_slice(&tag),
        )
        .map_err(|_| {
            CryptoError::Operation("the data or its tag was changed, or the key is wrong".into())
        })?;
        Ok(buffer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn gcm_matches_the_nist_test_case_2() {
        let cipher = Cipher {
            algorithm: "AES-GCM",
            hash: "",
            iv: &[0; 12],
            extra: &[],
            bits: 128,
        };
        let out = run(&cipher, true, &[0; 16], &[0; 16]).unwrap();
        assert_eq!(
            hex(&out),
            "0388dace60b6a392f328c2b971b2fe78ab6e47d42cec13bdf53a67b21257bddf"
        );
        assert_eq!(run(&cipher, false, &[0; 16], &out).unwrap(), vec![0; 16]);
        let mut changed = out.clone();
        changed[0] ^= 1;
        assert!(matches!(
            run(&cipher, false, &[0; 16], &changed),
            Err(CryptoError::Operation(_))
        ));
    }

    #[test]
    fn cbc_ctr_and_kw_round_trip() {
        for (algorithm, bits, data) in [
            ("AES-CBC", 0, &b"seventeen bytes!!"[..]),
            ("AES-CTR", 64, b"any length"),
            ("AES-KW", 0, &[9; 24]),
        ] {
            let cipher = Cipher {
                algorithm,
                hash: "",
                iv: &[1; 16],
                extra: &[],
                bits,
            };
            let sealed = run(&cipher, true, &[2; 32], data).unwrap();
            assert_ne!(sealed, data);
            assert_eq!(
                run(&cipher, false, &[2; 32], &sealed).unwrap(),
                data,
                "{algorithm}"
            );
        }
    }
}
