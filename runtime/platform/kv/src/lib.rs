//! Projects' KV databases on the x platform (`Deno.openKv()` in a tenant).
//!
//! [`Kv`] is where a node keeps them: one SQLite file per project in the data folder
//! (`DIR/kv/<project id>.sqlite3`, one node), or PostgreSQL tables keyed by project id
//! (`postgres.rs`, when the nodes share a `--store`), so the data follows a tenant to
//! whichever node serves it after a failover. [`ProjectKvOpener`] is what the hypervisor
//! puts in each isolate: the project's database and nothing else (a path is refused),
//! with its quota and meter, and two hooks for the platform: the CPU watchdog's clock is
//! stopped while a call waits on a disk or the network ([`BlockHook`]), and each queue
//! poll is noted ([`QueueActivity`]), so the hypervisor knows the tenant listens.
//!
//! `wake.rs` starts a scaled-to-zero tenant when one of its queue messages is due: the
//! node asks [`Kv::due`] which projects have a message to deliver (or one being
//! delivered) and wakes their production deployment through the `TenantHost` (with
//! several nodes, only the tenant's owner acts).
//!
//! Clients: `x_platform_hypervisor` (the opener), `x_platform_server` (makes the [`Kv`],
//! runs the waker).

mod postgres;
mod wake;

use std::any::Any;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Arc;

use deno_core::OpState;
use parking_lot::Mutex;
use x_ext_kv::interface::{AtomicWrite, Dequeued, Entry, ReadRange};
use x_ext_kv::{
    Durability, KvBackend, KvError, KvMeter, KvOpener, KvQuota, QueueState, SqliteBackend,
};

pub use postgres::{PgKv, PgKvBackend};
pub use wake::wake_forever;

/// Where a node keeps its projects' KV databases.
pub struct Kv {
    place: Place,
    /// SQLite only: what the waker knows of each project's queue without opening every
    /// file on every tick.
    files: Mutex<FilesIndex>,
}

enum Place {
    Files {
        dir: PathBuf,
        durability: Durability,
    },
    Postgres(Arc<PgKv>),
}

#[derive(Default)]
struct FilesIndex {
    /// The folder was listed once (at the first tick).
    scanned: bool,
    known: HashMap<String, QueueState>,
    /// Projects whose queue may have changed since `known` was read.
    dirty: HashSet<String>,
}

/// Called before a KV call that may wait on a disk or the network; the guard it returns
/// is dropped when the call is done. The hypervisor pauses the CPU watchdog with it.
pub type BlockHook = Rc<dyn Fn() -> Box<dyn Any>>;

/// What a tenant's KV use tells the hypervisor about its queue listener.
#[derive(Debug, Default)]
pub struct QueueActivity {
    /// When a `listenQueue` last asked for a message (ms since the epoch; 0: never).
    pub last_listen_ms: AtomicI64,
}

/// The platform's hooks into one isolate's KV.
#[derive(Clone, Default)]
pub struct IsolateHooks {
    /// The tenant's (shared by its isolates).
    pub activity: Arc<QueueActivity>,
    /// Set when the isolate is being stopped (scale to zero, eviction): it finishes the
    /// deliveries it has but takes no new queue message, which the next isolate gets.
    pub stopping: Arc<AtomicBool>,
    pub block: Option<BlockHook>,
}

fn now_ms() -> i64 {
    x_platform_store::now_ms()
}

impl Kv {
    /// One SQLite file per project in `dir`.
    pub fn files(dir: PathBuf, durability: Durability) -> Arc<Kv> {
        Arc::new(Kv {
            place: Place::Files { dir, durability },
            files: Mutex::default(),
        })
    }

    /// Tables in the shared PostgreSQL database (`config`); calls run on `runtime`.
    pub fn postgres(config: tokio_postgres::Config, runtime: tokio::runtime::Handle) -> Arc<Kv> {
        Arc::new(Kv {
            place: Place::Postgres(PgKv::new(config, runtime)),
            files: Mutex::default(),
        })
    }

    /// "SQLite files in DIR (synchronous=…)" or "PostgreSQL", for the server's log.
    pub fn describe(&self) -> String {
        match &self.place {
            Place::Files { dir, durability } => format!(
                "one SQLite file per project in {} ({})",
                dir.display(),
                match durability {
                    Durability::Normal => "no fsync per commit",
                    Durability::Full => "fsync per commit",
                }
            ),
            Place::Postgres(_) => "in the shared PostgreSQL store".into(),
        }
    }

    /// The opener for an isolate of project `project_id`.
    pub fn opener(
        self: &Arc<Self>,
        project_id: &str,
        quota: KvQuota,
        meter: Arc<KvMeter>,
        hooks: IsolateHooks,
    ) -> ProjectKvOpener {
        ProjectKvOpener {
            kv: self.clone(),
            project_id: project_id.to_owned(),
            quota,
            meter,
            hooks,
        }
    }

    /// Projects whose queue wants a listener at `now` (a message due, or one being
    /// delivered), with their queue's state.
    pub async fn due(self: &Arc<Self>, now: i64) -> Result<Vec<(String, QueueState)>, KvError> {
        let queues = match &self.place {
            Place::Postgres(pg) => pg.queues(now).await?,
            Place::Files { .. } => {
                let kv = self.clone();
                tokio::task::spawn_blocking(move || kv.file_queues(now))
                    .await
                    .map_err(|e| KvError::Backend(e.to_string()))??
            }
        };
        Ok(queues
            .into_iter()
            .filter(|(_, state)| state.wants_listener(now))
            .collect())
    }

    /// The queues of the projects' files: read again for those that changed or want a
    /// listener (a delivery may have ended), from what is known for the rest.
    fn file_queues(&self, now: i64) -> Result<Vec<(String, QueueState)>, KvError> {
        let Place::Files { dir, durability } = &self.place else {
            return Ok(vec![]);
        };
        let reread: Vec<String> = {
            let mut index = self.files.lock();
            if !index.scanned {
                index.scanned = true;
                let names: Vec<String> = std::fs::read_dir(dir)
                    .into_iter()
                    .flatten()
                    .flatten()
                    .filter_map(|e| {
                        e.file_name()
                            .to_str()?
                            .strip_suffix(".sqlite3")
                            .map(str::to_owned)
                    })
                    .collect();
                index.dirty.extend(names);
            }
            let wanting: Vec<String> = index
                .known
                .iter()
                .filter(|(_, s)| s.wants_listener(now))
                .map(|(p, _)| p.clone())
                .collect();
            index.dirty.extend(wanting);
            index.dirty.drain().collect()
        };
        for project in reread {
            let path = dir.join(format!("{project}.sqlite3"));
            if !path.exists() {
                self.files.lock().known.remove(&project);
                continue;
            }
            let state = SqliteBackend::open(&path, None, None, *durability)
                .and_then(|db| db.queue_state(now));
            match state {
                Ok(state) => {
                    let mut index = self.files.lock();
                    if state == QueueState::default() {
                        index.known.remove(&project);
                    } else {
                        index.known.insert(project, state);
                    }
                }
                // Tried again next tick.
                Err(error) => {
                    self.files.lock().dirty.insert(project);
                    return Err(error);
                }
            }
        }
        Ok(self
            .files
            .lock()
            .known
            .iter()
            .map(|(p, s)| (p.clone(), *s))
            .collect())
    }

    fn changed(&self, project_id: &str) {
        if let Place::Files { .. } = self.place {
            self.files.lock().dirty.insert(project_id.to_owned());
        }
    }
}

/// A platform project's database (see the module comment); any path is refused.
pub struct ProjectKvOpener {
    kv: Arc<Kv>,
    project_id: String,
    quota: KvQuota,
    meter: Arc<KvMeter>,
    hooks: IsolateHooks,
}

impl KvOpener for ProjectKvOpener {
    fn open(
        &self,
        _state: &OpState,
        path: Option<&str>,
        _main_module: &str,
    ) -> Result<Rc<dyn KvBackend>, KvError> {
        if path.is_some() {
            return Err(KvError::Type(
                "Deno.openKv() takes no path on the platform: each project has one database, opened with Deno.openKv()".into(),
            ));
        }
        let (inner, waits): (Box<dyn KvBackend>, bool) = match &self.kv.place {
            Place::Files { dir, durability } => {
                std::fs::create_dir_all(dir)?;
                let path = dir.join(format!("{}.sqlite3", self.project_id));
                let db = SqliteBackend::open(
                    &path,
                    Some(self.quota),
                    Some(self.meter.clone()),
                    *durability,
                )?;
                (Box::new(db), *durability == Durability::Full)
            }
            Place::Postgres(pg) => (
                Box::new(pg.open(&self.project_id, Some(self.quota), Some(self.meter.clone()))),
                true,
            ),
        };
        Ok(Rc::new(Tracked {
            inner,
            kv: self.kv.clone(),
            project_id: self.project_id.clone(),
            activity: self.hooks.activity.clone(),
            stopping: self.hooks.stopping.clone(),
            block: self.hooks.block.clone().filter(|_| waits),
        }))
    }
}

/// A project's backend as the platform sees it: calls that wait on I/O run with the
/// block hook held; queue changes are noted for the waker.
struct Tracked {
    inner: Box<dyn KvBackend>,
    kv: Arc<Kv>,
    project_id: String,
    activity: Arc<QueueActivity>,
    stopping: Arc<AtomicBool>,
    block: Option<BlockHook>,
}

impl Tracked {
    fn waiting<T>(&self, call: impl FnOnce(&dyn KvBackend) -> T) -> T {
        let _guard = self.block.as_ref().map(|hook| hook());
        call(&*self.inner)
    }
}

impl KvBackend for Tracked {
    fn get_many(&self, keys: &[Vec<u8>], now: i64) -> Result<Vec<Option<Entry>>, KvError> {
        self.waiting(|db| db.get_many(keys, now))
    }

    fn read_range(&self, range: &ReadRange, now: i64) -> Result<Vec<Entry>, KvError> {
        self.waiting(|db| db.read_range(range, now))
    }

    fn atomic_write(&self, write: &AtomicWrite, now: i64) -> Result<Option<u64>, KvError> {
        let done = self.waiting(|db| db.atomic_write(write, now));
        if !write.enqueues.is_empty() {
            self.kv.changed(&self.project_id);
        }
        done
    }

    fn dequeue(&self, now: i64) -> Result<Result<Dequeued, Option<i64>>, KvError> {
        if self.stopping.load(Ordering::Relaxed) {
            return Ok(Err(None));
        }
        self.activity.last_listen_ms.store(now, Ordering::Relaxed);
        let taken = self.waiting(|db| db.dequeue(now));
        if matches!(taken, Ok(Ok(_))) {
            self.kv.changed(&self.project_id);
        }
        taken
    }

    fn finish(&self, id: i64, success: bool, now: i64) -> Result<(), KvError> {
        let done = self.waiting(|db| db.finish(id, success, now));
        self.kv.changed(&self.project_id);
        done
    }

    fn version(&self) -> Result<u64, KvError> {
        self.waiting(|db| db.version())
    }

    fn queue_state(&self, now: i64) -> Result<QueueState, KvError> {
        self.waiting(|db| db.queue_state(now))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use x_ext_kv::interface::{Enqueue, Value, ENCODING_BYTES};

    fn enqueue(at: i64) -> AtomicWrite {
        AtomicWrite {
            enqueues: vec![Enqueue {
                payload: Value {
                    encoding: ENCODING_BYTES,
                    data: b"m".to_vec(),
                },
                ready_at: at,
                keys_if_undelivered: vec![],
                backoff_schedule: Some(vec![]),
            }],
            ..Default::default()
        }
    }

    /// The waker's view of SQLite files: a file found at start, a queue changed through
    /// an opener, a delivery in flight, and a drained queue.
    #[tokio::test(flavor = "multi_thread", worker_threads = 1)]
    async fn files_report_due_queues() {
        let dir = tempfile::tempdir().unwrap();
        let early = SqliteBackend::open(
            &dir.path().join("early.sqlite3"),
            None,
            None,
            Durability::Normal,
        )
        .unwrap();
        early.atomic_write(&enqueue(10), 0).unwrap();
        let kv = Kv::files(dir.path().to_owned(), Durability::Normal);
        assert!(kv.due(5).await.unwrap().is_empty());
        assert_eq!(kv.due(10).await.unwrap()[0].0, "early");

        let activity = Arc::new(QueueActivity::default());
        let blocked = Rc::new(std::cell::Cell::new(0));
        let counted = blocked.clone();
        let hook: BlockHook = Rc::new(move || {
            counted.set(counted.get() + 1);
            Box::new(())
        });
        let hooks = IsolateHooks {
            activity: activity.clone(),
            stopping: Arc::default(),
            block: Some(hook),
        };
        let opener = kv.opener("late", KvQuota::default(), Arc::default(), hooks.clone());
        let state = OpState::new(None);
        let db = opener.open(&state, None, "file:///main.js").unwrap();
        assert!(opener.open(&state, Some("/etc/x"), "").is_err());
        db.atomic_write(&enqueue(20), 0).unwrap();
        // NORMAL durability: SQLite calls do not wait on the disk, the hook stays unused.
        assert_eq!(blocked.get(), 0);
        let mut due: Vec<String> = kv.due(20).await.unwrap().into_iter().map(|d| d.0).collect();
        due.sort();
        assert_eq!(due, ["early", "late"]);

        let message = db.dequeue(20).unwrap().unwrap();
        assert_eq!(activity.last_listen_ms.load(Ordering::Relaxed), 20);
        let late = |due: Vec<(String, QueueState)>| due.into_iter().find(|d| d.0 == "late");
        assert!(late(kv.due(21).await.unwrap()).unwrap().1.in_flight);
        db.finish(message.id, true, 21).unwrap();
        assert!(late(kv.due(22).await.unwrap()).is_none());

        // A stopping isolate takes no new message.
        db.atomic_write(&enqueue(30), 0).unwrap();
        hooks.stopping.store(true, Ordering::Relaxed);
        assert_eq!(db.dequeue(30).unwrap().unwrap_err(), None);
        hooks.stopping.store(false, Ordering::Relaxed);
        assert!(db.dequeue(30).unwrap().is_ok());
    }
}
