//! Turns an import specifier into a URL: the project's import map first (`"imports"` and
//! `"scopes"` of `x.json`/`deno.json`), then the standard library's names (`std:`,
//! `jsr:@std/`, `@std/`), then plain URL resolution against the referrer.
//!
//! The same resolver serves the graph while it is built and the runtime when a program
//! imports something the graph has not seen (a computed dynamic import), so a specifier
//! means the same thing everywhere.

use deno_graph::source::{ResolutionKind, ResolveError, Resolver};
use deno_graph::{ModuleSpecifier, Range};
use import_map::ImportMap;
use url::Url;

/// Resolves specifiers for the graph and the runtime.
#[derive(Debug, Default)]
pub struct XResolver {
    import_map: Option<ImportMap>,
}

impl XResolver {
    /// A resolver with the given import map (or none).
    pub fn new(import_map: Option<ImportMap>) -> Self {
        XResolver { import_map }
    }

    /// Parses an import map from its JSON text; `base` is the URL of the file it came from.
    pub fn with_import_map_json(base: Url, json: &str) -> anyhow::Result<Self> {
        let parsed = import_map::parse_from_json(base.clone(), json)
            .map_err(|e| anyhow::anyhow!("the import map in {base} is invalid: {e}"))?;
        for diagnostic in &parsed.diagnostics {
            eprintln!("warning: import map in {base}: {diagnostic}");
        }
        Ok(Self::new(Some(parsed.import_map)))
    }

    /// Resolves `specifier` as imported from `referrer`.
    pub fn resolve_specifier(&self, specifier: &str, referrer: &Url) -> Result<Url, ResolveError> {
        // Not in the map: fall through to the std names and URL resolution.
        let mapped = self
            .import_map
            .as_ref()
            .and_then(|map| map.resolve(specifier, referrer).ok());
        let text = mapped.as_ref().map(Url::as_str).unwrap_or(specifier);
        if let Some(request) = std_request(text) {
            let path = x_std::resolve(request).map_err(|e| {
                ResolveError::Other(deno_error::JsErrorBox::type_error(e.to_string()))
            })?;
            return Ok(
                Url::parse(&format!("{}{path}", x_std::URL_PREFIX)).expect("std URLs are valid")
            );
        }
        if let Some(url) = mapped {
            return Ok(url);
        }
        deno_graph::resolve_import(specifier, referrer).map_err(ResolveError::Specifier)
    }
}

/// The part after the std prefix, when `specifier` names the standard library.
fn std_request(specifier: &str) -> Option<&str> {
    ["std:", "jsr:@std/", "jsr:/@std/", "@std/"]
        .iter()
        .find_map(|prefix| specifier.strip_prefix(prefix))
        .filter(|rest| !rest.starts_with("//"))
}

impl Resolver for XResolver {
    fn resolve(
        &self,
        specifier_text: &str,
        referrer_range: &Range,
        _kind: ResolutionKind,
    ) -> Result<ModuleSpecifier, ResolveError> {
        self.resolve_specifier(specifier_text, &referrer_range.specifier)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn referrer() -> Url {
        Url::parse("file:///project/main.ts").unwrap()
    }

    #[test]
    fn relative_and_absolute_specifiers() {
        let r = XResolver::default();
        assert_eq!(
            r.resolve_specifier("./a.ts", &referrer()).unwrap().as_str(),
            "file:///project/a.ts"
        );
        assert_eq!(
            r.resolve_specifier("https://example.com/x.ts", &referrer())
                .unwrap()
                .as_str(),
            "https://example.com/x.ts"
        );
        let bare = r
            .resolve_specifier("lodash", &referrer())
            .unwrap_err()
            .to_string();
        assert!(bare.contains("lodash"), "{bare}");
    }

    #[test]
    fn import_map_entries_and_scopes() {
        let json = r#"{
          "imports": { "utils/": "./src/utils/", "dep": "https://example.com/dep.ts" },
          "scopes": { "./vendor/": { "dep": "./vendor/dep.ts" } }
        }"#;
        let r =
            XResolver::with_import_map_json(Url::parse("file:///project/x.json").unwrap(), json)
                .unwrap();
        assert_eq!(
            r.resolve_specifier("utils/str.ts", &referrer())
                .unwrap()
                .as_str(),
            "file:///project/src/utils/str.ts"
        );
        assert_eq!(
            r.resolve_specifier("dep", &referrer()).unwrap().as_str(),
            "https://example.com/dep.ts"
        );
        let vendored = Url::parse("file:///project/vendor/a.ts").unwrap();
        assert_eq!(
            r.resolve_specifier("dep", &vendored).unwrap().as_str(),
            "file:///project/vendor/dep.ts"
        );
    }

    #[test]
    fn std_prefixes_are_recognised() {
        assert_eq!(std_request("std:path"), Some("path"));
        assert_eq!(
            std_request("jsr:@std/cli/parse-args"),
            Some("cli/parse-args")
        );
        assert_eq!(std_request("@std/assert"), Some("assert"));
        assert_eq!(std_request("std:///assert/mod.ts"), None);
        assert_eq!(std_request("./std:x"), None);
    }

    #[test]
    fn unknown_std_module_is_an_error_naming_it() {
        let err = XResolver::default()
            .resolve_specifier("std:nope", &referrer())
            .unwrap_err();
        assert!(err.to_string().contains("\"nope\""), "{err}");
    }
}
