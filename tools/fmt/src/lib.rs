//! `x fmt`: formats TypeScript/JavaScript (ts, tsx, js, jsx, mjs, mts, cjs, cts), JSON/JSONC
//! and Markdown exactly as `deno fmt` does — the same dprint plugins at the same versions,
//! configured the same way — but from the graph's parse: a script is parsed once, by
//! `x_graph`'s counting parser, and formatted with
//! `dprint_plugin_typescript::format_parsed_source`.
//!
//! - `options.rs` — the `"fmt"` options (Deno's names) and the dprint configurations.
//! - `editorconfig.rs` — `.editorconfig` files filling in unset options.
//! - `format.rs` — one file's text → formatted text (`Formatter`).
//! - `diff.rs` — the `--check` diff.
//! - `run.rs` — a whole `x fmt` run: files, cores, skip cache, report.
//!
//! Called by the CLI (`cli/src/commands/fmt.rs`); the LSP's formatting will call
//! `Formatter` on its open documents.

mod diff;
mod editorconfig;
mod format;
mod options;
mod run;

pub use diff::diff;
pub use editorconfig::{EditorConfig, EditorConfigs};
pub use format::{extension, has_ignore_file_comment, kind_for_extension, Formatter, Kind};
pub use options::{FmtOptions, ProseWrap};
pub use run::{check, run, run_stdin, FmtReport, FmtRun};
