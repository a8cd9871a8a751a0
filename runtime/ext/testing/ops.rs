//! The ops behind `01_testing.js`. Registration and results go into [`TestingState`];
//! step events and uncaught errors go straight to the runner's [`TestHost`], so they
//! reach the reporter in the order they happen.

use std::cell::RefCell;
use std::rc::Rc;

use deno_core::error::JsError;
use deno_core::{op2, v8, OpState};
use deno_error::JsErrorBox;

use crate::interface::{
    Failure, Outcome, RegisteredTest, StepDescription, TestHost, TestLocation, TestingState,
};

// Result kinds, as `01_testing.js` numbers them.
const RESULT_OK: u32 = 0;
const RESULT_IGNORED: u32 = 1;
const RESULT_ERROR: u32 = 2;
const RESULT_FAILED_STEPS: u32 = 3;
const RESULT_INCOMPLETE_STEPS: u32 = 4;
const RESULT_INCOMPLETE: u32 = 5;
const RESULT_OVERLAPS_WITH_SANITIZERS: u32 = 6;
const RESULT_HAS_SANITIZERS_AND_OVERLAPS: u32 = 7;

fn outcome<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    kind: u32,
    error: v8::Local<'s, v8::Value>,
    count: u32,
    names: &str,
) -> Outcome {
    let names = || names.lines().map(str::to_string).collect::<Vec<_>>();
    match kind {
        RESULT_OK => Outcome::Ok,
        RESULT_IGNORED => Outcome::Ignored,
        RESULT_ERROR => Outcome::Failed(Failure::Error(JsError::from_v8_exception(scope, error))),
        RESULT_FAILED_STEPS => Outcome::Failed(Failure::FailedSteps(count)),
        RESULT_INCOMPLETE_STEPS => Outcome::Failed(Failure::IncompleteSteps),
        RESULT_INCOMPLETE => Outcome::Failed(Failure::Incomplete),
        RESULT_OVERLAPS_WITH_SANITIZERS => {
            Outcome::Failed(Failure::OverlapsWithSanitizers(names()))
        }
        RESULT_HAS_SANITIZERS_AND_OVERLAPS => {
            Outcome::Failed(Failure::HasSanitizersAndOverlaps(names()))
        }
        _ => Outcome::Failed(Failure::Error(JsError::from_v8_exception(scope, error))),
    }
}

fn host(state: &Rc<RefCell<OpState>>) -> Option<Rc<dyn TestHost>> {
    state
        .borrow()
        .try_borrow::<TestingState>()
        .and_then(|t| t.host.clone())
}

/// Whether this runtime runs tests.
#[op2(fast)]
pub fn op_test_enabled(state: &OpState) -> bool {
    state.has::<TestingState>()
}

/// The run's settings: bit 0 sanitize ops, bit 1 sanitize resources, bit 2 trace leaks.
#[op2(fast)]
pub fn op_test_defaults(state: &OpState) -> u32 {
    state.try_borrow::<TestingState>().map_or(0, |t| {
        t.sanitize_ops as u32 | (t.sanitize_resources as u32) << 1 | (t.trace_leaks as u32) << 2
    })
}

/// The module under test (`t.origin`).
#[op2]
#[string]
pub fn op_test_origin(state: &OpState) -> String {
    state
        .try_borrow::<TestingState>()
        .map(|t| t.origin.clone())
        .unwrap_or_default()
}

#[allow(clippy::too_many_arguments)]
#[op2(nofast)]
pub fn op_test_register(
    scope: &mut v8::PinScope,
    state: Rc<RefCell<OpState>>,
    function: v8::Local<v8::Function>,
    #[string] name: String,
    ignore: bool,
    only: bool,
    sanitize_ops: bool,
    sanitize_resources: bool,
    #[string] file_name: String,
    line_number: u32,
    column_number: u32,
) -> u32 {
    let function = v8::Global::new(scope, function);
    let mut state = state.borrow_mut();
    let Some(testing) = state.try_borrow_mut::<TestingState>() else {
        return 0;
    };
    let id = testing.next_id();
    testing.tests.push(RegisteredTest {
        id,
        name,
        location: TestLocation {
            file_name,
            line_number,
            column_number,
        },
        ignore,
        only,
        sanitize_ops,
        sanitize_resources,
        function,
    });
    id
}

/// A top-level test's outcome, reported by its wrapper just before it resolves.
#[op2(nofast, reentrant)]
pub fn op_test_report<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    state: Rc<RefCell<OpState>>,
    id: u32,
    kind: u32,
    error: v8::Local<'s, v8::Value>,
    count: u32,
    #[string] names: String,
) {
    let outcome = outcome(scope, kind, error, count, &names);
    if let Some(testing) = state.borrow_mut().try_borrow_mut::<TestingState>() {
        testing.outcomes.insert(id, outcome);
    }
}

#[allow(clippy::too_many_arguments)]
#[op2(nofast)]
pub fn op_test_step_register(
    state: Rc<RefCell<OpState>>,
    #[string] name: String,
    #[string] file_name: String,
    line_number: u32,
    column_number: u32,
    level: u32,
    parent_id: u32,
    root_id: u32,
) -> u32 {
    let id = match state.borrow_mut().try_borrow_mut::<TestingState>() {
        Some(testing) => testing.next_id(),
        None => return 0,
    };
    if let Some(host) = host(&state) {
        host.step_register(StepDescription {
            id,
            name,
            location: TestLocation {
                file_name,
                line_number,
                column_number,
            },
            level,
            parent_id,
            root_id,
        });
    }
    id
}

#[op2(fast)]
pub fn op_test_step_wait(state: Rc<RefCell<OpState>>, id: u32) {
    if let Some(host) = host(&state) {
        host.step_wait(id);
    }
}

#[op2(nofast, reentrant)]
pub fn op_test_step_result<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    state: Rc<RefCell<OpState>>,
    id: u32,
    kind: u32,
    error: v8::Local<'s, v8::Value>,
    count: u32,
    #[string] names: String,
    elapsed: f64,
) {
    let outcome = outcome(scope, kind, error, count, &names);
    if let Some(host) = host(&state) {
        host.step_result(id, outcome, elapsed.max(0.0) as u64);
    }
}

/// An error nothing caught; `culprit` 0 means the module's own code.
#[op2(nofast, reentrant)]
pub fn op_test_uncaught<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    state: Rc<RefCell<OpState>>,
    culprit: u32,
    error: v8::Local<'s, v8::Value>,
    in_promise: bool,
) {
    let error = JsError::from_v8_exception(scope, error);
    if let Some(host) = host(&state) {
        host.uncaught((culprit != 0).then_some(culprit), error, in_promise);
    }
}

/// Narrows the permissions for one test (its `permissions` option, as JSON); returns a
/// token for [`op_test_restore_permissions`].
#[op2(fast)]
pub fn op_test_pledge_permissions(
    state: &mut OpState,
    #[string] json: &str,
) -> Result<u32, JsErrorBox> {
    let current = match state.try_borrow::<x_permissions::PermissionsContainer>() {
        Some(container) => container.clone(),
        None => x_permissions::PermissionsContainer::deny_all(),
    };
    let narrowed = crate::permissions::narrow(&current, json)?;
    let Some(testing) = state.try_borrow_mut::<TestingState>() else {
        return Err(JsErrorBox::generic("not running tests"));
    };
    testing.pledges.push(current);
    let token = testing.pledges.len() as u32;
    state.put(narrowed);
    Ok(token)
}

/// Puts back the permissions a pledge replaced.
#[op2(fast)]
pub fn op_test_restore_permissions(state: &mut OpState, token: u32) {
    let Some(testing) = state.try_borrow_mut::<TestingState>() else {
        return;
    };
    if token == 0 || token as usize > testing.pledges.len() {
        return;
    }
    let previous = testing.pledges.drain(token as usize - 1..).next();
    if let Some(previous) = previous {
        state.put(previous);
    }
}
