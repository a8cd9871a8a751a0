//! Stops JavaScript that runs too long without yielding. A worker thread arms its slot
//! before it polls an isolate and disarms it after; one watchdog thread for the whole
//! hypervisor terminates an isolate whose armed deadline has passed. While armed the
//! thread is running that isolate and nothing else, so the wall-clock deadline is also
//! its CPU budget (up to the OS's own scheduling) — except while the isolate waits on a
//! KV call's disk or network round trip: [`WatchSlot::pause`] stops its clock then.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use deno_core::v8;
use parking_lot::Mutex;

struct Armed {
    isolate: v8::IsolateHandle,
    deadline: Instant,
    /// Since when the clock is stopped (a KV call waiting on I/O).
    paused: Option<Instant>,
}

/// One worker thread's view of the watchdog.
#[derive(Clone)]
pub(crate) struct WatchSlot(Arc<SlotState>);

struct SlotState {
    armed: Mutex<Option<Armed>>,
    /// Set by the watchdog when it terminated the armed isolate.
    fired: AtomicBool,
}

impl WatchSlot {
    pub(crate) fn arm(&self, isolate: v8::IsolateHandle, budget: Duration) {
        self.0.fired.store(false, Ordering::Relaxed);
        *self.0.armed.lock() = Some(Armed {
            isolate,
            deadline: Instant::now() + budget,
            paused: None,
        });
    }

    /// Stops the armed deadline's clock until the returned guard is dropped: the time in
    /// between is not charged to the isolate.
    pub(crate) fn pause(&self) -> Paused {
        if let Some(armed) = self.0.armed.lock().as_mut() {
            armed.paused.get_or_insert_with(Instant::now);
        }
        Paused(self.clone())
    }

    /// Disarms; true when the watchdog terminated the isolate while armed.
    pub(crate) fn disarm(&self) -> bool {
        self.0.armed.lock().take();
        self.0.fired.swap(false, Ordering::AcqRel)
    }
}

/// See [`WatchSlot::pause`].
pub(crate) struct Paused(WatchSlot);

impl Drop for Paused {
    fn drop(&mut self) {
        if let Some(armed) = self.0 .0.armed.lock().as_mut() {
            if let Some(since) = armed.paused.take() {
                armed.deadline += since.elapsed();
            }
        }
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
                    if let Some(Armed {
                        isolate,
                        deadline,
                        paused: None,
                    }) = armed.as_ref()
                    {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paused_clock_moves_the_deadline() {
        let mut runtime = deno_core::JsRuntime::new(Default::default());
        let slot = Watchdog::default().slot();
        slot.arm(
            runtime.v8_isolate().thread_safe_handle(),
            Duration::from_millis(50),
        );
        let before = slot.0.armed.lock().as_ref().unwrap().deadline;
        {
            let _paused = slot.pause();
            assert!(slot.0.armed.lock().as_ref().unwrap().paused.is_some());
            std::thread::sleep(Duration::from_millis(20));
        }
        let armed = slot.0.armed.lock();
        let armed = armed.as_ref().unwrap();
        assert!(armed.paused.is_none());
        assert!(armed.deadline >= before + Duration::from_millis(20));
    }
}
