//! `x doc --lint`: the documentation problems `deno_doc` finds while documenting —
//! exported symbols without JSDoc, exported functions without an explicit return type,
//! public API that names a private type — reported one per problem with
//! `file:line:col` and the source line, in file, line, column order.

use std::collections::BTreeMap;

use deno_ast::diagnostics::Diagnostic;
use deno_doc::{DocDiagnostic, DocDiagnosticKind};

/// Drops problems that are another package's business: a private type referenced from a
/// remote module (`https:`, `jsr:`, `npm:`) is that package's to fix, not this one's.
pub fn keep_own(mut diagnostics: Vec<DocDiagnostic>) -> Vec<DocDiagnostic> {
    diagnostics.retain(|diagnostic| match &diagnostic.kind {
        DocDiagnosticKind::PrivateTypeRef(d) => {
            let name = &d.reference_location.filename;
            !["https:", "http:", "jsr:", "npm:"]
                .iter()
                .any(|scheme| name.starts_with(scheme))
        }
        _ => true,
    });
    diagnostics
}

/// One block per problem (`error[code]: message`, `--> file:line:col`, the source line),
/// sorted by file, then line, then column, and the closing count.
pub fn render(diagnostics: &[DocDiagnostic]) -> String {
    let mut by_place: BTreeMap<(&str, usize, usize), Vec<&DocDiagnostic>> = BTreeMap::new();
    for diagnostic in diagnostics {
        let location = &diagnostic.location;
        by_place
            .entry((&location.filename, location.line, location.col))
            .or_default()
            .push(diagnostic);
    }
    let mut out = String::new();
    for diagnostic in by_place.into_values().flatten() {
        out.push_str(&format!("{}\n\n", diagnostic.display()));
    }
    out
}

/// The closing line: `Found N documentation lint error(s).`
pub fn summary(count: usize) -> String {
    format!(
        "Found {} documentation lint error{}.",
        deno_terminal::colors::bold(count),
        if count == 1 { "" } else { "s" }
    )
}
