//! Several reporters at once (e.g. pretty on the terminal and JUnit to a file).

use super::{FileReport, Reporter, ResultInfo, Summary};
use crate::event::{Failure, StepDescription, StepResult, TestDescription};

pub struct CompoundReporter {
    reporters: Vec<Box<dyn Reporter>>,
}

impl CompoundReporter {
    pub fn new(reporters: Vec<Box<dyn Reporter>>) -> CompoundReporter {
        CompoundReporter { reporters }
    }
}

impl Reporter for CompoundReporter {
    fn report_plan(&mut self, file: &FileReport, filtered_out: usize) {
        self.reporters
            .iter_mut()
            .for_each(|r| r.report_plan(file, filtered_out));
    }
    fn report_wait(&mut self, file: &FileReport, test: &TestDescription) {
        self.reporters
            .iter_mut()
            .for_each(|r| r.report_wait(file, test));
    }
    fn report_output(&mut self, file: &FileReport, output: &[u8]) {
        self.reporters
            .iter_mut()
            .for_each(|r| r.report_output(file, output));
    }
    fn report_result(&mut self, file: &FileReport, test: &TestDescription, info: &ResultInfo) {
        self.reporters
            .iter_mut()
            .for_each(|r| r.report_result(file, test, info));
    }
    fn report_step_wait(&mut self, file: &FileReport, step: &StepDescription) {
        self.reporters
            .iter_mut()
            .for_each(|r| r.report_step_wait(file, step));
    }
    fn report_step_result(
        &mut self,
        file: &FileReport,
        step: &StepDescription,
        result: &StepResult,
        elapsed_us: u64,
    ) {
        self.reporters
            .iter_mut()
            .for_each(|r| r.report_step_result(file, step, result, elapsed_us));
    }
    fn report_uncaught(
        &mut self,
        file: &FileReport,
        culprit: Option<&TestDescription>,
        failure: &Failure,
    ) {
        self.reporters
            .iter_mut()
            .for_each(|r| r.report_uncaught(file, culprit, failure));
    }
    fn report_file_end(&mut self, file: &FileReport, elapsed_us: u64) {
        self.reporters
            .iter_mut()
            .for_each(|r| r.report_file_end(file, elapsed_us));
    }
    fn report_summary(&mut self, summary: &Summary, elapsed_us: u64) {
        self.reporters
            .iter_mut()
            .for_each(|r| r.report_summary(summary, elapsed_us));
    }
    fn flush(&mut self) -> anyhow::Result<()> {
        let mut first_error = None;
        for reporter in &mut self.reporters {
            if let Err(error) = reporter.flush() {
                first_error.get_or_insert(error);
            }
        }
        first_error.map_or(Ok(()), Err)
    }
}
