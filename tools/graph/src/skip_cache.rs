//! The skip cache: files a tool already found clean (formatted, no lint problems), by
//! path and content hash, under the tool's settings. A re-run over unchanged files reads
//! and hashes them but parses nothing.
//!
//! One small file per tool and settings hash under `$X_DIR/skip/` holding
//! `(path hash, content hash)` pairs, read whole at start and written once at the end
//! (atomically: a temp file renamed over the old one). Hashes are xxHash64: this guards
//! against stale results, not against an adversary.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use twox_hash::XxHash64;

/// xxHash64 of some bytes (file contents, a settings description).
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    XxHash64::oneshot(0, bytes)
}

/// Files known clean for one tool and one set of settings.
pub struct SkipCache {
    file: Option<PathBuf>,
    known: HashMap<u64, u64>,
    changes: Mutex<HashMap<u64, Option<u64>>>,
}

impl SkipCache {
    /// Loads the cache of `tool` for the settings hashed as `settings` (include the `x`
    /// version and everything that changes the tool's verdict).
    pub fn load(cache_dir: &Path, tool: &str, settings: u64) -> SkipCache {
        let file = cache_dir
            .join("skip")
            .join(format!("{tool}-{settings:016x}.bin"));
        let known = std::fs::read(&file)
            .map(|bytes| decode(&bytes))
            .unwrap_or_default();
        SkipCache {
            file: Some(file),
            known,
            changes: Mutex::new(HashMap::new()),
        }
    }

    /// A cache that knows nothing and stores nothing (`--no-cache`, stdin).
    pub fn disabled() -> SkipCache {
        SkipCache {
            file: None,
            known: HashMap::new(),
            changes: Mutex::new(HashMap::new()),
        }
    }

    /// Whether `path` with contents hashing to `content` was found clean before.
    pub fn is_clean(&self, path: &Path, content: u64) -> bool {
        self.file.is_some() && self.known.get(&path_key(path)) == Some(&content)
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

    /// Writes the cache if anything changed. Failing to write only costs speed next time,
    /// so errors are ignored.
    pub fn save(&self) {
        let Some(file) = &self.file else { return };
        let changes = std::mem::take(&mut *self.lock());
        let mut merged = self.known.clone();
        let mut changed = false;
        for (path, content) in changes {
            let before = match content {
                Some(content) => merged.insert(path, content),
                None => merged.remove(&path),
            };
            changed |= before != content;
        }
        if !changed {
            return;
        }
        let mut bytes = Vec::with_capacity(merged.len() * 16);
        for (path, content) in &merged {
            bytes.extend_from_slice(&path.to_le_bytes());
            bytes.extend_from_slice(&content.to_le_bytes());
        }
        let Some(dir) = file.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let temp = dir.join(format!(
            ".{}.{}",
            std::process::id(),
            file.file_name().unwrap_or_default().to_string_lossy()
        ));
        if std::fs::write(&temp, bytes).is_ok() && std::fs::rename(&temp, file).is_err() {
            let _ = std::fs::remove_file(&temp);
        }
    }
}

fn path_key(path: &Path) -> u64 {
    hash_bytes(path.as_os_str().as_encoded_bytes())
}

fn decode(bytes: &[u8]) -> HashMap<u64, u64> {
    bytes
        .chunks_exact(16)
        .map(|pair| {
            let (path, content) = pair.split_at(8);
            (
                u64::from_le_bytes(path.try_into().unwrap()),
                u64::from_le_bytes(content.try_into().unwrap()),
            )
        })
        .collect()
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
