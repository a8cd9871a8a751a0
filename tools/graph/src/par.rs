//! Work on many documents on every core, reporting results in input order.
//!
//! `fmt` and `lint` read thousands of files; each is independent, so each thread takes the
//! next file from a shared counter (no per-file task or thread: a file costs one atomic
//! increment to hand out). Results are handed to `emit` in input order as soon as all
//! earlier ones are in, so output is deterministic and still streams.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Deeply nested code makes deep recursion in the parser and the printers; the main
/// thread has 8 MiB, so the workers get as much.
const STACK_SIZE: usize = 8 * 1024 * 1024;

/// A progress display for a run over many documents (the CLI's progress bar). Output
/// printed during the run goes through [`Progress::suspend`] so it does not tear the bar.
pub trait Progress: Sync {
    /// The run will handle `total` items.
    fn start(&self, _total: usize) {}
    /// One more item is done.
    fn advance(&self) {}
    /// Runs `print` with the display out of the way.
    fn suspend(&self, print: &mut dyn FnMut()) {
        print()
    }
    /// The run is over: remove the display.
    fn finish(&self) {}
}

/// No display (stderr is not a terminal, few files, tests).
pub struct NoProgress;

impl Progress for NoProgress {}

/// How many threads [`for_each_ordered`] uses: `X_THREADS` if set, else every core.
pub fn thread_count() -> usize {
    std::env::var("X_THREADS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })
}

/// Runs `work` on each item on up to [`thread_count`] threads (the calling thread is one
/// of them) and calls `emit(index, result)` once per item, in input order.
pub fn for_each_ordered<I, T, W, E>(items: &[I], work: W, emit: E)
where
    I: Sync,
    T: Send,
    W: Fn(&I) -> T + Sync,
    E: FnMut(usize, T) + Send,
{
    struct Ordered<T, E> {
        next: usize,
        waiting: BTreeMap<usize, T>,
        emit: E,
    }
    let next_item = AtomicUsize::new(0);
    let ordered = Mutex::new(Ordered {
        next: 0,
        waiting: BTreeMap::new(),
        emit,
    });
    let run = || loop {
        let index = next_item.fetch_add(1, Ordering::Relaxed);
        let Some(item) = items.get(index) else { break };
        let result = work(item);
        let mut state = ordered.lock().unwrap_or_else(|p| p.into_inner());
        state.waiting.insert(index, result);
        while let Some(ready) = {
            let next = state.next;
            state.waiting.remove(&next)
        } {
            let index = state.next;
            state.next += 1;
            (state.emit)(index, ready);
        }
    };
    let threads = thread_count().min(items.len()).max(1);
    std::thread::scope(|scope| {
        for _ in 1..threads {
            std::thread::Builder::new()
                .stack_size(STACK_SIZE)
                .spawn_scoped(scope, run)
                .expect("cannot start a worker thread");
        }
        run();
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emits_every_result_in_order() {
        let items: Vec<u64> = (0..500).collect();
        let mut seen = Vec::new();
        for_each_ordered(
            &items,
            |n| {
                // Uneven work so threads finish out of order.
                std::thread::sleep(std::time::Duration::from_micros((n * 7919) % 200));
                n * 2
            },
            |index, doubled| seen.push((index, doubled)),
        );
        assert_eq!(
            seen,
            items
                .iter()
                .map(|n| (*n as usize, n * 2))
                .collect::<Vec<_>>()
        );
    }
}
