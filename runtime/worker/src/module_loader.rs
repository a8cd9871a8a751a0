//! The engine's module loader, fed by the graph: every module the program runs comes from
//! `x_graph` (parsed once there, transpiled from that parse), and stack traces are mapped
//! back to the original TypeScript through the source maps the graph emitted.
//!
//! A dynamic `import()` of something the graph has not seen (a computed specifier) adds it
//! to the same graph first, so it is resolved, loaded and parsed exactly like the rest.
//!
//! `node:NAME` loads the Node built-in's module from `x_ext_node`; `require()` in
//! CommonJS packages resolves and loads through [`cjs_host`], over the same graph.

use std::borrow::Cow;
use std::rc::Rc;
use std::sync::Arc;

use deno_core::error::ModuleLoaderError;
use deno_core::{
    ModuleLoadOptions, ModuleLoadReferrer, ModuleLoadResponse, ModuleLoader, ModuleSource,
    ModuleSourceCode, ModuleSpecifier, ModuleType, RequestedModuleType, ResolutionKind,
};
use deno_error::JsErrorBox;
use futures::FutureExt;
use x_graph::{Emitted, Graph, RequireSource};

use crate::code_cache::{CodeCacheStore, LoaderCodeCache};

/// Loads modules from the graph.
pub struct GraphModuleLoader {
    graph: Graph,
    code_cache: Rc<LoaderCodeCache>,
}

impl GraphModuleLoader {
    /// Compiles every module from source.
    pub fn new(graph: Graph) -> Self {
        GraphModuleLoader {
            graph,
            code_cache: Rc::default(),
        }
    }

    /// Keeps modules' bytecode in `store` and boots them from it on later runs.
    pub fn with_code_cache(graph: Graph, store: Arc<dyn CodeCacheStore>) -> Self {
        GraphModuleLoader {
            graph,
            code_cache: Rc::new(LoaderCodeCache::new(Some(store))),
        }
    }
}

fn module_source(
    specifier: &ModuleSpecifier,
    found: &ModuleSpecifier,
    emitted: &Emitted,
    code_cache: &LoaderCodeCache,
) -> ModuleSource {
    let (module_type, code, cache) = match emitted {
        Emitted::JavaScript { code, .. } => (
            ModuleType::JavaScript,
            code.clone(),
            // Named by the final URL: the engine compiles the module under it.
            code_cache.lookup(found.as_str(), code.as_bytes()),
        ),
        Emitted::Json { text } => (ModuleType::Json, text.clone(), None),
    };
    let code = ModuleSourceCode::String(code.into());
    if specifier == found {
        ModuleSource::new(module_type, code, specifier, cache)
    } else {
        ModuleSource::new_with_redirect(module_type, code, specifier, found, cache)
    }
}

fn check_requested_type(
    specifier: &ModuleSpecifier,
    requested: &RequestedModuleType,
    emitted: &Emitted,
) -> Result<(), ModuleLoaderError> {
    let is_json = matches!(emitted, Emitted::Json { .. });
    match requested {
        RequestedModuleType::Json if !is_json => Err(JsErrorBox::type_error(format!(
            "{specifier} was imported with type \"json\" but is not a JSON module"
        ))),
        RequestedModuleType::None if is_json => Err(JsErrorBox::type_error(format!(
            "{specifier} is a JSON module: import it with {{ type: \"json\" }}"
        ))),
        _ => Ok(()),
    }
}

/// `require()`'s view of the graph, for the runtime's `OpState`.
pub fn cjs_host(graph: &Graph) -> Rc<dyn x_ext_node::CjsHost> {
    Rc::new(GraphCjsHost(graph.clone()))
}

struct GraphCjsHost(Graph);

impl x_ext_node::CjsHost for GraphCjsHost {
    fn resolve(&self, specifier: &str, referrer: &str) -> Result<String, String> {
        let referrer = ModuleSpecifier::parse(referrer).map_err(|e| e.to_string())?;
        self.0
            .resolve_require(specifier, &referrer)
            .map(String::from)
            .map_err(|e| e.to_string())
    }

    fn load(&self, url: &str) -> Result<x_ext_node::CjsModule, String> {
        let url = ModuleSpecifier::parse(url).map_err(|e| e.to_string())?;
        Ok(
            match self.0.require_source(&url).map_err(|e| e.to_string())? {
                RequireSource::CommonJs(text) => x_ext_node::CjsModule::CommonJs(text),
                RequireSource::Json(text) => x_ext_node::CjsModule::Json(text),
                RequireSource::Esm => x_ext_node::CjsModule::Esm,
            },
        )
    }
}

/// The module a `node:NAME` import loads (its bytecode from `code_cache` when stored).
pub(crate) fn builtin_module(
    specifier: &ModuleSpecifier,
    code_cache: &LoaderCodeCache,
) -> Result<ModuleSource, ModuleLoaderError> {
    let name = specifier.path();
    let code = x_ext_node::builtin_module_source(name).ok_or_else(|| {
        JsErrorBox::type_error(format!(
            "x does not provide the Node built-in \"node:{name}\""
        ))
    })?;
    let cache = code_cache.lookup(specifier.as_str(), code.as_bytes());
    Ok(ModuleSource::new(
        ModuleType::JavaScript,
        ModuleSourceCode::String(code.into()),
        specifier,
        cache,
    ))
}

impl ModuleLoader for GraphModuleLoader {
    fn resolve(
        &self,
        specifier: &str,
        referrer: &str,
        _kind: ResolutionKind,
    ) -> Result<ModuleSpecifier, ModuleLoaderError> {
        let referrer_url = match ModuleSpecifier::parse(referrer) {
            Ok(url) => url,
            // The main module is resolved against the current directory.
            Err(_) => deno_core::resolve_path(
                ".",
                &std::env::current_dir().map_err(JsErrorBox::from_err)?,
            )
            .map_err(JsErrorBox::from_err)?,
        };
        self.graph
            .resolve(specifier, &referrer_url)
            .map_err(|e| JsErrorBox::type_error(e.to_string()))
    }

    fn load(
        &self,
        specifier: &ModuleSpecifier,
        _referrer: Option<&ModuleLoadReferrer>,
        options: ModuleLoadOptions,
    ) -> ModuleLoadResponse {
        if specifier.scheme() == "node" {
            return ModuleLoadResponse::Sync(builtin_module(specifier, &self.code_cache));
        }
        let graph = self.graph.clone();
        let code_cache = self.code_cache.clone();
        let specifier = specifier.clone();
        let requested = options.requested_module_type.clone();
        let known = graph.module_graph().get(&specifier).is_some();
        let root = specifier.clone();
        let load = move |graph: Graph| -> Result<ModuleSource, ModuleLoaderError> {
            let found = graph.resolve_redirect(&specifier);
            let emitted = graph
                .emit(&specifier)
                .map_err(|e| JsErrorBox::type_error(e.to_string()))?;
            check_requested_type(&found, &requested, &emitted)?;
            Ok(module_source(&specifier, &found, &emitted, &code_cache))
        };
        if known || !options.is_dynamic_import {
            return ModuleLoadResponse::Sync(load(graph));
        }
        ModuleLoadResponse::Async(
            async move {
                graph
                    .add_roots(vec![root], true)
                    .await
                    .map_err(|e| JsErrorBox::type_error(e.to_string()))?;
                load(graph)
            }
            .boxed_local(),
        )
    }

    /// deno_core asks this for the extensions' modules it loads on first use (the
    /// `lazy_loaded_esm` of `x run`'s snapshot): their bytecode is kept with the
    /// program's, keyed by the same engine identity, URL and source.
    fn get_code_cache(
        &self,
        specifier: &ModuleSpecifier,
        source: &str,
    ) -> Option<deno_core::SourceCodeCacheInfo> {
        if specifier.scheme() != "ext" {
            return None;
        }
        self.code_cache
            .lookup(specifier.as_str(), source.as_bytes())
    }

    fn code_cache_ready(
        &self,
        specifier: ModuleSpecifier,
        _hash: u64,
        code_cache: &[u8],
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()>>> {
        self.code_cache.ready(specifier.as_str(), code_cache);
        Box::pin(std::future::ready(()))
    }

    fn get_source_map(&self, file_name: &str) -> Option<Cow<'_, [u8]>> {
        let specifier = ModuleSpecifier::parse(file_name).ok()?;
        match &*self.graph.emit(&specifier).ok()? {
            Emitted::JavaScript {
                source_map: Some(map),
                ..
            } => Some(Cow::Owned(map.clone())),
            _ => None,
        }
    }

    fn get_source_mapped_source_line(&self, file_name: &str, line_number: usize) -> Option<String> {
        let specifier = ModuleSpecifier::parse(file_name).ok()?;
        let text = self.graph.source_text(&specifier)?;
        text.lines().nth(line_number).map(str::to_string)
    }
}
