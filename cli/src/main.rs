//! `x`: one binary that runs, formats, lints, documents, tests and deploys JavaScript and
//! TypeScript. This file parses the command line and hands each subcommand to its module
//! under `commands/`; the work itself lives in the crates under `tools/` and `runtime/`.

mod args;
mod commands;
mod factory;
mod progress;

use std::process::ExitCode;

use clap::Parser;

/// v8x (the engine shim) keeps the bytecode of every module it compiles in a folder
/// shared by all of the user's processes (`~/.cache/v8x`), read back by a 64-bit
/// non-cryptographic hash of the module's name and source. In `x platform serve` tenants
/// choose their modules' names and sources, so one that found a colliding key would have
/// another tenant run its bytecode: the platform turns that cache off.
///
/// v8x reads the variable once, on first use, so it is set here, before the async
/// runtime (or any other thread) exists.
fn turn_off_shared_bytecode_cache_on_the_platform(command: &args::Command) {
    if matches!(
        command,
        args::Command::Platform(args::PlatformCommand::Serve(_))
    ) {
        std::env::set_var("V82JSC_NO_BC_CACHE", "1");
    }
}

fn main() -> ExitCode {
    let cli = args::Cli::parse_from(args::without_unstable_flags(std::env::args_os()));
    turn_off_shared_bytecode_cache_on_the_platform(&cli.command);
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
