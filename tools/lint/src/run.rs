//! One `x lint` invocation over files: collect them, then on every core read each, skip it
//! if the skip cache knows it clean, lint (and with `--fix`, fix) it from its parse in the
//! graph's documents, close the document, and hand the results to the reporter in path
//! order. Messages and their wording follow `deno lint`.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use deno_ast::diagnostics::Diagnostic;
use deno_lint::diagnostic::LintDiagnostic;
use deno_lint::rules::LintRule;
use deno_terminal::colors;
use serde_json::Value;
use url::Url;
use x_config::files::FilePatterns;
use x_config::ConfigFile;
use x_graph::par::{for_each_ordered, Progress};
use x_graph::{hash_bytes, Documents, SkipCache};

use crate::linter::{jsx_factories, media_type_for, Linter};
use crate::reporters::ReportKind;
use crate::rules::{default_tags, select, RulesConfig};

/// Everything one `x lint` run needs, from the command line and the config file.
pub struct LintRun {
    pub cwd: PathBuf,
    pub config: Option<ConfigFile>,
    /// Paths and globs on the command line (empty: the current folder).
    pub paths: Vec<String>,
    /// `--ignore=...` values.
    pub ignore: Vec<String>,
    /// `--rules-tags`, `--rules-include`, `--rules-exclude`; they replace the config's.
    pub rules: RulesConfig,
    pub fix: bool,
    /// `--json` / `--compact` (else the config's `"report"`, else pretty).
    pub report: Option<ReportKind>,
    /// `--ext`: the type of stdin and of files without an extension.
    pub ext: Option<String>,
    pub permit_no_files: bool,
    /// Where the skip cache lives (`None`: no cache).
    pub cache_dir: Option<PathBuf>,
}

/// The `"lint"` section, read.
struct Section {
    rules: RulesConfig,
    report: Option<ReportKind>,
}

fn read_section(config: Option<&ConfigFile>) -> Result<Section> {
    let Some(value) = config.and_then(|c| c.section("lint")) else {
        return Ok(Section {
            rules: RulesConfig::default(),
            report: None,
        });
    };
    let path = config
        .map(|c| c.path.display().to_string())
        .unwrap_or_default();
    let Some(map) = value.as_object() else {
        bail!("the \"lint\" configuration in {path} must be an object")
    };
    for key in map.keys() {
        match key.as_str() {
            "rules" | "include" | "exclude" | "report" => {}
            "files" => eprintln!(
                "Warning: \"files\" configuration in \"lint\" was removed in Deno 2, use \"include\" and \"exclude\" instead."
            ),
            "plugins" => {
                if map["plugins"].as_array().is_some_and(|p| !p.is_empty()) {
                    bail!("lint plugins (\"lint.plugins\" in {path}) are not supported by x yet");
                }
            }
            other => bail!("unknown field `{other}` in the \"lint\" configuration in {path}"),
        }
    }
    let rules = RulesConfig::from_json(map.get("rules")).with_context(|| format!("in {path}"))?;
    let report = match map.get("report") {
        None | Some(Value::Null) => None,
        Some(Value::String(kind)) => Some(ReportKind::from_config(kind)?),
        Some(other) => bail!("\"lint.report\" in {path} must be a string, found {other}"),
    };
    Ok(Section { rules, report })
}

impl LintRun {
    /// The rules this run uses.
    pub fn rules(&self) -> Result<Vec<Box<dyn LintRule>>> {
        let section = read_section(self.config.as_ref())?;
        let config = self.rules.clone().or(&section.rules);
        let is_package = self
            .config
            .as_ref()
            .is_some_and(|c| c.json.get("name").is_some() && c.json.get("exports").is_some());
        Ok(select(
            &config,
            &default_tags(self.config.is_some(), is_package),
        ))
    }

    fn report_kind(&self) -> Result<ReportKind> {
        Ok(match self.report {
            Some(kind) => kind,
            None => read_section(self.config.as_ref())?
                .report
                .unwrap_or_default(),
        })
    }

    fn linter(&self, documents: &Documents) -> Result<(Linter, String)> {
        let rules = self.rules()?;
        if rules.is_empty() {
            bail!("No rules have been configured");
        }
        let codes: Vec<&str> = rules.iter().map(|r| r.code()).collect();
        let jsx = jsx_factories(
            self.config
                .as_ref()
                .and_then(|c| c.json.get("compilerOptions")),
        );
        let settings = format!("x {} lint {codes:?} {jsx:?}", env!("CARGO_PKG_VERSION"));
        Ok((Linter::new(rules, jsx, documents.clone()), settings))
    }
}

/// What linting one file gave.
#[derive(Default)]
struct Outcome {
    diagnostics: Vec<LintDiagnostic>,
    /// Recoverable syntax errors and `--fix` notes, printed as warnings.
    warnings: Vec<String>,
    /// The file could not be linted.
    error: Option<String>,
    /// Not read: binary or not UTF-8.
    skipped: Option<String>,
}

/// One problem a run found, for callers that report it themselves (`x ci`'s JUnit).
#[derive(Debug, Clone)]
pub struct LintProblem {
    pub path: PathBuf,
    /// 1-based line and column; `None` for a file that could not be linted.
    pub position: Option<(usize, usize)>,
    /// The rule's code, or `"error"`.
    pub code: String,
    pub message: String,
}

/// What a run found.
#[derive(Debug, Default)]
pub struct LintReport {
    /// Every file the run looked at, in path order.
    pub files: Vec<PathBuf>,
    /// Files read as code (not skipped as binary or not UTF-8).
    pub checked: usize,
    pub problems: Vec<LintProblem>,
}

/// Lints the files the run names; returns the exit code (1 when anything was found).
pub fn run(run: &LintRun, documents: Documents, progress: &dyn Progress) -> Result<u8> {
    let report = check(run, documents, progress)?;
    Ok(u8::from(!report.problems.is_empty()))
}

/// [`run`] returning what it found: prints what `x lint` prints and returns the problems.
/// No files is an error unless `permit_no_files`.
pub fn check(run: &LintRun, documents: Documents, progress: &dyn Progress) -> Result<LintReport> {
    let report = run.report_kind()?;
    let (linter, settings) = run.linter(&documents)?;
    let patterns = FilePatterns::for_tool(
        run.config.as_ref(),
        "lint",
        &run.cwd,
        &run.paths,
        &run.ignore,
    )?;
    let files = patterns.collect(|path| match path.extension().and_then(|e| e.to_str()) {
        Some(ext) => matches!(
            ext,
            "ts" | "tsx" | "js" | "jsx" | "mjs" | "mts" | "cjs" | "cts"
        ),
        None => run.ext.is_some(),
    });
    if files.is_empty() {
        if run.permit_no_files {
            return Ok(LintReport::default());
        }
        bail!("No target files found.");
    }
    let cache = match &run.cache_dir {
        Some(dir) => SkipCache::load(dir, "lint", hash_bytes(settings.as_bytes())),
        None => SkipCache::disabled(),
    };
    let mut reporter = report.reporter();
    let mut problems = Vec::new();
    let mut skipped = 0;

    progress.start(files.len());
    let work = |path: &PathBuf| lint_one(path, run, &linter, &documents, &cache);
    let emit = |index: usize, outcome: Outcome| {
        let path = files[index].to_string_lossy();
        progress.advance();
        progress.suspend(&mut || {
            if let Some(why) = &outcome.skipped {
                skipped += 1;
                eprintln!("{}: {why}; skipped: {path}", colors::yellow("Warning"));
            }
            for warning in &outcome.warnings {
                eprintln!("{}: {warning}", colors::yellow("warn"));
            }
            if let Some(message) = &outcome.error {
                reporter.error(&path, message);
            }
            for d in &outcome.diagnostics {
                reporter.diagnostic(d);
            }
        });
        if let Some(message) = outcome.error {
            problems.push(LintProblem {
                path: files[index].clone(),
                position: None,
                code: "error".to_string(),
                message,
            });
        }
        problems.extend(outcome.diagnostics.iter().map(|d| LintProblem {
            path: files[index].clone(),
            position: d.range.as_ref().map(|r| {
                let at = r.text_info.line_and_column_display(r.range.start);
                (at.line_number, at.column_number)
            }),
            code: d.code().to_string(),
            message: d.message().to_string(),
        }));
    };
    for_each_ordered(&files, work, emit);
    progress.finish();
    cache.save();
    // Like `x fmt`, the count is of the files read as code, not of the skipped ones.
    reporter.close(files.len() - skipped);
    Ok(LintReport {
        checked: files.len() - skipped,
        files,
        problems,
    })
}

fn lint_one(
    path: &std::path::Path,
    run: &LintRun,
    linter: &Linter,
    documents: &Documents,
    cache: &SkipCache,
) -> Outcome {
    let mut outcome = Outcome::default();
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            outcome.error = Some(format!("cannot read {}: {e}", path.display()));
            return outcome;
        }
    };
    if bytes.contains(&0) {
        outcome.skipped = Some("binary file".to_string());
        return outcome;
    }
    let Ok(text) = String::from_utf8(bytes) else {
        outcome.skipped = Some("not valid UTF-8".to_string());
        return outcome;
    };
    let text = deno_ast::strip_bom(text);
    let content_hash = hash_bytes(text.as_bytes());
    if cache.is_clean(path, content_hash) {
        return outcome;
    }
    let Ok(specifier) = Url::from_file_path(path) else {
        outcome.error = Some(format!("{} is not an absolute path", path.display()));
        return outcome;
    };
    let media_type = media_type_for(path, run.ext.as_deref());
    let text: Arc<str> = Arc::from(text);
    let result = if run.fix {
        linter.lint_and_fix(&specifier, media_type, text).and_then(|fixed| {
            if let Some(new_text) = &fixed.text {
                write_atomically(path, new_text).context("Failed writing fix to file.")?;
            }
            if fixed.unsettled {
                outcome.warnings.push(format!(
                    "Reached maximum number of fix iterations for '{specifier}'. There's probably a bug in the lint rule. Please fix this file manually."
                ));
            }
            Ok((fixed.parsed, fixed.diagnostics))
        })
    } else {
        linter.lint(&specifier, media_type, text)
    };
    documents.close(&specifier);
    match result {
        Ok((parsed, diagnostics)) => {
            outcome
                .warnings
                .extend(parsed.diagnostics().iter().map(|d| d.to_string()));
            if diagnostics.is_empty() {
                cache.mark_clean(path, hash_bytes(parsed.text().as_bytes()));
            } else {
                cache.mark_dirty(path);
            }
            outcome.diagnostics = diagnostics;
        }
        Err(error) => {
            cache.mark_dirty(path);
            outcome.error = Some(format!("{error:#}"));
        }
    }
    outcome
}

/// Writes through a temp file in the same folder, so the file is never half-written.
fn write_atomically(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(std::path::Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.x-fix-{}", std::process::id()));
    std::fs::write(&temp, text)?;
    if let Ok(metadata) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(&temp, metadata.permissions());
    }
    std::fs::rename(&temp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })
}

/// `x lint -`: lints standard input (as TypeScript, or `--ext`).
pub fn run_stdin(run: &LintRun, documents: Documents, input: &[u8]) -> Result<u8> {
    let report = run.report_kind()?;
    let (linter, _) = run.linter(&documents)?;
    let text = String::from_utf8(input.to_vec()).context("standard input is not valid UTF-8")?;
    let mut path = run.cwd.join("$x$stdin.mts");
    if let Some(ext) = &run.ext {
        path.set_extension(ext);
    }
    let specifier = Url::from_file_path(&path)
        .map_err(|_| anyhow::anyhow!("the current folder is not an absolute path"))?;
    let media_type = media_type_for(&path, None);
    let mut reporter = report.reporter();
    let found = match linter.lint(&specifier, media_type, Arc::from(deno_ast::strip_bom(text))) {
        Ok((parsed, diagnostics)) => {
            for d in parsed.diagnostics() {
                eprintln!("{}: {d}", colors::yellow("warn"));
            }
            for d in &diagnostics {
                reporter.diagnostic(d);
            }
            !diagnostics.is_empty()
        }
        Err(error) => {
            reporter.error(&path.to_string_lossy(), &format!("{error:#}"));
            true
        }
    };
    reporter.close(1);
    Ok(u8::from(found))
}

/// `x lint --rules`: the rules with their docs links, ✓ on those this project runs.
pub fn print_rules(run: &LintRun, json: bool) -> Result<u8> {
    print!("{}", crate::rules::list(&run.rules()?, json));
    Ok(0)
}
