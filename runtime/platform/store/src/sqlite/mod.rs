//! The embedded store: one SQLite file, `DIR/platform.db`, in WAL mode.
//!
//! Writes go through one connection (SQLite has one writer anyway), each method one
//! `BEGIN IMMEDIATE` transaction; reads use a small pool of read-only connections, which
//! WAL lets run beside the writer. `synchronous=FULL` makes every acknowledged commit
//! durable (a promote the API answered survives a crash or power loss). Calls run on
//! tokio's blocking pool, so the async callers never wait on disk. Other processes (the
//! CLI creating a token while the server runs) share the file; `busy_timeout` makes them
//! wait their turn instead of failing.

mod migrate;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Row, TransactionBehavior};

#[cfg(test)]
pub(crate) use migrate::check_migration_files;
pub(crate) use migrate::checksum;
pub use migrate::{migrations, Migration};

use crate::tokens::{hash_secret, TokenSecret};
use crate::types::*;
use crate::validate::{self, MAX_ENV_VARS, MAX_LOG_MESSAGE};
use crate::{new_id, now_ms, Result, Store, StoreError};

/// Read connections kept open between calls.
const READ_POOL: usize = 4;
/// How often a token's `last_used_at` is written at most, so authentication is not a
/// write per request.
const LAST_USED_GRANULARITY_MS: i64 = 60_000;

#[derive(Clone)]
pub struct SqliteStore {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
    logs: tokio::sync::watch::Sender<u64>,
    routing: AtomicU64,
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")?;
    Ok(())
}

impl SqliteStore {
    /// Opens (creating) `dir/platform.db`, switches it to WAL and applies migrations.
    pub fn open(dir: &Path) -> Result<SqliteStore> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join("platform.db");
        let mut writer = Connection::open(&path)?;
        configure(&writer)?;
        let mode: String = writer.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Internal(format!(
                "cannot switch {} to WAL mode (got {mode})",
                path.display()
            )));
        }
        migrate::apply(&mut writer, migrations())?;
        Ok(SqliteStore {
            inner: Arc::new(Inner {
                path,
                writer: Mutex::new(writer),
                readers: Mutex::new(Vec::new()),
                logs: tokio::sync::watch::channel(0).0,
                routing: AtomicU64::new(0),
            }),
        })
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// Runs `f` in one write transaction on the blocking pool.
    async fn write<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&rusqlite::Transaction<'_>) -> Result<T> + Send + 'static,
    {
        let inner = self.inner.clone();
        tokio::task::spawn_blocking(move || {
            // A panic in another call poisons the mutex but leaves the connection usable
            // (its transaction was rolled back when dropped).
            let mut conn = inner.writer.lock().unwrap_or_else(|p| p.into_inner());
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let value = f(&tx)?;
            tx.commit()?;
            Ok(value)
        })
        .await
        .map_err(|e| StoreError::Internal(format!("store task failed: {e}")))?
    }

    /// Runs `f` on a read-only connection on the blocking pool.
    async fn read<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let inner = self.inner.clone();
        tokio::task::spawn_blocking(move || {
            let pooled = inner
                .readers
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .pop();
            let conn = match pooled {
                Some(conn) => conn,
                None => {
                    let conn = Connection::open_with_flags(
                        &inner.path,
                        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                    )?;
                    configure(&conn)?;
                    conn
                }
            };
            let value = f(&conn);
            let mut pool = inner.readers.lock().unwrap_or_else(|p| p.into_inner());
            if pool.len() < READ_POOL {
                pool.push(conn);
            }
            value
        })
        .await
        .map_err(|e| StoreError::Internal(format!("store task failed: {e}")))?
    }

    /// Checks the database as an operator's fsck would: SQLite's own integrity and
    /// foreign-key checks; every deployment's manifest parses and its recorded blobs are
    /// exactly the manifest's; every production pointer names a ready deployment of its
    /// own project. Returns the problems found (none: consistent). The crash tests run it
    /// on the data folder of a server killed with SIGKILL.
    pub async fn check_consistency(&self) -> Result<Vec<String>> {
        self.read(|conn| {
            let mut problems = Vec::new();
            let integrity: Vec<String> = conn
                .prepare("PRAGMA integrity_check")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if integrity != ["ok"] {
                problems.extend(integrity.into_iter().map(|p| format!("integrity: {p}")));
            }
            let fk_violations: i64 =
                conn.query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
            if fk_violations > 0 {
                problems.push(format!("{fk_violations} foreign key violation(s)"));
            }
            let mut deployments = conn.prepare("SELECT id, manifest FROM deployments")?;
            let mut blobs = conn.prepare("SELECT hash FROM deployment_blobs WHERE deployment_id = ?1 ORDER BY hash")?;
            let rows: Vec<(String, String)> =
                deployments.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
            for (id, manifest) in rows {
                match serde_json::from_str::<Manifest>(&manifest) {
                    Ok(manifest) => {
                        let recorded: Vec<String> =
                            blobs.query_map([&id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
                        if recorded != manifest.blobs() {
                            problems.push(format!("deployment {id}: recorded blobs differ from its manifest"));
                        }
                    }
                    Err(e) => problems.push(format!("deployment {id}: manifest does not parse: {e}")),
                }
            }
            let misplaced: i64 = conn.query_row(
                "SELECT COUNT(*) FROM production pr LEFT JOIN deployments d ON d.id = pr.deployment_id
                 WHERE d.id IS NULL OR d.project_id != pr.project_id OR d.status != 'ready'",
                [],
                |r| r.get(0),
            )?;
            if misplaced > 0 {
                problems.push(format!("{misplaced} production pointer(s) to a missing or foreign deployment"));
            }
            Ok(problems)
        })
        .await
    }

    fn bump_routing(&self) {
        self.inner.routing.fetch_add(1, Ordering::SeqCst);
    }
}

fn project_id(conn: &Connection, name: &str) -> Result<String> {
    conn.query_row("SELECT id FROM projects WHERE name = ?1", [name], |row| {
        row.get(0)
    })
    .optional()?
    .ok_or_else(|| StoreError::NotFound(format!("project {name}")))
}

const DEPLOYMENT_COLUMNS: &str = "d.id, p.name, d.project_id, d.manifest, d.status, d.created_at, \
     (pr.deployment_id IS NOT NULL)
     FROM deployments d
     JOIN projects p ON p.id = d.project_id
     LEFT JOIN production pr ON pr.project_id = d.project_id AND pr.deployment_id = d.id";

fn deployment_from_row(row: &Row<'_>) -> rusqlite::Result<Deployment> {
    let manifest: String = row.get(3)?;
    let status: String = row.get(4)?;
    let bad = |what: String| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, what.into())
    };
    Ok(Deployment {
        id: row.get(0)?,
        project: row.get(1)?,
        project_id: row.get(2)?,
        manifest: serde_json::from_str(&manifest)
            .map_err(|e| bad(format!("stored manifest: {e}")))?,
        status: DeploymentStatus::parse(&status)
            .ok_or_else(|| bad(format!("stored status {status:?}")))?,
        created_at: row.get(5)?,
        production: row.get(6)?,
    })
}

fn deployment_by_id(conn: &Connection, id: &str) -> Result<Option<Deployment>> {
    Ok(conn
        .query_row(
            &format!("SELECT {DEPLOYMENT_COLUMNS} WHERE d.id = ?1"),
            [id],
            deployment_from_row,
        )
        .optional()?)
}

fn token_from_row(row: &Row<'_>) -> rusqlite::Result<TokenInfo> {
    Ok(TokenInfo {
        id: row.get(0)?,
        name: row.get(1)?,
        project: row.get(2)?,
        created_at: row.get(3)?,
        last_used_at: row.get(4)?,
        revoked_at: row.get(5)?,
    })
}

const TOKEN_COLUMNS: &str = "id, name, project, created_at, last_used_at, revoked_at FROM tokens";

/// Cuts a message to at most `max` bytes on a character boundary.
pub(crate) fn clip(mut message: String, max: usize) -> String {
    if message.len() > max {
        let mut end = max;
        while !message.is_char_boundary(end) {
            end -= 1;
        }
        message.truncate(end);
    }
    message
}

#[async_trait]
impl Store for SqliteStore {
    async fn create_project(&self, name: &str) -> Result<Project> {
        validate::project_name(name).map_err(StoreError::Invalid)?;
        let project = Project {
            id: new_id(),
            name: name.to_owned(),
            created_at: now_ms(),
        };
        let row = project.clone();
        self.write(move |tx| {
            let taken: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM projects WHERE name = ?1)",
                [&row.name],
                |r| r.get(0),
            )?;
            if taken {
                return Err(StoreError::Conflict(format!(
                    "project {} already exists",
                    row.name
                )));
            }
            tx.execute(
                "INSERT INTO projects (id, name, created_at) VALUES (?1, ?2, ?3)",
                params![row.id, row.name, row.created_at],
            )?;
            Ok(())
        })
        .await?;
        Ok(project)
    }

    async fn list_projects(&self) -> Result<Vec<Project>> {
        self.read(|conn| {
            let mut stmt =
                conn.prepare("SELECT id, name, created_at FROM projects ORDER BY name")?;
            let rows = stmt.query_map([], |r| {
                Ok(Project {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    created_at: r.get(2)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    async fn get_project(&self, name: &str) -> Result<Option<Project>> {
        let name = name.to_owned();
        self.read(move |conn| {
            Ok(conn
                .query_row(
                    "SELECT id, name, created_at FROM projects WHERE name = ?1",
                    [&name],
                    |r| {
                        Ok(Project {
                            id: r.get(0)?,
                            name: r.get(1)?,
                            created_at: r.get(2)?,
                        })
                    },
                )
                .optional()?)
        })
        .await
    }

    async fn delete_project(&self, name: &str) -> Result<bool> {
        let name = name.to_owned();
        let deleted = self
            .write(move |tx| Ok(tx.execute("DELETE FROM projects WHERE name = ?1", [&name])? > 0))
            .await?;
        if deleted {
            self.bump_routing();
        }
        Ok(deleted)
    }

    async fn create_deployment(&self, new: NewDeployment) -> Result<Deployment> {
        new.manifest.validate().map_err(StoreError::Invalid)?;
        let manifest_json = serde_json::to_string(&new.manifest)
            .map_err(|e| StoreError::Internal(e.to_string()))?;
        let id = new_id();
        let created_at = now_ms();
        let promote = new.promote;
        let deployment = self
            .write(move |tx| {
                let project_id = project_id(tx, &new.project)?;
                tx.execute(
                    "INSERT INTO deployments (id, project_id, manifest, status, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![id, project_id, manifest_json, DeploymentStatus::Ready.as_str(), created_at],
                )?;
                let mut insert_blob =
                    tx.prepare("INSERT INTO deployment_blobs (deployment_id, hash) VALUES (?1, ?2)")?;
                for hash in new.manifest.blobs() {
                    insert_blob.execute(params![id, hash])?;
                }
                if promote {
                    tx.execute(
                        "INSERT INTO production (project_id, deployment_id, promoted_at) VALUES (?1, ?2, ?3)
                         ON CONFLICT (project_id) DO UPDATE SET deployment_id = excluded.deployment_id,
                                                                promoted_at = excluded.promoted_at",
                        params![project_id, id, created_at],
                    )?;
                }
                deployment_by_id(tx, &id)?.ok_or_else(|| StoreError::Internal("deployment vanished".into()))
            })
            .await?;
        // A new deployment id becomes routable: drop any cached "unknown host" answer.
        self.bump_routing();
        Ok(deployment)
    }

    async fn list_deployments(
        &self,
        project: &str,
        limit: u32,
        before: Option<&str>,
    ) -> Result<Vec<Deployment>> {
        let project = project.to_owned();
        let before = before.map(str::to_owned);
        let limit = limit.clamp(1, 1000);
        self.read(move |conn| {
            let project_id = project_id(conn, &project)?;
            let mut stmt = conn.prepare(&format!(
                "SELECT {DEPLOYMENT_COLUMNS}
                 WHERE d.project_id = ?1 AND (?2 IS NULL OR d.id < ?2)
                 ORDER BY d.id DESC LIMIT ?3"
            ))?;
            let rows = stmt.query_map(params![project_id, before, limit], deployment_from_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    async fn get_deployment(&self, id: &str) -> Result<Option<Deployment>> {
        let id = id.to_owned();
        self.read(move |conn| deployment_by_id(conn, &id)).await
    }

    async fn promote(&self, project: &str, deployment_id: &str) -> Result<Deployment> {
        let project = project.to_owned();
        let deployment_id = deployment_id.to_owned();
        let deployment = self
            .write(move |tx| {
                let project_id = project_id(tx, &project)?;
                let status: Option<String> = tx
                    .query_row(
                        "SELECT status FROM deployments WHERE id = ?1 AND project_id = ?2",
                        params![deployment_id, project_id],
                        |r| r.get(0),
                    )
                    .optional()?;
                match status.as_deref() {
                    None => return Err(StoreError::NotFound(format!("deployment {deployment_id} of project {project}"))),
                    Some("ready") => {}
                    Some(other) => {
                        return Err(StoreError::Conflict(format!("deployment {deployment_id} is {other}, not ready")))
                    }
                }
                tx.execute(
                    "INSERT INTO production (project_id, deployment_id, promoted_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (project_id) DO UPDATE SET deployment_id = excluded.deployment_id,
                                                            promoted_at = excluded.promoted_at",
                    params![project_id, deployment_id, now_ms()],
                )?;
                deployment_by_id(tx, &deployment_id)?.ok_or_else(|| StoreError::Internal("deployment vanished".into()))
            })
            .await?;
        self.bump_routing();
        Ok(deployment)
    }

    async fn production(&self, project: &str) -> Result<Option<Deployment>> {
        let project = project.to_owned();
        self.read(move |conn| {
            Ok(conn
                .query_row(
                    &format!("SELECT {DEPLOYMENT_COLUMNS} WHERE p.name = ?1 AND pr.deployment_id IS NOT NULL"),
                    [&project],
                    deployment_from_row,
                )
                .optional()?)
        })
        .await
    }

    async fn create_token(&self, new: NewToken) -> Result<(TokenInfo, TokenSecret)> {
        validate::token_name(&new.name).map_err(StoreError::Invalid)?;
        if let Some(project) = &new.project {
            validate::project_name(project).map_err(StoreError::Invalid)?;
        }
        let secret = TokenSecret::generate();
        let info = TokenInfo {
            id: new_id(),
            name: new.name,
            project: new.project,
            created_at: now_ms(),
            last_used_at: None,
            revoked_at: None,
        };
        let row = info.clone();
        let hash = secret.hash();
        self.write(move |tx| {
            tx.execute(
                "INSERT INTO tokens (id, name, secret_hash, project, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![row.id, row.name, hash, row.project, row.created_at],
            )?;
            Ok(())
        })
        .await?;
        Ok((info, secret))
    }

    async fn authenticate(&self, secret: &str) -> Result<Option<TokenInfo>> {
        let hash = hash_secret(secret);
        let found = self
            .read(move |conn| {
                Ok(conn
                    .query_row(
                        &format!("SELECT {TOKEN_COLUMNS} WHERE secret_hash = ?1"),
                        [&hash],
                        token_from_row,
                    )
                    .optional()?)
            })
            .await?;
        let Some(mut token) = found else {
            return Ok(None);
        };
        let now = now_ms();
        let stale = token
            .last_used_at
            .is_none_or(|t| now - t >= LAST_USED_GRANULARITY_MS);
        if token.revoked_at.is_none() && stale {
            let id = token.id.clone();
            self.write(move |tx| {
                tx.execute(
                    "UPDATE tokens SET last_used_at = ?1 WHERE id = ?2",
                    params![now, id],
                )?;
                Ok(())
            })
            .await?;
            token.last_used_at = Some(now);
        }
        Ok(Some(token))
    }

    async fn list_tokens(&self) -> Result<Vec<TokenInfo>> {
        self.read(|conn| {
            let mut stmt = conn.prepare(&format!("SELECT {TOKEN_COLUMNS} ORDER BY id"))?;
            let rows = stmt.query_map([], token_from_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    async fn revoke_token(&self, id: &str) -> Result<bool> {
        let id = id.to_owned();
        self.write(move |tx| {
            Ok(tx.execute(
                "UPDATE tokens SET revoked_at = ?1 WHERE id = ?2 AND revoked_at IS NULL",
                params![now_ms(), id],
            )? > 0)
        })
        .await
    }

    async fn set_env(&self, project: &str, vars: Vec<(String, String)>) -> Result<()> {
        for (key, value) in &vars {
            validate::env_key(key).map_err(StoreError::Invalid)?;
            validate::env_value(key, value).map_err(StoreError::Invalid)?;
        }
        let project = project.to_owned();
        self.write(move |tx| {
            let project_id = project_id(tx, &project)?;
            let now = now_ms();
            let mut upsert = tx.prepare(
                "INSERT INTO env_vars (project_id, key, value, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (project_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            )?;
            for (key, value) in &vars {
                upsert.execute(params![project_id, key, value, now])?;
            }
            let count: i64 = tx.query_row("SELECT COUNT(*) FROM env_vars WHERE project_id = ?1", [&project_id], |r| r.get(0))?;
            if count as usize > MAX_ENV_VARS {
                // Returning the error drops the transaction: none of the new values stay.
                return Err(StoreError::Invalid(format!("a project may have at most {MAX_ENV_VARS} variables")));
            }
            Ok(())
        })
        .await?;
        // The hypervisor re-reads a project's env when the generation moves.
        self.bump_routing();
        Ok(())
    }

    async fn list_env(&self, project: &str) -> Result<Vec<EnvVar>> {
        let project = project.to_owned();
        self.read(move |conn| {
            let project_id = project_id(conn, &project)?;
            let mut stmt = conn.prepare(
                "SELECT key, value, updated_at FROM env_vars WHERE project_id = ?1 ORDER BY key",
            )?;
            let rows = stmt.query_map([project_id], |r| {
                Ok(EnvVar {
                    key: r.get(0)?,
                    value: r.get(1)?,
                    updated_at: r.get(2)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    async fn unset_env(&self, project: &str, key: &str) -> Result<bool> {
        let project = project.to_owned();
        let key = key.to_owned();
        let removed = self
            .write(move |tx| {
                let project_id = project_id(tx, &project)?;
                Ok(tx.execute(
                    "DELETE FROM env_vars WHERE project_id = ?1 AND key = ?2",
                    params![project_id, key],
                )? > 0)
            })
            .await?;
        if removed {
            self.bump_routing();
        }
        Ok(removed)
    }

    async fn append_logs(&self, entries: Vec<NewLogEntry>) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        self.write(move |tx| {
            let mut insert = tx.prepare(
                "INSERT INTO logs (project_id, deployment_id, ts, level, message)
                 SELECT project_id, id, ?2, ?3, ?4 FROM deployments WHERE id = ?1",
            )?;
            for entry in entries {
                let message = clip(entry.message, MAX_LOG_MESSAGE);
                insert.execute(params![entry.deployment_id, entry.ts, entry.level, message])?;
            }
            Ok(())
        })
        .await?;
        self.inner.logs.send_modify(|n| *n += 1);
        Ok(())
    }

    async fn query_logs(&self, project: &str, query: LogQuery) -> Result<Vec<LogEntry>> {
        let project = project.to_owned();
        let limit = if query.limit == 0 {
            100
        } else {
            query.limit.min(1000)
        };
        self.read(move |conn| {
            let project_id = project_id(conn, &project)?;
            let map = |r: &Row<'_>| {
                Ok(LogEntry {
                    id: r.get(0)?,
                    deployment_id: r.get(1)?,
                    ts: r.get(2)?,
                    level: r.get(3)?,
                    message: r.get(4)?,
                })
            };
            let filter = "project_id = ?1 AND (?2 IS NULL OR deployment_id = ?2)";
            let mut entries: Vec<LogEntry> = if let Some(after) = query.after {
                let mut stmt = conn.prepare(&format!(
                    "SELECT id, deployment_id, ts, level, message FROM logs
                     WHERE {filter} AND id > ?3 ORDER BY id LIMIT ?4"
                ))?;
                let rows =
                    stmt.query_map(params![project_id, query.deployment, after, limit], map)?;
                rows.collect::<rusqlite::Result<_>>()?
            } else {
                let mut stmt = conn.prepare(&format!(
                    "SELECT id, deployment_id, ts, level, message FROM logs
                     WHERE {filter} AND (?3 IS NULL OR id < ?3) ORDER BY id DESC LIMIT ?4"
                ))?;
                let rows = stmt.query_map(
                    params![project_id, query.deployment, query.before, limit],
                    map,
                )?;
                let mut newest_first: Vec<LogEntry> = rows.collect::<rusqlite::Result<_>>()?;
                newest_first.reverse();
                newest_first
            };
            entries.shrink_to_fit();
            Ok(entries)
        })
        .await
    }

    fn watch_logs(&self) -> tokio::sync::watch::Receiver<u64> {
        self.inner.logs.subscribe()
    }

    async fn record_usage(&self, samples: Vec<UsageSample>) -> Result<()> {
        if samples.is_empty() {
            return Ok(());
        }
        self.write(move |tx| {
            let mut upsert = tx.prepare(
                "INSERT INTO usage_hourly
                   (project_id, deployment_id, hour, cpu_us, requests, response_bytes, peak_heap_bytes, cold_starts, kv_reads, kv_writes)
                 SELECT project_id, id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 FROM deployments WHERE id = ?1
                 ON CONFLICT (project_id, deployment_id, hour) DO UPDATE SET
                   cpu_us = cpu_us + excluded.cpu_us,
                   requests = requests + excluded.requests,
                   response_bytes = response_bytes + excluded.response_bytes,
                   peak_heap_bytes = MAX(peak_heap_bytes, excluded.peak_heap_bytes),
                   cold_starts = cold_starts + excluded.cold_starts,
                   kv_reads = kv_reads + excluded.kv_reads,
                   kv_writes = kv_writes + excluded.kv_writes",
            )?;
            for s in samples {
                // SQLite integers are signed 64-bit; counters beyond that are not real.
                let n = |v: u64| v.min(i64::MAX as u64) as i64;
                upsert.execute(params![
                    s.deployment_id,
                    hour_of(s.at),
                    n(s.cpu_us),
                    n(s.requests),
                    n(s.response_bytes),
                    n(s.peak_heap_bytes),
                    n(s.cold_starts),
                    n(s.kv_reads),
                    n(s.kv_writes)
                ])?;
            }
            Ok(())
        })
        .await
    }

    async fn query_usage(&self, project: &str, from_ms: i64, to_ms: i64) -> Result<Vec<UsageRow>> {
        let project = project.to_owned();
        self.read(move |conn| {
            let project_id = project_id(conn, &project)?;
            let mut stmt = conn.prepare(
                "SELECT deployment_id, hour, cpu_us, requests, response_bytes, peak_heap_bytes, cold_starts,
                        kv_reads, kv_writes
                 FROM usage_hourly WHERE project_id = ?1 AND hour >= ?2 AND hour < ?3
                 ORDER BY hour, deployment_id",
            )?;
            let rows = stmt.query_map(params![project_id, hour_of(from_ms), to_ms], |r| {
                let n = |i: usize| r.get::<_, i64>(i).map(|v| v.max(0) as u64);
                Ok(UsageRow {
                    deployment_id: r.get(0)?,
                    hour: r.get(1)?,
                    cpu_us: n(2)?,
                    requests: n(3)?,
                    response_bytes: n(4)?,
                    peak_heap_bytes: n(5)?,
                    cold_starts: n(6)?,
                    kv_reads: n(7)?,
                    kv_writes: n(8)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .await
    }

    fn routing_generation(&self) -> u64 {
        self.inner.routing.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests;
