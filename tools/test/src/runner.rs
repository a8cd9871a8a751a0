//! The parent's bookkeeping for one run: hands files to the process pool, keeps each
//! file's events in order, feeds the reporter one file at a time (the file started first
//! streams live, the others wait their turn, so parallel output stays grouped per file),
//! retries failed tests (`--retry`), stops early (`--fail-fast`), fills in what a process
//! that died could not say, and keeps the [`Summary`].

use std::collections::{HashMap, VecDeque};
use std::time::Instant;

use url::Url;

use crate::child::FileJob;
use crate::event::{Event, Failure, StepDescription, StepResult, TestResult};
use crate::format::Colors;
use crate::pool::{Exit, Scheduler};
use crate::reporters::{
    failure_title, uncaught_title, FailureEntry, FileReport, Reporter, ResultInfo, Summary,
};

/// One item of a file's log.
#[derive(Debug, Clone)]
enum Item {
    Event(Event),
    Output(Vec<u8>),
}

/// A test file of the run.
struct FileState {
    job: FileJob,
    report: FileReport,
    log: Vec<Item>,
    /// Items already given to the reporter.
    emitted: usize,
    /// No more items will come (including retries).
    finished: bool,
    started: Option<Instant>,
    elapsed_us: u64,
    /// Failed attempts so far, by test name.
    attempts: HashMap<String, u32>,
    /// Retries of this file still running or queued.
    retries_pending: usize,
    /// Per test name, the log segment of its latest retry attempt.
    retried: HashMap<String, Vec<Item>>,
}

/// A process's share of the work: a file, or a retry of some of its tests.
struct Slot {
    file: usize,
    retry: bool,
    log: Vec<Item>,
    got_done: bool,
    waiting: Option<u32>,
    planned: Vec<u32>,
    finished_tests: Vec<u32>,
}

/// What the run was asked to do, for the runner.
pub struct RunSettings {
    pub cwd: Url,
    pub concurrency: usize,
    pub fail_fast: Option<usize>,
    pub retry: u32,
    pub colors: bool,
}

pub struct Runner<'r> {
    settings: RunSettings,
    files: Vec<FileState>,
    slots: Vec<Slot>,
    queue: VecDeque<usize>,
    /// Retries waiting for a process (they go before new files).
    retry_queue: VecDeque<(usize, FileJob)>,
    /// The file the reporter is on (earlier files are all reported).
    head: usize,
    failures_seen: usize,
    stopping: bool,
    reporter: &'r mut dyn Reporter,
    pub summary: Summary,
}

impl<'r> Runner<'r> {
    pub fn new(
        settings: RunSettings,
        jobs: Vec<FileJob>,
        reporter: &'r mut dyn Reporter,
    ) -> Runner<'r> {
        let files: Vec<FileState> = jobs
            .into_iter()
            .map(|job| FileState {
                report: FileReport::new(job.specifier.clone(), &settings.cwd),
                job,
                log: Vec::new(),
                emitted: 0,
                finished: false,
                started: None,
                elapsed_us: 0,
                attempts: HashMap::new(),
                retries_pending: 0,
                retried: HashMap::new(),
            })
            .collect();
        let summary = Summary {
            files: files.len(),
            ..Default::default()
        };
        Runner {
            queue: (0..files.len()).collect(),
            retry_queue: VecDeque::new(),
            files,
            slots: Vec::new(),
            head: 0,
            failures_seen: 0,
            stopping: false,
            reporter,
            summary,
            settings,
        }
    }

    /// Adds a file that could not be loaded (its graph failed): reported as an uncaught
    /// error of that file, in its place in the order.
    pub fn fail_file(&mut self, file: usize, message: String) {
        let state = &mut self.files[file];
        let overview = message.lines().next().unwrap_or_default().to_string();
        state.log.push(Item::Event(Event::Uncaught {
            culprit: None,
            message,
            overview,
        }));
        state.finished = true;
        self.queue.retain(|f| *f != file);
        self.failures_seen += 1;
        self.check_fail_fast();
    }

    fn check_fail_fast(&mut self) {
        if let Some(limit) = self.settings.fail_fast {
            if self.failures_seen >= limit {
                self.stopping = true;
            }
        }
    }

    fn streaming(&self, file: usize) -> bool {
        self.settings.retry == 0 && file == self.head
    }

    /// Gives the reporter whatever it can have now, in file order.
    fn pump(&mut self) {
        while self.head < self.files.len() {
            let head = self.head;
            if self.settings.retry == 0 || self.files[head].finished {
                self.emit_pending(head);
            }
            if !self.files[head].finished {
                return;
            }
            let elapsed = self.files[head].elapsed_us;
            self.reporter
                .report_file_end(&self.files[head].report, elapsed);
            self.head += 1;
        }
    }

    fn emit_pending(&mut self, file: usize) {
        while self.files[file].emitted < self.files[file].log.len() {
            let index = self.files[file].emitted;
            let item = self.files[file].log[index].clone();
            self.files[file].emitted += 1;
            self.dispatch(file, item);
        }
    }

    /// One item to the reporter, keeping the summary.
    fn dispatch(&mut self, file: usize, item: Item) {
        let colors = Colors(self.settings.colors);
        let cwd = self.settings.cwd.clone();
        let state = &mut self.files[file];
        match item {
            Item::Output(bytes) => self.reporter.report_output(&state.report, &bytes),
            Item::Event(event) => match event {
                Event::Plan {
                    tests,
                    filtered_out,
                    used_only,
                } => {
                    state.report.tests = tests.into_iter().map(|t| (t.id, t)).collect();
                    self.summary.filtered_out += filtered_out;
                    self.summary.used_only |= used_only;
                    self.reporter.report_plan(&state.report, filtered_out);
                }
                Event::Wait { id } => {
                    if let Some(test) = state.report.tests.get(&id) {
                        self.reporter.report_wait(&state.report, test);
                    }
                }
                Event::Result {
                    id,
                    result,
                    elapsed_us,
                } => {
                    let Some(test) = state.report.tests.get(&id).cloned() else {
                        return;
                    };
                    let retries = state.attempts.get(&test.name).copied().unwrap_or(0);
                    match &result {
                        TestResult::Ok => {
                            self.summary.passed += 1;
                            if retries > 0 {
                                self.summary.flaky += 1;
                            }
                        }
                        TestResult::Ignored => self.summary.ignored += 1,
                        TestResult::Failed { failure } => {
                            self.summary.failed += 1;
                            self.summary.failures.push(FailureEntry {
                                title: failure_title(&cwd, &test.name, &test.location, colors),
                                origin: state.report.specifier.to_string(),
                                failure: failure.clone(),
                                uncaught: false,
                            });
                        }
                        TestResult::Cancelled => self.summary.failed += 1,
                    }
                    let info = ResultInfo {
                        result: &result,
                        elapsed_us,
                        retries,
                    };
                    self.reporter.report_result(&state.report, &test, &info);
                }
                Event::StepRegister { step } => {
                    state.report.steps.insert(step.id, step);
                }
                Event::StepWait { id } => {
                    if let Some(step) = state.report.steps.get(&id) {
                        self.reporter.report_step_wait(&state.report, step);
                    }
                }
                Event::StepResult {
                    id,
                    result,
                    elapsed_us,
                } => {
                    let Some(step) = state.report.steps.get(&id).cloned() else {
                        return;
                    };
                    match &result {
                        StepResult::Ok => self.summary.passed_steps += 1,
                        StepResult::Ignored => self.summary.ignored_steps += 1,
                        StepResult::Failed { failure } => {
                            self.summary.failed_steps += 1;
                            let name = state.report.step_ancestry(&step);
                            self.summary.failures.push(FailureEntry {
                                title: failure_title(&cwd, &name, &step.location, colors),
                                origin: state.report.specifier.to_string(),
                                failure: failure.clone(),
                                uncaught: false,
                            });
                        }
                    }
                    self.reporter
                        .report_step_result(&state.report, &step, &result, elapsed_us);
                }
                Event::Uncaught {
                    culprit,
                    message,
                    overview,
                } => {
                    let culprit = culprit.and_then(|id| state.report.tests.get(&id).cloned());
                    let failure = Failure::Error { message, overview };
                    self.summary.failed += 1;
                    self.summary.failures.push(FailureEntry {
                        title: uncaught_title(&state.report, culprit.as_ref()),
                        origin: state.report.specifier.to_string(),
                        failure: failure.clone(),
                        uncaught: true,
                    });
                    self.reporter
                        .report_uncaught(&state.report, culprit.as_ref(), &failure);
                }
                Event::Done => {}
            },
        }
    }

    /// Records an item from `slot`'s process.
    fn push(&mut self, slot: usize, item: Item) {
        let file = self.slots[slot].file;
        if self.slots[slot].retry {
            self.slots[slot].log.push(item);
            return;
        }
        self.files[file].log.push(item);
        if self.streaming(file) {
            self.emit_pending(file);
        }
    }

    /// A file's process is done: queue retries, or finish the file.
    fn slot_finished(&mut self, slot: usize) {
        let file = self.slots[slot].file;
        let elapsed = self.files[file]
            .started
            .map(|s| s.elapsed().as_micros() as u64)
            .unwrap_or(0);
        self.files[file].elapsed_us = elapsed;
        if self.slots[slot].retry {
            self.merge_retry(slot);
        } else if self.settings.retry > 0 {
            self.schedule_retries(file, &self.files[file].log.clone());
        }
        if self.files[file].retries_pending == 0 {
            self.finish_file(file);
        }
    }

    fn finish_file(&mut self, file: usize) {
        if self.settings.retry > 0 {
            self.apply_retries(file);
            // Failures are counted once the retries have had their say.
            let failed = self.files[file]
                .log
                .iter()
                .filter(|i| is_failure(i))
                .count();
            self.failures_seen += failed;
            self.check_fail_fast();
        }
        self.files[file].finished = true;
        self.pump();
    }

    /// Queues a retry for each failed test in `log` that still has attempts left.
    fn schedule_retries(&mut self, file: usize, log: &[Item]) {
        let tests = plan_names(log);
        let mut names = Vec::new();
        for item in log {
            if let Item::Event(Event::Result {
                id,
                result: TestResult::Failed { .. } | TestResult::Cancelled,
                ..
            }) = item
            {
                if let Some(name) = tests.get(id) {
                    let attempts = self.files[file].attempts.entry(name.clone()).or_insert(0);
                    *attempts += 1;
                    if *attempts <= self.settings.retry {
                        names.push(name.clone());
                    }
                }
            }
        }
        self.queue_retry(file, names);
    }

    /// Queues one more run of `file` limited to the tests `names` (nothing when there are
    /// none, or the run is stopping).
    fn queue_retry(&mut self, file: usize, names: Vec<String>) {
        if names.is_empty() || self.stopping {
            return;
        }
        let mut job = self.files[file].job.clone();
        job.only_names = Some(names);
        let slot = self.slots.len();
        self.slots.push(Slot {
            file,
            retry: true,
            log: Vec::new(),
            got_done: false,
            waiting: None,
            planned: Vec::new(),
            finished_tests: Vec::new(),
        });
        self.files[file].retries_pending += 1;
        self.retry_queue.push_back((slot, job));
    }

    /// Keeps each retried test's latest segment; queues another attempt for failures.
    fn merge_retry(&mut self, slot: usize) {
        let file = self.slots[slot].file;
        self.files[file].retries_pending -= 1;
        let log = std::mem::take(&mut self.slots[slot].log);
        let names: HashMap<u32, String> = plan_names(&log);
        for (id, name) in &names {
            if let Some(segment) = segment_of(&log, *id) {
                self.files[file].retried.insert(name.clone(), segment);
            }
        }
        // Failed again: maybe once more.
        let mut again = Vec::new();
        for item in &log {
            if let Item::Event(Event::Result {
                id,
                result: TestResult::Failed { .. } | TestResult::Cancelled,
                ..
            }) = item
            {
                if let Some(name) = names.get(id) {
                    let attempts = self.files[file].attempts.entry(name.clone()).or_insert(0);
                    if *attempts < self.settings.retry {
                        *attempts += 1;
                        again.push(name.clone());
                    }
                }
            }
        }
        self.queue_retry(file, again);
    }

    /// Replaces each retried test's segment in the file's log by its latest attempt.
    fn apply_retries(&mut self, file: usize) {
        let state = &mut self.files[file];
        if state.retried.is_empty() {
            return;
        }
        let names = plan_names(&state.log);
        let mut out = Vec::with_capacity(state.log.len());
        let mut skipping: Option<u32> = None;
        let mut offset = 1_000_000u32;
        for item in std::mem::take(&mut state.log) {
            if let Some(id) = skipping {
                if matches!(&item, Item::Event(Event::Result { id: r, .. }) if *r == id) {
                    skipping = None;
                }
                continue;
            }
            if let Item::Event(Event::Wait { id }) = &item {
                if let Some(segment) = names.get(id).and_then(|n| state.retried.get(n)) {
                    out.extend(renumber(segment, *id, offset));
                    offset += 1_000_000;
                    skipping = Some(*id);
                    continue;
                }
            }
            out.push(item);
        }
        state.log = out;
    }

    /// Fills in what a process that stopped early could not report.
    fn synthesize_exit(&mut self, slot: usize, exit: Exit, killed: bool) {
        let s = &self.slots[slot];
        if s.got_done || killed {
            return;
        }
        let how = match exit {
            Exit::Code(code) => format!("exited with code {code}"),
            Exit::Signal(signal) => format!("was killed by signal {signal}"),
        };
        let waiting = s.waiting;
        let unfinished: Vec<u32> = s
            .planned
            .iter()
            .copied()
            .filter(|id| !s.finished_tests.contains(id) && Some(*id) != waiting)
            .collect();
        if let Some(id) = waiting {
            let message = format!(
                "The test's process {how} before the test finished (did it call Deno.exit() with the exit sanitizer off, sanitizeExit: false?)."
            );
            let overview = format!("The test's process {how}");
            let failure = Failure::Error { message, overview };
            self.push(
                slot,
                Item::Event(Event::Result {
                    id,
                    result: TestResult::Failed { failure },
                    elapsed_us: 0,
                }),
            );
        } else if exit != Exit::Code(0) || !unfinished.is_empty() {
            let message = format!("The test file's process {how} outside of any test; its remaining tests did not run.");
            let overview = format!("The test file's process {how}");
            self.push(
                slot,
                Item::Event(Event::Uncaught {
                    culprit: None,
                    message,
                    overview,
                }),
            );
        }
        for id in unfinished {
            self.push(slot, Item::Event(Event::Wait { id }));
            self.push(
                slot,
                Item::Event(Event::Result {
                    id,
                    result: TestResult::Cancelled,
                    elapsed_us: 0,
                }),
            );
        }
    }

    /// Reports everything still buffered (after a stop) and the summary.
    pub fn finish(&mut self, elapsed_us: u64) -> anyhow::Result<()> {
        for file in self.head..self.files.len() {
            if self.files[file].started.is_some() || !self.files[file].log.is_empty() {
                self.files[file].finished = true;
            }
        }
        while self.head < self.files.len() {
            if !self.files[self.head].finished {
                self.head += 1;
                continue;
            }
            self.pump();
        }
        self.reporter.report_summary(&self.summary, elapsed_us);
        self.reporter.flush()
    }
}

fn is_failure(item: &Item) -> bool {
    matches!(
        item,
        Item::Event(Event::Result {
            result: TestResult::Failed { .. } | TestResult::Cancelled,
            ..
        }) | Item::Event(Event::Uncaught { .. })
    )
}

fn plan_names(log: &[Item]) -> HashMap<u32, String> {
    log.iter()
        .filter_map(|i| match i {
            Item::Event(Event::Plan { tests, .. }) => Some(
                tests
                    .iter()
                    .map(|t| (t.id, t.name.clone()))
                    .collect::<Vec<_>>(),
            ),
            _ => None,
        })
        .flatten()
        .collect()
}

/// The items from test `id`'s Wait to its Result.
fn segment_of(log: &[Item], id: u32) -> Option<Vec<Item>> {
    let start = log
        .iter()
        .position(|i| matches!(i, Item::Event(Event::Wait { id: w }) if *w == id))?;
    let end = log
        .iter()
        .position(|i| matches!(i, Item::Event(Event::Result { id: r, .. }) if *r == id))?;
    Some(log[start..=end].to_vec())
}

/// A retry's segment with its test id set to the original's and its step ids moved out of
/// the way of the original run's.
fn renumber(segment: &[Item], test_id: u32, offset: u32) -> Vec<Item> {
    let retry_test_id = segment.iter().find_map(|i| match i {
        Item::Event(Event::Wait { id }) => Some(*id),
        _ => None,
    });
    let map = |id: u32| {
        if Some(id) == retry_test_id {
            test_id
        } else {
            id + offset
        }
    };
    segment
        .iter()
        .map(|item| match item {
            Item::Event(Event::Wait { id }) => Item::Event(Event::Wait { id: map(*id) }),
            Item::Event(Event::Result {
                id,
                result,
                elapsed_us,
            }) => Item::Event(Event::Result {
                id: map(*id),
                result: result.clone(),
                elapsed_us: *elapsed_us,
            }),
            Item::Event(Event::StepRegister { step }) => Item::Event(Event::StepRegister {
                step: StepDescription {
                    id: map(step.id),
                    parent_id: map(step.parent_id),
                    root_id: map(step.root_id),
                    ..step.clone()
                },
            }),
            Item::Event(Event::StepWait { id }) => Item::Event(Event::StepWait { id: map(*id) }),
            Item::Event(Event::StepResult {
                id,
                result,
                elapsed_us,
            }) => Item::Event(Event::StepResult {
                id: map(*id),
                result: result.clone(),
                elapsed_us: *elapsed_us,
            }),
            other => other.clone(),
        })
        .collect()
}

impl Scheduler for Runner<'_> {
    fn next_job(&mut self) -> Option<(usize, FileJob)> {
        if self.stopping {
            return None;
        }
        if let Some((slot, job)) = self.retry_queue.pop_front() {
            return Some((slot, job));
        }
        let file = self.queue.pop_front()?;
        self.files[file].started = Some(Instant::now());
        let slot = self.slots.len();
        self.slots.push(Slot {
            file,
            retry: false,
            log: Vec::new(),
            got_done: false,
            waiting: None,
            planned: Vec::new(),
            finished_tests: Vec::new(),
        });
        Some((slot, self.files[file].job.clone()))
    }

    fn on_output(&mut self, slot: usize, bytes: &[u8]) {
        self.push(slot, Item::Output(bytes.to_vec()));
    }

    fn on_event(&mut self, slot: usize, event: Event) {
        let s = &mut self.slots[slot];
        match &event {
            Event::Plan { tests, .. } => s.planned = tests.iter().map(|t| t.id).collect(),
            Event::Wait { id } => s.waiting = Some(*id),
            Event::Result { id, result, .. } => {
                s.waiting = None;
                s.finished_tests.push(*id);
                if self.settings.retry == 0
                    && matches!(result, TestResult::Failed { .. } | TestResult::Cancelled)
                {
                    self.failures_seen += 1;
                }
            }
            Event::Uncaught { .. } if self.settings.retry == 0 => self.failures_seen += 1,
            Event::Done => {
                s.got_done = true;
                return;
            }
            _ => {}
        }
        self.push(slot, Item::Event(event));
        self.check_fail_fast();
    }

    fn on_exit(&mut self, slot: usize, exit: Exit, killed: bool) {
        self.synthesize_exit(slot, exit, killed);
        self.slot_finished(slot);
    }

    fn should_stop(&self) -> bool {
        self.stopping
    }
}
