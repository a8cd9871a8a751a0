//! The cache database: one SQLite file, `$X_DIR/cache.sqlite3`, holding what `x` learns
//! about unchanged files so the next process need not work it out again:
//!
//! - `verdicts` — files a tool found clean (formatted, no lint problems), by tool and
//!   settings, path and content hash ([`crate::SkipCache`] reads and writes them);
//! - `module_info` — a module's imports and exports as `deno_graph` analyzed them, by
//!   specifier and content hash: a graph of unchanged modules is built without parsing;
//! - `emits` — a module's transpiled JavaScript and source map, by specifier, content
//!   hash and the `x` version: an unchanged program runs without parsing either.
//!
//! Several `x` processes may use it at once (WAL, a busy timeout, each write one short
//! transaction). It is only a cache: a file that is missing is created, one that is not
//! a database or is damaged is deleted and made again, and if even that fails, `x`
//! works on without it. Hashes are xxHash64 (this guards against stale entries, not
//! against an adversary).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use rusqlite::{params, Connection, OptionalExtension};

/// The file's name in the cache dir. The schema version is part of it: a new schema
/// starts a new file instead of migrating a cache.
const FILE_NAME: &str = "cache-v1.sqlite3";

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS verdicts (
    tool TEXT NOT NULL,
    path INTEGER NOT NULL,
    content INTEGER NOT NULL,
    PRIMARY KEY (tool, path)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS module_info (
    specifier TEXT PRIMARY KEY,
    content INTEGER NOT NULL,
    info TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS emits (
    specifier TEXT PRIMARY KEY,
    content INTEGER NOT NULL,
    code TEXT NOT NULL,
    source_map BLOB
);
";

/// A handle on the cache database; cheap to clone. Every method swallows errors: a
/// cache that cannot answer is a cache miss.
#[derive(Clone)]
pub struct CacheDb {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    /// Opened on first use (`None` outside: it could not be opened, work without it;
    /// `None` inside: closed by [`CacheDb::close`]).
    connection: OnceLock<Option<Mutex<Option<Connection>>>>,
    /// The process that opened it: an SQLite connection must not be used across `fork`
    /// (`x test` forks a process per file), so a forked process goes without.
    opened_by: OnceLock<u32>,
}

impl CacheDb {
    /// The cache database in `cache_dir` (opened when first used).
    pub fn in_dir(cache_dir: &Path) -> CacheDb {
        CacheDb {
            inner: Arc::new(Inner {
                path: cache_dir.join(FILE_NAME),
                connection: OnceLock::new(),
                opened_by: OnceLock::new(),
            }),
        }
    }

    /// Closes the connection now (later calls answer as a cache that cannot be opened).
    /// A process that ends without dropping its graph (`x run` leaves its runtime, which
    /// holds the graph, to the OS) calls this so SQLite still checkpoints the WAL into the
    /// file and removes it, as a clean close does: a WAL left beside the file would keep
    /// answering for a main file that has since been damaged or replaced.
    pub fn close(&self) {
        if let Some(Some(connection)) = self.inner.connection.get() {
            let mut connection = connection.lock().unwrap_or_else(|p| p.into_inner());
            drop(connection.take());
        }
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    fn with<T>(&self, f: impl FnOnce(&mut Connection) -> rusqlite::Result<T>) -> Option<T> {
        if *self.inner.opened_by.get_or_init(std::process::id) != std::process::id() {
            return None;
        }
        let connection = self
            .inner
            .connection
            .get_or_init(|| open_or_recreate(&self.inner.path).map(|c| Mutex::new(Some(c))))
            .as_ref()?;
        let mut connection = connection.lock().unwrap_or_else(|p| p.into_inner());
        match f(connection.as_mut()?) {
            Ok(value) => Some(value),
            Err(error) => {
                if is_damage(&error) {
                    // Damaged while open (another process truncated it, a disk error):
                    // make a new file for the next process; this one goes on uncached.
                    remove_files(&self.inner.path);
                }
                None
            }
        }
    }

    /// The clean files of one tool and settings: path hash → content hash.
    pub fn verdicts(&self, tool: &str) -> Vec<(u64, u64)> {
        self.with(|c| {
            let mut statement =
                c.prepare_cached("SELECT path, content FROM verdicts WHERE tool = ?1")?;
            let rows = statement
                .query_map([tool], |row| {
                    Ok((row.get::<_, i64>(0)? as u64, row.get::<_, i64>(1)? as u64))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .unwrap_or_default()
    }

    /// Records verdicts: `Some(content)` clean, `None` no longer known clean.
    pub fn set_verdicts(&self, tool: &str, changes: &[(u64, Option<u64>)]) {
        self.with(|c| {
            let transaction = c.transaction()?;
            {
                let mut insert = transaction.prepare_cached(
                    "INSERT OR REPLACE INTO verdicts (tool, path, content) VALUES (?1, ?2, ?3)",
                )?;
                let mut delete = transaction
                    .prepare_cached("DELETE FROM verdicts WHERE tool = ?1 AND path = ?2")?;
                for (path, content) in changes {
                    match content {
                        Some(content) => {
                            insert.execute(params![tool, *path as i64, *content as i64])?
                        }
                        None => delete.execute(params![tool, *path as i64])?,
                    };
                }
            }
            transaction.commit()
        });
    }

    /// A module's analysis, if it was made from the same content.
    pub fn module_info(&self, specifier: &str, content: u64) -> Option<String> {
        self.with(|c| {
            c.prepare_cached("SELECT info FROM module_info WHERE specifier = ?1 AND content = ?2")?
                .query_row(params![specifier, content as i64], |row| row.get(0))
                .optional()
        })
        .flatten()
    }

    /// Records analyses: (specifier, content hash, info JSON).
    pub fn set_module_infos(&self, entries: &[(String, u64, String)]) {
        if entries.is_empty() {
            return;
        }
        self.with(|c| {
            let transaction = c.transaction()?;
            {
                let mut insert = transaction.prepare_cached(
                    "INSERT OR REPLACE INTO module_info (specifier, content, info) VALUES (?1, ?2, ?3)",
                )?;
                for (specifier, content, info) in entries {
                    insert.execute(params![specifier, *content as i64, info])?;
                }
            }
            transaction.commit()
        });
    }

    /// A module's emitted code and source map, if made from the same content (the hash
    /// covers the `x` version and the emit options too).
    pub fn emit(&self, specifier: &str, content: u64) -> Option<(String, Option<Vec<u8>>)> {
        self.with(|c| {
            c.prepare_cached(
                "SELECT code, source_map FROM emits WHERE specifier = ?1 AND content = ?2",
            )?
            .query_row(params![specifier, content as i64], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .optional()
        })
        .flatten()
    }

    /// Records emitted code: (specifier, content hash, code, source map).
    pub fn set_emits(&self, entries: &[(String, u64, String, Option<Vec<u8>>)]) {
        if entries.is_empty() {
            return;
        }
        self.with(|c| {
            let transaction = c.transaction()?;
            {
                let mut insert = transaction.prepare_cached(
                    "INSERT OR REPLACE INTO emits (specifier, content, code, source_map) VALUES (?1, ?2, ?3, ?4)",
                )?;
                for (specifier, content, code, map) in entries {
                    insert.execute(params![specifier, *content as i64, code, map])?;
                }
            }
            transaction.commit()
        });
    }
}

fn open_or_recreate(path: &Path) -> Option<Connection> {
    match open(path) {
        Ok(connection) => Some(connection),
        Err(error) if is_damage(&error) => {
            remove_files(path);
            open(path).ok()
        }
        Err(_) => None,
    }
}

fn open(path: &Path) -> rusqlite::Result<Connection> {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let connection = Connection::open(path)?;
    connection.busy_timeout(std::time::Duration::from_secs(10))?;
    // WAL: readers never wait for a writer; NORMAL: a crash may lose the last entries,
    // which only costs a recomputation.
    connection.pragma_update(None, "journal_mode", "WAL")?;
    connection.pragma_update(None, "synchronous", "NORMAL")?;
    connection.execute_batch(SCHEMA)?;
    Ok(connection)
}

/// Errors that mean the file is not a usable database.
fn is_damage(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase)
            | Some(rusqlite::ErrorCode::DatabaseCorrupt)
            | Some(rusqlite::ErrorCode::SystemIoFailure)
    )
}

fn remove_files(path: &Path) {
    let _ = std::fs::remove_file(path);
    for suffix in ["-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_verdicts_analyses_and_emits() {
        let dir = tempfile::tempdir().unwrap();
        let db = CacheDb::in_dir(dir.path());
        db.set_verdicts("fmt-1", &[(1, Some(10)), (2, Some(20))]);
        db.set_verdicts("fmt-1", &[(2, None)]);
        assert_eq!(db.verdicts("fmt-1"), vec![(1, 10)]);
        assert!(db.verdicts("lint-1").is_empty());
        db.set_module_infos(&[("file:///a.ts".into(), 5, "{}".into())]);
        assert_eq!(db.module_info("file:///a.ts", 5).as_deref(), Some("{}"));
        assert_eq!(db.module_info("file:///a.ts", 6), None);
        db.set_emits(&[("file:///a.ts".into(), 5, "code".into(), Some(vec![1]))]);
        assert_eq!(
            db.emit("file:///a.ts", 5),
            Some(("code".to_string(), Some(vec![1])))
        );
        // Another handle (another process) sees the same data.
        assert_eq!(CacheDb::in_dir(dir.path()).verdicts("fmt-1"), vec![(1, 10)]);
    }

    #[test]
    fn close_checkpoints_and_removes_the_wal_while_the_handle_lives_on() {
        let dir = tempfile::tempdir().unwrap();
        let db = CacheDb::in_dir(dir.path());
        db.set_verdicts("fmt-1", &[(1, Some(10))]);
        let wal = dir.path().join(format!("{FILE_NAME}-wal"));
        assert!(wal.exists());
        db.close();
        // As a clean end of the process: the entries are in the file, no WAL beside it.
        assert!(!wal.exists());
        assert_eq!(db.verdicts("fmt-1"), Vec::<(u64, u64)>::new());
        assert_eq!(CacheDb::in_dir(dir.path()).verdicts("fmt-1"), vec![(1, 10)]);
        // The handle still outlives the connection (`x run` leaves its graph to the OS).
        std::mem::forget(db);
    }

    #[test]
    fn a_damaged_file_is_made_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, b"this is not a database, it is a truncated mess").unwrap();
        let db = CacheDb::in_dir(dir.path());
        db.set_verdicts("fmt-1", &[(1, Some(10))]);
        assert_eq!(db.verdicts("fmt-1"), vec![(1, 10)]);
    }

    #[test]
    fn an_unusable_place_means_no_cache_and_no_error() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the file should be: it cannot be opened or removed.
        std::fs::create_dir(dir.path().join(FILE_NAME)).unwrap();
        let db = CacheDb::in_dir(dir.path());
        db.set_verdicts("fmt-1", &[(1, Some(10))]);
        assert!(db.verdicts("fmt-1").is_empty());
        assert_eq!(db.module_info("file:///a.ts", 1), None);
    }
}
