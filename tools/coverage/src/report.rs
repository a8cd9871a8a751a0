//! Reports over [`Coverage`]: the summary table (`x coverage DIR`, and after
//! `x test --coverage`), `--detailed` (the lines that never ran), `--lcov` (the format
//! genhtml and CI services read) and `--html` (a static site, one page per file).
//!
//! A line's count is the largest count of the statements and functions that start on
//! it; branches are the arms of `if`/`else`, `?:` and `switch`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::data::{CounterKind, Coverage, ModuleMap};

/// One file's figures.
pub struct FileCoverage<'a> {
    pub map: &'a ModuleMap,
    /// Line (1-based) → count, for lines where code starts.
    pub lines: BTreeMap<usize, u64>,
    /// (line, name, calls).
    pub functions: Vec<(usize, String, u64)>,
    /// (line, branch id, arm, count).
    pub branches: Vec<(usize, usize, usize, u64)>,
}

impl FileCoverage<'_> {
    pub fn line_percent(&self) -> f64 {
        percent(
            self.lines.values().filter(|c| **c > 0).count(),
            self.lines.len(),
        )
    }

    pub fn branch_percent(&self) -> f64 {
        percent(
            self.branches.iter().filter(|b| b.3 > 0).count(),
            self.branches.len(),
        )
    }

    pub fn function_percent(&self) -> f64 {
        percent(
            self.functions.iter().filter(|f| f.2 > 0).count(),
            self.functions.len(),
        )
    }

    /// The file's path for people: relative to `cwd` when it is under it.
    pub fn display(&self, cwd: &Path) -> String {
        match url::Url::parse(&self.map.url)
            .ok()
            .and_then(|u| u.to_file_path().ok())
        {
            Some(path) => path
                .strip_prefix(cwd)
                .unwrap_or(&path)
                .to_string_lossy()
                .into_owned(),
            None => self.map.url.clone(),
        }
    }
}

fn percent(hit: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        hit as f64 * 100.0 / total as f64
    }
}

/// Every file's figures, in URL order.
pub fn files(coverage: &Coverage) -> Vec<FileCoverage<'_>> {
    coverage
        .modules
        .values()
        .map(|(map, counts)| {
            let mut lines: BTreeMap<usize, u64> = BTreeMap::new();
            let mut functions = Vec::new();
            let mut branches = Vec::new();
            for (counter, count) in map.counters.iter().zip(counts) {
                let line = counter.place.line;
                match &counter.kind {
                    CounterKind::Statement => {
                        let entry = lines.entry(line).or_default();
                        *entry = (*entry).max(*count);
                    }
                    CounterKind::Function { name } => {
                        let entry = lines.entry(line).or_default();
                        *entry = (*entry).max(*count);
                        functions.push((line, name.clone(), *count));
                    }
                    CounterKind::Branch { id, arm } => branches.push((line, *id, *arm, *count)),
                }
            }
            FileCoverage {
                map,
                lines,
                functions,
                branches,
            }
        })
        .collect()
}

/// The overall line coverage (for `--coverage-threshold`).
pub fn total_line_percent(files: &[FileCoverage]) -> f64 {
    let hit = files
        .iter()
        .map(|f| f.lines.values().filter(|c| **c > 0).count())
        .sum();
    let total = files.iter().map(|f| f.lines.len()).sum();
    percent(hit, total)
}

/// The summary table.
pub fn summary(files: &[FileCoverage], cwd: &Path) -> String {
    let mut rows: Vec<[String; 4]> = files
        .iter()
        .map(|f| {
            [
                f.display(cwd),
                format!("{:.1}", f.branch_percent()),
                format!("{:.1}", f.function_percent()),
                format!("{:.1}", f.line_percent()),
            ]
        })
        .collect();
    let sum = |pick: fn(&FileCoverage) -> (usize, usize)| {
        let (hit, total) = files
            .iter()
            .map(pick)
            .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        format!("{:.1}", percent(hit, total))
    };
    rows.push([
        "All files".to_string(),
        sum(|f| {
            (
                f.branches.iter().filter(|b| b.3 > 0).count(),
                f.branches.len(),
            )
        }),
        sum(|f| {
            (
                f.functions.iter().filter(|x| x.2 > 0).count(),
                f.functions.len(),
            )
        }),
        sum(|f| (f.lines.values().filter(|c| **c > 0).count(), f.lines.len())),
    ]);
    let header = ["File", "Branch %", "Function %", "Line %"];
    let widths: Vec<usize> = (0..4)
        .map(|i| {
            rows.iter()
                .map(|r| r[i].len())
                .chain([header[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    let line = |out: &mut String, cells: [&str; 4]| {
        let _ = writeln!(
            out,
            "| {:<w0$} | {:>w1$} | {:>w2$} | {:>w3$} |",
            cells[0],
            cells[1],
            cells[2],
            cells[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
            w3 = widths[3]
        );
    };
    line(&mut out, header);
    let dashes: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(&mut out, [&dashes[0], &dashes[1], &dashes[2], &dashes[3]]);
    for row in &rows {
        line(&mut out, [&row[0], &row[1], &row[2], &row[3]]);
    }
    out
}

/// `--detailed`: per file, its figures and every line where code never ran.
pub fn detailed(files: &[FileCoverage], cwd: &Path) -> String {
    let mut out = String::new();
    for file in files {
        let covered = file.lines.values().filter(|c| **c > 0).count();
        let _ = writeln!(
            out,
            "cover {} ... {:.3}% ({covered}/{})",
            file.map.url,
            file.line_percent(),
            file.lines.len()
        );
        let source: Vec<&str> = file.map.source.lines().collect();
        for (line, count) in &file.lines {
            if *count == 0 {
                let text = source.get(line - 1).copied().unwrap_or_default();
                let _ = writeln!(out, "{line:>6} | {text}");
            }
        }
    }
    out.push('\n');
    out.push_str(&summary(files, cwd));
    out
}

/// lcov tracefile text (SF/FN/FNDA/BRDA/DA records per file).
pub fn lcov(files: &[FileCoverage]) -> String {
    let mut out = String::new();
    for file in files {
        let path = url::Url::parse(&file.map.url)
            .ok()
            .and_then(|u| u.to_file_path().ok())
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|| file.map.url.clone());
        let _ = writeln!(out, "SF:{path}");
        // lcov names a function by its name: make each unique and free of spaces.
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        let names: Vec<String> = file
            .functions
            .iter()
            .map(|(line, name, _)| {
                let clean: String = name
                    .chars()
                    .map(|c| {
                        if c.is_whitespace() || c == ',' {
                            '_'
                        } else {
                            c
                        }
                    })
                    .collect();
                let n = seen.entry(clean.clone()).or_default();
                *n += 1;
                if *n == 1 {
                    clean
                } else {
                    format!("{clean}_{line}_{n}")
                }
            })
            .collect();
        for ((line, _, _), name) in file.functions.iter().zip(&names) {
            let _ = writeln!(out, "FN:{line},{name}");
        }
        for ((_, _, count), name) in file.functions.iter().zip(&names) {
            let _ = writeln!(out, "FNDA:{count},{name}");
        }
        let _ = writeln!(out, "FNF:{}", file.functions.len());
        let _ = writeln!(
            out,
            "FNH:{}",
            file.functions.iter().filter(|f| f.2 > 0).count()
        );
        for (line, id, arm, count) in &file.branches {
            let _ = writeln!(out, "BRDA:{line},{id},{arm},{count}");
        }
        let _ = writeln!(out, "BRF:{}", file.branches.len());
        let _ = writeln!(
            out,
            "BRH:{}",
            file.branches.iter().filter(|b| b.3 > 0).count()
        );
        for (line, count) in &file.lines {
            let _ = writeln!(out, "DA:{line},{count}");
        }
        let _ = writeln!(
            out,
            "LH:{}",
            file.lines.values().filter(|c| **c > 0).count()
        );
        let _ = writeln!(out, "LF:{}", file.lines.len());
        out.push_str("end_of_record\n");
    }
    out
}

/// `--html`: `index.html` (the summary, a link per file) and a page per file with each
/// line's count, under `output`. Returns the index's path.
pub fn html(files: &[FileCoverage], cwd: &Path, output: &Path) -> Result<PathBuf> {
    std::fs::create_dir_all(output)
        .with_context(|| format!("cannot create {}", output.display()))?;
    let mut index = page_head("Coverage");
    index.push_str(
        "<table><tr><th>File</th><th>Branch %</th><th>Function %</th><th>Line %</th></tr>\n",
    );
    for (i, file) in files.iter().enumerate() {
        let page = format!("file{i}.html");
        let name = file.display(cwd);
        let _ = writeln!(
            index,
            "<tr><td><a href=\"{page}\">{}</a></td><td>{:.1}</td><td>{:.1}</td><td class=\"{}\">{:.1}</td></tr>",
            escape(&name),
            file.branch_percent(),
            file.function_percent(),
            grade(file.line_percent()),
            file.line_percent()
        );
        let mut body = page_head(&name);
        let _ = writeln!(
            body,
            "<p><a href=\"index.html\">All files</a> / {} — lines {:.1}%, branches {:.1}%, functions {:.1}%</p>\n<table class=\"source\">",
            escape(&name),
            file.line_percent(),
            file.branch_percent(),
            file.function_percent()
        );
        for (n, text) in file.map.source.lines().enumerate() {
            let line = n + 1;
            let (class, count) = match file.lines.get(&line) {
                Some(0) => ("miss", "0".to_string()),
                Some(c) => ("hit", format!("{c}×")),
                None => ("", String::new()),
            };
            let _ = writeln!(
                body,
                "<tr class=\"{class}\"><td class=\"n\">{line}</td><td class=\"c\">{count}</td><td><pre>{}</pre></td></tr>",
                escape(text)
            );
        }
        body.push_str("</table></body></html>\n");
        let path = output.join(&page);
        std::fs::write(&path, body).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let _ = writeln!(
        index,
        "<tr><th>All files</th><th></th><th></th><th>{:.1}</th></tr></table></body></html>",
        total_line_percent(files)
    );
    let path = output.join("index.html");
    std::fs::write(&path, index).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(path)
}

fn page_head(title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{}</title><style>\
body{{font-family:sans-serif;margin:1em}}table{{border-collapse:collapse}}\
td,th{{padding:2px 8px;text-align:left}}pre{{margin:0}}.hit{{background:#e6ffed}}\
.miss{{background:#ffeef0}}.n,.c{{color:#888;text-align:right}}.good{{color:#1a7f37}}\
.bad{{color:#cf222e}}</style></head><body><h1>{}</h1>\n",
        escape(title),
        escape(title)
    )
}

fn grade(percent: f64) -> &'static str {
    if percent >= 80.0 {
        "good"
    } else {
        "bad"
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
