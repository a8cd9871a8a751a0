//! `--watch`: run, then wait for files to change, and run again only the test files whose
//! module graph holds a changed file (the graph's reverse dependencies), plus test files
//! that are new. Each run builds a fresh graph (changed files are read again) and a fresh
//! test runtime on a fresh thread, so a long session never piles runtimes on one thread.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{Context, Result};
use notify::{RecursiveMode, Watcher};

use crate::{collect, run_once, TestOptions};

/// Runs until the process is interrupted.
pub fn run(options: &TestOptions) -> Result<u8> {
    let (sender, receiver) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event {
            if matches!(event.kind, notify::EventKind::Access(_)) {
                return;
            }
            for path in event.paths {
                let _ = sender.send(path);
            }
        }
    })
    .context("cannot watch files")?;
    let roots: Vec<PathBuf> = if options.collect.roots.is_empty() {
        vec![options.cwd.clone()]
    } else {
        options.collect.roots.clone()
    };
    for root in &roots {
        let root = options.cwd.join(root);
        let mode = if root.is_dir() {
            RecursiveMode::Recursive
        } else {
            RecursiveMode::NonRecursive
        };
        watcher
            .watch(&root, mode)
            .with_context(|| format!("cannot watch {}", root.display()))?;
    }

    let mut only: Option<BTreeSet<PathBuf>> = None;
    let mut dependencies = std::collections::HashMap::new();
    loop {
        let report = {
            let options = options.clone();
            let only = only.clone();
            // A fresh thread per run: see the module comment.
            std::thread::Builder::new()
                .stack_size(16 * 1024 * 1024)
                .spawn(move || {
                    run_once(&options, only.as_ref())
                        .map(|r| (r.summary.has_failed(), r.dependencies))
                })
                .context("cannot start a test run")?
                .join()
        };
        match report {
            Ok(Ok((_, deps))) => {
                for (file, files) in deps {
                    dependencies.insert(file, files);
                }
            }
            Ok(Err(error)) => eprintln!("{}: {error:#}", crate::error_label()),
            Err(_) => eprintln!("{}: the test run panicked", crate::error_label()),
        }
        println!("Watcher Test run finished. Restarting on file change...");
        use std::io::Write;
        let _ = std::io::stdout().flush();

        // Wait for a change that matters (a module some test file depends on, or a test
        // file), then let a burst of changes (an editor's save) settle. Other writes under
        // the watched folders (caches, build output) do not start a run.
        let (changed, rerun) = loop {
            let first = receiver.recv().context("the file watcher stopped")?;
            let mut changed = BTreeSet::from([first]);
            while let Ok(path) = receiver.recv_timeout(Duration::from_millis(200)) {
                changed.insert(path);
            }
            let mut rerun: BTreeSet<PathBuf> = dependencies
                .iter()
                .filter(|(_, files)| changed.iter().any(|c| files.contains(c)))
                .map(|(file, _)| file.clone())
                .collect();
            for path in &changed {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if !ignored(path) && path.is_file() && collect::is_test_file_name(&name) {
                    rerun.insert(path.clone());
                }
            }
            let relevant: BTreeSet<PathBuf> = changed
                .into_iter()
                .filter(|p| {
                    !ignored(p)
                        && (rerun.contains(p)
                            || dependencies.values().any(|files| files.contains(p)))
                })
                .collect();
            if !relevant.is_empty() {
                break (relevant, rerun);
            }
        };
        if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            print!("\x1b[2J\x1b[H");
        }
        let names: Vec<String> = changed.iter().map(|p| relative(&options.cwd, p)).collect();
        println!(
            "Watcher File change detected! Restarting! ({})",
            names.join(", ")
        );
        only = Some(rerun);
    }
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
