//! npm packages for `x`: the registry client and the global cache (`registry.rs`), and
//! Node's resolution inside packages (`resolve.rs`).
//!
//! Clients: `x_graph` (its resolver turns `npm:` specifiers and bare imports inside
//! packages into package requests; its loader installs them and records them in the
//! lockfile), the CLI (`--registry`, `x install`, `x add`).
//!
//! Versions are chosen with `deno_semver` (npm's ranges and dist-tags); tarballs are
//! checked against the registry's sha512 integrity before they are unpacked.

pub mod install;
pub mod registry;
pub mod resolve;

use std::path::{Path, PathBuf};

use deno_semver::npm::NpmPackageReqReference;

pub use deno_semver::package::PackageReq;
pub use registry::{Installed, Registry, DEFAULT_REGISTRY};

/// The scheme of the graph's internal package requests (`x-npm:hono@4/jsx`): deno_graph
/// handles `npm:` itself, so the resolver hands the loader this one, and the loader
/// answers with a redirect to the unpacked file.
pub const REQUEST_SCHEME: &str = "x-npm";

/// Something that went wrong with a package, worded with what to do.
#[derive(Debug, thiserror::Error)]
pub enum NpmError {
    #[error("npm package \"{package}\" does not exist in the registry {registry}; check the name (and --registry / NPM_CONFIG_REGISTRY)")]
    UnknownPackage { package: String, registry: String },
    #[error("npm package \"{package}\" has no version matching \"{req}\"{}; pick one that exists", if known.is_empty() { String::new() } else { format!(" (latest versions: {known})") })]
    UnknownVersion {
        package: String,
        req: String,
        known: String,
    },
    #[error("npm package {package} failed its integrity check: the registry promised {expected} but the tarball is {actual}; the registry or a proxy served a corrupted file, try again later or check --registry")]
    Integrity {
        package: String,
        expected: String,
        actual: String,
    },
    #[error("npm package {package} does not match the lockfile {lockfile}: it records {expected} but the {source_kind} is {actual}; if you trust the new tarball, remove \"{package}\" from the lockfile (or delete the lockfile) and run again")]
    LockMismatch {
        package: String,
        lockfile: String,
        expected: String,
        actual: String,
        /// "registry's tarball" or "package in the cache".
        source_kind: &'static str,
    },
    #[error("cannot reach the npm registry {registry} to get \"{package}\" ({reason}); check your connection or --registry / NPM_CONFIG_REGISTRY, or run with --cached-only if it is cached")]
    RegistryDown {
        package: String,
        registry: String,
        reason: String,
    },
    #[error("npm package \"{package}\" is not in the cache and --cached-only forbids downloading it; run once without --cached-only")]
    NotCached { package: String },
    #[error("the npm registry URL \"{registry}\" is invalid: {reason}")]
    BadRegistry { registry: String, reason: String },
    #[error("cannot unpack npm package {package}: {reason}")]
    Unpack { package: String, reason: String },
    #[error("{0}")]
    Other(String),
}

/// What a lockfile knows about npm packages, and where new choices are written: the
/// graph's `x.lock` (`x_graph::Lockfile`) implements it for `x run` and `x install`.
/// `specifier` is `npm:NAME@RANGE`, `nv` and `parent` are `name@version`.
pub trait NpmLock {
    /// The file, for messages.
    fn lockfile_path(&self) -> &Path;
    /// The version an `npm:` request of the program chose before.
    fn specifier_version(&self, specifier: &str) -> Option<String>;
    /// The version the dependency `name` of the package `parent` resolved to before.
    fn dependency_version(&self, parent: &str, name: &str) -> Option<String>;
    /// The recorded tarball integrity of `nv`.
    fn integrity(&self, nv: &str) -> Option<String>;
    fn record_specifier(&self, specifier: &str, version: &str) -> Result<(), NpmError>;
    fn record_package(&self, nv: &str, integrity: &str) -> Result<(), NpmError>;
    fn record_dependency(&self, parent: &str, dependency: &str) -> Result<(), NpmError>;
}

/// The exact version `req` names (`ms@2.1.3`), if it names one rather than a range.
pub fn exact_version(req: &PackageReq) -> Option<String> {
    let text = req.version_req.version_text();
    deno_semver::Version::parse_from_npm(text)
        .ok()
        .filter(|v| v.to_string() == text)
        .map(|v| v.to_string())
}

/// The registry to use: `--registry`, else `NPM_CONFIG_REGISTRY`, else npm's.
pub fn registry_url(flag: Option<&str>) -> String {
    flag.map(str::to_string)
        .or_else(|| std::env::var("NPM_CONFIG_REGISTRY").ok())
        .or_else(|| std::env::var("npm_config_registry").ok())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| DEFAULT_REGISTRY.to_string())
}

/// A package request and the subpath after it: `npm:hono@4/jsx` → (`hono@4`, `jsx`).
pub fn parse_request(text: &str) -> Result<(PackageReq, Option<String>), String> {
    let text = text
        .strip_prefix(REQUEST_SCHEME)
        .map(|rest| format!("npm{rest}"))
        .unwrap_or_else(|| text.to_string());
    let reference = NpmPackageReqReference::from_str(&text)
        .map_err(|e| format!("invalid npm specifier \"{text}\": {e}"))?;
    Ok((
        reference.req().clone(),
        reference.sub_path().map(str::to_string),
    ))
}

/// The internal request URL for `req` and `sub` (see [`REQUEST_SCHEME`]).
pub fn request_url(req: &PackageReq, sub: Option<&str>) -> String {
    let mut url = format!("{REQUEST_SCHEME}:{req}");
    if let Some(sub) = sub {
        url.push('/');
        url.push_str(sub);
    }
    url
}

/// The package folder a file in the cache belongs to, with the package's name and version
/// (`<root>/<name>/<version>/…` or `<root>/@scope/<name>/<version>/…`).
pub fn package_of(root: &Path, file: &Path) -> Option<(PathBuf, String, String)> {
    let rel = file.strip_prefix(root).ok()?;
    let parts: Vec<_> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    let (name, version, depth) = if parts.first()?.starts_with('@') {
        (format!("{}/{}", parts[0], parts.get(1)?), parts.get(2)?, 3)
    } else {
        (parts[0].to_string(), parts.get(1)?, 2)
    };
    let dir: PathBuf = root.join(rel.components().take(depth).collect::<PathBuf>());
    Some((dir, name, version.to_string()))
}

/// The package folder, name and version of a file inside a `node_modules` folder
/// (`…/node_modules/<name>/…` or `…/node_modules/@scope/<name>/…`, the innermost).
pub fn node_modules_package_of(file: &Path) -> Option<(PathBuf, String, String)> {
    let parts: Vec<_> = file.components().collect();
    let at = parts
        .iter()
        .rposition(|c| c.as_os_str() == "node_modules")?;
    let first = parts
        .get(at + 1)?
        .as_os_str()
        .to_string_lossy()
        .into_owned();
    let (name, depth) = if first.starts_with('@') {
        let second = parts.get(at + 2)?.as_os_str().to_string_lossy();
        (format!("{first}/{second}"), at + 3)
    } else {
        (first, at + 2)
    };
    if parts.len() <= depth {
        return None; // the package folder itself, not a file in it
    }
    let dir: PathBuf = parts[..depth].iter().collect();
    let version = resolve::read_package_json(&dir)
        .ok()
        .and_then(|p| p.get("version")?.as_str().map(str::to_string))
        .unwrap_or_default();
    Some((dir, name, version))
}

/// `node_modules/<name>` in `start` or a folder above it, as Node looks packages up.
pub fn find_in_node_modules(start: &Path, name: &str) -> Option<PathBuf> {
    let mut dir = Some(start);
    while let Some(d) = dir {
        if d.file_name().is_some_and(|n| n != "node_modules") {
            let candidate = d.join("node_modules").join(name);
            if candidate.is_dir() {
                return Some(candidate);
            }
        }
        dir = d.parent();
    }
    None
}

/// The range the nearest `package.json` above `start` gives `name` (in any of its
/// dependency fields), as a package request.
pub fn project_dependency(start: &Path, name: &str) -> Option<PackageReq> {
    let mut dir = Some(start);
    while let Some(d) = dir {
        if d.join("package.json").is_file() {
            return dependency_req(d, name).or_else(|| {
                let pkg = resolve::read_package_json(d).ok()?;
                let range = pkg.get("devDependencies")?.get(name)?.as_str()?;
                PackageReq::from_str(&format!("{name}@{range}")).ok()
            });
        }
        dir = d.parent();
    }
    None
}

/// The version range a package asks for one of its dependencies (`dependencies`,
/// `peerDependencies`, `optionalDependencies`, in that order), `npm:` aliases followed.
pub fn dependency_req(package_dir: &Path, dependency: &str) -> Option<PackageReq> {
    let pkg = resolve::read_package_json(package_dir).ok()?;
    let range = ["dependencies", "peerDependencies", "optionalDependencies"]
        .iter()
        .find_map(|field| pkg.get(field)?.get(dependency)?.as_str())?;
    if let Some(alias) = range.strip_prefix("npm:") {
        return PackageReq::from_str(alias).ok();
    }
    let range = if range.trim().is_empty() { "*" } else { range };
    PackageReq::from_str(&format!("{dependency}@{range}"))
        .or_else(|_| PackageReq::from_str(&format!("{dependency}@*")))
        .ok()
}

/// Every Node built-in module name (to tell `require("events")` from a package).
pub const NODE_BUILTINS: &[&str] = &[
    "assert",
    "assert/strict",
    "async_hooks",
    "buffer",
    "child_process",
    "cluster",
    "console",
    "constants",
    "crypto",
    "dgram",
    "diagnostics_channel",
    "dns",
    "dns/promises",
    "domain",
    "events",
    "fs",
    "fs/promises",
    "http",
    "http2",
    "https",
    "inspector",
    "module",
    "net",
    "os",
    "path",
    "path/posix",
    "path/win32",
    "perf_hooks",
    "process",
    "punycode",
    "querystring",
    "readline",
    "readline/promises",
    "repl",
    "stream",
    "stream/consumers",
    "stream/promises",
    "stream/web",
    "string_decoder",
    "sys",
    "test",
    "timers",
    "timers/promises",
    "tls",
    "trace_events",
    "tty",
    "url",
    "util",
    "util/types",
    "v8",
    "vm",
    "wasi",
    "worker_threads",
    "zlib",
];

/// The built-ins `x` provides (`runtime/ext/node`; its tests keep the two in step).
pub const PROVIDED_BUILTINS: &[&str] = &[
    "assert",
    "assert/strict",
    "async_hooks",
    "buffer",
    "crypto",
    "events",
    "fs",
    "fs/promises",
    "module",
    "os",
    "path",
    "path/posix",
    "process",
    "stream",
    "string_decoder",
    "timers",
    "timers/promises",
    "url",
    "util",
    "util/types",
];

/// `node:fs` → `fs`; a bare built-in name (`events`) too, when `bare` (inside packages).
pub fn builtin_name(specifier: &str, bare: bool) -> Option<&str> {
    match specifier.strip_prefix("node:") {
        Some(name) => Some(name),
        None if bare && NODE_BUILTINS.contains(&specifier) => Some(specifier),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_round_trip() {
        let (req, sub) = parse_request("npm:@scope/p@^1.2/a/b").unwrap();
        assert_eq!(req.name.as_str(), "@scope/p");
        assert_eq!(sub.as_deref(), Some("a/b"));
        let url = request_url(&req, sub.as_deref());
        assert!(url.starts_with("x-npm:@scope/p@"), "{url}");
        let (again, sub2) = parse_request(&url).unwrap();
        assert_eq!(again, req);
        assert_eq!(sub2, sub);
        let (latest, _) = parse_request("npm:zod").unwrap();
        assert_eq!(latest.name.as_str(), "zod");
    }

    #[test]
    fn node_modules_packages() {
        let (dir, name, _) =
            node_modules_package_of(Path::new("/p/node_modules/a/node_modules/@s/b/lib/x.js"))
                .unwrap();
        assert_eq!(dir, Path::new("/p/node_modules/a/node_modules/@s/b"));
        assert_eq!(name, "@s/b");
        assert!(node_modules_package_of(Path::new("/p/src/x.js")).is_none());
    }

    #[test]
    fn finds_the_package_of_a_file() {
        let root = Path::new("/c/npm/reg");
        let (dir, name, version) =
            package_of(root, Path::new("/c/npm/reg/@s/p/1.0.0/dist/a.js")).unwrap();
        assert_eq!(dir, Path::new("/c/npm/reg/@s/p/1.0.0"));
        assert_eq!((name.as_str(), version.as_str()), ("@s/p", "1.0.0"));
        let (_, name, _) = package_of(root, Path::new("/c/npm/reg/p/2.0.0/i.js")).unwrap();
        assert_eq!(name, "p");
        assert!(package_of(root, Path::new("/elsewhere/a.js")).is_none());
    }
}
