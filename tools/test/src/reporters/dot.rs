//! One character per test and step (`.` passed, `,` ignored, `!` failed), then Deno's
//! errors, failures and summary. On a terminal the characters wrap at 80% of its width;
//! elsewhere each goes on its own line, as Deno prints them.

use super::{stdout_write, write_summary, FileReport, Reporter, ResultInfo, Summary};
use crate::event::{Failure, StepDescription, StepResult, TestDescription, TestResult};
use crate::format::Colors;

pub struct DotReporter {
    colors: Colors,
    width: usize,
    count: usize,
}

impl DotReporter {
    pub fn new(colors: bool) -> DotReporter {
        DotReporter {
            colors: Colors(colors),
            width: terminal_width() * 4 / 5,
            count: 0,
        }
    }

    fn print(&mut self, symbol: String) {
        let mut text = String::new();
        if self.width == 0 {
            text.push_str(&symbol);
            text.push('\n');
        } else {
            if self.count != 0 && self.count.is_multiple_of(self.width) {
                text.push('\n');
            }
            text.push_str(&symbol);
        }
        self.count += 1;
        stdout_write(text.as_bytes());
    }
}

/// The terminal's width in columns, or 0 when stdout is not a terminal.
fn terminal_width() -> usize {
    // SAFETY: TIOCGWINSZ fills a winsize struct for a terminal descriptor.
    unsafe {
        let mut size: libc::winsize = std::mem::zeroed();
        if libc::isatty(1) == 1 && libc::ioctl(1, libc::TIOCGWINSZ, &mut size) == 0 {
            return size.ws_col as usize;
        }
    }
    0
}

impl Reporter for DotReporter {
    fn report_plan(&mut self, _file: &FileReport, _filtered_out: usize) {}
    fn report_wait(&mut self, _file: &FileReport, _test: &TestDescription) {}
    fn report_output(&mut self, _file: &FileReport, _output: &[u8]) {}

    fn report_result(&mut self, _file: &FileReport, _test: &TestDescription, info: &ResultInfo) {
        let c = self.colors;
        let symbol = match info.result {
            TestResult::Ok => c.gray("."),
            TestResult::Ignored => c.cyan(","),
            TestResult::Failed { .. } => c.red("!"),
            TestResult::Cancelled => c.gray("!"),
        };
        self.print(symbol);
    }

    fn report_step_wait(&mut self, _file: &FileReport, _step: &StepDescription) {}

    fn report_step_result(
        &mut self,
        _file: &FileReport,
        _step: &StepDescription,
        result: &StepResult,
        _elapsed_us: u64,
    ) {
        let c = self.colors;
        let symbol = match result {
            StepResult::Ok => c.gray("."),
            StepResult::Ignored => c.cyan(","),
            StepResult::Failed { .. } => c.red("!"),
        };
        self.print(symbol);
    }

    fn report_uncaught(
        &mut self,
        file: &FileReport,
        _culprit: Option<&TestDescription>,
        _failure: &Failure,
    ) {
        let newline = if self.width != 0 && self.count > 0 {
            "\n"
        } else {
            ""
        };
        let line = format!(
            "{newline}Uncaught error from {} {}\n",
            file.display,
            self.colors.red("FAILED")
        );
        stdout_write(line.as_bytes());
        self.count = 0;
    }

    fn report_file_end(&mut self, _file: &FileReport, _elapsed_us: u64) {}

    fn report_summary(&mut self, summary: &Summary, elapsed_us: u64) {
        let mut out = Vec::new();
        if self.width != 0 && self.count > 0 {
            out.push(b'\n');
        }
        write_summary(&mut out, summary, elapsed_us, self.colors);
        out.push(b'\n');
        stdout_write(&out);
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        use std::io::Write;
        let _ = std::io::stdout().flush();
        Ok(())
    }
}
