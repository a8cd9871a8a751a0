//! The runtime of `x test`: the worker's runtime (same extensions, same startup snapshot,
//! same graph-fed module loader) with the testing extension switched on, so `Deno.test`
//! registers tests instead of doing nothing.
//!
//! `x test` makes one of these per run, before any test code runs, and forks a process
//! from it for each test file (see `tools/test`): every file starts from the same pristine
//! runtime at the cost of a `fork`, and no process ever creates more than one runtime
//! (the engine leaks ~0.8 MB per dropped runtime and limits runtimes per thread; see
//! DESIGN.md, "Engine hazards").
//!
//! Clients: `x_test`.

use std::rc::Rc;

use deno_core::error::{CoreError, CoreErrorKind, JsError};
use deno_core::{JsRuntime, PollEventLoopOptions, RuntimeOptions};
use url::Url;
use x_graph::Graph;

use crate::{BootstrapInfo, GraphModuleLoader};

/// What a test runtime needs.
pub struct TestRuntimeOptions {
    /// The graph the test modules come from (holding them already).
    pub graph: Graph,
    /// What tests may do (a test's `permissions` option narrows it).
    pub permissions: x_permissions::PermissionsContainer,
    /// The test side of the runtime (sanitizer defaults; the runner fills in the rest).
    pub testing: x_ext_testing::TestingState,
}

/// Why a test module could not be evaluated.
#[derive(Debug)]
pub enum ModuleError {
    /// It threw (a syntax error, an exception at the top level).
    Js(Box<JsError>),
    /// It could not be loaded (module not found, bad import, ...).
    Load(String),
}

/// A bootstrapped runtime in test mode.
pub struct TestRuntime {
    runtime: JsRuntime,
}

impl TestRuntime {
    /// Creates the runtime and runs the bootstrap (which switches `Deno.test` on because
    /// the `TestingState` is in place first).
    pub fn new(options: TestRuntimeOptions) -> TestRuntime {
        let info = BootstrapInfo {
            args: vec![],
            main_module: String::new(),
            no_color: std::env::var_os("NO_COLOR").is_some(),
            stdout_is_terminal: std::io::IsTerminal::is_terminal(&std::io::stdout()),
            stderr_is_terminal: std::io::IsTerminal::is_terminal(&std::io::stderr()),
        };
        let mut runtime = JsRuntime::new(RuntimeOptions {
            module_loader: Some(Rc::new(GraphModuleLoader::new(options.graph.clone()))),
            extensions: crate::extensions(info),
            startup_snapshot: crate::snapshot::startup_snapshot(
                crate::snapshot::SnapshotKind::Full,
            ),
            ..Default::default()
        });
        {
            let state = runtime.op_state();
            let mut state = state.borrow_mut();
            state.put(options.permissions);
            state.put(options.testing);
            state.put(crate::module_loader::cjs_host(&options.graph));
        }
        runtime
            .execute_script(
                "ext:x_bootstrap/bootstrap",
                "globalThis.__bootstrapMainRuntime()",
            )
            .expect("the bootstrap function is defined by the runtime's own code");
        crate::snapshot::finish_restore(&mut runtime);
        TestRuntime { runtime }
    }

    /// The engine, for the runner to call tests and drive the event loop.
    pub fn js_runtime(&mut self) -> &mut JsRuntime {
        &mut self.runtime
    }

    /// Loads and evaluates `specifier` as a side module (a test file is not the main
    /// module: `import.meta.main` is false, as in Deno), running the event loop until its
    /// evaluation (top-level await included) has settled.
    pub async fn evaluate_module(&mut self, specifier: &Url) -> Result<(), ModuleError> {
        let id = self
            .runtime
            .load_side_es_module(specifier)
            .await
            .map_err(module_error)?;
        let evaluation = self.runtime.mod_evaluate(id);
        self.runtime
            .with_event_loop_promise(Box::pin(evaluation), PollEventLoopOptions::default())
            .await
            .map_err(module_error)
    }
}

fn module_error(error: CoreError) -> ModuleError {
    let message = error.print_with_cause();
    match *error.0 {
        CoreErrorKind::Js(js_error) => ModuleError::Js(js_error),
        _ => ModuleError::Load(message),
    }
}
