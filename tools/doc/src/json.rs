//! `x doc --json`: `deno_doc`'s nodes in the shape `deno doc --json` writes
//! (`{"version": 2, "nodes": {specifier: document}}`), streamed to the writer (the
//! corpus's output is over 100 MB: no intermediate `serde_json::Value` or `String`).

use std::io::Write;

use deno_doc::ParseOutput;
use serde::ser::{SerializeMap, Serializer};

/// The schema version of the JSON output, as `deno doc --json` writes it.
pub const SCHEMA_VERSION: u8 = 2;

/// Writes the JSON document for `documents`, pretty-printed and ending in a newline.
pub fn write(out: &mut impl Write, documents: &ParseOutput) -> std::io::Result<()> {
    let mut serializer = serde_json::Serializer::pretty(&mut *out);
    let mut map = serializer
        .serialize_map(Some(2))
        .map_err(std::io::Error::from)?;
    map.serialize_entry("version", &SCHEMA_VERSION)
        .and_then(|_| map.serialize_entry("nodes", documents))
        .and_then(|_| map.end())
        .map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}
