//! The terminal output of `x doc`: `deno_doc`'s printer (signatures grouped by kind, each
//! with its JSDoc and where it is defined), optionally narrowed to one symbol path
//! (`--filter Class.method`).

use std::sync::Arc;

use anyhow::{bail, Result};
use deno_doc::{DocPrinter, ParseOutput};

/// Renders `documents` as `deno doc` prints them. With `filter`, only the symbols whose
/// dotted path matches it are kept; no match in any module is an error naming the filter.
pub fn render(
    mut documents: ParseOutput,
    filter: Option<&str>,
    use_color: bool,
    private: bool,
) -> Result<String> {
    if let Some(filter) = filter {
        let mut found = false;
        for document in documents.values_mut() {
            let symbols = std::mem::take(&mut document.symbols);
            document.symbols = deno_doc::find_nodes_by_name_recursively(symbols, filter)
                .into_iter()
                .map(Arc::new)
                .collect();
            found |= !document.symbols.is_empty();
        }
        if !found {
            bail!("no symbol named \"{filter}\" in the documented modules");
        }
        // Modules without the symbol would print only their module doc: leave them out.
        documents.retain(|_, document| !document.symbols.is_empty());
    }
    Ok(DocPrinter::new(&documents, use_color, private).to_string())
}
