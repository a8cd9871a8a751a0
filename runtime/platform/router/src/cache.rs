//! Host lookups cached between routing changes. The store's routing generation changes on
//! every new deployment, promote and project deletion; a lookup under a newer generation
//! drops the whole cache. Unknown hosts are cached too (as `None`), bounded, so a flood of
//! random host names costs one store query each at most once per change and cannot grow
//! memory without limit.

use std::collections::HashMap;
use std::sync::Arc;

use parking_lot::Mutex;
use x_platform_store::Deployment;

const MAX_ENTRIES: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key {
    Project(String),
    Deployment(String),
}

#[derive(Default)]
pub struct RouteCache {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    generation: u64,
    entries: HashMap<Key, Option<Arc<Deployment>>>,
}

impl RouteCache {
    /// The cached answer, if it was cached under `generation`.
    pub fn get(&self, key: &Key, generation: u64) -> Option<Option<Arc<Deployment>>> {
        let mut state = self.state.lock();
        if state.generation != generation {
            state.entries.clear();
            state.generation = generation;
            return None;
        }
        state.entries.get(key).cloned()
    }

    /// Remembers an answer read from the store under `generation` (read before the
    /// lookup, so a change during the lookup makes the entry stale, not wrong).
    pub fn put(&self, key: Key, value: Option<Arc<Deployment>>, generation: u64) {
        let mut state = self.state.lock();
        if state.generation != generation {
            return;
        }
        if state.entries.len() >= MAX_ENTRIES {
            state.entries.clear();
        }
        state.entries.insert(key, value);
    }
}
