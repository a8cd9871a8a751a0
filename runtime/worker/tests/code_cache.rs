//! deno_core's code cache on the patched engine (runtime/engine/v8x, X_PATCHES.md), through
//! x's loader side of it (`LoaderCodeCache`) and its file store (`DirCodeCache`): a module
//! graph compiled once runs from the stored bytecode in a new runtime with the same
//! result; bytes the engine cannot use as that module (not bytecode, cut short, another
//! module's) are rejected and the module is compiled from source, and the fresh bytecode
//! replaces them; a module that does not compile stores nothing and fails as before.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;

use deno_core::error::ModuleLoaderError;
use deno_core::{
    v8, JsRuntime, ModuleLoadOptions, ModuleLoadReferrer, ModuleLoadResponse, ModuleLoader,
    ModuleSource, ModuleSourceCode, ModuleSpecifier, ModuleType, ResolutionKind, RuntimeOptions,
};
use deno_error::JsErrorBox;
use x_worker::{CodeCacheKey, CodeCacheReport, CodeCacheStore, DirCodeCache, LoaderCodeCache};

/// Modules from a table, with their code cache from `cache`.
struct TableLoader {
    modules: HashMap<String, String>,
    cache: LoaderCodeCache,
}

impl ModuleLoader for TableLoader {
    fn resolve(
        &self,
        specifier: &str,
        referrer: &str,
        _kind: ResolutionKind,
    ) -> Result<ModuleSpecifier, ModuleLoaderError> {
        deno_core::resolve_import(specifier, referrer).map_err(JsErrorBox::from_err)
    }

    fn load(
        &self,
        specifier: &ModuleSpecifier,
        _referrer: Option<&ModuleLoadReferrer>,
        _options: ModuleLoadOptions,
    ) -> ModuleLoadResponse {
        let Some(code) = self.modules.get(specifier.as_str()) else {
            return ModuleLoadResponse::Sync(Err(JsErrorBox::type_error(format!(
                "no module {specifier}"
            ))));
        };
        let cache = self.cache.lookup(specifier.as_str(), code.as_bytes());
        ModuleLoadResponse::Sync(Ok(ModuleSource::new(
            ModuleType::JavaScript,
            ModuleSourceCode::String(code.clone().into()),
            specifier,
            cache,
        )))
    }

    fn code_cache_ready(
        &self,
        specifier: ModuleSpecifier,
        _hash: u64,
        code_cache: &[u8],
    ) -> Pin<Box<dyn Future<Output = ()>>> {
        self.cache.ready(specifier.as_str(), code_cache);
        Box::pin(std::future::ready(()))
    }
}

const MAIN: &str = r#"
import { greet } from "./lib.js";
const ready = await Promise.resolve("ready");
let line = "";
try { greet(null); } catch (error) { line = error.stack.split("\n")[1].trim(); }
globalThis.result = `${greet("world")} ${ready} ${import.meta.url} | ${line}`;
"#;

const LIB: &str = "export function greet(name) {\n  return \"hello \" + name.trim();\n}\n";

/// `main.js` importing the library as `./{lib}`.
fn graph(lib: &str) -> HashMap<String, String> {
    HashMap::from([
        (
            "file:///main.js".to_string(),
            MAIN.replace("./lib.js", &format!("./{lib}")),
        ),
        (format!("file:///{lib}"), LIB.to_string()),
    ])
}

/// A runtime loading `modules`, their bytecode kept in `store`.
fn runtime(
    modules: HashMap<String, String>,
    store: Arc<dyn CodeCacheStore>,
) -> (JsRuntime, Rc<TableLoader>) {
    let loader = Rc::new(TableLoader {
        modules,
        cache: LoaderCodeCache::new(Some(store)),
    });
    let runtime = JsRuntime::new(RuntimeOptions {
        module_loader: Some(loader.clone()),
        ..Default::default()
    });
    (runtime, loader)
}

/// Evaluates `file:///main.js` in `runtime`: `globalThis.result`, or the error.
fn evaluate(runtime: &mut JsRuntime) -> Result<String, String> {
    let tokio = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let main = ModuleSpecifier::parse("file:///main.js").unwrap();
    let evaluated = tokio.block_on(async {
        let id = runtime.load_main_es_module(&main).await?;
        let evaluation = runtime.mod_evaluate(id);
        runtime.run_event_loop(Default::default()).await?;
        evaluation.await
    });
    match evaluated {
        Ok(()) => Ok(result(runtime)),
        Err(error) => Err(error.to_string()),
    }
}

fn result(runtime: &mut JsRuntime) -> String {
    let value = runtime
        .execute_script("<result>", "String(globalThis.result)")
        .unwrap();
    deno_core::scope!(scope, runtime);
    v8::Local::new(scope, value).to_rust_string_lossy(scope)
}

/// Runs `file:///main.js` of `modules` in a fresh runtime: `globalThis.result` (or the
/// error), and how the modules were compiled.
fn run(
    modules: HashMap<String, String>,
    store: Arc<dyn CodeCacheStore>,
) -> (Result<String, String>, CodeCacheReport) {
    let (mut runtime, loader) = runtime(modules, store);
    let result = evaluate(&mut runtime);
    (result, loader.cache.report())
}

fn report(from_bytecode: usize, compiled: usize, rejected: usize) -> CodeCacheReport {
    CodeCacheReport {
        from_bytecode,
        compiled,
        rejected,
    }
}

#[test]
fn a_module_graph_runs_from_its_stored_bytecode() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(DirCodeCache::new(dir.path(), 1 << 20));

    let (first, how) = run(graph("lib.js"), store.clone());
    let first = first.unwrap();
    assert_eq!(how, report(0, 2, 0));
    assert!(
        first.starts_with("hello world ready file:///main.js | at greet (file:///lib.js:2:"),
        "{first}"
    );
    assert_eq!(
        store
            .stats()
            .writes
            .load(std::sync::atomic::Ordering::Relaxed),
        2
    );

    let (second, how) = run(graph("lib.js"), store.clone());
    assert_eq!(how, report(2, 0, 0));
    assert_eq!(second.unwrap(), first);
}

#[test]
fn bytes_the_engine_cannot_use_are_rejected_and_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(DirCodeCache::new(dir.path(), 1 << 20));
    let (expected, _) = run(graph("lib.js"), store.clone());
    let expected = expected.unwrap();
    let main_key = CodeCacheKey::for_module(
        "file:///main.js",
        graph("lib.js")["file:///main.js"].as_bytes(),
    );
    let lib_key = CodeCacheKey::for_module("file:///lib.js", LIB.as_bytes());
    let real_lib = store.get(&lib_key).unwrap();

    // Not bytecode at all, and real bytecode cut short.
    store.put(&main_key, b"not bytecode");
    store.put(&lib_key, &real_lib[..real_lib.len() / 2]);
    let (result, how) = run(graph("lib.js"), store.clone());
    assert_eq!(how, report(0, 2, 2));
    assert_eq!(result.unwrap(), expected);
    // The rejected bytes were replaced by the engine's own.
    let (result, how) = run(graph("lib.js"), store.clone());
    assert_eq!(how, report(2, 0, 0));
    assert_eq!(result.unwrap(), expected);

    // Another module's bytecode (same source, another URL) is not this module's.
    let other_key = CodeCacheKey::for_module("file:///other.js", LIB.as_bytes());
    store.put(&other_key, &real_lib);
    let (result, how) = run(graph("other.js"), store.clone());
    assert_eq!(how, report(0, 2, 1), "main.js differs, so it compiled too");
    assert_eq!(result.unwrap(), expected.replace("lib.js", "other.js"));
}

#[test]
fn a_module_that_does_not_compile_stores_nothing_and_fails_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(DirCodeCache::new(dir.path(), 1 << 20));
    let modules = HashMap::from([(
        "file:///main.js".to_string(),
        "export const x = ;\n".to_string(),
    )]);
    let (first, _) = run(modules.clone(), store.clone());
    let first = first.unwrap_err();
    assert!(first.contains("SyntaxError"), "{first}");
    assert_eq!(
        store
            .stats()
            .writes
            .load(std::sync::atomic::Ordering::Relaxed),
        0
    );
    let (second, how) = run(modules, store.clone());
    assert_eq!(second.unwrap_err(), first);
    assert_eq!(how.from_bytecode, 0);
}

/// A thread with several runtimes (the platform's worker threads): modules compile into
/// the runtime that loads them, whichever runtime was made or entered last.
#[test]
fn modules_compile_in_the_runtime_that_loads_them() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(DirCodeCache::new(dir.path(), 1 << 20));
    let (expected, _) = run(graph("lib.js"), store.clone());
    let expected = expected.unwrap();

    for stored in [false, true] {
        let store: Arc<DirCodeCache> = if stored {
            store.clone()
        } else {
            Arc::new(DirCodeCache::new(
                dir.path().join(format!("{stored}")),
                1 << 20,
            ))
        };
        let (mut first, first_loader) = runtime(graph("lib.js"), store.clone());
        let (mut second, _) = runtime(graph("lib.js"), store.clone());
        assert_eq!(evaluate(&mut first).unwrap(), expected);
        assert_eq!(
            first_loader.cache.report().from_bytecode,
            if stored { 2 } else { 0 }
        );
        assert_eq!(
            result(&mut second),
            "undefined",
            "nothing ran in the other runtime"
        );
        assert_eq!(evaluate(&mut second).unwrap(), expected);
    }
}
