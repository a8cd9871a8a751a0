//! The one module graph of `x`: resolve → load → parse **once** per module, then hand the
//! parse to every consumer. `x run` transpiles from it; `fmt`, `lint`, `doc`, `test`,
//! `deploy` and the LSP read the same `ParsedSource` (see ARCHITECTURE.md).
//!
//! Built on `deno_graph` with a capturing parser ([`parser::CountingParser`]): the graph
//! keeps each module's `ParsedSource`, and counts parses so tests can assert "parsed once"
//! (`X_LOG=graph`). The cache database (`cache_db.rs`) remembers each module's analysis
//! and emitted code by content hash, so unchanged modules are not parsed at all unless a
//! consumer asks for their AST ([`Graph::parsed_source`] parses them then).
//!
//! Files a tool works on one by one (`fmt`, `lint`) are opened as standalone
//! [`Documents`]: parsed by the same counting parser, in `ParseMode::Tools`, without
//! following their imports (`documents.rs`); `par.rs` spreads such work over every core
//! and `skip_cache.rs` remembers the files a tool already found clean.
//!
//! Clients: `x_worker` (the runtime's module loader), the CLI's subcommands, `x_fmt` and
//! `x_lint` (through [`Graph::documents`]), `x_doc` (through
//! [`Graph::with_capturing_parser`], on a `TypesOnly` graph).

mod cache_db;
mod cjs;
mod documents;
mod emit;
mod http_cache;
mod loader;
mod lockfile;
pub mod par;
mod parser;
mod resolver;
mod skip_cache;

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

use deno_ast::ParsedSource;
use deno_graph::ast::{CapturingModuleAnalyzer, ParsedSourceStore};
use deno_graph::{BuildOptions, GraphKind, Module, ModuleGraph, ModuleGraphError};
use url::Url;

pub use cache_db::CacheDb;
pub use deno_ast;
pub use deno_graph;
pub use documents::Documents;
pub use emit::{needs_transpile, Emitted};
pub use http_cache::HttpCache;
pub use loader::RemotePolicy;
pub use lockfile::{sha256_hex, Lockfile};
pub use parser::{log_enabled, ParseMode, ParseStats};
pub use resolver::XResolver;
pub use skip_cache::{hash_bytes, SkipCache};

use loader::XLoader;
use parser::CountingParser;

/// What the cache database is keyed by for a module: its text, its media type and the
/// `x` version (which pins deno_graph's analysis and the transpiler).
fn cache_key(text: &str, media_type: deno_ast::MediaType) -> u64 {
    let mut bytes = Vec::with_capacity(text.len() + 32);
    bytes.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
    bytes.extend_from_slice(media_type.as_ts_extension().as_bytes());
    bytes.extend_from_slice(text.as_bytes());
    hash_bytes(&bytes)
}

/// The graph's module analyzer: the analysis of a module whose text is unchanged comes
/// from the cache database, without parsing; anything else is parsed (and captured, so
/// consumers read that parse) and its analysis is kept for next time.
struct CachingAnalyzer {
    parsing: CapturingModuleAnalyzer,
    cache: CacheDb,
    /// Analyses made during this build, written to the cache when it ends.
    learned: RefCell<Vec<(String, u64, String)>>,
}

#[async_trait::async_trait(?Send)]
impl deno_graph::analysis::ModuleAnalyzer for CachingAnalyzer {
    async fn analyze(
        &self,
        specifier: &Url,
        source: Arc<str>,
        media_type: deno_ast::MediaType,
    ) -> Result<deno_graph::analysis::ModuleInfo, deno_error::JsErrorBox> {
        let key = cache_key(&source, media_type);
        if let Some(info) = self
            .cache
            .module_info(specifier.as_str(), key)
            .and_then(|json| serde_json::from_str(&json).ok())
        {
            return Ok(info);
        }
        let info = self.parsing.analyze(specifier, source, media_type).await?;
        if let Ok(json) = serde_json::to_string(&info) {
            self.learned
                .borrow_mut()
                .push((specifier.to_string(), key, json));
        }
        Ok(info)
    }
}

/// A transform that replaces the plain transpile of some modules (coverage counters).
pub trait Instrument {
    /// The code to run for this module, or `None` to transpile it as usual.
    fn instrument(&self, parsed: &ParsedSource) -> Option<Result<Emitted, String>>;
}

/// Everything that decides how the graph loads modules.
pub struct GraphOptions {
    /// Where the remote-module cache lives (`$X_DIR` or the platform cache dir).
    pub cache_dir: PathBuf,
    /// The project's configuration (import map, lockfile location), if any.
    pub config: Option<x_config::ConfigFile>,
    /// How remote modules are fetched.
    pub remote: RemotePolicy,
    /// The lockfile to check remote modules against, if any.
    pub lockfile: Option<PathBuf>,
    /// With a lockfile: refuse modules it does not list.
    pub frozen_lockfile: bool,
    /// How much each parse keeps.
    pub parse_mode: ParseMode,
    /// The npm registry (`--registry`); `None` is `NPM_CONFIG_REGISTRY` or npm's.
    pub npm_registry: Option<String>,
}

/// The cache folder: `$X_DIR` if set, else the platform's cache dir (`~/.cache/x`).
pub fn default_cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("X_DIR") {
        return PathBuf::from(dir);
    }
    dirs::cache_dir()
        .unwrap_or_else(std::env::temp_dir)
        .join("x")
}

/// What `require()` finds at a URL (see [`Graph::require_source`]).
pub enum RequireSource {
    CommonJs(String),
    Json(String),
    Esm,
}

/// A graph error, worded for a person: what failed, where (`file:line:col`), what to do.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct GraphError {
    pub message: String,
}

impl GraphError {
    fn from_graph(error: &ModuleGraphError) -> Self {
        GraphError {
            message: error.to_string_with_range(),
        }
    }
}

struct Inner {
    graph: RefCell<Rc<ModuleGraph>>,
    build_lock: tokio::sync::Mutex<()>,
    loader: XLoader,
    resolver: XResolver,
    analyzer: CachingAnalyzer,
    cache: CacheDb,
    stats: Arc<ParseStats>,
    documents: Documents,
    emitted: RefCell<HashMap<Url, Rc<Emitted>>>,
    instrument: RefCell<Option<Rc<dyn Instrument>>>,
    kind: GraphKind,
}

/// The module graph of one process: cheap to clone, shared by every consumer.
#[derive(Clone)]
pub struct Graph {
    inner: Rc<Inner>,
}

impl Graph {
    /// An empty graph of code (what runs); modules are added with [`Graph::add_roots`].
    pub fn new(options: GraphOptions) -> anyhow::Result<Graph> {
        Graph::with_kind(options, GraphKind::CodeOnly)
    }

    /// An empty graph that follows `kind`'s dependencies: `GraphKind::TypesOnly` for tools
    /// that read declarations (`x doc` needs `import type` and `export type … from`
    /// targets, which a code graph does not load).
    /// Its documents parse in `ParseMode::Tools`, or in `ParseMode::Format` when that is
    /// the graph's mode (`x fmt`).
    pub fn with_kind(options: GraphOptions, kind: GraphKind) -> anyhow::Result<Graph> {
        let documents = Documents::with_mode(Arc::new(ParseStats::default()), options.parse_mode);
        Graph::with_documents(options, kind, documents)
    }

    /// [`Graph::with_kind`] on documents shared with other graphs and tools of the
    /// process. When they keep every parse ([`Documents::keep_all`], `x ci`) the graph's
    /// modules are parsed through them (in `ParseMode::Tools`, whatever
    /// `options.parse_mode` says), so no file is parsed twice in the process.
    pub fn with_documents(
        options: GraphOptions,
        kind: GraphKind,
        documents: Documents,
    ) -> anyhow::Result<Graph> {
        let resolver = match options
            .config
            .as_ref()
            .map(|c| c.import_map_json())
            .transpose()?
        {
            Some(Some((base, json))) => XResolver::with_import_map_json(base, &json)?,
            _ => XResolver::default(),
        };
        let lockfile = match &options.lockfile {
            Some(path) => Some(Rc::new(Lockfile::load(path, options.frozen_lockfile)?)),
            None => None,
        };
        let npm = Rc::new(x_npm::Registry::new(
            &x_npm::registry_url(options.npm_registry.as_deref()),
            &options.cache_dir,
            options.remote == RemotePolicy::CachedOnly,
        )?);
        let resolver = resolver
            .with_npm_root(npm.root().to_path_buf())
            .with_lockfile(lockfile.as_deref());
        let stats = documents.parse_stats();
        let parser: Box<dyn deno_graph::ast::EsParser> = if documents.keeps_all() {
            Box::new(documents::DocumentsParser(documents.clone()))
        } else {
            Box::new(CountingParser {
                mode: options.parse_mode,
                stats: stats.clone(),
            })
        };
        let cache = CacheDb::in_dir(&options.cache_dir);
        let analyzer = CachingAnalyzer {
            parsing: CapturingModuleAnalyzer::new(Some(parser), None),
            cache: cache.clone(),
            learned: RefCell::new(Vec::new()),
        };
        let loader = XLoader {
            http: Rc::new(HttpCache::new(&options.cache_dir)),
            policy: options.remote,
            lockfile,
            npm,
            memory: RefCell::new(HashMap::new()),
        };
        Ok(Graph {
            inner: Rc::new(Inner {
                graph: RefCell::new(Rc::new(ModuleGraph::new(kind))),
                build_lock: tokio::sync::Mutex::new(()),
                loader,
                resolver,
                analyzer,
                cache,
                documents,
                stats,
                emitted: RefCell::new(HashMap::new()),
                instrument: RefCell::new(None),
                kind,
            }),
        })
    }

    /// Makes a module exist only in memory (code given on the command line or on stdin);
    /// its imports resolve against `specifier` as if it were a file there.
    pub fn add_memory_module(&self, specifier: Url, text: String) {
        let bytes: std::sync::Arc<[u8]> = std::sync::Arc::from(text.into_bytes());
        self.inner
            .loader
            .memory
            .borrow_mut()
            .insert(specifier, bytes);
    }

    /// Loads `roots` and everything they import statically, parsing each new module once.
    /// `dynamic` marks roots reached by a dynamic `import()` at run time.
    pub async fn add_roots(&self, roots: Vec<Url>, dynamic: bool) -> Result<(), GraphError> {
        let _permit = self.inner.build_lock.lock().await;
        let mut graph = (**self.inner.graph.borrow()).clone();
        graph
            .build(
                roots.clone(),
                Vec::new(),
                &self.inner.loader,
                BuildOptions {
                    is_dynamic: dynamic,
                    module_analyzer: &self.inner.analyzer,
                    resolver: Some(&self.inner.resolver),
                    ..Default::default()
                },
            )
            .await;
        self.inner
            .cache
            .set_module_infos(&self.inner.analyzer.learned.take());
        let result = graph
            .walk(
                roots.iter(),
                deno_graph::WalkOptions {
                    check_js: deno_graph::CheckJsOption::True,
                    kind: self.inner.kind,
                    follow_dynamic: false,
                    prefer_fast_check_graph: false,
                },
            )
            .validate();
        *self.inner.graph.borrow_mut() = Rc::new(graph);
        if let Some(lock) = &self.inner.loader.lockfile {
            let recorded = self.record_npm_choices(lock);
            lock.write_if_changed().map_err(|e| GraphError {
                message: format!("{e:#}"),
            })?;
            recorded.map_err(|e| GraphError {
                message: e.to_string(),
            })?;
        }
        result.map_err(|e| GraphError::from_graph(&e))
    }

    /// Records in the lockfile which version each `npm:` request of the program chose
    /// (`specifiers`) and which version each dependency of a cached package resolved to
    /// (its `dependencies`), as the graph shows them: a request is a redirect to a file of
    /// the package version it chose.
    fn record_npm_choices(&self, lock: &Lockfile) -> Result<(), x_npm::NpmError> {
        use x_npm::NpmLock;
        let graph = self.module_graph();
        let resolver = &self.inner.resolver;
        for module in graph.modules() {
            let deno_graph::Module::Js(js) = module else {
                continue;
            };
            let parent = resolver.cached_npm_package_of(&js.specifier);
            let in_node_modules =
                parent.is_none() && resolver.npm_package_of(&js.specifier).is_some();
            for dependency in js.dependencies.values() {
                let Some(request) = dependency.maybe_code.maybe_specifier() else {
                    continue;
                };
                if request.scheme() != x_npm::REQUEST_SCHEME {
                    continue;
                }
                let Some((_, name, version)) =
                    resolver.cached_npm_package_of(graph.resolve(request))
                else {
                    continue;
                };
                match &parent {
                    Some((_, parent_name, parent_version)) => lock.record_dependency(
                        &format!("{parent_name}@{parent_version}"),
                        &format!("{name}@{version}"),
                    )?,
                    // A package in node_modules: `x install` recorded its tree.
                    None if in_node_modules => {}
                    None => {
                        let mut text = request.to_string();
                        if let Some(hash) = text.find('#') {
                            text.truncate(hash);
                        }
                        if let Ok((req, _)) = x_npm::parse_request(&text) {
                            lock.record_specifier(&format!("npm:{req}"), &version)?;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// The package folder, name and version of `url` if it is a file of an npm package in
    /// the global cache (the artifact of `x deploy` names those files by package).
    pub fn cached_npm_package_of(&self, url: &Url) -> Option<(PathBuf, String, String)> {
        self.inner.resolver.cached_npm_package_of(url)
    }

    /// Every error in what `roots` reach (`to_string_with_range` words one with its
    /// `file:line:col`), for tools that go on past a broken dependency and report it as a
    /// warning (`x doc`, like `deno doc`); [`Graph::add_roots`] stops at the first.
    pub fn errors(&self, roots: &[Url]) -> Vec<ModuleGraphError> {
        let graph = self.module_graph();
        let errors = graph
            .walk(
                roots.iter(),
                deno_graph::WalkOptions {
                    check_js: deno_graph::CheckJsOption::True,
                    kind: self.inner.kind,
                    follow_dynamic: false,
                    prefer_fast_check_graph: false,
                },
            )
            .errors()
            .collect();
        errors
    }

    /// The error of one module that did not load or parse, if it did not.
    pub fn module_error(&self, specifier: &Url) -> Option<String> {
        let graph = self.module_graph();
        let error = graph
            .try_get(specifier)
            .err()
            .map(|e| e.to_string_with_range());
        error
    }

    /// The graph as it stands now.
    pub fn module_graph(&self) -> Rc<ModuleGraph> {
        self.inner.graph.borrow().clone()
    }

    /// The specifier a module is known by after redirects.
    pub fn resolve_redirect(&self, specifier: &Url) -> Url {
        self.inner.graph.borrow().resolve(specifier).clone()
    }

    /// Resolves `specifier` imported from `referrer`: from the graph if the import is known
    /// there, else with the same resolver the graph uses.
    pub fn resolve(&self, specifier: &str, referrer: &Url) -> Result<Url, GraphError> {
        let graph = self.inner.graph.borrow();
        if let Some(url) = graph.resolve_dependency(specifier, referrer, false) {
            return Ok(url.clone());
        }
        self.inner
            .resolver
            .resolve_specifier(specifier, referrer)
            .map_err(|e| GraphError {
                message: format!("{e}\n    at {referrer}"),
            })
    }

    /// Resolves a `require()` from `referrer`: the graph's answer if the call was seen
    /// there (its static analysis collects `require("…")`), else the resolver's with the
    /// `require` conditions; redirects followed (an npm request becomes its file).
    pub fn resolve_require(&self, specifier: &str, referrer: &Url) -> Result<Url, GraphError> {
        let graph = self.module_graph();
        let resolved = match graph.resolve_dependency(specifier, referrer, false) {
            Some(url) => url.clone(),
            None => self
                .inner
                .resolver
                .resolve_with_mode(specifier, referrer, true)
                .map_err(|e| GraphError {
                    message: format!("{e}\n    at {referrer}"),
                })?,
        };
        let found = graph.resolve(&resolved).clone();
        if found.scheme() == x_npm::REQUEST_SCHEME {
            return Err(GraphError {
                message: format!(
                    "require(\"{specifier}\") in {referrer} names a package that was not loaded before the program started (a computed require() cannot install packages); import it statically"
                ),
            });
        }
        Ok(found)
    }

    /// What `require()` loads for a module of the graph: CommonJS source, JSON text, or
    /// `None` for an ES module.
    pub fn require_source(&self, specifier: &Url) -> Result<RequireSource, GraphError> {
        let specifier = self.resolve_redirect(specifier);
        let graph = self.module_graph();
        match graph.try_get(&specifier) {
            Ok(Some(Module::Json(m))) => Ok(RequireSource::Json(m.source.text.to_string())),
            Ok(Some(Module::Js(m))) => {
                if cjs::is_cjs(self, &specifier) {
                    Ok(RequireSource::CommonJs(m.source.text.to_string()))
                } else {
                    Ok(RequireSource::Esm)
                }
            }
            Ok(_) => Err(GraphError {
                message: format!("cannot require {specifier}: it was not loaded with the program"),
            }),
            Err(e) => Err(GraphError {
                message: e.to_string_with_range(),
            }),
        }
    }

    /// The parse of one module or open document, as every tool reads it. A module whose
    /// analysis came from the cache database was not parsed to build the graph: it is
    /// parsed now, once, and kept like the others.
    pub fn parsed_source(&self, specifier: &Url) -> Option<ParsedSource> {
        if let Some(parsed) = self
            .inner
            .analyzer
            .parsing
            .get_parsed_source(specifier)
            .or_else(|| self.inner.documents.get(specifier))
        {
            return Some(parsed);
        }
        let graph = self.module_graph();
        let Some(Module::Js(module)) = graph.get(specifier) else {
            return None;
        };
        use deno_graph::ast::EsParser;
        self.inner
            .analyzer
            .parsing
            .as_capturing_parser()
            .parse_program(deno_graph::ast::ParseOptions {
                specifier,
                source: module.source.text.clone(),
                media_type: module.media_type,
                scope_analysis: false,
            })
            .ok()
    }

    /// The standalone documents of this graph (files opened by `fmt`, `lint`, the LSP),
    /// as a handle that can go to other threads.
    pub fn documents(&self) -> Documents {
        self.inner.documents.clone()
    }

    /// From now on, emit modules through `instrument` (`x test --coverage`).
    pub fn set_instrument(&self, instrument: Rc<dyn Instrument>) {
        *self.inner.instrument.borrow_mut() = Some(instrument);
    }

    /// The module's code ready for the engine, transpiled once and then kept.
    pub fn emit(&self, specifier: &Url) -> Result<Rc<Emitted>, GraphError> {
        let specifier = self.resolve_redirect(specifier);
        if let Some(hit) = self.inner.emitted.borrow().get(&specifier) {
            return Ok(hit.clone());
        }
        let graph = self.module_graph();
        let emitted = match graph.try_get(&specifier) {
            Ok(Some(Module::Js(module))) if cjs::is_cjs(self, &specifier) => Emitted::JavaScript {
                code: cjs::facade(self, &specifier),
                source_map: None,
            },
            Ok(Some(Module::Js(module))) => {
                let instrumented = match &*self.inner.instrument.borrow() {
                    Some(instrument) => self
                        .parsed_source(&specifier)
                        .and_then(|parsed| instrument.instrument(&parsed)),
                    None => None,
                };
                if let Some(result) = instrumented {
                    result.map_err(|message| GraphError { message })?
                } else if needs_transpile(module.media_type) {
                    let key = cache_key(&module.source.text, module.media_type);
                    match self.inner.cache.emit(specifier.as_str(), key) {
                        Some((code, source_map)) => Emitted::JavaScript { code, source_map },
                        None => {
                            let parsed =
                                self.parsed_source(&specifier).ok_or_else(|| GraphError {
                                    message: format!("{specifier} has no parse in the graph"),
                                })?;
                            let emitted = emit::transpile(&parsed).map_err(|e| GraphError {
                                message: format!("cannot transpile {specifier}: {e}"),
                            })?;
                            if let Emitted::JavaScript { code, source_map } = &emitted {
                                self.inner.cache.set_emits(&[(
                                    specifier.to_string(),
                                    key,
                                    code.clone(),
                                    source_map.clone(),
                                )]);
                            }
                            emitted
                        }
                    }
                } else {
                    Emitted::JavaScript {
                        code: module.source.text.to_string(),
                        source_map: None,
                    }
                }
            }
            Ok(Some(Module::Json(module))) => Emitted::Json {
                text: module.source.text.to_string(),
            },
            Ok(Some(other)) => {
                return Err(GraphError {
                    message: format!("{} modules cannot run yet: {specifier}", other.media_type()),
                })
            }
            Ok(None) => {
                return Err(GraphError {
                    message: format!("module not found: {specifier}"),
                })
            }
            Err(e) => {
                return Err(GraphError {
                    message: e.to_string_with_range(),
                })
            }
        };
        let emitted = Rc::new(emitted);
        self.inner
            .emitted
            .borrow_mut()
            .insert(specifier, emitted.clone());
        Ok(emitted)
    }

    /// The original text of a module (for source lines in error messages).
    pub fn source_text(&self, specifier: &Url) -> Option<std::sync::Arc<str>> {
        let graph = self.inner.graph.borrow();
        match graph.get(specifier)? {
            Module::Js(m) => Some(m.source.text.clone()),
            Module::Json(m) => Some(m.source.text.clone()),
            _ => None,
        }
    }

    /// Runs `f` with a parser that answers from the graph's kept parses, for consumers that
    /// take `deno_graph`'s parser interface (the eszip writer): they never parse again.
    pub fn with_capturing_parser<R>(
        &self,
        f: impl FnOnce(deno_graph::ast::CapturingEsParser<'_>) -> R,
    ) -> R {
        f(self.inner.analyzer.parsing.as_capturing_parser())
    }

    /// Closes the cache database ([`CacheDb::close`]): for a process that ends without
    /// dropping the graph. Later lookups miss.
    pub fn close_cache(&self) {
        self.inner.cache.close();
    }

    /// Parse counts of this process.
    pub fn parse_stats(&self) -> Arc<ParseStats> {
        self.inner.stats.clone()
    }
}
