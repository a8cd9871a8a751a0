//! One `x fmt` invocation over files: collect them, then on every core read each, skip it
//! if the skip cache knows it formatted, format it from its parse in the graph's documents,
//! close the document, and report — a diff per file with `--check`, the path of each file
//! written otherwise — in path order. Messages and their wording follow `deno fmt`.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use anyhow::{bail, Context, Result};
use deno_terminal::colors;
use url::Url;
use x_config::files::FilePatterns;
use x_config::ConfigFile;
use x_graph::par::{for_each_ordered, Progress};
use x_graph::{hash_bytes, Documents, SkipCache};

use crate::diff::diff;
use crate::editorconfig::EditorConfigs;
use crate::format::{extension, kind_for_extension, Formatter, Kind};
use crate::options::FmtOptions;

/// Everything one `x fmt` run needs, from the command line and the config file.
pub struct FmtRun {
    pub cwd: PathBuf,
    pub config: Option<ConfigFile>,
    /// Paths and globs on the command line (empty: the current folder).
    pub paths: Vec<String>,
    /// `--ignore=...` values.
    pub ignore: Vec<String>,
    /// Options given as flags; they win over the config file.
    pub flags: FmtOptions,
    pub check: bool,
    pub fail_fast: bool,
    /// `--ext`: how to treat files without a known extension (and stdin).
    pub ext: Option<String>,
    pub permit_no_files: bool,
    /// Where the skip cache lives (`None`: no cache).
    pub cache_dir: Option<PathBuf>,
}

impl FmtRun {
    /// The options before `.editorconfig`: config file, then flags.
    pub fn options(&self) -> Result<FmtOptions> {
        let config = FmtOptions::from_config(self.config.as_ref().and_then(|c| c.section("fmt")))
            .with_context(|| {
            self.config
                .as_ref()
                .map(|c| format!("in {}", c.path.display()))
                .unwrap_or_default()
        })?;
        Ok(config.overridden_by(&self.flags))
    }
}

/// What happened to one file.
enum Outcome {
    /// Already formatted (maybe known from the cache).
    Formatted,
    /// Not formatted: with `--check`, the diff to show (made on the worker thread, not
    /// under the lock that orders the output); else the file was written.
    Changed { diff: Option<String>, had_bom: bool },
    /// Could not be formatted (a syntax error, an unwritable file).
    Failed(String),
    /// Not read: binary or not UTF-8.
    Skipped(String),
    /// Not looked at (`--fail-fast` after a failure).
    NotRun,
}

/// What a run found, for callers that report it themselves (`x ci`'s JUnit).
#[derive(Debug, Default)]
pub struct FmtReport {
    /// Every file the run looked at, in path order.
    pub files: Vec<PathBuf>,
    /// Files read as code (not skipped as binary or not UTF-8).
    pub checked: usize,
    /// Files not formatted (with `--check`: the diff) or that could not be formatted.
    pub problems: Vec<(PathBuf, String)>,
}

/// Formats (or checks) the files the run names; returns the exit code. Problems with
/// single files are reported and counted; the run goes on with the other files.
pub fn run(run: &FmtRun, documents: Documents, progress: &dyn Progress) -> Result<u8> {
    let report = check(run, documents, progress)?;
    let checked = report.checked;
    let problems = report.problems.len();
    let checked_files = format!("{checked} {}", files_word(checked));
    if run.check && problems > 0 {
        bail!(
            "Found {problems} not formatted {} in {checked_files}",
            files_word(problems)
        );
    }
    if problems > 0 {
        bail!(
            "Failed to format {problems} of {checked} checked {}",
            files_word(checked)
        );
    }
    if !report.files.is_empty() {
        eprintln!("Checked {checked_files}");
    }
    Ok(0)
}

/// [`run`] without the verdict: prints what `x fmt` prints per file and returns what it
/// found. No files is an error unless `permit_no_files`.
pub fn check(run: &FmtRun, documents: Documents, progress: &dyn Progress) -> Result<FmtReport> {
    let base_options = run.options()?;
    let patterns = FilePatterns::for_tool(
        run.config.as_ref(),
        "fmt",
        &run.cwd,
        &run.paths,
        &run.ignore,
    )?;
    let ext = run.ext.as_deref();
    let files = patterns.collect(|path| match extension(path) {
        Some(e) => kind_for_extension(&e).is_some(),
        None => ext.is_some(),
    });
    if files.is_empty() {
        if run.permit_no_files {
            return Ok(FmtReport::default());
        }
        bail!("No target files found.");
    }

    let settings = format!(
        "x {} fmt {base_options:?} ext={ext:?}",
        env!("CARGO_PKG_VERSION")
    );
    let cache = match &run.cache_dir {
        Some(dir) => SkipCache::load(dir, "fmt", hash_bytes(settings.as_bytes())),
        None => SkipCache::disabled(),
    };
    let formatter = Formatter::new(documents.clone());
    let editorconfigs = EditorConfigs::default();
    let failed_fast = AtomicBool::new(false);
    let checked = AtomicUsize::new(0);
    let mut problems = Vec::new();

    progress.start(files.len());
    let work = |path: &PathBuf| -> Outcome {
        if run.fail_fast && failed_fast.load(Ordering::Relaxed) {
            return Outcome::NotRun;
        }
        let outcome = format_one(
            path,
            run,
            &base_options,
            &formatter,
            &editorconfigs,
            &cache,
            &documents,
            &checked,
        );
        if matches!(outcome, Outcome::Changed { .. } | Outcome::Failed(_)) {
            failed_fast.store(true, Ordering::Relaxed);
        }
        outcome
    };
    let emit = |index: usize, outcome: Outcome| {
        let path = &files[index];
        progress.advance();
        match outcome {
            Outcome::Formatted | Outcome::NotRun => {}
            Outcome::Changed { diff, had_bom } => {
                if let Some(mut shown) = diff {
                    if had_bom {
                        shown = format!(
                            "  {}\n{shown}",
                            colors::gray("File has strippable UTF-8 BOM.")
                        );
                    }
                    progress.suspend(&mut || {
                        eprintln!();
                        eprintln!("{} {}:", colors::bold("from"), path.display());
                        eprintln!("{shown}");
                    });
                    problems.push((path.clone(), shown));
                } else {
                    progress.suspend(&mut || eprintln!("{}", path.display()));
                }
            }
            Outcome::Failed(message) => {
                if run.check {
                    progress.suspend(&mut || {
                        eprintln!("Error checking: {}", path.display());
                        eprintln!("{}", indent(&message, "  "));
                    });
                } else {
                    progress.suspend(&mut || {
                        eprintln!("Error formatting: {}", path.display());
                        eprintln!("   {message}");
                    });
                }
                problems.push((path.clone(), message));
            }
            Outcome::Skipped(why) => {
                progress.suspend(&mut || {
                    eprintln!(
                        "{}: {why}; skipped: {}",
                        colors::yellow("Warning"),
                        path.display()
                    )
                });
            }
        }
    };
    for_each_ordered(&files, work, emit);
    progress.finish();
    cache.save();

    Ok(FmtReport {
        checked: checked.load(Ordering::Relaxed),
        problems,
        files,
    })
}

#[allow(clippy::too_many_arguments)]
fn format_one(
    path: &Path,
    run: &FmtRun,
    base_options: &FmtOptions,
    formatter: &Formatter,
    editorconfigs: &EditorConfigs,
    cache: &SkipCache,
    documents: &Documents,
    checked: &AtomicUsize,
) -> Outcome {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return Outcome::Failed(format!("cannot read {}: {e}", path.display())),
    };
    let (text, had_bom) = match decode(bytes) {
        Ok(decoded) => decoded,
        Err(why) => return Outcome::Skipped(why),
    };
    checked.fetch_add(1, Ordering::Relaxed);
    let kind = match extension(path).and_then(|e| kind_for_extension(&e)) {
        Some(kind) => kind,
        None => kind_for_extension(run.ext.as_deref().unwrap_or("ts"))
            .unwrap_or(Kind::Script(deno_ast::MediaType::TypeScript)),
    };
    let mut options = base_options.clone();
    if options.use_editor_config != Some(false) {
        editorconfigs.resolve(path).apply_to(&mut options);
    }
    // Options an `.editorconfig` changed are part of what "known formatted" means.
    let content_hash = if options == *base_options {
        hash_bytes(text.as_bytes())
    } else {
        hash_bytes(format!("{options:?}\n{text}").as_bytes())
    };
    if !had_bom && cache.is_clean(path, content_hash) {
        return Outcome::Formatted;
    }
    let Ok(specifier) = Url::from_file_path(path) else {
        return Outcome::Failed(format!("{} is not an absolute path", path.display()));
    };
    let result = if run.check {
        formatter.format(&specifier, kind, &text, &options)
    } else {
        formatter.format_stable(&specifier, kind, &text, &options)
    };
    documents.close(&specifier);
    match result {
        Ok(None) if !had_bom => {
            cache.mark_clean(path, content_hash);
            Outcome::Formatted
        }
        Ok(formatted) => {
            let after = formatted.unwrap_or_else(|| text.clone());
            if !run.check {
                if let Err(e) = std::fs::write(path, &after) {
                    return Outcome::Failed(format!("cannot write {}: {e}", path.display()));
                }
                let new_hash = if options == *base_options {
                    hash_bytes(after.as_bytes())
                } else {
                    hash_bytes(format!("{options:?}\n{after}").as_bytes())
                };
                cache.mark_clean(path, new_hash);
            }
            Outcome::Changed {
                diff: run.check.then(|| diff(&text, &after)),
                had_bom,
            }
        }
        Err(error) => {
            cache.mark_dirty(path);
            Outcome::Failed(format!("{error:#}"))
        }
    }
}

/// UTF-8 text without its BOM, or why the file is not read.
fn decode(bytes: Vec<u8>) -> std::result::Result<(String, bool), String> {
    // NUL never occurs in source text; it marks a binary file that happens to have a
    // source file's name.
    if bytes.contains(&0) {
        return Err("binary file".to_string());
    }
    let mut text = String::from_utf8(bytes).map_err(|_| "not valid UTF-8".to_string())?;
    let had_bom = text.starts_with('\u{FEFF}');
    if had_bom {
        text.drain(..3);
    }
    Ok((text, had_bom))
}

/// `x fmt -`: formats standard input to standard output (with `--check`, says whether it
/// is formatted and exits 1 when not).
pub fn run_stdin(run: &FmtRun, documents: Documents, input: &[u8]) -> Result<u8> {
    let options = run.options()?;
    let ext = run.ext.as_deref().unwrap_or("ts");
    let kind =
        kind_for_extension(ext).with_context(|| format!("x fmt cannot format .{ext} input"))?;
    let text = String::from_utf8(input.to_vec()).context("standard input is not valid UTF-8")?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_string();
    let specifier = Url::from_file_path(run.cwd.join(format!("_stdin.{ext}")))
        .map_err(|_| anyhow::anyhow!("the current folder is not an absolute path"))?;
    let formatted = Formatter::new(documents).format(&specifier, kind, &text, &options)?;
    if run.check {
        if formatted.is_some() {
            println!("Not formatted stdin");
            return Ok(1);
        }
        return Ok(0);
    }
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(formatted.as_deref().unwrap_or(&text).as_bytes())?;
    stdout.flush()?;
    Ok(0)
}

fn files_word(n: usize) -> &'static str {
    if n == 1 {
        "file"
    } else {
        "files"
    }
}

/// Indents each non-empty line of `text`.
fn indent(text: &str, prefix: &str) -> String {
    text.split('\n')
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else {
                format!("{prefix}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_skips_binary_and_non_utf8_and_drops_the_bom() {
        assert!(decode(b"a\0b".to_vec()).is_err());
        assert!(decode(vec![0xff, 0xfe, 0x41]).is_err());
        assert_eq!(
            decode("\u{FEFF}let a;".as_bytes().to_vec()).unwrap(),
            ("let a;".to_string(), true)
        );
    }
}
