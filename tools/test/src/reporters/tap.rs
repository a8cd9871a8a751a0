//! The Test Anything Protocol, version 14 (https://testanything.org): `ok N - name` per
//! test, steps as an indented subtest, failures as a YAML (JSON) diagnostic block, the
//! plan `1..N` at the end. Colors are stripped.

use serde_json::json;

use super::{stdout_write, FileReport, Reporter, ResultInfo, Summary};
use crate::event::{Failure, StepDescription, StepResult, TestDescription, TestResult};
use crate::format::strip_ansi;

pub struct TapReporter {
    header: bool,
    planned: usize,
    n: usize,
    step_n: usize,
}

impl TapReporter {
    pub fn new() -> TapReporter {
        TapReporter {
            header: false,
            planned: 0,
            n: 0,
            step_n: 0,
        }
    }

    fn escape(description: &str) -> String {
        description
            .replace('\\', "\\\\")
            .replace('\n', "\\n")
            .replace('\r', "\\r")
            .replace('#', "\\#")
    }

    fn line(indent: usize, status: &str, n: usize, description: &str, directive: &str) -> String {
        format!(
            "{:indent$}{status} {n} - {}{directive}\n",
            "",
            Self::escape(description),
            indent = indent
        )
    }

    fn diagnostic(indent: usize, failure: &Failure, file: &str, line: u32) -> String {
        let block = json!({
            "message": strip_ansi(&failure.format()),
            "severity": "fail",
            "at": { "file": file, "line": line },
        });
        format!(
            "{:indent$}  ---\n{:indent$}  {block}\n{:indent$}  ...\n",
            "",
            "",
            "",
            indent = indent
        )
    }
}

impl Default for TapReporter {
    fn default() -> Self {
        Self::new()
    }
}

impl Reporter for TapReporter {
    fn report_plan(&mut self, file: &FileReport, _filtered_out: usize) {
        let mut out = String::new();
        if !self.header {
            out.push_str("TAP version 14\n");
            self.header = true;
        }
        self.planned += file.tests.len();
        out.push_str(&format!("# {}\n", file.display));
        stdout_write(out.as_bytes());
    }

    fn report_wait(&mut self, _file: &FileReport, _test: &TestDescription) {}
    fn report_output(&mut self, _file: &FileReport, _output: &[u8]) {}

    fn report_result(&mut self, file: &FileReport, test: &TestDescription, info: &ResultInfo) {
        let mut out = String::new();
        if self.step_n != 0 {
            out.push_str(&format!("    1..{}\n", self.step_n));
            self.step_n = 0;
        }
        let (status, directive) = match info.result {
            TestResult::Ok if info.retries > 0 => ("ok", " # flaky: passed on a retry"),
            TestResult::Ok => ("ok", ""),
            TestResult::Ignored => ("ok", " # SKIP"),
            TestResult::Failed { .. } | TestResult::Cancelled => ("not ok", ""),
        };
        self.n += 1;
        out.push_str(&Self::line(0, status, self.n, &test.name, directive));
        if let TestResult::Failed { failure } = info.result {
            out.push_str(&Self::diagnostic(
                0,
                failure,
                &file.display,
                test.location.line_number,
            ));
        }
        stdout_write(out.as_bytes());
    }

    fn report_step_wait(&mut self, _file: &FileReport, _step: &StepDescription) {}

    fn report_step_result(
        &mut self,
        file: &FileReport,
        step: &StepDescription,
        result: &StepResult,
        _elapsed_us: u64,
    ) {
        let mut out = String::new();
        if self.step_n == 0 {
            let root = file
                .tests
                .get(&step.root_id)
                .map(|t| t.name.as_str())
                .unwrap_or_default();
            out.push_str(&format!("# Subtest: {root}\n"));
        }
        let (status, directive) = match result {
            StepResult::Ok => ("ok", ""),
            StepResult::Ignored => ("ok", " # SKIP"),
            StepResult::Failed { .. } => ("not ok", ""),
        };
        self.step_n += 1;
        out.push_str(&Self::line(4, status, self.step_n, &step.name, directive));
        if let StepResult::Failed { failure } = result {
            out.push_str(&Self::diagnostic(
                4,
                failure,
                &file.display,
                step.location.line_number,
            ));
        }
        stdout_write(out.as_bytes());
    }

    fn report_uncaught(
        &mut self,
        file: &FileReport,
        culprit: Option<&TestDescription>,
        failure: &Failure,
    ) {
        // TAP has no place for an error outside a test: it is a failed point of its own.
        self.n += 1;
        self.planned += 1;
        let name = super::uncaught_title(file, culprit);
        let mut out = Self::line(0, "not ok", self.n, &name, "");
        out.push_str(&Self::diagnostic(0, failure, &file.display, 0));
        stdout_write(out.as_bytes());
    }

    fn report_file_end(&mut self, _file: &FileReport, _elapsed_us: u64) {}

    fn report_summary(&mut self, _summary: &Summary, _elapsed_us: u64) {
        let mut out = String::new();
        if !self.header {
            out.push_str("TAP version 14\n");
        }
        out.push_str(&format!("1..{}\n", self.planned));
        stdout_write(out.as_bytes());
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        use std::io::Write;
        let _ = std::io::stdout().flush();
        Ok(())
    }
}
