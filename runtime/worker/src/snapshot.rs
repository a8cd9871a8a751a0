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

use deno_core::{JsRuntime, JsRuntimeForSnapshot, RuntimeOptions};

use crate::BootstrapInfo;

/// The snapshot for this executable, made and stored first if needed. `None` when turned
/// off or when it cannot be made (the runtime then starts without one).
pub fn startup_snapshot() -> Option<&'static [u8]> {
    if std::env::var_os("X_NO_SNAPSHOT").is_some() {
        return None;
    }
    let path = snapshot_path()?;
    if let Some(bytes) = map_file(&path) {
        return Some(bytes);
    }
    let bytes = make_snapshot();
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
        // Several processes may race to make it: each writes its own temp file and the
        // rename makes one of them the snapshot, whole.
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, &bytes).is_ok() && std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
    Some(Box::leak(bytes))
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
pub fn make_snapshot() -> Box<[u8]> {
    let placeholder = BootstrapInfo {
        args: vec![],
        main_module: String::new(),
        no_color: false,
        stdout_is_terminal: false,
        stderr_is_terminal: false,
    };
    let runtime = JsRuntimeForSnapshot::new(RuntimeOptions {
        extensions: crate::extensions(placeholder),
        ..Default::default()
    });
    runtime.snapshot()
}

/// `<cache>/snapshots/<key>.snap`, the key naming this exact executable (its size, mtime
/// and inode) and the crate version.
fn snapshot_path() -> Option<PathBuf> {
    let key = x_graph::sha256_hex(executable_identity()?.as_bytes());
    let dir = match std::env::var_os("X_SNAPSHOT_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => x_graph::default_cache_dir().join("snapshots"),
    };
    Some(dir.join(format!("{}.snap", &key[..16])))
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
