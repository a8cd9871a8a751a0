//! The default reporter, laid out as Deno's: `running N tests from ./file`, then one line
//! per test (`name ... ok (2ms)`), steps indented under their test, whatever a test prints
//! between `------- output -------` lines, and at the end the errors with their stacks,
//! the list of failures and the summary line.

use std::collections::HashMap;

use indexmap::IndexMap;

use super::{stdout_write, write_summary, FileReport, Reporter, ResultInfo, Summary};
use crate::event::{Failure, StepDescription, StepResult, TestDescription, TestResult};
use crate::format::{human_elapsed, Colors};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Before the file's first test: output is "pre-test output".
    Before,
    Tests,
    /// After the file's last test (afterAll hooks): "post-test output".
    After,
}

pub struct PrettyReporter {
    colors: Colors,
    in_new_line: bool,
    scope: Option<u32>,
    did_have_user_output: bool,
    phase: Phase,
    remaining: usize,
    filter: bool,
    /// Results of steps that finished while a sibling was being printed, by parent id.
    buffered: HashMap<u32, IndexMap<u32, (StepDescription, StepResult, u64)>>,
    out: Vec<u8>,
}

impl PrettyReporter {
    pub fn new(colors: bool, filter: bool) -> PrettyReporter {
        PrettyReporter {
            colors: Colors(colors),
            in_new_line: true,
            scope: None,
            did_have_user_output: false,
            phase: Phase::Before,
            remaining: 0,
            filter,
            buffered: HashMap::new(),
            out: Vec::new(),
        }
    }

    fn write(&mut self, text: &str) {
        self.out.extend_from_slice(text.as_bytes());
    }

    fn newline_if_needed(&mut self) {
        if !self.in_new_line {
            self.write("\n");
            self.in_new_line = true;
        }
    }

    fn write_output_end(&mut self) {
        if self.did_have_user_output {
            let label = match self.phase {
                Phase::Before => "----- pre-test output end -----",
                Phase::Tests => "----- output end -----",
                Phase::After => "----- post-test output end -----",
            };
            let text = format!("{}\n", self.colors.gray(label));
            self.newline_if_needed();
            self.write(&text);
            self.in_new_line = true;
            self.did_have_user_output = false;
        }
    }

    fn force_report_wait(&mut self, test: &TestDescription) {
        self.newline_if_needed();
        self.write(&format!("{} ...", test.name));
        self.in_new_line = false;
        self.scope = Some(test.id);
    }

    fn force_report_step_wait(&mut self, step: &StepDescription) {
        self.write_output_end();
        self.newline_if_needed();
        self.write(&format!(
            "{}{} ...",
            "  ".repeat(step.level as usize),
            step.name
        ));
        self.in_new_line = false;
        self.scope = Some(step.id);
    }

    fn force_report_step_result(
        &mut self,
        step: &StepDescription,
        result: &StepResult,
        elapsed_us: u64,
    ) {
        self.write_output_end();
        if self.in_new_line || self.scope != Some(step.id) {
            self.force_report_step_wait(step);
        }
        let children = self.buffered.remove(&step.id).unwrap_or_default();
        for (child, child_result, child_elapsed) in children.values() {
            self.force_report_step_result(child, child_result, *child_elapsed);
        }
        if !children.is_empty() {
            self.force_report_step_wait(step);
        }
        let c = self.colors;
        let status = match result {
            StepResult::Ok => c.green("ok"),
            StepResult::Ignored => c.yellow("ignored"),
            StepResult::Failed {
                failure: Failure::Incomplete,
            } => c.gray("INCOMPLETE"),
            StepResult::Failed { .. } => c.red("FAILED"),
        };
        self.write(&format!(" {status}"));
        if let StepResult::Failed { failure } = result {
            if let Some(summary) = failure.inline_summary() {
                self.write(&format!(" ({summary})"));
            }
        }
        if !matches!(
            result,
            StepResult::Failed {
                failure: Failure::Incomplete
            }
        ) {
            let elapsed = c.gray(&format!("({})", human_elapsed(elapsed_us)));
            self.write(&format!(" {elapsed}"));
        }
        self.write("\n");
        self.in_new_line = true;
        self.scope = Some(step.parent_id);
        if let Some(siblings) = self.buffered.get_mut(&step.parent_id) {
            siblings.shift_remove(&step.id);
        }
    }

    fn flush_out(&mut self) {
        if !self.out.is_empty() {
            stdout_write(&self.out);
            self.out.clear();
        }
    }
}

impl Reporter for PrettyReporter {
    fn report_plan(&mut self, file: &FileReport, _filtered_out: usize) {
        // As Deno: the output phase carries over from the previous file (once a file's
        // tests are done, later output is "post-test" until the next test starts).
        self.write_output_end();
        self.remaining = file.tests.len();
        if self.filter && file.tests.is_empty() {
            return;
        }
        let count = file.tests.len();
        let noun = if count == 1 { "test" } else { "tests" };
        self.newline_if_needed();
        let line = self
            .colors
            .gray(&format!("running {count} {noun} from {}", file.display));
        self.write(&format!("{line}\n"));
        self.in_new_line = true;
        self.flush_out();
    }

    fn report_wait(&mut self, _file: &FileReport, test: &TestDescription) {
        self.write_output_end();
        if self.phase == Phase::Before {
            self.phase = Phase::Tests;
        }
        self.force_report_wait(test);
        self.flush_out();
    }

    fn report_output(&mut self, _file: &FileReport, output: &[u8]) {
        if !self.did_have_user_output {
            self.did_have_user_output = true;
            self.newline_if_needed();
            let label = match self.phase {
                Phase::Before => "------- pre-test output -------",
                Phase::Tests => "------- output -------",
                Phase::After => "------- post-test output -------",
            };
            let text = format!("{}\n", self.colors.gray(label));
            self.write(&text);
        }
        self.out.extend_from_slice(output);
        self.in_new_line = output.ends_with(b"\n");
        self.flush_out();
    }

    fn report_result(&mut self, _file: &FileReport, test: &TestDescription, info: &ResultInfo) {
        self.write_output_end();
        if self.in_new_line || self.scope != Some(test.id) {
            self.force_report_wait(test);
        }
        let c = self.colors;
        let status = match info.result {
            TestResult::Ok => c.green("ok"),
            TestResult::Ignored => c.yellow("ignored"),
            TestResult::Failed {
                failure: Failure::Incomplete,
            } => c.gray("INCOMPLETE"),
            TestResult::Failed { .. } => c.red("FAILED"),
            TestResult::Cancelled => c.gray("cancelled"),
        };
        self.write(&format!(" {status}"));
        if let TestResult::Failed { failure } = info.result {
            if let Some(summary) = failure.inline_summary() {
                self.write(&format!(" ({summary})"));
            }
        }
        if info.retries > 0 && matches!(info.result, TestResult::Ok) {
            let times = if info.retries == 1 {
                "once"
            } else {
                "more than once"
            };
            self.write(&format!(
                " {}",
                c.yellow(&format!("(flaky: failed {times} before passing)"))
            ));
        }
        let elapsed = c.gray(&format!("({})", human_elapsed(info.elapsed_us)));
        self.write(&format!(" {elapsed}\n"));
        self.in_new_line = true;
        self.scope = None;
        self.remaining = self.remaining.saturating_sub(1);
        if self.remaining == 0 {
            self.phase = Phase::After;
        }
        self.flush_out();
    }

    fn report_step_wait(&mut self, _file: &FileReport, step: &StepDescription) {
        if self.scope == Some(step.parent_id) {
            self.force_report_step_wait(step);
        }
        self.flush_out();
    }

    fn report_step_result(
        &mut self,
        _file: &FileReport,
        step: &StepDescription,
        result: &StepResult,
        elapsed_us: u64,
    ) {
        if self.scope == Some(step.id) || self.scope == Some(step.parent_id) {
            let siblings = self.buffered.remove(&step.parent_id).unwrap_or_default();
            self.force_report_step_result(step, result, elapsed_us);
            for (sibling, sibling_result, sibling_elapsed) in siblings.values() {
                if sibling.id != step.id {
                    self.force_report_step_result(sibling, sibling_result, *sibling_elapsed);
                }
            }
        } else {
            self.buffered
                .entry(step.parent_id)
                .or_default()
                .insert(step.id, (step.clone(), result.clone(), elapsed_us));
        }
        self.flush_out();
    }

    fn report_uncaught(
        &mut self,
        file: &FileReport,
        _culprit: Option<&TestDescription>,
        _failure: &Failure,
    ) {
        self.write_output_end();
        self.newline_if_needed();
        let line = format!(
            "Uncaught error from {} {}\n",
            file.display,
            self.colors.red("FAILED")
        );
        self.write(&line);
        self.in_new_line = true;
        self.flush_out();
    }

    fn report_file_end(&mut self, _file: &FileReport, _elapsed_us: u64) {
        // Output after the file's tests stays open into the next file, as in Deno.
        self.newline_if_needed();
        self.scope = None;
        self.buffered.clear();
        self.flush_out();
    }

    fn report_summary(&mut self, summary: &Summary, elapsed_us: u64) {
        self.write_output_end();
        let mut out = Vec::new();
        write_summary(&mut out, summary, elapsed_us, self.colors);
        out.push(b'\n');
        self.out.extend_from_slice(&out);
        self.flush_out();
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        self.flush_out();
        use std::io::Write;
        let _ = std::io::stdout().flush();
        Ok(())
    }
}
