//! A tenant's lane on its worker thread: the requests waiting for its isolate, how many
//! the isolate is running, and the turn-taking that keeps one busy tenant from
//! monopolising a thread its neighbours share.
//!
//! Without it, every request went straight into the isolate's queue, and one poll of the
//! isolate's event loop took whatever was there: the JavaScript side takes requests in
//! batches and an op that is ready resolves within the same tick, so a flooded tenant ran
//! its whole queue (64 requests by default) in one go while the thread's other isolates
//! waited — and, the CPU watchdog being armed per poll, many well-behaved requests in a
//! row looked like one runaway and got the isolate recycled. Now the thread keeps the
//! waiting requests here and, at each of the isolate's turns, admits at most [`TURN`]
//! of them and never more than `concurrency` unanswered at once; an isolate that still
//! has requests waiting after its turn goes to the back of the thread's run queue, so
//! each tenant with work gets one turn in every round. Past `queue_per_tenant` waiting
//! requests, new ones are shed (503 + `Retry-After`), as before.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::task::Waker;
use std::time::Instant;

use tokio::sync::{mpsc, oneshot};
use x_ext_http::{IncomingRequest, RequestSender};

use crate::memory::Resident;

/// Requests one isolate is given per turn. Small, so a turn of a tenant whose handlers
/// each burn a few milliseconds stays well inside the CPU limit and the next tenant's
/// wait is a few requests long; large enough that the per-turn overhead (one event-loop
/// tick) stays small next to the requests.
pub(crate) const TURN: usize = 8;

pub(crate) struct Lane {
    pending: RefCell<VecDeque<IncomingRequest>>,
    /// Admitted to the isolate and not answered yet.
    in_flight: Cell<usize>,
    /// No more requests will come (the isolate is being stopped): once the waiting ones
    /// are admitted, the isolate's queue is closed.
    closed: Cell<bool>,
    /// The isolate is gone: nothing is admitted any more.
    ended: Cell<bool>,
    /// The isolate's task, to come back to when a request arrives or an answer leaves.
    waker: RefCell<Option<Waker>>,
    queue_bound: usize,
    concurrency: usize,
    resident: Arc<Resident>,
    /// For [`Lane::describe`]: when the isolate last took a turn, and what it is doing.
    last_turn: Cell<Option<Instant>>,
    phase: Cell<Phase>,
    /// Called when the isolate's first answer leaves (see [`Lane::on_first_answer`]).
    first_answer: RefCell<Option<Box<dyn FnOnce()>>>,
}

/// What an isolate is doing, as [`Lane::describe`] reports it.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Phase {
    Booting,
    Serving,
    /// Asked to stop (evicted, scaled to zero): finishing what it was given.
    Stopping,
}

/// Why [`Lane::push`] gave a request back.
pub(crate) enum Refused {
    /// Too many requests waiting: shed it.
    Full(Box<IncomingRequest>),
    /// The isolate has ended: start another.
    Ended(Box<IncomingRequest>),
}

impl Lane {
    pub fn new(queue_bound: usize, concurrency: usize, resident: Arc<Resident>) -> Rc<Lane> {
        Rc::new(Lane {
            pending: RefCell::new(VecDeque::new()),
            in_flight: Cell::new(0),
            closed: Cell::new(false),
            ended: Cell::new(false),
            waker: RefCell::new(None),
            queue_bound: queue_bound.max(1),
            concurrency: concurrency.max(1),
            resident,
            last_turn: Cell::new(None),
            phase: Cell::new(Phase::Booting),
            first_answer: RefCell::new(None),
        })
    }

    /// Calls `hook` when the isolate's first answer is handed back, before the lane can
    /// count as idle (the cold-start log: its line comes before anything the thread does
    /// once its isolates are idle, such as refilling its pool).
    pub fn on_first_answer(&self, hook: Box<dyn FnOnce()>) {
        *self.first_answer.borrow_mut() = Some(hook);
    }

    /// Queues `request` for the isolate.
    pub fn push(&self, request: IncomingRequest) -> Result<(), Refused> {
        if self.ended.get() {
            return Err(Refused::Ended(Box::new(request)));
        }
        let mut pending = self.pending.borrow_mut();
        if pending.len() >= self.queue_bound {
            return Err(Refused::Full(Box::new(request)));
        }
        pending.push_back(request);
        drop(pending);
        self.resident.busy.store(true, Ordering::Relaxed);
        self.wake();
        Ok(())
    }

    /// No request waiting and none unanswered: the isolate may be evicted.
    pub fn is_idle(&self) -> bool {
        self.in_flight.get() == 0 && self.pending.borrow().is_empty()
    }

    /// See `closed`.
    pub fn close(&self) {
        self.closed.set(true);
        self.wake();
    }

    /// The isolate is gone: the requests still waiting are handed back (the caller drops
    /// them once it has recorded why the isolate ended, which is what their waiters read).
    pub fn end(&self) -> VecDeque<IncomingRequest> {
        self.ended.set(true);
        self.waker.borrow_mut().take();
        std::mem::take(&mut *self.pending.borrow_mut())
    }

    /// The isolate's turn: registers its task's waker and admits up to [`TURN`] waiting
    /// requests into `sender` (taken when the lane is closed and drained, which ends the
    /// program's request loop). Returns true when requests are still waiting and the
    /// isolate could take them: its task should come back after the others' turns.
    pub fn take_turn(self: &Rc<Self>, sender: &mut Option<RequestSender>, waker: &Waker) -> bool {
        self.last_turn.set(Some(Instant::now()));
        {
            let mut registered = self.waker.borrow_mut();
            if !registered.as_ref().is_some_and(|w| w.will_wake(waker)) {
                *registered = Some(waker.clone());
            }
        }
        let Some(queue) = sender.as_ref() else {
            return false;
        };
        let mut admitted = 0;
        while admitted < TURN && self.in_flight.get() < self.concurrency {
            let Some(mut request) = self.pending.borrow_mut().pop_front() else {
                break;
            };
            // The answer passes through here on its way out, so the lane knows when a
            // request stops counting against the isolate's concurrency.
            let (respond, answer) = oneshot::channel();
            let waiter = std::mem::replace(&mut request.respond, respond);
            if let Err(error) = queue.try_send(request) {
                // Closed (the program stopped serving; the isolate is ending) — `Full`
                // cannot happen, the queue holds at most `concurrency`. The request waits
                // here and goes with the isolate's reason when it ends.
                let mut request = match error {
                    mpsc::error::TrySendError::Full(r) | mpsc::error::TrySendError::Closed(r) => r,
                };
                request.respond = waiter;
                self.pending.borrow_mut().push_front(request);
                return false;
            }
            self.in_flight.set(self.in_flight.get() + 1);
            admitted += 1;
            let lane = self.clone();
            tokio::task::spawn_local(async move {
                match answer.await {
                    Ok(response) => {
                        let _ = waiter.send(response);
                        let hook = lane.first_answer.borrow_mut().take();
                        if let Some(hook) = hook {
                            hook();
                        }
                    }
                    // Unanswered (the isolate ended): dropping `waiter` tells the
                    // request's caller, who reads why the isolate ended.
                    Err(_) => drop(waiter),
                }
                lane.in_flight.set(lane.in_flight.get() - 1);
                if lane.is_idle() {
                    lane.resident.busy.store(false, Ordering::Relaxed);
                }
                lane.wake();
            });
        }
        let waiting = !self.pending.borrow().is_empty();
        if !waiting && self.closed.get() {
            sender.take();
        }
        waiting && self.in_flight.get() < self.concurrency
    }

    pub fn set_phase(&self, phase: Phase) {
        self.phase.set(phase);
    }

    /// One line on the lane's state, for the operator's log when a request of this
    /// isolate outlived the wall-time limit: which side held it up (waiting here, or
    /// admitted and not answered by the program) is what tells a slow program from a
    /// stuck isolate.
    pub fn describe(&self) -> String {
        let last_turn = match self.last_turn.get() {
            Some(at) => format!("{:.1} s ago", at.elapsed().as_secs_f64()),
            None => "never".to_string(),
        };
        format!(
            "{:?}, {} waiting, {} admitted and unanswered, last turn {last_turn}, closed {}, ended {}, waker {}",
            self.phase.get(),
            self.pending.borrow().len(),
            self.in_flight.get(),
            self.closed.get(),
            self.ended.get(),
            if self.waker.borrow().is_some() { "registered" } else { "none" },
        )
    }

    fn wake(&self) {
        if let Some(waker) = self.waker.borrow().as_ref() {
            waker.wake_by_ref();
        }
    }
}
