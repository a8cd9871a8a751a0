//! What the extension shares with the test runner: the registered tests, their outcomes,
//! and the [`TestHost`] the runner implements to hear about steps and uncaught errors as
//! they happen (so a step's line is printed before the output the step makes).

use std::collections::HashMap;
use std::rc::Rc;

use deno_core::error::JsError;
use deno_core::v8;
use serde::{Deserialize, Serialize};

/// Where a test or step was declared (source-mapped; line and column 1-based).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TestLocation {
    pub file_name: String,
    pub line_number: u32,
    pub column_number: u32,
}

/// A `Deno.test(...)` call, as the runner sees it after the module has been evaluated.
pub struct RegisteredTest {
    pub id: u32,
    pub name: String,
    pub location: TestLocation,
    pub ignore: bool,
    pub only: bool,
    pub sanitize_ops: bool,
    pub sanitize_resources: bool,
    /// `runTest(first, last)`: runs the test (with its hooks) and reports through
    /// `op_test_report`; resolves to `{ hook, error }` when a beforeAll/afterAll hook threw.
    pub function: v8::Global<v8::Function>,
}

/// A `t.step(...)` call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StepDescription {
    pub id: u32,
    pub name: String,
    pub location: TestLocation,
    /// 1 for a step of a test, 2 for a step of a step, ...
    pub level: u32,
    pub parent_id: u32,
    pub root_id: u32,
}

/// Why a test or step failed (Deno's `TestFailure`, less the leaks, which the runner
/// finds itself).
#[derive(Debug, Clone)]
pub enum Failure {
    /// It threw (or rejected) this.
    Error(Box<JsError>),
    /// It passed, but this many of its steps failed.
    FailedSteps(u32),
    /// It finished while some of its steps were still running.
    IncompleteSteps,
    /// A step whose parent finished first.
    Incomplete,
    /// A step started while these steps (full names), which use sanitizers, were running.
    OverlapsWithSanitizers(Vec<String>),
    /// A step with sanitizers started while these steps were running.
    HasSanitizersAndOverlaps(Vec<String>),
}

/// How a test or step ended.
#[derive(Debug, Clone)]
pub enum Outcome {
    Ok,
    Ignored,
    Failed(Failure),
}

/// The runner's ears. Called from ops, on the JS thread, while the op holds the `OpState`:
/// an implementation must not touch the runtime.
pub trait TestHost {
    fn step_register(&self, step: StepDescription);
    fn step_wait(&self, id: u32);
    fn step_result(&self, id: u32, outcome: Outcome, elapsed_ms: u64);
    /// An error nothing caught: thrown by a callback (timer, microtask) whose code was set
    /// up by test `culprit` (`None`: by the module's own code), or a promise rejection
    /// nothing handled (`in_promise`).
    fn uncaught(&self, culprit: Option<u32>, error: Box<JsError>, in_promise: bool);
}

/// The test side of one runtime. Present in the `OpState` only under `x test`.
pub struct TestingState {
    /// The module under test (`t.origin`).
    pub origin: String,
    /// Defaults of the ops and resources sanitizers (`--sanitize-ops`, ...).
    pub sanitize_ops: bool,
    pub sanitize_resources: bool,
    /// Record where every async op and timer starts from the beginning (`--trace-leaks`).
    pub trace_leaks: bool,
    /// Who hears about steps and uncaught errors; `None` until a file runs.
    pub host: Option<Rc<dyn TestHost>>,
    /// The tests registered so far, in order.
    pub tests: Vec<RegisteredTest>,
    /// Outcomes reported by the tests' functions, by test id.
    pub outcomes: HashMap<u32, Outcome>,
    pub(crate) next_id: u32,
    pub(crate) pledges: Vec<x_permissions::PermissionsContainer>,
}

impl TestingState {
    pub fn new(sanitize_ops: bool, sanitize_resources: bool) -> TestingState {
        TestingState {
            origin: String::new(),
            sanitize_ops,
            sanitize_resources,
            trace_leaks: false,
            host: None,
            tests: Vec::new(),
            outcomes: HashMap::new(),
            next_id: 1,
            pledges: Vec::new(),
        }
    }

    pub(crate) fn next_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }
}
