//! `Deno.openKv()`: the key-value database. `Deno.Kv` (`get`, `getMany`, `set`,
//! `delete`, `list`, `atomic`, `enqueue`/`listenQueue`, `watch`, `close`),
//! `Deno.AtomicOperation`, `Deno.KvU64` and `Deno.KvListIterator`, stable (no
//! `--unstable-kv`).
//!
//! - `codec.rs` — keys to order-preserving bytes (Deno KV's tuple encoding).
//! - `interface.rs` — the [`KvBackend`] and [`KvOpener`] traits: where `x run` and a
//!   platform tenant differ (a file the program names vs. the project's own database,
//!   with quota and metering).
//! - `sqlite.rs` — the SQLite backend (WAL, `BEGIN IMMEDIATE` commits).
//! - `suite.rs` — the backend contract as tests, run on every backend (feature `suite`
//!   for other crates' backends).
//! - `ops.rs` — one op per read batch, list page or commit; keys are read from and made
//!   into JS values in Rust.
//! - `01_kv.js` — the API, and the value encoding: a value is stored as `Uint8Array`
//!   bytes (encoding 3), a `KvU64` (encoding 2, 8 bytes LE) or, for everything else,
//!   encoding 1: x's own structured-clone format (V8's serializer does not exist on
//!   QuickJS). It is JSON text: plain JSON values as themselves, and what JSON cannot
//!   say (undefined, NaN/±Infinity/-0, bigint, Date, RegExp, Map, Set, typed arrays and
//!   ArrayBuffer, Error, shared and circular references, objects with keys starting
//!   with U+0000) as one-key objects whose key is U+0000 and a tag letter. Not byte-compatible
//!   with Deno's files; the API behaves the same.
//!
//! Reads and writes are synchronous on the JS thread (a local SQLite call takes
//! microseconds; `get` still returns a promise). `listenQueue` and `watch` poll the
//! database (every 50 ms while something waits), so other processes' commits are seen.
//!
//! Clients: `x_worker` (registers the extension; the tenant runtime puts the platform's
//! opener, `x_platform_kv::ProjectKvOpener`, in its `OpState`).

pub mod codec;
pub mod interface;
mod ops;
mod sqlite;
#[cfg(any(test, feature = "suite"))]
pub mod suite;

use std::rc::Rc;

pub use interface::{
    KvBackend, KvMeter, KvOpener, KvOpenerHandle, KvQuota, LocalKvOpener, NoKvOpener, QueueState,
};
pub use sqlite::{Durability, SqliteBackend};

/// The errors the ops throw: the classes and messages Deno's `ext/kv` uses.
#[derive(Debug, thiserror::Error, deno_error::JsError)]
pub enum KvError {
    #[class(type)]
    #[error("{0}")]
    Type(String),
    #[class(range)]
    #[error("{0}")]
    Range(String),
    #[class(generic)]
    #[error("{0}")]
    Quota(String),
    #[class(generic)]
    #[error("KV database error: {0}")]
    Database(#[from] rusqlite::Error),
    /// A backend other than SQLite failed (PostgreSQL on the platform); the text says how.
    #[class(generic)]
    #[error("KV database error: {0}")]
    Backend(String),
    #[class(inherit)]
    #[error(transparent)]
    Permission(#[from] x_permissions::PermissionCheckError),
    #[class(inherit)]
    #[error(transparent)]
    Resource(#[from] deno_core::error::ResourceError),
    #[class(inherit)]
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

deno_core::extension!(
    x_ext_kv,
    ops = [
        ops::op_kv_open,
        ops::op_kv_get,
        ops::op_kv_get_many,
        ops::op_kv_list,
        ops::op_kv_encode_cursor,
        ops::op_kv_commit,
        ops::op_kv_dequeue,
        ops::op_kv_finish,
        ops::op_kv_watch_open,
        ops::op_kv_watch_wait,
        ops::op_kv_version,
        ops::op_kv_close,
    ],
    state = |state| {
        state.put(KvOpenerHandle(Rc::new(LocalKvOpener)));
        if !state.has::<x_permissions::PermissionsContainer>() {
            state.put(x_permissions::PermissionsContainer::deny_all());
        }
    },
    customizer = |ext: &mut deno_core::Extension| {
        ext.lazy_loaded_esm_files = x_ext_embed::esm!(x_ext_kv, "01_kv.js");
    },
);
