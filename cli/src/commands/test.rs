//! `x test [PATHS...]`: turns the flags and the config file's `"test"` section into
//! `x_test::TestOptions` and runs the tests (see `tools/test`).

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result};
use x_config::files::FilePatterns;
use x_graph::deno_graph::GraphKind;
use x_graph::{Documents, ParseMode};
use x_test::{CollectOptions, ReporterKind, Shard, TestFilter, TestOptions};

use crate::args::{TestArgs, TestReporterArg};
use crate::factory;

pub fn test(args: TestArgs) -> Result<u8> {
    x_test::run(options(args, None)?)
}

/// The run `args` ask for. With `documents`, the run's graph parses through them (`x ci`:
/// the files `fmt` and `lint` parsed are not parsed again).
pub fn options(args: TestArgs, documents: Option<Documents>) -> Result<TestOptions> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let config = factory::config(&args.graph, &cwd)?;
    let permissions =
        factory::permissions(&args.permissions, &args.graph, &cwd, false, Some("test"))?;
    let patterns = FilePatterns::for_tool(
        config.as_ref(),
        "test",
        &cwd,
        &args.paths,
        &args.selection.ignore,
    )?;
    let roots: Vec<PathBuf> = args.paths.iter().map(|p| cwd.join(p)).collect();
    let explicit = roots.iter().filter(|p| p.is_file()).cloned().collect();

    let jobs = match (args.selection.jobs, args.selection.parallel) {
        (Some(n), _) => n as usize,
        (None, true) => std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        (None, false) => 1,
    };
    let shuffle = match args.shuffle.as_deref() {
        None => None,
        Some("") => Some(random_seed()),
        Some(text) => Some(
            text.parse::<u64>()
                .with_context(|| format!("--shuffle={text}: the seed must be a number"))?,
        ),
    };
    if let Some(seed) = shuffle {
        eprintln!("Shuffling test files and tests with --shuffle={seed}");
    }
    let colors = std::env::var_os("NO_COLOR").is_none()
        && std::io::IsTerminal::is_terminal(&std::io::stdout());
    let junit_path = match args.junit_path.as_deref() {
        None => None,
        // `--junit-path` without a file: JUnit on standard output.
        Some("-") => None,
        Some(path) => Some(PathBuf::from(path)),
    };
    let reporter = match (args.reporter, args.junit_path.as_deref()) {
        (TestReporterArg::Pretty, Some("-")) => ReporterKind::Junit,
        (TestReporterArg::Pretty, _) => ReporterKind::Pretty,
        (TestReporterArg::Dot, _) => ReporterKind::Dot,
        (TestReporterArg::Tap, _) => ReporterKind::Tap,
        (TestReporterArg::Junit, _) => ReporterKind::Junit,
        (TestReporterArg::Json, _) => ReporterKind::Json,
    };
    let graph_flags = args.graph.clone();
    let graph_cwd = cwd.clone();
    Ok(TestOptions {
        collect: CollectOptions {
            patterns,
            explicit,
            roots,
        },
        doc: args.doc,
        filter: TestFilter::parse(args.selection.filter.as_deref())?,
        jobs,
        shard: args
            .selection
            .shard
            .as_deref()
            .map(Shard::parse)
            .transpose()?,
        shard_timings: args.shard_timings.map(|p| cwd.join(p)),
        reporter,
        junit_path,
        fail_fast: args.fail_fast.map(|n| n as usize),
        shuffle,
        retry: args.retry,
        permit_no_files: args.permit_no_files,
        trace_leaks: args.trace_leaks,
        sanitize_ops: args.sanitize_ops,
        sanitize_resources: args.sanitize_resources,
        watch: args.watch,
        colors,
        junit_sink: None,
        coverage: args.coverage.map(|dir| cwd.join(dir)),
        coverage_threshold: args.coverage_threshold,
        graph: Arc::new(move || match &documents {
            Some(documents) => factory::graph_with_documents(
                &graph_flags,
                &graph_cwd,
                GraphKind::CodeOnly,
                documents.clone(),
            ),
            None => factory::graph(&graph_flags, &graph_cwd, ParseMode::Execute),
        }),
        permissions,
        cwd,
    })
}

/// A seed for `--shuffle` without one: the clock's nanoseconds and the process id.
fn random_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    (nanos as u64 ^ ((std::process::id() as u64) << 32)) % 10_000_000_000
}
