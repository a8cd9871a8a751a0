//! What differs between `x run` and a platform tenant: where `Deno.openKv()` finds its
//! database ([`KvOpener`]: a file the program names or the cache dir's per-module file
//! under `x run`; the project's own database on the platform, `x_platform_kv`), and the
//! storage behind it ([`KvBackend`]: SQLite here, `sqlite.rs`; PostgreSQL in
//! `x_platform_kv`). Quotas and usage counters ride along with the backend
//! ([`KvQuota`], [`KvMeter`]).
//!
//! Keys reach a backend already encoded (`codec.rs`), values as opaque bytes with their
//! encoding tag; the backend only orders, stores, checks and counts them.

use std::path::PathBuf;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use deno_core::OpState;

use crate::KvError;

/// A value's encoding tag (the same numbers Deno KV's SQLite backend uses).
pub const ENCODING_JS: u8 = 1;
/// A `Deno.KvU64`: 8 bytes, little-endian.
pub const ENCODING_U64: u8 = 2;
/// A `Uint8Array`, stored as is.
pub const ENCODING_BYTES: u8 = 3;

/// A stored value: `encoding` says how to read `data` (see `01_kv.js` for the JS one).
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub encoding: u8,
    pub data: Vec<u8>,
}

/// One key-value pair as read: `version` is the commit that wrote it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub key: Vec<u8>,
    pub value: Value,
    pub version: u64,
}

/// Keys in `[start, end)`, at most `limit`, backwards if `reverse`.
#[derive(Debug, Clone)]
pub struct ReadRange {
    pub start: Vec<u8>,
    pub end: Vec<u8>,
    pub limit: usize,
    pub reverse: bool,
}

/// `check({ key, versionstamp })`: the commit applies only if the key's version is this
/// (`None`: the key must not exist).
#[derive(Debug, Clone)]
pub struct Check {
    pub key: Vec<u8>,
    pub version: Option<u64>,
}

#[derive(Debug, Clone)]
pub enum MutationKind {
    Set(Value),
    Delete,
    Sum(u64),
    Min(u64),
    Max(u64),
    /// `set([...prefix, kv.commitVersionstamp()], value)`: the key gets the commit's
    /// versionstamp appended as a string part.
    SetSuffixVersionstampedKey(Value),
}

#[derive(Debug, Clone)]
pub struct Mutation {
    pub key: Vec<u8>,
    pub kind: MutationKind,
    /// Milliseconds since the epoch after which the key reads as absent.
    pub expire_at: Option<i64>,
}

/// A queue message to deliver at `ready_at` (ms since the epoch).
#[derive(Debug, Clone)]
pub struct Enqueue {
    pub payload: Value,
    pub ready_at: i64,
    pub keys_if_undelivered: Vec<Vec<u8>>,
    pub backoff_schedule: Option<Vec<u32>>,
}

/// Checks, mutations and enqueues applied together or not at all.
#[derive(Debug, Clone, Default)]
pub struct AtomicWrite {
    pub checks: Vec<Check>,
    pub mutations: Vec<Mutation>,
    pub enqueues: Vec<Enqueue>,
}

/// A message handed to `listenQueue`'s handler; `finish` it with the outcome.
#[derive(Debug, Clone)]
pub struct Dequeued {
    pub id: i64,
    pub payload: Value,
}

/// The storage of one database. Calls are synchronous (a local SQLite call takes
/// microseconds; the PostgreSQL backend blocks on a round trip); the ops run them on the
/// JS thread.
pub trait KvBackend {
    /// Point reads, all from one snapshot.
    fn get_many(&self, keys: &[Vec<u8>], now: i64) -> Result<Vec<Option<Entry>>, KvError>;
    /// A range read.
    fn read_range(&self, range: &ReadRange, now: i64) -> Result<Vec<Entry>, KvError>;
    /// Applies `write` in one transaction: `Ok(None)` when a check failed (nothing
    /// applied), else the new version.
    fn atomic_write(&self, write: &AtomicWrite, now: i64) -> Result<Option<u64>, KvError>;
    /// The next message ready at `now` (`Ok(Err(next))`: none; `next` is when the
    /// earliest waiting one becomes ready, if any).
    fn dequeue(&self, now: i64) -> Result<Result<Dequeued, Option<i64>>, KvError>;
    /// Ends a delivery: removes the message, or schedules its retry, or (retries used
    /// up) writes it to its `keysIfUndelivered`.
    fn finish(&self, id: i64, success: bool, now: i64) -> Result<(), KvError>;
    /// The database's current version (the last commit's); `watch` polls it.
    fn version(&self) -> Result<u64, KvError>;
    /// Where the queue stands at `now`: what the platform's wake-up scheduler reads to
    /// start a scaled-to-zero tenant when a message is due.
    fn queue_state(&self, now: i64) -> Result<QueueState, KvError>;
}

/// The queue of one database as a scheduler sees it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueState {
    /// When the earliest message can next be delivered (ms since the epoch; a leased
    /// message counts from its lease's end), if any message waits.
    pub next_ready: Option<i64>,
    /// Whether a message is being delivered (leased to a listener) now.
    pub in_flight: bool,
}

impl QueueState {
    /// Something to deliver or being delivered at `now`: the tenant should run.
    pub fn wants_listener(&self, now: i64) -> bool {
        self.in_flight || self.next_ready.is_some_and(|at| at <= now)
    }
}

/// Per-database limits on the platform (`None` fields: unlimited).
#[derive(Debug, Clone, Copy, Default)]
pub struct KvQuota {
    pub max_keys: Option<u64>,
    pub max_bytes: Option<u64>,
}

/// Counts a database's reads and writes (entries read, mutations and enqueues written)
/// for the platform's metering; the hypervisor reads and resets it.
#[derive(Debug, Default)]
pub struct KvMeter {
    pub reads: AtomicU64,
    pub writes: AtomicU64,
}

impl KvMeter {
    pub fn read(&self, n: usize) {
        self.reads.fetch_add(n as u64, Ordering::Relaxed);
    }
    pub fn wrote(&self, n: usize) {
        self.writes.fetch_add(n as u64, Ordering::Relaxed);
    }
}

/// Where `Deno.openKv(path)` leads.
pub trait KvOpener {
    fn open(
        &self,
        state: &OpState,
        path: Option<&str>,
        main_module: &str,
    ) -> Result<Rc<dyn KvBackend>, KvError>;
}

/// The handle ops find in `OpState`.
#[derive(Clone)]
pub struct KvOpenerHandle(pub Rc<dyn KvOpener>);

/// `x run`, `x serve`, `x test`: `:memory:`, a path (read and write permission needed,
/// as in Deno), or by default `$X_DIR/kv/<sha-256 of the main module URL>.sqlite3`.
pub struct LocalKvOpener;

impl KvOpener for LocalKvOpener {
    fn open(
        &self,
        state: &OpState,
        path: Option<&str>,
        main_module: &str,
    ) -> Result<Rc<dyn KvBackend>, KvError> {
        let path = match path {
            Some(":memory:") => return Ok(Rc::new(crate::sqlite::SqliteBackend::in_memory()?)),
            Some(path) => {
                let perms = state.borrow::<x_permissions::PermissionsContainer>();
                perms.check_read(path, "Deno.openKv")?;
                perms.check_write(path, "Deno.openKv")?;
                PathBuf::from(path)
            }
            None => {
                use sha2::Digest;
                let hash = sha2::Sha256::digest(main_module.as_bytes());
                let name: String = hash.iter().map(|b| format!("{b:02x}")).collect();
                let dir = default_cache_dir().join("kv");
                std::fs::create_dir_all(&dir)?;
                dir.join(format!("{name}.sqlite3"))
            }
        };
        Ok(Rc::new(crate::sqlite::SqliteBackend::open(
            &path,
            None,
            None,
            crate::sqlite::Durability::from_env(),
        )?))
    }
}

/// No database (a tenant runtime not bound to a project yet).
pub struct NoKvOpener;

impl KvOpener for NoKvOpener {
    fn open(&self, _: &OpState, _: Option<&str>, _: &str) -> Result<Rc<dyn KvBackend>, KvError> {
        Err(KvError::Type("Deno.openKv() is not available here".into()))
    }
}

/// `$X_DIR` if set, else the platform's cache dir (`~/.cache/x`), as `x_graph` computes it.
fn default_cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("X_DIR") {
        return PathBuf::from(dir);
    }
    dirs::cache_dir()
        .unwrap_or_else(std::env::temp_dir)
        .join("x")
}
