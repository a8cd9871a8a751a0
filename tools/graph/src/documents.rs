//! Documents: files a tool opens on their own, without following their imports. `fmt` and
//! `lint` work on files, not on an import graph, so they open each file here; the LSP will
//! open the editor's buffers the same way.
//!
//! A document is parsed by the graph's [`CountingParser`] in [`ParseMode::Tools`] (tokens
//! and scope analysis, what both dprint and deno_lint read; `x fmt` alone uses
//! [`ParseMode::Format`], without scope analysis), so the parse is counted with
//! every other parse of the process and `X_LOG=graph` shows it. The parse is kept until the
//! document is closed, and opening the same text again hands the kept parse back: `x fmt
//! --check` and `x lint` run on one document share one parse.
//!
//! Unlike the rest of the graph this handle is `Send + Sync`: the tools parse on every core.
//! It holds only the parser, the shared counters and the open parses, never the
//! `deno_graph::ModuleGraph` (which is `!Send`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use deno_ast::{MediaType, ParseDiagnostic, ParsedSource};
use deno_graph::ast::{EsParser, ParseOptions};
use url::Url;

use crate::parser::{CountingParser, ParseMode, ParseStats};

/// The open documents of a process; cheap to clone and to send to other threads.
#[derive(Clone)]
pub struct Documents {
    inner: Arc<Inner>,
}

struct Inner {
    parser: CountingParser,
    open: Mutex<HashMap<Url, ParsedSource>>,
    /// Keep every parse for the life of the process (`x ci`): `close` forgets nothing,
    /// and graphs made with these documents take their modules' parses from here.
    keep_all: AtomicBool,
}

impl Documents {
    /// Documents of their own, counting parses in `stats`. A tool normally takes a
    /// graph's ([`crate::Graph::documents`]) so the graph and the tool share parses.
    pub fn new(stats: Arc<ParseStats>) -> Documents {
        Documents::with_mode(stats, ParseMode::Tools)
    }

    /// [`Documents::new`] parsing in `mode`: `ParseMode::Format` for a process that only
    /// formats (`x fmt`), which needs no scope analysis. `ParseMode::Execute` is taken
    /// as `Tools`: every tool reads tokens.
    pub fn with_mode(stats: Arc<ParseStats>, mode: ParseMode) -> Documents {
        let mode = match mode {
            ParseMode::Format => ParseMode::Format,
            ParseMode::Execute | ParseMode::Tools => ParseMode::Tools,
        };
        Documents {
            inner: Arc::new(Inner {
                parser: CountingParser { mode, stats },
                open: Mutex::new(HashMap::new()),
                keep_all: AtomicBool::new(false),
            }),
        }
    }

    /// From now on keep every parse: for a process where several tools read the same
    /// files one after another (`x ci`), so the second tool finds the first one's parse.
    /// Graphs made with [`crate::Graph::with_documents`] then parse through these
    /// documents too, so a module that `fmt` parsed is not parsed again by `test`.
    pub fn keep_all(&self) {
        self.inner.keep_all.store(true, Ordering::Relaxed);
    }

    /// Whether [`Documents::keep_all`] was called.
    pub fn keeps_all(&self) -> bool {
        self.inner.keep_all.load(Ordering::Relaxed)
    }

    /// Documents with counters of their own, outside any graph: for the tools' unit tests.
    /// A process gets its documents from [`crate::Graph::documents`].
    pub fn detached() -> Documents {
        Documents::new(Arc::new(ParseStats::default()))
    }

    fn open_map(&self) -> MutexGuard<'_, HashMap<Url, ParsedSource>> {
        // The map holds finished parses only; a panic elsewhere cannot leave one half-made.
        self.inner
            .open
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Opens `specifier` with `text` (a BOM is dropped) and returns its parse. When the
    /// document is already open with the same text and media type, the kept parse is
    /// returned and nothing is parsed; otherwise `text` is parsed once and replaces it (an
    /// edit, a lint fix). A syntax error that stops the parser is returned as the
    /// `ParseDiagnostic` (it carries `file:line:col`); recoverable ones are in the parse's
    /// `diagnostics()`.
    pub fn open(
        &self,
        specifier: Url,
        media_type: MediaType,
        text: Arc<str>,
    ) -> Result<ParsedSource, ParseDiagnostic> {
        let text = strip_bom(text);
        if let Some(kept) = self.open_map().get(&specifier) {
            if kept.media_type() == media_type && kept.text().as_ref() == text.as_ref() {
                return Ok(kept.clone());
            }
        }
        // The documents' mode decides what the parse keeps (`Tools`: scope analysis too).
        let parsed = self
            .inner
            .parser
            .parse(&specifier, media_type, text, false)?;
        self.open_map().insert(specifier, parsed.clone());
        Ok(parsed)
    }

    /// The kept parse of an open document.
    pub fn get(&self, specifier: &Url) -> Option<ParsedSource> {
        self.open_map().get(specifier).cloned()
    }

    /// Forgets a document's parse (a CLI run closes each file when done with it, so a run
    /// over thousands of files holds only the files in flight).
    pub fn close(&self, specifier: &Url) {
        if !self.keeps_all() {
            // Dropped after the lock is released: freeing a big file's AST and tokens
            // takes a while, and the other threads open and close documents meanwhile.
            let closed = self.open_map().remove(specifier);
            drop(closed);
        }
    }

    /// Parses text without keeping the parse: a part of a document (a code block of a
    /// Markdown file, a formatter's output parsed again to check it is stable; give
    /// `specifier` a `#fragment` naming the part), or a file read once for a summary (the
    /// language server's workspace index). Counted under `specifier`, never kept.
    pub fn parse_fragment(
        &self,
        specifier: &Url,
        media_type: MediaType,
        text: Arc<str>,
    ) -> Result<ParsedSource, ParseDiagnostic> {
        // The documents' mode decides what the parse keeps (`Tools`: scope analysis too).
        self.inner
            .parser
            .parse(specifier, media_type, strip_bom(text), false)
    }

    /// Parse counts of this process (shared with the graph).
    pub fn parse_stats(&self) -> Arc<ParseStats> {
        self.inner.parser.stats.clone()
    }
}

/// The parser of a graph whose documents keep every parse: a module is opened as a
/// document, so it shares its parse with `fmt`, `lint` and any other graph of the process.
pub(crate) struct DocumentsParser(pub Documents);

impl EsParser for DocumentsParser {
    fn parse_program(&self, options: ParseOptions) -> Result<ParsedSource, ParseDiagnostic> {
        self.0.open(
            options.specifier.clone(),
            options.media_type,
            options.source,
        )
    }
}

fn strip_bom(text: Arc<str>) -> Arc<str> {
    // deno_ast expects the BOM gone (it would copy the text to drop it itself).
    match text.strip_prefix('\u{FEFF}') {
        Some(rest) => Arc::from(rest),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Documents {
        Documents::new(Arc::new(ParseStats::default()))
    }

    #[test]
    fn format_mode_keeps_tokens_without_scope_analysis() {
        let url = Url::parse("file:///a.ts").unwrap();
        let text = "let a = 1; // one\n";
        let tools = docs().open(url.clone(), MediaType::TypeScript, text.into());
        let tools = tools.unwrap();
        assert!(tools.has_scope_analysis() && !tools.tokens().is_empty());
        let format = Documents::with_mode(Arc::new(ParseStats::default()), ParseMode::Format);
        for parsed in [
            format.open(url.clone(), MediaType::TypeScript, text.into()),
            format.parse_fragment(&url, MediaType::TypeScript, text.into()),
        ] {
            let parsed = parsed.unwrap();
            assert!(!parsed.has_scope_analysis());
            assert_eq!(parsed.tokens().len(), tools.tokens().len());
        }
        // Fragments of tools' documents keep scope analysis, as they did.
        let fragment = docs().parse_fragment(&url, MediaType::TypeScript, text.into());
        assert!(fragment.unwrap().has_scope_analysis());
    }

    #[test]
    fn same_text_is_parsed_once() {
        let docs = docs();
        let url = Url::parse("file:///a.ts").unwrap();
        let first = docs
            .open(url.clone(), MediaType::TypeScript, "let a = 1;".into())
            .unwrap();
        let again = docs
            .open(url.clone(), MediaType::TypeScript, "let a = 1;".into())
            .unwrap();
        assert_eq!(docs.parse_stats().count(&url), 1);
        assert!(first.tokens().len() > 1, "tools parses keep tokens");
        assert_eq!(again.text().as_ref(), "let a = 1;");
        assert!(docs.get(&url).is_some());
    }

    #[test]
    fn new_text_reparses_and_close_forgets() {
        let docs = docs();
        let url = Url::parse("file:///a.ts").unwrap();
        docs.open(url.clone(), MediaType::TypeScript, "let a = 1;".into())
            .unwrap();
        let edited = docs
            .open(
                url.clone(),
                MediaType::TypeScript,
                "\u{FEFF}let a = 2;".into(),
            )
            .unwrap();
        assert_eq!(edited.text().as_ref(), "let a = 2;");
        assert_eq!(docs.parse_stats().count(&url), 2);
        docs.close(&url);
        assert!(docs.get(&url).is_none());
    }

    #[test]
    fn syntax_errors_carry_the_position() {
        let docs = docs();
        let url = Url::parse("file:///bad.ts").unwrap();
        let err = docs
            .open(url, MediaType::TypeScript, "let = ;".into())
            .unwrap_err();
        assert!(err.to_string().contains("file:///bad.ts:1:"), "{err}");
    }

    #[test]
    fn documents_are_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Documents>();
    }
}
