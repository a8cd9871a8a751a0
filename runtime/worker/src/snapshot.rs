//! The startup snapshot: the runtime's own JavaScript (deno_core's bootstrap and our
//! extensions), already evaluated, saved once and restored by every later process.
//!
//! On QuickJS (v8x) a runtime from a snapshot starts in ~12 ms instead of ~70 ms: the
//! plain path evaluates ~440 KB of bootstrap JavaScript (v8x's Temporal polyfill among it)
//! in every process. The snapshot is made by the binary itself the first time it is
//! needed and kept in the cache folder, keyed by the identity of the executable, so a
//! rebuilt or upgraded `x` never restores a snapshot made by another build.
//! `X_NO_SNAPSHOT=1` turns it off (the runtime is then built the stock way).

use std::path::PathBuf;
use std::sync::OnceLock;

use deno_core::{JsRuntime, JsRuntimeForSnapshot, RuntimeOptions};

use crate::BootstrapInfo;

/// Which of the snapshots a runtime starts from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SnapshotKind {
    /// `x run`: the extensions' `lazy_loaded_esm` modules (streams, fetch, WebSocket,
    /// `Deno.serve`, KV) are left out and evaluated on first use, so a program that uses
    /// none of them restores a third less.
    Lazy,
    /// `x test`'s template before it forks: everything evaluated, so a forked test file
    /// compiles none of it again.
    Full,
    /// A platform tenant's runtime, made ahead of its program: what serving uses
    /// (`Deno.serve`'s module, fetch, streams, WebSocket) evaluated, as every tenant
    /// serves through it; the rest (Intl, KV, compression, ...) evaluated on first use,
    /// so a tenant's heap holds only what it uses.
    Tenant,
}

/// The snapshot of `kind` for this executable, made and stored first if needed. `None`
/// when turned off or when it cannot be made (the runtime then starts without one).
/// Mapped once per process: a platform's runtimes share the mapping (and its pages).
pub fn startup_snapshot(kind: SnapshotKind) -> Option<&'static [u8]> {
    static LAZY: OnceLock<Option<&'static [u8]>> = OnceLock::new();
    static FULL: OnceLock<Option<&'static [u8]>> = OnceLock::new();
    static TENANT: OnceLock<Option<&'static [u8]>> = OnceLock::new();
    if std::env::var_os("X_NO_SNAPSHOT").is_some() {
        return None;
    }
    let cell = match kind {
        SnapshotKind::Lazy => &LAZY,
        SnapshotKind::Full => &FULL,
        SnapshotKind::Tenant => &TENANT,
    };
    *cell.get_or_init(|| load_or_make(kind))
}

fn load_or_make(kind: SnapshotKind) -> Option<&'static [u8]> {
    let path = snapshot_path(kind)?;
    if let Some(bytes) = map_file(&path) {
        return Some(bytes);
    }
    let bytes = make_snapshot(kind);
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
        // Several processes may race to make it: each writes its own temp file and the
        // rename makes one of them the snapshot, whole.
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, &bytes).is_ok() && std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        prune_snapshots(dir, KEEP_SNAPSHOTS);
    }
    Some(Box::leak(bytes))
}

/// Snapshots kept in the folder (up to three per build: lazy, full and tenant): this build's and those of
/// the builds used most recently before it (an older `x` still installed next to a new
/// one keeps its snapshot).
const KEEP_SNAPSHOTS: usize = 12;

/// Removes all but the `keep` newest snapshots, and temp files a crashed writer left. Each
/// build of x makes its own snapshot (~4 MB) and nothing else would ever remove the old
/// ones; this runs only when a snapshot is made, i.e. once per build. A process still
/// mapping a removed file keeps its pages (the name goes, the file stays until unmapped).
fn prune_snapshots(dir: &std::path::Path, keep: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let mut snapshots = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(modified) = entry.metadata().ok().and_then(|m| m.modified().ok()) else {
            continue;
        };
        match path.extension().and_then(|e| e.to_str()) {
            Some("snap") => snapshots.push((modified, path)),
            Some(ext) if ext.starts_with("tmp") && modified < an_hour_ago => {
                let _ = std::fs::remove_file(&path);
            }
            _ => {}
        }
    }
    snapshots.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    for (_, path) in snapshots.into_iter().skip(keep) {
        let _ = std::fs::remove_file(path);
    }
}

/// Finishes what the engine leaves of a snapshot's restore until the first module is
/// instantiated: v8x rebuilds the exports of the snapshot's modules then, in the runtime's
/// first `InstantiateModule`. Runtimes made ahead of their program (the template every
/// `x test` file is forked from, the platform's pool of tenant runtimes) call this so
/// the work is done once, before the fork or off the request path: in each forked test
/// process it was about half of a file's CPU time (most of it copy-on-write faults).
///
/// It instantiates an empty module without imports (its load completes without waiting
/// on anything) and never evaluates it: nothing runs and the event loop gains nothing.
pub(crate) fn finish_restore(runtime: &mut JsRuntime) {
    let specifier = url::Url::parse("x:snapshot-restore").expect("a valid URL");
    let _ = futures::executor::block_on(runtime.load_side_es_module_from_code(&specifier, ""));
}

/// Maps the snapshot file into memory for the life of the process: no copy, and only the
/// pages the engine reads are faulted in.
fn map_file(path: &std::path::Path) -> Option<&'static [u8]> {
    let file = std::fs::File::open(path).ok()?;
    // SAFETY: the file is only ever replaced by rename, never written in place, so the
    // mapped bytes cannot change under us.
    let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
    Some(&Box::leak(Box::new(map))[..])
}

/// Evaluates the runtime's JavaScript once and serializes the result.
pub fn make_snapshot(kind: SnapshotKind) -> Box<[u8]> {
    let placeholder = BootstrapInfo {
        args: vec![],
        main_module: String::new(),
        no_color: false,
        stdout_is_terminal: false,
        stderr_is_terminal: false,
    };
    let mut runtime = JsRuntimeForSnapshot::new(RuntimeOptions {
        extensions: crate::extensions(placeholder),
        ..Default::default()
    });
    let preload = match kind {
        SnapshotKind::Lazy => "delete globalThis.__preloadLazyModules",
        SnapshotKind::Full => "globalThis.__preloadLazyModules()",
        SnapshotKind::Tenant => "globalThis.__preloadLazyModules(true)",
    };
    runtime
        .execute_script("ext:x_bootstrap/preload", preload)
        .expect("the preload hook is defined by the runtime's own code");
    runtime.snapshot()
}

/// `<cache>/snapshots/<key>.snap` (`<key>-full.snap`), the key naming this exact
/// executable (its size, mtime and inode) and the crate version.
fn snapshot_path(kind: SnapshotKind) -> Option<PathBuf> {
    let key = x_graph::sha256_hex(executable_identity()?.as_bytes());
    let dir = match std::env::var_os("X_SNAPSHOT_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => x_graph::default_cache_dir().join("snapshots"),
    };
    let suffix = match kind {
        SnapshotKind::Lazy => "",
        SnapshotKind::Full => "-full",
        SnapshotKind::Tenant => "-tenant",
    };
    Some(dir.join(format!("{}{suffix}.snap", &key[..16])))
}

/// This exact executable: the crate version, its size, mtime and inode. Names what was
/// made by it (the snapshot, module bytecode).
pub(crate) fn executable_identity() -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(&exe).ok()?;
    let mtime = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_nanos();
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0u64;
    Some(format!(
        "{}-{}-{}-{}",
        env!("CARGO_PKG_VERSION"),
        meta.len(),
        mtime,
        inode
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pruning_keeps_the_newest_snapshots_and_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let now = std::time::SystemTime::now();
        for (i, name) in ["a.snap", "b.snap", "c.snap", "d.snap"].iter().enumerate() {
            let path = dir.path().join(name);
            std::fs::write(&path, b"x").unwrap();
            let age = std::time::Duration::from_secs(60 * (i as u64 + 1));
            std::fs::File::options()
                .write(true)
                .open(&path)
                .unwrap()
                .set_modified(now - age)
                .unwrap();
        }
        let fresh_tmp = dir.path().join("e.tmp123");
        std::fs::write(&fresh_tmp, b"x").unwrap();
        std::fs::write(dir.path().join("notes.txt"), b"x").unwrap();

        prune_snapshots(dir.path(), 2);

        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        // The two newest snapshots; a temp file a writer may still be renaming; others.
        assert_eq!(left, ["a.snap", "b.snap", "e.tmp123", "notes.txt"]);
    }
}
