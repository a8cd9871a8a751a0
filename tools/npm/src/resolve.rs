//! Node's resolution inside packages, on files already on disk: a package's entry point
//! (`exports` with conditions and subpath patterns, `imports` for `#name`, `main`), the
//! extension and `index.js` probing of CommonJS, and which package a bare specifier names.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Conditions for `import` (the issue's order: `deno`, `import`, `module`, `default`).
pub const IMPORT_CONDITIONS: &[&str] = &["deno", "import", "module", "default"];
/// Conditions for `require`.
pub const REQUIRE_CONDITIONS: &[&str] = &["deno", "require", "node", "default"];

/// `name` and the subpath after it (`@scope/pkg/a/b` → `("@scope/pkg", Some("a/b"))`).
pub fn split_package_specifier(specifier: &str) -> Option<(&str, Option<&str>)> {
    let mut end = specifier.find('/').unwrap_or(specifier.len());
    if specifier.starts_with('@') {
        let rest = specifier.get(end + 1..)?;
        end += 1 + rest.find('/').unwrap_or(rest.len());
    }
    let name = &specifier[..end];
    if name.is_empty() || name.starts_with('.') || name.contains('\\') || name.contains(':') {
        return None;
    }
    let sub = specifier.get(end + 1..).filter(|s| !s.is_empty());
    Some((name, sub))
}

/// The parsed `package.json` of a package folder (an empty object if it has none).
pub fn read_package_json(dir: &Path) -> Result<Value, String> {
    match std::fs::read(dir.join("package.json")) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map_err(|e| format!("{}/package.json is not valid JSON: {e}", dir.display())),
        Err(_) => Ok(Value::Object(Default::default())),
    }
}

/// The file `name/sub` means inside the package folder `dir`: through `exports` when the
/// package has them (anything they do not list is not importable, as in Node), else the
/// subpath as a file, else `main`, else `index.js`.
pub fn package_entry(
    dir: &Path,
    sub: Option<&str>,
    conditions: &[&str],
) -> Result<PathBuf, String> {
    let pkg = read_package_json(dir)?;
    let key = match sub {
        Some(s) => format!("./{s}"),
        None => ".".to_string(),
    };
    if let Some(exports) = pkg.get("exports").filter(|e| !e.is_null()) {
        let is_map = exports
            .as_object()
            .is_some_and(|o| o.keys().next().is_some_and(|k| k.starts_with('.')));
        let target = if is_map {
            map_lookup(exports.as_object().unwrap(), &key, conditions)
        } else if key == "." {
            resolve_target(exports, None, conditions)
        } else {
            None
        };
        let Some(target) = target else {
            let what = if key == "." {
                "a main entry".to_string()
            } else {
                format!("\"{key}\"")
            };
            return Err(format!(
                "the package at {} does not export {what} (its package.json \"exports\" does not list it for {})",
                dir.display(),
                conditions.join("/")
            ));
        };
        let path = dir.join(target.trim_start_matches("./"));
        return Ok(probe_file(&path).unwrap_or(path));
    }
    if let Some(sub) = sub {
        let path = dir.join(sub);
        return probe_file(&path)
            .or_else(|| probe_dir(&path))
            .ok_or_else(|| format!("{} does not exist", path.display()));
    }
    if let Some(main) = pkg.get("main").and_then(Value::as_str) {
        let path = dir.join(main);
        if let Some(found) = probe_file(&path).or_else(|| probe_dir(&path)) {
            return Ok(found);
        }
    }
    probe_file(&dir.join("index"))
        .ok_or_else(|| format!("the package at {} has no main entry", dir.display()))
}

/// The file a `#name` import means, through the package's `imports`.
pub fn package_import(dir: &Path, specifier: &str, conditions: &[&str]) -> Option<String> {
    let pkg = read_package_json(dir).ok()?;
    let imports = pkg.get("imports")?.as_object()?;
    map_lookup(imports, specifier, conditions)
}

/// Looks `key` up in an `exports`/`imports` map: an exact key, else the `*` pattern with
/// the longest prefix.
fn map_lookup(
    map: &serde_json::Map<String, Value>,
    key: &str,
    conditions: &[&str],
) -> Option<String> {
    if let Some(target) = map.get(key) {
        if !key.contains('*') {
            return resolve_target(target, None, conditions);
        }
    }
    let mut best: Option<(&str, &Value, &str)> = None;
    for (pattern, target) in map {
        let Some((prefix, suffix)) = pattern.split_once('*') else {
            continue;
        };
        if key.len() >= pattern.len() - 1 && key.starts_with(prefix) && key.ends_with(suffix) {
            let star = &key[prefix.len()..key.len() - suffix.len()];
            if best.is_none_or(|(p, _, _)| prefix.len() > p.len()) {
                best = Some((prefix, target, star));
            }
        }
    }
    let (_, target, star) = best?;
    resolve_target(target, Some(star), conditions)
}

fn resolve_target(target: &Value, star: Option<&str>, conditions: &[&str]) -> Option<String> {
    match target {
        Value::String(s) => Some(match star {
            Some(star) => s.replace('*', star),
            None => s.clone(),
        }),
        Value::Array(items) => items
            .iter()
            .find_map(|t| resolve_target(t, star, conditions)),
        Value::Object(map) => map.iter().find_map(|(condition, t)| {
            conditions
                .contains(&condition.as_str())
                .then(|| resolve_target(t, star, conditions))
                .flatten()
        }),
        _ => None,
    }
}

/// CommonJS file probing: the path itself, then with `.js`, `.json`, `.cjs`, `.mjs`.
pub fn probe_file(path: &Path) -> Option<PathBuf> {
    if path.is_file() {
        return Some(path.to_path_buf());
    }
    for ext in ["js", "json", "cjs", "mjs"] {
        let mut candidate = path.as_os_str().to_owned();
        candidate.push(".");
        candidate.push(ext);
        let candidate = PathBuf::from(candidate);
        if candidate.is_file() {
            return Some(candidate);
        }
    }
    None
}

/// A folder as a module: its `package.json` `main`, else `index.js`.
pub fn probe_dir(path: &Path) -> Option<PathBuf> {
    if !path.is_dir() {
        return None;
    }
    if let Ok(pkg) = read_package_json(path) {
        if let Some(main) = pkg.get("main").and_then(Value::as_str) {
            let main = path.join(main);
            if let Some(found) = probe_file(&main).or_else(|| probe_dir(&main)) {
                return Some(found);
            }
        }
    }
    probe_file(&path.join("index"))
}

/// Whether the file is CommonJS by its name and the nearest `package.json` `type`:
/// `.cjs` always, `.mjs` never, `.js` unless the package says `"type": "module"`.
/// (`None` means "by content": a `.js` file in a package without a `type`.)
pub fn module_format(path: &Path) -> Option<bool> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("cjs") => return Some(true),
        Some("mjs") => return Some(false),
        Some("js") => {}
        _ => return Some(false),
    }
    let mut dir = path.parent();
    while let Some(d) = dir {
        if let Ok(bytes) = std::fs::read(d.join("package.json")) {
            if let Ok(pkg) = serde_json::from_slice::<Value>(&bytes) {
                return match pkg.get("type").and_then(Value::as_str) {
                    Some("module") => Some(false),
                    Some("commonjs") => Some(true),
                    _ => None,
                };
            }
        }
        dir = d.parent();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn package(json: &str, files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("package.json"), json).unwrap();
        for f in files {
            let p = dir.path().join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "").unwrap();
        }
        dir
    }

    fn entry(dir: &tempfile::TempDir, sub: Option<&str>) -> Result<String, String> {
        package_entry(dir.path(), sub, IMPORT_CONDITIONS).map(|p| {
            p.strip_prefix(dir.path())
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
    }

    #[test]
    fn splits_names() {
        assert_eq!(split_package_specifier("hono"), Some(("hono", None)));
        assert_eq!(
            split_package_specifier("hono/jsx/dom"),
            Some(("hono", Some("jsx/dom")))
        );
        assert_eq!(
            split_package_specifier("@scope/p/x"),
            Some(("@scope/p", Some("x")))
        );
        assert_eq!(split_package_specifier("./x"), None);
    }

    #[test]
    fn exports_conditions_and_patterns() {
        let dir = package(
            r#"{"exports":{".":{"types":"./t.d.ts","require":"./c.cjs","import":"./e.mjs"},
                "./utils/*":{"import":"./dist/utils/*.js"},"./package.json":"./package.json"}}"#,
            &["e.mjs", "c.cjs", "dist/utils/a.js"],
        );
        assert_eq!(entry(&dir, None).unwrap(), "e.mjs");
        assert_eq!(entry(&dir, Some("utils/a")).unwrap(), "dist/utils/a.js");
        let err = entry(&dir, Some("secret")).unwrap_err();
        assert!(err.contains("\"./secret\""), "{err}");
        let cjs = package_entry(dir.path(), None, REQUIRE_CONDITIONS).unwrap();
        assert!(cjs.ends_with("c.cjs"));
    }

    #[test]
    fn main_and_probing_without_exports() {
        let dir = package(
            r#"{"main":"lib/index"}"#,
            &["lib/index.js", "other/index.js"],
        );
        assert_eq!(entry(&dir, None).unwrap(), "lib/index.js");
        assert_eq!(entry(&dir, Some("other")).unwrap(), "other/index.js");
        let bare = package("{}", &["index.js"]);
        assert_eq!(entry(&bare, None).unwrap(), "index.js");
    }

    #[test]
    fn formats() {
        let dir = package(r#"{"type":"module"}"#, &["a.js", "b.cjs"]);
        assert_eq!(module_format(&dir.path().join("a.js")), Some(false));
        assert_eq!(module_format(&dir.path().join("b.cjs")), Some(true));
        let plain = package("{}", &["a.js"]);
        assert_eq!(module_format(&plain.path().join("a.js")), None);
    }
}
