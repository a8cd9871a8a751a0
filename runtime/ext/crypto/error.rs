//! The errors of SubtleCrypto's ops. Each carries the DOMException name the Web Crypto
//! spec gives for its case; `00_crypto.js` registers a builder per class, so a Rust
//! error reaches JS as `DOMException` with that `name`.

#[derive(Debug, thiserror::Error, deno_error::JsError)]
pub enum CryptoError {
    /// Key bytes or a JWK that do not form a key of the expected kind.
    #[class("DOMExceptionDataError")]
    #[error("{0}")]
    Data(String),
    /// The operation failed on good-looking input: a wrong tag, bad padding, a
    /// derivation longer than the hash allows.
    #[class("DOMExceptionOperationError")]
    #[error("{0}")]
    Operation(String),
    /// An algorithm, curve or parameter the spec allows but x does not implement.
    #[class("DOMExceptionNotSupportedError")]
    #[error("{0}")]
    NotSupported(String),
    /// A key used in a way its type does not allow (exporting a private key as SPKI).
    #[class("DOMExceptionInvalidAccessError")]
    #[error("{0}")]
    InvalidAccess(String),
}
