//! The skip cache: files a tool already found clean (formatted, no lint problems), by
//! path and content hash, under the tool's settings. A re-run over unchanged files reads
//! and hashes them but parses nothing.
//!
//! The verdicts live in the cache database (`cache_db.rs`, table `verdicts`), keyed by
//! tool and settings hash: read whole at start, the changes written in one transaction
//! at the end. Hashes are xxHash64: this guards against stale results, not against an
//! adversary.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use twox_hash::XxHash64;

use crate::cache_db::CacheDb;

/// xxHash64 of some bytes (file contents, a settings description).
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    XxHash64::oneshot(0, bytes)
}

/// Files known clean for one tool and one set of settings.
pub struct SkipCache {
    db: Option<(CacheDb, String)>,
    known: HashMap<u64, u64>,
    changes: Mutex<HashMap<u64, Option<u64>>>,
}

impl SkipCache {
    /// Loads the cache of `tool` for the settings hashed as `settings` (include the `x`
    /// version and everything that changes the tool's verdict).
    pub fn load(cache_dir: &Path, tool: &str, settings: u64) -> SkipCache {
        let db = CacheDb::in_dir(cache_dir);
        let key = format!("{tool}-{settings:016x}");
        let known = db.verdicts(&key).into_iter().collect();
        SkipCache {
            db: Some((db, key)),
            known,
            changes: Mutex::new(HashMap::new()),
        }
    }

    /// A cache that knows nothing and stores nothing (`--no-cache`, stdin).
    pub fn disabled() -> SkipCache {
        SkipCache {
            db: None,
            known: HashMap::new(),
            changes: Mutex::new(HashMap::new()),
        }
    }

    /// Whether `path` with contents hashing to `content` was found clean before.
    pub fn is_clean(&self, path: &Path, content: u64) -> bool {
        self.db.is_some() && self.known.get(&path_key(path)) == Some(&content)
    }

    /// Records that `path` with contents hashing to `content` is clean.
    pub fn mark_clean(&self, path: &Path, content: u64) {
        self.lock().insert(path_key(path), Some(content));
    }

    /// Records that `path` is not clean (any entry for it is dropped).
    pub fn mark_dirty(&self, path: &Path) {
        self.lock().insert(path_key(path), None);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Option<u64>>> {
        self.changes.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Writes what changed. Failing to write only costs speed next time, so errors are
    /// ignored.
    pub fn save(&self) {
        let Some((db, key)) = &self.db else { return };
        let changes: Vec<(u64, Option<u64>)> = std::mem::take(&mut *self.lock())
            .into_iter()
            .filter(|(path, content)| self.known.get(path) != content.as_ref())
            .collect();
        if !changes.is_empty() {
            db.set_verdicts(key, &changes);
        }
    }
}

fn path_key(path: &Path) -> u64 {
    hash_bytes(path.as_os_str().as_encoded_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_clean_files_across_loads() {
        let dir = tempfile::tempdir().unwrap();
        let a = Path::new("/p/a.ts");
        let cache = SkipCache::load(dir.path(), "fmt", 7);
        assert!(!cache.is_clean(a, 1));
        cache.mark_clean(a, 1);
        cache.save();
        let cache = SkipCache::load(dir.path(), "fmt", 7);
        assert!(cache.is_clean(a, 1));
        assert!(!cache.is_clean(a, 2), "changed contents are not clean");
        assert!(
            !SkipCache::load(dir.path(), "fmt", 8).is_clean(a, 1),
            "other settings, other cache"
        );
        cache.mark_dirty(a);
        cache.save();
        assert!(!SkipCache::load(dir.path(), "fmt", 7).is_clean(a, 1));
    }
}
