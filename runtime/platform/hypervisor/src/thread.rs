//! A worker thread: a current-thread tokio runtime hosting many tenants' isolates. Each
//! isolate is a task that polls its runtime's event loop (where the program's handlers
//! run); the thread's job loop hands requests to the right isolate, cold-starting it from
//! a runtime made ahead of demand when there is none.
//!
//! Requests do not go straight into an isolate: each has a [`Lane`] (`lane.rs`) from
//! which the isolate's task admits a few per turn, so the thread's tenants take turns.
//! The thread also carries out the global memory budget's evictions (`memory.rs`).
//!
//! A dropped runtime gives back what it held (runtime/engine/v8x/X_PATCHES.md 9-10;
//! `x_worker`'s `tests/runtime_churn.rs` makes hundreds on one thread), but a few of the
//! engine's per-thread tables still grow a little with every runtime (tens of KiB) and
//! are returned only when the thread ends. So each thread counts its runtimes, as a
//! safety net: once it has made its budget it takes no more cold starts (the hypervisor
//! gives new tenants a fresh thread), keeps serving the isolates it has, and ends when
//! the last of them is gone.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::{poll_fn, Future};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant};

use bytes::Bytes;
use parking_lot::Mutex;
use tokio::sync::{mpsc, oneshot};
use x_ext_http::{IncomingRequest, OutgoingResponse, RequestSender, ResponseBody};
use x_worker::TenantRuntime;

use crate::lane::{Lane, Phase, Refused};
use crate::limits::HypervisorConfig;
use crate::memory::{MemoryBudget, Resident};
use crate::tenant::Tenant;
use crate::watchdog::{Fired, WatchSlot, Watchdog};
use deno_core::v8::x_fast::{native_function_slots_in_use, NATIVE_FUNCTION_SLOTS};

/// A hard stop, whatever the config says: the most runtimes measured one after another on
/// one thread (`X_CHURN_RUNTIMES=2000` for `x_worker`'s `runtime_churn` test).
const MAX_RUNTIMES_PER_THREAD: usize = 2000;

/// Isolates alive at once on one thread, whatever the config says (issue 10's figure is
/// 1000 warm tenants on two threads). The engine's table of native callbacks (16-bit
/// slots, `v8::x_fast::NATIVE_FUNCTION_SLOTS`) no longer bounds it: runtimes share a
/// slot per callback (X_PATCHES 18), so a runtime after the first takes only the few
/// slots of functions it makes with data of its own. A runtime made into a full table
/// still aborts the process: [`ThreadContext::native_room_for`] guards against that.
const MAX_ISOLATES_PER_THREAD: usize = 1000;

/// The part of the native-callback table kept free: isolates evicted but not yet dropped
/// (their task ends at its next poll) still hold their slots.
const NATIVE_SLOTS_MARGIN: usize = NATIVE_FUNCTION_SLOTS / 20;

/// Runtimes of stopped isolates a thread keeps waiting to be freed (`ThreadContext::bury`).
const MAX_BURIED: usize = 2;

/// Work for a worker thread.
pub(crate) enum Job {
    /// A request for a tenant, or (`None`) a wake-up: its isolate should run (started if
    /// need be) because its KV queue has a message due.
    Serve {
        tenant: Arc<Tenant>,
        request: Option<IncomingRequest>,
    },
    /// The memory budget asks for this isolate to go, if it is idle (`memory.rs`).
    Evict {
        deployment_id: String,
        serial: u64,
        /// Heap in use across the threads when it was chosen, and the budget (bytes).
        used: u64,
        limit: u64,
    },
    /// A request of this deployment outlived the wall-time limit: print the state of its
    /// isolate and lane on the server's stderr (`Lane::describe`).
    Report { deployment_id: String },
}

/// Which thread hosts each deployment's isolate, shared with the hypervisor.
pub(crate) type Placements = Arc<Mutex<HashMap<String, Arc<WorkerThread>>>>;

/// The hypervisor's handle on a worker thread.
pub(crate) struct WorkerThread {
    pub id: usize,
    jobs: mpsc::UnboundedSender<Box<Job>>,
    created: Arc<AtomicUsize>,
    budget: usize,
    ended: Arc<AtomicBool>,
    /// Runtimes waiting in the thread's pool: a new tenant goes where one is ready.
    pooled: Arc<AtomicUsize>,
}

impl WorkerThread {
    pub fn spawn(
        id: usize,
        config: Arc<HypervisorConfig>,
        watchdog: &Watchdog,
        placements: Placements,
        memory: Arc<MemoryBudget>,
        bounce: mpsc::UnboundedSender<Box<Job>>,
    ) -> Arc<WorkerThread> {
        let (jobs, rx) = mpsc::unbounded_channel();
        let own_jobs = jobs.downgrade();
        let created = Arc::new(AtomicUsize::new(0));
        let ended = Arc::new(AtomicBool::new(false));
        let pooled = Arc::new(AtomicUsize::new(0));
        let budget = config.runtimes_per_thread.clamp(1, MAX_RUNTIMES_PER_THREAD);
        let thread = Arc::new(WorkerThread {
            id,
            jobs,
            created: created.clone(),
            budget,
            ended: ended.clone(),
            pooled: pooled.clone(),
        });
        let slot = watchdog.slot();
        std::thread::Builder::new()
            .name(format!("x-tenants-{id}"))
            .spawn(move || {
                let context = ThreadContext {
                    id,
                    config,
                    slot,
                    placements,
                    memory,
                    own_jobs,
                    created,
                    budget,
                    bounce,
                    isolates: RefCell::new(HashMap::new()),
                    pool: RefCell::new(Vec::new()),
                    pooled,
                    next_isolate: Cell::new(0),
                    native_slots_per_runtime: Cell::new(0),
                    isolate_tasks: Cell::new(0),
                    refilling: Cell::new(false),
                    graveyard: RefCell::new(Vec::new()),
                    burying: Cell::new(false),
                    isolate_tasks_done: tokio::sync::Notify::new(),
                };
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("cannot start a worker thread's runtime");
                let local = tokio::task::LocalSet::new();
                local.block_on(&runtime, run(Rc::new(context), rx));
                ended.store(true, Ordering::Release);
            })
            .expect("cannot start a worker thread");
        thread
    }

    /// Whether this thread may still take cold starts (runtimes kept warm count as used).
    pub fn takes_cold_starts(&self) -> bool {
        !self.has_ended() && self.created.load(Ordering::Acquire) < self.budget
    }

    pub fn has_ended(&self) -> bool {
        self.ended.load(Ordering::Acquire)
    }

    /// Whether a runtime made ahead of demand is waiting here: a cold start on this
    /// thread need not make one first.
    pub fn has_pooled_runtime(&self) -> bool {
        self.pooled.load(Ordering::Acquire) > 0
    }

    /// Hands a job over; gives it back if the thread has ended.
    pub fn send(&self, job: Box<Job>) -> Result<(), Box<Job>> {
        self.jobs.send(job).map_err(|e| e.0)
    }
}

struct ThreadContext {
    id: usize,
    config: Arc<HypervisorConfig>,
    slot: WatchSlot,
    placements: Placements,
    memory: Arc<MemoryBudget>,
    /// This thread's own job queue (weak: it must not keep the queue open), for the
    /// memory budget to send evictions to.
    own_jobs: mpsc::WeakUnboundedSender<Box<Job>>,
    created: Arc<AtomicUsize>,
    budget: usize,
    /// Back to the hypervisor, to be routed again (`cold_start` on a thread that may make
    /// no more runtimes).
    bounce: mpsc::UnboundedSender<Box<Job>>,
    isolates: RefCell<HashMap<String, Isolate>>,
    pool: RefCell<Vec<TenantRuntime>>,
    /// `pool`'s length, for the hypervisor's placement of new tenants (`WorkerThread`).
    pooled: Arc<AtomicUsize>,
    next_isolate: Cell<u64>,
    /// The most native-callback slots one runtime took when it was made (0 until the
    /// first is made): the first one on a thread takes a slot per callback, which later
    /// ones share, so this is what a runtime may need at worst.
    native_slots_per_runtime: Cell<usize>,
    /// Isolate tasks not finished yet, including isolates already out of `isolates`
    /// (evicted, or replaced for new variables) that are still answering: the thread's
    /// local tasks die with it, and their requests with them.
    isolate_tasks: Cell<usize>,
    /// Woken when the last of `isolate_tasks` finishes.
    isolate_tasks_done: tokio::sync::Notify,
    /// A task is refilling `pool` (one at a time: each waits for a quiet moment).
    refilling: Cell<bool>,
    /// Runtimes of isolates that stopped cleanly, waiting to be freed (`bury`).
    graveyard: RefCell<Vec<TenantRuntime>>,
    /// A task is emptying `graveyard`.
    burying: Cell<bool>,
}

/// One isolate task in `ThreadContext::isolate_tasks`, for as long as the task lives
/// (a task that panics counts down too, or its thread would wait for it for ever).
struct IsolateTask(Rc<ThreadContext>);

impl IsolateTask {
    fn start(context: Rc<ThreadContext>) -> IsolateTask {
        context.isolate_tasks.set(context.isolate_tasks.get() + 1);
        IsolateTask(context)
    }
}

impl Drop for IsolateTask {
    fn drop(&mut self) {
        let tasks = &self.0.isolate_tasks;
        tasks.set(tasks.get() - 1);
        if tasks.get() == 0 {
            // A stored permit: the thread may not be waiting yet.
            self.0.isolate_tasks_done.notify_one();
        }
    }
}

/// A live isolate, as the job loop sees it. Dropping it (eviction) stops the isolate:
/// the requests already in its lane are still served, then it ends.
struct Isolate {
    serial: u64,
    tenant: Arc<Tenant>,
    /// The version of the tenant's variables it was booted with.
    env_version: u64,
    lane: Rc<Lane>,
    resident: Arc<Resident>,
    last_used: Instant,
    /// Dropping it tells the isolate's task to finish and end.
    _stop: oneshot::Sender<()>,
}

impl Drop for Isolate {
    fn drop(&mut self) {
        self.lane.close();
    }
}

async fn run(context: Rc<ThreadContext>, mut jobs: mpsc::UnboundedReceiver<Box<Job>>) {
    tokio::task::spawn_local(sweep_idle(context.clone()));
    context.refill_pool();
    loop {
        let job = tokio::select! {
            job = jobs.recv() => job,
            // A thread that may make no more runtimes ends once its isolates are gone
            // (those out of the table but still answering included).
            _ = tokio::time::sleep(Duration::from_millis(500)), if context.retired() => {
                if context.isolates.borrow().is_empty() && context.isolate_tasks.get() == 0 {
                    break;
                }
                continue;
            }
        };
        let Some(job) = job else { break };
        match *job {
            Job::Serve { tenant, request } => context.dispatch(tenant, request),
            Job::Evict {
                deployment_id,
                serial,
                used,
                limit,
            } => context.evict(&deployment_id, serial, used, limit),
            Job::Report { deployment_id } => context.report(&deployment_id),
        }
    }
    // Requests sent while the loop was ending (the hypervisor found this thread still
    // hosting their tenant a moment before) go back to be routed again; closing first
    // makes later sends fail, which the hypervisor answers by routing elsewhere.
    jobs.close();
    while let Ok(job) = jobs.try_recv() {
        if matches!(
            *job,
            Job::Serve {
                request: Some(_),
                ..
            }
        ) {
            let _ = context.bounce.send(job);
        }
    }
    context.pool.borrow_mut().clear();
    context.pooled.store(0, Ordering::Release);
    // Finish what the remaining isolates are doing (their lanes close, so they end):
    // returning drops the thread's tasks, and a request one of them holds would go
    // unanswered. An isolate stopping gets at most the wall-time limit (see `host`).
    context.isolates.borrow_mut().clear();
    while context.isolate_tasks.get() > 0 {
        context.isolate_tasks_done.notified().await;
    }
    context.graveyard.borrow_mut().clear();
    context
        .placements
        .lock()
        .retain(|_, thread| thread.id != context.id);
}

impl ThreadContext {
    fn retired(&self) -> bool {
        self.created.load(Ordering::Acquire) >= self.budget && self.pool.borrow().is_empty()
    }

    fn dispatch(self: &Rc<Self>, tenant: Arc<Tenant>, request: Option<IncomingRequest>) {
        let id = tenant.deployment_id.clone();
        let Some(request) = request else {
            // A wake-up counts as use: the isolate stays while its queue is busy.
            let running = match self.isolates.borrow_mut().get_mut(&id) {
                Some(isolate) => {
                    isolate.last_used = Instant::now();
                    isolate.resident.touch(&self.memory);
                    true
                }
                None => false,
            };
            if !running {
                self.cold_start(tenant, None);
            }
            return;
        };
        tenant.usage.requests.fetch_add(1, Ordering::Relaxed);
        let request = {
            let mut isolates = self.isolates.borrow_mut();
            let env_version = tenant.env.lock().version;
            if isolates
                .get(&id)
                .is_some_and(|i| i.env_version != env_version)
            {
                // The variables changed: the next isolate gets the new ones.
                isolates.remove(&id);
            }
            match isolates.get_mut(&id) {
                Some(isolate) => {
                    isolate.last_used = Instant::now();
                    isolate.resident.touch(&self.memory);
                    match isolate.lane.push(request) {
                        Ok(()) => return,
                        Err(Refused::Full(request)) => {
                            shed(*request, "the program has too many requests waiting");
                            return;
                        }
                        // The isolate has just ended: start another.
                        Err(Refused::Ended(request)) => {
                            isolates.remove(&id);
                            *request
                        }
                    }
                }
                None => request,
            }
        };
        self.cold_start(tenant, Some(request));
    }

    /// Starts an isolate for `tenant` and queues `request` (if any) for it.
    fn cold_start(self: &Rc<Self>, tenant: Arc<Tenant>, request: Option<IncomingRequest>) {
        if self.pool.borrow().is_empty() && !self.native_room_for(1) {
            // A runtime made now would abort the process. Only reachable when the live
            // runtimes made functions of their own by the thousands (or evicted
            // isolates have not let go of their slots yet): the least recently used
            // one goes, and the client retries.
            self.evict_oldest();
            if let Some(request) = request {
                shed(request, "the worker thread is full");
            }
            return;
        }
        let Some(runtime) = self.take_runtime() else {
            // This thread has made its share of runtimes and is being replaced: the
            // request was routed here while the tenant's isolate still lived on it (it
            // ended meanwhile). The hypervisor routes it again, to a thread that takes
            // cold starts, once this thread no longer counts as the tenant's host.
            if let Some(request) = request {
                let mut placements = self.placements.lock();
                if placements.get(&tenant.deployment_id).map(|t| t.id) == Some(self.id) {
                    placements.remove(&tenant.deployment_id);
                }
                drop(placements);
                let job = Box::new(Job::Serve {
                    tenant,
                    request: Some(request),
                });
                if let Err(mpsc::error::SendError(job)) = self.bounce.send(job) {
                    if let Job::Serve {
                        request: Some(request),
                        ..
                    } = *job
                    {
                        shed(request, "the worker is being replaced");
                    }
                }
            }
            return;
        };
        self.make_room();
        let limits = &self.config.limits;
        // The isolate's own queue never holds more than the lane lets it run at once.
        let (sender, queue) = x_ext_http::request_queue(limits.concurrency_per_tenant);
        let (stop, stopped) = oneshot::channel();
        let serial = self.next_isolate.get();
        self.next_isolate.set(serial + 1);
        let resident = self
            .memory
            .register(&tenant.deployment_id, serial, self.own_jobs.clone());
        let lane = Lane::new(
            limits.queue_per_tenant,
            limits.concurrency_per_tenant,
            resident.clone(),
        );
        if log_cold_starts() {
            let id = tenant.deployment_id.clone();
            let started = Instant::now();
            lane.on_first_answer(Box::new(move || {
                eprintln!(
                    "x platform: deployment {id} answered its first request {:.2} ms after its cold start began",
                    started.elapsed().as_secs_f64() * 1000.0
                );
            }));
        }
        if let Some(request) = request {
            // An empty lane has room.
            let _ = lane.push(request);
        }
        let (env, env_version) = {
            let env = tenant.env.lock();
            (env.vars.clone(), env.version)
        };
        self.isolates.borrow_mut().insert(
            tenant.deployment_id.clone(),
            Isolate {
                serial,
                tenant: tenant.clone(),
                env_version,
                lane: lane.clone(),
                resident: resident.clone(),
                last_used: Instant::now(),
                _stop: stop,
            },
        );
        tenant.usage.cold_starts.fetch_add(1, Ordering::Relaxed);
        let context = self.clone();
        let counted = IsolateTask::start(self.clone());
        tokio::task::spawn_local(async move {
            let _counted = counted;
            let mut runtime = runtime;
            let reason = context
                .host(
                    &tenant,
                    &mut runtime,
                    &env,
                    Served {
                        queue,
                        sender,
                        lane: &lane,
                        resident: &resident,
                    },
                    stopped,
                )
                .await;
            let stopped_cleanly = reason.is_none();
            if let Some(reason) = reason {
                tenant.log("error", reason.clone());
                *tenant.death.lock() = Some(reason);
            }
            // Only now: dropping the runtime drops the requests it held unanswered, and
            // the lane's the requests still waiting, whose waiters then read the reason
            // just recorded. An isolate stopped cleanly (evicted when idle, scaled to
            // zero, replaced) holds none: its runtime is freed when the thread is quiet.
            if stopped_cleanly {
                context.bury(runtime);
            } else {
                drop(runtime);
            }
            drop(lane.end());
            context.memory.unregister(&resident);
            {
                let mut isolates = context.isolates.borrow_mut();
                if isolates.get(&tenant.deployment_id).map(|i| i.serial) == Some(serial) {
                    isolates.remove(&tenant.deployment_id);
                    let mut placements = context.placements.lock();
                    if placements.get(&tenant.deployment_id).map(|t| t.id) == Some(context.id) {
                        placements.remove(&tenant.deployment_id);
                    }
                }
            }
        });
        self.refill_pool();
    }

    /// Runs one isolate from boot to its end. Returns why it ended when that was not a
    /// normal stop (eviction).
    async fn host(
        &self,
        tenant: &Arc<Tenant>,
        runtime: &mut TenantRuntime,
        env: &std::collections::BTreeMap<String, String>,
        served: Served<'_>,
        stopped: oneshot::Receiver<()>,
    ) -> Option<String> {
        let Served {
            queue,
            sender,
            lane,
            resident,
        } = served;
        let limits = &self.config.limits;
        let isolate = runtime.isolate_handle();
        let stopping = Arc::new(AtomicBool::new(false));
        if let Some(kv) = &self.config.kv {
            // A KV call waiting on the network or the disk is not JavaScript running.
            let slot = self.slot.clone();
            let block: x_platform_kv::BlockHook =
                std::rc::Rc::new(move || Box::new(slot.pause()) as Box<dyn std::any::Any>);
            runtime.set_kv(std::rc::Rc::new(kv.opener(
                &tenant.project_id,
                x_ext_kv::KvQuota {
                    max_keys: Some(limits.kv_max_keys),
                    max_bytes: Some(limits.kv_max_bytes),
                },
                tenant.usage.kv.clone(),
                x_platform_kv::IsolateHooks {
                    activity: tenant.queue.clone(),
                    stopping: stopping.clone(),
                    block: Some(block),
                },
            )));
        }
        // The runtime's own modules, loaded on a program's first use, are the platform's
        // CPU time too.
        let slot = self.slot.clone();
        runtime.set_builtin_load_hook(std::rc::Rc::new(move || {
            Box::new(slot.pause()) as Box<dyn std::any::Any>
        }));
        // Through the slot: the store's disk time is the platform's, not the tenant's.
        runtime.set_code_cache(self.config.code_cache.clone().map(|store| {
            Arc::new(UnchargedCodeCache {
                store,
                slot: self.slot.clone(),
            }) as Arc<dyn x_worker::CodeCacheStore>
        }));
        let started_at = Instant::now();
        let (booted, fired) = self
            .boot(tenant, runtime, isolate.clone(), env, queue)
            .await;
        if log_cold_starts() {
            let report = runtime.code_cache_report();
            eprintln!(
                "x platform: deployment {} booted in {:.2} ms: {} modules from bytecode, {} compiled ({} rejected)",
                tenant.deployment_id,
                started_at.elapsed().as_secs_f64() * 1000.0,
                report.from_bytecode,
                report.compiled,
                report.rejected,
            );
        }
        if let Err(error) = booted {
            if fired.is_some() {
                *tenant.offended_at.lock() = Some(Instant::now());
            }
            return Some(match fired {
                Some(Fired::Cpu) => format!(
                    "the program did not finish starting within {:?} of CPU time",
                    limits.boot_timeout
                ),
                Some(Fired::Wall) => format!(
                    "the program did not finish starting within {:?}",
                    limits.boot_timeout
                ),
                None if runtime.exited() => {
                    "the program called Deno.exit while starting".to_string()
                }
                None => format!("the program failed to start: {error}"),
            });
        }

        // What the program holds once started (its module state) is most of what it
        // will hold: the budget learns it now rather than a second later.
        self.sample_heap(tenant, runtime, resident);

        let cpu_budget = limits.cpu_per_request;
        let mut last_heap_sample = Instant::now();
        let mut fired = None;
        let mut sender = Some(sender);
        lane.set_phase(Phase::Serving);
        let drive = poll_fn(|cx| {
            let again = lane.take_turn(&mut sender, cx.waker());
            self.slot
                .arm(isolate.clone(), cpu_budget, limits.wall_per_request);
            let started = thread_cpu();
            let polled = runtime.poll(cx);
            if let Some(why) = self.slot.disarm() {
                fired.get_or_insert(why);
            }
            tenant
                .usage
                .cpu_us
                .fetch_add(thread_cpu().saturating_sub(started), Ordering::Relaxed);
            if fired.is_some() {
                // Terminated: it runs no more JavaScript, and its event loop need not
                // end — JavaScript terminated in a promise's continuation (after an
                // await) left the loop waiting for the next request, and the request
                // unanswered until the wall-time limit (a 504, and the isolate kept).
                return Poll::Ready(Ok(()));
            }
            if last_heap_sample.elapsed() >= Duration::from_secs(1) {
                last_heap_sample = Instant::now();
                self.sample_heap(tenant, runtime, resident);
            }
            match polled {
                Poll::Ready(result) => Poll::Ready(result.map_err(|e| e.to_string())),
                Poll::Pending => {
                    if again {
                        // More requests wait: come back after the thread's other tasks
                        // have had their turn (the local run queue is first in, first
                        // out).
                        cx.waker().wake_by_ref();
                    }
                    Poll::Pending
                }
            }
        });
        let grace = limits.wall_per_request;
        let ended = tokio::select! {
            ended = drive => ended,
            // Evicted: in-flight requests get the wall limit to finish; timers or other
            // work the program left running do not keep the isolate alive past it.
            // Its queue listener takes no new message meanwhile: the next isolate will.
            _ = async {
                let _ = stopped.await;
                stopping.store(true, Ordering::Relaxed);
                lane.set_phase(Phase::Stopping);
                tokio::time::sleep(grace).await
            } => Ok(()),
        };
        // A terminated isolate may end its loop without an error: judge by what happened.
        let heap_exceeded = runtime.heap_used() >= limits.heap_bytes / 10 * 9;
        if fired.is_some() || (heap_exceeded && ended.is_err()) {
            *tenant.offended_at.lock() = Some(Instant::now());
        }
        match ended {
            _ if fired == Some(Fired::Cpu) => Some(format!(
                "the program ran JavaScript for more than {:?} of CPU time without yielding (CPU time limit); its isolate was recycled",
                cpu_budget
            )),
            _ if fired == Some(Fired::Wall) => Some(format!(
                "the program held its thread for more than {:?} without yielding (wall time limit); its isolate was recycled",
                limits.wall_per_request
            )),
            _ if runtime.exited() => {
                Some("the program called Deno.exit; its isolate was recycled".to_string())
            }
            Err(_) if heap_exceeded => Some(format!(
                "the program used more than its heap limit of {} MB; its isolate was recycled",
                limits.heap_bytes >> 20
            )),
            Ok(()) => None,
            Err(error) => Some(format!("{error}\n(the isolate was recycled)")),
        }
    }

    /// Evaluates the tenant's program. Its top-level code may spend `boot_timeout` of
    /// the thread's CPU, counted over the polls that run it (between them the thread runs
    /// its other isolates, whose CPU is theirs), and must be done within `boot_timeout`
    /// of wall time, awaits included. Each poll arms the watchdog for what is left: the
    /// thread's other isolates arm the same slot between this one's polls, so one arming
    /// across the whole boot would be replaced, and a program spinning after its first
    /// await never stopped. Returns how it ended, and whether a limit ended it.
    async fn boot(
        &self,
        tenant: &Arc<Tenant>,
        runtime: &mut TenantRuntime,
        isolate: deno_core::v8::IsolateHandle,
        env: &std::collections::BTreeMap<String, String>,
        queue: x_ext_http::RequestQueue,
    ) -> (Result<(), String>, Option<Fired>) {
        let budget = self.config.limits.boot_timeout;
        let deadline = Instant::now() + budget;
        let mut spent = Duration::ZERO;
        let mut fired = None;
        let boot = runtime.boot(tenant.program.clone(), env, tenant.log_sink(), queue);
        let mut boot = std::pin::pin!(boot);
        let armed = poll_fn(|cx| {
            self.slot.arm(
                isolate.clone(),
                budget.saturating_sub(spent),
                deadline.saturating_duration_since(Instant::now()),
            );
            let started = thread_cpu();
            let polled = boot.as_mut().poll(cx);
            if let Some(why) = self.slot.disarm() {
                fired.get_or_insert(why);
            }
            let used = thread_cpu().saturating_sub(started);
            spent += Duration::from_micros(used);
            tenant.usage.cpu_us.fetch_add(used, Ordering::Relaxed);
            if fired.is_some() {
                // Terminated: see `host`, the boot need not end by itself.
                return Poll::Ready(Err(x_worker::BootError::Program("terminated".into())));
            }
            polled
        });
        let booted = tokio::time::timeout_at(deadline.into(), armed).await;
        match booted {
            Ok(booted) => (booted.map_err(|e| e.to_string()), fired),
            // Waiting (a top-level await) past the deadline.
            Err(_) => (Err("timed out".into()), Some(Fired::Wall)),
        }
    }

    /// The memory budget's eviction of isolate `serial` of `id`: done if it is still
    /// there and idle; otherwise it stays, and may be chosen again later.
    fn evict(&self, id: &str, serial: u64, used: u64, limit: u64) {
        let mut isolates = self.isolates.borrow_mut();
        let Some(isolate) = isolates.get(id).filter(|i| i.serial == serial) else {
            return;
        };
        if !isolate.lane.is_idle() {
            isolate.resident.evicting.store(false, Ordering::Relaxed);
            return;
        }
        isolate.tenant.log(
            "info",
            format!(
                "isolate evicted (least recently used) to keep the node's isolates within their memory budget: {} MB of heap in use, {} MB allowed; the next request starts a new one",
                used >> 20,
                limit >> 20
            ),
        );
        isolates.remove(id);
        let mut placements = self.placements.lock();
        if placements.get(id).map(|t| t.id) == Some(self.id) {
            placements.remove(id);
        }
    }

    fn report(&self, id: &str) {
        let state = match self.isolates.borrow().get(id) {
            Some(isolate) => format!(
                "isolate {} (last used {:.1} s ago): {}",
                isolate.serial,
                isolate.last_used.elapsed().as_secs_f64(),
                isolate.lane.describe()
            ),
            None => "no isolate on its thread".to_string(),
        };
        eprintln!(
            "x platform: a request of deployment {id} was not answered within the wall-time limit; thread {}: {state}",
            self.id
        );
    }

    /// A runtime made ahead of demand, or a new one; `None` when this thread may make no
    /// more.
    fn take_runtime(&self) -> Option<TenantRuntime> {
        let pooled = self.pool.borrow_mut().pop();
        if let Some(runtime) = pooled {
            self.pooled.fetch_sub(1, Ordering::AcqRel);
            return Some(runtime);
        }
        self.make_runtime()
    }

    fn make_runtime(&self) -> Option<TenantRuntime> {
        let made = self.created.fetch_add(1, Ordering::AcqRel);
        if made >= self.budget {
            self.created.fetch_sub(1, Ordering::AcqRel);
            return None;
        }
        let before = native_function_slots_in_use();
        let started = Instant::now();
        let cpu_before = thread_cpu();
        let runtime = TenantRuntime::new(Some(self.config.limits.heap_bytes));
        if log_cold_starts() {
            eprintln!(
                "x platform: thread {} made a runtime in {:.2} ms ({:.2} ms CPU)",
                self.id,
                started.elapsed().as_secs_f64() * 1000.0,
                (thread_cpu() - cpu_before) as f64 / 1000.0
            );
        }
        let took = native_function_slots_in_use().saturating_sub(before);
        if took > self.native_slots_per_runtime.get() {
            let first = self.native_slots_per_runtime.replace(took) == 0;
            if first && self.id == 0 {
                eprintln!(
                    "x platform: a tenant runtime takes {took} of a thread's {NATIVE_FUNCTION_SLOTS} native-callback slots (shared by the runtimes after it); up to {} isolates per thread",
                    self.isolate_cap()
                );
            }
        }
        Some(runtime)
    }

    /// Records the isolate's heap in use: its tenant's peak (metering) and the memory
    /// budget's view of it.
    fn sample_heap(&self, tenant: &Tenant, runtime: &mut TenantRuntime, resident: &Resident) {
        let heap = runtime.heap_used() as u64;
        tenant
            .usage
            .peak_heap_bytes
            .fetch_max(heap, Ordering::Relaxed);
        self.memory.record(resident, heap);
    }

    /// Whether `runtimes` more runtimes fit in this thread's native-callback table, with
    /// the margin kept free.
    fn native_room_for(&self, runtimes: usize) -> bool {
        native_function_slots_in_use() + runtimes * self.native_slots_per_runtime.get()
            <= NATIVE_FUNCTION_SLOTS - NATIVE_SLOTS_MARGIN
    }

    /// How many isolates this thread keeps alive: the config's figure.
    fn isolate_cap(&self) -> usize {
        self.config
            .isolates_per_thread
            .clamp(1, MAX_ISOLATES_PER_THREAD)
    }

    /// Makes runtimes ahead of demand, each once the thread's isolates have answered
    /// what they were given (see `HypervisorConfig::pool_refill_wait`): the cold start
    /// that emptied the pool should not wait behind its replacement.
    fn refill_pool(self: &Rc<Self>) {
        if self.refilling.replace(true) {
            return;
        }
        let context = self.clone();
        tokio::task::spawn_local(async move {
            // A pooled runtime must leave room for a cold start's own.
            while context.pool.borrow().len() < context.config.warm_pool
                && context.native_room_for(2)
            {
                context.quiet().await;
                let Some(runtime) = context.make_runtime() else {
                    break;
                };
                context.pool.borrow_mut().push(runtime);
                context.pooled.fetch_add(1, Ordering::AcqRel);
            }
            context.refilling.set(false);
        });
    }

    /// Frees `runtime` once the thread's isolates have answered what they were given:
    /// freeing a runtime's heap takes a few milliseconds, which the cold start that
    /// evicted it should not wait for. At most [`MAX_BURIED`] wait: on a thread that is
    /// never quiet, isolates stop faster than one per `pool_refill_wait`, and the
    /// runtimes waiting would add up.
    fn bury(self: &Rc<Self>, runtime: TenantRuntime) {
        if self.graveyard.borrow().len() >= MAX_BURIED {
            drop(runtime);
            return;
        }
        self.graveyard.borrow_mut().push(runtime);
        if self.burying.replace(true) {
            return;
        }
        let context = self.clone();
        tokio::task::spawn_local(async move {
            loop {
                context.quiet().await;
                let runtime = context.graveyard.borrow_mut().pop();
                let Some(runtime) = runtime else { break };
                let started = Instant::now();
                let cpu_before = thread_cpu();
                drop(runtime);
                if log_cold_starts() {
                    eprintln!(
                        "x platform: thread {} freed a stopped isolate's runtime in {:.2} ms ({:.2} ms CPU)",
                        context.id,
                        started.elapsed().as_secs_f64() * 1000.0,
                        (thread_cpu() - cpu_before) as f64 / 1000.0
                    );
                }
            }
            context.burying.set(false);
        });
    }

    /// Returns once no isolate of this thread has a request waiting or unanswered, or
    /// after the config's `pool_refill_wait` (a thread that is never quiet still gets its
    /// pool).
    async fn quiet(&self) {
        let give_up = Instant::now() + self.config.pool_refill_wait;
        loop {
            tokio::task::yield_now().await;
            let busy = self.isolates.borrow().values().any(|i| !i.lane.is_idle());
            if !busy || Instant::now() >= give_up {
                return;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }

    /// Drops the least recently used isolate while the thread is full (an idle one if
    /// there is any).
    fn make_room(&self) {
        let cap = self.isolate_cap();
        while self.isolates.borrow().len() >= cap && self.evict_oldest() {}
    }

    /// Drops the least recently used isolate (an idle one if there is any); false when
    /// there is none.
    fn evict_oldest(&self) -> bool {
        let mut isolates = self.isolates.borrow_mut();
        let Some(oldest) = isolates
            .iter()
            .min_by_key(|(_, isolate)| (!isolate.lane.is_idle(), isolate.last_used))
            .map(|(id, _)| id.clone())
        else {
            return false;
        };
        isolates.remove(&oldest);
        self.placements.lock().remove(&oldest);
        true
    }
}

/// What an isolate serves from: the queue its program reads, the sending side the lane
/// admits into, the lane, and its entry in the memory budget.
struct Served<'a> {
    queue: x_ext_http::RequestQueue,
    sender: RequestSender,
    lane: &'a Rc<Lane>,
    resident: &'a Arc<Resident>,
}

/// Scale to zero: isolates idle longer than the timeout (and with no request waiting or
/// running) are dropped.
async fn sweep_idle(context: Rc<ThreadContext>) {
    let timeout = context.config.idle_timeout;
    let every = (timeout / 4).clamp(Duration::from_millis(10), Duration::from_secs(5));
    loop {
        tokio::time::sleep(every).await;
        let idle: Vec<String> = context
            .isolates
            .borrow()
            .iter()
            .filter(|(_, isolate)| isolate.last_used.elapsed() >= timeout && isolate.lane.is_idle())
            .map(|(id, _)| id.clone())
            .collect();
        for id in idle {
            context.isolates.borrow_mut().remove(&id);
            let mut placements = context.placements.lock();
            if placements.get(&id).map(|t| t.id) == Some(context.id) {
                placements.remove(&id);
            }
        }
    }
}

/// Answers `request` with 503 and `Retry-After`, without running the program.
pub(crate) fn shed(request: IncomingRequest, why: &str) {
    let body =
        format!("{{\"error\":{{\"code\":\"overloaded\",\"message\":\"{why}; retry shortly\"}}}}");
    let _ = request.respond.send(OutgoingResponse {
        status: 503,
        headers: http::HeaderMap::from_iter([
            (
                http::header::CONTENT_TYPE,
                http::HeaderValue::from_static("application/json"),
            ),
            (
                http::header::RETRY_AFTER,
                http::HeaderValue::from_static("1"),
            ),
        ]),
        body: ResponseBody::Bytes(Bytes::from(body)),
    });
}

/// This thread's CPU time in microseconds.
fn thread_cpu() -> u64 {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the timespec we pass and nothing else.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    now.tv_sec as u64 * 1_000_000 + now.tv_nsec as u64 / 1_000
}

/// The code cache as a tenant's runtime sees it: reading and writing it stops the
/// watchdog's clock, as a KV call's I/O does. deno_core stores a module's bytecode when the
/// event loop is next polled after the module was compiled — on a deployment's first cold
/// start, in the poll that answers its first request, under the CPU budget
/// (`cpu_per_request`). Charged to the tenant, writing the 30-odd files of a Hono app (a
/// few ms, far more on a loaded machine) could outlast that budget: the watchdog then
/// terminated the isolate while no JavaScript ran, and the termination hit the next
/// request's JavaScript: the first request answered, the second not (a 503 after the CPU
/// limit). Test: tests/bytecode.rs in the server crate, `writing_the_bytecode_is_not_charged_to_the_tenant`.
struct UnchargedCodeCache {
    store: Arc<dyn x_worker::CodeCacheStore>,
    slot: WatchSlot,
}

impl x_worker::CodeCacheStore for UnchargedCodeCache {
    fn get(&self, key: &x_worker::CodeCacheKey) -> Option<Vec<u8>> {
        let _paused = self.slot.pause();
        self.store.get(key)
    }

    fn put(&self, key: &x_worker::CodeCacheKey, bytes: &[u8]) {
        let _paused = self.slot.pause();
        self.store.put(key, bytes)
    }
}

/// `X_LOG=coldstart` (or `bytecode`): lines on the server's stderr per cold start — how
/// long the boot took and how its modules were compiled (from stored bytecode, or from
/// source), when its first answer left — and per runtime made and freed.
pub(crate) fn log_cold_starts() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| {
        std::env::var("X_LOG")
            .map(|v| {
                v.split(',')
                    .any(|t| matches!(t.trim(), "coldstart" | "bytecode" | "all"))
            })
            .unwrap_or(false)
    })
}
