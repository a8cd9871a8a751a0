//! What one tenant may use, and how the hypervisor is sized. Defaults suit a laptop;
//! `x platform serve` reads overrides from its config.

use std::time::Duration;

/// Per-tenant limits.
#[derive(Debug, Clone)]
pub struct Limits {
    /// JavaScript may spend this much of its thread's CPU time without yielding (a
    /// request's synchronous work, or any one stretch of it between awaits); past it the
    /// isolate is terminated and recycled. CPU time, not wall time: a thread waiting for
    /// a core on a loaded machine is not charged for the wait (`watchdog.rs`).
    pub cpu_per_request: Duration,
    /// A request must be answered within this (headers; the body may stream longer).
    /// Also the longest JavaScript may hold its thread without yielding, CPU or not
    /// (`Atomics.wait`).
    pub wall_per_request: Duration,
    /// The isolate's heap; a program that outgrows it is terminated.
    pub heap_bytes: usize,
    /// Requests waiting for one tenant; more are shed with `503` + `Retry-After`.
    pub queue_per_tenant: usize,
    /// Requests one tenant's isolate runs at once (handed to it and not answered yet);
    /// the others wait in its queue. Bounds what one tenant's turn can hold up.
    pub concurrency_per_tenant: usize,
    /// Evaluating the program (top-level code and await) must finish within this, and
    /// may spend at most this much CPU time.
    pub boot_timeout: Duration,
    /// Keys one project's KV database may hold (`Deno.openKv()`).
    pub kv_max_keys: u64,
    /// Bytes (keys plus values) one project's KV database may hold.
    pub kv_max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            cpu_per_request: Duration::from_millis(50),
            wall_per_request: Duration::from_secs(30),
            heap_bytes: 64 << 20,
            queue_per_tenant: 64,
            concurrency_per_tenant: 64,
            boot_timeout: Duration::from_secs(10),
            kv_max_keys: 100_000,
            kv_max_bytes: 100 << 20,
        }
    }
}

/// How the hypervisor is laid out.
#[derive(Clone)]
pub struct HypervisorConfig {
    /// Threads taking cold starts (tenants are pinned to one); default: the cores.
    pub threads: usize,
    /// An isolate idle this long is dropped (scale to zero).
    pub idle_timeout: Duration,
    /// Runtimes one thread makes over its life before it is retired and replaced (at most
    /// 2000): a safety net that returns what the engine's per-thread tables still keep
    /// per runtime (tens of KiB; see `thread.rs`).
    pub runtimes_per_thread: usize,
    /// Runtimes each thread keeps made ahead of demand, so a cold start only evaluates the
    /// tenant's program.
    pub warm_pool: usize,
    /// Making a runtime holds its thread for the whole restore of the startup snapshot
    /// (~15 ms), so a thread makes its pool's runtimes when its isolates have answered
    /// what they were given, or after this long.
    pub pool_refill_wait: Duration,
    /// Live isolates one thread keeps; past it the least recently used one is dropped.
    pub isolates_per_thread: usize,
    /// Bytes of JavaScript heap the isolates of all threads may hold together; past it
    /// the least recently used idle isolates are evicted. 0: no budget.
    pub memory_budget: u64,
    pub limits: Limits,
    /// Where projects' KV databases live (SQLite files in the data folder, or the shared
    /// PostgreSQL store); `None`: `Deno.openKv()` is unavailable.
    pub kv: Option<std::sync::Arc<x_platform_kv::Kv>>,
    /// Where tenants' modules are kept compiled (QuickJS bytecode made by this process on
    /// a deployment's first cold start, read by its later ones); `None`: every cold start
    /// compiles from source.
    pub code_cache: Option<std::sync::Arc<dyn x_worker::CodeCacheStore>>,
}

impl Default for HypervisorConfig {
    fn default() -> Self {
        HypervisorConfig {
            threads: std::thread::available_parallelism().map_or(2, |n| n.get()),
            idle_timeout: Duration::from_secs(300),
            runtimes_per_thread: 1000,
            warm_pool: 2,
            pool_refill_wait: Duration::from_millis(50),
            isolates_per_thread: 80,
            memory_budget: crate::memory::default_budget(),
            limits: Limits::default(),
            kv: None,
            code_cache: None,
        }
    }
}
