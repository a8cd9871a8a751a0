//! `x doc`: documentation from the module graph, through `deno_doc`.
//!
//! [`document`] hands `deno_doc`'s `DocParser` the graph's own `deno_graph::ModuleGraph`
//! and the graph's capturing parser ([`x_graph::Graph::with_capturing_parser`]), which
//! answers every request from the `ParsedSource` the graph kept: no module is parsed a
//! second time (`X_LOG=graph` shows one parse per file; `tests/specs/doc/parse_once`).
//! The graph must be a `TypesOnly` one so type-only imports and re-exports are loaded.
//!
//! The result goes to one of four outputs, one file each: [`terminal`] (signatures with
//! JSDoc, as `deno doc` prints them), [`json`] (deno_doc's nodes), [`html`] (a static site
//! from deno_doc's embedded templates) and [`lint`] (missing JSDoc, missing return types,
//! private types in the public API).
//!
//! Client: the CLI's `x doc` (`cli/src/commands/doc.rs`).

pub mod html;
pub mod json;
pub mod lint;
pub mod terminal;

use anyhow::Result;
use deno_doc::{DocDiagnostic, DocParser, DocParserOptions, ParseOutput};
use url::Url;
use x_graph::Graph;

pub use deno_doc;

/// What [`document`] collects.
#[derive(Debug, Clone, Copy, Default)]
pub struct DocOptions {
    /// Include symbols that are not exported.
    pub private: bool,
    /// Collect documentation lint diagnostics.
    pub lint: bool,
}

/// The documentation of some modules, and (with `lint`) its problems.
pub struct Documented {
    /// One `deno_doc` document per root module, in the order of the roots.
    pub documents: ParseOutput,
    /// Documentation lint problems (empty unless asked for).
    pub diagnostics: Vec<DocDiagnostic>,
}

/// Documents `roots` (already added to `graph`) from the graph's parses.
pub fn document(graph: &Graph, roots: &[Url], options: DocOptions) -> Result<Documented> {
    let module_graph = graph.module_graph();
    let roots: Vec<Url> = roots.iter().map(|r| graph.resolve_redirect(r)).collect();
    graph.with_capturing_parser(|parser| {
        let doc_parser = DocParser::new(
            &module_graph,
            &parser,
            &roots,
            DocParserOptions {
                diagnostics: options.lint,
                private: options.private,
            },
        )?;
        let documents = doc_parser.parse()?;
        let diagnostics = if options.lint {
            lint::keep_own(doc_parser.take_diagnostics())
        } else {
            Vec::new()
        };
        Ok(Documented {
            documents,
            diagnostics,
        })
    })
}
