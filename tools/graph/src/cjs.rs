//! CommonJS modules of npm packages as the engine sees them: an ES module facade that
//! runs the module through `require()` (`runtime/ext/node/module.js`) and re-exports the
//! names a static analysis of the graph's own parse finds (deno_ast's CJS export
//! analysis, as Node's cjs-module-lexer and Deno do), following `module.exports =
//! require(...)` re-exports. The original text stays in the graph for `require()`.

use std::collections::BTreeSet;

use url::Url;

use crate::Graph;

/// Whether the module at `specifier` (a file of an npm package) is CommonJS: `.cjs`, or
/// `.js` in a package whose `package.json` says `"type": "commonjs"`, or says nothing and
/// the file has no `import`/`export` (deno_graph's analysis says so: no parse needed,
/// even when the analysis came from the cache database).
pub(crate) fn is_cjs(graph: &Graph, specifier: &Url) -> bool {
    if graph.inner.resolver.npm_package_of(specifier).is_none() {
        return false;
    }
    let Ok(path) = specifier.to_file_path() else {
        return false;
    };
    match x_npm::resolve::module_format(&path) {
        Some(cjs) => cjs,
        None => matches!(
            graph.module_graph().get(specifier),
            Some(deno_graph::Module::Js(module)) if module.is_script
        ),
    }
}

/// The names the CommonJS module exports, re-exports followed (to a bounded depth).
fn exported_names(graph: &Graph, specifier: &Url, names: &mut BTreeSet<String>, depth: usize) {
    let Some(parsed) = graph.parsed_source(specifier) else {
        return;
    };
    let analysis = parsed.analyze_cjs();
    names.extend(analysis.exports);
    if depth == 0 {
        return;
    }
    for reexport in analysis.reexports {
        if let Ok(target) = graph.resolve_require(&reexport, specifier) {
            if target.scheme() == "file" && is_cjs(graph, &target) {
                exported_names(graph, &target, names, depth - 1);
            }
        }
    }
}

fn is_identifier(name: &str) -> bool {
    const RESERVED: &[&str] = &[
        "break",
        "case",
        "catch",
        "class",
        "const",
        "continue",
        "debugger",
        "default",
        "delete",
        "do",
        "else",
        "enum",
        "export",
        "extends",
        "false",
        "finally",
        "for",
        "function",
        "if",
        "import",
        "in",
        "instanceof",
        "new",
        "null",
        "return",
        "super",
        "switch",
        "this",
        "throw",
        "true",
        "try",
        "typeof",
        "var",
        "void",
        "while",
        "with",
        "yield",
        "let",
        "static",
        "implements",
        "interface",
        "package",
        "private",
        "protected",
        "public",
        "await",
        "arguments",
        "eval",
    ];
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        && !RESERVED.contains(&name)
}

/// The ES module facade of the CommonJS module at `specifier`.
pub(crate) fn facade(graph: &Graph, specifier: &Url) -> String {
    let mut names = BTreeSet::new();
    exported_names(graph, specifier, &mut names, 8);
    // `import.meta.url`, not the path here: a deployment names its modules differently.
    let mut code = String::from(
        "import { __xLoadCjs } from \"node:module\";\nconst __x_exports = __xLoadCjs(import.meta.url);\nexport default __x_exports;\n",
    );
    for (i, name) in names.iter().filter(|n| *n != "default").enumerate() {
        let key = serde_json::to_string(name).expect("strings serialize");
        if is_identifier(name) {
            code.push_str(&format!("export const {name} = __x_exports[{key}];\n"));
        } else {
            code.push_str(&format!(
                "const __x_e{i} = __x_exports[{key}];\nexport {{ __x_e{i} as {key} }};\n"
            ));
        }
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers() {
        assert!(is_identifier("camelCase"));
        assert!(is_identifier("$x_1"));
        assert!(!is_identifier("default"));
        assert!(!is_identifier("a-b"));
        assert!(!is_identifier("1a"));
    }
}
