//! `x coverage DIR [--lcov | --html | --detailed] [--output PATH]` reports the data
//! `x test --coverage=DIR` recorded; `x coverage merge A B … -o OUT` adds up the folders
//! of several runs (CI shards) into one (see `tools/coverage`).

use std::io::Write;

use anyhow::{Context, Result};
use x_coverage::{report, Coverage};

use crate::args::{CoverageArgs, CoverageCommand};

pub fn coverage(args: CoverageArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    if let Some(CoverageCommand::Merge { dirs, output }) = &args.command {
        let merged = x_coverage::merge(dirs, output)?;
        eprintln!(
            "Merged {} folders ({} modules) into {}",
            dirs.len(),
            merged.modules.len(),
            output.display()
        );
        return Ok(0);
    }
    let Some(dir) = &args.dir else {
        anyhow::bail!(
            "name the coverage folder: x coverage DIR (x test --coverage=DIR writes one)"
        );
    };
    let coverage = Coverage::load(dir)?;
    let files = report::files(&coverage);
    let mut stdout = std::io::stdout().lock();
    if args.lcov {
        let text = report::lcov(&files);
        match &args.output {
            Some(path) => std::fs::write(cwd.join(path), text)
                .with_context(|| format!("cannot write {}", path.display()))?,
            None => stdout.write_all(text.as_bytes())?,
        }
    } else if args.html {
        let output = args.output.clone().unwrap_or_else(|| dir.join("html"));
        let index = report::html(&files, &cwd, &cwd.join(&output))?;
        eprintln!("HTML report written to {}", index.display());
    } else if args.detailed {
        stdout.write_all(report::detailed(&files, &cwd).as_bytes())?;
    } else {
        stdout.write_all(report::summary(&files, &cwd).as_bytes())?;
    }
    stdout.flush()?;
    if let Some(threshold) = args.coverage_threshold {
        let total = report::total_line_percent(&files);
        if total < threshold {
            eprintln!("error: line coverage {total:.1}% is below the threshold of {threshold}%");
            return Ok(1);
        }
    }
    Ok(0)
}
