//! `x doc --json`: `deno_doc`'s nodes in the shape `deno doc --json` writes
//! (`{"version": 2, "nodes": {specifier: document}}`).

use deno_doc::ParseOutput;

/// The schema version of the JSON output, as `deno doc --json` writes it.
pub const SCHEMA_VERSION: u8 = 2;

/// The JSON document for `documents`.
pub fn to_value(documents: &ParseOutput) -> serde_json::Value {
    serde_json::json!({ "version": SCHEMA_VERSION, "nodes": documents })
}
