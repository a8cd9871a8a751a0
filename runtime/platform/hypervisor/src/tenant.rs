//! A deployment as the hypervisor knows it: its program, its env, why its last isolate
//! ended, and the usage not yet written to the store. Shared by the request path and the
//! worker thread that hosts its isolate.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;
use x_bundle::Bundle;
use x_platform_store::{NewLogEntry, UsageSample};
use x_worker::LogSink;

pub(crate) struct Tenant {
    pub deployment_id: String,
    /// The project's id: names its KV database.
    pub project_id: String,
    pub program: Arc<Bundle>,
    /// The project's variables and their version (bumped on every change seen); an
    /// isolate booted with an older version is replaced at its next request.
    pub env: Mutex<Env>,
    /// Why the last isolate ended, for the requests it leaves unanswered.
    pub death: Mutex<Option<String>>,
    /// When an isolate of it last hit the CPU or heap limit (its next ones start on the
    /// quarantine thread for a while, see `Hypervisor::thread_for`).
    pub offended_at: Mutex<Option<std::time::Instant>>,
    pub usage: Usage,
    pub logs: LogBuffer,
    /// When its isolates' `listenQueue` last asked for a message.
    pub queue: Arc<x_platform_kv::QueueActivity>,
    /// Wake-ups for its queue (see `Hypervisor::wake`).
    pub wakes: Mutex<Wakes>,
}

/// What the hypervisor remembers of waking a tenant for its KV queue.
#[derive(Default)]
pub(crate) struct Wakes {
    /// When an isolate was last started for a due message.
    pub started_at: Option<std::time::Instant>,
    /// A program that started for a message but never listened is not woken again
    /// before this (the message waits; a new deployment, or a request, may listen).
    pub quiet_until: Option<std::time::Instant>,
}

impl Tenant {
    pub fn new(
        deployment_id: String,
        project_id: String,
        program: Arc<Bundle>,
        logs: LogBuffer,
    ) -> Tenant {
        Tenant {
            deployment_id,
            project_id,
            program,
            env: Mutex::new(Env::default()),
            death: Mutex::new(None),
            offended_at: Mutex::new(None),
            usage: Usage::default(),
            logs,
            queue: Arc::default(),
            wakes: Mutex::new(Wakes::default()),
        }
    }

    /// A line in the tenant's log (what the control plane's logs endpoint serves).
    pub fn log(&self, level: &str, message: String) {
        self.logs.push(NewLogEntry {
            deployment_id: self.deployment_id.clone(),
            ts: x_platform_store::now_ms(),
            level: level.to_string(),
            message,
        });
    }

    /// Where the program's console output goes.
    pub fn log_sink(self: &Arc<Self>) -> LogSink {
        let tenant = Arc::downgrade(self);
        Arc::new(move |to_stderr, line| {
            if let Some(tenant) = tenant.upgrade() {
                tenant.log(if to_stderr { "error" } else { "log" }, line.to_string());
            }
        })
    }
}

/// A tenant's variables as last read from the store.
#[derive(Default)]
pub(crate) struct Env {
    pub vars: BTreeMap<String, String>,
    pub version: u64,
    /// When the store was last asked (`None`: never).
    pub checked_at: Option<std::time::Instant>,
    /// The store's change generation read just before that (another node's env change
    /// moves it, so the variables are read again at once instead of after the recheck).
    pub checked_generation: u64,
}

impl Env {
    /// Takes `vars` read from the store; true when they differ from the known ones.
    pub fn update(&mut self, vars: BTreeMap<String, String>, generation: u64) -> bool {
        self.checked_at = Some(std::time::Instant::now());
        self.checked_generation = generation;
        if vars == self.vars {
            return false;
        }
        self.vars = vars;
        self.version += 1;
        true
    }
}

/// Counters since the last flush to the store.
#[derive(Default)]
pub(crate) struct Usage {
    pub cpu_us: AtomicU64,
    pub requests: AtomicU64,
    pub response_bytes: AtomicU64,
    pub peak_heap_bytes: AtomicU64,
    pub cold_starts: AtomicU64,
    /// KV entries read and mutations written (shared with the isolate's databases).
    pub kv: Arc<x_ext_kv::KvMeter>,
}

impl Usage {
    /// Takes the counters (zeroing them); `None` when nothing happened.
    pub fn take(&self, deployment_id: &str) -> Option<UsageSample> {
        let sample = UsageSample {
            deployment_id: deployment_id.to_string(),
            at: x_platform_store::now_ms(),
            cpu_us: self.cpu_us.swap(0, Ordering::Relaxed),
            requests: self.requests.swap(0, Ordering::Relaxed),
            response_bytes: self.response_bytes.swap(0, Ordering::Relaxed),
            peak_heap_bytes: self.peak_heap_bytes.swap(0, Ordering::Relaxed),
            cold_starts: self.cold_starts.swap(0, Ordering::Relaxed),
            kv_reads: self.kv.reads.swap(0, Ordering::Relaxed),
            kv_writes: self.kv.writes.swap(0, Ordering::Relaxed),
        };
        let idle = sample.cpu_us == 0
            && sample.requests == 0
            && sample.cold_starts == 0
            && sample.kv_reads == 0
            && sample.kv_writes == 0;
        (!idle).then_some(sample)
    }
}

/// Log lines waiting to be written to the store. Bounded: a tenant printing in a loop
/// loses lines (counted, and said in the log) rather than the host's memory.
#[derive(Clone, Default)]
pub(crate) struct LogBuffer(Arc<Mutex<LogState>>);

#[derive(Default)]
struct LogState {
    entries: Vec<NewLogEntry>,
    dropped: u64,
}

const MAX_BUFFERED_LOGS: usize = 10_000;

impl LogBuffer {
    fn push(&self, entry: NewLogEntry) {
        let mut state = self.0.lock();
        if state.entries.len() >= MAX_BUFFERED_LOGS {
            state.dropped += 1;
        } else {
            state.entries.push(entry);
        }
    }

    /// Everything buffered, plus a note if lines were dropped.
    pub fn take(&self) -> Vec<NewLogEntry> {
        let mut state = self.0.lock();
        let entries = std::mem::take(&mut state.entries);
        if state.dropped > 0 {
            eprintln!(
                "x platform: {} tenant log lines dropped (printed faster than the log is written)",
                state.dropped
            );
            state.dropped = 0;
        }
        entries
    }
}
