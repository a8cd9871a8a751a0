//! Loads the text of a module for the graph, by scheme: `file:` from disk, `data:` from the
//! URL itself, `http(s):` through the disk cache (checked against the lockfile),
//! `std:` from the standard library embedded in the binary, and `x-npm:` package requests
//! (installed into the npm cache, recorded in the lockfile, answered with a redirect to
//! the package's entry file).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use deno_error::JsErrorBox;
use deno_graph::source::{CacheSetting, LoadError, LoadFuture, LoadOptions, LoadResponse, Loader};
use deno_graph::ModuleSpecifier;
use futures::FutureExt;

use crate::http_cache::{FetchError, Fetched, HttpCache};
use crate::lockfile::{LockCheck, Lockfile};
use x_npm::NpmLock;

/// How remote modules are used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RemotePolicy {
    /// Use the cache; fetch what is missing.
    #[default]
    UseCache,
    /// Fetch everything again (`--reload`).
    Reload,
    /// Never touch the network (`--cached-only`).
    CachedOnly,
}

/// The graph's loader.
pub struct XLoader {
    pub(crate) http: Rc<HttpCache>,
    pub(crate) policy: RemotePolicy,
    pub(crate) lockfile: Option<Rc<Lockfile>>,
    pub(crate) npm: Rc<x_npm::Registry>,
    /// Modules that exist only in memory: `x eval` code, a program read from stdin.
    pub(crate) memory: RefCell<HashMap<ModuleSpecifier, Arc<[u8]>>>,
}

fn other(message: String) -> LoadError {
    LoadError::Other(Arc::new(JsErrorBox::generic(message)))
}

impl Loader for XLoader {
    fn load(&self, specifier: &ModuleSpecifier, options: LoadOptions) -> LoadFuture {
        let specifier = specifier.clone();
        if let Some(content) = self.memory.borrow().get(&specifier) {
            let response = LoadResponse::Module {
                content: content.clone(),
                mtime: None,
                specifier,
                maybe_headers: None,
            };
            return async move { Ok(Some(response)) }.boxed_local();
        }
        match specifier.scheme() {
            "file" => {
                let result = load_file(&specifier);
                async move { result }.boxed_local()
            }
            "data" => {
                let result = deno_graph::source::load_data_url(&specifier)
                    .map_err(|e| other(format!("invalid data: URL: {e}")));
                async move { result }.boxed_local()
            }
            "std" => {
                let path = specifier.path().trim_start_matches('/');
                let result = Ok(x_std::file(path).map(|text| LoadResponse::Module {
                    content: Arc::from(text.as_bytes()),
                    mtime: None,
                    specifier: specifier.clone(),
                    maybe_headers: None,
                }));
                async move { result }.boxed_local()
            }
            "http" | "https" => {
                let http = self.http.clone();
                let lockfile = self.lockfile.clone();
                let policy = match options.cache_setting {
                    CacheSetting::Reload => RemotePolicy::Reload,
                    _ => self.policy,
                };
                async move { load_remote(&http, lockfile.as_deref(), policy, specifier).await }
                    .boxed_local()
            }
            x_npm::REQUEST_SCHEME => {
                let npm = self.npm.clone();
                let lockfile = self.lockfile.clone();
                async move { load_npm(&npm, lockfile.as_deref(), specifier).await }.boxed_local()
            }
            scheme => {
                let message = format!(
                    "unsupported scheme \"{scheme}:\" in {specifier}; x loads file:, data:, http:, https:, std:, npm: and node: modules"
                );
                async move { Err(other(message)) }.boxed_local()
            }
        }
    }
}

/// Installs the package a request names (the lockfile's version if it has one: an exact
/// request is what the resolver makes of a dependency the lockfile pins) and redirects
/// to the file the request means inside it. Which request chose which version is
/// recorded after the build, from the graph (`Graph::record_npm_choices`); here only the
/// package and its integrity.
async fn load_npm(
    npm: &x_npm::Registry,
    lockfile: Option<&Lockfile>,
    specifier: ModuleSpecifier,
) -> Result<Option<LoadResponse>, LoadError> {
    let require = specifier.fragment() == Some("require");
    let mut text = specifier.to_string();
    if let Some(hash) = text.find('#') {
        text.truncate(hash);
    }
    let (req, sub) = x_npm::parse_request(&text).map_err(other)?;
    let lock = lockfile.map(|l| l as &dyn NpmLock);
    let locked = lock
        .and_then(|l| l.specifier_version(&format!("npm:{req}")))
        .or_else(|| x_npm::exact_version(&req));
    let installed = match locked {
        Some(version) => npm.install_exact(req.name.as_str(), &version, lock).await,
        None => npm.install_req(&req, lock).await,
    }
    .map_err(|e| other(e.to_string()))?;
    let nv = format!("{}@{}", installed.name, installed.version);
    if let Some(lock) = lock {
        lock.record_package(&nv, &installed.integrity)
            .map_err(|e| other(e.to_string()))?;
    }
    let conditions = if require {
        x_npm::resolve::REQUIRE_CONDITIONS
    } else {
        x_npm::resolve::IMPORT_CONDITIONS
    };
    let file = x_npm::resolve::package_entry(&installed.dir, sub.as_deref(), conditions)
        .map_err(|e| other(format!("cannot import \"{text}\" from npm:{nv}: {e}")))?;
    let url = ModuleSpecifier::from_file_path(&file)
        .map_err(|_| other(format!("{} is not a valid path", file.display())))?;
    Ok(Some(LoadResponse::Redirect { specifier: url }))
}

fn load_file(specifier: &ModuleSpecifier) -> Result<Option<LoadResponse>, LoadError> {
    let Ok(path) = specifier.to_file_path() else {
        return Err(other(format!("{specifier} is not a valid file path")));
    };
    match std::fs::read(&path) {
        Ok(bytes) => Ok(Some(LoadResponse::Module {
            content: Arc::from(bytes),
            mtime: std::fs::metadata(&path).and_then(|m| m.modified()).ok(),
            specifier: specifier.clone(),
            maybe_headers: None,
        })),
        // deno_graph turns `None` into "Module not found", with the importing line.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::IsADirectory || path.is_dir() => Err(other(
            format!("{} is a directory, not a module", path.display()),
        )),
        Err(e) => Err(other(format!("cannot read {}: {e}", path.display()))),
    }
}

async fn load_remote(
    http: &HttpCache,
    lockfile: Option<&Lockfile>,
    policy: RemotePolicy,
    specifier: ModuleSpecifier,
) -> Result<Option<LoadResponse>, LoadError> {
    let cached = if policy == RemotePolicy::Reload {
        None
    } else {
        http.get(&specifier)
    };
    let fetched = match cached {
        Some(hit) => hit,
        None if policy == RemotePolicy::CachedOnly => {
            return Err(other(FetchError::NotCached { url: specifier }.to_string()))
        }
        None => http
            .fetch(&specifier)
            .await
            .map_err(|e| other(e.to_string()))?,
    };
    match fetched {
        Fetched::Redirect { location } => Ok(Some(LoadResponse::Redirect {
            specifier: location,
        })),
        Fetched::Module { body, headers } => {
            if let Some(lock) = lockfile {
                match lock.check(specifier.as_str(), &body) {
                    LockCheck::Ok => {}
                    LockCheck::Mismatch { expected, actual } => {
                        return Err(other(format!(
                            "the remote module {specifier} does not match the hash recorded in {}\n  expected sha256: {expected}\n  actual sha256:   {actual}\n\
                             The module changed on the server (or in the cache). If you trust the new content, \
                             remove its entry from the lockfile and run again with --reload.",
                            lock.path().display()
                        )))
                    }
                    LockCheck::MissingFrozen { actual } => {
                        return Err(other(format!(
                            "the remote module {specifier} (sha256 {actual}) is not in the lockfile {} and --frozen forbids adding it; \
                             run without --frozen to record it",
                            lock.path().display()
                        )))
                    }
                }
            }
            Ok(Some(LoadResponse::Module {
                content: Arc::from(body),
                mtime: None,
                specifier,
                maybe_headers: Some(headers),
            }))
        }
    }
}
