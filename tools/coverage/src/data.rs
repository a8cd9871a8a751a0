//! The raw coverage data in a coverage folder, as `x test --coverage=DIR` writes it and
//! `x coverage` / `x coverage merge` read it:
//!
//! - `DIR/modules/<hash of url>.json` — a [`ModuleMap`]: the module's URL and source
//!   text and, for each counter, what it counts and where. Written once per module by
//!   the process that instruments it.
//! - `DIR/hits/<unique>.json` — `{ url: [count, …] }`: what one test process counted.
//!
//! Hits of several processes (or shards, after `merge`) add up. The source text is kept
//! so a report can be made on another machine (a CI job merging its shards' folders).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

/// Where a counter's code is in the original source (1-based lines and columns).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// What a counter counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum CounterKind {
    /// Runs of a statement.
    Statement,
    /// Calls of a function.
    Function { name: String },
    /// Runs of one arm (`arm`) of a branching construct (`id`): `if`/`else`, `?:`,
    /// the cases of a `switch`.
    Branch { id: usize, arm: usize },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counter {
    pub kind: CounterKind,
    pub place: Place,
}

/// One instrumented module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleMap {
    pub url: String,
    pub source: String,
    pub counters: Vec<Counter>,
}

/// Counts per module URL.
pub type Hits = BTreeMap<String, Vec<u64>>;

/// A coverage folder, read: every module with the sum of its counts.
#[derive(Debug, Default)]
pub struct Coverage {
    pub modules: BTreeMap<String, (ModuleMap, Vec<u64>)>,
}

fn modules_dir(dir: &Path) -> PathBuf {
    dir.join("modules")
}

fn hits_dir(dir: &Path) -> PathBuf {
    dir.join("hits")
}

/// Empties a coverage folder for a new run (only what `x` writes there).
pub fn clean(dir: &Path) -> Result<()> {
    for sub in [modules_dir(dir), hits_dir(dir)] {
        match std::fs::remove_dir_all(&sub) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("cannot empty {}", sub.display())),
        }
    }
    Ok(())
}

/// Writes a module's map (a temp file renamed into place: never half-written).
pub fn write_module_map(dir: &Path, map: &ModuleMap) -> Result<()> {
    let name = format!("{:016x}.json", x_graph::hash_bytes(map.url.as_bytes()));
    write_json(&modules_dir(dir), &name, map)
}

/// Writes what one process counted.
pub fn write_hits(dir: &Path, hits: &Hits) -> Result<()> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let name = format!("{}-{nanos}.json", std::process::id());
    write_json(&hits_dir(dir), &name, hits)
}

fn write_json(dir: &Path, name: &str, value: &impl Serialize) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let temp = dir.join(format!(".{name}.tmp"));
    let bytes = serde_json::to_vec(value).context("coverage data serializes")?;
    std::fs::write(&temp, bytes).with_context(|| format!("cannot write {}", temp.display()))?;
    std::fs::rename(&temp, dir.join(name))
        .with_context(|| format!("cannot write {}", dir.join(name).display()))
}

fn json_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(files),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", dir.display())),
    };
    for entry in entries {
        let path = entry?.path();
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if !hidden && path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

impl Coverage {
    /// Reads a coverage folder. A folder without module maps is an error that says how
    /// to make one.
    pub fn load(dir: &Path) -> Result<Coverage> {
        if !dir.is_dir() {
            bail!(
                "{} is not a coverage folder: run `x test --coverage={}` first",
                dir.display(),
                dir.display()
            );
        }
        let mut coverage = Coverage::default();
        for file in json_files(&modules_dir(dir))? {
            let map: ModuleMap = read_json(&file)?;
            let zeros = vec![0; map.counters.len()];
            coverage.modules.insert(map.url.clone(), (map, zeros));
        }
        if coverage.modules.is_empty() {
            bail!(
                "no coverage data in {}: run `x test --coverage={}` first",
                dir.display(),
                dir.display()
            );
        }
        for file in json_files(&hits_dir(dir))? {
            let hits: Hits = read_json(&file)?;
            coverage.add_hits(&hits, &file)?;
        }
        Ok(coverage)
    }

    fn add_hits(&mut self, hits: &Hits, from: &Path) -> Result<()> {
        for (url, counts) in hits {
            let Some((map, total)) = self.modules.get_mut(url) else {
                continue;
            };
            if counts.len() != map.counters.len() {
                bail!(
                    "{} counts {} places in {url}, its module map {}: the folder mixes runs of \
                     different versions of the file; run the tests again into an empty folder",
                    from.display(),
                    counts.len(),
                    map.counters.len()
                );
            }
            for (sum, count) in total.iter_mut().zip(counts) {
                *sum += count;
            }
        }
        Ok(())
    }

    /// Adds another folder's data: counts of the same module (same source) add up.
    pub fn merge(&mut self, other: Coverage, other_name: &Path) -> Result<()> {
        for (url, (map, counts)) in other.modules {
            match self.modules.get_mut(&url) {
                None => {
                    self.modules.insert(url, (map, counts));
                }
                Some((mine, total)) => {
                    if mine.source != map.source || mine.counters != map.counters {
                        bail!(
                            "{url} differs in {}: the shards ran different versions of it",
                            other_name.display()
                        );
                    }
                    for (sum, count) in total.iter_mut().zip(counts) {
                        *sum += count;
                    }
                }
            }
        }
        Ok(())
    }

    /// Writes this data as a coverage folder (module maps and one hits file).
    pub fn save(&self, dir: &Path) -> Result<()> {
        clean(dir)?;
        let mut hits = Hits::new();
        for (url, (map, counts)) in &self.modules {
            write_module_map(dir, map)?;
            hits.insert(url.clone(), counts.clone());
        }
        write_hits(dir, &hits)
    }
}

fn read_json<T: serde::de::DeserializeOwned>(file: &Path) -> Result<T> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    serde_json::from_slice(&bytes).with_context(|| {
        format!(
            "{} is not coverage data written by x (delete the folder and run the tests again)",
            file.display()
        )
    })
}
