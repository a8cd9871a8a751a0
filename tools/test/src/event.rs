//! What a test file's process tells the parent, one JSON object a line on a pipe: the
//! tests it found, then each test's and step's start and result, and any error nothing
//! caught. Errors travel already formatted (source-mapped stacks and assertion diffs are
//! only known in the child, which has the runtime).

use serde::{Deserialize, Serialize};

pub use x_ext_testing::{StepDescription, TestLocation};

/// A top-level test of a file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TestDescription {
    pub id: u32,
    pub name: String,
    pub location: TestLocation,
    pub ignore: bool,
    pub only: bool,
}

/// Why a test or step failed, ready to print.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Failure {
    /// It threw: `message` is the report after `error: ` (message, source line with a
    /// caret, frames), `overview` its first line.
    Error {
        message: String,
        overview: String,
    },
    FailedSteps {
        count: u32,
    },
    IncompleteSteps,
    Incomplete,
    /// The sanitizers found leaks: one line per kind of leak, then notes.
    Leaked {
        details: Vec<String>,
        trailers: Vec<String>,
    },
    OverlapsWithSanitizers {
        names: Vec<String>,
    },
    HasSanitizersAndOverlaps {
        names: Vec<String>,
    },
}

impl Failure {
    /// The text after `error: ` in the failures section.
    pub fn format(&self) -> String {
        match self {
            Failure::Error { message, .. } => message.clone(),
            Failure::FailedSteps { count: 1 } => "1 test step failed.".into(),
            Failure::FailedSteps { count } => format!("{count} test steps failed."),
            Failure::IncompleteSteps => {
                "Completed while steps were still running. Ensure all steps are awaited with `await t.step(...)`.".into()
            }
            Failure::Incomplete => "Didn't complete before parent. Await step with `await t.step(...)`.".into(),
            Failure::Leaked { details, trailers } => {
                let mut out = String::from("Leaks detected:");
                for detail in details {
                    out.push_str("\n  - ");
                    out.push_str(detail);
                }
                for trailer in trailers {
                    out.push('\n');
                    out.push_str(trailer);
                }
                out
            }
            Failure::OverlapsWithSanitizers { names } => {
                let mut out = String::from("Started test step while another test step with sanitizers was running:");
                for name in names {
                    out.push_str("\n  * ");
                    out.push_str(name);
                }
                out
            }
            Failure::HasSanitizersAndOverlaps { names } => {
                let mut out = String::from("Started test step with sanitizers while another test step was running:");
                for name in names {
                    out.push_str("\n  * ");
                    out.push_str(name);
                }
                out
            }
        }
    }

    /// One line saying what went wrong (JUnit's `message`, TAP's `message`).
    pub fn overview(&self) -> String {
        match self {
            Failure::Error { overview, .. } => overview.clone(),
            Failure::FailedSteps { count: 1 } => "1 test step failed".into(),
            Failure::FailedSteps { count } => format!("{count} test steps failed"),
            Failure::IncompleteSteps => "Completed while steps were still running".into(),
            Failure::Incomplete => "Didn't complete before parent".into(),
            Failure::Leaked { .. } => "Leaks detected".into(),
            Failure::OverlapsWithSanitizers { .. } => {
                "Started test step while another test step with sanitizers was running".into()
            }
            Failure::HasSanitizersAndOverlaps { .. } => {
                "Started test step with sanitizers while another test step was running".into()
            }
        }
    }

    /// `due to 2 failed steps` after FAILED on the test's line.
    pub fn inline_summary(&self) -> Option<String> {
        match self {
            Failure::FailedSteps { count: 1 } => Some("due to 1 failed step".into()),
            Failure::FailedSteps { count } => Some(format!("due to {count} failed steps")),
            Failure::IncompleteSteps => Some("due to incomplete steps".into()),
            _ => None,
        }
    }

    /// Failures caused by steps are listed through the steps, not again for the test.
    pub fn hide_in_summary(&self) -> bool {
        matches!(self, Failure::FailedSteps { .. } | Failure::IncompleteSteps)
    }
}

/// How a test ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "status")]
pub enum TestResult {
    Ok,
    Ignored,
    Failed {
        failure: Failure,
    },
    /// It never ran to its end: the file's process stopped (fail-fast, a crash,
    /// `Deno.exit` with the exit sanitizer off).
    Cancelled,
}

/// How a step ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "status")]
pub enum StepResult {
    Ok,
    Ignored,
    Failed { failure: Failure },
}

/// One line on the events pipe.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum Event {
    /// The file was evaluated; these tests will run (in this order).
    Plan {
        tests: Vec<TestDescription>,
        filtered_out: usize,
        used_only: bool,
    },
    Wait {
        id: u32,
    },
    Result {
        id: u32,
        result: TestResult,
        elapsed_us: u64,
    },
    StepRegister {
        step: StepDescription,
    },
    StepWait {
        id: u32,
    },
    StepResult {
        id: u32,
        result: StepResult,
        elapsed_us: u64,
    },
    /// An error nothing caught, charged to the test `culprit` (by id) when known.
    Uncaught {
        culprit: Option<u32>,
        message: String,
        overview: String,
    },
    /// Everything went through; nothing more will come.
    Done,
}
