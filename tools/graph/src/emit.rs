//! Turns a module of the graph into what the engine runs: TypeScript, TSX and JSX are
//! transpiled by `deno_ast` from the graph's own `ParsedSource` (never parsed again), with a
//! separate source map so stack traces point at the original file; JavaScript and JSON go
//! through unchanged.

use deno_ast::{
    EmitOptions, MediaType, ParsedSource, SourceMapOption, TranspileModuleOptions, TranspileOptions,
};

/// The code of one module, ready for the engine.
#[derive(Debug, Clone)]
pub enum Emitted {
    /// An ES module; `source_map` is present when the code was transpiled.
    JavaScript {
        code: String,
        source_map: Option<Vec<u8>>,
    },
    /// A JSON module (`import data from "./x.json" with { type: "json" }`).
    Json { text: String },
}

/// Whether modules of this media type have to be transpiled before they run.
pub fn needs_transpile(media_type: MediaType) -> bool {
    matches!(
        media_type,
        MediaType::TypeScript
            | MediaType::Mts
            | MediaType::Cts
            | MediaType::Tsx
            | MediaType::Jsx
            | MediaType::Dts
            | MediaType::Dmts
            | MediaType::Dcts
    )
}

/// Transpiles a parsed TypeScript/JSX module to JavaScript with a source map.
pub fn transpile(parsed: &ParsedSource) -> Result<Emitted, deno_ast::TranspileError> {
    let result = parsed.clone().transpile(
        &TranspileOptions {
            imports_not_used_as_values: deno_ast::ImportsNotUsedAsValues::Remove,
            decorators: deno_ast::DecoratorsTranspileOption::Ecma,
            ..Default::default()
        },
        &TranspileModuleOptions::default(),
        &EmitOptions {
            source_map: SourceMapOption::Separate,
            inline_sources: false,
            ..Default::default()
        },
    )?;
    let source = result.into_source();
    Ok(Emitted::JavaScript {
        code: source.text,
        source_map: source.source_map.map(String::into_bytes),
    })
}
