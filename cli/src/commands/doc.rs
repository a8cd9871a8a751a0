//! `x doc [FILES…] [--filter S] [--private] [--json | --html --name N --output DIR] [--lint]`:
//! the named modules (none named: the config file's `"exports"`) go into one `TypesOnly`
//! graph (each parsed once),
//! then `x_doc` documents them from the graph's parses and writes the chosen output.

use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context, Result};
use url::Url;
use x_config::files::FilePatterns;
use x_doc::{html::HtmlOptions, DocOptions};
use x_graph::deno_graph::{GraphKind, ModuleGraphError, ResolutionError};
use x_graph::{Graph, ParseMode};

use crate::args::DocArgs;
use crate::factory;
use crate::progress::colors_for;

/// deno_doc needs the AST, comments and scope analysis, not tokens: `Execute` parses keep
/// less, and deno_graph's parse store adds scope analysis to the kept parse when the
/// symbol analysis asks for it (no second parse; `X_LOG=graph` still counts one).
const PARSE_MODE: ParseMode = ParseMode::Execute;

/// File extensions `x doc` reads when it walks a folder or a glob.
const EXTENSIONS: &[&str] = &["ts", "tsx", "mts", "cts", "js", "jsx", "mjs", "cjs"];

pub async fn doc(args: DocArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    deno_terminal::colors::set_use_color(colors_for(&std::io::stderr()));
    let graph = factory::graph_of_kind(&args.graph, &cwd, PARSE_MODE, GraphKind::TypesOnly)?;
    let result = run(&args, &cwd, &graph).await;
    graph.parse_stats().report_if_enabled();
    // The process ends next: the OS takes the graph back at once, where freeing its parses
    // one allocation at a time cost ~4% of documenting a large project.
    std::mem::forget(graph);
    result
}

async fn run(args: &DocArgs, cwd: &Path, graph: &Graph) -> Result<u8> {
    let timing = Timing::new();
    let roots = if args.files.is_empty() {
        config_exports(args, cwd, graph)?
    } else {
        roots(&args.files, cwd, graph)?
    };
    load(graph, &roots).await?;
    timing.mark("graph (load, parse)");
    // deno_doc writes type representations with the terminal's colors when they are on:
    // off while documenting (the JSON and the site must hold plain text); the terminal
    // printer and the lint report switch them back for their own output.
    let stderr_colors = colors_for(&std::io::stderr());
    deno_terminal::colors::set_use_color(false);
    let documented = x_doc::document(
        graph,
        &roots,
        DocOptions {
            private: args.private,
            lint: args.lint,
        },
    )?;
    timing.mark("deno_doc");
    deno_terminal::colors::set_use_color(stderr_colors);
    if args.lint {
        if !documented.diagnostics.is_empty() {
            eprint!("{}", x_doc::lint::render(&documented.diagnostics));
            bail!("{}", x_doc::lint::summary(documented.diagnostics.len()));
        }
        if !args.json && !args.html {
            let n = documented.documents.len();
            eprintln!("Checked {n} file{}", if n == 1 { "" } else { "s" });
            return Ok(0);
        }
    }
    if args.html {
        let output: std::path::PathBuf = cwd
            .join(&args.output)
            .components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect();
        let count = x_doc::html::write(
            documented.documents,
            HtmlOptions {
                name: args.name.clone(),
                output: &output,
                main_entrypoint: (roots.len() == 1).then(|| graph.resolve_redirect(&roots[0])),
            },
        )?;
        eprintln!("Written {count} files to {}", args.output.display());
        return Ok(0);
    }
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    // A closed pipe (`x doc … | head`) is not an error.
    let _ = if args.json {
        let written = x_doc::json::write(&mut stdout, &documented.documents);
        // As the graph in `doc`: left to the OS at exit (freeing it was ~2% of a run).
        std::mem::forget(documented);
        written
    } else {
        let text = x_doc::terminal::render(
            documented.documents,
            args.filter.as_deref(),
            colors_for(&std::io::stdout()),
            args.private,
        )?;
        stdout.write_all(text.as_bytes())
    }
    .and_then(|_| stdout.flush());
    timing.mark("output");
    Ok(0)
}

/// With no files named: the entry points the config file's `"exports"` lists (a package's
/// public API), as `x ci` documents them.
fn config_exports(args: &DocArgs, cwd: &Path, graph: &Graph) -> Result<Vec<Url>> {
    let Some(config) = factory::config(&args.graph, cwd)? else {
        bail!(
            "no modules to document\n    hint: name files (`x doc mod.ts`), or run it where \
             a deno.json or x.json lists \"exports\""
        );
    };
    let entries = config.exports()?;
    if entries.is_empty() {
        bail!(
            "no modules to document: {} has no \"exports\"\n    hint: name files (`x doc \
             mod.ts`), or list the package's entry points in \"exports\"",
            config.path.display()
        );
    }
    roots(&entries, config.dir(), graph)
}

/// Adds `roots` to `graph`. A module named on the command line must load and parse; a
/// broken dependency is a warning and the rest is documented (as `deno doc` does).
pub(crate) async fn load(graph: &Graph, roots: &[Url]) -> Result<()> {
    if let Err(error) = graph.add_roots(roots.to_vec(), false).await {
        for root in roots {
            if let Some(message) = graph.module_error(root) {
                if message.starts_with("Module not found") {
                    bail!(
                        "{message}\n    hint: check the path; `x doc` takes files, folders, \
                         globs, or specifiers such as std:path"
                    );
                }
                bail!("{message}");
            }
        }
        let errors = graph.errors(roots);
        if errors.is_empty() {
            bail!("{error}");
        }
        // The standard library is embedded: an import of a std module it does not have is
        // a mistake in the code (the error lists the modules there are), not a file that
        // may appear later. Anything else is a warning, as in `deno doc`.
        if let Some(wrong) = errors.iter().find(|e| is_std_mistake(e)) {
            bail!("{}", wrong.to_string_with_range());
        }
        for warning in errors {
            eprintln!(
                "{} {}",
                deno_terminal::colors::yellow("Warning"),
                warning.to_string_with_range()
            );
        }
    }
    Ok(())
}

/// `X_LOG=timing`: where the time of one `x doc` goes, on stderr.
struct Timing {
    last: std::cell::Cell<std::time::Instant>,
    enabled: bool,
}

impl Timing {
    fn new() -> Timing {
        Timing {
            last: std::cell::Cell::new(std::time::Instant::now()),
            enabled: x_graph::log_enabled("timing"),
        }
    }

    fn mark(&self, phase: &str) {
        if self.enabled {
            let now = std::time::Instant::now();
            eprintln!("[timing] {phase}: {:?}", now - self.last.get());
            self.last.set(now);
        }
    }
}

/// The modules named on the command line: a specifier (`std:path`, `jsr:@std/path`,
/// `@std/path`, `https://…`) is resolved as an import from the current folder; a folder or
/// glob is walked for JavaScript and TypeScript files; anything else is a file (a missing
/// one is reported by the graph, "Module not found").
pub(crate) fn roots(args: &[String], cwd: &Path, graph: &Graph) -> Result<Vec<Url>> {
    let base = Url::from_directory_path(cwd)
        .map_err(|_| anyhow::anyhow!("the current directory is not a valid path"))?;
    let mut roots = Vec::new();
    for arg in args {
        if is_specifier(arg) {
            roots.push(
                graph
                    .resolve(arg, &base)
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
            );
            continue;
        }
        let path = cwd.join(arg);
        if path.is_file() || (!path.exists() && !is_glob(arg)) {
            roots.push(
                Url::from_file_path(&path)
                    .map_err(|_| anyhow::anyhow!("{arg} is not a valid path"))?,
            );
            continue;
        }
        let patterns = FilePatterns::for_tool(None, "doc", cwd, std::slice::from_ref(arg), &[])?;
        let found = patterns.collect(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.contains(&e))
        });
        if found.is_empty() {
            bail!("no JavaScript or TypeScript files match {arg}");
        }
        for file in found {
            roots.push(
                Url::from_file_path(&file)
                    .map_err(|_| anyhow::anyhow!("{} is not a valid path", file.display()))?,
            );
        }
    }
    let mut seen = std::collections::HashSet::new();
    roots.retain(|r| seen.insert(r.clone()));
    Ok(roots)
}

/// An import of a std name the embedded library does not have (`std:nope`).
fn is_std_mistake(error: &ModuleGraphError) -> bool {
    match error {
        ModuleGraphError::ResolutionError(ResolutionError::ResolverError { specifier, .. })
        | ModuleGraphError::TypesResolutionError(ResolutionError::ResolverError {
            specifier,
            ..
        }) => ["std:", "jsr:@std/", "jsr:/@std/", "@std/"]
            .iter()
            .any(|prefix| specifier.starts_with(prefix)),
        _ => false,
    }
}

/// `std:x`, `jsr:@std/x`, `@std/x`, `https://…`, `file:///…` — not a path.
fn is_specifier(arg: &str) -> bool {
    if arg.starts_with("@std/") {
        return true;
    }
    match arg.split_once(':') {
        // A one-letter "scheme" is a Windows drive.
        Some((scheme, _)) => {
            scheme.len() > 1
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '+')
        }
        None => false,
    }
}

fn is_glob(arg: &str) -> bool {
    arg.contains(['*', '?', '[', '{'])
}
