//! `x doc`: documentation from the module graph, through `deno_doc`.
//!
//! [`document`] hands `deno_doc`'s `DocParser` the graph's own `deno_graph::ModuleGraph`
//! and the graph's capturing parser ([`x_graph::Graph::with_capturing_parser`]), which
//! answers every request from the `ParsedSource` the graph kept: no module is parsed a
//! second time (`X_LOG=graph` shows one parse per file; `tests/specs/doc/parse_once`).
//! The graph must be a `TypesOnly` one so type-only imports and re-exports are loaded.
//!
//! [`hover`] documents one symbol of one parse for `x lsp`'s hover.
//!
//! The result goes to one of four outputs, one file each: [`terminal`] (signatures with
//! JSDoc, as `deno doc` prints them), [`json`] (deno_doc's nodes), [`html`] (a static site
//! from deno_doc's embedded templates) and [`lint`] (missing JSDoc, missing return types,
//! private types in the public API).
//!
//! Clients: the CLI's `x doc` (`cli/src/commands/doc.rs`) and `x lsp`'s hover.

pub mod hover;
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

#[cfg(test)]
mod tests {
    use super::*;
    use x_graph::deno_graph::GraphKind;
    use x_graph::{GraphOptions, ParseMode, RemotePolicy};

    fn graph() -> Graph {
        Graph::with_kind(
            GraphOptions {
                cache_dir: std::env::temp_dir().join("x-doc-unit"),
                config: None,
                remote: RemotePolicy::CachedOnly,
                lockfile: None,
                frozen_lockfile: false,
                parse_mode: ParseMode::Execute,
                npm_registry: None,
            },
            GraphKind::TypesOnly,
        )
        .unwrap()
    }

    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(future)
    }

    #[test]
    fn documents_from_the_graphs_parses_without_parsing_again() {
        let graph = graph();
        let main = Url::parse("file:///project/main.ts").unwrap();
        let types = Url::parse("file:///project/types.ts").unwrap();
        graph.add_memory_module(
            main.clone(),
            "import type { Shape } from \"./types.ts\";\n\
             /** Area of a shape. */\n\
             export function area(s: Shape): number { return s.w * s.h; }\n\
             export function bare() { return 1; }\n"
                .into(),
        );
        graph.add_memory_module(
            types.clone(),
            "export interface Shape { w: number; h: number }\n".into(),
        );
        block_on(graph.add_roots(vec![main.clone()], false)).unwrap();
        let documented = document(
            &graph,
            std::slice::from_ref(&main),
            DocOptions {
                private: false,
                lint: true,
            },
        )
        .unwrap();
        let names: Vec<&str> = documented.documents[&main]
            .symbols
            .iter()
            .map(|s| &*s.name)
            .collect();
        assert_eq!(names, ["area", "bare"]);
        let codes: Vec<String> = documented
            .diagnostics
            .iter()
            .map(|d| deno_ast::diagnostics::Diagnostic::code(d).into_owned())
            .collect();
        assert!(codes.contains(&"missing-jsdoc".to_string()), "{codes:?}");
        assert!(
            codes.contains(&"missing-return-type".to_string()),
            "{codes:?}"
        );
        assert!(codes.contains(&"private-type-ref".to_string()), "{codes:?}");
        // The type-only import was loaded (a TypesOnly graph) and nothing parsed twice.
        let stats = graph.parse_stats();
        assert_eq!(stats.count(&main), 1);
        assert_eq!(stats.count(&types), 1);
    }
}
