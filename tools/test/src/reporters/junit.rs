//! JUnit XML, the report CI servers import: one `<testsuite>` per file, one `<testcase>`
//! per test and per step (named `test > step`, as Deno names them), with `<failure>`,
//! `<error>` (cancelled, uncaught), `<skipped/>` and the test's output in `<system-out>`.
//! It follows the common JUnit schema (Jenkins' junit-10.xsd): no attributes outside it,
//! no ANSI codes. Written to `--junit-path` (or stdout with `--reporter=junit`) at the end.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::{FileReport, Reporter, ResultInfo, Summary};
use crate::event::{Failure, StepDescription, StepResult, TestDescription, TestResult};
use crate::format::strip_ansi;

/// How a test case ended.
#[derive(Debug, Clone)]
pub enum CaseStatus {
    Passed,
    Skipped,
    Failed { message: String, body: String },
    Error { message: String, body: String },
}

/// One `<testcase>`.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub time_us: u64,
    pub status: CaseStatus,
    pub output: Vec<u8>,
}

/// One `<testsuite>`: a test file, or (for `x ci`) the checks of another tool.
#[derive(Debug, Clone)]
pub struct Suite {
    pub name: String,
    pub cases: Vec<Case>,
    pub time_us: u64,
}

/// Where a JUnit report goes.
#[derive(Clone)]
pub enum JunitTarget {
    Stdout,
    File(PathBuf),
    /// The suites are handed over instead of written (`x ci` writes one report for all
    /// its checks at the end).
    Sink(Arc<Mutex<Vec<Suite>>>),
}

pub struct JunitReporter {
    /// The `<testsuites>` name: the command that made the report.
    name: &'static str,
    target: JunitTarget,
    suites: Vec<Suite>,
    /// The case collecting output now (index into the last suite's cases).
    current: Option<usize>,
}

impl JunitReporter {
    /// A report that starts with `suites` (`x ci` puts its fmt, lint and doc checks
    /// before the test files).
    pub fn new(target: JunitTarget, suites: Vec<Suite>) -> JunitReporter {
        JunitReporter {
            name: "x test",
            target,
            suites,
            current: None,
        }
    }

    /// Names the report after another command (`x ci`).
    pub fn named(mut self, name: &'static str) -> JunitReporter {
        self.name = name;
        self
    }

    fn suite(&mut self, file: &FileReport) -> &mut Suite {
        if self.suites.last().is_none_or(|s| s.name != file.display) {
            self.suites.push(Suite {
                name: file.display.clone(),
                cases: Vec::new(),
                time_us: 0,
            });
        }
        self.suites.last_mut().expect("just pushed")
    }

    fn failure_status(failure: &Failure) -> CaseStatus {
        CaseStatus::Failed {
            message: strip_ansi(&failure.overview()),
            body: strip_ansi(&failure.format()),
        }
    }

    /// The whole document.
    pub fn render(&self, elapsed_us: u64) -> String {
        let mut tests = 0;
        let mut failures = 0;
        let mut errors = 0;
        let mut skipped = 0;
        for case in self.suites.iter().flat_map(|s| &s.cases) {
            tests += 1;
            match case.status {
                CaseStatus::Failed { .. } => failures += 1,
                CaseStatus::Error { .. } => errors += 1,
                CaseStatus::Skipped => skipped += 1,
                CaseStatus::Passed => {}
            }
        }
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            out,
            "<testsuites name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" disabled=\"{skipped}\" time=\"{}\">",
            self.name,
            seconds(elapsed_us)
        );
        for suite in &self.suites {
            let count =
                |f: fn(&CaseStatus) -> bool| suite.cases.iter().filter(|c| f(&c.status)).count();
            let _ = writeln!(
                out,
                "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{}\">",
                escape(&suite.name),
                suite.cases.len(),
                count(|s| matches!(s, CaseStatus::Failed { .. })),
                count(|s| matches!(s, CaseStatus::Error { .. })),
                count(|s| matches!(s, CaseStatus::Skipped)),
                seconds(suite.time_us)
            );
            for case in &suite.cases {
                let _ = write!(
                    out,
                    "    <testcase name=\"{}\" classname=\"{}\" time=\"{}\"",
                    escape(&case.name),
                    escape(&suite.name),
                    seconds(case.time_us)
                );
                let output = strip_ansi(&String::from_utf8_lossy(&case.output));
                if matches!(case.status, CaseStatus::Passed) && output.is_empty() {
                    out.push_str("/>\n");
                    continue;
                }
                out.push_str(">\n");
                match &case.status {
                    CaseStatus::Passed => {}
                    CaseStatus::Skipped => out.push_str("      <skipped/>\n"),
                    CaseStatus::Failed { message, body } => {
                        let _ = writeln!(
                            out,
                            "      <failure message=\"{}\">{}</failure>",
                            escape(message),
                            escape(body)
                        );
                    }
                    CaseStatus::Error { message, body } => {
                        let _ = writeln!(
                            out,
                            "      <error message=\"{}\">{}</error>",
                            escape(message),
                            escape(body)
                        );
                    }
                }
                if !output.is_empty() {
                    let _ = writeln!(out, "      <system-out>{}</system-out>", escape(&output));
                }
                out.push_str("    </testcase>\n");
            }
            out.push_str("  </testsuite>\n");
        }
        out.push_str("</testsuites>\n");
        out
    }

    /// Writes the report to its file or standard output; a file that cannot be written
    /// is reported on stderr (the run's verdict does not depend on it).
    pub fn write(&mut self, elapsed_us: u64) {
        let path = match &self.target {
            JunitTarget::Sink(sink) => {
                let suites = std::mem::take(&mut self.suites);
                sink.lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .extend(suites);
                return;
            }
            JunitTarget::Stdout => None,
            JunitTarget::File(path) => Some(path),
        };
        let document = self.render(elapsed_us);
        match path {
            None => super::stdout_write(document.as_bytes()),
            Some(path) => {
                if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                    let _ = std::fs::create_dir_all(parent);
                }
                if let Err(error) = std::fs::write(path, document) {
                    eprintln!(
                        "error: cannot write the JUnit report to {}: {error}",
                        path.display()
                    );
                }
            }
        }
    }
}

fn seconds(us: u64) -> String {
    format!("{:.3}", us as f64 / 1_000_000.0)
}

/// Text for an XML attribute or element: markup escaped, and characters XML 1.0 cannot
/// hold (most control characters) written as `\u{..}`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' | '\t' => out.push(c),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

impl Reporter for JunitReporter {
    fn report_plan(&mut self, file: &FileReport, _filtered_out: usize) {
        self.suite(file);
        self.current = None;
    }

    fn report_wait(&mut self, file: &FileReport, test: &TestDescription) {
        let suite = self.suite(file);
        suite.cases.push(Case {
            name: test.name.clone(),
            time_us: 0,
            status: CaseStatus::Passed,
            output: Vec::new(),
        });
        self.current = Some(suite.cases.len() - 1);
    }

    fn report_output(&mut self, file: &FileReport, output: &[u8]) {
        let current = self.current;
        let suite = self.suite(file);
        if let Some(case) = current.and_then(|i| suite.cases.get_mut(i)) {
            case.output.extend_from_slice(output);
        }
    }

    fn report_result(&mut self, file: &FileReport, test: &TestDescription, info: &ResultInfo) {
        let status = match info.result {
            TestResult::Ok => CaseStatus::Passed,
            TestResult::Ignored => CaseStatus::Skipped,
            TestResult::Failed { failure } => Self::failure_status(failure),
            TestResult::Cancelled => CaseStatus::Error {
                message: "Cancelled".into(),
                body: "The test did not finish.".into(),
            },
        };
        let suite = self.suite(file);
        let index = suite.cases.iter().rposition(|c| c.name == test.name);
        let case = match index {
            Some(i) => &mut suite.cases[i],
            None => {
                suite.cases.push(Case {
                    name: test.name.clone(),
                    time_us: 0,
                    status: CaseStatus::Passed,
                    output: vec![],
                });
                suite.cases.last_mut().expect("just pushed")
            }
        };
        case.status = status;
        case.time_us = info.elapsed_us;
        self.current = None;
    }

    fn report_step_wait(&mut self, _file: &FileReport, _step: &StepDescription) {}

    fn report_step_result(
        &mut self,
        file: &FileReport,
        step: &StepDescription,
        result: &StepResult,
        elapsed_us: u64,
    ) {
        let name = file.step_ancestry(step).replace(" ... ", " > ");
        let status = match result {
            StepResult::Ok => CaseStatus::Passed,
            StepResult::Ignored => CaseStatus::Skipped,
            StepResult::Failed { failure } => Self::failure_status(failure),
        };
        self.suite(file).cases.push(Case {
            name,
            time_us: elapsed_us,
            status,
            output: Vec::new(),
        });
    }

    fn report_uncaught(
        &mut self,
        file: &FileReport,
        culprit: Option<&TestDescription>,
        failure: &Failure,
    ) {
        let name = super::uncaught_title(file, culprit);
        let status = CaseStatus::Error {
            message: strip_ansi(&failure.overview()),
            body: strip_ansi(&failure.format()),
        };
        self.suite(file).cases.push(Case {
            name,
            time_us: 0,
            status,
            output: Vec::new(),
        });
    }

    fn report_file_end(&mut self, file: &FileReport, elapsed_us: u64) {
        self.suite(file).time_us = elapsed_us;
        self.current = None;
    }

    fn report_summary(&mut self, _summary: &Summary, elapsed_us: u64) {
        self.write(elapsed_us);
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            escape("a < b & \"c\"\u{1}"),
            "a &lt; b &amp; &quot;c&quot;\\u{1}"
        );
    }
}
