//! Builds what commands share — the configuration and the module graph — from the flags,
//! once per process.

use std::path::Path;

use anyhow::Result;
use x_config::ConfigFile;
use x_graph::{Graph, GraphOptions, ParseMode, RemotePolicy};

use crate::args::GraphFlags;

/// Finds the configuration file the flags ask for.
pub fn config(flags: &GraphFlags, cwd: &Path) -> Result<Option<ConfigFile>> {
    if flags.no_config {
        return Ok(None);
    }
    match &flags.config {
        Some(path) => ConfigFile::read(path).map(Some),
        None => ConfigFile::discover(cwd),
    }
}

/// An empty graph configured by the flags and the configuration file.
pub fn graph(flags: &GraphFlags, cwd: &Path, parse_mode: ParseMode) -> Result<Graph> {
    let config = config(flags, cwd)?;
    let lockfile = if flags.no_lock {
        None
    } else if let Some(path) = &flags.lock {
        Some(cwd.join(path))
    } else {
        config.as_ref().and_then(|c| c.lockfile_path())
    };
    let remote = if flags.reload {
        RemotePolicy::Reload
    } else if flags.cached_only {
        RemotePolicy::CachedOnly
    } else {
        RemotePolicy::UseCache
    };
    Graph::new(GraphOptions {
        cache_dir: x_graph::default_cache_dir(),
        config,
        remote,
        lockfile,
        frozen_lockfile: flags.frozen,
        parse_mode,
    })
}
