//! The shared store: PostgreSQL, for several `x platform serve` nodes on one database
//! (`--store postgres://USER@HOST/DB`). The same records and meanings as [`SqliteStore`]
//! (`migrations/postgres/` mirrors `migrations/sqlite/`), each method one transaction.
//!
//! What a node caches must notice what another node changed: every change that affects
//! routing, env or tokens bumps the `change_generation` row in its own transaction and
//! sends `NOTIFY x_platform_changes` (delivered at commit). Each node LISTENs on a
//! connection of its own and also polls the row every 250 ms (the fallback while that
//! connection is down), so [`Store::routing_generation`] moves within well under a second
//! of another node's commit. Tokens are not cached at all (looked up per request).
//!
//! Also here: blobs in the database ([`PgBlobStore`], `blobs.rs`) for nodes without a
//! shared folder, and membership (`nodes` table, heartbeats on the database's clock) used
//! by `x_platform_cluster`.
//!
//! [`SqliteStore`]: crate::SqliteStore

mod blobs;
mod migrate;
mod pool;
#[cfg(any(test, feature = "testing"))]
pub mod testing;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

use async_trait::async_trait;
use futures::StreamExt;
use tokio_postgres::{AsyncMessage, GenericClient, Row};

pub use blobs::PgBlobStore;
pub use migrate::migrations;
use pool::{connect, Pool};
pub use pool::{pg_error, Conn as PgConn, Pool as PgPool};

use crate::sqlite::clip;
use crate::tokens::{hash_secret, TokenSecret};
use crate::types::*;
use crate::validate::{self, MAX_ENV_VARS, MAX_LOG_MESSAGE};
use crate::{new_id, now_ms, Result, Store, StoreError};

/// Connections one node keeps at most.
const POOL_SIZE: usize = 16;
/// How often the change counter is read when no notification came.
const POLL_EVERY: Duration = Duration::from_millis(250);
const CHANNEL: &str = "x_platform_changes";
/// See the SQLite store.
const LAST_USED_GRANULARITY_MS: i64 = 60_000;
/// Names the advisory lock that orders log appends ("x-logs" in ASCII).
const LOG_APPEND_LOCK: i64 = 0x782d_6c6f_6773;

#[derive(Clone)]
pub struct PostgresStore {
    inner: Arc<Inner>,
}

struct Inner {
    pool: Pool,
    /// Where the database is, for messages (no password).
    display: String,
    logs: tokio::sync::watch::Sender<u64>,
    /// The newest change generation this node has seen (its own writes, notifications,
    /// polls).
    generation: AtomicU64,
}

/// A node of the cluster, as the `nodes` table lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeInfo {
    pub node_id: String,
    /// Where other nodes reach it (`host:port`).
    pub addr: String,
}

/// A `postgres://` URL as `postgres://user@host:port/db`, any password left out, for
/// messages and logs; an error says what is wrong with it.
pub fn describe_url(url: &str) -> Result<String> {
    let config: tokio_postgres::Config = url.parse().map_err(|e| {
        StoreError::Invalid(format!(
            "{e}; expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"
        ))
    })?;
    Ok(describe_config(&config))
}

fn describe_config(config: &tokio_postgres::Config) -> String {
    let user = config.get_user().unwrap_or("");
    let host = config
        .get_hosts()
        .first()
        .map(|h| match h {
            tokio_postgres::config::Host::Tcp(name) => name.clone(),
            tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .unwrap_or_default();
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let db = config.get_dbname().unwrap_or(user);
    format!("postgres://{user}@{host}:{port}/{db}")
}

impl PostgresStore {
    /// Connects to `url` (`postgres://USER[:PASSWORD]@HOST[:PORT]/DB`), applies
    /// migrations, and starts following other nodes' changes. Must run inside tokio.
    pub async fn connect(url: &str) -> Result<PostgresStore> {
        let display = describe_url(url)?;
        let config: tokio_postgres::Config = url
            .parse()
            .map_err(|e| StoreError::Invalid(format!("{e}")))?;
        let pool = Pool::new(config, POOL_SIZE);
        let mut client = connect(pool.config()).await?;
        migrate::apply(&mut client, migrations()).await?;
        let generation: i64 = client
            .query_one("SELECT generation FROM change_generation WHERE id = 1", &[])
            .await?
            .try_get(0)?;
        drop(client);
        let store = PostgresStore {
            inner: Arc::new(Inner {
                pool,
                display,
                logs: tokio::sync::watch::channel(0).0,
                generation: AtomicU64::new(generation as u64),
            }),
        };
        tokio::spawn(follow_changes(Arc::downgrade(&store.inner)));
        Ok(store)
    }

    /// The connection settings, for another pool on the same database (the tenants' KV
    /// keeps its own, so tenants' load never starves the platform's records).
    pub fn config(&self) -> &tokio_postgres::Config {
        self.inner.pool.config()
    }

    /// `postgres://user@host:port/db`, without the password.
    pub fn describe(&self) -> &str {
        &self.inner.display
    }

    /// Blobs kept in this database (used when the nodes share no folder).
    pub fn blob_store(&self, max_bytes: u64) -> PgBlobStore {
        PgBlobStore::new(self.inner.clone(), max_bytes)
    }

    async fn conn(&self) -> Result<pool::Conn<'_>> {
        self.inner.pool.get().await
    }

    /// Bumps the change counter and notifies the other nodes; call inside the transaction
    /// of the change. Returns the new generation (recorded locally after commit).
    async fn bump(tx: &impl GenericClient) -> Result<u64> {
        let generation: i64 = tx
            .query_one(
                "UPDATE change_generation SET generation = generation + 1 WHERE id = 1 RETURNING generation",
                &[],
            )
            .await?
            .try_get(0)?;
        tx.execute(
            "SELECT pg_notify($1, $2)",
            &[&CHANNEL, &generation.to_string()],
        )
        .await?;
        Ok(generation as u64)
    }

    fn saw(&self, generation: u64) {
        self.inner
            .generation
            .fetch_max(generation, Ordering::SeqCst);
    }

    // Membership (x_platform_cluster).

    /// Records that `node_id` is alive at `addr` now, and returns the live nodes (those
    /// whose heartbeat is younger than `live_within`, this one included), sorted by id.
    /// Both on the database's clock, so the nodes' own clocks need not agree.
    pub async fn heartbeat(
        &self,
        node_id: &str,
        addr: &str,
        live_within: Duration,
    ) -> Result<Vec<NodeInfo>> {
        let conn = self.conn().await?;
        conn.execute(
            "INSERT INTO nodes (node_id, addr) VALUES ($1, $2)
             ON CONFLICT (node_id) DO UPDATE SET addr = excluded.addr, heartbeat_at = now()",
            &[&node_id, &addr],
        )
        .await?;
        // Nodes gone for a day are forgotten (ids default to addresses, so restarts on new
        // ports would otherwise pile up rows). The table is tiny; this costs nothing.
        conn.execute(
            "DELETE FROM nodes WHERE heartbeat_at < now() - interval '1 day'",
            &[],
        )
        .await?;
        live_nodes(&conn, live_within).await
    }

    /// The live nodes without recording a heartbeat.
    pub async fn live_nodes(&self, live_within: Duration) -> Result<Vec<NodeInfo>> {
        let conn = self.conn().await?;
        live_nodes(&conn, live_within).await
    }

    /// Fails if another live node already uses `node_id` at another address (two nodes
    /// started with the same `--node-id` would take each other's tenants).
    pub async fn claim_node_id(
        &self,
        node_id: &str,
        addr: &str,
        live_within: Duration,
    ) -> Result<()> {
        let live = self.live_nodes(live_within).await?;
        if let Some(other) = live.iter().find(|n| n.node_id == node_id && n.addr != addr) {
            return Err(StoreError::Conflict(format!(
                "node id {node_id:?} is in use by a live node at {}; give each node its own --node-id",
                other.addr
            )));
        }
        Ok(())
    }

    /// Removes this node from the membership at once (a clean stop), instead of letting
    /// its heartbeat age out.
    pub async fn leave(&self, node_id: &str) -> Result<()> {
        let conn = self.conn().await?;
        conn.execute("DELETE FROM nodes WHERE node_id = $1", &[&node_id])
            .await?;
        Ok(())
    }

    /// The secret the nodes share (made by migration 0003), which marks a forwarded request
    /// as coming from a node.
    pub async fn cluster_secret(&self) -> Result<String> {
        let conn = self.conn().await?;
        Ok(conn
            .query_one("SELECT secret FROM cluster WHERE id = 1", &[])
            .await?
            .try_get(0)?)
    }
}

async fn live_nodes(conn: &tokio_postgres::Client, live_within: Duration) -> Result<Vec<NodeInfo>> {
    let ms = live_within.as_millis().min(i64::MAX as u128) as i64;
    let rows = conn
        .query(
            "SELECT node_id, addr FROM nodes
             WHERE heartbeat_at > now() - make_interval(secs => $1::bigint / 1000.0)
             ORDER BY node_id",
            &[&ms],
        )
        .await?;
    rows.iter()
        .map(|r| {
            Ok(NodeInfo {
                node_id: r.try_get(0)?,
                addr: r.try_get(1)?,
            })
        })
        .collect()
}

/// Follows other nodes' changes into `generation` until the store is dropped: LISTEN on a
/// connection of its own (reconnecting after failures), and a poll of the counter every
/// [`POLL_EVERY`] whatever happens to that connection.
async fn follow_changes(inner: Weak<Inner>) {
    let listener = tokio::spawn(listen(inner.clone()));
    loop {
        tokio::time::sleep(POLL_EVERY).await;
        let Some(inner) = inner.upgrade() else {
            listener.abort();
            return;
        };
        let read = async {
            let conn = inner.pool.get().await?;
            let generation: i64 = conn
                .query_one("SELECT generation FROM change_generation WHERE id = 1", &[])
                .await?
                .try_get(0)?;
            Ok::<_, StoreError>(generation as u64)
        };
        // A failed poll is retried at the next tick; requests report the outage.
        if let Ok(generation) = read.await {
            inner.generation.fetch_max(generation, Ordering::SeqCst);
        }
    }
}

async fn listen(inner: Weak<Inner>) {
    loop {
        let Some(config) = inner.upgrade().map(|i| i.pool.config().clone()) else {
            return;
        };
        if let Ok((client, mut connection)) = config.connect(tokio_postgres::NoTls).await {
            let mut messages = futures::stream::poll_fn(move |cx| connection.poll_message(cx));
            // Notifications only arrive while `messages` is polled, so LISTEN is sent from
            // a task of its own while this one drives the connection.
            let subscribe = tokio::spawn(async move {
                let ok = client
                    .batch_execute(&format!("LISTEN {CHANNEL}"))
                    .await
                    .is_ok();
                // Keep the client alive as long as the connection is followed.
                std::future::pending::<()>().await;
                drop((client, ok));
            });
            while let Some(message) = messages.next().await {
                match message {
                    Ok(AsyncMessage::Notification(n)) => {
                        let Some(inner) = inner.upgrade() else {
                            subscribe.abort();
                            return;
                        };
                        if let Ok(generation) = n.payload().parse::<u64>() {
                            inner.generation.fetch_max(generation, Ordering::SeqCst);
                        }
                    }
                    Ok(_) => {}
                    Err(_) => break,
                }
            }
            subscribe.abort();
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

const DEPLOYMENT_COLUMNS: &str = "d.id, p.name, d.project_id, d.manifest, d.status, d.created_at, \
     (pr.deployment_id IS NOT NULL)
     FROM deployments d
     JOIN projects p ON p.id = d.project_id
     LEFT JOIN production pr ON pr.project_id = d.project_id AND pr.deployment_id = d.id";

fn deployment_from_row(row: &Row) -> Result<Deployment> {
    let manifest: String = row.try_get(3)?;
    let status: String = row.try_get(4)?;
    Ok(Deployment {
        id: row.try_get(0)?,
        project: row.try_get(1)?,
        project_id: row.try_get(2)?,
        manifest: serde_json::from_str(&manifest)
            .map_err(|e| StoreError::Internal(format!("stored manifest: {e}")))?,
        status: DeploymentStatus::parse(&status)
            .ok_or_else(|| StoreError::Internal(format!("stored status {status:?}")))?,
        created_at: row.try_get(5)?,
        production: row.try_get(6)?,
    })
}

async fn deployment_by_id(c: &impl GenericClient, id: &str) -> Result<Option<Deployment>> {
    c.query_opt(
        &format!("SELECT {DEPLOYMENT_COLUMNS} WHERE d.id = $1"),
        &[&id],
    )
    .await?
    .map(|r| deployment_from_row(&r))
    .transpose()
}

async fn project_id(c: &impl GenericClient, name: &str) -> Result<String> {
    c.query_opt("SELECT id FROM projects WHERE name = $1", &[&name])
        .await?
        .map(|r| r.try_get(0))
        .transpose()?
        .ok_or_else(|| StoreError::NotFound(format!("project {name}")))
}

fn project_from_row(r: &Row) -> Result<Project> {
    Ok(Project {
        id: r.try_get(0)?,
        name: r.try_get(1)?,
        created_at: r.try_get(2)?,
    })
}

const TOKEN_COLUMNS: &str = "id, name, project, created_at, last_used_at, revoked_at FROM tokens";

fn token_from_row(r: &Row) -> Result<TokenInfo> {
    Ok(TokenInfo {
        id: r.try_get(0)?,
        name: r.try_get(1)?,
        project: r.try_get(2)?,
        created_at: r.try_get(3)?,
        last_used_at: r.try_get(4)?,
        revoked_at: r.try_get(5)?,
    })
}

const UPSERT_PRODUCTION: &str =
    "INSERT INTO production (project_id, deployment_id, promoted_at) VALUES ($1, $2, $3)
     ON CONFLICT (project_id) DO UPDATE SET deployment_id = excluded.deployment_id,
                                            promoted_at = excluded.promoted_at";

#[async_trait]
impl Store for PostgresStore {
    async fn create_project(&self, name: &str) -> Result<Project> {
        validate::project_name(name).map_err(StoreError::Invalid)?;
        let project = Project {
            id: new_id(),
            name: name.to_owned(),
            created_at: now_ms(),
        };
        let conn = self.conn().await?;
        let inserted = conn
            .execute(
                "INSERT INTO projects (id, name, created_at) VALUES ($1, $2, $3)
                 ON CONFLICT (name) DO NOTHING",
                &[&project.id, &project.name, &project.created_at],
            )
            .await?;
        if inserted == 0 {
            return Err(StoreError::Conflict(format!(
                "project {name} already exists"
            )));
        }
        Ok(project)
    }

    async fn list_projects(&self) -> Result<Vec<Project>> {
        let conn = self.conn().await?;
        let rows = conn
            .query(
                "SELECT id, name, created_at FROM projects ORDER BY name",
                &[],
            )
            .await?;
        rows.iter().map(project_from_row).collect()
    }

    async fn get_project(&self, name: &str) -> Result<Option<Project>> {
        let conn = self.conn().await?;
        conn.query_opt(
            "SELECT id, name, created_at FROM projects WHERE name = $1",
            &[&name],
        )
        .await?
        .map(|r| project_from_row(&r))
        .transpose()
    }

    async fn delete_project(&self, name: &str) -> Result<bool> {
        let mut conn = self.conn().await?;
        let tx = conn.transaction().await?;
        let id: Option<String> = tx
            .query_opt(
                "DELETE FROM projects WHERE name = $1 RETURNING id",
                &[&name],
            )
            .await?
            .map(|row| row.try_get(0))
            .transpose()?;
        let deleted = id.is_some();
        if let Some(id) = &id {
            // The project's KV data goes with it (its queue would otherwise stay due).
            for table in ["kv_entries", "kv_queue", "kv_meta"] {
                tx.execute(&format!("DELETE FROM {table} WHERE project_id = $1"), &[id])
                    .await?;
            }
        }
        let generation = if deleted {
            Some(Self::bump(&tx).await?)
        } else {
            None
        };
        tx.commit().await?;
        if let Some(g) = generation {
            self.saw(g);
        }
        Ok(deleted)
    }

    async fn create_deployment(&self, new: NewDeployment) -> Result<Deployment> {
        new.manifest.validate().map_err(StoreError::Invalid)?;
        let manifest_json = serde_json::to_string(&new.manifest)
            .map_err(|e| StoreError::Internal(e.to_string()))?;
        let id = new_id();
        let created_at = now_ms();
        let mut conn = self.conn().await?;
        let tx = conn.transaction().await?;
        let project_id = project_id(&tx, &new.project).await?;
        tx.execute(
            "INSERT INTO deployments (id, project_id, manifest, status, created_at) VALUES ($1, $2, $3, $4, $5)",
            &[&id, &project_id, &manifest_json, &DeploymentStatus::Ready.as_str(), &created_at],
        )
        .await?;
        let blobs = new.manifest.blobs();
        // One statement for every blob reference, however many.
        tx.execute(
            "INSERT INTO deployment_blobs (deployment_id, hash) SELECT $1, unnest($2::text[])",
            &[&id, &blobs],
        )
        .await?;
        if new.promote {
            tx.execute(UPSERT_PRODUCTION, &[&project_id, &id, &created_at])
                .await?;
        }
        let deployment = deployment_by_id(&tx, &id)
            .await?
            .ok_or_else(|| StoreError::Internal("deployment vanished".into()))?;
        let generation = Self::bump(&tx).await?;
        tx.commit().await?;
        self.saw(generation);
        Ok(deployment)
    }

    async fn list_deployments(
        &self,
        project: &str,
        limit: u32,
        before: Option<&str>,
    ) -> Result<Vec<Deployment>> {
        let limit = limit.clamp(1, 1000) as i64;
        let conn = self.conn().await?;
        let project_id = project_id(&*conn, project).await?;
        let rows = conn
            .query(
                &format!(
                    "SELECT {DEPLOYMENT_COLUMNS}
                     WHERE d.project_id = $1 AND ($2::text IS NULL OR d.id < $2)
                     ORDER BY d.id DESC LIMIT $3"
                ),
                &[&project_id, &before, &limit],
            )
            .await?;
        rows.iter().map(deployment_from_row).collect()
    }

    async fn get_deployment(&self, id: &str) -> Result<Option<Deployment>> {
        let conn = self.conn().await?;
        deployment_by_id(&*conn, id).await
    }

    async fn promote(&self, project: &str, deployment_id: &str) -> Result<Deployment> {
        let mut conn = self.conn().await?;
        let tx = conn.transaction().await?;
        let project_id = project_id(&tx, project).await?;
        let status: Option<String> = tx
            .query_opt(
                "SELECT status FROM deployments WHERE id = $1 AND project_id = $2",
                &[&deployment_id, &project_id],
            )
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
        match status.as_deref() {
            None => {
                return Err(StoreError::NotFound(format!(
                    "deployment {deployment_id} of project {project}"
                )))
            }
            Some("ready") => {}
            Some(other) => {
                return Err(StoreError::Conflict(format!(
                    "deployment {deployment_id} is {other}, not ready"
                )))
            }
        }
        tx.execute(UPSERT_PRODUCTION, &[&project_id, &deployment_id, &now_ms()])
            .await?;
        let deployment = deployment_by_id(&tx, deployment_id)
            .await?
            .ok_or_else(|| StoreError::Internal("deployment vanished".into()))?;
        let generation = Self::bump(&tx).await?;
        tx.commit().await?;
        self.saw(generation);
        Ok(deployment)
    }

    async fn production(&self, project: &str) -> Result<Option<Deployment>> {
        let conn = self.conn().await?;
        conn.query_opt(
            &format!(
                "SELECT {DEPLOYMENT_COLUMNS} WHERE p.name = $1 AND pr.deployment_id IS NOT NULL"
            ),
            &[&project],
        )
        .await?
        .map(|r| deployment_from_row(&r))
        .transpose()
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
        let conn = self.conn().await?;
        conn.execute(
            "INSERT INTO tokens (id, name, secret_hash, project, created_at) VALUES ($1, $2, $3, $4, $5)",
            &[&info.id, &info.name, &secret.hash(), &info.project, &info.created_at],
        )
        .await?;
        Ok((info, secret))
    }

    async fn authenticate(&self, secret: &str) -> Result<Option<TokenInfo>> {
        let hash = hash_secret(secret);
        let conn = self.conn().await?;
        let Some(row) = conn
            .query_opt(
                &format!("SELECT {TOKEN_COLUMNS} WHERE secret_hash = $1"),
                &[&hash],
            )
            .await?
        else {
            return Ok(None);
        };
        let mut token = token_from_row(&row)?;
        let now = now_ms();
        let stale = token
            .last_used_at
            .is_none_or(|t| now - t >= LAST_USED_GRANULARITY_MS);
        if token.revoked_at.is_none() && stale {
            conn.execute(
                "UPDATE tokens SET last_used_at = $1 WHERE id = $2",
                &[&now, &token.id],
            )
            .await?;
            token.last_used_at = Some(now);
        }
        Ok(Some(token))
    }

    async fn list_tokens(&self) -> Result<Vec<TokenInfo>> {
        let conn = self.conn().await?;
        let rows = conn
            .query(&format!("SELECT {TOKEN_COLUMNS} ORDER BY id"), &[])
            .await?;
        rows.iter().map(token_from_row).collect()
    }

    async fn revoke_token(&self, id: &str) -> Result<bool> {
        let mut conn = self.conn().await?;
        let tx = conn.transaction().await?;
        let revoked = tx
            .execute(
                "UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
                &[&now_ms(), &id],
            )
            .await?
            > 0;
        // Tokens are looked up per request (never cached), so this bump is only for
        // whoever watches the generation; revocation is effective at commit everywhere.
        let generation = Self::bump(&tx).await?;
        tx.commit().await?;
        self.saw(generation);
        Ok(revoked)
    }

    async fn set_env(&self, project: &str, vars: Vec<(String, String)>) -> Result<()> {
        for (key, value) in &vars {
            validate::env_key(key).map_err(StoreError::Invalid)?;
            validate::env_value(key, value).map_err(StoreError::Invalid)?;
        }
        let mut conn = self.conn().await?;
        let tx = conn.transaction().await?;
        let project_id = project_id(&tx, project).await?;
        let now = now_ms();
        let upsert = tx
            .prepare(
                "INSERT INTO env_vars (project_id, key, value, updated_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (project_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            )
            .await?;
        for (key, value) in &vars {
            tx.execute(&upsert, &[&project_id, key, value, &now])
                .await?;
        }
        let count: i64 = tx
            .query_one(
                "SELECT COUNT(*) FROM env_vars WHERE project_id = $1",
                &[&project_id],
            )
            .await?
            .try_get(0)?;
        if count as usize > MAX_ENV_VARS {
            // Returning drops the transaction: none of the new values stay.
            return Err(StoreError::Invalid(format!(
                "a project may have at most {MAX_ENV_VARS} variables"
            )));
        }
        let generation = Self::bump(&tx).await?;
        tx.commit().await?;
        self.saw(generation);
        Ok(())
    }

    async fn list_env(&self, project: &str) -> Result<Vec<EnvVar>> {
        let conn = self.conn().await?;
        let project_id = project_id(&*conn, project).await?;
        let rows = conn
            .query(
                "SELECT key, value, updated_at FROM env_vars WHERE project_id = $1 ORDER BY key",
                &[&project_id],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(EnvVar {
                    key: r.try_get(0)?,
                    value: r.try_get(1)?,
                    updated_at: r.try_get(2)?,
                })
            })
            .collect()
    }

    async fn unset_env(&self, project: &str, key: &str) -> Result<bool> {
        let mut conn = self.conn().await?;
        let tx = conn.transaction().await?;
        let project_id = project_id(&tx, project).await?;
        let removed = tx
            .execute(
                "DELETE FROM env_vars WHERE project_id = $1 AND key = $2",
                &[&project_id, &key],
            )
            .await?
            > 0;
        let generation = if removed {
            Some(Self::bump(&tx).await?)
        } else {
            None
        };
        tx.commit().await?;
        if let Some(g) = generation {
            self.saw(g);
        }
        Ok(removed)
    }

    async fn append_logs(&self, entries: Vec<NewLogEntry>) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        let mut ids = Vec::with_capacity(entries.len());
        let mut ts = Vec::with_capacity(entries.len());
        let mut levels = Vec::with_capacity(entries.len());
        let mut messages = Vec::with_capacity(entries.len());
        for entry in entries {
            ids.push(entry.deployment_id);
            ts.push(entry.ts);
            levels.push(entry.level);
            messages.push(clip(entry.message, MAX_LOG_MESSAGE));
        }
        let mut conn = self.conn().await?;
        let tx = conn.transaction().await?;
        // Log ids are the followers' cursor (`after`), so they must become visible in id
        // order. Two nodes flushing at once could otherwise commit ids 100-110 after
        // 111-120, and a follower already past 120 would never see them. This lock,
        // held to commit, orders the appends (one short flush per node per second).
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOG_APPEND_LOCK])
            .await?;
        // One statement for the batch; WITH ORDINALITY keeps the entries' order in the ids.
        tx.execute(
            "INSERT INTO logs (project_id, deployment_id, ts, level, message)
             SELECT d.project_id, d.id, e.ts, e.level, e.message
             FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[]) WITH ORDINALITY
                  AS e(deployment_id, ts, level, message, n)
             JOIN deployments d ON d.id = e.deployment_id
             ORDER BY e.n",
            &[&ids, &ts, &levels, &messages],
        )
        .await?;
        tx.commit().await?;
        self.inner.logs.send_modify(|n| *n += 1);
        Ok(())
    }

    async fn query_logs(&self, project: &str, query: LogQuery) -> Result<Vec<LogEntry>> {
        let limit = if query.limit == 0 {
            100
        } else {
            query.limit.min(1000)
        } as i64;
        let conn = self.conn().await?;
        let project_id = project_id(&*conn, project).await?;
        let filter = "project_id = $1 AND ($2::text IS NULL OR deployment_id = $2)";
        let map = |r: &Row| {
            Ok(LogEntry {
                id: r.try_get(0)?,
                deployment_id: r.try_get(1)?,
                ts: r.try_get(2)?,
                level: r.try_get(3)?,
                message: r.try_get(4)?,
            })
        };
        if let Some(after) = query.after {
            let rows = conn
                .query(
                    &format!(
                        "SELECT id, deployment_id, ts, level, message FROM logs
                         WHERE {filter} AND id > $3 ORDER BY id LIMIT $4"
                    ),
                    &[&project_id, &query.deployment, &after, &limit],
                )
                .await?;
            rows.iter().map(map).collect()
        } else {
            let rows = conn
                .query(
                    &format!(
                        "SELECT id, deployment_id, ts, level, message FROM logs
                         WHERE {filter} AND ($3::bigint IS NULL OR id < $3) ORDER BY id DESC LIMIT $4"
                    ),
                    &[&project_id, &query.deployment, &query.before, &limit],
                )
                .await?;
            let mut entries: Vec<LogEntry> = rows.iter().map(map).collect::<Result<_>>()?;
            entries.reverse();
            Ok(entries)
        }
    }

    fn watch_logs(&self) -> tokio::sync::watch::Receiver<u64> {
        self.inner.logs.subscribe()
    }

    async fn record_usage(&self, samples: Vec<UsageSample>) -> Result<()> {
        if samples.is_empty() {
            return Ok(());
        }
        let mut conn = self.conn().await?;
        let tx = conn.transaction().await?;
        let upsert = tx
            .prepare(
                "INSERT INTO usage_hourly AS u
                   (project_id, deployment_id, hour, cpu_us, requests, response_bytes, peak_heap_bytes, cold_starts, kv_reads, kv_writes)
                 SELECT project_id, id, $2, $3, $4, $5, $6, $7, $8, $9 FROM deployments WHERE id = $1
                 ON CONFLICT (project_id, deployment_id, hour) DO UPDATE SET
                   cpu_us = u.cpu_us + excluded.cpu_us,
                   requests = u.requests + excluded.requests,
                   response_bytes = u.response_bytes + excluded.response_bytes,
                   peak_heap_bytes = GREATEST(u.peak_heap_bytes, excluded.peak_heap_bytes),
                   cold_starts = u.cold_starts + excluded.cold_starts,
                   kv_reads = u.kv_reads + excluded.kv_reads,
                   kv_writes = u.kv_writes + excluded.kv_writes",
            )
            .await?;
        for s in samples {
            let n = |v: u64| v.min(i64::MAX as u64) as i64;
            tx.execute(
                &upsert,
                &[
                    &s.deployment_id,
                    &hour_of(s.at),
                    &n(s.cpu_us),
                    &n(s.requests),
                    &n(s.response_bytes),
                    &n(s.peak_heap_bytes),
                    &n(s.cold_starts),
                    &n(s.kv_reads),
                    &n(s.kv_writes),
                ],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn query_usage(&self, project: &str, from_ms: i64, to_ms: i64) -> Result<Vec<UsageRow>> {
        let conn = self.conn().await?;
        let project_id = project_id(&*conn, project).await?;
        let rows = conn
            .query(
                "SELECT deployment_id, hour, cpu_us, requests, response_bytes, peak_heap_bytes, cold_starts,
                        kv_reads, kv_writes
                 FROM usage_hourly WHERE project_id = $1 AND hour >= $2 AND hour < $3
                 ORDER BY hour, deployment_id",
                &[&project_id, &hour_of(from_ms), &to_ms],
            )
            .await?;
        rows.iter()
            .map(|r| {
                let n = |i: usize| r.try_get::<_, i64>(i).map(|v| v.max(0) as u64);
                Ok(UsageRow {
                    deployment_id: r.try_get(0)?,
                    hour: r.try_get(1)?,
                    cpu_us: n(2)?,
                    requests: n(3)?,
                    response_bytes: n(4)?,
                    peak_heap_bytes: n(5)?,
                    cold_starts: n(6)?,
                    kv_reads: n(7)?,
                    kv_writes: n(8)?,
                })
            })
            .collect()
    }

    fn routing_generation(&self) -> u64 {
        self.inner.generation.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests;
