//! The engine's module loader, fed by the graph: every module the program runs comes from
//! `x_graph` (parsed once there, transpiled from that parse), and stack traces are mapped
//! back to the original TypeScript through the source maps the graph emitted.
//!
//! A dynamic `import()` of something the graph has not seen (a computed specifier) adds it
//! to the same graph first, so it is resolved, loaded and parsed exactly like the rest.

use std::borrow::Cow;

use deno_core::error::ModuleLoaderError;
use deno_core::{
    ModuleLoadOptions, ModuleLoadReferrer, ModuleLoadResponse, ModuleLoader, ModuleSource,
    ModuleSourceCode, ModuleSpecifier, ModuleType, RequestedModuleType, ResolutionKind,
};
use deno_error::JsErrorBox;
use futures::FutureExt;
use x_graph::{Emitted, Graph};

/// Loads modules from the graph.
pub struct GraphModuleLoader {
    graph: Graph,
}

impl GraphModuleLoader {
    pub fn new(graph: Graph) -> Self {
        GraphModuleLoader { graph }
    }
}

fn module_source(
    specifier: &ModuleSpecifier,
    found: &ModuleSpecifier,
    emitted: &Emitted,
) -> ModuleSource {
    let (module_type, code) = match emitted {
        Emitted::JavaScript { code, .. } => (ModuleType::JavaScript, code.clone()),
        Emitted::Json { text } => (ModuleType::Json, text.clone()),
    };
    let code = ModuleSourceCode::String(code.into());
    if specifier == found {
        ModuleSource::new(module_type, code, specifier, None)
    } else {
        ModuleSource::new_with_redirect(module_type, code, specifier, found, None)
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
        let graph = self.graph.clone();
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
            Ok(module_source(&specifier, &found, &emitted))
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
