//! The ops of the worker's own bootstrap: what the program was started with, `exit`, and
//! the bracket around a lazy load of the runtime's own modules.

use std::any::Any;
use std::rc::Rc;

use deno_core::{op2, v8, OpState};
use serde::Serialize;

/// Facts about the process that the `Deno` namespace exposes, read lazily by JS.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BootstrapInfo {
    pub args: Vec<String>,
    pub main_module: String,
    pub no_color: bool,
    pub stdout_is_terminal: bool,
    pub stderr_is_terminal: bool,
}

#[op2]
#[serde]
pub fn op_bootstrap_info(state: &mut OpState) -> BootstrapInfo {
    state.borrow::<BootstrapInfo>().clone()
}

/// `Deno.exit(code)`: flushes what the program printed and ends the process. In a
/// tenant's isolate it ends only the isolate (the platform then recycles it).
#[op2(fast)]
pub fn op_exit(state: &mut OpState, code: i32) {
    use std::io::Write;
    if let Some(exit) = state.try_borrow::<crate::tenant::TenantExit>() {
        exit.exited
            .store(true, std::sync::atomic::Ordering::Release);
        exit.isolate.terminate_execution();
        return;
    }
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    std::process::exit(code);
}

/// `Deno.exitCode = n`: the code the process ends with when the program finishes on
/// its own (an uncaught error still ends it with 1).
#[derive(Debug, Default, Clone, Copy)]
pub struct ExitCode(pub i32);

#[op2(fast)]
pub fn op_set_exit_code(state: &mut OpState, code: i32) {
    state.put(ExitCode(code));
}

/// A tenant's `console.*` line, for its log (see `tenant.rs`).
#[op2(fast)]
pub fn op_tenant_log(state: &mut OpState, #[string] line: &str, to_stderr: bool) {
    match state.try_borrow::<crate::tenant::LogSink>() {
        Some(sink) => sink(to_stderr, line),
        None => eprintln!("{line}"),
    }
}

/// Called when the runtime starts loading its own lazily loaded modules (streams, fetch,
/// Intl, ...) on a program's first use; what it returns is held until the load ends. A
/// platform tenant's stops its CPU-limit clock: that code is the platform's, not the
/// tenant's, and a termination in the middle of a lazy load panics in deno_core.
pub type BuiltinLoadHook = Rc<dyn Fn() -> Box<dyn Any>>;

/// The hook, and what it returned for the outermost load under way (a lazy module's
/// first use can start another's).
pub(crate) struct BuiltinLoads {
    pub(crate) hook: BuiltinLoadHook,
    pub(crate) depth: usize,
    pub(crate) held: Option<Box<dyn Any>>,
}

/// A lazy load of the runtime's own modules begins. The program's pending promise
/// reactions must not run inside it: deno_core drains the microtask queue after
/// evaluating a lazy module, which ran them in the middle of the program's code (and, on
/// the platform, while the tenant's clock is stopped).
#[op2(fast)]
pub fn op_builtin_load_start(scope: &mut v8::PinScope<'_, '_>, state: &mut OpState) {
    v8::x_fast::hold_microtask_checkpoints(scope, true);
    if let Some(loads) = state.try_borrow_mut::<BuiltinLoads>() {
        if loads.depth == 0 {
            loads.held = Some((loads.hook)());
        }
        loads.depth += 1;
    }
}

#[op2(fast)]
pub fn op_builtin_load_end(scope: &mut v8::PinScope<'_, '_>, state: &mut OpState) {
    v8::x_fast::hold_microtask_checkpoints(scope, false);
    if let Some(loads) = state.try_borrow_mut::<BuiltinLoads>() {
        loads.depth = loads.depth.saturating_sub(1);
        if loads.depth == 0 {
            loads.held = None;
        }
    }
}
