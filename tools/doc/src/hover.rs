//! One symbol's documentation as Markdown, for the language server's hover (`x lsp`).
//!
//! The hover shows what `x doc` would say of a module-level declaration: `deno_doc`'s
//! signature (types written out, bodies left off, overloads each on their own line) and
//! its parsed JSDoc (the text, then one line per tag). [`describe`] documents the one
//! module the editor already parsed: a `deno_graph` graph holding only that module is
//! built from the parse, and the parser handed to it and to `deno_doc` answers with the
//! same `ParsedSource`, so hovering never parses anything.

use std::sync::Arc;

use deno_ast::{ParseDiagnostic, ParsedSource};
use deno_doc::js_doc::JsDoc;
use deno_doc::{DocParser, DocParserOptions, DocPrinter, Document, ParseOutput, Symbol};
use deno_graph::ast::{EsParser, ParseOptions, ParserModuleAnalyzer};
use deno_graph::source::{LoadFuture, LoadOptions, LoadResponse, Loader};
use deno_graph::{BuildOptions, GraphKind, ModuleGraph, ModuleSpecifier};
use futures::FutureExt;

/// The Markdown hover of the module-level declaration `name` in `parsed`: its signature
/// in a `ts` code block, then its JSDoc. `None` when `deno_doc` does not document such a
/// name there (the caller may fall back to the declaration's text).
pub fn describe(parsed: &ParsedSource, name: &str) -> Option<String> {
    let module = OneModule(parsed.clone());
    let specifier = parsed.specifier().clone();
    let mut graph = ModuleGraph::new(GraphKind::All);
    let analyzer = ParserModuleAnalyzer::new(&module);
    futures::executor::block_on(graph.build(
        vec![specifier.clone()],
        Vec::new(),
        &module,
        BuildOptions {
            module_analyzer: &analyzer,
            ..Default::default()
        },
    ));
    let roots = [specifier.clone()];
    let doc_parser = DocParser::new(
        &graph,
        &module,
        &roots,
        DocParserOptions {
            diagnostics: false,
            private: true,
        },
    )
    .ok()?;
    let mut output = doc_parser.parse().ok()?;
    let document = output.swap_remove(&specifier)?;
    let symbol = document.symbols.iter().find(|s| &*s.name == name)?;
    Some(markdown(&specifier, symbol))
}

/// Signature block, then the documentation of each declaration that has some (an
/// overloaded function's docs usually sit on one overload).
fn markdown(specifier: &ModuleSpecifier, symbol: &Symbol) -> String {
    let mut out = format!("```ts\n{}\n```", signature(specifier, symbol));
    for declaration in &symbol.declarations {
        let doc = jsdoc(&declaration.js_doc);
        if !doc.is_empty() {
            out.push_str("\n\n");
            out.push_str(&doc);
        }
    }
    out
}

/// The signature lines `deno_doc`'s printer writes for the symbol (what `x doc` prints),
/// without the "Defined in" lines, the docs or a class's member list: an editor shows the
/// members in its own completion and outline.
fn signature(specifier: &ModuleSpecifier, symbol: &Symbol) -> String {
    let mut bare = symbol.clone();
    for declaration in &mut bare.declarations {
        declaration.js_doc = JsDoc::default();
    }
    let mut output = ParseOutput::new();
    output.insert(
        specifier.clone(),
        Document {
            module_doc: JsDoc::default(),
            imports: Vec::new(),
            symbols: vec![Arc::new(bare)],
        },
    );
    let printed = DocPrinter::new(&output, false, true).to_string();
    // Each declaration prints as "Defined in …", a blank line, its signature lines, a
    // blank line, then (classes, interfaces, enums, namespaces) its members.
    let mut signatures = Vec::new();
    let mut lines = printed.lines();
    while let Some(line) = lines.next() {
        if !line.starts_with("Defined in ") {
            continue;
        }
        let mut block: Vec<&str> = Vec::new();
        for line in lines.by_ref() {
            match (line.trim().is_empty(), block.is_empty()) {
                (true, true) => continue,
                (true, false) => break,
                (false, _) => block.push(line),
            }
        }
        signatures.push(block.join("\n"));
    }
    signatures.join("\n")
}

/// A declaration's JSDoc as Markdown: its text as written (already Markdown), then each
/// tag on a line of its own, as `*@tag* name {type} — text`.
fn jsdoc(js_doc: &JsDoc) -> String {
    let mut parts = Vec::new();
    if let Some(doc) = js_doc.doc.as_deref().filter(|d| !d.trim().is_empty()) {
        parts.push(doc.trim().to_string());
    }
    // Every tag variant serializes as `{ kind, name?, tsType?, value?, default?, doc? }`,
    // so one reading covers them all, tags added to deno_doc later included.
    let tags: Vec<String> = js_doc
        .tags
        .iter()
        .filter_map(|tag| serde_json::to_value(tag).ok())
        .map(|tag| tag_line(&tag))
        .collect();
    if !tags.is_empty() {
        parts.push(tags.join("\n\n"));
    }
    parts.join("\n\n")
}

fn tag_line(tag: &serde_json::Value) -> String {
    let text = |key: &str| tag.get(key).and_then(|v| v.as_str());
    let mut line = format!("*@{}*", text("kind").unwrap_or("tag"));
    if let Some(name) = text("name") {
        line.push_str(&format!(" `{name}`"));
    }
    let type_repr = tag
        .get("tsType")
        .and_then(|t| t.get("repr"))
        .and_then(|r| r.as_str())
        .filter(|r| !r.is_empty())
        .or_else(|| text("value"));
    if let Some(repr) = type_repr {
        line.push_str(&format!(" `{{{repr}}}`"));
    }
    if let Some(default) = text("default") {
        line.push_str(&format!(" (default `{default}`)"));
    }
    if let Some(tags) = tag.get("tags").and_then(|t| t.as_array()) {
        let names: Vec<&str> = tags.iter().filter_map(|t| t.as_str()).collect();
        line.push(' ');
        line.push_str(&names.join(", "));
    }
    if let Some(doc) = text("doc").map(str::trim).filter(|d| !d.is_empty()) {
        // A multi-line text (an @example's code block) needs a paragraph of its own.
        if doc.contains('\n') {
            line.push_str("\n\n");
        } else {
            line.push_str(" — ");
        }
        line.push_str(doc);
    }
    line
}

/// A loader and parser that know one module: its text comes from the parse and every
/// parse request for it is answered with that parse. Other modules are not loaded, so
/// `deno_doc` documents this module's own declarations.
struct OneModule(ParsedSource);

impl Loader for OneModule {
    fn load(&self, specifier: &ModuleSpecifier, _options: LoadOptions) -> LoadFuture {
        let response = (specifier == self.0.specifier()).then(|| LoadResponse::Module {
            content: Arc::from(self.0.text().as_bytes()),
            mtime: None,
            specifier: specifier.clone(),
            maybe_headers: None,
        });
        async move { Ok(response) }.boxed_local()
    }
}

impl EsParser for OneModule {
    fn parse_program(&self, options: ParseOptions) -> Result<ParsedSource, ParseDiagnostic> {
        if options.specifier == self.0.specifier() && *options.source == **self.0.text() {
            return Ok(self.0.clone());
        }
        // Unreachable in practice (the loader loads nothing else); parse rather than lie.
        deno_graph::ast::DefaultEsParser.parse_program(options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use deno_ast::MediaType;

    fn parse(text: &str) -> ParsedSource {
        deno_ast::parse_module(deno_ast::ParseParams {
            specifier: ModuleSpecifier::parse("file:///project/shapes.ts").unwrap(),
            text: text.into(),
            media_type: MediaType::TypeScript,
            capture_tokens: true,
            scope_analysis: true,
            maybe_syntax: None,
        })
        .unwrap()
    }

    const SHAPES: &str = "\
/** A shape with a width and a height. */
export interface Shape { w: number; h: number }

/**
 * Area of a shape.
 * @param s the shape
 * @returns width times height
 */
export function area(s: Shape): number {
  return s.w * s.h;
}

/** Says hello. */
export class Greeter {
  constructor(readonly name: string) {}
  greet(): string { return `hi ${this.name}`; }
}

const limit = 10;
";

    #[test]
    fn a_function_gets_its_signature_without_body_and_its_tags() {
        let hover = describe(&parse(SHAPES), "area").unwrap();
        assert_eq!(
            hover,
            "```ts\nfunction area(s: Shape): number\n```\n\nArea of a shape.\n\n\
             *@param* `s` — the shape\n\n*@return* — width times height"
        );
    }

    #[test]
    fn a_class_shows_its_heading_not_its_members() {
        let hover = describe(&parse(SHAPES), "Greeter").unwrap();
        assert_eq!(hover, "```ts\nclass Greeter\n```\n\nSays hello.");
    }

    #[test]
    fn private_declarations_and_inferred_types() {
        let hover = describe(&parse(SHAPES), "limit").unwrap();
        assert_eq!(hover, "```ts\nprivate const limit: 10\n```");
        assert!(describe(&parse(SHAPES), "nothing").is_none());
    }
}
