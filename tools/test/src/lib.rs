//! `x test`: a Deno-compatible test runner.
//!
//! A run: find the test files (`collect.rs`), keep this shard's share (`shard.rs`) -
//! before any module is loaded -, build their graph once (`x_graph`: each module parsed
//! and transpiled once for all files), make one pristine test runtime (`x_worker`'s
//! `TestRuntime`, with `Deno.test` from `x_ext_testing`), then fork a process per file
//! from it (`pool.rs`, which explains why) and run the files `--jobs` at a time. Each
//! process evaluates its file and runs its tests (`child.rs`), telling the parent what
//! happens as JSON lines (`event.rs`); the parent orders it per file, retries, stops
//! early (`runner.rs`) and feeds the reporters (`reporters/`). `--watch` (`watch.rs`)
//! re-runs the files whose module graph holds a changed file; `--doc` (`doc.rs`) turns
//! code blocks of JSDoc comments and Markdown files into tests.
//!
//! Clients: the CLI's `test` command (`cli/src/commands/test.rs`).

mod child;
pub mod collect;
mod doc;
mod event;
pub mod filter;
mod format;
mod leaks;
mod pool;
pub mod reporters;
mod runner;
pub mod shard;
mod watch;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use url::Url;
use x_graph::Graph;
use x_worker::{TestRuntime, TestRuntimeOptions};

pub use collect::CollectOptions;
pub use filter::TestFilter;
pub use format::strip_ansi;
pub use shard::Shard;

use child::FileJob;
use reporters::junit::JunitTarget;
pub use reporters::Summary;
use reporters::{
    CompoundReporter, DotReporter, JsonReporter, JunitReporter, PrettyReporter, Reporter,
    TapReporter,
};
use runner::{RunSettings, Runner};

/// Which reporter writes to standard output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReporterKind {
    #[default]
    Pretty,
    Dot,
    Tap,
    Junit,
    Json,
}

/// Makes the run's module graph (the CLI knows the flags and the config file). Called
/// once per run, on the run's thread.
pub type GraphFactory = Arc<dyn Fn() -> Result<Graph> + Send + Sync>;

/// Everything `x test` was asked to do.
#[derive(Clone)]
pub struct TestOptions {
    pub cwd: PathBuf,
    pub collect: CollectOptions,
    pub doc: bool,
    pub filter: TestFilter,
    /// Files at the same time (1 unless `--parallel`/`--jobs`).
    pub jobs: usize,
    pub shard: Option<Shard>,
    pub shard_timings: Option<PathBuf>,
    pub reporter: ReporterKind,
    pub junit_path: Option<PathBuf>,
    /// `--coverage=DIR`: instrument the modules under test and write their counts here.
    pub coverage: Option<PathBuf>,
    /// `--coverage-threshold=N`: fail when line coverage is below N percent.
    pub coverage_threshold: Option<f64>,
    /// Hand the JUnit suites over here instead of writing them (`x ci`).
    pub junit_sink: Option<Arc<std::sync::Mutex<Vec<reporters::junit::Suite>>>>,
    /// Stop after this many failures.
    pub fail_fast: Option<usize>,
    pub shuffle: Option<u64>,
    pub retry: u32,
    pub permit_no_files: bool,
    pub trace_leaks: bool,
    pub sanitize_ops: bool,
    pub sanitize_resources: bool,
    pub watch: bool,
    /// Colors on standard output (a terminal, and `NO_COLOR` unset).
    pub colors: bool,
    pub graph: GraphFactory,
    pub permissions: x_permissions::PermissionsContainer,
}

/// What a run leaves for the next one (`--watch`).
pub(crate) struct RunReport {
    pub summary: Summary,
    /// Each file the run tested, with the local files its module graph holds.
    pub dependencies: HashMap<PathBuf, BTreeSet<PathBuf>>,
    /// `--coverage-threshold` was not reached.
    pub coverage_failed: bool,
}

/// Runs the tests once (no `--watch`) and returns the exit code with the counts, for
/// callers that summarise the run themselves (`x ci`); `None` when there was no file to
/// test (with `permit_no_files`).
pub fn run_summarized(options: TestOptions) -> Result<Option<(u8, Summary)>> {
    on_test_thread(move || {
        run_once(&options, None).map(|report| {
            if report.dependencies.is_empty() {
                return None;
            }
            let summary = report.summary.clone();
            Some((exit_code(report), summary))
        })
    })
}

/// Runs the tests; the process's exit code (0 only when every selected test passed).
pub fn run(options: TestOptions) -> Result<u8> {
    on_test_thread(move || {
        if options.watch {
            watch::run(&options)
        } else {
            run_once(&options, None).map(exit_code)
        }
    })
}

/// Runs `work` on a thread of its own: the test runtime is made there, and the processes
/// forked from it must not inherit an async runtime's context (the CLI's).
fn on_test_thread<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    let thread = std::thread::Builder::new()
        .name("x-test".into())
        .stack_size(16 * 1024 * 1024)
        .spawn(work)
        .context("cannot start the test thread")?;
    match thread.join() {
        Ok(result) => result,
        Err(_) => bail!("the test runner panicked"),
    }
}

fn exit_code(report: RunReport) -> u8 {
    if report.coverage_failed {
        return 1;
    }
    let summary = &report.summary;
    if summary.has_failed() {
        eprintln!("{}: Test failed", error_label());
        return 1;
    }
    if summary.used_only {
        eprintln!(
            "{}: Test failed because the \"only\" option was used",
            error_label()
        );
        return 1;
    }
    0
}

fn error_label() -> &'static str {
    if x_worker::stderr_colors() {
        "\x1b[1;31merror\x1b[0m"
    } else {
        "error"
    }
}

/// The files a run tests (test files, and with `--doc` the doc sources), this shard's.
pub(crate) fn select_files(options: &TestOptions) -> Result<Vec<PathBuf>> {
    let mut files = collect::collect(&options.collect, collect::is_test_file_name);
    if options.doc {
        files.extend(collect::collect(
            &options.collect,
            collect::is_doc_source_name,
        ));
        files.sort();
        files.dedup();
    }
    if let Some(shard) = options.shard {
        let timings = match &options.shard_timings {
            Some(path) => Some(shard::read_timings(path, &options.cwd)?),
            None => None,
        };
        files = shard::select(&files, shard, timings.as_ref());
    }
    Ok(files)
}

/// One run over `only` (a `--watch` re-run) or every selected file.
pub(crate) fn run_once(
    options: &TestOptions,
    only: Option<&BTreeSet<PathBuf>>,
) -> Result<RunReport> {
    let started = Instant::now();
    let mut files = select_files(options)?;
    if let Some(only) = only {
        files.retain(|f| only.contains(f));
    }
    if files.is_empty() {
        if options.permit_no_files || options.watch {
            return Ok(RunReport {
                summary: Summary::default(),
                dependencies: HashMap::new(),
                coverage_failed: false,
            });
        }
        bail!("No test modules found");
    }
    let cwd_url = Url::from_directory_path(&options.cwd)
        .map_err(|_| anyhow::anyhow!("bad working directory"))?;
    let tokio = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("an async runtime")?;
    let graph = (options.graph)()?;
    if let Some(dir) = &options.coverage {
        x_coverage::clean(dir)?;
        graph.set_instrument(std::rc::Rc::new(x_coverage::Instrumenter::new(
            dir.clone(),
            covers,
        )));
    }

    // The modules to run: the test files, and with --doc the code blocks of the doc sources.
    let mut modules: Vec<(Url, PathBuf)> = Vec::new();
    for file in &files {
        let url = Url::from_file_path(file)
            .map_err(|_| anyhow::anyhow!("bad path {}", file.display()))?;
        if collect::is_test_file_name(&file_name(file)) || !options.doc {
            modules.push((url, file.clone()));
        }
    }
    if options.doc {
        for (url, source) in doc::extract(&graph, &tokio, &files)? {
            modules.push((url, source));
        }
        modules.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
    }
    if let Some(seed) = options.shuffle {
        format::shuffle(&mut modules, seed);
    }

    let roots: Vec<Url> = modules.iter().map(|(u, _)| u.clone()).collect();
    let built = tokio.block_on(graph.add_roots(roots.clone(), false));
    let module_graph = graph.module_graph();
    let mut load_errors: HashMap<Url, String> = HashMap::new();
    if built.is_err() {
        for root in &roots {
            let result = module_graph
                .walk(
                    std::iter::once(root),
                    x_graph::deno_graph::WalkOptions {
                        check_js: x_graph::deno_graph::CheckJsOption::True,
                        kind: x_graph::deno_graph::GraphKind::CodeOnly,
                        follow_dynamic: false,
                        prefer_fast_check_graph: false,
                    },
                )
                .validate();
            if let Err(error) = result {
                load_errors.insert(root.clone(), error.to_string_with_range());
            }
        }
    }
    // Transpile every module once here: the forked processes inherit the results.
    for module in module_graph.modules() {
        if matches!(
            module,
            x_graph::deno_graph::Module::Js(_) | x_graph::deno_graph::Module::Json(_)
        ) {
            let _ = graph.emit(module.specifier());
        }
    }

    let mut testing =
        x_ext_testing::TestingState::new(options.sanitize_ops, options.sanitize_resources);
    testing.trace_leaks = options.trace_leaks;
    let mut template = TestRuntime::new(TestRuntimeOptions {
        graph: graph.clone(),
        permissions: options.permissions.clone(),
        testing,
    });

    let mut reporter = make_reporter(options);
    let jobs: Vec<FileJob> = modules
        .iter()
        .map(|(url, _)| FileJob {
            specifier: url.clone(),
            filter: options.filter.clone(),
            shuffle: options.shuffle,
            only_names: None,
            colors: options.colors,
            fail_fast: options.fail_fast,
            coverage: options.coverage.clone(),
        })
        .collect();
    let settings = RunSettings {
        cwd: cwd_url,
        concurrency: options.jobs,
        fail_fast: options.fail_fast,
        retry: options.retry,
        colors: options.colors,
    };
    let concurrency = settings.concurrency;
    let mut runner = Runner::new(settings, jobs, reporter.as_mut());
    for (index, (url, _)) in modules.iter().enumerate() {
        if let Some(message) = load_errors.get(url) {
            runner.fail_file(index, message.clone());
        }
    }
    pool::run(&mut template, concurrency, &mut runner).context("running the test files")?;
    runner.finish(started.elapsed().as_micros() as u64)?;
    let summary = runner.summary.clone();

    let mut dependencies = HashMap::new();
    for (url, source) in &modules {
        dependencies
            .entry(source.clone())
            .or_insert_with(BTreeSet::new)
            .extend(local_dependencies(&graph, url));
    }
    let coverage_failed = match &options.coverage {
        Some(dir) => report_coverage(dir, options)?,
        None => false,
    };
    Ok(RunReport {
        summary,
        dependencies,
        coverage_failed,
    })
}

/// Prints the coverage summary of the run; whether it is below `--coverage-threshold`.
fn report_coverage(dir: &Path, options: &TestOptions) -> Result<bool> {
    let coverage = x_coverage::Coverage::load(dir)?;
    let files = x_coverage::report::files(&coverage);
    reporters::stdout_write(x_coverage::report::summary(&files, &options.cwd).as_bytes());
    let total = x_coverage::report::total_line_percent(&files);
    match options.coverage_threshold {
        Some(threshold) if total < threshold => {
            eprintln!(
                "{}: line coverage {total:.1}% is below the threshold of {threshold}%",
                error_label()
            );
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Whether `x test --coverage` counts a module: local files that are not tests.
fn covers(url: &Url) -> bool {
    url.scheme() == "file"
        && !url.path().contains("/node_modules/")
        && !url.path().contains('$')
        && !collect::is_test_file_name(url.path().rsplit('/').next().unwrap_or_default())
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The local files in `root`'s module graph (itself included).
fn local_dependencies(graph: &Graph, root: &Url) -> BTreeSet<PathBuf> {
    let module_graph = graph.module_graph();
    let mut out = BTreeSet::new();
    let walk = module_graph.walk(
        std::iter::once(root),
        x_graph::deno_graph::WalkOptions {
            check_js: x_graph::deno_graph::CheckJsOption::True,
            kind: x_graph::deno_graph::GraphKind::CodeOnly,
            follow_dynamic: true,
            prefer_fast_check_graph: false,
        },
    );
    for (specifier, _) in walk {
        if specifier.scheme() == "file" {
            if let Ok(path) = specifier.to_file_path() {
                // A doc snippet's module is named after its source: `mod.ts$3-9.ts`.
                let path = match path.to_string_lossy().split_once('$') {
                    Some((source, _)) => PathBuf::from(source),
                    None => path,
                };
                out.insert(path);
            }
        }
    }
    out
}

fn make_reporter(options: &TestOptions) -> Box<dyn Reporter> {
    let filter = options.filter.is_active();
    let junit = |target: JunitTarget| -> Box<dyn Reporter> {
        Box::new(JunitReporter::new(target, Vec::new()))
    };
    let file = options
        .junit_path
        .as_ref()
        .map(|path| JunitTarget::File(options.cwd.join(path)))
        .or_else(|| options.junit_sink.clone().map(JunitTarget::Sink));
    let main: Box<dyn Reporter> = match options.reporter {
        ReporterKind::Pretty => Box::new(PrettyReporter::new(options.colors, filter)),
        ReporterKind::Dot => Box::new(DotReporter::new(options.colors)),
        ReporterKind::Tap => Box::new(TapReporter::new()),
        ReporterKind::Json => Box::new(JsonReporter::new()),
        ReporterKind::Junit => junit(JunitTarget::Stdout),
    };
    match file {
        Some(target) => Box::new(CompoundReporter::new(vec![main, junit(target)])),
        None => main,
    }
}
