//! The global memory budget: the isolates of every worker thread together may hold this
//! much JavaScript heap; past it the least recently used idle ones are evicted (they
//! start again, cold, at their next request) until the rest fit.
//!
//! Per thread, `isolates_per_thread` already bounds how many isolates live, but not what
//! they hold: a few tenants with big module state can take a node's memory while most
//! are small. The budget counts bytes, across threads, which a per-thread rule cannot.
//!
//! Each live isolate is a [`Resident`] here, shared with the thread that hosts it (which
//! is the only one that may touch the isolate): the thread records its heap (sampled
//! after boot and then at most once a second while it runs — `heap_used` walks the
//! QuickJS heap, too slow to call per request), when it was last used, and whether it has
//! requests. Choosing whom to evict happens here, under one lock, from whichever thread
//! found the total too high; evicting is a message to the owning thread, which checks
//! again that the isolate is idle (a request may have arrived meanwhile: an isolate is
//! never evicted with a request waiting or running) before dropping it.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use parking_lot::Mutex;
use tokio::sync::mpsc::WeakUnboundedSender;

use crate::thread::Job;

/// One live isolate, as the budget sees it.
pub(crate) struct Resident {
    pub deployment_id: String,
    /// The isolate's serial on its thread (a later isolate of the same deployment has
    /// another): an eviction names exactly this one.
    pub serial: u64,
    thread: WeakUnboundedSender<Box<Job>>,
    /// Bytes of JavaScript heap at the last sample.
    pub heap: AtomicU64,
    /// Milliseconds since the budget's start when it was last given work.
    last_used: AtomicU64,
    /// Requests are waiting or running.
    pub busy: AtomicBool,
    /// An eviction was asked for and not yet refused: not counted, not chosen again.
    pub evicting: AtomicBool,
}

impl Resident {
    pub fn touch(&self, budget: &MemoryBudget) {
        self.last_used.store(
            budget.started.elapsed().as_millis() as u64,
            Ordering::Relaxed,
        );
    }
}

pub(crate) struct MemoryBudget {
    /// Bytes; 0: no budget.
    limit: u64,
    started: Instant,
    residents: Mutex<Vec<Arc<Resident>>>,
}

impl MemoryBudget {
    pub fn new(limit: u64) -> MemoryBudget {
        MemoryBudget {
            limit,
            started: Instant::now(),
            residents: Mutex::new(Vec::new()),
        }
    }

    /// A new isolate on the thread whose job queue is `thread`.
    pub fn register(
        &self,
        deployment_id: &str,
        serial: u64,
        thread: WeakUnboundedSender<Box<Job>>,
    ) -> Arc<Resident> {
        let resident = Arc::new(Resident {
            deployment_id: deployment_id.to_string(),
            serial,
            thread,
            heap: AtomicU64::new(0),
            last_used: AtomicU64::new(0),
            busy: AtomicBool::new(false),
            evicting: AtomicBool::new(false),
        });
        resident.touch(self);
        self.residents.lock().push(resident.clone());
        resident
    }

    /// The isolate has ended: its heap is free again.
    pub fn unregister(&self, resident: &Arc<Resident>) {
        self.residents.lock().retain(|r| !Arc::ptr_eq(r, resident));
    }

    /// Records `resident`'s heap, then evicts if the total is over the budget.
    pub fn record(&self, resident: &Resident, heap: u64) {
        resident.heap.store(heap, Ordering::Relaxed);
        self.enforce();
    }

    /// Asks the threads to evict the least recently used idle isolates until the others
    /// fit in the budget.
    fn enforce(&self) {
        if self.limit == 0 {
            return;
        }
        let residents = self.residents.lock();
        let counted = |r: &&Arc<Resident>| !r.evicting.load(Ordering::Relaxed);
        let total: u64 = residents
            .iter()
            .filter(counted)
            .map(|r| r.heap.load(Ordering::Relaxed))
            .sum();
        if total <= self.limit {
            return;
        }
        let mut idle: Vec<&Arc<Resident>> = residents
            .iter()
            .filter(counted)
            .filter(|r| !r.busy.load(Ordering::Relaxed))
            .collect();
        idle.sort_by_key(|r| r.last_used.load(Ordering::Relaxed));
        let mut over = total - self.limit;
        for resident in idle {
            if over == 0 {
                break;
            }
            let Some(thread) = resident.thread.upgrade() else {
                continue;
            };
            resident.evicting.store(true, Ordering::Relaxed);
            let evict = Job::Evict {
                deployment_id: resident.deployment_id.clone(),
                serial: resident.serial,
                used: total,
                limit: self.limit,
            };
            if thread.send(Box::new(evict)).is_err() {
                resident.evicting.store(false, Ordering::Relaxed);
                continue;
            }
            over = over.saturating_sub(resident.heap.load(Ordering::Relaxed));
        }
    }
}

/// The default budget: half of the machine's memory (the rest is for the process's own
/// needs, the runtimes' memory the heap figure does not count, and the machine).
pub fn default_budget() -> u64 {
    // SAFETY: sysconf only reads system configuration.
    let (pages, page) = unsafe {
        (
            libc::sysconf(libc::_SC_PHYS_PAGES),
            libc::sysconf(libc::_SC_PAGESIZE),
        )
    };
    if pages <= 0 || page <= 0 {
        return 2 << 30;
    }
    (pages as u64).saturating_mul(page as u64) / 2
}
