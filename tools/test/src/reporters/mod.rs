//! Reporters: one trait, one file each (`pretty`, `dot`, `tap`, `junit`, `json`, and
//! `compound`, which feeds several). The runner calls them with each file's events in
//! order (files one after another, even when they ran in parallel), then once with the
//! summary. The runner keeps the counts and the list of failures ([`Summary`]) so every
//! reporter agrees on them.

mod compound;
mod dot;
mod json;
pub mod junit;
mod pretty;
mod tap;

use std::io::Write;

pub use compound::CompoundReporter;
pub use dot::DotReporter;
pub use json::JsonReporter;
pub use junit::JunitReporter;
pub use pretty::PrettyReporter;
pub use tap::TapReporter;

use indexmap::IndexMap;
use url::Url;

use crate::event::{
    Failure, StepDescription, StepResult, TestDescription, TestLocation, TestResult,
};
use crate::format::{relative, Colors};

/// What reporters know about the file an event belongs to.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub specifier: Url,
    /// `./a_test.ts`: relative to the current folder, as Deno shows it.
    pub display: String,
    pub tests: IndexMap<u32, TestDescription>,
    pub steps: IndexMap<u32, StepDescription>,
}

impl FileReport {
    pub fn new(specifier: Url, cwd: &Url) -> FileReport {
        let display = relative(cwd, specifier.as_str());
        FileReport {
            specifier,
            display,
            tests: IndexMap::new(),
            steps: IndexMap::new(),
        }
    }

    /// `test ... step ... nested`: a step's name with its ancestors'.
    pub fn step_ancestry(&self, step: &StepDescription) -> String {
        let mut names = vec![step.name.as_str()];
        let mut parent = step.parent_id;
        while let Some(p) = self.steps.get(&parent) {
            names.push(&p.name);
            parent = p.parent_id;
        }
        if let Some(test) = self.tests.get(&parent) {
            names.push(&test.name);
        }
        names.reverse();
        names.join(" ... ")
    }
}

/// A test's result with what the runner adds: how many attempts failed before it passed.
#[derive(Debug, Clone)]
pub struct ResultInfo<'a> {
    pub result: &'a TestResult,
    pub elapsed_us: u64,
    /// Failed attempts before this one (`--retry`); non-zero and ok means flaky.
    pub retries: u32,
}

/// Something listed in the failures section.
#[derive(Debug, Clone)]
pub struct FailureEntry {
    /// `name => ./file.ts:3:6`, or `./file.ts (uncaught error)`.
    pub title: String,
    pub origin: String,
    pub failure: Failure,
    /// An uncaught error (printed with Deno's note about dangling promises).
    pub uncaught: bool,
}

/// The run's totals, kept by the runner.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub passed: usize,
    pub failed: usize,
    pub ignored: usize,
    pub passed_steps: usize,
    pub failed_steps: usize,
    pub ignored_steps: usize,
    pub filtered_out: usize,
    pub flaky: usize,
    pub files: usize,
    pub used_only: bool,
    pub failures: Vec<FailureEntry>,
}

impl Summary {
    pub fn has_failed(&self) -> bool {
        self.failed > 0 || !self.failures.is_empty()
    }
}

/// A reporter.
pub trait Reporter {
    fn report_plan(&mut self, file: &FileReport, filtered_out: usize);
    fn report_wait(&mut self, file: &FileReport, test: &TestDescription);
    fn report_output(&mut self, file: &FileReport, output: &[u8]);
    fn report_result(&mut self, file: &FileReport, test: &TestDescription, info: &ResultInfo);
    fn report_step_wait(&mut self, file: &FileReport, step: &StepDescription);
    fn report_step_result(
        &mut self,
        file: &FileReport,
        step: &StepDescription,
        result: &StepResult,
        elapsed_us: u64,
    );
    /// An error nothing caught in `file`, charged to `culprit` when known.
    fn report_uncaught(
        &mut self,
        file: &FileReport,
        culprit: Option<&TestDescription>,
        failure: &Failure,
    );
    /// The file is done (all its events were reported).
    fn report_file_end(&mut self, file: &FileReport, elapsed_us: u64);
    fn report_summary(&mut self, summary: &Summary, elapsed_us: u64);
    fn flush(&mut self) -> anyhow::Result<()>;
}

/// `name => ./file.ts:3:6` (Deno's title of a failure).
pub fn failure_title(cwd: &Url, name: &str, location: &TestLocation, colors: Colors) -> String {
    format!(
        "{} {}",
        name,
        colors.gray(&format!(
            "=> {}:{}:{}",
            relative(cwd, &location.file_name),
            location.line_number,
            location.column_number
        ))
    )
}

/// The title of an uncaught error: `./file.ts (uncaught error)`, naming the test that set
/// up the failing callback when known.
pub fn uncaught_title(file: &FileReport, culprit: Option<&TestDescription>) -> String {
    match culprit {
        Some(test) => format!(
            "{} (uncaught error from test \"{}\")",
            file.display, test.name
        ),
        None => format!("{} (uncaught error)", file.display),
    }
}

fn steps_text(count: usize) -> String {
    match count {
        0 => String::new(),
        1 => " (1 step)".into(),
        n => format!(" ({n} steps)"),
    }
}

/// The ERRORS and FAILURES sections and the summary line, as Deno prints them (pretty and
/// dot share it).
pub fn write_summary(out: &mut dyn Write, summary: &Summary, elapsed_us: u64, colors: Colors) {
    if !summary.failures.is_empty() {
        let _ = writeln!(out, "\n{}\n", colors.white_bold_on_red(" ERRORS "));
        let mut titles = Vec::new();
        // Deno groups by file (its origins are sorted), keeping each file's order.
        let mut by_origin: Vec<(&str, Vec<&FailureEntry>)> = Vec::new();
        for entry in &summary.failures {
            match by_origin
                .iter_mut()
                .find(|(origin, _)| *origin == entry.origin)
            {
                Some((_, list)) => list.push(entry),
                None => by_origin.push((&entry.origin, vec![entry])),
            }
        }
        by_origin.sort_by(|a, b| a.0.cmp(b.0));
        for (_, entries) in by_origin {
            let (uncaught, tests): (Vec<&FailureEntry>, Vec<&FailureEntry>) =
                entries.into_iter().partition(|e| e.uncaught);
            for entry in tests.into_iter().chain(uncaught) {
                if entry.failure.hide_in_summary() {
                    continue;
                }
                let _ = writeln!(out, "{}", entry.title);
                let _ = writeln!(
                    out,
                    "{}: {}",
                    colors.red_bold("error"),
                    entry.failure.format()
                );
                if entry.uncaught {
                    let _ = writeln!(
                        out,
                        "This error was not caught from a test and caused the test runner to fail on the referenced module."
                    );
                    let _ = writeln!(
                        out,
                        "It most likely originated from a dangling promise, event/timeout handler or top-level code."
                    );
                }
                let _ = writeln!(out);
                titles.push(entry.title.clone());
            }
        }
        let _ = writeln!(out, "{}\n", colors.white_bold_on_red(" FAILURES "));
        for title in titles {
            let _ = writeln!(out, "{title}");
        }
    }
    let status = if summary.has_failed() {
        colors.red("FAILED")
    } else {
        colors.green("ok")
    };
    let mut line = format!(
        "{} passed{} | {} failed{}",
        summary.passed,
        steps_text(summary.passed_steps),
        summary.failed,
        steps_text(summary.failed_steps)
    );
    if summary.ignored > 0 || summary.ignored_steps > 0 {
        line.push_str(&format!(
            " | {} ignored{}",
            summary.ignored,
            steps_text(summary.ignored_steps)
        ));
    }
    if summary.filtered_out > 0 {
        line.push_str(&format!(" | {} filtered out", summary.filtered_out));
    }
    if summary.flaky > 0 {
        line.push_str(&format!(" | {} flaky", summary.flaky));
    }
    let _ = writeln!(
        out,
        "\n{} | {} {}",
        status,
        line,
        colors.gray(&format!(
            "({})",
            crate::format::human_elapsed(round_ms(elapsed_us))
        ))
    );
}

/// The summary's duration in whole milliseconds (Deno prints `(1s)`, `(237ms)`).
fn round_ms(us: u64) -> u64 {
    (us / 1000).max(1) * 1000
}

/// Writes `bytes` to stdout, ignoring a closed pipe (`x test | head`).
pub fn stdout_write(bytes: &[u8]) {
    let _ = std::io::stdout().write_all(bytes);
}
