//! `x`: one binary that runs, formats, lints, documents, tests and deploys JavaScript and
//! TypeScript. This file parses the command line and hands each subcommand to its module
//! under `commands/`; the work itself lives in the crates under `tools/` and `runtime/`.

mod args;
mod commands;
mod factory;
mod progress;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // The engine's own disk cache of bytecode is opt-in through this variable; x keeps
    // bytecode itself (`x_worker::DirCodeCache`), so the engine's folder is never used —
    // above all not by `x platform serve`, whose tenants would share it. Removed while
    // the process still has one thread.
    std::env::remove_var("V82JSC_BC_CACHE_DIR");
    let cli = args::Cli::parse_from(args::without_unstable_flags(std::env::args_os()));
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let result = runtime.block_on(async move {
        match cli.command {
            args::Command::Run(run) => commands::run::run(run).await,
            args::Command::Eval(eval) => commands::eval::eval(eval).await,
            args::Command::Serve(serve) => commands::serve::serve(serve).await,
            args::Command::Fmt(fmt) => commands::fmt::fmt(fmt),
            args::Command::Lint(lint) => commands::lint::lint(lint),
            args::Command::Lsp => commands::lsp::lsp().await,
            args::Command::Doc(doc) => commands::doc::doc(doc).await,
            args::Command::Test(test) => commands::test::test(test),
            args::Command::Ci(ci) => commands::ci::ci(ci).await,
            args::Command::Coverage(coverage) => commands::coverage::coverage(coverage),
            args::Command::Platform(platform) => commands::platform::platform(platform).await,
            args::Command::Deploy(deploy) => commands::deploy::deploy(deploy).await,
            args::Command::Install(install) => commands::install::install(install).await,
            args::Command::Add(add) => commands::install::add(add).await,
            args::Command::Task(task) => commands::task::task(task).await,
        }
    });
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            let label = if x_worker::stderr_colors() {
                "\x1b[1;31merror\x1b[0m"
            } else {
                "error"
            };
            eprintln!("{label}: {error:#}");
            ExitCode::from(1)
        }
    }
}
