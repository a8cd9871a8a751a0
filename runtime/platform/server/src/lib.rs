//! `x platform serve` put together: opens the data folder (locked, so two servers never
//! share one), the store (SQLite in the data folder, or PostgreSQL shared by several
//! nodes with `--store`) and the blobs (the data folder, a shared folder or PostgreSQL,
//! `--blobs`), builds the control plane and the front door around a [`TenantHost`], and
//! serves them on one listener until SIGINT or SIGTERM. With a PostgreSQL store the node
//! joins the cluster (`x_platform_cluster`): heartbeats, and tenant requests forwarded to
//! their owner node. Also the operator's token commands, which work on the store directly
//! (while a server runs, too: SQLite in WAL mode takes turns).
//!
//! Projects' KV databases (`x_platform_kv`) are SQLite files in the data folder, or
//! tables in the PostgreSQL store when there is one; a waker task starts tenants whose
//! KV queue has a message due.
//!
//! Tenant code runs on the hypervisor ([`hypervisor_host`]); [`unavailable_host`] answers
//! every tenant request 503 instead (health then reports `tenant_runtime: unavailable`).
//!
//! Caller: `cli/src/commands/platform.rs`.

pub mod config;

use std::future::IntoFuture;
use std::net::SocketAddr;
use std::os::fd::AsRawFd;
use std::path::Path;
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;
use x_platform_cluster::{ClusterHost, Membership};
use x_platform_control::{ApiError, ControlPlane, PublicUrls};
use x_platform_host::TenantHost;
use x_platform_router::FrontDoor;
use x_platform_store::{
    BlobStore, FsBlobStore, NewToken, PostgresStore, SqliteStore, Store, TokenInfo, TokenSecret,
};

pub use config::{is_postgres_url, Config, KvSync, Overrides, TenantSettings};
pub use x_platform_host::UnavailableHost;

/// The data folder, opened for serving: held locked for the life of the value, with the
/// store and the blobs the configuration names.
pub struct DataDir {
    _lock: std::fs::File,
    pub store: Arc<dyn Store>,
    pub blobs: Arc<dyn BlobStore>,
    /// The shared store, when several nodes may serve (`--store postgres://...`).
    pub postgres: Option<Arc<PostgresStore>>,
    /// The projects' KV databases: SQLite files in `DIR/kv/`, or, with a PostgreSQL
    /// store, tables in it (so a tenant's data follows it to another node).
    pub kv: Arc<x_platform_kv::Kv>,
}

/// Partial uploads in a folder other nodes share are removed only when this old: a
/// younger one may be another node's upload in progress.
const SHARED_PARTIAL_UPLOAD_AGE: std::time::Duration = std::time::Duration::from_secs(3600);

impl DataDir {
    /// Locks the data folder (failing if another server holds it), opens the store
    /// (migrating it) and the blobs, and removes what uploads cut short by a crash left
    /// behind.
    pub async fn open_for_serving(config: &Config) -> Result<DataDir> {
        let dir = &config.data;
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the data folder {}", dir.display()))?;
        let lock_path = dir.join("serve.lock");
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .with_context(|| format!("cannot open {}", lock_path.display()))?;
        // flock is released by the kernel when the process dies, kill -9 included.
        // SAFETY: flock on a file descriptor we own; no memory is involved.
        if unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
            bail!(
                "another x platform serve is using {} (it holds {})",
                dir.display(),
                lock_path.display()
            );
        }
        let (store, postgres) = open_store(config).await?;
        let blobs: Arc<dyn BlobStore> = match (&config.blobs, &postgres) {
            (Some(url), _) if is_postgres_url(url) => {
                let own = connect_postgres(url, "--blobs").await?;
                Arc::new(own.blob_store(config.max_blob_bytes))
            }
            (Some(folder), _) => {
                let folder = Path::new(folder);
                let blobs =
                    FsBlobStore::open(folder, config.max_blob_bytes).with_context(|| {
                        format!("--blobs: cannot use the folder {}", folder.display())
                    })?;
                let removed = blobs.remove_partial_uploads_older_than(SHARED_PARTIAL_UPLOAD_AGE)?;
                if removed > 0 {
                    eprintln!(
                        "x platform: removed {removed} stale partial upload(s) from {}",
                        folder.display()
                    );
                }
                Arc::new(blobs)
            }
            (None, Some(pg)) => Arc::new(pg.blob_store(config.max_blob_bytes)),
            (None, None) => {
                let blobs = FsBlobStore::open(&dir.join("blobs"), config.max_blob_bytes)?;
                let removed = blobs.remove_partial_uploads()?;
                if removed > 0 {
                    eprintln!(
                        "x platform: removed {removed} partial upload(s) left by an earlier stop"
                    );
                }
                Arc::new(blobs)
            }
        };
        let kv = match &postgres {
            Some(pg) => {
                x_platform_kv::Kv::postgres(pg.config().clone(), tokio::runtime::Handle::current())
            }
            None => x_platform_kv::Kv::files(
                dir.join("kv"),
                match config.tenants.kv_sync {
                    Some(KvSync::Full) => x_ext_kv::Durability::Full,
                    Some(KvSync::Normal) | None => x_ext_kv::Durability::Normal,
                },
            ),
        };
        Ok(DataDir {
            _lock: lock,
            store,
            blobs,
            postgres,
            kv,
        })
    }
}

/// Connects to a PostgreSQL URL given as `flag`, with an error that says what to check.
async fn connect_postgres(url: &str, flag: &str) -> Result<PostgresStore> {
    let shown = x_platform_store::describe_url(url).map_err(|e| anyhow::anyhow!("{flag}: {e}"))?;
    PostgresStore::connect(url).await.map_err(|e| {
        anyhow::anyhow!(
            "{flag}: cannot use the PostgreSQL database {shown}: {e}\n\
             check that PostgreSQL runs there, that the database exists, and the user and password"
        )
    })
}

/// The records the configuration names: SQLite in the data folder, or PostgreSQL.
async fn open_store(config: &Config) -> Result<(Arc<dyn Store>, Option<Arc<PostgresStore>>)> {
    match &config.store {
        Some(url) => {
            let pg = Arc::new(connect_postgres(url, "--store").await?);
            Ok((pg.clone() as Arc<dyn Store>, Some(pg)))
        }
        None => {
            let dir = &config.data;
            let store = SqliteStore::open(dir)
                .with_context(|| format!("cannot open the store in {}", dir.display()))?;
            Ok((Arc::new(store), None))
        }
    }
}

/// The platform's own routes on the apex host: the API under `/api/v1`, an index at `/`,
/// the OpenAPI document also at `/openapi.json`, and JSON 404s for the rest.
fn apex(control: ControlPlane, domain: &str, port: u16) -> Router {
    let tenants = format!("http://<project>.{domain}:{port}/");
    Router::new()
        .nest("/api/v1", x_platform_control::api(control))
        .route(
            "/",
            get(move || async move {
                Json(json!({
                    "name": "x platform",
                    "api": "/api/v1",
                    "openapi": "/api/v1/openapi.json",
                    "tenants": [tenants, "/_p/<project>/", "/_d/<deployment-id>/"],
                }))
            }),
        )
        .route(
            "/openapi.json",
            get(|| async {
                (
                    [("content-type", "application/json")],
                    x_platform_control::OPENAPI,
                )
            }),
        )
        .fallback(|| async { ApiError::not_found("nothing here; the API is under /api/v1") })
}

/// Makes the tenant host once the data folder is open; also says whether the host really
/// runs deployments (reported by the health endpoint).
pub type MakeHost = Box<dyn FnOnce(&Config, &DataDir) -> (Arc<dyn TenantHost>, bool) + Send>;

/// Tenants run on the hypervisor, with the `[tenants]` settings of the config.
pub fn hypervisor_host() -> MakeHost {
    Box::new(|config: &Config, data: &DataDir| {
        let settings = &config.tenants;
        let mut hypervisor = x_platform_hypervisor::HypervisorConfig::default();
        let ms = std::time::Duration::from_millis;
        if let Some(threads) = settings.threads {
            hypervisor.threads = threads.max(1);
        }
        if let Some(idle) = settings.idle_timeout_ms {
            hypervisor.idle_timeout = ms(idle);
        }
        if let Some(pool) = settings.warm_pool {
            hypervisor.warm_pool = pool;
        }
        if let Some(wait) = settings.pool_refill_wait_ms {
            hypervisor.pool_refill_wait = ms(wait);
        }
        if let Some(budget) = settings.runtimes_per_thread {
            hypervisor.runtimes_per_thread = budget.max(1);
        }
        if let Some(isolates) = settings.isolates_per_thread {
            hypervisor.isolates_per_thread = isolates.max(1);
        }
        if let Some(cpu) = settings.cpu_ms {
            hypervisor.limits.cpu_per_request = ms(cpu);
        }
        if let Some(wall) = settings.wall_ms {
            hypervisor.limits.wall_per_request = ms(wall);
        }
        if let Some(boot) = settings.boot_ms {
            hypervisor.limits.boot_timeout = ms(boot);
        }
        if let Some(heap) = settings.heap_mb {
            hypervisor.limits.heap_bytes = heap << 20;
        }
        if let Some(queue) = settings.queue {
            hypervisor.limits.queue_per_tenant = queue.max(1);
        }
        if let Some(concurrency) = settings.concurrency {
            hypervisor.limits.concurrency_per_tenant = concurrency.max(1);
        }
        if let Some(mb) = settings.memory_budget_mb {
            hypervisor.memory_budget = mb << 20;
        }
        if let Some(keys) = settings.kv_max_keys {
            hypervisor.limits.kv_max_keys = keys;
        }
        if let Some(mb) = settings.kv_max_mb {
            hypervisor.limits.kv_max_bytes = mb << 20;
        }
        // See ARCHITECTURE.md (KV on the platform).
        hypervisor.kv = Some(data.kv.clone());
        // Per node, in its own data folder: bytecode is only ever read by the process
        // kind that wrote it (ARCHITECTURE.md, "Bytecode").
        if settings.bytecode.unwrap_or(true) {
            let max_mb = settings.bytecode_max_mb.unwrap_or(512);
            hypervisor.code_cache = Some(Arc::new(x_platform_hypervisor::DirCodeCache::new(
                config.data.join("bytecode"),
                max_mb << 20,
            )));
        }
        let host = x_platform_hypervisor::Hypervisor::start(
            hypervisor,
            data.store.clone(),
            data.blobs.clone(),
        );
        (host as Arc<dyn TenantHost>, true)
    })
}

/// Tenant requests are answered 503: nothing runs tenant code.
pub fn unavailable_host() -> MakeHost {
    Box::new(|_: &Config, _: &DataDir| (Arc::new(UnavailableHost) as Arc<dyn TenantHost>, false))
}

/// Serves until SIGINT or SIGTERM.
pub async fn serve(config: Config, make_host: MakeHost) -> Result<()> {
    let data = DataDir::open_for_serving(&config).await?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let local = listener.local_addr()?;
    let (host, tenant_runtime) = make_host(&config, &data);
    let (host, membership) = match &data.postgres {
        Some(pg) => {
            let (host, membership) = join_cluster(&config, pg, local, host).await?;
            (host, Some(membership))
        }
        None => (host, None),
    };
    let port = config.public_port.unwrap_or(local.port());
    let store = data.store.clone();
    if tenant_runtime {
        // Queue messages start their scaled-to-zero tenants (on their owner node).
        tokio::spawn(x_platform_kv::wake_forever(
            data.kv.clone(),
            store.clone(),
            host.clone(),
        ));
    }
    let urls = PublicUrls {
        scheme: "http".into(),
        domain: config.domain.clone(),
        port,
    };
    let control = ControlPlane::new(store.clone(), data.blobs.clone(), urls, tenant_runtime);
    let door = FrontDoor {
        domain: config.domain.clone(),
        store: store.clone(),
        host,
        apex: apex(control, &config.domain, port),
    };
    let app = door.into_router();

    eprintln!("x platform: data in {}", config.data.display());
    if tenant_runtime {
        eprintln!("x platform: tenants' KV {}", data.kv.describe());
    }
    if let (Some(pg), Some(membership)) = (&data.postgres, &membership) {
        eprintln!(
            "x platform: store {} shared; this is node {} at {}",
            pg.describe(),
            membership.node_id(),
            membership.addr()
        );
    }
    eprintln!(
        "x platform: API at http://{}:{port}/api/v1, projects at http://<project>.{}:{port}/",
        config.domain, config.domain
    );
    if !tenant_runtime {
        eprintln!("x platform: no deployment runtime in this build: requests to deployments are answered 503");
    }
    if store
        .list_tokens()
        .await?
        .iter()
        .all(|t| t.revoked_at.is_some())
    {
        match &data.postgres {
            Some(pg) => eprintln!(
                "x platform: no API token yet; create one with: x platform token create --store {}",
                pg.describe()
            ),
            None => eprintln!(
                "x platform: no API token yet; create one with: x platform token create --data {}",
                config.data.display()
            ),
        }
    }
    // Tests and scripts wait for this line (it carries the port when --listen used port 0).
    eprintln!("x platform: listening on http://{local}");
    let (stopping_tx, stopping_rx) = tokio::sync::oneshot::channel();
    let server = axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        shutdown_signal().await;
        let _ = stopping_tx.send(());
    })
    .into_future();
    // Graceful shutdown waits for open connections, and a log follower (SSE) never
    // closes on its own: after the signal, give them a grace period, then stop anyway.
    let grace = async {
        if stopping_rx.await.is_ok() {
            tokio::time::sleep(SHUTDOWN_GRACE).await;
        } else {
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        result = server => result?,
        _ = grace => eprintln!("x platform: connections still open after {SHUTDOWN_GRACE:?}; closing them"),
    }
    if let Some(membership) = membership {
        // The other nodes take this one's tenants now rather than when its heartbeat ages.
        membership.leave().await;
    }
    eprintln!("x platform: stopped");
    Ok(())
}

/// Joins the nodes sharing `pg` and wraps `host` so requests reach their tenant's owner.
async fn join_cluster(
    config: &Config,
    pg: &Arc<PostgresStore>,
    local: SocketAddr,
    host: Arc<dyn TenantHost>,
) -> Result<(Arc<dyn TenantHost>, Arc<Membership>)> {
    let advertise = match &config.advertise {
        Some(addr) => addr.clone(),
        None if local.ip().is_unspecified() => bail!(
            "listening on {local} with a shared store: add --advertise HOST:PORT, the address \
             the other nodes reach this one at"
        ),
        None => local.to_string(),
    };
    let node_id = config.node_id.clone().unwrap_or_else(|| advertise.clone());
    let membership = Membership::join(pg.clone(), &node_id, &advertise)
        .await
        .context("cannot join the nodes sharing the store")?;
    let secret = pg.cluster_secret().await?;
    let host = ClusterHost::new(host, membership.clone(), &secret, &config.domain)
        .map_err(anyhow::Error::msg)?;
    Ok((Arc::new(host), membership))
}

/// How long a stopping server waits for open requests and streams.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(5);

/// Runs [`serve`] on a multi-threaded runtime of its own (the CLI's is single-threaded).
pub fn serve_blocking(config: Config, make_host: MakeHost) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("x-platform")
        .build()?;
    runtime.block_on(serve(config, make_host))
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    let mut terminate =
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(signal) => signal,
            Err(_) => {
                let _ = interrupt.await;
                return;
            }
        };
    tokio::select! {
        _ = interrupt => {}
        _ = terminate.recv() => {}
    }
}

/// The records for the token commands (no data-folder lock: a server may be running).
async fn records(config: &Config) -> Result<Arc<dyn Store>> {
    Ok(open_store(config).await?.0)
}

/// Makes an API token in the configured store (`x platform token create`).
pub async fn create_token(
    config: &Config,
    name: &str,
    project: Option<&str>,
) -> Result<(TokenInfo, TokenSecret)> {
    Ok(records(config)
        .await?
        .create_token(NewToken {
            name: name.to_owned(),
            project: project.map(str::to_owned),
        })
        .await?)
}

pub async fn list_tokens(config: &Config) -> Result<Vec<TokenInfo>> {
    Ok(records(config).await?.list_tokens().await?)
}

/// False if no live token has this id.
pub async fn revoke_token(config: &Config, id: &str) -> Result<bool> {
    Ok(records(config).await?.revoke_token(id).await?)
}

/// Where the token commands act, for their messages: the data folder or the database.
pub fn describe_store(config: &Config) -> String {
    match &config.store {
        Some(url) => {
            x_platform_store::describe_url(url).unwrap_or_else(|_| "the PostgreSQL store".into())
        }
        None => config.data.display().to_string(),
    }
}
