//! Stops JavaScript that runs too long without yielding. A worker thread arms its slot
//! before it polls an isolate and disarms it after; one watchdog thread for the whole
//! hypervisor terminates an isolate whose armed deadline has passed. While armed the
//! thread is running that isolate and nothing else, so the wall-clock deadline is also
//! its CPU budget (up to the OS's own scheduling).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use deno_core::v8;
use parking_lot::Mutex;

/// One worker thread's view of the watchdog.
#[derive(Clone)]
pub(crate) struct WatchSlot(Arc<SlotState>);

struct SlotState {
    armed: Mutex<Option<(v8::IsolateHandle, Instant)>>,
    /// Set by the watchdog when it terminated the armed isolate.
    fired: AtomicBool,
}

impl WatchSlot {
    pub(crate) fn arm(&self, isolate: v8::IsolateHandle, budget: Duration) {
        self.0.fired.store(false, Ordering::Relaxed);
        *self.0.armed.lock() = Some((isolate, Instant::now() + budget));
    }

    /// Disarms; true when the watchdog terminated the isolate while armed.
    pub(crate) fn disarm(&self) -> bool {
        self.0.armed.lock().take();
        self.0.fired.swap(false, Ordering::AcqRel)
    }
}

/// The watchdog: hands out slots and checks them from its own thread.
#[derive(Clone, Default)]
pub(crate) struct Watchdog {
    slots: Arc<Mutex<Vec<Weak<SlotState>>>>,
}

/// How often armed deadlines are checked: the resolution of the CPU limit.
const TICK: Duration = Duration::from_millis(2);

impl Watchdog {
    pub(crate) fn start() -> Watchdog {
        let watchdog = Watchdog::default();
        let slots = Arc::downgrade(&watchdog.slots);
        std::thread::Builder::new()
            .name("x-watchdog".into())
            .spawn(move || loop {
                std::thread::sleep(TICK);
                let Some(slots) = slots.upgrade() else { return };
                let now = Instant::now();
                slots.lock().retain(|slot| {
                    let Some(slot) = slot.upgrade() else {
                        return false;
                    };
                    let mut armed = slot.armed.lock();
                    if let Some((isolate, deadline)) = armed.as_ref() {
                        if now >= *deadline {
                            isolate.terminate_execution();
                            slot.fired.store(true, Ordering::Release);
                            armed.take();
                        }
                    }
                    true
                });
            })
            .expect("cannot start the watchdog thread");
        watchdog
    }

    pub(crate) fn slot(&self) -> WatchSlot {
        let slot = Arc::new(SlotState {
            armed: Mutex::new(None),
            fired: AtomicBool::new(false),
        });
        self.slots.lock().push(Arc::downgrade(&slot));
        WatchSlot(slot)
    }
}
