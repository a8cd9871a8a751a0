//! The PostgreSQL [`KvBackend`]: a project's KV database as its rows in the shared
//! database (`kv_meta`, `kv_entries`, `kv_queue`; migration `0004_kv.sql` of the store),
//! so whichever node serves the tenant reads and writes the same data.
//!
//! Same meanings as the SQLite backend (`x_ext_kv`'s `sqlite.rs`, and the shared
//! `suite.rs` runs on both). A commit is one transaction that first bumps the project's
//! `kv_meta` row (`INSERT … ON CONFLICT DO UPDATE`, which takes that row's lock): a
//! project's commits are serialised across nodes and connections, the new version is
//! the row's counter (monotonic per project), and the checks, read after the lock, see
//! every earlier commit. Any failure (a check, a `sum` on a non-U64, the quota, the
//! connection) rolls the whole transaction back. Reads are single statements (one
//! snapshot each). Queue messages are leased with `FOR UPDATE SKIP LOCKED`, so two
//! listeners never take the same one.
//!
//! The [`KvBackend`] trait is synchronous (ops run on the isolate's thread); each call
//! here runs on the server's tokio runtime, where the connections live, and the calling
//! thread waits for its answer. The hypervisor stops the CPU watchdog's clock during the
//! wait (`crate::BlockHook`), so a round trip is not charged as JavaScript running.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;

use tokio_postgres::{GenericClient, Row};
use x_ext_kv::interface::*;
use x_ext_kv::{KvError, QueueState};
use x_platform_store::PgPool;

/// Connections the node's tenants share for KV.
const POOL_SIZE: usize = 16;
/// See the SQLite backend: how long a delivered message stays leased.
const LEASE_MS: i64 = 5 * 60 * 1000;
/// Deno's default retry schedule.
const DEFAULT_BACKOFF: [u32; 5] = [100, 1000, 5000, 30000, 60000];

/// The node's KV connections to the shared database.
pub struct PgKv {
    pool: PgPool,
    runtime: tokio::runtime::Handle,
}

fn pg(e: tokio_postgres::Error) -> KvError {
    store(x_platform_store::pg_error(e))
}

impl PgKv {
    /// KV on the database `config` names; calls run on `runtime` (a multi-threaded one,
    /// not the caller's: callers block until the answer).
    pub fn new(config: tokio_postgres::Config, runtime: tokio::runtime::Handle) -> Arc<PgKv> {
        Arc::new(PgKv {
            pool: PgPool::new(config, POOL_SIZE),
            runtime,
        })
    }

    /// Project `project_id`'s database.
    pub fn open(
        self: &Arc<Self>,
        project_id: &str,
        quota: Option<KvQuota>,
        meter: Option<Arc<KvMeter>>,
    ) -> PgKvBackend {
        PgKvBackend {
            kv: self.clone(),
            project: project_id.into(),
            quota,
            meter,
        }
    }

    /// Runs `work` on the runtime and waits for it.
    fn block<T, F>(&self, work: F) -> Result<T, KvError>
    where
        T: Send + 'static,
        F: Future<Output = Result<T, KvError>> + Send + 'static,
    {
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        self.runtime.spawn(async move {
            let _ = tx.send(work.await);
        });
        rx.recv()
            .map_err(|_| KvError::Backend("the server stopped during a KV call".into()))?
    }

    /// Every project with a queue message, and where its queue stands at `now` (the
    /// wake-up scheduler's question, asked of all projects at once).
    pub async fn queues(&self, now: i64) -> Result<Vec<(String, QueueState)>, KvError> {
        let conn = self.pool.get().await.map_err(store)?;
        let rows = conn
            .query(
                "SELECT project_id, min(greatest(ready, locked)), count(*) FILTER (WHERE locked > $1)
                 FROM kv_queue GROUP BY project_id",
                &[&now],
            )
            .await
            .map_err(pg)?;
        rows.iter()
            .map(|row| {
                Ok((
                    row.try_get(0).map_err(pg)?,
                    QueueState {
                        next_ready: row.try_get(1).map_err(pg)?,
                        in_flight: row.try_get::<_, i64>(2).map_err(pg)? > 0,
                    },
                ))
            })
            .collect()
    }
}

/// "KV database error: postgres: …", without the store's own prefix.
fn store(e: x_platform_store::StoreError) -> KvError {
    KvError::Backend(match e {
        x_platform_store::StoreError::Internal(message) => message,
        other => other.to_string(),
    })
}

/// One project's database (see the module comment).
pub struct PgKvBackend {
    kv: Arc<PgKv>,
    project: Arc<str>,
    quota: Option<KvQuota>,
    meter: Option<Arc<KvMeter>>,
}

fn entry(row: &Row) -> Result<Entry, KvError> {
    Ok(Entry {
        key: row.try_get(0).map_err(pg)?,
        value: Value {
            data: row.try_get(1).map_err(pg)?,
            encoding: row.try_get::<_, i16>(2).map_err(pg)? as u8,
        },
        version: row.try_get::<_, i64>(3).map_err(pg)? as u64,
    })
}

/// Bumps the project's version, taking its commit lock: the new version.
async fn next_version(tx: &impl GenericClient, project: &str) -> Result<i64, KvError> {
    tx.query_one(
        "INSERT INTO kv_meta (project_id, version) VALUES ($1, 1)
         ON CONFLICT (project_id) DO UPDATE SET version = kv_meta.version + 1
         RETURNING version",
        &[&project],
    )
    .await
    .map_err(pg)?
    .try_get(0)
    .map_err(pg)
}

/// Sizes of what a write adds and removes, for the quota.
#[derive(Default)]
struct Tally {
    keys: i64,
    bytes: i64,
}

/// Applies the tally to the project's counters, refusing what passes the quota.
async fn count(
    tx: &impl GenericClient,
    project: &str,
    tally: &Tally,
    quota: Option<KvQuota>,
) -> Result<(), KvError> {
    let row = tx
        .query_one(
            "UPDATE kv_meta SET keys = keys + $2, bytes = bytes + $3 WHERE project_id = $1
             RETURNING keys, bytes",
            &[&project, &tally.keys, &tally.bytes],
        )
        .await
        .map_err(pg)?;
    let (keys, bytes): (i64, i64) = (row.try_get(0).map_err(pg)?, row.try_get(1).map_err(pg)?);
    let Some(quota) = quota else { return Ok(()) };
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
    Ok(())
}

/// Writes the final state of each touched key (`None`: deleted) at `version`, and
/// tallies the change against what was there (`old`: size of each existing key).
async fn write_keys(
    tx: &impl GenericClient,
    project: &str,
    version: i64,
    keys: &HashMap<Vec<u8>, Option<(Value, Option<i64>)>>,
    old: &HashMap<Vec<u8>, i64>,
    tally: &mut Tally,
) -> Result<(), KvError> {
    let (mut k, mut v, mut enc, mut exp) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut deleted: Vec<&[u8]> = Vec::new();
    for (key, state) in keys {
        if let Some(size) = old.get(key) {
            tally.keys -= 1;
            tally.bytes -= size;
        }
        match state {
            Some((value, expire_at)) => {
                tally.keys += 1;
                tally.bytes += (key.len() + value.data.len()) as i64;
                k.push(key.as_slice());
                v.push(value.data.as_slice());
                enc.push(value.encoding as i16);
                exp.push(*expire_at);
            }
            None => deleted.push(key.as_slice()),
        }
    }
    if !deleted.is_empty() {
        tx.execute(
            "DELETE FROM kv_entries WHERE project_id = $1 AND k = ANY($2)",
            &[&project, &deleted],
        )
        .await
        .map_err(pg)?;
    }
    if !k.is_empty() {
        tx.execute(
            "INSERT INTO kv_entries (project_id, k, v, enc, ver, exp)
             SELECT $1, t.k, t.v, t.enc, $6, t.exp
             FROM unnest($2::bytea[], $3::bytea[], $4::int2[], $5::int8[]) AS t(k, v, enc, exp)
             ON CONFLICT (project_id, k) DO UPDATE
             SET v = EXCLUDED.v, enc = EXCLUDED.enc, ver = EXCLUDED.ver, exp = EXCLUDED.exp",
            &[&project, &k, &v, &enc, &exp, &version],
        )
        .await
        .map_err(pg)?;
    }
    Ok(())
}

/// The sizes of the existing `keys` (expired ones were swept before).
async fn sizes(
    tx: &impl GenericClient,
    project: &str,
    keys: &[&[u8]],
) -> Result<HashMap<Vec<u8>, (i64, Value)>, KvError> {
    let rows = tx
        .query(
            "SELECT k, v, enc FROM kv_entries WHERE project_id = $1 AND k = ANY($2)",
            &[&project, &keys],
        )
        .await
        .map_err(pg)?;
    let mut out = HashMap::with_capacity(rows.len());
    for row in rows {
        let k: Vec<u8> = row.try_get(0).map_err(pg)?;
        let v: Vec<u8> = row.try_get(1).map_err(pg)?;
        let enc: i16 = row.try_get(2).map_err(pg)?;
        let size = (k.len() + v.len()) as i64;
        out.insert(
            k,
            (
                size,
                Value {
                    encoding: enc as u8,
                    data: v,
                },
            ),
        );
    }
    Ok(out)
}

async fn commit(
    kv: Arc<PgKv>,
    project: Arc<str>,
    write: AtomicWrite,
    now: i64,
    quota: Option<KvQuota>,
) -> Result<Option<u64>, KvError> {
    let project: &str = &project;
    let mut conn = kv.pool.get().await.map_err(store)?;
    let tx = conn.transaction().await.map_err(pg)?;
    let version = next_version(&tx, project).await?;
    if !write.checks.is_empty() {
        let keys: Vec<&[u8]> = write.checks.iter().map(|c| c.key.as_slice()).collect();
        let rows = tx
            .query(
                "SELECT k, ver FROM kv_entries
                 WHERE project_id = $1 AND k = ANY($2) AND (exp IS NULL OR exp > $3)",
                &[&project, &keys, &now],
            )
            .await
            .map_err(pg)?;
        let mut found = HashMap::with_capacity(rows.len());
        for row in rows {
            let k: Vec<u8> = row.try_get(0).map_err(pg)?;
            found.insert(k, row.try_get::<_, i64>(1).map_err(pg)? as u64);
        }
        if write
            .checks
            .iter()
            .any(|c| found.get(&c.key).copied() != c.version)
        {
            // Dropping the transaction rolls the version bump back.
            return Ok(None);
        }
    }
    let mut tally = Tally::default();
    // Expired keys go now (they already read as absent).
    for row in tx
        .query(
            "DELETE FROM kv_entries WHERE project_id = $1 AND exp IS NOT NULL AND exp <= $2
             RETURNING octet_length(k) + octet_length(v)",
            &[&project, &now],
        )
        .await
        .map_err(pg)?
    {
        tally.keys -= 1;
        tally.bytes -= row.try_get::<_, i32>(0).map_err(pg)? as i64;
    }

    // Each mutation's key (a versionstamped one gets this commit's stamp).
    let keys: Vec<Vec<u8>> = write
        .mutations
        .iter()
        .map(|m| match m.kind {
            MutationKind::SetSuffixVersionstampedKey(_) => {
                let mut key = m.key.clone();
                key.push(0x02);
                key.extend_from_slice(format!("{version:016x}0000").as_bytes());
                key.push(0);
                key
            }
            _ => m.key.clone(),
        })
        .collect();
    let lookup: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
    let existing = sizes(&tx, project, &lookup).await?;
    let old: HashMap<Vec<u8>, i64> = existing
        .iter()
        .map(|(k, (size, _))| (k.clone(), *size))
        .collect();
    let mut state: HashMap<Vec<u8>, Option<(Value, Option<i64>)>> = HashMap::new();
    for (mutation, key) in write.mutations.iter().zip(keys) {
        let next = match &mutation.kind {
            MutationKind::Set(value) | MutationKind::SetSuffixVersionstampedKey(value) => {
                Some((value.clone(), mutation.expire_at))
            }
            MutationKind::Delete => None,
            MutationKind::Sum(n) | MutationKind::Min(n) | MutationKind::Max(n) => {
                let current = match state.get(&key) {
                    Some(state) => state.as_ref().map(|(v, _)| v.clone()),
                    None => existing.get(&key).map(|(_, v)| v.clone()),
                };
                let result = match current {
                    None => *n,
                    Some(value) => {
                        let name = match mutation.kind {
                            MutationKind::Sum(_) => "sum",
                            MutationKind::Min(_) => "min",
                            _ => "max",
                        };
                        let old = match <[u8; 8]>::try_from(value.data.as_slice()) {
                            Ok(bytes) if value.encoding == ENCODING_U64 => u64::from_le_bytes(bytes),
                            _ => {
                                return Err(KvError::Type(format!(
                                    "Failed to perform '{name}' mutation on a non-U64 value in the database"
                                )))
                            }
                        };
                        match mutation.kind {
                            MutationKind::Sum(_) => old.wrapping_add(*n),
                            MutationKind::Min(_) => old.min(*n),
                            _ => old.max(*n),
                        }
                    }
                };
                Some((
                    Value {
                        encoding: ENCODING_U64,
                        data: result.to_le_bytes().to_vec(),
                    },
                    mutation.expire_at,
                ))
            }
        };
        state.insert(key, next);
    }
    write_keys(&tx, project, version, &state, &old, &mut tally).await?;

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
        tx.execute(
            "INSERT INTO kv_queue (project_id, ready, payload, enc, backoff, undelivered)
             VALUES ($1, $2, $3, $4, $5, $6)",
            &[
                &project,
                &enqueue.ready_at,
                &enqueue.payload.data,
                &(enqueue.payload.encoding as i16),
                &backoff,
                &undelivered,
            ],
        )
        .await
        .map_err(pg)?;
    }
    count(&tx, project, &tally, quota).await?;
    tx.commit().await.map_err(pg)?;
    Ok(Some(version as u64))
}

async fn finish(
    kv: Arc<PgKv>,
    project: Arc<str>,
    id: i64,
    success: bool,
    now: i64,
) -> Result<(), KvError> {
    let project: &str = &project;
    let mut conn = kv.pool.get().await.map_err(store)?;
    let tx = conn.transaction().await.map_err(pg)?;
    let Some(row) = tx
        .query_opt(
            "SELECT payload, enc, attempts, backoff, undelivered FROM kv_queue
             WHERE id = $1 AND project_id = $2 FOR UPDATE",
            &[&id, &project],
        )
        .await
        .map_err(pg)?
    else {
        return Ok(());
    };
    let payload: Vec<u8> = row.try_get(0).map_err(pg)?;
    let enc: i16 = row.try_get(1).map_err(pg)?;
    let attempts: i32 = row.try_get(2).map_err(pg)?;
    let backoff: Option<String> = row.try_get(3).map_err(pg)?;
    let undelivered: Option<Vec<u8>> = row.try_get(4).map_err(pg)?;
    let schedule: Vec<u32> = match &backoff {
        Some(text) if text.is_empty() => vec![],
        Some(text) => text.split(',').filter_map(|n| n.parse().ok()).collect(),
        None => DEFAULT_BACKOFF.to_vec(),
    };
    if !success && (attempts as usize) < schedule.len() {
        let ready = now + schedule[attempts as usize] as i64;
        tx.execute(
            "UPDATE kv_queue SET ready = $2, locked = 0, attempts = attempts + 1 WHERE id = $1",
            &[&id, &ready],
        )
        .await
        .map_err(pg)?;
        tx.commit().await.map_err(pg)?;
        return Ok(());
    }
    tx.execute("DELETE FROM kv_queue WHERE id = $1", &[&id])
        .await
        .map_err(pg)?;
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
        let version = next_version(&tx, project).await?;
        let lookup: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
        let old: HashMap<Vec<u8>, i64> = sizes(&tx, project, &lookup)
            .await?
            .into_iter()
            .map(|(k, (size, _))| (k, size))
            .collect();
        let value = Value {
            encoding: enc as u8,
            data: payload,
        };
        let state = keys
            .into_iter()
            .map(|k| (k, Some((value.clone(), None))))
            .collect();
        let mut tally = Tally::default();
        write_keys(&tx, project, version, &state, &old, &mut tally).await?;
        // The message's own keys: written even past the quota (it was accepted earlier).
        count(&tx, project, &tally, None).await?;
    }
    tx.commit().await.map_err(pg)?;
    Ok(())
}

impl PgKvBackend {
    fn meter_read(&self, n: usize) {
        if let Some(meter) = &self.meter {
            meter.read(n);
        }
    }
}

impl KvBackend for PgKvBackend {
    fn get_many(&self, keys: &[Vec<u8>], now: i64) -> Result<Vec<Option<Entry>>, KvError> {
        let (kv, project, wanted) = (self.kv.clone(), self.project.clone(), keys.to_vec());
        let mut found: HashMap<Vec<u8>, Entry> = self.kv.block(async move {
            let conn = kv.pool.get().await.map_err(store)?;
            let keys: Vec<&[u8]> = wanted.iter().map(Vec::as_slice).collect();
            let rows = conn
                .query(
                    "SELECT k, v, enc, ver FROM kv_entries
                     WHERE project_id = $1 AND k = ANY($2) AND (exp IS NULL OR exp > $3)",
                    &[&&*project, &keys, &now],
                )
                .await
                .map_err(pg)?;
            rows.iter()
                .map(|row| entry(row).map(|e| (e.key.clone(), e)))
                .collect()
        })?;
        self.meter_read(keys.len());
        Ok(keys.iter().map(|k| found.remove(k)).collect())
    }

    fn read_range(&self, range: &ReadRange, now: i64) -> Result<Vec<Entry>, KvError> {
        let (kv, project, range) = (self.kv.clone(), self.project.clone(), range.clone());
        let entries = self.kv.block(async move {
            let conn = kv.pool.get().await.map_err(store)?;
            let sql = if range.reverse {
                "SELECT k, v, enc, ver FROM kv_entries
                 WHERE project_id = $1 AND k >= $2 AND k < $3 AND (exp IS NULL OR exp > $4)
                 ORDER BY k DESC LIMIT $5"
            } else {
                "SELECT k, v, enc, ver FROM kv_entries
                 WHERE project_id = $1 AND k >= $2 AND k < $3 AND (exp IS NULL OR exp > $4)
                 ORDER BY k ASC LIMIT $5"
            };
            let limit = range.limit as i64;
            let rows = conn
                .query(sql, &[&&*project, &range.start, &range.end, &now, &limit])
                .await
                .map_err(pg)?;
            rows.iter().map(entry).collect::<Result<Vec<_>, _>>()
        })?;
        self.meter_read(entries.len().max(1));
        Ok(entries)
    }

    fn atomic_write(&self, write: &AtomicWrite, now: i64) -> Result<Option<u64>, KvError> {
        let work = commit(
            self.kv.clone(),
            self.project.clone(),
            write.clone(),
            now,
            self.quota,
        );
        let version = self.kv.block(work)?;
        if let (Some(meter), Some(_)) = (&self.meter, version) {
            meter.wrote(write.mutations.len() + write.enqueues.len());
        }
        Ok(version)
    }

    fn dequeue(&self, now: i64) -> Result<Result<Dequeued, Option<i64>>, KvError> {
        let (kv, project) = (self.kv.clone(), self.project.clone());
        self.kv.block(async move {
            let conn = kv.pool.get().await.map_err(store)?;
            let taken = conn
                .query_opt(
                    "UPDATE kv_queue SET locked = $3 WHERE id = (
                       SELECT id FROM kv_queue
                       WHERE project_id = $1 AND ready <= $2 AND locked <= $2
                       ORDER BY ready, id LIMIT 1 FOR UPDATE SKIP LOCKED)
                     RETURNING id, payload, enc",
                    &[&&*project, &now, &(now + LEASE_MS)],
                )
                .await
                .map_err(pg)?;
            if let Some(row) = taken {
                return Ok(Ok(Dequeued {
                    id: row.try_get(0).map_err(pg)?,
                    payload: Value {
                        data: row.try_get(1).map_err(pg)?,
                        encoding: row.try_get::<_, i16>(2).map_err(pg)? as u8,
                    },
                }));
            }
            let next: Option<i64> = conn
                .query_one(
                    "SELECT min(greatest(ready, locked)) FROM kv_queue WHERE project_id = $1",
                    &[&&*project],
                )
                .await
                .map_err(pg)?
                .try_get(0)
                .map_err(pg)?;
            Ok(Err(next))
        })
    }

    fn finish(&self, id: i64, success: bool, now: i64) -> Result<(), KvError> {
        let work = finish(self.kv.clone(), self.project.clone(), id, success, now);
        self.kv.block(work)
    }

    fn version(&self) -> Result<u64, KvError> {
        let (kv, project) = (self.kv.clone(), self.project.clone());
        self.kv.block(async move {
            let conn = kv.pool.get().await.map_err(store)?;
            let row = conn
                .query_opt(
                    "SELECT version FROM kv_meta WHERE project_id = $1",
                    &[&&*project],
                )
                .await
                .map_err(pg)?;
            Ok(match row {
                Some(row) => row.try_get::<_, i64>(0).map_err(pg)? as u64,
                None => 0,
            })
        })
    }

    fn queue_state(&self, now: i64) -> Result<QueueState, KvError> {
        let (kv, project) = (self.kv.clone(), self.project.clone());
        self.kv.block(async move {
            let conn = kv.pool.get().await.map_err(store)?;
            let row = conn
                .query_one(
                    "SELECT min(greatest(ready, locked)), count(*) FILTER (WHERE locked > $2)
                     FROM kv_queue WHERE project_id = $1",
                    &[&&*project, &now],
                )
                .await
                .map_err(pg)?;
            Ok(QueueState {
                next_ready: row.try_get(0).map_err(pg)?,
                in_flight: row.try_get::<_, i64>(1).map_err(pg)? > 0,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use x_ext_kv::suite;
    use x_platform_store::testing::TempCluster;

    /// The shared backend suite, and the two-writer counter at 1000 each, on a
    /// throwaway PostgreSQL server; each case a project of its own in one database.
    #[test]
    fn the_backend_suite_on_postgres() {
        let Some(pg) = TempCluster::start() else {
            return;
        };
        let url = pg.database("kv");
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        // The store applies the migrations (the KV tables are among them).
        runtime
            .block_on(x_platform_store::PostgresStore::connect(&url))
            .unwrap();
        let kv = PgKv::new(url.parse().unwrap(), runtime.handle().clone());
        let mut n = 0;
        let mut fresh = |quota: Option<KvQuota>, meter: Option<Arc<KvMeter>>| {
            n += 1;
            let (kv, project) = (kv.clone(), format!("project-{n}"));
            let reopen =
                move || -> Box<dyn KvBackend> { Box::new(kv.open(&project, quota, meter.clone())) };
            (reopen(), Box::new(reopen) as suite::Reopen)
        };
        suite::run_all(&mut fresh);
        suite::two_writers_increment_one_counter(&fresh(None, None).1, 1000);

        // Projects do not see each other's keys, versions or queues.
        let (a, b) = (kv.open("iso-a", None, None), kv.open("iso-b", None, None));
        let set = AtomicWrite {
            mutations: vec![Mutation {
                key: suite::key("k"),
                kind: MutationKind::Set(Value {
                    encoding: ENCODING_BYTES,
                    data: b"a".to_vec(),
                }),
                expire_at: None,
            }],
            ..Default::default()
        };
        a.atomic_write(&set, 0).unwrap();
        assert!(b.get_many(&[suite::key("k")], 0).unwrap()[0].is_none());
        assert_eq!(b.version().unwrap(), 0);
        // And the scheduler's view lists each project with a message.
        let enqueue = AtomicWrite {
            enqueues: vec![Enqueue {
                payload: Value {
                    encoding: ENCODING_BYTES,
                    data: b"m".to_vec(),
                },
                ready_at: 5,
                keys_if_undelivered: vec![],
                backoff_schedule: None,
            }],
            ..Default::default()
        };
        b.atomic_write(&enqueue, 0).unwrap();
        let queues = runtime.block_on(kv.queues(0)).unwrap();
        assert!(queues.contains(&(
            "iso-b".to_string(),
            QueueState {
                next_ready: Some(5),
                in_flight: false
            }
        )));
        assert!(!queues.iter().any(|(p, _)| p == "iso-a"));
    }

    /// A stopped database is an error for the caller, not a hang or a panic.
    #[test]
    fn an_unreachable_database_is_an_error() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let url = format!("postgres://nobody@127.0.0.1:{port}/none");
        let kv = PgKv::new(url.parse().unwrap(), runtime.handle().clone());
        let error = kv.open("p", None, None).version().unwrap_err();
        assert!(
            error.to_string().starts_with("KV database error: "),
            "{error}"
        );
    }
}
