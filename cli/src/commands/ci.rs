//! `x ci [PATHS]`: `test`, `fmt --check`, `lint` and `doc --lint` (on the config's
//! `"exports"`), one after another in one process. The four share one set of documents that
//! keeps every parse (`Documents::keep_all`): the graphs of `test` and `doc` parse their
//! modules through them, and `fmt` and `lint` find those parses there (or make them, for
//! files no graph reached), so each file is read and parsed once (`X_LOG=graph` shows
//! the counts).
//! Each tool prints its own output under a heading; `x_ci` prints the summary and makes
//! the JUnit suites of `fmt`, `lint` and `doc`, written in one report with the test
//! run's suites at the end.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use x_ci::{Section, Verdict};
use x_config::ConfigFile;
use x_doc::DocOptions;
use x_fmt::{FmtOptions, FmtRun};
use x_graph::deno_graph::GraphKind;
use x_graph::Documents;
use x_lint::{LintRun, RulesConfig};
use x_test::reporters::junit::{JunitReporter, JunitTarget, Suite};

use crate::args::{CiArgs, TestArgs, TestReporterArg};
use crate::commands::{doc, test};
use crate::factory;
use crate::progress::{colors_for, Bar};

pub async fn ci(args: CiArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    deno_terminal::colors::set_use_color(colors_for(&std::io::stderr()));
    let config = factory::config(&args.graph, &cwd)?;
    let documents = Documents::detached();
    documents.keep_all();
    let cache_dir = (!args.no_cache).then(x_graph::default_cache_dir);
    let started_all = Instant::now();
    let mut sections = Vec::new();
    let mut suites: Vec<Suite> = Vec::new();

    // Tests first: the test runner forks a process per file from this one, and forking
    // is cheapest while the process is small, before the other tools have read the
    // whole project.
    x_ci::print_heading("test");
    let started = Instant::now();
    let test_suites = Arc::new(Mutex::new(Vec::new()));
    let verdict = match run_tests(&args, &documents, test_suites.clone()) {
        Ok(verdict) => verdict,
        Err(error) => failed(error),
    };
    sections.push(section("test", verdict, started));

    x_ci::print_heading("fmt --check");
    let started = Instant::now();
    let fmt_run = FmtRun {
        cwd: cwd.clone(),
        config: config.clone(),
        paths: args.paths.clone(),
        ignore: args.selection.ignore.clone(),
        flags: FmtOptions::default(),
        check: true,
        fail_fast: false,
        ext: None,
        permit_no_files: true,
        cache_dir: cache_dir.clone(),
    };
    let verdict = match x_fmt::check(&fmt_run, documents.clone(), &Bar::new("fmt")) {
        Ok(report) => {
            suites.push(x_ci::fmt_suite(&report, &cwd));
            let verdict = x_ci::fmt_verdict(&report);
            if let Verdict::Passed(text) | Verdict::Failed(text) = &verdict {
                eprintln!("{text}");
            }
            verdict
        }
        Err(error) => failed(error),
    };
    sections.push(section("fmt", verdict, started));

    x_ci::print_heading("lint");
    let started = Instant::now();
    let lint_run = LintRun {
        cwd: cwd.clone(),
        config: config.clone(),
        paths: args.paths.clone(),
        ignore: args.selection.ignore.clone(),
        rules: RulesConfig::default(),
        fix: false,
        report: None,
        ext: None,
        permit_no_files: true,
        cache_dir,
    };
    let verdict = match x_lint::check(&lint_run, documents.clone(), &Bar::new("lint")) {
        Ok(report) => {
            suites.push(x_ci::lint_suite(&report, &cwd));
            x_ci::lint_verdict(&report)
        }
        Err(error) => failed(error),
    };
    sections.push(section("lint", verdict, started));

    x_ci::print_heading("doc --lint");
    let started = Instant::now();
    let verdict = match doc_lint(&args, config.as_ref(), &cwd, &documents).await {
        Ok((verdict, suite)) => {
            suites.extend(suite);
            verdict
        }
        Err(error) => failed(error),
    };
    sections.push(section("doc", verdict, started));

    // One JUnit report: the checks, then the test files.
    suites.extend(std::mem::take(
        &mut *test_suites.lock().unwrap_or_else(|p| p.into_inner()),
    ));
    write_junit(&args, &cwd, suites, started_all.elapsed());
    documents.parse_stats().report_if_enabled();
    Ok(x_ci::print_summary(&sections))
}

/// `doc --lint` on the entry points the config file's `"exports"` names (a package's
/// public API); nothing to do without them.
async fn doc_lint(
    args: &CiArgs,
    config: Option<&ConfigFile>,
    cwd: &Path,
    documents: &Documents,
) -> Result<(Verdict, Option<Suite>)> {
    let Some(config) = config else {
        eprintln!("no config file, so no entry points to document");
        return Ok((Verdict::Skipped("no config file".into()), None));
    };
    let entries = config.exports()?;
    if entries.is_empty() {
        eprintln!(
            "no \"exports\" in {}, so no entry points to document",
            config.path.display()
        );
        return Ok((
            Verdict::Skipped("no \"exports\" in the config".into()),
            None,
        ));
    }
    let graph =
        factory::graph_with_documents(&args.graph, cwd, GraphKind::TypesOnly, documents.clone())?;
    let roots = doc::roots(&entries, config.dir(), &graph)?;
    doc::load(&graph, &roots).await?;
    // deno_doc writes types with the terminal's colors when they are on (see `x doc`).
    let colors = colors_for(&std::io::stderr());
    deno_terminal::colors::set_use_color(false);
    let documented = x_doc::document(
        &graph,
        &roots,
        DocOptions {
            private: false,
            lint: true,
        },
    );
    deno_terminal::colors::set_use_color(colors);
    let diagnostics = documented?.diagnostics;
    let suite = x_ci::doc_suite(&roots, &diagnostics, cwd);
    let entry_points = if roots.len() == 1 {
        "1 entry point".to_string()
    } else {
        format!("{} entry points", roots.len())
    };
    if diagnostics.is_empty() {
        eprintln!("Checked {entry_points}");
        return Ok((
            Verdict::Passed(format!("{entry_points} documented")),
            Some(suite),
        ));
    }
    eprint!("{}", x_doc::lint::render(&diagnostics));
    eprintln!("{}", x_doc::lint::summary(diagnostics.len()));
    let problems = diagnostics.len();
    Ok((
        Verdict::Failed(format!(
            "{problems} documentation problem{} in {entry_points}",
            if problems == 1 { "" } else { "s" }
        )),
        Some(suite),
    ))
}

/// Runs the tests; their JUnit suites go to `junit`.
fn run_tests(
    args: &CiArgs,
    documents: &Documents,
    junit: Arc<Mutex<Vec<Suite>>>,
) -> Result<Verdict> {
    let test_args = TestArgs {
        graph: args.graph.clone(),
        permissions: args.permissions.clone(),
        paths: args.paths.clone(),
        selection: args.selection.clone(),
        shard_timings: None,
        reporter: TestReporterArg::Pretty,
        junit_path: None,
        fail_fast: None,
        shuffle: None,
        retry: 0,
        permit_no_files: true,
        trace_leaks: false,
        sanitize_ops: false,
        sanitize_resources: false,
        watch: false,
        doc: false,
        coverage: None,
        coverage_threshold: None,
        no_check: false,
    };
    let mut options = test::options(test_args, Some(documents.clone()))?;
    options.junit_sink = Some(junit);
    let Some((code, summary)) = x_test::run_summarized(options)? else {
        eprintln!("No test modules found");
        return Ok(Verdict::Skipped("no test files".into()));
    };
    let counts = format!(
        "{} passed, {} failed{}",
        summary.passed,
        summary.failed,
        if summary.ignored > 0 {
            format!(", {} ignored", summary.ignored)
        } else {
            String::new()
        }
    );
    Ok(if code == 0 {
        Verdict::Passed(counts)
    } else {
        Verdict::Failed(counts)
    })
}

fn write_junit(args: &CiArgs, cwd: &Path, suites: Vec<Suite>, elapsed: Duration) {
    let target = match args.junit_path.as_deref() {
        None => return,
        Some("-") => JunitTarget::Stdout,
        Some(path) => JunitTarget::File(cwd.join(path)),
    };
    JunitReporter::new(target, suites)
        .named("x ci")
        .write(elapsed.as_micros() as u64);
}

fn failed(error: anyhow::Error) -> Verdict {
    eprintln!("error: {error:#}");
    Verdict::Failed(format!("error: {error:#}"))
}

fn section(tool: &'static str, verdict: Verdict, started: Instant) -> Section {
    Section {
        tool,
        verdict,
        elapsed: started.elapsed(),
    }
}
