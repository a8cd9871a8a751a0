//! Turns an import specifier into a URL: the project's import map first (`"imports"` and
//! `"scopes"` of `x.json`/`deno.json`), then the standard library's names (`std:`,
//! `jsr:@std/`, `@std/`), then `npm:` and `node:`, then plain URL resolution against the
//! referrer.
//!
//! Inside an npm package (a file under the npm cache) Node's rules apply instead: bare
//! names are the package's dependencies (or Node built-ins), relative paths are probed for
//! extensions and `index.js`, `#name` goes through the package's `imports`. A package
//! request becomes an `x-npm:` URL that the loader installs and redirects to a file.
//!
//! The same resolver serves the graph while it is built and the runtime when a program
//! imports something the graph has not seen (a computed dynamic import), so a specifier
//! means the same thing everywhere.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use deno_graph::source::{ResolutionKind, ResolutionMode, ResolveError, Resolver};
use deno_graph::{ModuleSpecifier, Range};
use import_map::ImportMap;
use url::Url;
use x_npm::resolve::{IMPORT_CONDITIONS, REQUIRE_CONDITIONS};

/// Resolves specifiers for the graph and the runtime.
#[derive(Debug, Default)]
pub struct XResolver {
    import_map: Option<ImportMap>,
    /// The registry's folder in the npm cache: files under it are package files.
    npm_root: Option<PathBuf>,
    /// The lockfile's pins (`name@version` → dependency name → version), as the file was
    /// read: a cached package's dependency recorded there resolves to that version. A copy,
    /// as the resolver is shared across threads (the LSP).
    npm_pins: HashMap<String, HashMap<String, String>>,
}

fn error(message: String) -> ResolveError {
    ResolveError::Other(deno_error::JsErrorBox::generic(message))
}

fn file_url(path: &Path) -> Url {
    Url::from_file_path(path).expect("package paths are absolute")
}

/// The `error:` for a Node built-in `x` lacks, at graph-build time.
fn check_builtin(name: &str, referrer: &Url) -> Result<Url, ResolveError> {
    if x_npm::PROVIDED_BUILTINS.contains(&name) {
        return Ok(Url::parse(&format!("node:{name}")).expect("valid"));
    }
    let known = x_npm::NODE_BUILTINS.contains(&name);
    Err(error(format!(
        "x does not provide the Node built-in \"node:{name}\" (imported by {referrer}){}",
        if known {
            "; use a package that does not need it, or a Web API instead"
        } else {
            "; Node has no built-in of that name either"
        }
    )))
}

impl XResolver {
    /// A resolver with the given import map (or none).
    pub fn new(import_map: Option<ImportMap>) -> Self {
        XResolver {
            import_map,
            npm_root: None,
            npm_pins: HashMap::new(),
        }
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

    /// Marks `root` as the npm cache folder of the registry in use.
    pub fn with_npm_root(mut self, root: PathBuf) -> Self {
        self.npm_root = Some(root);
        self
    }

    /// Pins the dependencies of cached packages to the versions `lockfile` records.
    pub fn with_lockfile(mut self, lockfile: Option<&crate::Lockfile>) -> Self {
        self.npm_pins = lockfile.map(|l| l.npm_pins()).unwrap_or_default();
        self
    }

    /// The package folder, name and version of a file in the npm cache (not in a
    /// `node_modules` folder).
    pub fn cached_npm_package_of(&self, url: &Url) -> Option<(PathBuf, String, String)> {
        let path = url.to_file_path().ok()?;
        x_npm::package_of(self.npm_root.as_ref()?, &path)
    }

    /// The package folder, name and version of a file of an npm package: in the npm
    /// cache, or in a `node_modules` folder.
    pub fn npm_package_of(&self, url: &Url) -> Option<(PathBuf, String, String)> {
        if url.scheme() != "file" {
            return None;
        }
        let path = url.to_file_path().ok()?;
        if let Some(found) = self
            .npm_root
            .as_ref()
            .and_then(|r| x_npm::package_of(r, &path))
        {
            return Some(found);
        }
        x_npm::node_modules_package_of(&path)
    }

    /// A bare specifier in the program's own code (after the import map): its package in
    /// `node_modules`, else the nearest `package.json`'s range for it as a package request.
    fn resolve_bare(&self, specifier: &str, referrer: &Url, require: bool) -> Option<Url> {
        let (name, sub) = x_npm::resolve::split_package_specifier(specifier)?;
        let dir = referrer.to_file_path().ok()?.parent()?.to_path_buf();
        if let Some(found) = x_npm::find_in_node_modules(&dir, name) {
            let conditions = if require {
                REQUIRE_CONDITIONS
            } else {
                IMPORT_CONDITIONS
            };
            let entry = x_npm::resolve::package_entry(&found, sub, conditions).ok()?;
            return Some(file_url(&entry));
        }
        let req = x_npm::project_dependency(&dir, name)?;
        Some(request(&req, sub, require))
    }

    /// Resolves `specifier` as imported from `referrer`.
    pub fn resolve_specifier(&self, specifier: &str, referrer: &Url) -> Result<Url, ResolveError> {
        self.resolve_with_mode(specifier, referrer, false)
    }

    /// Resolves `specifier`, as `require()` asks for it when `require` (package `exports`
    /// then use the `require` conditions).
    pub fn resolve_with_mode(
        &self,
        specifier: &str,
        referrer: &Url,
        require: bool,
    ) -> Result<Url, ResolveError> {
        if let Some(package) = self.npm_package_of(referrer) {
            return self.resolve_in_package(specifier, referrer, package, require);
        }
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
        if text.starts_with("npm:") {
            let (req, sub) = x_npm::parse_request(text).map_err(error)?;
            return Ok(request(&req, sub.as_deref(), require));
        }
        if let Some(name) = x_npm::builtin_name(text, false) {
            return check_builtin(name, referrer);
        }
        if let Some(url) = mapped {
            return Ok(url);
        }
        let resolved = deno_graph::resolve_import(specifier, referrer);
        if resolved.is_err() && referrer.scheme() == "file" {
            if let Some(url) = self.resolve_bare(specifier, referrer, require) {
                return Ok(url);
            }
        }
        resolved.map_err(ResolveError::Specifier)
    }

    fn resolve_in_package(
        &self,
        specifier: &str,
        referrer: &Url,
        (dir, name, version): (PathBuf, String, String),
        require: bool,
    ) -> Result<Url, ResolveError> {
        let conditions = if require {
            REQUIRE_CONDITIONS
        } else {
            IMPORT_CONDITIONS
        };
        let path = referrer.to_file_path().expect("npm files are files");
        let from = || {
            format!(
                "npm:{name}@{version}/{}",
                path.strip_prefix(&dir).unwrap_or(&path).display()
            )
        };
        if let Some(builtin) = x_npm::builtin_name(specifier, true) {
            return check_builtin(builtin, &Url::parse(&from()).unwrap_or(referrer.clone()));
        }
        if specifier.starts_with("./")
            || specifier.starts_with("../")
            || specifier.starts_with('/')
            || specifier == "."
            || specifier == ".."
        {
            // URL resolution normalises `.` and `..`; then Node's probing on the file.
            let joined =
                deno_graph::resolve_import(specifier, referrer).map_err(ResolveError::Specifier)?;
            let found = joined.to_file_path().ok().and_then(|p| {
                x_npm::resolve::probe_file(&p).or_else(|| x_npm::resolve::probe_dir(&p))
            });
            return Ok(found.map(|p| file_url(&p)).unwrap_or(joined));
        }
        if specifier.starts_with('#') {
            let target = x_npm::resolve::package_import(&dir, specifier, conditions)
                .ok_or_else(|| error(format!("\"{specifier}\" is not in the \"imports\" of npm:{name}@{version}'s package.json (imported by {})", from())))?;
            if let Some(relative) = target.strip_prefix("./") {
                let target = dir.join(relative);
                let found = x_npm::resolve::probe_file(&target).unwrap_or(target);
                return Ok(file_url(&found));
            }
            return self.resolve_in_package(&target, referrer, (dir, name, version), require);
        }
        if specifier.starts_with("npm:") {
            let (req, sub) = x_npm::parse_request(specifier).map_err(error)?;
            return Ok(request(&req, sub.as_deref(), require));
        }
        if let Ok(url) = Url::parse(specifier) {
            return Ok(url);
        }
        let Some((dependency, sub)) = x_npm::resolve::split_package_specifier(specifier) else {
            return Err(error(format!(
                "cannot resolve \"{specifier}\" imported by {}",
                from()
            )));
        };
        if dependency == name {
            // A package importing itself by name goes through its own `exports`.
            let found = x_npm::resolve::package_entry(&dir, sub, conditions).map_err(error)?;
            return Ok(file_url(&found));
        }
        if self.npm_root.as_ref().is_none_or(|r| !dir.starts_with(r)) {
            // A package in node_modules: its dependencies are folders up the tree.
            let start = path.parent().unwrap_or(&dir);
            if let Some(found) = x_npm::find_in_node_modules(start, dependency) {
                let entry =
                    x_npm::resolve::package_entry(&found, sub, conditions).map_err(error)?;
                return Ok(file_url(&entry));
            }
        }
        if let Some(version) = self
            .npm_pins
            .get(&format!("{name}@{version}"))
            .and_then(|pins| pins.get(dependency))
        {
            if let Ok(req) = x_npm::PackageReq::from_str(&format!("{dependency}@{version}")) {
                return Ok(request(&req, sub, require));
            }
        }
        let req = x_npm::dependency_req(&dir, dependency).ok_or_else(|| {
            error(format!(
                "npm:{name}@{version} imports \"{dependency}\", which is not among its dependencies (imported by {}); the package is broken, try another version of it",
                from()
            ))
        })?;
        Ok(request(&req, sub, require))
    }
}

/// The loader's URL for a package request; `#require` asks for the `require` conditions.
fn request(req: &x_npm::PackageReq, sub: Option<&str>, require: bool) -> Url {
    let mut text = x_npm::request_url(req, sub);
    if require {
        text.push_str("#require");
    }
    Url::parse(&text).expect("package requests are valid URLs")
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
        let require = referrer_range.resolution_mode == Some(ResolutionMode::Require);
        self.resolve_with_mode(specifier_text, &referrer_range.specifier, require)
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
