//! Ops behind the Node built-ins: `require()` (through the [`CjsHost`] in `OpState`) and
//! `node:crypto`'s hashes and HMACs (RustCrypto; nothing hand-written).

use std::rc::Rc;

use deno_core::{op2, OpState};
use deno_error::JsErrorBox;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha384, Sha512};

use crate::interface::{CjsHost, CjsModule};

fn host(state: &OpState) -> Result<Rc<dyn CjsHost>, JsErrorBox> {
    state
        .try_borrow::<Rc<dyn CjsHost>>()
        .cloned()
        .ok_or_else(|| JsErrorBox::generic("require() is not available in this runtime"))
}

/// The URL `specifier` means when `referrer` requires it.
#[op2]
#[string]
pub fn op_node_require_resolve(
    state: &mut OpState,
    #[string] specifier: &str,
    #[string] referrer: &str,
) -> Result<String, JsErrorBox> {
    host(state)?
        .resolve(specifier, referrer)
        .map_err(JsErrorBox::generic)
}

/// `[format, text]` of a module for `require()`: "cjs", "json" or "esm".
#[op2]
#[serde]
pub fn op_node_require_load(
    state: &mut OpState,
    #[string] url: &str,
) -> Result<(String, String), JsErrorBox> {
    Ok(match host(state)?.load(url).map_err(JsErrorBox::generic)? {
        CjsModule::CommonJs(text) => ("cjs".into(), text),
        CjsModule::Json(text) => ("json".into(), text),
        CjsModule::Esm => ("esm".into(), String::new()),
    })
}

fn unsupported(algorithm: &str) -> JsErrorBox {
    JsErrorBox::new(
        "Error",
        format!("Digest method not supported: \"{algorithm}\" (x supports sha1, sha256, sha384, sha512)"),
    )
}

/// `createHash(algorithm).update(data).digest()`.
#[op2]
#[buffer]
pub fn op_node_hash(
    #[string] algorithm: &str,
    #[buffer] data: &[u8],
) -> Result<Vec<u8>, JsErrorBox> {
    Ok(
        match algorithm.to_ascii_lowercase().replace('-', "").as_str() {
            "sha1" => Sha1::digest(data).to_vec(),
            "sha256" => Sha256::digest(data).to_vec(),
            "sha384" => Sha384::digest(data).to_vec(),
            "sha512" => Sha512::digest(data).to_vec(),
            _ => return Err(unsupported(algorithm)),
        },
    )
}

/// `createHmac(algorithm, key).update(data).digest()`.
#[op2]
#[buffer]
pub fn op_node_hmac(
    #[string] algorithm: &str,
    #[buffer] key: &[u8],
    #[buffer] data: &[u8],
) -> Result<Vec<u8>, JsErrorBox> {
    hmac_digest(algorithm, key, data)
}

fn hmac_digest(algorithm: &str, key: &[u8], data: &[u8]) -> Result<Vec<u8>, JsErrorBox> {
    fn mac<M: Mac + hmac::digest::KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
        let mut m = <M as Mac>::new_from_slice(key).expect("HMAC takes keys of any length");
        m.update(data);
        m.finalize().into_bytes().to_vec()
    }
    Ok(
        match algorithm.to_ascii_lowercase().replace('-', "").as_str() {
            "sha1" => mac::<Hmac<Sha1>>(key, data),
            "sha256" => mac::<Hmac<Sha256>>(key, data),
            "sha384" => mac::<Hmac<Sha384>>(key, data),
            "sha512" => mac::<Hmac<Sha512>>(key, data),
            _ => return Err(unsupported(algorithm)),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231_case_2() {
        let out = hmac_digest("sha256", b"Jefe", b"what do ya want for nothing?").unwrap();
        let hex: String = out.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
