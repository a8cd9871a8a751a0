//! One test file, in the process forked for it: evaluate the module on the pristine test
//! runtime, pick the tests to run (`only`, `--filter`, retries), run them one by one with
//! the sanitizers around them, and tell the parent everything as JSON lines.
//!
//! The process's stdout and stderr are a pipe to the parent, which prints the output
//! between the right lines: before each event is written, what the program printed is
//! flushed, so the parent finds it in the output pipe first.

use std::cell::{Cell, RefCell};
use std::future::{poll_fn, Future};
use std::io::Write;
use std::rc::Rc;
use std::task::Poll;
use std::time::{Duration, Instant};

use deno_core::error::{CoreError, CoreErrorKind, JsError};
use deno_core::stats::{RuntimeActivityStats, RuntimeActivityStatsFilter};
use deno_core::{v8, JsRuntime, PollEventLoopOptions};
use x_ext_testing::{Outcome, RegisteredTest, StepDescription, TestHost, TestingState};
use x_worker::{ModuleError, TestRuntime};

use crate::event::{Event, Failure, StepResult, TestDescription, TestResult};
use crate::filter::TestFilter;
use crate::format::{format_error, shuffle};

/// What the parent asks of one file's process.
#[derive(Debug, Clone)]
pub struct FileJob {
    pub specifier: url::Url,
    pub filter: TestFilter,
    /// Shuffle the file's tests with this seed.
    pub shuffle: Option<u64>,
    /// Run only the tests of these names (a retry).
    pub only_names: Option<Vec<String>>,
    /// Whether errors are formatted with colors.
    pub colors: bool,
    /// `--fail-fast=N`: stop the file after N failures (the parent stops the run).
    pub fail_fast: Option<usize>,
    /// `--coverage=DIR`: write the file's coverage counts there when it is done.
    pub coverage: Option<std::path::PathBuf>,
}

/// Writes events to the parent, flushing the program's output first.
struct EventWriter {
    file: std::fs::File,
}

impl EventWriter {
    fn send(&mut self, event: &Event) {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
        let mut line = crate::pool::EVENT_MARK.to_vec();
        serde_json::to_writer(&mut line, event).expect("events serialize");
        line.push(b'\n');
        // One write per event: the parent never sees half a line followed by output.
        let _ = self.file.write_all(&line);
    }
}

/// The child's side of the testing extension: step events go out as they happen; an
/// uncaught error charged to the running test waits for that test's result.
struct Host {
    writer: RefCell<EventWriter>,
    colors: bool,
    running: Cell<Option<u32>>,
    /// The module's own code threw before its tests were planned: they do not run.
    module_failed: Cell<bool>,
    planned: Cell<bool>,
    charged: RefCell<Vec<Failure>>,
}

impl Host {
    fn send(&self, event: &Event) {
        self.writer.borrow_mut().send(event);
    }

    fn failure(&self, outcome_failure: x_ext_testing::Failure) -> Failure {
        use x_ext_testing::Failure as F;
        match outcome_failure {
            F::Error(error) => error_failure(&error, self.colors, false),
            F::FailedSteps(count) => Failure::FailedSteps { count },
            F::IncompleteSteps => Failure::IncompleteSteps,
            F::Incomplete => Failure::Incomplete,
            F::OverlapsWithSanitizers(names) => Failure::OverlapsWithSanitizers { names },
            F::HasSanitizersAndOverlaps(names) => Failure::HasSanitizersAndOverlaps { names },
        }
    }
}

impl TestHost for Host {
    fn step_register(&self, step: StepDescription) {
        self.send(&Event::StepRegister { step });
    }

    fn step_wait(&self, id: u32) {
        self.send(&Event::StepWait { id });
    }

    fn step_result(&self, id: u32, outcome: Outcome, elapsed_ms: u64) {
        let result = match outcome {
            Outcome::Ok => StepResult::Ok,
            Outcome::Ignored => StepResult::Ignored,
            Outcome::Failed(failure) => StepResult::Failed {
                failure: self.failure(failure),
            },
        };
        self.send(&Event::StepResult {
            id,
            result,
            elapsed_us: elapsed_ms * 1000,
        });
    }

    fn uncaught(&self, culprit: Option<u32>, error: Box<JsError>, in_promise: bool) {
        let failure = error_failure(&error, self.colors, in_promise);
        if culprit.is_some() && culprit == self.running.get() {
            self.charged.borrow_mut().push(failure);
            return;
        }
        let Failure::Error { message, overview } = failure else {
            return;
        };
        if culprit.is_none() && !self.planned.get() {
            self.module_failed.set(true);
        }
        self.send(&Event::Uncaught {
            culprit,
            message,
            overview,
        });
    }
}

/// A thrown value as a failure: the report after `error: `, trimmed of the frames of the
/// runtime's own code below the test's code (as Deno trims them).
pub(crate) fn error_failure(error: &JsError, colors: bool, in_promise: bool) -> Failure {
    let mut error = error.clone();
    abbreviate(&mut error);
    let mut message = error
        .exception_message
        .trim_start_matches("Uncaught ")
        .to_string();
    if in_promise && !message.starts_with("(in promise) ") {
        message = format!("(in promise) {message}");
    }
    error.exception_message = message;
    let overview = error
        .exception_message
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    Failure::Error {
        message: format_error(&error, colors),
        overview,
    }
}

/// Drops the test harness's frames and the runtime's frames (`ext:`) that come after the
/// last frame of user code.
fn abbreviate(error: &mut JsError) {
    let is_internal = |f: &deno_core::error::JsStackFrame| {
        f.file_name
            .as_deref()
            .is_some_and(|name| name.starts_with("ext:") || name.starts_with("[ext:"))
    };
    // The test harness's frames: from the first one below user code on, everything is
    // the runner calling the test; above user code (`Deno.exit`'s guard), they are noise.
    let harness = |f: &deno_core::error::JsStackFrame| {
        f.file_name
            .as_deref()
            .is_some_and(|name| name.starts_with("ext:x_ext_testing/"))
    };
    let first_user = error.frames.iter().position(|f| !is_internal(f));
    if let Some(first_user) = first_user {
        if let Some(cut) = error.frames[first_user..].iter().position(harness) {
            error.frames.truncate(first_user + cut);
        }
    }
    error.frames.retain(|f| !harness(f));
    if error.frames.iter().any(|f| !is_internal(f)) {
        while error.frames.last().is_some_and(is_internal) {
            error.frames.pop();
        }
    }
    if let Some(cause) = error.cause.as_mut() {
        abbreviate(cause);
    }
    if let Some(aggregated) = error.aggregated.as_mut() {
        aggregated.iter_mut().for_each(abbreviate);
    }
}

fn core_error_failure(error: CoreError, colors: bool) -> Failure {
    match *error.0 {
        CoreErrorKind::Js(js_error) => error_failure(&js_error, colors, false),
        CoreErrorKind::PendingPromiseResolution => {
            let message =
                "Promise resolution is still pending but the event loop has already resolved.";
            Failure::Error {
                message: message.into(),
                overview: "Promise resolution is still pending".into(),
            }
        }
        other => {
            let message = CoreError(Box::new(other)).print_with_cause();
            Failure::Error {
                overview: message.lines().next().unwrap_or_default().to_string(),
                message,
            }
        }
    }
}

/// Runs `job` on `runtime` (this process's own copy of the pristine runtime), writing
/// events to `events`. Returns when everything has been reported.
pub fn run_file(runtime: &mut TestRuntime, job: &FileJob, events: std::fs::File) {
    let host = Rc::new(Host {
        writer: RefCell::new(EventWriter { file: events }),
        colors: job.colors,
        running: Cell::new(None),
        module_failed: Cell::new(false),
        planned: Cell::new(false),
        charged: RefCell::new(Vec::new()),
    });
    {
        let state = runtime.js_runtime().op_state();
        let mut state = state.borrow_mut();
        let testing = state.borrow_mut::<TestingState>();
        testing.origin = job.specifier.to_string();
        testing.host = Some(host.clone() as Rc<dyn TestHost>);
    }
    let tokio = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a single-threaded async runtime");
    tokio.block_on(async {
        if let Err(error) = runtime.evaluate_module(&job.specifier).await {
            let failure = match error {
                ModuleError::Js(error) => error_failure(&error, job.colors, false),
                ModuleError::Load(message) => Failure::Error {
                    overview: message.lines().next().unwrap_or_default().to_string(),
                    message,
                },
            };
            if let Failure::Error { message, overview } = failure {
                host.send(&Event::Uncaught {
                    culprit: None,
                    message,
                    overview,
                });
            }
        } else {
            // A throw at the module's top level arrives as an unhandled rejection (as in
            // Deno): one turn of the event loop delivers it before the tests are planned.
            if let Err(error) = poll_once(runtime.js_runtime()).await {
                if let Failure::Error { message, overview } = core_error_failure(error, job.colors)
                {
                    host.send(&Event::Uncaught {
                        culprit: None,
                        message,
                        overview,
                    });
                }
                host.module_failed.set(true);
            }
            if !host.module_failed.get() {
                run_tests(runtime.js_runtime(), job, &host).await;
            }
        }
    });
    if let Some(dir) = &job.coverage {
        if let Err(error) = write_coverage(runtime.js_runtime(), dir) {
            eprintln!(
                "warning: coverage of {} not written: {error:#}",
                job.specifier
            );
        }
    }
    host.send(&Event::Done);
}

/// Writes the counters of the instrumented modules this process ran.
fn write_coverage(runtime: &mut JsRuntime, dir: &std::path::Path) -> anyhow::Result<()> {
    let value = runtime
        .execute_script("ext:x_test/coverage", x_coverage::COLLECT_SCRIPT)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let json = {
        deno_core::scope!(scope, runtime);
        v8::Local::new(scope, value).to_rust_string_lossy(scope)
    };
    x_coverage::write_hits_json(dir, &json)
}

async fn run_tests(runtime: &mut JsRuntime, job: &FileJob, host: &Rc<Host>) {
    let registered: Vec<RegisteredTest> = {
        let state = runtime.op_state();
        let mut state = state.borrow_mut();
        std::mem::take(&mut state.borrow_mut::<TestingState>().tests)
    };
    let used_only = registered.iter().any(|t| t.only);
    let total = registered.len();
    let mut selected: Vec<RegisteredTest> = registered
        .into_iter()
        .filter(|t| !used_only || t.only)
        .filter(|t| job.filter.matches(&t.name))
        .filter(|t| {
            job.only_names
                .as_ref()
                .is_none_or(|names| names.contains(&t.name))
        })
        .collect();
    let filtered_out = total - selected.len();
    if let Some(seed) = job.shuffle {
        shuffle(&mut selected, seed);
    }
    let tests = selected
        .iter()
        .map(|t| TestDescription {
            id: t.id,
            name: t.name.clone(),
            location: t.location.clone(),
            ignore: t.ignore,
            only: t.only,
        })
        .collect();
    host.planned.set(true);
    host.send(&Event::Plan {
        tests,
        filtered_out,
        used_only,
    });

    let first_to_run = selected.iter().position(|t| !t.ignore);
    let Some(first_to_run) = first_to_run else {
        for test in &selected {
            host.send(&Event::Wait { id: test.id });
            host.send(&Event::Result {
                id: test.id,
                result: TestResult::Ignored,
                elapsed_us: 0,
            });
        }
        return;
    };
    let hooks = selected[first_to_run].function.clone();
    if let Some(failure) = call_hook(runtime, &hooks, "beforeAll", job.colors).await {
        if let Failure::Error { message, overview } = failure {
            host.send(&Event::Uncaught {
                culprit: None,
                message,
                overview,
            });
        }
        return;
    }

    let mut failures = 0;
    for test in &selected {
        host.send(&Event::Wait { id: test.id });
        if test.ignore {
            host.send(&Event::Result {
                id: test.id,
                result: TestResult::Ignored,
                elapsed_us: 0,
            });
            continue;
        }
        let filter = sanitizer_filter(test);
        let before =
            (!filter.is_empty()).then(|| runtime.runtime_activity_stats_factory().capture(&filter));
        host.running.set(Some(test.id));
        let started = Instant::now();
        let call = call_test(runtime, &test.function);
        let called = runtime
            .with_event_loop_promise(Box::pin(call), PollEventLoopOptions::default())
            .await;
        let mut elapsed = started.elapsed();
        host.running.set(None);
        let reported = {
            let state = runtime.op_state();
            let mut state = state.borrow_mut();
            state.borrow_mut::<TestingState>().outcomes.remove(&test.id)
        };
        let mut result = match (called, reported) {
            (Err(error), _) => TestResult::Failed {
                failure: core_error_failure(error, job.colors),
            },
            (Ok(_), Some(Outcome::Ok)) => TestResult::Ok,
            (Ok(_), Some(Outcome::Ignored)) => TestResult::Ignored,
            (Ok(_), Some(Outcome::Failed(failure))) => TestResult::Failed {
                failure: host.failure(failure),
            },
            (Ok(_), None) => TestResult::Failed {
                failure: Failure::Error {
                    message: "The test did not report a result.".into(),
                    overview: "The test did not report a result".into(),
                },
            },
        };
        // An error a callback of this test threw takes precedence: it is usually why the
        // test hung or failed.
        let charged = std::mem::take(&mut *host.charged.borrow_mut());
        if let Some(first) = charged.into_iter().next() {
            result = TestResult::Failed { failure: first };
        }
        if let (Some(before), TestResult::Ok) = (&before, &result) {
            let sanitize_started = Instant::now();
            if let Some(failure) = sanitize(runtime, &filter, before).await {
                result = TestResult::Failed { failure };
            }
            elapsed += sanitize_started.elapsed();
        }
        let failed = matches!(result, TestResult::Failed { .. });
        host.send(&Event::Result {
            id: test.id,
            result,
            elapsed_us: elapsed.as_micros() as u64,
        });
        if failed {
            failures += 1;
            if job.fail_fast.is_some_and(|limit| failures >= limit) {
                return;
            }
        }
    }

    if let Some(Failure::Error { message, overview }) =
        call_hook(runtime, &hooks, "afterAll", job.colors).await
    {
        host.send(&Event::Uncaught {
            culprit: None,
            message,
            overview,
        });
    }
}

fn sanitizer_filter(test: &RegisteredTest) -> RuntimeActivityStatsFilter {
    let mut filter = RuntimeActivityStatsFilter::default();
    if test.sanitize_ops {
        filter = filter.with_ops().with_timers();
    }
    if test.sanitize_resources {
        filter = filter.with_resources();
    }
    filter
}

fn js_args(runtime: &mut JsRuntime, phase: &str) -> Vec<v8::Global<v8::Value>> {
    deno_core::scope!(scope, runtime);
    let value: v8::Local<v8::Value> = v8::String::new(scope, phase)
        .expect("a short string")
        .into();
    vec![v8::Global::new(scope, value)]
}

fn call_test(
    runtime: &mut JsRuntime,
    function: &v8::Global<v8::Function>,
) -> impl std::future::Future<Output = Result<v8::Global<v8::Value>, Box<JsError>>> {
    let args = js_args(runtime, "test");
    runtime.call_with_args(function, &args)
}

/// Runs the beforeAll or afterAll hooks (through any test's function); their error, if any.
async fn call_hook(
    runtime: &mut JsRuntime,
    function: &v8::Global<v8::Function>,
    phase: &str,
    colors: bool,
) -> Option<Failure> {
    let args = js_args(runtime, phase);
    let call = runtime.call_with_args(function, &args);
    match runtime
        .with_event_loop_promise(Box::pin(call), PollEventLoopOptions::default())
        .await
    {
        Err(error) => Some(core_error_failure(error, colors)),
        Ok(value) => {
            deno_core::scope!(scope, runtime);
            let value = v8::Local::new(scope, value);
            if value.is_null_or_undefined() {
                return None;
            }
            Some(error_failure(
                &JsError::from_v8_exception(scope, value),
                colors,
                false,
            ))
        }
    }
}

/// After a test that passed: what it left behind (ops still running, timers set,
/// resources open), once the event loop has had a moment to finish what was finishing.
async fn sanitize(
    runtime: &mut JsRuntime,
    filter: &RuntimeActivityStatsFilter,
    before: &RuntimeActivityStats,
) -> Option<Failure> {
    let mut diff = RuntimeActivityStats::diff(
        before,
        &runtime.runtime_activity_stats_factory().capture(filter),
    );
    // Like Deno: ops that complete right after the test (a resolved fetch body, a timer of
    // 0 ms cleared in a finally) get a few turns of the event loop before they count.
    for _ in 0..16 {
        if diff.is_empty() {
            return None;
        }
        spin_event_loop(runtime, Duration::from_millis(1)).await;
        diff = RuntimeActivityStats::diff(
            before,
            &runtime.runtime_activity_stats_factory().capture(filter),
        );
    }
    if diff.is_empty() {
        return None;
    }
    let (details, trailers) = crate::leaks::describe(diff);
    Some(Failure::Leaked { details, trailers })
}

/// Polls the event loop once; the error it ran into, if any.
async fn poll_once(runtime: &mut JsRuntime) -> Result<(), CoreError> {
    poll_fn(
        |cx| match runtime.poll_event_loop(cx, PollEventLoopOptions::default()) {
            Poll::Ready(Err(error)) => Poll::Ready(Err(error)),
            _ => Poll::Ready(Ok(())),
        },
    )
    .await
}

/// Polls the event loop for at most `duration` (errors are left for the next test).
async fn spin_event_loop(runtime: &mut JsRuntime, duration: Duration) {
    let deadline = tokio::time::sleep(duration);
    tokio::pin!(deadline);
    poll_fn(|cx| {
        if deadline.as_mut().poll(cx).is_ready() {
            return Poll::Ready(());
        }
        match runtime.poll_event_loop(cx, PollEventLoopOptions::default()) {
            Poll::Ready(_) => Poll::Ready(()),
            Poll::Pending => Poll::Pending,
        }
    })
    .await;
}
