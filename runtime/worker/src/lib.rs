//! The single-tenant JavaScript worker behind `x run` (and, later, each test file of
//! `x test`): a `deno_core` runtime on QuickJS whose modules come from the one graph
//! (`x_graph`), with the runtime's extensions (console, timers, the `Deno` namespace).
//!
//! Clients: the CLI's `run`/`eval` commands.

mod errors;
mod module_loader;
mod ops;

use std::rc::Rc;

use deno_core::error::CoreError;
use deno_core::{JsRuntime, PollEventLoopOptions, RuntimeOptions};
use url::Url;
use x_graph::Graph;

pub use errors::{format_uncaught, stderr_colors};
pub use module_loader::GraphModuleLoader;
pub use ops::BootstrapInfo;

deno_core::extension!(
    x_bootstrap,
    ops = [ops::op_bootstrap_info, ops::op_exit],
    esm_entry_point = "ext:x_bootstrap/99_main.js",
    esm = [dir "js", "99_main.js"],
    options = { info: BootstrapInfo },
    state = |state, options| {
        state.put(options.info);
    },
);

/// What a worker needs to start.
pub struct WorkerOptions {
    /// The program's `Deno.args`.
    pub args: Vec<String>,
    /// The module to run.
    pub main_module: Url,
    /// The graph the modules come from (already holding the main module's graph).
    pub graph: Graph,
}

/// How a program ended.
#[derive(Debug)]
pub enum Outcome {
    /// It ran to completion (the event loop emptied).
    Finished,
    /// It threw and nothing caught it: the report is ready to print.
    Uncaught(String),
}

/// One JS program on one runtime.
pub struct MainWorker {
    runtime: JsRuntime,
    main_module: Url,
}

impl MainWorker {
    /// Creates the runtime and runs the bootstrap.
    pub fn new(options: WorkerOptions) -> MainWorker {
        let info = BootstrapInfo {
            args: options.args,
            main_module: options.main_module.to_string(),
            no_color: std::env::var_os("NO_COLOR").is_some(),
        };
        let runtime = JsRuntime::new(RuntimeOptions {
            module_loader: Some(Rc::new(GraphModuleLoader::new(options.graph))),
            extensions: vec![x_ext_timers::x_ext_timers::init(), x_bootstrap::init(info)],
            ..Default::default()
        });
        MainWorker { runtime, main_module: options.main_module }
    }

    /// Loads, evaluates and drives the main module until the event loop is empty.
    pub async fn run(&mut self) -> Outcome {
        match self.run_inner().await {
            Ok(()) => Outcome::Finished,
            Err(error) => Outcome::Uncaught(describe(&error)),
        }
    }

    async fn run_inner(&mut self) -> Result<(), CoreError> {
        let id = self.runtime.load_main_es_module(&self.main_module).await?;
        let evaluation = self.runtime.mod_evaluate(id);
        self.runtime.run_event_loop(PollEventLoopOptions::default()).await?;
        evaluation.await
    }
}

/// Words an engine error for the terminal.
fn describe(error: &CoreError) -> String {
    use deno_core::error::CoreErrorKind;
    match error.as_kind() {
        CoreErrorKind::Js(js_error) => format_uncaught(js_error, stderr_colors()),
        _ => {
            let label = if stderr_colors() { "\x1b[1;31merror\x1b[0m" } else { "error" };
            format!("{label}: {}", error.print_with_cause())
        }
    }
}
