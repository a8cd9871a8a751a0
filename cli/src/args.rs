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
    /// Serve HTTP with a module's `export default { fetch(request) }` (as the platform runs it)
    Serve(ServeArgs),
    /// Format TypeScript, JavaScript, JSON and Markdown files (as deno fmt)
    Fmt(FmtArgs),
    /// Lint TypeScript and JavaScript files with deno_lint's rules (as deno lint)
    Lint(LintArgs),
    /// Start the language server (editors run this and talk LSP over stdio)
    Lsp,
    /// Show documentation of modules' exports; --json, --html site, --lint (as deno doc)
    Doc(DocArgs),
    /// Run tests: Deno.test in *_test/*.test/test.{ts,tsx,mts,js,mjs,jsx} (as deno test)
    Test(TestArgs),
    /// Report code coverage recorded by `x test --coverage` (summary, --lcov, --html), merge shards
    Coverage(CoverageArgs),
    /// Check a project in one process: fmt --check, lint, doc --lint, test (each file parsed once)
    Ci(CiArgs),
    /// Run the x platform (control plane, router, store) or manage its tokens
    #[command(subcommand)]
    Platform(PlatformCommand),
    /// Deploy to an x platform, and manage its projects, deployments, env and logs
    Deploy(DeployArgs),
    /// Install package.json's npm dependencies into node_modules
    Install(InstallArgs),
    /// Add npm packages to package.json and node_modules: x add npm:hono
    Add(AddArgs),
    /// Run a task of x.json/deno.json or a package.json script; no name lists them
    Task(TaskArgs),
}

/// `x task [NAME [ARGS…]]`: the flags of `deno task`.
#[derive(Debug, Args)]
pub struct TaskArgs {
    /// The configuration file (default: x.json or deno.json found from the current folder up)
    #[arg(short = 'c', long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Do not look for a configuration file (package.json scripts only)
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
    /// Run the commands in this folder instead of the folder of the file defining them
    #[arg(long, value_name = "DIR")]
    pub cwd: Option<PathBuf>,
    /// The task (none: list the tasks), then arguments appended to its command
    #[arg(
        value_name = "NAME [ARGS]",
        num_args = 0..,
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub task: Vec<String>,
}

/// `x install`.
#[derive(Debug, Args)]
pub struct InstallArgs {
    #[command(flatten)]
    pub graph: GraphFlags,
}

/// `x add npm:PKG[@RANGE]…`.
#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub graph: GraphFlags,
    /// The packages: npm:NAME[@RANGE] (the npm: prefix may be left out)
    #[arg(value_name = "npm:PKG", required = true)]
    pub packages: Vec<String>,
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
    /// The npm registry for npm: packages (default: $NPM_CONFIG_REGISTRY, else npm's)
    #[arg(long, value_name = "URL")]
    pub registry: Option<String>,
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

/// What the program may do, as Deno's flags say it: `--allow-<kind>[=LIST]` grants,
/// `--deny-<kind>[=LIST]` takes away (deny beats allow). A bare flag means the whole kind.
#[derive(Debug, Args, Clone, Default)]
pub struct PermissionFlags {
    /// Allow all permissions
    #[arg(short = 'A', long)]
    pub allow_all: bool,
    /// Allow file system read access, optionally only to these paths
    #[arg(short = 'R', long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "PATH")]
    pub allow_read: Option<Vec<String>>,
    /// Allow file system write access, optionally only to these paths
    #[arg(short = 'W', long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "PATH")]
    pub allow_write: Option<Vec<String>>,
    /// Allow network access, optionally only to these hosts (HOST[:PORT])
    #[arg(short = 'N', long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "HOST")]
    pub allow_net: Option<Vec<String>>,
    /// Allow access to environment variables, optionally only these
    #[arg(short = 'E', long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "VARIABLE")]
    pub allow_env: Option<Vec<String>>,
    /// Allow running subprocesses, optionally only these programs
    #[arg(long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "PROGRAM")]
    pub allow_run: Option<Vec<String>>,
    /// Allow access to OS information, optionally only these APIs (hostname, osRelease, ...)
    #[arg(short = 'S', long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "API")]
    pub allow_sys: Option<Vec<String>>,
    /// Allow loading dynamic libraries, optionally only these paths
    #[arg(long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "PATH")]
    pub allow_ffi: Option<Vec<String>>,
    /// Allow importing from remote hosts, optionally only these
    #[arg(short = 'I', long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "HOST")]
    pub allow_import: Option<Vec<String>>,
    /// Deny file system read access, optionally only to these paths
    #[arg(long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "PATH")]
    pub deny_read: Option<Vec<String>>,
    /// Deny file system write access, optionally only to these paths
    #[arg(long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "PATH")]
    pub deny_write: Option<Vec<String>>,
    /// Deny network access, optionally only to these hosts
    #[arg(long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "HOST")]
    pub deny_net: Option<Vec<String>>,
    /// Deny access to environment variables, optionally only these
    #[arg(long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "VARIABLE")]
    pub deny_env: Option<Vec<String>>,
    /// Deny running subprocesses, optionally only these programs
    #[arg(long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "PROGRAM")]
    pub deny_run: Option<Vec<String>>,
    /// Deny access to OS information, optionally only these APIs
    #[arg(long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "API")]
    pub deny_sys: Option<Vec<String>>,
    /// Deny loading dynamic libraries, optionally only these paths
    #[arg(long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "PATH")]
    pub deny_ffi: Option<Vec<String>>,
    /// Deny importing from remote hosts, optionally only these
    #[arg(long, num_args = 0.., require_equals = true, value_delimiter = ',', value_name = "HOST")]
    pub deny_import: Option<Vec<String>>,
    /// Never ask at the terminal: anything not granted is denied (also DENO_NO_PROMPT=1)
    #[arg(long)]
    pub no_prompt: bool,
    /// Use a permission set from the config file's "permissions" (default: "default")
    #[arg(short = 'P', long = "permission-set", num_args = 0..=1, require_equals = true, default_missing_value = "default", value_name = "NAME")]
    pub permission_set: Option<String>,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub graph: GraphFlags,
    #[command(flatten)]
    pub permissions: PermissionFlags,
    /// The program (a file path, a URL, or - to read it from standard input), then its
    /// arguments (Deno.args): everything after the program is the program's, flags included
    #[arg(
        value_name = "FILE [ARGS]",
        required = true,
        num_args = 1..,
        trailing_var_arg = true
    )]
    pub program: Vec<String>,
}

impl RunArgs {
    /// The program to run.
    pub fn file(&self) -> &str {
        &self.program[0]
    }

    /// The program's arguments.
    pub fn program_args(&self) -> Vec<String> {
        self.program[1..].to_vec()
    }
}

#[derive(Debug, Args, Clone)]
pub struct ServeArgs {
    #[command(flatten)]
    pub graph: GraphFlags,
    #[command(flatten)]
    pub permissions: PermissionFlags,
    /// The port to listen on (0 picks a free one)
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// The address to listen on
    #[arg(long, default_value = "0.0.0.0")]
    pub host: String,
    /// Serve HTTPS with this PEM certificate chain (needs --key)
    #[arg(long, value_name = "FILE", requires = "key")]
    pub cert: Option<PathBuf>,
    /// The PEM private key of --cert
    #[arg(long, value_name = "FILE", requires = "cert")]
    pub key: Option<PathBuf>,
    /// Print one line per request: method, path, status, milliseconds
    #[arg(long)]
    pub log: bool,
    /// Restart the program when one of its files changes, on the same listening socket
    #[arg(long)]
    pub watch: bool,
    /// The module whose default export serves requests: a file path or a URL
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
    #[command(flatten)]
    pub permissions: PermissionFlags,
    /// Print the value of the expression
    #[arg(short = 'p', long)]
    pub print: bool,
    /// The code to run (TypeScript)
    pub code: String,
    /// Arguments for the program (Deno.args)
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// `x platform ...`: the multi-tenant platform that `x deploy` pushes to.
#[derive(Debug, Subcommand)]
pub enum PlatformCommand {
    /// Serve the platform: the control-plane API, the router and the store, on one port
    Serve(PlatformServeArgs),
    /// Manage the platform's API tokens (works on the data folder, also while serving)
    #[command(subcommand)]
    Token(PlatformTokenCommand),
}

/// Where the platform keeps its state; shared by `serve` and the token commands.
#[derive(Debug, Args, Clone, Default)]
pub struct PlatformDataFlags {
    /// The data folder (default: the user's data folder, x/platform)
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// A TOML or JSON file with data, listen, domain, max_blob_bytes, public_port, store,
    /// blobs, node_id, advertise (flags win)
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Keep the records in PostgreSQL, shared by several nodes:
    /// postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE (default: SQLite in the data folder)
    #[arg(long, value_name = "URL")]
    pub store: Option<String>,
}

#[derive(Debug, Args)]
pub struct PlatformServeArgs {
    #[command(flatten)]
    pub data: PlatformDataFlags,
    /// The address to listen on (default 127.0.0.1:8080; port 0 picks a free port)
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<String>,
    /// Projects are served at <project>.<domain> (default: localhost)
    #[arg(long, value_name = "DOMAIN")]
    pub domain: Option<String>,
    /// Refuse uploaded blobs larger than this (default: 64 MiB)
    #[arg(long, value_name = "BYTES")]
    pub max_blob_bytes: Option<u64>,
    /// Where blobs are kept: a folder the nodes share, or a postgres:// URL (default: the
    /// data folder; with a PostgreSQL --store, that database)
    #[arg(long, value_name = "DIR-or-URL")]
    pub blobs: Option<String>,
    /// This node's name among the nodes sharing --store (default: its --advertise address)
    #[arg(long, value_name = "ID")]
    pub node_id: Option<String>,
    /// The HOST:PORT the other nodes reach this one at (default: the listening address)
    #[arg(long, value_name = "HOST:PORT")]
    pub advertise: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum PlatformTokenCommand {
    /// Create a token and print it once, alone on the last line of stdout
    Create {
        #[command(flatten)]
        data: PlatformDataFlags,
        /// Limit the token to this project (default: all projects)
        #[arg(long, value_name = "PROJECT")]
        project: Option<String>,
        /// A name to recognise the token by
        #[arg(long, value_name = "NAME", default_value = "token")]
        name: String,
    },
    /// List tokens (never their secrets)
    List {
        #[command(flatten)]
        data: PlatformDataFlags,
    },
    /// Revoke a token by id; it stops working at once
    Revoke {
        #[command(flatten)]
        data: PlatformDataFlags,
        /// The token's id (from `x platform token list`)
        id: String,
    },
}

/// `x fmt`: the flags of `deno fmt`.
#[derive(Debug, Args)]
pub struct FmtArgs {
    /// Files, folders or globs to format (default: the current folder); - reads standard input
    #[arg(value_name = "FILES")]
    pub files: Vec<String>,
    /// Check whether the files are formatted; write nothing, exit 1 if not
    #[arg(long)]
    pub check: bool,
    /// Stop checking at the first file that is not formatted
    #[arg(long, alias = "failfast", requires = "check")]
    pub fail_fast: bool,
    /// The type of standard input and of files without an extension
    #[arg(long, value_name = "EXT", value_parser = ["ts", "tsx", "js", "jsx", "mts", "mjs", "cts", "cjs", "md", "json", "jsonc"])]
    pub ext: Option<String>,
    /// Files or globs to leave out (comma-separated; replaces the config's exclude list)
    #[arg(
        long,
        require_equals = true,
        value_delimiter = ',',
        value_name = "PATHS"
    )]
    pub ignore: Vec<String>,
    /// Succeed when no file matches
    #[arg(long)]
    pub permit_no_files: bool,
    /// Indent with tabs [default: false]
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "BOOL")]
    pub use_tabs: Option<bool>,
    /// The line width to stay under [default: 80]
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..), value_name = "N")]
    pub line_width: Option<u32>,
    /// The indentation width [default: 2]
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..), value_name = "N")]
    pub indent_width: Option<u8>,
    /// Prefer single quotes [default: false]
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "BOOL")]
    pub single_quote: Option<bool>,
    /// How Markdown prose wraps [default: always]
    #[arg(long, value_parser = ["always", "never", "preserve"])]
    pub prose_wrap: Option<String>,
    /// Leave out semicolons where not needed [default: false]
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_name = "BOOL")]
    pub no_semicolons: Option<bool>,
    /// Do not read .editorconfig files
    #[arg(long)]
    pub no_editorconfig: bool,
    /// Check every file again instead of skipping files known formatted
    #[arg(long)]
    pub no_cache: bool,
    /// The configuration file (default: x.json or deno.json found from the current folder up)
    #[arg(short = 'c', long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Do not look for a configuration file
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
}

/// `x doc`: the flags of `deno doc`.
#[derive(Debug, Args)]
pub struct DocArgs {
    /// Modules to document: files, folders, globs, or specifiers (std:path, jsr:@std/path);
    /// none: the entry points the config file's "exports" lists
    #[arg(value_name = "FILES")]
    pub files: Vec<String>,
    /// Show only this symbol (a dotted path: Class.method, Namespace.fn)
    #[arg(long, value_name = "SYMBOL", conflicts_with_all = ["json", "html", "lint"])]
    pub filter: Option<String>,
    /// Include symbols that are not exported
    #[arg(long)]
    pub private: bool,
    /// Print deno_doc's JSON nodes
    #[arg(long, conflicts_with = "html")]
    pub json: bool,
    /// Write a static HTML site (see --name, --output)
    #[arg(long)]
    pub html: bool,
    /// The name shown on the site's pages
    #[arg(long, requires = "html", value_name = "NAME")]
    pub name: Option<String>,
    /// Where the site goes
    #[arg(long, requires = "html", value_name = "DIR", default_value = "./docs/")]
    pub output: PathBuf,
    /// Report missing JSDoc, missing return types and private types in public API; exit 1
    /// on any
    #[arg(long)]
    pub lint: bool,
    #[command(flatten)]
    pub graph: GraphFlags,
}

/// `x lint`: the flags of `deno lint`.
#[derive(Debug, Args)]
pub struct LintArgs {
    /// Files, folders or globs to lint (default: the current folder); - reads standard input
    #[arg(value_name = "FILES")]
    pub files: Vec<String>,
    /// Apply the rules' fixes and write the files
    #[arg(long)]
    pub fix: bool,
    /// List the rules (with --json, as JSON)
    #[arg(long)]
    pub rules: bool,
    /// Run the rules with these tags (comma-separated; default: recommended)
    #[arg(
        long,
        require_equals = true,
        value_delimiter = ',',
        value_name = "TAGS"
    )]
    pub rules_tags: Option<Vec<String>>,
    /// Also run these rules
    #[arg(
        long,
        require_equals = true,
        value_delimiter = ',',
        value_name = "RULES",
        conflicts_with = "rules"
    )]
    pub rules_include: Option<Vec<String>>,
    /// Do not run these rules
    #[arg(
        long,
        require_equals = true,
        value_delimiter = ',',
        value_name = "RULES",
        conflicts_with = "rules"
    )]
    pub rules_exclude: Option<Vec<String>>,
    /// Files or globs to leave out (comma-separated; replaces the config's exclude list)
    #[arg(
        long,
        require_equals = true,
        value_delimiter = ',',
        value_name = "PATHS"
    )]
    pub ignore: Vec<String>,
    /// Report as JSON on standard output
    #[arg(long)]
    pub json: bool,
    /// Report one line per problem
    #[arg(long, conflicts_with = "json")]
    pub compact: bool,
    /// The type of standard input and of files without an extension (ts, tsx, js, jsx, ...)
    #[arg(long, require_equals = true, value_name = "EXT")]
    pub ext: Option<String>,
    /// Succeed when no file matches
    #[arg(long)]
    pub permit_no_files: bool,
    /// Lint every file again instead of skipping files known clean
    #[arg(long)]
    pub no_cache: bool,
    /// The configuration file (default: x.json or deno.json found from the current folder up)
    #[arg(short = 'c', long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Do not look for a configuration file
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
}

/// `x deploy [ENTRY]` pushes the program to an x platform; its subcommands manage what is
/// there. The platform flags are global: `x deploy list --project p` works.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct DeployArgs {
    #[command(subcommand)]
    pub command: Option<DeployCommand>,
    #[command(flatten)]
    pub platform: DeployPlatformFlags,
    #[command(flatten)]
    pub graph: GraphFlags,
    /// The program's entry module (default: "deploy"."entrypoint" of x.json/deno.json)
    #[arg(value_name = "ENTRY")]
    pub entry: Option<String>,
    /// Also make this deployment the project's production deployment
    #[arg(long)]
    pub prod: bool,
    /// Files or folders to ship as static assets, served at their path relative to the
    /// current folder (repeatable; default: "deploy"."include", relative to the config file)
    #[arg(long, value_name = "PATH")]
    pub include: Vec<String>,
    /// Globs to leave out of the assets (repeatable; default: "deploy"."exclude")
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
}

/// Which platform, which token, which project; and the output format.
#[derive(Debug, Args, Clone, Default)]
pub struct DeployPlatformFlags {
    /// The platform's URL (default: X_DEPLOY_URL, "deploy"."url", the login's, then
    /// http://localhost:8080)
    #[arg(long, global = true, value_name = "URL")]
    pub url: Option<String>,
    /// The API token (default: X_DEPLOY_TOKEN, then the one saved by `x deploy login`)
    #[arg(long, global = true, value_name = "TOKEN")]
    pub token: Option<String>,
    /// The project (default: "deploy"."project" of x.json/deno.json)
    #[arg(long, global = true, value_name = "NAME")]
    pub project: Option<String>,
    /// Print the result as JSON on standard output
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum DeployCommand {
    /// Check a token and save it (mode 0600) for this platform URL; reads it from stdin
    /// without --token
    Login,
    /// List the project's deployments, newest first
    List {
        /// How many (1-100)
        #[arg(long, default_value_t = 20)]
        limit: u32,
    },
    /// Make a deployment the project's production deployment
    Promote {
        /// The deployment's id
        id: String,
    },
    /// Show the project's logs
    Logs {
        /// Keep printing new entries as they come
        #[arg(short, long)]
        follow: bool,
        /// Only this deployment's entries
        #[arg(long, value_name = "ID")]
        deployment: Option<String>,
        /// How many of the latest entries to show first (1-1000)
        #[arg(long, default_value_t = 100)]
        limit: u32,
    },
    /// Set, list or unset the project's environment variables
    #[command(subcommand)]
    Env(DeployEnvCommand),
    /// Create, list or delete projects
    #[command(subcommand)]
    Projects(DeployProjectsCommand),
}

#[derive(Debug, Subcommand)]
pub enum DeployEnvCommand {
    /// Set variables: KEY=VALUE ...
    Set {
        #[arg(required = true, value_name = "KEY=VALUE")]
        pairs: Vec<String>,
    },
    /// List variables (values masked)
    List,
    /// Remove a variable
    Unset { key: String },
}

#[derive(Debug, Subcommand)]
pub enum DeployProjectsCommand {
    /// Create a project
    Create { name: String },
    /// List projects
    List,
    /// Delete a project with its deployments, env and logs
    Delete { name: String },
}

/// `x test`: the flags of `deno test`.
#[derive(Debug, Args)]
pub struct TestArgs {
    #[command(flatten)]
    pub graph: GraphFlags,
    #[command(flatten)]
    pub permissions: PermissionFlags,
    /// Files or folders to test (default: the config's test.include, else the current folder)
    #[arg(value_name = "FILES")]
    pub paths: Vec<String>,
    #[command(flatten)]
    pub selection: TestSelectionFlags,
    /// Balance shards by the durations in this earlier JUnit or JSON report
    #[arg(long, require_equals = true, value_name = "FILE", requires = "shard")]
    pub shard_timings: Option<PathBuf>,
    /// How to report on standard output
    #[arg(long, value_enum, default_value_t = TestReporterArg::Pretty)]
    pub reporter: TestReporterArg,
    /// Also write a JUnit XML report to this file (- for standard output)
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "-", value_name = "FILE")]
    pub junit_path: Option<String>,
    /// Stop after the first failure (or after N failures)
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "1", value_name = "N")]
    pub fail_fast: Option<u32>,
    /// Run files and tests in a random order (with this seed)
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "", value_name = "SEED")]
    pub shuffle: Option<String>,
    /// Run a failed test again up to N times; a pass on a retry is reported as flaky
    #[arg(long, require_equals = true, default_value_t = 0, value_name = "N")]
    pub retry: u32,
    /// Do not fail when no test files are found
    #[arg(long)]
    pub permit_no_files: bool,
    /// Record where leaked ops and timers started (slower)
    #[arg(long)]
    pub trace_leaks: bool,
    /// Fail tests that leave async ops or timers running (off by default)
    #[arg(long)]
    pub sanitize_ops: bool,
    /// Fail tests that leave resources open (off by default)
    #[arg(long)]
    pub sanitize_resources: bool,
    /// Run again when a file changes (only the test files that depend on it)
    #[arg(long)]
    pub watch: bool,
    /// Run the code blocks of JSDoc comments and Markdown files as tests
    #[arg(long)]
    pub doc: bool,
    /// Record which lines, branches and functions ran, into DIR (default: coverage)
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "coverage", value_name = "DIR")]
    pub coverage: Option<PathBuf>,
    /// With --coverage: fail when line coverage is below N percent
    #[arg(long, require_equals = true, value_name = "N", requires = "coverage")]
    pub coverage_threshold: Option<f64>,
    /// Accepted for compatibility with deno test; x test does not type-check
    #[arg(long, hide = true)]
    pub no_check: bool,
}

/// `x coverage DIR [--lcov|--html|--detailed]`, `x coverage merge A B … -o OUT`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct CoverageArgs {
    #[command(subcommand)]
    pub command: Option<CoverageCommand>,
    /// The folder `x test --coverage=DIR` wrote
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Write an lcov tracefile (to --output, else standard output)
    #[arg(long, conflicts_with_all = ["html", "detailed"])]
    pub lcov: bool,
    /// Write an HTML report (to --output, else DIR/html)
    #[arg(long, conflicts_with = "detailed")]
    pub html: bool,
    /// Show every line that never ran, file by file
    #[arg(long)]
    pub detailed: bool,
    /// Where --lcov or --html writes
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Fail when line coverage is below N percent
    #[arg(long, require_equals = true, value_name = "N")]
    pub coverage_threshold: Option<f64>,
}

#[derive(Debug, Subcommand)]
pub enum CoverageCommand {
    /// Merge the coverage folders of several runs (CI shards) into one
    Merge {
        /// The folders to merge
        #[arg(value_name = "DIR", required = true, num_args = 1..)]
        dirs: Vec<PathBuf>,
        /// The merged folder (emptied first)
        #[arg(long, short = 'o', value_name = "DIR")]
        output: PathBuf,
    },
}

/// Which files and tests a run takes, and how many at once: shared by `x test` and `x ci`.
#[derive(Debug, Args, Clone, Default)]
pub struct TestSelectionFlags {
    /// Files or globs to leave out (comma-separated)
    #[arg(
        long,
        require_equals = true,
        value_delimiter = ',',
        value_name = "PATHS"
    )]
    pub ignore: Vec<String>,
    /// Run only tests whose name contains this text, or matches it as "/regex/"
    #[arg(long, value_name = "FILTER")]
    pub filter: Option<String>,
    /// Run test files in parallel, one per core (see --jobs)
    #[arg(long)]
    pub parallel: bool,
    /// Run this many test files at the same time
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<u32>,
    /// Run only this shard of the files: I/N, 1-based (e.g. --shard=2/4)
    #[arg(long, require_equals = true, value_name = "I/N")]
    pub shard: Option<String>,
}

/// `x ci [PATHS]`.
#[derive(Debug, Args)]
pub struct CiArgs {
    #[command(flatten)]
    pub graph: GraphFlags,
    #[command(flatten)]
    pub permissions: PermissionFlags,
    /// Files or folders to check (default: the config's include lists, else the current folder)
    #[arg(value_name = "PATHS")]
    pub paths: Vec<String>,
    #[command(flatten)]
    pub selection: TestSelectionFlags,
    /// Write one JUnit XML report for all four checks to this file (- for standard output)
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "-", value_name = "FILE")]
    pub junit_path: Option<String>,
    /// Do not read or write the skip cache of files known formatted and lint-clean
    #[arg(long)]
    pub no_cache: bool,
}

/// The reporters of `x test`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TestReporterArg {
    Pretty,
    Dot,
    Tap,
    Junit,
    Json,
}

/// The command line without Deno's `--unstable` and `--unstable-*` flags before the
/// program name of `run`/`eval`/`serve`/`test`: what they switch on is always on in `x`
/// (KV, ...), and programs and scripts written for Deno pass them. Anything after the
/// first argument that is not a flag belongs to the program and is left alone.
pub fn without_unstable_flags(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> Vec<std::ffi::OsString> {
    let mut args = args.into_iter();
    let mut out: Vec<std::ffi::OsString> = args.by_ref().take(2).collect();
    let takes_program = out
        .get(1)
        .and_then(|c| c.to_str())
        .is_some_and(|command| matches!(command, "run" | "eval" | "serve" | "test"));
    let mut in_flags = takes_program;
    for arg in args {
        if in_flags {
            match arg.to_str() {
                Some(flag) if flag == "--unstable" || flag.starts_with("--unstable-") => continue,
                Some(flag) if flag.starts_with('-') && flag != "-" && flag != "--" => {}
                _ => in_flags = false,
            }
        }
        out.push(arg);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::without_unstable_flags;

    fn strip(line: &str) -> Vec<String> {
        without_unstable_flags(line.split(' ').map(std::ffi::OsString::from))
            .into_iter()
            .map(|a| a.into_string().unwrap())
            .collect()
    }

    #[test]
    fn unstable_flags_before_the_program_are_dropped() {
        assert_eq!(
            strip("x run --unstable-kv -A --unstable main.ts --unstable-kv"),
            ["x", "run", "-A", "main.ts", "--unstable-kv"]
        );
        assert_eq!(strip("x fmt --unstable-kv"), ["x", "fmt", "--unstable-kv"]);
    }
}
