//! `crypto` (Web Crypto API): `getRandomValues`, `randomUUID` and `SubtleCrypto`:
//! `digest` (SHA-1/256/384/512); `sign`/`verify` with HMAC, ECDSA (P-256, P-384),
//! Ed25519, RSASSA-PKCS1-v1_5 and RSA-PSS; `encrypt`/`decrypt` with AES-GCM, AES-CBC,
//! AES-CTR and RSA-OAEP; `wrapKey`/`unwrapKey` (those and AES-KW); `deriveBits`/`deriveKey`
//! with PBKDF2, HKDF, ECDH and X25519; `generateKey`, `importKey`, `exportKey` in the raw,
//! SPKI, PKCS#8 and JWK formats. The randomness is the OS's (`getrandom`), every primitive
//! a RustCrypto crate's; nothing here is hand-written cryptography.
//!
//! The spec's algorithm normalization, usages and key slots live in `00_crypto.js`; the
//! ops take bytes and names and give bytes back, and a few generic ops cover every
//! algorithm because each op costs every runtime a native callback (DESIGN.md's
//! per-thread callback budget).
//!
//! Clients: `x_worker` registers it and exposes `crypto`, `Crypto`, `SubtleCrypto` and
//! `CryptoKey` in `99_main.js`.

mod cipher;
mod derive;
mod error;
mod keys;
mod ops;
mod sign;

deno_core::extension!(
    x_ext_crypto,
    ops = [
        ops::op_crypto_get_random_values,
        ops::op_crypto_random_uuid,
        ops::op_crypto_digest,
        keys::op_crypto_generate_key,
        keys::op_crypto_public_key,
        keys::op_crypto_import_key,
        keys::op_crypto_import_jwk,
        keys::op_crypto_export_key,
        keys::op_crypto_export_jwk,
        keys::op_crypto_rsa_params,
        sign::op_crypto_sign,
        sign::op_crypto_verify,
        cipher::op_crypto_cipher,
        derive::op_crypto_derive_bits,
    ],
    customizer = |ext: &mut deno_core::Extension| {
        ext.esm_files = x_ext_embed::esm!(
            x_ext_crypto,
            "00_crypto.js",
            "01_algorithms.js",
            "02_subtle.js"
        );
    },
);
