//! The hypervisor of `x platform serve`: runs tenants' programs as isolates packed onto
//! worker threads (`thread.rs`), implementing the router's [`TenantHost`].
//!
//! A request for a deployment goes to the thread that hosts its isolate, or, when it has
//! none (a cold start, or after scale to zero), to the thread its deployment hashes to,
//! which boots an isolate from a runtime it made ahead of demand. Limits per tenant
//! (`limits.rs`): CPU per request (the watchdog, `watchdog.rs`), wall time per request,
//! heap, requests running at once and queued (beyond which requests are shed with 503 +
//! `Retry-After`); the tenants of a thread take turns (`lane.rs`). Across threads, the
//! isolates' heaps together stay within a memory budget, the least recently used idle
//! ones evicted first (`memory.rs`). A
//! tenant that hits a limit gets that request answered 503 (500 for an uncaught error),
//! the reason in its logs, and a fresh isolate next time; other tenants do not notice.
//!
//! A project's KV queue wakes its production deployment (`wake`, called by
//! `x_platform_kv`'s waker while a message is due): an isolate is started without a
//! request if none runs, and kept while its `listenQueue` listens; a program that never
//! listens is left to scale to zero and not started again for a minute.
//!
//! Programs come from the store: a deployment's manifest names either one artifact blob
//! (`x deploy`'s eszip, `format` set) or plain JavaScript modules. Logs and usage are
//! buffered and written to the store every second.
//!
//! Clients: `x_platform_server` (plugs it into the router).

mod lane;
mod limits;
mod memory;
mod tenant;
mod thread;
mod watchdog;

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use async_trait::async_trait;
use http::{Request, Response, StatusCode};
use parking_lot::Mutex;
use x_bundle::{Bundle, BundledModule, ModuleKind};
use x_platform_host::{json_error, Body, Deployment, RequestInfo, TenantHost};
use x_platform_store::{BlobHash, BlobStore, Store};

pub use limits::{HypervisorConfig, Limits};
use memory::MemoryBudget;
use tenant::{LogBuffer, Tenant};
use thread::{Job, Placements, WorkerThread};
use watchdog::Watchdog;
pub use x_worker::{CodeCacheStore, DirCodeCache};

/// See the module comment.
pub struct Hypervisor {
    config: Arc<HypervisorConfig>,
    store: Arc<dyn Store>,
    blobs: Arc<dyn BlobStore>,
    watchdog: Watchdog,
    /// The thread taking cold starts for each slot (replaced when it has made its share
    /// of runtimes).
    slots: Vec<Mutex<Arc<WorkerThread>>>,
    /// The thread taking the cold starts of tenants that recently hit the CPU or heap
    /// limit (started when first needed).
    quarantine: Mutex<Option<Arc<WorkerThread>>>,
    placements: Placements,
    memory: Arc<MemoryBudget>,
    tenants: Mutex<HashMap<String, Arc<Tenant>>>,
    logs: LogBuffer,
    next_thread: std::sync::atomic::AtomicUsize,
    /// Threads hand back here the requests they can no longer start an isolate for
    /// (`route_again`).
    bounce: tokio::sync::mpsc::UnboundedSender<Box<Job>>,
}

/// How often a tenant's variables are read again from the store.
const ENV_RECHECK: Duration = Duration::from_secs(1);

/// Programs kept loaded; past this the cache starts over (they reload from the store).
const MAX_LOADED_PROGRAMS: usize = 10_000;

impl Hypervisor {
    /// Starts the worker threads and the task that writes logs and usage to the store.
    /// Must be called inside a tokio runtime.
    pub fn start(
        config: HypervisorConfig,
        store: Arc<dyn Store>,
        blobs: Arc<dyn BlobStore>,
    ) -> Arc<Hypervisor> {
        let config = Arc::new(config);
        let watchdog = Watchdog::start();
        let placements: Placements = Arc::default();
        let memory = Arc::new(MemoryBudget::new(config.memory_budget));
        let next_thread = std::sync::atomic::AtomicUsize::new(0);
        let (bounce, bounced) = tokio::sync::mpsc::unbounded_channel();
        let slots = (0..config.threads.max(1))
            .map(|_| {
                let id = next_thread.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                Mutex::new(WorkerThread::spawn(
                    id,
                    config.clone(),
                    &watchdog,
                    placements.clone(),
                    memory.clone(),
                    bounce.clone(),
                ))
            })
            .collect();
        let hypervisor = Arc::new(Hypervisor {
            config,
            store,
            blobs,
            watchdog,
            slots,
            quarantine: Mutex::new(None),
            placements,
            memory,
            tenants: Mutex::new(HashMap::new()),
            logs: LogBuffer::default(),
            next_thread,
            bounce,
        });
        tokio::spawn(flush_forever(Arc::downgrade(&hypervisor)));
        tokio::spawn(route_again(Arc::downgrade(&hypervisor), bounced));
        hypervisor
    }

    /// The tenant of `deployment`, its program loaded (once) from the store.
    async fn tenant(&self, deployment: &Deployment) -> Result<Arc<Tenant>> {
        if let Some(tenant) = self.tenants.lock().get(&deployment.id) {
            return Ok(tenant.clone());
        }
        let program = Arc::new(load_program(deployment, &*self.blobs).await?);
        let tenant = Arc::new(Tenant::new(
            deployment.id.clone(),
            deployment.project_id.clone(),
            program,
            self.logs.clone(),
        ));
        let mut tenants = self.tenants.lock();
        if tenants.len() >= MAX_LOADED_PROGRAMS {
            tenants.clear();
        }
        Ok(tenants
            .entry(deployment.id.clone())
            .or_insert(tenant)
            .clone())
    }

    /// The thread hosting `tenant`'s isolate, or the one to cold-start it on: the
    /// quarantine thread for a tenant that hit the CPU or heap limit in the last
    /// [`QUARANTINE`] (a program that spins or allocates without bound then holds up only
    /// others like it, not the well-behaved tenants of its slot), else its slot's.
    fn thread_for(&self, tenant: &Tenant) -> Arc<WorkerThread> {
        let deployment_id = tenant.deployment_id.as_str();
        if let Some(thread) = self.placements.lock().get(deployment_id) {
            if !thread.has_ended() {
                return thread.clone();
            }
        }
        let offended = tenant
            .offended_at
            .lock()
            .is_some_and(|at| at.elapsed() < QUARANTINE);
        let renew = |current: &mut Arc<WorkerThread>| {
            if !current.takes_cold_starts() {
                *current = self.spawn_thread();
            }
            current.clone()
        };
        let thread = if offended {
            let mut quarantine = self.quarantine.lock();
            renew(quarantine.get_or_insert_with(|| self.spawn_thread()))
        } else {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            deployment_id.hash(&mut hasher);
            let home = hasher.finish() as usize % self.slots.len();
            // The tenant's own slot, unless it has no runtime ready and another has: a
            // cold start there need not wait for a runtime to be made.
            let ready = (0..self.slots.len())
                .map(|i| (home + i) % self.slots.len())
                .find(|&i| {
                    let thread = self.slots[i].lock();
                    thread.takes_cold_starts() && thread.has_pooled_runtime()
                })
                .unwrap_or(home);
            renew(&mut self.slots[ready].lock())
        };
        self.placements
            .lock()
            .insert(deployment_id.to_string(), thread.clone());
        thread
    }

    fn spawn_thread(&self) -> Arc<WorkerThread> {
        let id = self
            .next_thread
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        WorkerThread::spawn(
            id,
            self.config.clone(),
            &self.watchdog,
            self.placements.clone(),
            self.memory.clone(),
            self.bounce.clone(),
        )
    }

    /// Writes buffered logs and usage to the store.
    async fn flush(&self) {
        let logs = self.logs.take();
        if !logs.is_empty() {
            if let Err(error) = self.store.append_logs(logs).await {
                eprintln!("x platform: cannot write tenant logs: {error:#}");
            }
        }
        let samples: Vec<_> = self
            .tenants
            .lock()
            .values()
            .filter_map(|tenant| tenant.usage.take(&tenant.deployment_id))
            .collect();
        if !samples.is_empty() {
            if let Err(error) = self.store.record_usage(samples).await {
                eprintln!("x platform: cannot record usage: {error:#}");
            }
        }
    }
}

/// Routes again the requests a thread being replaced handed back (their tenant's isolate
/// ended on it after they were sent there): the tenant's slot now has a thread that takes
/// cold starts.
async fn route_again(
    hypervisor: std::sync::Weak<Hypervisor>,
    mut bounced: tokio::sync::mpsc::UnboundedReceiver<Box<Job>>,
) {
    while let Some(job) = bounced.recv().await {
        let Some(hypervisor) = hypervisor.upgrade() else {
            return;
        };
        let Job::Serve { tenant, .. } = &*job else {
            continue;
        };
        let tenant = tenant.clone();
        if !hypervisor.send(&tenant, job) {
            eprintln!(
                "x platform: no worker thread could take a request of deployment {}",
                tenant.deployment_id
            );
        }
    }
}

async fn flush_forever(hypervisor: std::sync::Weak<Hypervisor>) {
    loop {
        tokio::time::sleep(Duration::from_secs(1)).await;
        let Some(hypervisor) = hypervisor.upgrade() else {
            return;
        };
        hypervisor.flush().await;
    }
}

#[async_trait]
impl TenantHost for Hypervisor {
    async fn handle(&self, deployment: Arc<Deployment>, request: Request<Body>) -> Response<Body> {
        let method = request.method().clone();
        let path = request.uri().path().to_string();
        if let Some(response) = self.asset(&deployment, &method, &path).await {
            return response;
        }
        let tenant = match self.tenant(&deployment).await {
            Ok(tenant) => tenant,
            Err(error) => {
                return json_error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "deployment_unloadable",
                    &format!("deployment {} cannot be loaded: {error:#}", deployment.id),
                )
            }
        };
        let info = request.extensions().get::<RequestInfo>().cloned();
        let (origin, remote) = match &info {
            Some(info) => (info.base_url.clone(), Some(info.remote_addr)),
            None => ("http://localhost".to_string(), None::<SocketAddr>),
        };
        let (incoming, answer) = x_ext_http::to_incoming(request, &origin, remote);
        self.refresh_env(&deployment, &tenant).await;
        let job = Box::new(Job::Serve {
            tenant: tenant.clone(),
            request: Some(incoming),
        });
        if !self.send(&tenant, job) {
            return json_error(
                StatusCode::SERVICE_UNAVAILABLE,
                "worker_unavailable",
                "no worker thread could take the request",
            );
        }
        let wall = self.config.limits.wall_per_request;
        match tokio::time::timeout(wall, answer).await {
            Ok(Ok(response)) => {
                if let x_ext_http::ResponseBody::Bytes(bytes) = &response.body {
                    tenant
                        .usage
                        .response_bytes
                        .fetch_add(bytes.len() as u64, std::sync::atomic::Ordering::Relaxed);
                }
                x_ext_http::to_http_response(response).map(Body::new)
            }
            Ok(Err(_)) => {
                let why =
                    tenant.death.lock().clone().unwrap_or_else(|| {
                        "the program's isolate ended before answering".to_string()
                    });
                json_error(StatusCode::SERVICE_UNAVAILABLE, "isolate_ended", &why)
            }
            Err(_) => {
                tenant.log(
                    "error",
                    format!("a request was not answered within {wall:?} (wall time limit)"),
                );
                let host = self.placements.lock().get(&tenant.deployment_id).cloned();
                if let Some(thread) = host {
                    let _ = thread.send(Box::new(Job::Report {
                        deployment_id: tenant.deployment_id.clone(),
                    }));
                }
                json_error(
                    StatusCode::GATEWAY_TIMEOUT,
                    "wall_time_limit",
                    &format!("the program did not answer within {wall:?}"),
                )
            }
        }
    }

    async fn wake(&self, deployment: Arc<Deployment>, delivering: bool) {
        let tenant = match self.tenant(&deployment).await {
            Ok(tenant) => tenant,
            Err(error) => {
                eprintln!(
                    "x platform: cannot wake deployment {} for its queue: {error:#}",
                    deployment.id
                );
                return;
            }
        };
        let running = self
            .placements
            .lock()
            .get(&deployment.id)
            .is_some_and(|thread| !thread.has_ended());
        let listened_ms = tenant
            .queue
            .last_listen_ms
            .load(std::sync::atomic::Ordering::Relaxed);
        let listening = x_platform_store::now_ms() - listened_ms < LISTENING.as_millis() as i64;
        {
            let mut wakes = tenant.wakes.lock();
            if running {
                if !(listening || delivering) {
                    // Started for the queue but never listened: leave it to scale to zero,
                    // and do not start it again for a while.
                    if wakes
                        .started_at
                        .is_some_and(|at| at.elapsed() >= LISTEN_WITHIN)
                    {
                        wakes.started_at = None;
                        wakes.quiet_until = Some(std::time::Instant::now() + QUIET);
                        tenant.log(
                            "warn",
                            format!(
                                "a KV queue message is due, but the program registered no                                  Deno.Kv.listenQueue handler when it started; not started for                                  it again for {QUIET:?}"
                            ),
                        );
                    }
                    return;
                }
            } else {
                if wakes
                    .quiet_until
                    .is_some_and(|until| std::time::Instant::now() < until)
                {
                    return;
                }
                wakes.started_at = Some(std::time::Instant::now());
            }
        }
        if !running {
            self.refresh_env(&deployment, &tenant).await;
        }
        self.send(
            &tenant.clone(),
            Box::new(Job::Serve {
                tenant,
                request: None,
            }),
        );
    }
}

/// A tenant whose `listenQueue` asked for a message this recently is listening.
const LISTENING: Duration = Duration::from_secs(1);
/// A tenant started for its queue should be listening by then.
const LISTEN_WITHIN: Duration = Duration::from_secs(5);
/// How long a tenant that hit the CPU or heap limit starts on the quarantine thread.
const QUARANTINE: Duration = Duration::from_secs(600);
/// How long a tenant that did not listen is left alone.
const QUIET: Duration = Duration::from_secs(60);

impl Hypervisor {
    /// Env changes reach the program within a second: the variables are read again when
    /// the store's change generation moved (an env change on any node moves it) and at
    /// least once a second, and a change replaces the isolate at its next request.
    async fn refresh_env(&self, deployment: &Deployment, tenant: &Tenant) {
        let generation = self.store.routing_generation();
        let stale = {
            let env = tenant.env.lock();
            env.checked_at.is_none_or(|at| at.elapsed() >= ENV_RECHECK)
                || env.checked_generation != generation
        };
        if stale {
            match self.store.list_env(&deployment.project).await {
                Ok(vars) => {
                    let vars = vars.into_iter().map(|v| (v.key, v.value)).collect();
                    tenant.env.lock().update(vars, generation);
                }
                Err(error) => eprintln!(
                    "x platform: cannot read env of {}: {error:#}",
                    deployment.project
                ),
            }
        }
    }

    /// Hands `job` to the thread hosting (or to host) the deployment; false when no
    /// thread could take it.
    fn send(&self, tenant: &Tenant, job: Box<Job>) -> bool {
        let deployment_id = tenant.deployment_id.as_str();
        let thread = self.thread_for(tenant);
        match thread.send(job) {
            Ok(()) => true,
            Err(job) => {
                // The thread ended between lookup and send: start over on a live one.
                self.placements.lock().remove(deployment_id);
                self.thread_for(tenant).send(job).is_ok()
            }
        }
    }
}

impl Hypervisor {
    /// A static asset of the deployment (`x deploy --include`) at the request's path, for
    /// GET and HEAD: served from its blob without running the program.
    async fn asset(
        &self,
        deployment: &Deployment,
        method: &http::Method,
        path: &str,
    ) -> Option<Response<Body>> {
        if method != http::Method::GET && method != http::Method::HEAD {
            return None;
        }
        let asset = deployment.manifest.assets.iter().find(|a| a.path == path)?;
        let hash = BlobHash::parse(&asset.blob).ok()?;
        // Verified against its hash, like a program's blobs: a damaged copy is never served.
        let bytes = match self.blobs.read(&hash).await {
            Ok(bytes) => bytes,
            Err(error) => {
                return Some(json_error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "asset_unreadable",
                    &format!("asset {} cannot be read: {error}", asset.path),
                ))
            }
        };
        let length = bytes.len();
        let body = if method == http::Method::HEAD {
            Body::empty()
        } else {
            Body::from(bytes)
        };
        let mut response = Response::new(body);
        let headers = response.headers_mut();
        let content_type = asset
            .content_type
            .as_deref()
            .unwrap_or("application/octet-stream");
        if let Ok(value) = http::HeaderValue::from_str(content_type) {
            headers.insert(http::header::CONTENT_TYPE, value);
        }
        headers.insert(http::header::CONTENT_LENGTH, length.into());
        if let Ok(etag) = http::HeaderValue::from_str(&format!("\"{}\"", asset.blob)) {
            headers.insert(http::header::ETAG, etag);
        }
        Some(response)
    }
}

/// The program of `deployment`: its artifact, or its plain modules.
///
/// Every blob is read through the blob store, which hashes it again: whichever node boots
/// the tenant, and whatever holds the bytes (a shared folder, the database), a damaged or
/// substituted blob fails the load instead of running.
async fn load_program(deployment: &Deployment, blobs: &dyn BlobStore) -> Result<Bundle> {
    let manifest = &deployment.manifest;
    let read = |blob: String| async move {
        let hash = BlobHash::parse(&blob)?;
        let bytes = blobs
            .read(&hash)
            .await
            .with_context(|| format!("cannot read blob {blob}"))?;
        Ok::<_, anyhow::Error>(bytes)
    };
    if manifest.format.is_some() {
        let [module] = manifest.modules.as_slice() else {
            bail!("an artifact deployment must name exactly one module blob");
        };
        return Bundle::load(read(module.blob.clone()).await?.to_vec()).await;
    }
    let mut modules = HashMap::new();
    for module in &manifest.modules {
        let code: Arc<[u8]> = Arc::from(&read(module.blob.clone()).await?[..]);
        let kind = if module.specifier.ends_with(".json") {
            ModuleKind::Json
        } else {
            ModuleKind::JavaScript
        };
        modules.insert(
            module.specifier.clone(),
            BundledModule {
                kind,
                code,
                source_map: None,
            },
        );
    }
    Ok(Bundle::from_modules(manifest.entry.clone(), modules))
}
