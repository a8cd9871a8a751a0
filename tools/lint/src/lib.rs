//! `x lint`: deno_lint's rules on the graph's parse. Each file is opened once in
//! `x_graph`'s documents (parsed with tokens and scope analysis by the counting parser) and
//! linted with `Linter::lint_with_ast`; `--fix` re-opens the document with each round's
//! fixed text and writes the file once at the end, only if it still parses.
//!
//! - `rules.rs` — which rules run (tags, include, exclude), `--rules` listing.
//! - `linter.rs` — one document: lint, fix.
//! - `reporters/` — pretty, `--compact`, `--json` (one trait, one file each).
//! - `run.rs` — a whole `x lint` run: files, cores, skip cache, exit code.
//!
//! Called by the CLI (`cli/src/commands/lint.rs`); the LSP's diagnostics will call
//! `Linter::lint_parsed` on its open documents.

mod linter;
mod reporters;
mod rules;
mod run;

pub use linter::{jsx_factories, Fixed, Linter};
pub use reporters::{LintReporter, ReportKind};
pub use rules::{all_codes, default_tags, docs_url, select, RulesConfig};
pub use run::{check, print_rules, run, run_stdin, LintProblem, LintReport, LintRun};
