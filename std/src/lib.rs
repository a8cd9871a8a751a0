//! The standard library, embedded: the TypeScript packages beside this crate (`std/<pkg>/`),
//! compiled into the binary so `std:<pkg>`, `jsr:@std/<pkg>` and `@std/<pkg>` imports need no
//! network and no disk.
//!
//! Each package has a `deno.json` whose `"exports"` map names its entry points, exactly as
//! Deno's `@std` packages do (`"."` is `mod.ts`; `"./parse-args"` a subpath). The build
//! script turns the files and those maps into tables; the graph (`x_graph`) resolves a
//! specifier through [`resolve`] and loads the text with [`file`].

include!(concat!(env!("OUT_DIR"), "/std_files.rs"));

/// The URL prefix under which the graph serves std files: `std:///<pkg>/<file>.ts`.
/// It is hierarchical, so relative imports between std files resolve as usual.
pub const URL_PREFIX: &str = "std:///";

/// The text of one embedded file, by its path inside `std/` (e.g. `"assert/mod.ts"`).
pub fn file(path: &str) -> Option<&'static str> {
    FILES
        .binary_search_by(|(p, _)| (*p).cmp(path))
        .ok()
        .map(|i| FILES[i].1)
}

/// The names of every package in the library, sorted.
pub fn packages() -> Vec<&'static str> {
    let mut names: Vec<&str> = EXPORTS.iter().map(|(package, _, _)| *package).collect();
    names.dedup();
    names
}

/// Why a std specifier could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    /// No package of that name exists.
    UnknownPackage(String),
    /// The package exists but exports no such subpath.
    UnknownExport { package: String, subpath: String },
}

impl std::fmt::Display for ResolveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResolveError::UnknownPackage(name) => {
                let available = packages();
                if available.is_empty() {
                    write!(
                        f,
                        "the standard library has no module \"{name}\" (it has none yet)"
                    )
                } else {
                    write!(
                        f,
                        "the standard library has no module \"{name}\"; available: {}",
                        available.join(", ")
                    )
                }
            }
            ResolveError::UnknownExport { package, subpath } => {
                let exports: Vec<&str> = EXPORTS
                    .iter()
                    .filter(|(p, _, _)| p == package)
                    .map(|(_, sub, _)| *sub)
                    .collect();
                write!(
                    f,
                    "std module \"{package}\" has no export \"{subpath}\"; available: {}",
                    exports.join(", ")
                )
            }
        }
    }
}

impl std::error::Error for ResolveError {}

/// Resolves the part after `std:` / `jsr:@std/` / `@std/` (`"cli/parse-args"`, `"assert"`,
/// `"assert@^1.0.0"`) to a file path inside `std/`. A version suffix is accepted and ignored:
/// the embedded library is the version `x` ships with.
pub fn resolve(request: &str) -> Result<&'static str, ResolveError> {
    let (head, subpath) = match request.split_once('/') {
        Some((head, rest)) => (head, format!("./{rest}")),
        None => (request, ".".to_string()),
    };
    let package = head.split('@').next().unwrap_or(head);
    if !EXPORTS.iter().any(|(p, _, _)| *p == package) {
        return Err(ResolveError::UnknownPackage(package.to_string()));
    }
    if let Some((_, _, target)) = EXPORTS
        .iter()
        .find(|(p, sub, _)| *p == package && *sub == subpath)
    {
        return Ok(target);
    }
    // A file path inside the package (`std:path/posix/join.ts`) is allowed too.
    let direct = format!("{package}/{}", subpath.trim_start_matches("./"));
    FILES
        .iter()
        .find(|(p, _)| *p == direct)
        .map(|(p, _)| *p)
        .ok_or(ResolveError::UnknownExport {
            package: package.to_string(),
            subpath,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_package_is_reported_by_name() {
        let err = resolve("nope").unwrap_err();
        assert_eq!(err, ResolveError::UnknownPackage("nope".into()));
        assert!(err.to_string().contains("\"nope\""));
    }

    #[test]
    fn every_export_points_at_an_embedded_file() {
        for (package, subpath, target) in EXPORTS {
            assert!(file(target).is_some(), "{package} {subpath} -> {target}");
            let request = match subpath.strip_prefix("./") {
                Some(rest) => format!("{package}/{rest}"),
                None => package.to_string(),
            };
            assert_eq!(resolve(&request).unwrap(), *target);
            assert_eq!(
                resolve(&format!("{package}@1.0.0{}", &request[package.len()..])).unwrap(),
                *target
            );
        }
    }

    #[test]
    fn files_are_sorted_for_binary_search() {
        assert!(FILES.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
