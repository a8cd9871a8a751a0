//! One JSON object a line, for tools: `plan`, `wait`, `output`, `result`, `stepWait`,
//! `stepResult`, `uncaught`, `fileEnd` (with the file's duration: `--shard-timings`
//! reads these) and `summary`. Durations are milliseconds; error texts have no colors.

use serde_json::{json, Value};

use super::{stdout_write, FileReport, Reporter, ResultInfo, Summary};
use crate::event::{Failure, StepDescription, StepResult, TestDescription, TestResult};
use crate::format::strip_ansi;

pub struct JsonReporter;

impl JsonReporter {
    pub fn new() -> JsonReporter {
        JsonReporter
    }

    fn emit(&self, value: Value) {
        let mut line = value.to_string();
        line.push('\n');
        stdout_write(line.as_bytes());
    }
}

impl Default for JsonReporter {
    fn default() -> Self {
        Self::new()
    }
}

fn ms(us: u64) -> f64 {
    us as f64 / 1000.0
}

fn failure_json(failure: &Failure) -> Value {
    json!({ "message": strip_ansi(&failure.overview()), "details": strip_ansi(&failure.format()) })
}

impl Reporter for JsonReporter {
    fn report_plan(&mut self, file: &FileReport, filtered_out: usize) {
        self.emit(json!({
            "type": "plan",
            "file": file.display,
            "origin": file.specifier.as_str(),
            "total": file.tests.len(),
            "filteredOut": filtered_out,
        }));
    }

    fn report_wait(&mut self, file: &FileReport, test: &TestDescription) {
        self.emit(
            json!({ "type": "wait", "file": file.display, "id": test.id, "name": test.name }),
        );
    }

    fn report_output(&mut self, file: &FileReport, output: &[u8]) {
        self.emit(json!({ "type": "output", "file": file.display, "text": String::from_utf8_lossy(output) }));
    }

    fn report_result(&mut self, file: &FileReport, test: &TestDescription, info: &ResultInfo) {
        let (status, failure) = match info.result {
            TestResult::Ok => ("ok", None),
            TestResult::Ignored => ("ignored", None),
            TestResult::Failed { failure } => ("failed", Some(failure_json(failure))),
            TestResult::Cancelled => ("cancelled", None),
        };
        let mut value = json!({
            "type": "result",
            "file": file.display,
            "id": test.id,
            "name": test.name,
            "location": test.location,
            "status": status,
            "durationMs": ms(info.elapsed_us),
        });
        if let Some(failure) = failure {
            value["error"] = failure;
        }
        if info.retries > 0 {
            value["retries"] = json!(info.retries);
            value["flaky"] = json!(matches!(info.result, TestResult::Ok));
        }
        self.emit(value);
    }

    fn report_step_wait(&mut self, file: &FileReport, step: &StepDescription) {
        self.emit(json!({ "type": "stepWait", "file": file.display, "id": step.id, "name": file.step_ancestry(step) }));
    }

    fn report_step_result(
        &mut self,
        file: &FileReport,
        step: &StepDescription,
        result: &StepResult,
        elapsed_us: u64,
    ) {
        let (status, failure) = match result {
            StepResult::Ok => ("ok", None),
            StepResult::Ignored => ("ignored", None),
            StepResult::Failed { failure } => ("failed", Some(failure_json(failure))),
        };
        let mut value = json!({
            "type": "stepResult",
            "file": file.display,
            "id": step.id,
            "testId": step.root_id,
            "name": file.step_ancestry(step),
            "status": status,
            "durationMs": ms(elapsed_us),
        });
        if let Some(failure) = failure {
            value["error"] = failure;
        }
        self.emit(value);
    }

    fn report_uncaught(
        &mut self,
        file: &FileReport,
        culprit: Option<&TestDescription>,
        failure: &Failure,
    ) {
        self.emit(json!({
            "type": "uncaught",
            "file": file.display,
            "test": culprit.map(|t| t.name.clone()),
            "error": failure_json(failure),
        }));
    }

    fn report_file_end(&mut self, file: &FileReport, elapsed_us: u64) {
        self.emit(json!({
            "type": "fileEnd",
            "file": file.display,
            "origin": file.specifier.as_str(),
            "durationMs": ms(elapsed_us),
        }));
    }

    fn report_summary(&mut self, summary: &Summary, elapsed_us: u64) {
        self.emit(json!({
            "type": "summary",
            "ok": !summary.has_failed(),
            "passed": summary.passed,
            "failed": summary.failed,
            "ignored": summary.ignored,
            "passedSteps": summary.passed_steps,
            "failedSteps": summary.failed_steps,
            "ignoredSteps": summary.ignored_steps,
            "filteredOut": summary.filtered_out,
            "flaky": summary.flaky,
            "durationMs": ms(elapsed_us),
        }));
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        use std::io::Write;
        let _ = std::io::stdout().flush();
        Ok(())
    }
}
