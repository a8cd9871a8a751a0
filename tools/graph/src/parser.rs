//! The one parser: every module of the graph is parsed here, by `deno_ast`, and the parse
//! is kept (a `ParsedSource` per specifier) for every tool that reads the graph.
//!
//! It also counts parses per file. `X_LOG=graph` prints the counts when the process ends,
//! so tests can check that a file was parsed exactly once however many tools read it.
//! The counts are behind a mutex because `fmt` and `lint` parse their documents on every
//! core (see `documents.rs`); one uncontended lock per parse costs nothing next to a parse.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use deno_ast::{MediaType, ParseDiagnostic, ParsedSource};
use deno_graph::ast::{EsParser, ParseOptions};
use url::Url;

/// How much each parse keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseMode {
    /// Enough to run: the AST and comments (source maps, `x run`).
    Execute,
    /// Everything the tools read: tokens and scope analysis too (lint, doc, LSP, `x ci`).
    Tools,
    /// What a formatter reads: the AST, comments and tokens, without scope analysis
    /// (`x fmt` alone; dprint's own `format_text` parses so too). The resolver pass that
    /// scope analysis runs was ~3% of `x fmt --check`'s time and changes nothing dprint
    /// reads.
    Format,
}

/// Parse counts per specifier, shared by every parser of a process.
#[derive(Debug, Default)]
pub struct ParseStats {
    counts: Mutex<BTreeMap<Url, u32>>,
}

impl ParseStats {
    fn record(&self, specifier: &Url) {
        *self.lock().entry(specifier.clone()).or_default() += 1;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<Url, u32>> {
        // A panic while the lock was held cannot leave a count half-written.
        self.counts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// How many times `specifier` was parsed so far.
    pub fn count(&self, specifier: &Url) -> u32 {
        self.lock().get(specifier).copied().unwrap_or(0)
    }

    /// Every parsed specifier with its count, in URL order.
    pub fn all(&self) -> Vec<(Url, u32)> {
        self.lock().iter().map(|(u, c)| (u.clone(), *c)).collect()
    }

    /// Writes the counts to stderr when `X_LOG` names `graph` (e.g. `X_LOG=graph`).
    pub fn report_if_enabled(&self) {
        if !log_enabled("graph") {
            return;
        }
        for (specifier, count) in self.all() {
            eprintln!("[graph] parsed {count}x {specifier}");
        }
    }
}

/// Whether `X_LOG` (a comma-separated list) enables the given topic.
pub fn log_enabled(topic: &str) -> bool {
    std::env::var("X_LOG")
        .map(|v| v.split(',').any(|t| t.trim() == topic || t.trim() == "all"))
        .unwrap_or(false)
}

/// The parser handed to `deno_graph`: parses with `deno_ast` in the chosen mode and counts.
#[derive(Clone)]
pub struct CountingParser {
    pub mode: ParseMode,
    pub stats: Arc<ParseStats>,
}

impl CountingParser {
    /// Parses `text` as a program of `media_type`, recording one parse of `specifier`.
    /// The syntax is `deno_ast::get_syntax(media_type)`: the one `deno lint` and
    /// `dprint-plugin-typescript` use, so every tool reads the same tree.
    pub fn parse(
        &self,
        specifier: &Url,
        media_type: MediaType,
        text: Arc<str>,
        scope_analysis: bool,
    ) -> Result<ParsedSource, ParseDiagnostic> {
        self.stats.record(specifier);
        let scopes = self.mode == ParseMode::Tools || scope_analysis;
        let tokens = scopes || self.mode == ParseMode::Format;
        deno_ast::parse_program(deno_ast::ParseParams {
            specifier: specifier.clone(),
            text,
            media_type,
            capture_tokens: tokens,
            scope_analysis: scopes,
            maybe_syntax: None,
        })
    }
}

impl EsParser for CountingParser {
    fn parse_program(&self, options: ParseOptions) -> Result<ParsedSource, ParseDiagnostic> {
        self.parse(
            options.specifier,
            options.media_type,
            options.source,
            options.scope_analysis,
        )
    }
}
