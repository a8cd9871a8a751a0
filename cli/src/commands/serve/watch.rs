//! `x serve --watch`: serves, and when one of the program's files changes, starts the
//! program again without ever closing the port.
//!
//! The listening socket is bound here once and outlives every run: each run's server
//! accepts on a copy of it (`x_ext_http::PreboundListener`). On a change the old run is
//! told to stop accepting (its requests in flight finish on the old code, then its
//! runtime is dropped) and a new run starts on a fresh graph; connections that arrive in
//! between wait in the socket's backlog, so the port never refuses one. Each run has its
//! own thread and runtime: a JS runtime cannot move between threads, and a long session
//! must not pile runtimes on one.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result};
use notify::{RecursiveMode, Watcher};
use tokio::sync::{mpsc, watch};
use x_graph::ParseMode;
use x_worker::ServeOptions;

use crate::args::ServeArgs;
use crate::factory;

/// The local files of a run's module graph; `None` until it is built (or when it failed
/// to build: then any change may be the fix).
type Files = Arc<Mutex<Option<BTreeSet<PathBuf>>>>;

/// One run of the program.
struct Run {
    stop: watch::Sender<bool>,
    files: Files,
    thread: std::thread::JoinHandle<()>,
}

pub async fn serve(args: ServeArgs, tls: Option<(String, String)>, cwd: PathBuf) -> Result<u8> {
    let main_module = super::super::run::main_module_url(&args.file, &cwd)?;
    let listener = bind(&args.host, args.port)?;

    let (changes, mut changed) = mpsc::unbounded_channel::<PathBuf>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event {
            if matches!(event.kind, notify::EventKind::Access(_)) {
                return;
            }
            for path in event.paths {
                let _ = changes.send(path);
            }
        }
    })
    .context("cannot watch files")?;
    let mut watched = BTreeSet::new();
    if let Ok(path) = main_module.to_file_path() {
        if let Some(dir) = path.parent() {
            watcher
                .watch(dir, RecursiveMode::NonRecursive)
                .with_context(|| format!("cannot watch {}", dir.display()))?;
            watched.insert(dir.to_path_buf());
        }
    }

    eprintln!("Watcher Process started.");
    let mut current = start(&args, &tls, &cwd, &listener)?;
    let mut stopped = Vec::new();
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .context("cannot listen for SIGTERM")?;
    // Whether the current run's files are watched yet (its graph is built on its thread).
    let mut watching_files = false;
    loop {
        if !watching_files {
            watching_files = watch_files(&mut watcher, &mut watched, &current.files);
        }
        let first = tokio::select! {
            path = changed.recv() => path.context("the file watcher stopped")?,
            _ = tokio::signal::ctrl_c() => break,
            _ = terminate.recv() => break,
            // Until they are watched, look again soon.
            _ = tokio::time::sleep(Duration::from_millis(100)), if !watching_files => continue,
        };
        // An editor's save is a burst of events: let it settle, then decide once.
        let mut paths = BTreeSet::from([first]);
        while let Ok(Some(path)) =
            tokio::time::timeout(Duration::from_millis(100), changed.recv()).await
        {
            paths.insert(path);
        }
        let relevant: Vec<&PathBuf> = {
            let files = current.files.lock().unwrap_or_else(|e| e.into_inner());
            paths
                .iter()
                .filter(|path| !ignored(path))
                .filter(|path| match files.as_ref() {
                    Some(files) => files.contains(*path),
                    None => is_source(path),
                })
                .collect()
        };
        if relevant.is_empty() {
            continue;
        }
        let names: Vec<String> = relevant.iter().map(|p| relative(&cwd, p)).collect();
        eprintln!(
            "Watcher File change detected! Restarting! ({})",
            names.join(", ")
        );
        let _ = current.stop.send(true);
        stopped.push(current.thread);
        stopped.retain(|thread| !thread.is_finished());
        current = start(&args, &tls, &cwd, &listener)?;
        watching_files = false;
    }
    // SIGINT/SIGTERM: the program's own server heard it too and is finishing its
    // requests; wait for that, as `x serve` without --watch does.
    let _ = current.stop.send(true);
    let _ = tokio::task::spawn_blocking(move || {
        let _ = current.thread.join();
        for thread in stopped {
            let _ = thread.join();
        }
    })
    .await;
    Ok(0)
}

/// Binds the port once for the whole session; a taken port is said plainly.
fn bind(host: &str, port: u16) -> Result<std::net::TcpListener> {
    use std::net::ToSocketAddrs;
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let addr = (bare, port)
        .to_socket_addrs()
        .ok()
        .and_then(|mut addrs| addrs.next())
        .with_context(|| format!("invalid host name: {host}"))?;
    std::net::TcpListener::bind(addr).map_err(|error| match error.kind() {
        std::io::ErrorKind::AddrInUse => super::in_use(host, port),
        _ => anyhow::anyhow!("cannot listen on {addr}: {error}"),
    })
}

/// Starts a run of the program on its own thread, serving on a copy of `listener`.
fn start(
    args: &ServeArgs,
    tls: &Option<(String, String)>,
    cwd: &Path,
    listener: &std::net::TcpListener,
) -> Result<Run> {
    let listener = listener
        .try_clone()
        .context("cannot share the listening socket")?;
    let (stop, stop_rx) = watch::channel(false);
    let files: Files = Arc::default();
    let thread = {
        let args = args.clone();
        let tls = tls.clone();
        let cwd = cwd.to_path_buf();
        let files = files.clone();
        std::thread::Builder::new()
            .name("x-serve".to_owned())
            .stack_size(16 * 1024 * 1024)
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(runtime) => runtime,
                    Err(error) => {
                        eprintln!("error: cannot start a runtime: {error}");
                        return;
                    }
                };
                let result =
                    runtime.block_on(run(args, tls, cwd, listener, stop_rx, files.clone()));
                if let Err(error) = result {
                    eprintln!("error: {error:#}");
                }
                // Whatever failed, the next change may fix it.
                files.lock().unwrap_or_else(|e| e.into_inner()).take();
            })
            .context("cannot start the program's thread")?
    };
    Ok(Run {
        stop,
        files,
        thread,
    })
}

/// One run: build the graph, note its files, serve until stopped and drained (or until
/// the program ends by itself).
async fn run(
    args: ServeArgs,
    tls: Option<(String, String)>,
    cwd: PathBuf,
    listener: std::net::TcpListener,
    mut stop: watch::Receiver<bool>,
    files: Files,
) -> Result<()> {
    let graph = factory::graph(&args.graph, &cwd, ParseMode::Execute)?;
    let permissions = factory::permissions(&args.permissions, &args.graph, &cwd, false, None)?;
    let main_module = super::super::run::main_module_url(&args.file, &cwd)?;
    // Built here first so the watcher knows the files even while the program runs; the
    // run below finds the graph already built.
    if graph
        .add_roots(vec![main_module.clone()], false)
        .await
        .is_ok()
    {
        let local: BTreeSet<PathBuf> = graph
            .module_graph()
            .specifiers()
            .filter_map(|(specifier, _)| specifier.to_file_path().ok())
            .collect();
        *files.lock().unwrap_or_else(|e| e.into_inner()) = Some(local);
    }
    let (drained_tx, mut drained) = mpsc::channel::<()>(1);
    let serve = ServeOptions {
        hostname: args.host.clone(),
        port: args.port,
        log: args.log,
        tls,
        prebound: Some(x_ext_http::PreboundListener {
            listener,
            stop: stop.clone(),
            drained: drained_tx,
        }),
    };
    let program = super::super::run::run_module(
        graph,
        main_module,
        args.args.clone(),
        permissions,
        Some(serve),
        super::super::run::Teardown::Drop,
    );
    tokio::select! {
        code = program => {
            code?;
        }
        // Told to stop: the server stops accepting and finishes its requests (the
        // program keeps running for them); once its last connection has closed the
        // runtime is dropped, whatever timers it still has.
        _ = async {
            let _ = stop.wait_for(|stopped| *stopped).await;
            let _ = drained.recv().await;
        } => {}
    }
    Ok(())
}

/// Watches the folder of each of the program's files (not whole trees: a project's
/// node_modules alone can hold more folders than inotify allows watches).
/// False while the run's graph is not known yet.
fn watch_files(
    watcher: &mut notify::RecommendedWatcher,
    watched: &mut BTreeSet<PathBuf>,
    files: &Files,
) -> bool {
    let files = files.lock().unwrap_or_else(|e| e.into_inner());
    let Some(files) = files.as_ref() else {
        return false;
    };
    for file in files {
        let Some(dir) = file.parent() else { continue };
        if watched.contains(dir) || ignored(dir) {
            continue;
        }
        if watcher.watch(dir, RecursiveMode::NonRecursive).is_ok() {
            watched.insert(dir.to_path_buf());
        }
    }
    true
}

/// A file a program may be made of (what counts while the graph is unknown: not the
/// cache's databases, logs or build output that may live beside it).
fn is_source(path: &Path) -> bool {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    matches!(
        extension,
        "ts" | "tsx" | "mts" | "cts" | "js" | "jsx" | "mjs" | "cjs" | "json" | "jsonc"
    )
}

fn ignored(path: &Path) -> bool {
    path.components()
        .any(|c| matches!(c.as_os_str().to_str(), Some(".git" | "node_modules")))
}

fn relative(cwd: &Path, path: &Path) -> String {
    path.strip_prefix(cwd)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| path.display().to_string())
}
