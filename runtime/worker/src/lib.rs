//! The single-tenant JavaScript worker behind `x run` (and, later, each test file of
//! `x test`): a `deno_core` runtime on QuickJS whose modules come from the one graph
//! (`x_graph`), with the runtime's extensions (console, timers, the `Deno` namespace).
//!
//! Clients: the CLI's `run`/`eval` commands.

mod code_cache;
mod errors;
mod lifecycle;
mod module_loader;
mod ops;
mod snapshot;
mod tenant;
mod test_runtime;

use std::rc::Rc;
use std::sync::Arc;

use deno_core::error::CoreError;
use deno_core::{JsRuntime, RuntimeOptions};
use url::Url;
use x_graph::Graph;

pub use code_cache::{
    CodeCacheKey, CodeCacheReport, CodeCacheStats, CodeCacheStore, DirCodeCache, LoaderCodeCache,
};
pub use errors::{format_uncaught, stderr_colors};
pub use lifecycle::ServeOptions;
pub use module_loader::GraphModuleLoader;
pub use ops::{BootstrapInfo, BuiltinLoadHook};
pub use tenant::{BootError, LogSink, TenantRuntime};
pub use test_runtime::{ModuleError, TestRuntime, TestRuntimeOptions};

deno_core::extension!(
    x_bootstrap,
    ops = [
        ops::op_bootstrap_info,
        ops::op_builtin_load_start,
        ops::op_builtin_load_end,
        ops::op_exit,
        ops::op_set_exit_code,
        ops::op_tenant_log
    ],
    esm_entry_point = "ext:x_bootstrap/js/99_main.js",
    options = { info: BootstrapInfo },
    state = |state, options| {
        state.put(options.info);
    },
    customizer = |ext: &mut deno_core::Extension| {
        ext.esm_files = x_ext_embed::esm!(x_bootstrap, "js/99_main.js");
    },
);

/// Every extension of the worker, in order. The same list builds the startup snapshot
/// (see `snapshot.rs`), so the two can never disagree.
pub(crate) fn extensions(info: BootstrapInfo) -> Vec<deno_core::Extension> {
    vec![
        x_ext_console::x_ext_console::init(),
        x_ext_timers::x_ext_timers::init(),
        x_ext_web::x_ext_web::init(),
        x_ext_url::x_ext_url::init(),
        x_ext_crypto::x_ext_crypto::init(),
        x_ext_intl::x_ext_intl::init(),
        x_ext_streams::x_ext_streams::init(),
        x_ext_fetch::x_ext_fetch::init(),
        x_ext_websocket::x_ext_websocket::init(),
        x_ext_http::x_ext_http::init(),
        x_ext_fs::x_ext_fs::init(),
        x_ext_os::x_ext_os::init(),
        x_ext_process::x_ext_process::init(),
        x_ext_kv::x_ext_kv::init(),
        x_ext_testing::x_ext_testing::init(),
        x_ext_node::x_ext_node::init(),
        x_bootstrap::init(info),
    ]
}

/// What a worker needs to start.
pub struct WorkerOptions {
    /// The program's `Deno.args`.
    pub args: Vec<String>,
    /// The module to run.
    pub main_module: Url,
    /// The graph the modules come from (already holding the main module's graph).
    pub graph: Graph,
    /// What the program may do (checked in Rust by every op that touches the outside).
    pub permissions: x_permissions::PermissionsContainer,
    /// `x serve`: serve the main module's default export once it has evaluated.
    pub serve: Option<ServeOptions>,
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
    lifecycle: Option<lifecycle::Lifecycle>,
    serve: Option<ServeOptions>,
}

impl MainWorker {
    /// Creates the runtime and runs the bootstrap.
    pub fn new(options: WorkerOptions) -> MainWorker {
        let started = std::time::Instant::now();
        let graph = options.graph;
        let info = BootstrapInfo {
            args: options.args,
            main_module: options.main_module.to_string(),
            no_color: std::env::var_os("NO_COLOR").is_some(),
            stdout_is_terminal: std::io::IsTerminal::is_terminal(&std::io::stdout()),
            stderr_is_terminal: std::io::IsTerminal::is_terminal(&std::io::stderr()),
        };
        let loader = match local_code_cache() {
            Some(store) => GraphModuleLoader::with_code_cache(graph.clone(), store),
            None => GraphModuleLoader::new(graph.clone()),
        };
        let mut runtime = JsRuntime::new(RuntimeOptions {
            module_loader: Some(Rc::new(loader)),
            extensions: extensions(info),
            startup_snapshot: snapshot::startup_snapshot(crate::snapshot::SnapshotKind::Lazy),
            ..Default::default()
        });
        runtime.op_state().borrow_mut().put(options.permissions);
        runtime
            .op_state()
            .borrow_mut()
            .put(module_loader::cjs_host(&graph));
        let mut serve_options = options.serve;
        if let Some(serve) = &mut serve_options {
            // `x serve` listens where its flags say without asking for --allow-net.
            runtime
                .op_state()
                .borrow_mut()
                .put(x_ext_http::AllowedListen {
                    hostname: serve.hostname.clone(),
                    port: serve.port,
                    log: serve.log,
                    tls: serve.tls.clone(),
                });
            if let Some(prebound) = serve.prebound.take() {
                runtime.op_state().borrow_mut().put(prebound);
            }
        }
        let dispatchers = runtime
            .execute_script(
                "ext:x_bootstrap/bootstrap",
                "globalThis.__bootstrapMainRuntime()",
            )
            .expect("the bootstrap function is defined by the runtime's own code");
        let lifecycle = lifecycle::Lifecycle::from_bootstrap(&mut runtime, dispatchers);
        if x_graph::log_enabled("timing") {
            eprintln!("[timing] runtime created in {:?}", started.elapsed());
        }
        MainWorker {
            runtime,
            main_module: options.main_module,
            lifecycle,
            serve: serve_options,
        }
    }

    /// The code to end the process with after [`Outcome::Finished`]: `Deno.exitCode`.
    pub fn exit_code(&mut self) -> i32 {
        let state = self.runtime.op_state();
        let state = state.borrow();
        state.try_borrow::<ops::ExitCode>().map_or(0, |c| c.0)
    }

    /// Loads, evaluates and drives the main module until the event loop is empty.
    pub async fn run(&mut self) -> Outcome {
        match self.run_inner().await {
            Ok(()) => Outcome::Finished,
            Err(error) => Outcome::Uncaught(describe(&error)),
        }
    }

    async fn run_inner(&mut self) -> Result<(), CoreError> {
        let timing = x_graph::log_enabled("timing");
        let started = std::time::Instant::now();
        let id = self.runtime.load_main_es_module(&self.main_module).await?;
        if timing {
            eprintln!("[timing] main module loaded in {:?}", started.elapsed());
        }
        let result = lifecycle::run_main(
            &mut self.runtime,
            self.lifecycle.as_ref(),
            id,
            self.serve.as_ref(),
        )
        .await;
        if timing {
            eprintln!("[timing] program ran in {:?}", started.elapsed());
        }
        result
    }
}

/// Bytes of module bytecode `x run` keeps (oldest removed first).
const LOCAL_CODE_CACHE_BYTES: u64 = 256 << 20;

/// `x run`'s module bytecode: `$X_DIR/bytecode` (`X_NO_CODE_CACHE=1` turns it off). The
/// engine's own disk cache is off (runtime/engine/v8x/X_PATCHES.md); this one is x's,
/// bounded, and keyed by SHA-256 (`code_cache.rs`).
fn local_code_cache() -> Option<Arc<dyn CodeCacheStore>> {
    if std::env::var_os("X_NO_CODE_CACHE").is_some() {
        return None;
    }
    Some(Arc::new(DirCodeCache::new(
        x_graph::default_cache_dir().join("bytecode"),
        LOCAL_CODE_CACHE_BYTES,
    )))
}

/// Words an engine error for the terminal.
fn describe(error: &CoreError) -> String {
    use deno_core::error::CoreErrorKind;
    match error.as_kind() {
        CoreErrorKind::Js(js_error) => format_uncaught(js_error, stderr_colors()),
        _ => {
            let label = if stderr_colors() {
                "\x1b[1;31merror\x1b[0m"
            } else {
                "error"
            };
            format!("{label}: {}", error.print_with_cause())
        }
    }
}
