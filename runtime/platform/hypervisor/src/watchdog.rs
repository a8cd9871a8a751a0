//! Stops JavaScript that runs too long without yielding. A worker thread arms its slot
//! before it polls an isolate and disarms it after; one watchdog thread for the whole
//! hypervisor terminates an isolate whose armed budget is spent.
//!
//! The budget is CPU time, read from the worker thread's own CPU clock
//! (`pthread_getcpuclockid`), not wall time: while armed the thread runs that isolate and
//! nothing else, so the CPU the thread spends meanwhile is the isolate's, and a thread
//! the OS leaves waiting on a loaded machine is not charged for the wait. (A wall-clock
//! budget terminated trivial handlers for "more than 50 ms" under load.) The CPU a KV
//! call or the code cache spends on the platform's behalf, and its disk or network round
//! trip, are not charged either: [`WatchSlot::pause`] stops both clocks then.
//!
//! The CPU clock does not move while the thread is blocked (`Atomics.wait`), which would
//! let a program hold its thread, and so its neighbours, without spending CPU. So a slot
//! also carries a wall-clock bound on holding the thread: the request wall-time limit
//! (the hypervisor has answered every request in flight with 504 by then, so the bound
//! costs an innocent but slowed-down tenant nothing it still had).

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use deno_core::v8;
use parking_lot::Mutex;

struct Armed {
    isolate: v8::IsolateHandle,
    /// The armed thread's CPU clock.
    clock: libc::clockid_t,
    /// Reading of `clock` (ns) at which the CPU budget is spent.
    cpu_deadline: u64,
    /// When the wall-clock bound on holding the thread is reached.
    wall_deadline: Instant,
    /// Since when the clocks are stopped (a KV call, the code cache): wall time and the
    /// thread's CPU time (ns) then.
    paused: Option<(Instant, u64)>,
}

/// Why the watchdog terminated an isolate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fired {
    /// It spent its CPU budget without yielding.
    Cpu,
    /// It held its thread past the wall-clock bound without yielding, spending less CPU.
    Wall,
}

const NOT_FIRED: u8 = 0;
const FIRED_CPU: u8 = 1;
const FIRED_WALL: u8 = 2;

/// One worker thread's view of the watchdog.
#[derive(Clone)]
pub(crate) struct WatchSlot(Arc<SlotState>);

struct SlotState {
    armed: Mutex<Option<Armed>>,
    /// Set by the watchdog when it terminated the armed isolate (`FIRED_*`).
    fired: AtomicU8,
}

impl WatchSlot {
    /// Arms the slot for the calling thread, which is about to run `isolate`: it may
    /// spend `cpu` of its CPU time, and hold the thread for `wall`, before the isolate
    /// is terminated.
    pub(crate) fn arm(&self, isolate: v8::IsolateHandle, cpu: Duration, wall: Duration) {
        let clock = own_cpu_clock();
        let now = cpu_ns(clock).unwrap_or(0);
        self.0.fired.store(NOT_FIRED, Ordering::Relaxed);
        *self.0.armed.lock() = Some(Armed {
            isolate,
            clock,
            cpu_deadline: now.saturating_add(cpu.as_nanos() as u64),
            wall_deadline: Instant::now() + wall,
            paused: None,
        });
    }

    /// Stops the armed budget's clocks until the returned guard is dropped: the time in
    /// between is not charged to the isolate.
    pub(crate) fn pause(&self) -> Paused {
        if let Some(armed) = self.0.armed.lock().as_mut() {
            if armed.paused.is_none() {
                armed.paused = Some((Instant::now(), cpu_ns(armed.clock).unwrap_or(0)));
            }
        }
        Paused(self.clone())
    }

    /// Disarms; says why when the watchdog terminated the isolate while armed.
    pub(crate) fn disarm(&self) -> Option<Fired> {
        self.0.armed.lock().take();
        match self.0.fired.swap(NOT_FIRED, Ordering::AcqRel) {
            FIRED_CPU => Some(Fired::Cpu),
            FIRED_WALL => Some(Fired::Wall),
            _ => None,
        }
    }
}

/// See [`WatchSlot::pause`].
pub(crate) struct Paused(WatchSlot);

impl Drop for Paused {
    fn drop(&mut self) {
        if let Some(armed) = self.0 .0.armed.lock().as_mut() {
            if let Some((since, cpu_since)) = armed.paused.take() {
                armed.wall_deadline += since.elapsed();
                let spent = cpu_ns(armed.clock)
                    .unwrap_or(cpu_since)
                    .saturating_sub(cpu_since);
                armed.cpu_deadline = armed.cpu_deadline.saturating_add(spent);
            }
        }
    }
}

/// The watchdog: hands out slots and checks them from its own thread.
#[derive(Clone, Default)]
pub(crate) struct Watchdog {
    slots: Arc<Mutex<Vec<Weak<SlotState>>>>,
}

/// How often armed budgets are checked: the resolution of the CPU limit.
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
                slots.lock().retain(|slot| {
                    let Some(slot) = slot.upgrade() else {
                        return false;
                    };
                    let mut armed = slot.armed.lock();
                    if let Some(why) = armed.as_ref().and_then(check) {
                        if let Some(armed) = armed.take() {
                            armed.isolate.terminate_execution();
                        }
                        slot.fired.store(why, Ordering::Release);
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
            fired: AtomicU8::new(NOT_FIRED),
        });
        self.slots.lock().push(Arc::downgrade(&slot));
        WatchSlot(slot)
    }
}

/// Whether an armed budget is spent (`FIRED_*`). The slot's lock is held, so its thread
/// is still inside the armed stretch (it disarms under the same lock) and alive: its CPU
/// clock is valid.
fn check(armed: &Armed) -> Option<u8> {
    if armed.paused.is_some() {
        return None;
    }
    if cpu_ns(armed.clock).is_some_and(|cpu| cpu >= armed.cpu_deadline) {
        Some(FIRED_CPU)
    } else if Instant::now() >= armed.wall_deadline {
        Some(FIRED_WALL)
    } else {
        None
    }
}

/// The calling thread's CPU clock, readable from any thread while it lives.
fn own_cpu_clock() -> libc::clockid_t {
    let mut clock: libc::clockid_t = libc::CLOCK_THREAD_CPUTIME_ID;
    // SAFETY: pthread_self is the calling, live thread; the call writes only `clock`.
    let failed = unsafe { libc::pthread_getcpuclockid(libc::pthread_self(), &mut clock) };
    if failed != 0 {
        // Not expected on Linux or macOS; the calling thread's own clock id still reads
        // this thread when the watchdog reads it from its own thread: it would then
        // never see the budget spent, so fall back on the wall-clock bound alone.
        return libc::CLOCK_THREAD_CPUTIME_ID;
    }
    clock
}

/// A thread CPU clock's reading in nanoseconds; `None` when it cannot be read.
fn cpu_ns(clock: libc::clockid_t) -> Option<u64> {
    if clock == libc::CLOCK_THREAD_CPUTIME_ID {
        return None;
    }
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the timespec we pass and nothing else.
    let failed = unsafe { libc::clock_gettime(clock, &mut now) };
    (failed == 0).then(|| now.tv_sec as u64 * 1_000_000_000 + now.tv_nsec as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runtime() -> deno_core::JsRuntime {
        deno_core::JsRuntime::new(Default::default())
    }

    /// Burns this thread's CPU for `ms` of its CPU time.
    fn spin(ms: u64) {
        let clock = own_cpu_clock();
        let until = cpu_ns(clock).unwrap() + ms * 1_000_000;
        while cpu_ns(clock).unwrap() < until {
            std::hint::spin_loop();
        }
    }

    #[test]
    fn a_paused_clock_moves_the_budget() {
        let mut runtime = runtime();
        let slot = Watchdog::default().slot();
        slot.arm(
            runtime.v8_isolate().thread_safe_handle(),
            Duration::from_millis(50),
            Duration::from_secs(30),
        );
        let (wall_before, cpu_before) = {
            let armed = slot.0.armed.lock();
            let armed = armed.as_ref().unwrap();
            (armed.wall_deadline, armed.cpu_deadline)
        };
        {
            let _paused = slot.pause();
            assert!(slot.0.armed.lock().as_ref().unwrap().paused.is_some());
            std::thread::sleep(Duration::from_millis(20));
            spin(20);
        }
        let armed = slot.0.armed.lock();
        let armed = armed.as_ref().unwrap();
        assert!(armed.paused.is_none());
        assert!(armed.wall_deadline >= wall_before + Duration::from_millis(40));
        assert!(armed.cpu_deadline >= cpu_before + 20_000_000);
    }

    /// The regression: armed for 50 ms of CPU, a thread that is off the CPU for longer
    /// (here asleep; on a loaded machine, waiting for a core) is not terminated. The
    /// wall-clock watchdog terminated it at the next tick past 50 ms.
    #[test]
    fn time_off_the_cpu_is_not_charged() {
        let mut runtime = runtime();
        let watchdog = Watchdog::start();
        let slot = watchdog.slot();
        slot.arm(
            runtime.v8_isolate().thread_safe_handle(),
            Duration::from_millis(50),
            Duration::from_secs(30),
        );
        std::thread::sleep(Duration::from_millis(300));
        // Enough JavaScript to reach the engine's interrupt check, where a termination
        // would take effect, still runs to completion in the same isolate.
        let value = runtime
            .execute_script(
                "ok",
                "let n = 0; for (let i = 0; i < 100000; i++) n = (n + i) % 1000; n",
            )
            .unwrap();
        assert_eq!(slot.disarm(), None);
        deno_core::scope!(scope, &mut runtime);
        let value = v8::Local::new(scope, value);
        assert_eq!(value.int32_value(scope), Some(0));
    }

    /// And JavaScript spinning on the CPU is terminated once it has spent its budget.
    #[test]
    fn javascript_that_spins_is_terminated_on_its_cpu_budget() {
        let mut runtime = runtime();
        let watchdog = Watchdog::start();
        let slot = watchdog.slot();
        let clock = own_cpu_clock();
        let started = cpu_ns(clock).unwrap();
        slot.arm(
            runtime.v8_isolate().thread_safe_handle(),
            Duration::from_millis(50),
            Duration::from_secs(30),
        );
        let result = runtime.execute_script("spin", "while (true) {}");
        assert!(result.is_err());
        assert_eq!(slot.disarm(), Some(Fired::Cpu));
        assert!(cpu_ns(clock).unwrap() - started >= 50_000_000);
    }

    /// A thread held without spending CPU is stopped by the wall-clock bound. (The
    /// termination takes effect at the engine's next interrupt check, here in the loop
    /// after the wait: QuickJS checks every 10000 or so calls and branches, so a loop
    /// around `Atomics.wait` itself would hold the thread that many waits longer.)
    #[test]
    fn holding_the_thread_past_the_wall_bound_is_terminated() {
        let mut runtime = runtime();
        let watchdog = Watchdog::start();
        let slot = watchdog.slot();
        slot.arm(
            runtime.v8_isolate().thread_safe_handle(),
            Duration::from_secs(30),
            Duration::from_millis(100),
        );
        let result = runtime.execute_script(
            "block",
            "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300); while (true) {}",
        );
        assert!(result.is_err());
        assert_eq!(slot.disarm(), Some(Fired::Wall));
    }
}
