//! Code coverage for `x test --coverage` and `x coverage`.
//!
//! - `instrument.rs` — the swc pass over the graph's parse that compiles counters into a
//!   module (QuickJS has no coverage of its own), and its emit.
//! - `data.rs` — the coverage folder: module maps and hit counts; `merge`.
//! - `report.rs` — summary table, `--detailed`, `--lcov`, `--html`.
//!
//! The test runner puts an [`Instrumenter`] in its graph (`Graph::set_instrument`), so
//! the modules it transpiles once before forking come out instrumented, and each test
//! process writes its counts with [`write_hits_json`] when its file is done.

mod data;
mod instrument;
pub mod report;

use std::path::{Path, PathBuf};

use deno_ast::ParsedSource;
use url::Url;
use x_graph::{Emitted, Instrument};

pub use data::{clean, Counter, CounterKind, Coverage, Hits, ModuleMap, Place};
pub use instrument::{instrument, Instrumented};

/// JavaScript a test process evaluates when its file is done: the counters as JSON.
pub const COLLECT_SCRIPT: &str = "JSON.stringify(Object.fromEntries(Object.entries(\
globalThis.__xCoverage ?? {}).map(([url, counts]) => [url, Array.from(counts)])))";

/// Instruments the modules `include` accepts and records their maps in `dir`.
pub struct Instrumenter {
    dir: PathBuf,
    include: Box<dyn Fn(&Url) -> bool>,
}

impl Instrumenter {
    pub fn new(dir: PathBuf, include: impl Fn(&Url) -> bool + 'static) -> Instrumenter {
        Instrumenter {
            dir,
            include: Box::new(include),
        }
    }
}

impl Instrument for Instrumenter {
    fn instrument(&self, parsed: &ParsedSource) -> Option<Result<Emitted, String>> {
        if !(self.include)(parsed.specifier()) {
            return None;
        }
        Some(instrument(parsed).and_then(|done| {
            data::write_module_map(&self.dir, &done.map).map_err(|e| format!("{e:#}"))?;
            Ok(Emitted::JavaScript {
                code: done.code,
                source_map: Some(done.source_map),
            })
        }))
    }
}

/// Writes the counts [`COLLECT_SCRIPT`] returned.
pub fn write_hits_json(dir: &Path, json: &str) -> anyhow::Result<()> {
    let hits: Hits = serde_json::from_str(json)?;
    data::write_hits(dir, &hits)
}

/// `x coverage merge A B … -o OUT`: the data of several folders (CI shards) as one.
pub fn merge(inputs: &[PathBuf], output: &Path) -> anyhow::Result<Coverage> {
    let mut merged = Coverage::default();
    for input in inputs {
        merged.merge(Coverage::load(input)?, input)?;
    }
    merged.save(output)?;
    Ok(merged)
}
