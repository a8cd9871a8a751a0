//! `crypto` (Web Crypto API): `getRandomValues`, `randomUUID` and `subtle.digest`
//! (SHA-1, SHA-256, SHA-384, SHA-512). The randomness is the OS's (`getrandom`), the
//! digests the RustCrypto crates'; nothing here is hand-written cryptography. The rest of
//! `SubtleCrypto` (keys, signing, encryption) is not there yet and says so when called.
//!
//! Clients: `x_worker` registers it and exposes `crypto`, `Crypto` and `SubtleCrypto` in
//! `99_main.js`.

mod ops;

deno_core::extension!(
    x_ext_crypto,
    ops = [
        ops::op_crypto_get_random_values,
        ops::op_crypto_random_uuid,
        ops::op_crypto_digest,
    ],
    customizer = |ext: &mut deno_core::Extension| {
        ext.esm_files = x_ext_embed::esm!(x_ext_crypto, "00_crypto.js");
    },
);
