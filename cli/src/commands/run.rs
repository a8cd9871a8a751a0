//! `x run FILE [ARGS...]`: builds the program's graph, then runs it on a worker.

use anyhow::{Context, Result};
use url::Url;
use x_graph::{Graph, ParseMode};
use x_permissions::PermissionsContainer;
use x_worker::{MainWorker, Outcome, ServeOptions, WorkerOptions};

use crate::args::RunArgs;
use crate::factory;

pub async fn run(args: RunArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let graph = factory::graph(&args.graph, &cwd, ParseMode::Execute)?;
    let permissions = factory::permissions(&args.permissions, &args.graph, &cwd, false, None)?;
    let main_module = if args.file() == "-" {
        let mut code = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut code)
            .context("cannot read the program from standard input")?;
        let url = Url::from_file_path(cwd.join("$x$stdin.ts")).expect("cwd is absolute");
        graph.add_memory_module(url.clone(), code);
        url
    } else {
        main_module_url(args.file(), &cwd)?
    };
    run_module(
        graph,
        main_module,
        args.program_args(),
        permissions,
        None,
        Teardown::ProcessExits,
    )
    .await
}

/// What becomes of the runtime once its program has finished.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Teardown {
    /// The process ends right after: the runtime is left to the OS instead of being
    /// freed object by object (a tenth of hello world's CPU went to that; Deno too exits
    /// without dropping its worker). No op keeps buffered output or unsynced data for
    /// its drop; the one thing a drop did that matters, closing the cache database, is
    /// done first.
    ProcessExits,
    /// The process goes on (`x serve --watch` runs one program after another).
    Drop,
}

/// Runs `main_module` (to be loaded into `graph`) with `args`, serving its default export
/// with `serve`; returns the exit code.
pub async fn run_module(
    graph: Graph,
    main_module: Url,
    args: Vec<String>,
    permissions: PermissionsContainer,
    serve: Option<ServeOptions>,
    teardown: Teardown,
) -> Result<u8> {
    let started = std::time::Instant::now();
    let built = graph.add_roots(vec![main_module.clone()], false).await;
    if x_graph::log_enabled("timing") {
        eprintln!("[timing] graph built in {:?}", started.elapsed());
    }
    if let Err(error) = built {
        graph.parse_stats().report_if_enabled();
        let mut message = error.to_string();
        let missing = main_module.to_file_path().is_ok_and(|path| !path.is_file());
        if main_module.scheme() == "file" && missing {
            message.push_str("\n    hint: check the path; `x run` takes a file path, a URL, or - for standard input");
        }
        anyhow::bail!(message);
    }
    let mut worker = MainWorker::new(WorkerOptions {
        args,
        main_module,
        graph: graph.clone(),
        permissions,
        serve,
    });
    let outcome = worker.run().await;
    graph.parse_stats().report_if_enabled();
    let code = match outcome {
        // The OS keeps the low 8 bits of an exit code (Deno.exitCode = 256 ends with 0).
        Outcome::Finished => worker.exit_code() as u8,
        Outcome::Uncaught(report) => {
            eprintln!("{report}");
            1
        }
    };
    if teardown == Teardown::ProcessExits {
        graph.close_cache();
        std::mem::forget(worker);
    }
    Ok(code)
}

/// The URL of the program named on the command line: a URL as given, or a path from cwd.
pub(crate) fn main_module_url(file: &str, cwd: &std::path::Path) -> Result<Url> {
    let looks_like_url = ["http:", "https:", "file:", "data:", "std:", "jsr:"]
        .iter()
        .any(|scheme| file.starts_with(scheme));
    if looks_like_url {
        return Url::parse(file).with_context(|| format!("{file} is not a valid URL"));
    }
    let path = cwd.join(file);
    let path = std::path::absolute(&path).unwrap_or(path);
    Url::from_file_path(&path)
        .map_err(|_| anyhow::anyhow!("{} is not a valid file path", path.display()))
}
