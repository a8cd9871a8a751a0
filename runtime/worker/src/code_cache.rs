//! Module bytecode kept between runs, so a module compiled once boots from bytecode later.
//!
//! This is deno_core's code cache (`ModuleSource::code_cache` in, `ModuleLoader::
//! code_cache_ready` out), which the patched engine (`runtime/engine/v8x`, X_PATCHES.md)
//! fills with QuickJS bytecode: the compiled module, written before it runs. QuickJS
//! trusts bytecode it reads (nothing verifies it), so bytes only ever come from this
//! process's own compiles, and a store hands back only what it was given under a key:
//! [`CodeCacheKey`] is a SHA-256 digest of the engine's identity, the module's URL and its
//! source, so a module whose source differs by one byte, or a new engine, misses.
//!
//! [`DirCodeCache`] keeps them as files, each with the digest of its bytes (a file cut
//! short or changed on disk is a miss and is removed), bounded by size (oldest first).
//!
//! Clients: the tenant runtime (`tenant.rs`; the platform's folder per node) and `x run`'s
//! loader (`module_loader.rs`; `$X_DIR/bytecode`).

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use deno_core::SourceCodeCacheInfo;
use sha2::{Digest, Sha256};

/// Where compiled modules are kept; see the module comment.
pub trait CodeCacheStore: Send + Sync {
    /// The bytes stored under `key`, if any (and intact).
    fn get(&self, key: &CodeCacheKey) -> Option<Vec<u8>>;
    /// Stores `bytes` under `key` (best effort: a cache that cannot write just misses).
    fn put(&self, key: &CodeCacheKey, bytes: &[u8]);
}

/// Names one module's bytecode for one engine; see the module comment.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct CodeCacheKey([u8; 32]);

impl CodeCacheKey {
    /// The key of `specifier` compiled from `source` by this executable's engine.
    pub fn for_module(specifier: &str, source: &[u8]) -> CodeCacheKey {
        let mut hasher = Sha256::new();
        hasher.update(b"x-module-bytecode-1\0");
        hasher.update(engine_tag().as_bytes());
        hasher.update([0]);
        hasher.update((specifier.len() as u64).to_le_bytes());
        hasher.update(specifier.as_bytes());
        hasher.update(source);
        CodeCacheKey(hasher.finalize().into())
    }

    /// The first 8 bytes, for deno_core's `SourceCodeCacheInfo::hash`.
    pub fn short(&self) -> u64 {
        u64::from_le_bytes(self.0[..8].try_into().expect("8 bytes"))
    }

    fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// What bytecode is valid for: this executable (its version, size, mtime and inode, as
/// for the startup snapshot), the engine shim's version and its bytecode format tag.
pub fn engine_tag() -> &'static str {
    static TAG: OnceLock<String> = OnceLock::new();
    TAG.get_or_init(|| {
        format!(
            "{}/v8x-149.4.0-rc.4+x/{:08x}",
            crate::snapshot::executable_identity().unwrap_or_else(|| "unknown".to_string()),
            deno_core::v8::script_compiler::cached_data_version_tag()
        )
    })
}

/// Counts of one store's use, for logs and tests.
#[derive(Default, Debug)]
pub struct CodeCacheStats {
    /// Lookups answered with bytes.
    pub hits: AtomicU64,
    /// Lookups that found nothing usable.
    pub misses: AtomicU64,
    /// Files found damaged (digest mismatch) and removed.
    pub damaged: AtomicU64,
    /// Entries written.
    pub writes: AtomicU64,
}

/// Bytecode as files in one folder; see the module comment.
pub struct DirCodeCache {
    dir: PathBuf,
    max_bytes: u64,
    /// Pruned once per process, at the first write (reads stay a single file open).
    pruned: AtomicBool,
    stats: CodeCacheStats,
}

const DIGEST: usize = 32;

impl DirCodeCache {
    /// A cache in `dir` (created when first written) holding at most about `max_bytes`.
    pub fn new(dir: impl Into<PathBuf>, max_bytes: u64) -> DirCodeCache {
        DirCodeCache {
            dir: dir.into(),
            max_bytes,
            pruned: AtomicBool::new(false),
            stats: CodeCacheStats::default(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn stats(&self) -> &CodeCacheStats {
        &self.stats
    }

    fn path(&self, key: &CodeCacheKey) -> PathBuf {
        self.dir.join(format!("{}.qbc", key.hex()))
    }

    /// Removes the oldest files until the folder holds at most `max_bytes`.
    pub fn prune(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let mut files: Vec<(std::time::SystemTime, u64, PathBuf)> = entries
            .flatten()
            .filter_map(|entry| {
                let meta = entry.metadata().ok()?;
                meta.is_file().then(|| {
                    let modified = meta.modified().unwrap_or(std::time::UNIX_EPOCH);
                    (modified, meta.len(), entry.path())
                })
            })
            .collect();
        let mut total: u64 = files.iter().map(|(_, len, _)| len).sum();
        if total <= self.max_bytes {
            return;
        }
        files.sort();
        for (_, len, path) in files {
            if total <= self.max_bytes {
                break;
            }
            if std::fs::remove_file(&path).is_ok() {
                total -= len;
            }
        }
    }
}

impl CodeCacheStore for DirCodeCache {
    fn get(&self, key: &CodeCacheKey) -> Option<Vec<u8>> {
        let path = self.path(key);
        let Ok(file) = std::fs::read(&path) else {
            self.stats.misses.fetch_add(1, Ordering::Relaxed);
            return None;
        };
        let intact = file.len() > DIGEST && Sha256::digest(&file[DIGEST..])[..] == file[..DIGEST];
        if !intact {
            // Cut short or changed on disk: never hand it to the engine.
            let _ = std::fs::remove_file(&path);
            self.stats.damaged.fetch_add(1, Ordering::Relaxed);
            self.stats.misses.fetch_add(1, Ordering::Relaxed);
            return None;
        }
        self.stats.hits.fetch_add(1, Ordering::Relaxed);
        Some(file[DIGEST..].to_vec())
    }

    fn put(&self, key: &CodeCacheKey, bytes: &[u8]) {
        if bytes.is_empty() || bytes.len() as u64 > self.max_bytes {
            return;
        }
        if !self.pruned.swap(true, Ordering::Relaxed) {
            self.prune();
        }
        if std::fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        let mut file = Vec::with_capacity(DIGEST + bytes.len());
        file.extend_from_slice(&Sha256::digest(bytes));
        file.extend_from_slice(bytes);
        // Written aside and renamed: a reader sees the old file, the new one, or none.
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let path = self.path(key);
        let tmp = path.with_extension(format!(
            "{}-{}.tmp",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        if std::fs::write(&tmp, &file).is_ok() && std::fs::rename(&tmp, &path).is_ok() {
            self.stats.writes.fetch_add(1, Ordering::Relaxed);
        } else {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

impl<T: CodeCacheStore + ?Sized> CodeCacheStore for Arc<T> {
    fn get(&self, key: &CodeCacheKey) -> Option<Vec<u8>> {
        (**self).get(key)
    }

    fn put(&self, key: &CodeCacheKey, bytes: &[u8]) {
        (**self).put(key, bytes)
    }
}

/// A module loader's side of the code cache: at load, the stored bytecode of each
/// JavaScript module (deno_core hands it to the engine, which reads it instead of
/// compiling); when the engine compiled instead (nothing stored, or the bytes rejected),
/// deno_core calls `code_cache_ready` and [`LoaderCodeCache::ready`] stores the result.
#[derive(Default)]
pub struct LoaderCodeCache {
    store: RefCell<Option<Arc<dyn CodeCacheStore>>>,
    /// Modules loaded with a cache request: their key, and whether bytes were offered.
    requested: RefCell<HashMap<String, (CodeCacheKey, bool)>>,
    report: Cell<CodeCacheReport>,
}

/// How a loader's modules were compiled (JavaScript modules only).
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct CodeCacheReport {
    /// Read from stored bytecode.
    pub from_bytecode: usize,
    /// Compiled from source (nothing stored, or the stored bytes were rejected).
    pub compiled: usize,
    /// Stored bytes the engine refused (counted in `compiled` too).
    pub rejected: usize,
}

impl LoaderCodeCache {
    pub fn new(store: Option<Arc<dyn CodeCacheStore>>) -> LoaderCodeCache {
        LoaderCodeCache {
            store: RefCell::new(store),
            ..Default::default()
        }
    }

    /// Uses `store` from now on (`None`: compile every module from source).
    pub fn set_store(&self, store: Option<Arc<dyn CodeCacheStore>>) {
        *self.store.borrow_mut() = store;
    }

    /// The code cache to load JavaScript module `url` (its final URL: the engine checks
    /// that the bytecode names it) with; `None` without a store.
    pub fn lookup(&self, url: &str, source: &[u8]) -> Option<SourceCodeCacheInfo> {
        let Some(store) = self.store.borrow().clone() else {
            let mut report = self.report.get();
            report.compiled += 1;
            self.report.set(report);
            return None;
        };
        let key = CodeCacheKey::for_module(url, source);
        let data = store.get(&key);
        let mut report = self.report.get();
        if data.is_some() {
            report.from_bytecode += 1;
        } else {
            report.compiled += 1;
        }
        self.report.set(report);
        if x_graph::log_enabled("bytecode") {
            let found = if data.is_some() {
                "stored"
            } else {
                "none stored"
            };
            eprintln!("[bytecode] {url}: {found}");
        }
        self.requested
            .borrow_mut()
            .insert(url.to_string(), (key, data.is_some()));
        Some(SourceCodeCacheInfo {
            hash: key.short(),
            data: data.map(Cow::Owned),
        })
    }

    /// The engine compiled `url` and made `bytecode` (empty when it could not).
    pub fn ready(&self, url: &str, bytecode: &[u8]) {
        if x_graph::log_enabled("bytecode") {
            eprintln!("[bytecode] {url}: compiled, {} bytes", bytecode.len());
        }
        let Some((key, offered)) = self.requested.borrow_mut().remove(url) else {
            return;
        };
        if offered {
            let mut report = self.report.get();
            report.from_bytecode -= 1;
            report.compiled += 1;
            report.rejected += 1;
            self.report.set(report);
        }
        if let Some(store) = self.store.borrow().clone() {
            if !bytecode.is_empty() {
                store.put(&key, bytecode);
            }
        }
    }

    /// What happened to the modules loaded so far.
    pub fn report(&self) -> CodeCacheReport {
        self.report.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_the_url_and_every_byte_of_the_source() {
        let a = CodeCacheKey::for_module("file:///a.js", b"export default 1;");
        assert_eq!(
            a,
            CodeCacheKey::for_module("file:///a.js", b"export default 1;")
        );
        assert_ne!(
            a,
            CodeCacheKey::for_module("file:///b.js", b"export default 1;")
        );
        assert_ne!(
            a,
            CodeCacheKey::for_module("file:///a.js", b"export default 2;")
        );
        // The URL's length is hashed: bytes cannot move between URL and source.
        assert_ne!(
            CodeCacheKey::for_module("file:///a", b"b"),
            CodeCacheKey::for_module("file:///", b"ab")
        );
    }

    #[test]
    fn a_stored_entry_reads_back_and_a_damaged_one_is_a_miss_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let cache = DirCodeCache::new(dir.path().join("bc"), 1 << 20);
        let key = CodeCacheKey::for_module("file:///a.js", b"1");
        assert_eq!(cache.get(&key), None);
        cache.put(&key, b"bytecode");
        assert_eq!(cache.get(&key).as_deref(), Some(&b"bytecode"[..]));

        let path = cache.path(&key);
        let mut file = std::fs::read(&path).unwrap();
        *file.last_mut().unwrap() ^= 1;
        std::fs::write(&path, &file).unwrap();
        assert_eq!(cache.get(&key), None);
        assert!(!path.exists());
        assert_eq!(cache.stats().damaged.load(Ordering::Relaxed), 1);
        assert_eq!(cache.stats().hits.load(Ordering::Relaxed), 1);
        assert_eq!(cache.stats().writes.load(Ordering::Relaxed), 1);
    }

    #[test]
    fn the_folder_is_pruned_oldest_first_to_its_bound() {
        let dir = tempfile::tempdir().unwrap();
        let cache = DirCodeCache::new(dir.path(), 3 * (DIGEST as u64 + 100));
        let keys: Vec<_> = (0..5)
            .map(|i| CodeCacheKey::for_module("file:///a.js", &[i]))
            .collect();
        for (i, key) in keys.iter().enumerate() {
            cache.put(key, &[0u8; 100]);
            let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(i as u64);
            std::fs::File::options()
                .write(true)
                .open(cache.path(key))
                .unwrap()
                .set_modified(old)
                .unwrap();
        }
        cache.prune();
        let kept: Vec<bool> = keys.iter().map(|k| cache.path(k).exists()).collect();
        assert_eq!(kept, [false, false, true, true, true]);
    }
}
