//! The command line, declared with clap: one struct per subcommand, flags shared through
//! flattened groups so `run`, `eval` (and later `test`, `serve`) accept the same ones.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "x",
    version,
    about = "A JavaScript and TypeScript toolbox, and the client of the x platform"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a JavaScript or TypeScript program
    Run(RunArgs),
    /// Evaluate a script given on the command line
    Eval(EvalArgs),
}

/// How modules are found and loaded: shared by every command that builds a graph.
#[derive(Debug, Args, Clone, Default)]
pub struct GraphFlags {
    /// Fetch remote modules again instead of using the cache
    #[arg(short = 'r', long)]
    pub reload: bool,
    /// Use only cached remote modules; never touch the network
    #[arg(long)]
    pub cached_only: bool,
    /// Check remote modules against a lockfile (default: x.lock beside the config file)
    #[arg(long, value_name = "FILE", num_args = 0..=1, default_missing_value = "x.lock")]
    pub lock: Option<PathBuf>,
    /// Do not use or write a lockfile
    #[arg(long, conflicts_with = "lock")]
    pub no_lock: bool,
    /// Fail instead of adding new entries to the lockfile
    #[arg(long)]
    pub frozen: bool,
    /// The configuration file (default: x.json or deno.json found from the current folder up)
    #[arg(short = 'c', long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Do not look for a configuration file
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub graph: GraphFlags,
    /// The program: a file path, a URL, or - to read it from standard input
    #[arg(value_name = "FILE")]
    pub file: String,
    /// Arguments for the program (Deno.args)
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "ARGS"
    )]
    pub args: Vec<String>,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    #[command(flatten)]
    pub graph: GraphFlags,
    /// Print the value of the expression
    #[arg(short = 'p', long)]
    pub print: bool,
    /// The code to run (TypeScript)
    pub code: String,
    /// Arguments for the program (Deno.args)
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}
