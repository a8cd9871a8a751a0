//! The SQLite [`KvBackend`]: one file per database (or `:memory:`), WAL, a busy timeout,
//! and every atomic write in one `BEGIN IMMEDIATE` transaction, so checks and mutations
//! see and change the same state even when several processes share the file (two
//! processes incrementing a counter with check/retry loops end at the sum).
//!
//! Tables: `kv(k, v, enc, ver, exp)` (key bytes from `codec.rs`, value bytes and their
//! encoding, the version that wrote it, expiry in ms since the epoch), `meta` (the
//! database's version; with a quota also the key count and byte total) and `queue`
//! (messages with their ready time, lease, attempts, backoff and `keysIfUndelivered`).
//! A version is a counter bumped by every commit; its versionstamp is the counter as 16
//! hex digits and `0000`. Expired keys read as absent and are deleted by the next write.
//!
//! Durability ([`Durability`]): `synchronous = NORMAL` by default (a commit survives the
//! process dying; a power loss may drop the last commits, never half of one); `FULL`
//! fsyncs every commit (deno's default): `X_KV_SYNCHRONOUS=full` locally, `[tenants]
//! kv_sync = "full"` on the platform (whose hypervisor then stops the CPU watchdog's
//! clock while a commit waits for the disk).

use std::cell::RefCell;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::interface::*;
use crate::KvError;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS kv (
  k BLOB PRIMARY KEY, v BLOB NOT NULL, enc INTEGER NOT NULL, ver INTEGER NOT NULL, exp INTEGER
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS kv_exp ON kv(exp) WHERE exp IS NOT NULL;
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS queue (
  id INTEGER PRIMARY KEY AUTOINCREMENT, ready INTEGER NOT NULL, locked INTEGER NOT NULL DEFAULT 0,
  payload BLOB NOT NULL, enc INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
  backoff TEXT, undelivered BLOB
);
CREATE INDEX IF NOT EXISTS queue_ready ON queue(ready);
";

/// How long a delivered message stays leased before another listener may take it (a
/// process that died mid-delivery gives it back this way).
const LEASE_MS: i64 = 5 * 60 * 1000;
/// Deno's default retry schedule.
const DEFAULT_BACKOFF: [u32; 5] = [100, 1000, 5000, 30000, 60000];

/// A queued message as `finish` reads it: payload, encoding, attempts, backoff, undelivered keys.
type QueueRow = (Vec<u8>, i64, i64, Option<String>, Option<Vec<u8>>);

const LIVE: &str = "(exp IS NULL OR exp > ?2)";

/// Whether a commit waits for the disk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Durability {
    /// WAL with `synchronous = NORMAL`: no fsync per commit; a power loss may lose the
    /// last commits (never half of one).
    #[default]
    Normal,
    /// `synchronous = FULL`: every commit is fsynced before it returns.
    Full,
}

impl Durability {
    /// `X_KV_SYNCHRONOUS=full` (any case) asks for [`Durability::Full`].
    pub fn from_env() -> Durability {
        match std::env::var("X_KV_SYNCHRONOUS") {
            Ok(v) if v.eq_ignore_ascii_case("full") => Durability::Full,
            _ => Durability::Normal,
        }
    }
}

pub struct SqliteBackend {
    conn: RefCell<Connection>,
    quota: Option<KvQuota>,
    meter: Option<Arc<KvMeter>>,
}

impl SqliteBackend {
    /// Opens (creating if needed) the database file at `path`.
    pub fn open(
        path: &Path,
        quota: Option<KvQuota>,
        meter: Option<Arc<KvMeter>>,
        durability: Durability,
    ) -> Result<SqliteBackend, KvError> {
        let conn = Connection::open(path)?;
        SqliteBackend::init(conn, quota, meter, durability)
    }

    /// A private database that lives as long as this handle.
    pub fn in_memory() -> Result<SqliteBackend, KvError> {
        SqliteBackend::init(
            Connection::open_in_memory()?,
            None,
            None,
            Durability::Normal,
        )
    }

    fn init(
        mut conn: Connection,
        quota: Option<KvQuota>,
        meter: Option<Arc<KvMeter>>,
        durability: Durability,
    ) -> Result<SqliteBackend, KvError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        set_wal(&conn)?;
        conn.execute_batch(match durability {
            Durability::Full => "PRAGMA synchronous = FULL;",
            Durability::Normal => "PRAGMA synchronous = NORMAL;",
        })?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(SCHEMA)?;
        tx.commit()?;
        Ok(SqliteBackend {
            conn: RefCell::new(conn),
            quota,
            meter,
        })
    }

    fn meter_read(&self, n: usize) {
        if let Some(meter) = &self.meter {
            meter.read(n);
        }
    }
}

/// How long a statement waits for another connection's lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// `PRAGMA journal_mode = WAL`, retried while another connection holds the lock. Turning
/// a new file to WAL needs an exclusive lock, and SQLite answers SQLITE_BUSY there at
/// once, without calling the busy handler: of two processes opening the same new database
/// at once, one failed with "database is locked" (tests/specs/kv/concurrent_counter, about
/// one run in three).
fn set_wal(conn: &Connection) -> rusqlite::Result<()> {
    let started = Instant::now();
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
            Ok(_) => return Ok(()),
            Err(error)
                if error.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
                    && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(Duration::from_millis(1));
            }
            Err(error) => return Err(error),
        }
    }
}

fn meta(tx: &Connection, key: &str) -> rusqlite::Result<i64> {
    Ok(tx
        .prepare_cached("SELECT v FROM meta WHERE k = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}

fn set_meta(tx: &Connection, key: &str, value: i64) -> rusqlite::Result<()> {
    tx.prepare_cached("INSERT OR REPLACE INTO meta (k, v) VALUES (?1, ?2)")?
        .execute(params![key, value])?;
    Ok(())
}

fn row_entry(row: &rusqlite::Row) -> rusqlite::Result<Entry> {
    Ok(Entry {
        key: row.get(0)?,
        value: Value {
            data: row.get(1)?,
            encoding: row.get::<_, i64>(2)? as u8,
        },
        version: row.get::<_, i64>(3)? as u64,
    })
}

/// Sizes of what a write adds and removes, for the quota.
#[derive(Default)]
struct Tally {
    keys: i64,
    bytes: i64,
}

impl Tally {
    fn remove(&mut self, tx: &Connection, key: &[u8]) -> rusqlite::Result<()> {
        let size: Option<i64> = tx
            .prepare_cached("SELECT length(k) + length(v) FROM kv WHERE k = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?;
        if let Some(size) = size {
            self.keys -= 1;
            self.bytes -= size;
        }
        Ok(())
    }
    fn add(&mut self, key: &[u8], value: &[u8]) {
        self.keys += 1;
        self.bytes += (key.len() + value.len()) as i64;
    }
}

impl KvBackend for SqliteBackend {
    fn get_many(&self, keys: &[Vec<u8>], now: i64) -> Result<Vec<Option<Entry>>, KvError> {
        let mut conn = self.conn.borrow_mut();
        let read = |conn: &Connection| -> rusqlite::Result<Vec<Option<Entry>>> {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT k, v, enc, ver FROM kv WHERE k = ?1 AND {LIVE}"
            ))?;
            keys.iter()
                .map(|key| stmt.query_row(params![key, now], row_entry).optional())
                .collect()
        };
        let entries = if keys.len() == 1 {
            read(&conn)?
        } else {
            let tx = conn.transaction()?;
            let entries = read(&tx)?;
            tx.commit()?;
            entries
        };
        self.meter_read(keys.len());
        Ok(entries)
    }

    fn read_range(&self, range: &ReadRange, now: i64) -> Result<Vec<Entry>, KvError> {
        let conn = self.conn.borrow();
        let order = if range.reverse { "DESC" } else { "ASC" };
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT k, v, enc, ver FROM kv WHERE k >= ?3 AND k < ?4 AND {LIVE} ORDER BY k {order} LIMIT ?1"
        ))?;
        let entries = stmt
            .query_map(
                params![range.limit as i64, now, range.start, range.end],
                row_entry,
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        self.meter_read(entries.len().max(1));
        Ok(entries)
    }

    fn atomic_write(&self, write: &AtomicWrite, now: i64) -> Result<Option<u64>, KvError> {
        let mut conn = self.conn.borrow_mut();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut stmt =
                tx.prepare_cached(&format!("SELECT ver FROM kv WHERE k = ?1 AND {LIVE}"))?;
            for check in &write.checks {
                let version: Option<i64> = stmt
                    .query_row(params![check.key, now], |r| r.get(0))
                    .optional()?;
                if version.map(|v| v as u64) != check.version {
                    return Ok(None);
                }
            }
        }
        let version = meta(&tx, "version")? + 1;
        let counting = self.quota.is_some();
        let mut tally = Tally::default();

        // Expired keys go now (they already read as absent).
        if counting {
            let (keys, bytes): (i64, Option<i64>) = tx
                .prepare_cached(
                    "SELECT count(*), sum(length(k) + length(v)) FROM kv WHERE exp IS NOT NULL AND exp <= ?1",
                )?
                .query_row([now], |r| Ok((r.get(0)?, r.get(1)?)))?;
            tally.keys -= keys;
            tally.bytes -= bytes.unwrap_or(0);
        }
        tx.prepare_cached("DELETE FROM kv WHERE exp IS NOT NULL AND exp <= ?1")?
            .execute([now])?;

        {
            let mut set = tx.prepare_cached(
                "INSERT OR REPLACE INTO kv (k, v, enc, ver, exp) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            let mut delete = tx.prepare_cached("DELETE FROM kv WHERE k = ?1")?;
            let mut current = tx.prepare_cached("SELECT v, enc FROM kv WHERE k = ?1")?;
            for mutation in &write.mutations {
                let (key, value) = match &mutation.kind {
                    MutationKind::Set(value) => (mutation.key.clone(), value.clone()),
                    MutationKind::SetSuffixVersionstampedKey(value) => {
                        let mut key = mutation.key.clone();
                        key.push(0x02);
                        key.extend_from_slice(format!("{version:016x}0000").as_bytes());
                        key.push(0);
                        (key, value.clone())
                    }
                    MutationKind::Delete => {
                        if counting {
                            tally.remove(&tx, &mutation.key)?;
                        }
                        delete.execute([&mutation.key])?;
                        continue;
                    }
                    MutationKind::Sum(n) | MutationKind::Min(n) | MutationKind::Max(n) => {
                        let existing: Option<(Vec<u8>, i64)> = current
                            .query_row([&mutation.key], |r| Ok((r.get(0)?, r.get(1)?)))
                            .optional()?;
                        let result = match existing {
                            None => *n,
                            Some((data, enc)) => {
                                let name = match mutation.kind {
                                    MutationKind::Sum(_) => "sum",
                                    MutationKind::Min(_) => "min",
                                    _ => "max",
                                };
                                if enc as u8 != ENCODING_U64 || data.len() != 8 {
                                    return Err(KvError::Type(format!(
                                        "Failed to perform '{name}' mutation on a non-U64 value in the database"
                                    )));
                                }
                                let old = u64::from_le_bytes(data.try_into().unwrap_or([0; 8]));
                                match mutation.kind {
                                    MutationKind::Sum(_) => old.wrapping_add(*n),
                                    MutationKind::Min(_) => old.min(*n),
                                    _ => old.max(*n),
                                }
                            }
                        };
                        let value = Value {
                            encoding: ENCODING_U64,
                            data: result.to_le_bytes().to_vec(),
                        };
                        (mutation.key.clone(), value)
                    }
                };
                if counting {
                    tally.remove(&tx, &key)?;
                    tally.add(&key, &value.data);
                }
                set.execute(params![
                    key,
                    value.data,
                    value.encoding as i64,
                    version,
                    mutation.expire_at
                ])?;
            }
        }
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO queue (ready, payload, enc, backoff, undelivered) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for enqueue in &write.enqueues {
                let backoff = enqueue.backoff_schedule.as_ref().map(|s| {
                    s.iter()
                        .map(|n| n.to_string())
                        .collect::<Vec<_>>()
                        .join(",")
                });
                let mut undelivered = Vec::new();
                for key in &enqueue.keys_if_undelivered {
                    undelivered.extend_from_slice(&(key.len() as u32).to_be_bytes());
                    undelivered.extend_from_slice(key);
                }
                insert.execute(params![
                    enqueue.ready_at,
                    enqueue.payload.data,
                    enqueue.payload.encoding as i64,
                    backoff,
                    undelivered
                ])?;
            }
        }
        if let Some(quota) = self.quota {
            let keys = meta(&tx, "keys")? + tally.keys;
            let bytes = meta(&tx, "bytes")? + tally.bytes;
            if tally.keys > 0 && quota.max_keys.is_some_and(|max| keys as u64 > max) {
                return Err(KvError::Quota(format!(
                    "KV quota exceeded: the project may store at most {} keys",
                    quota.max_keys.unwrap_or_default()
                )));
            }
            if tally.bytes > 0 && quota.max_bytes.is_some_and(|max| bytes as u64 > max) {
                return Err(KvError::Quota(format!(
                    "KV quota exceeded: the project may store at most {} bytes",
                    quota.max_bytes.unwrap_or_default()
                )));
            }
            set_meta(&tx, "keys", keys)?;
            set_meta(&tx, "bytes", bytes)?;
        }
        set_meta(&tx, "version", version)?;
        tx.commit()?;
        if let Some(meter) = &self.meter {
            meter.wrote(write.mutations.len() + write.enqueues.len());
        }
        Ok(Some(version as u64))
    }

    fn dequeue(&self, now: i64) -> Result<Result<Dequeued, Option<i64>>, KvError> {
        let mut conn = self.conn.borrow_mut();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found: Option<(i64, Vec<u8>, i64)> = tx
            .prepare_cached(
                "SELECT id, payload, enc FROM queue WHERE ready <= ?1 AND locked <= ?1 ORDER BY ready, id LIMIT 1",
            )?
            .query_row([now], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let result = match found {
            Some((id, data, enc)) => {
                tx.prepare_cached("UPDATE queue SET locked = ?2 WHERE id = ?1")?
                    .execute(params![id, now + LEASE_MS])?;
                Ok(Dequeued {
                    id,
                    payload: Value {
                        data,
                        encoding: enc as u8,
                    },
                })
            }
            None => Err(tx
                .prepare_cached("SELECT min(max(ready, locked)) FROM queue")?
                .query_row([], |r| r.get::<_, Option<i64>>(0))?),
        };
        tx.commit()?;
        Ok(result)
    }

    fn finish(&self, id: i64, success: bool, now: i64) -> Result<(), KvError> {
        let mut conn = self.conn.borrow_mut();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let row: Option<QueueRow> = tx
            .prepare_cached(
                "SELECT payload, enc, attempts, backoff, undelivered FROM queue WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .optional()?;
        let Some((payload, enc, attempts, backoff, undelivered)) = row else {
            return Ok(());
        };
        let schedule: Vec<u32> = match &backoff {
            Some(text) if text.is_empty() => vec![],
            Some(text) => text.split(',').filter_map(|n| n.parse().ok()).collect(),
            None => DEFAULT_BACKOFF.to_vec(),
        };
        if !success && (attempts as usize) < schedule.len() {
            tx.prepare_cached(
                "UPDATE queue SET ready = ?2, locked = 0, attempts = attempts + 1 WHERE id = ?1",
            )?
            .execute(params![id, now + schedule[attempts as usize] as i64])?;
            tx.commit()?;
            return Ok(());
        }
        tx.prepare_cached("DELETE FROM queue WHERE id = ?1")?
            .execute([id])?;
        let mut keys = Vec::new();
        let mut rest = undelivered.as_deref().unwrap_or_default();
        while rest.len() >= 4 {
            let len = u32::from_be_bytes(rest[..4].try_into().unwrap_or_default()) as usize;
            if rest.len() < 4 + len {
                break;
            }
            keys.push(rest[4..4 + len].to_vec());
            rest = &rest[4 + len..];
        }
        if !success && !keys.is_empty() {
            let version = meta(&tx, "version")? + 1;
            let mut tally = Tally::default();
            for key in &keys {
                if self.quota.is_some() {
                    tally.remove(&tx, key)?;
                    tally.add(key, &payload);
                }
                tx.prepare_cached(
                    "INSERT OR REPLACE INTO kv (k, v, enc, ver, exp) VALUES (?1, ?2, ?3, ?4, NULL)",
                )?
                .execute(params![key, payload, enc, version])?;
            }
            if self.quota.is_some() {
                set_meta(&tx, "keys", meta(&tx, "keys")? + tally.keys)?;
                set_meta(&tx, "bytes", meta(&tx, "bytes")? + tally.bytes)?;
            }
            set_meta(&tx, "version", version)?;
        }
        tx.commit()?;
        Ok(())
    }

    fn version(&self) -> Result<u64, KvError> {
        let conn = self.conn.borrow();
        Ok(meta(&conn, "version")? as u64)
    }

    fn queue_state(&self, now: i64) -> Result<QueueState, KvError> {
        let conn = self.conn.borrow();
        let (next_ready, in_flight) = conn
            .prepare_cached(
                "SELECT min(max(ready, locked)), count(*) FILTER (WHERE locked > ?1) FROM queue",
            )?
            .query_row([now], |r| {
                Ok((r.get::<_, Option<i64>>(0)?, r.get::<_, i64>(1)?))
            })?;
        Ok(QueueState {
            next_ready,
            in_flight: in_flight > 0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suite;

    #[test]
    fn the_backend_suite() {
        let dir = tempfile::tempdir().unwrap();
        let mut n = 0;
        suite::run_all(&mut |quota, meter| {
            // Each call a database of its own; `reopen` gives a second handle on it.
            n += 1;
            let path = dir.path().join(format!("kv{n}.sqlite3"));
            let open = move || -> Box<dyn KvBackend> {
                Box::new(
                    SqliteBackend::open(&path, quota, meter.clone(), Durability::Normal).unwrap(),
                )
            };
            (open(), Box::new(open) as suite::Reopen)
        });
    }

    #[test]
    fn full_durability_is_a_pragma() {
        let dir = tempfile::tempdir().unwrap();
        let db =
            SqliteBackend::open(&dir.path().join("kv.db"), None, None, Durability::Full).unwrap();
        let sync: i64 = db
            .conn
            .borrow()
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        assert_eq!(sync, 2, "FULL");
        let db = SqliteBackend::in_memory().unwrap();
        let sync: i64 = db
            .conn
            .borrow()
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        assert_eq!(sync, 1, "NORMAL");
    }
}
