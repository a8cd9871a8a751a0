//! A tenant's program on the platform: a runtime whose modules come from a deployment
//! artifact (`x_bundle::Bundle`, already JavaScript: nothing is parsed or fetched at cold
//! start), whose console goes to the tenant's log, whose `Deno.exit` ends only the
//! isolate, whose permissions are the platform's (`x_permissions::TenantPolicy`), and
//! whose `export default { fetch }` serves a request queue (`x_ext_http`).
//!
//! A [`TenantRuntime`] is made before it is needed (`new`: the engine, the extensions
//! from the startup snapshot, the bootstrap) and bound to one tenant later (`boot`), so a
//! cold start only loads and evaluates the tenant's modules — from bytecode when the
//! embedder gives it a [`CodeCacheStore`] that has them (`set_code_cache`; the first
//! cold start of a deployment compiles and stores them, see `code_cache.rs`).
//!
//! Clients: the platform's hypervisor (`x_platform_hypervisor`).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use deno_core::error::{CoreError, ModuleLoaderError};
use deno_core::{
    v8, JsRuntime, ModuleLoadOptions, ModuleLoadReferrer, ModuleLoadResponse, ModuleLoader,
    ModuleSource, ModuleSourceCode, ModuleSpecifier, ModuleType, PollEventLoopOptions,
    ResolutionKind, RuntimeOptions,
};
use deno_error::JsErrorBox;
use x_bundle::{Bundle, ModuleKind};
use x_ext_http::RequestQueue;

use crate::code_cache::{CodeCacheReport, CodeCacheStore, LoaderCodeCache};
use crate::BootstrapInfo;

/// Where a tenant's `console.*` output goes: `(to_stderr, line)`.
pub type LogSink = Arc<dyn Fn(bool, &str) + Send + Sync>;

/// Set by `Deno.exit` in a tenant: the isolate is terminated, not the process.
#[derive(Clone)]
pub(crate) struct TenantExit {
    pub(crate) exited: Arc<AtomicBool>,
    pub(crate) isolate: v8::IsolateHandle,
}

/// Loads a tenant's modules from its artifact (set at `boot`; empty before).
struct BundleModuleLoader {
    bundle: RefCell<Option<Arc<Bundle>>>,
    code_cache: LoaderCodeCache,
}

impl ModuleLoader for BundleModuleLoader {
    fn resolve(
        &self,
        specifier: &str,
        referrer: &str,
        _kind: ResolutionKind,
    ) -> Result<ModuleSpecifier, ModuleLoaderError> {
        // The artifact records what the graph resolved (import map, std names); the rest
        // is URL resolution against the referrer.
        let bundle = self.bundle.borrow().clone();
        match bundle {
            // The main module is loaded with a non-URL referrer.
            Some(bundle) if url::Url::parse(referrer).is_ok() => bundle
                .resolve(specifier, referrer)
                .map_err(|e| JsErrorBox::type_error(format!("{e:#}")))
                .and_then(|url| ModuleSpecifier::parse(&url).map_err(JsErrorBox::from_err)),
            _ => deno_core::resolve_import(specifier, referrer).map_err(JsErrorBox::from_err),
        }
    }

    fn load(
        &self,
        specifier: &ModuleSpecifier,
        _referrer: Option<&ModuleLoadReferrer>,
        _options: ModuleLoadOptions,
    ) -> ModuleLoadResponse {
        if specifier.scheme() == "node" {
            return ModuleLoadResponse::Sync(crate::module_loader::builtin_module(
                specifier,
                &self.code_cache,
            ));
        }
        let bundle = self.bundle.borrow().clone();
        let module = bundle.as_ref().and_then(|b| b.module(specifier.as_str()));
        let Some(module) = module else {
            return ModuleLoadResponse::Sync(Err(JsErrorBox::type_error(format!(
                "Module not found in the deployment: {specifier}"
            ))));
        };
        let code = String::from_utf8_lossy(&module.code).into_owned();
        let (module_type, code_cache) = match module.kind {
            ModuleKind::JavaScript => (
                ModuleType::JavaScript,
                self.code_cache.lookup(specifier.as_str(), code.as_bytes()),
            ),
            ModuleKind::Json => (ModuleType::Json, None),
        };
        ModuleLoadResponse::Sync(Ok(ModuleSource::new(
            module_type,
            ModuleSourceCode::String(code.into()),
            specifier,
            code_cache,
        )))
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
        let bundle = self.bundle.borrow().clone()?;
        let map = bundle.module(file_name)?.source_map.clone()?;
        Some(Cow::Owned(map.to_vec()))
    }
}

/// `require()` in a tenant: resolutions and CommonJS sources from the artifact.
struct BundleCjsHost(Rc<BundleModuleLoader>);

impl x_ext_node::CjsHost for BundleCjsHost {
    fn resolve(&self, specifier: &str, referrer: &str) -> Result<String, String> {
        let bundle = self
            .0
            .bundle
            .borrow()
            .clone()
            .ok_or("no deployment is loaded")?;
        bundle
            .resolve(specifier, referrer)
            .map_err(|e| format!("{e:#}"))
    }

    fn load(&self, url: &str) -> Result<x_ext_node::CjsModule, String> {
        let bundle = self
            .0
            .bundle
            .borrow()
            .clone()
            .ok_or("no deployment is loaded")?;
        if let Some(text) = bundle.cjs_source(url) {
            return Ok(x_ext_node::CjsModule::CommonJs(
                String::from_utf8_lossy(text).into_owned(),
            ));
        }
        match bundle.module(url) {
            Some(m) if m.kind == ModuleKind::Json => Ok(x_ext_node::CjsModule::Json(
                String::from_utf8_lossy(&m.code).into_owned(),
            )),
            Some(_) => Ok(x_ext_node::CjsModule::Esm),
            None => Err(format!("Module not found in the deployment: {url}")),
        }
    }
}

/// Why a tenant could not start serving.
#[derive(Debug)]
pub enum BootError {
    /// The program threw (or failed to load) while evaluating: the message is for its log.
    Program(String),
    /// It evaluated, but has no `export default { fetch }`.
    NoFetchExport,
}

impl std::fmt::Display for BootError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BootError::Program(message) => f.write_str(message),
            BootError::NoFetchExport => {
                f.write_str("the entry module has no `export default { fetch(request, env, ctx) }`")
            }
        }
    }
}

/// One isolate for one tenant; see the module comment.
pub struct TenantRuntime {
    runtime: JsRuntime,
    loader: Rc<BundleModuleLoader>,
    serve: v8::Global<v8::Function>,
    exited: Arc<AtomicBool>,
}

impl TenantRuntime {
    /// A runtime ready to be bound to any tenant. `heap_limit` (bytes) bounds its heap: a
    /// program that goes past it is terminated.
    pub fn new(heap_limit: Option<usize>) -> TenantRuntime {
        let loader = Rc::new(BundleModuleLoader {
            bundle: RefCell::new(None),
            code_cache: LoaderCodeCache::default(),
        });
        let info = BootstrapInfo {
            args: vec![],
            main_module: String::new(),
            no_color: true,
            stdout_is_terminal: false,
            stderr_is_terminal: false,
        };
        let create_params =
            heap_limit.map(|limit| v8::CreateParams::default().heap_limits(0, limit));
        let mut runtime = JsRuntime::new(RuntimeOptions {
            extensions: crate::extensions(info),
            module_loader: Some(loader.clone()),
            startup_snapshot: crate::snapshot::startup_snapshot(
                crate::snapshot::SnapshotKind::Tenant,
            ),
            create_params,
            ..Default::default()
        });
        let exited = Arc::new(AtomicBool::new(false));
        let isolate = runtime.v8_isolate().thread_safe_handle();
        {
            let state = runtime.op_state();
            let mut state = state.borrow_mut();
            state.put(x_permissions::PermissionsContainer::new(
                x_permissions::TenantPolicy::default(),
            ));
            state.put(TenantExit {
                exited: exited.clone(),
                isolate,
            });
            state.put(x_ext_fetch::FetchClientFactory(public_only_client));
            state.put(x_ext_websocket::PublicAddressesOnly);
            // No database until the embedder names the project's (`set_kv`): never the
            // local opener, whose default file would be shared by every tenant.
            state.put(x_ext_kv::KvOpenerHandle(Rc::new(x_ext_kv::NoKvOpener)));
            let cjs: Rc<dyn x_ext_node::CjsHost> = Rc::new(BundleCjsHost(loader.clone()));
            state.put(cjs);
        }
        let serve = runtime
            .execute_script(
                "ext:x_bootstrap/tenant",
                "globalThis.__bootstrapTenantRuntime()",
            )
            .expect("the tenant bootstrap is defined by the runtime's own code");
        crate::snapshot::finish_restore(&mut runtime);
        let serve = {
            deno_core::scope!(scope, &mut runtime);
            let value = v8::Local::new(scope, serve);
            let function = v8::Local::<v8::Function>::try_from(value)
                .expect("the tenant bootstrap returns the serve function");
            v8::Global::new(scope, function)
        };
        TenantRuntime {
            runtime,
            loader,
            serve,
            exited,
        }
    }

    /// Binds the runtime to a tenant: evaluates `bundle`'s entry (top-level await
    /// included) and starts serving its default export's `fetch` from `queue` (see
    /// `x_ext_http::request_queue`; requests may wait in it while this boots). `env` is
    /// the `env` argument the program's `fetch` gets.
    pub async fn boot(
        &mut self,
        bundle: Arc<Bundle>,
        env: &BTreeMap<String, String>,
        log: LogSink,
        queue: RequestQueue,
    ) -> Result<(), BootError> {
        let entry = ModuleSpecifier::parse(&bundle.manifest.entry)
            .map_err(|e| BootError::Program(format!("bad entry specifier: {e}")))?;
        *self.loader.bundle.borrow_mut() = Some(bundle);
        self.runtime.op_state().borrow_mut().put(log);
        // Owned by the runtime from now on: requests waiting in it are dropped with the
        // runtime (after the embedder has recorded why it ended), never before.
        let queue_rid = self
            .runtime
            .op_state()
            .borrow_mut()
            .resource_table
            .add(queue);
        let id = self
            .runtime
            .load_main_es_module(&entry)
            .await
            .map_err(|e| BootError::Program(e.print_with_cause()))?;
        crate::lifecycle::evaluate(&mut self.runtime, id)
            .await
            .map_err(|e| BootError::Program(describe(&e)))?;

        let namespace = self
            .runtime
            .get_module_namespace(id)
            .map_err(|e| BootError::Program(e.print_with_cause()))?;
        let args = {
            deno_core::scope!(scope, &mut self.runtime);
            let rid: v8::Local<v8::Value> = v8::Integer::new(scope, queue_rid as i32).into();
            let namespace: v8::Local<v8::Value> = v8::Local::new(scope, namespace).into();
            let env = deno_core::serde_v8::to_v8(scope, env)
                .map_err(|e| BootError::Program(e.to_string()))?;
            [
                v8::Global::new(scope, rid),
                v8::Global::new(scope, namespace),
                v8::Global::new(scope, env),
            ]
        };
        let call = self.runtime.call_with_args(&self.serve, &args);
        let served = self
            .runtime
            .with_event_loop_promise(call, PollEventLoopOptions::default())
            .await
            .map_err(|e| BootError::Program(e.to_string()))?;
        let served = {
            deno_core::scope!(scope, &mut self.runtime);
            v8::Local::new(scope, served).is_true()
        };
        if !served {
            return Err(BootError::NoFetchExport);
        }
        Ok(())
    }

    /// Where the program's modules are compiled to and read from as bytecode; call
    /// before `boot`. Without one (the default) every cold start compiles from source.
    pub fn set_code_cache(&mut self, store: Option<Arc<dyn CodeCacheStore>>) {
        self.loader.code_cache.set_store(store);
    }

    /// How the modules loaded so far were compiled (after `boot`: the cold start's).
    pub fn code_cache_report(&self) -> CodeCacheReport {
        self.loader.code_cache.report()
    }

    /// Where the program's `Deno.openKv()` leads (the project's database); call before
    /// `boot`.
    pub fn set_kv(&mut self, opener: Rc<dyn x_ext_kv::KvOpener>) {
        self.runtime
            .op_state()
            .borrow_mut()
            .put(x_ext_kv::KvOpenerHandle(opener));
    }

    /// What a lazy load of the runtime's own modules holds while it runs (see
    /// [`crate::BuiltinLoadHook`]); call before `boot`.
    pub fn set_builtin_load_hook(&mut self, hook: crate::BuiltinLoadHook) {
        self.runtime
            .op_state()
            .borrow_mut()
            .put(crate::ops::BuiltinLoads {
                hook,
                depth: 0,
                held: None,
            });
    }

    /// Polls the event loop (the handlers of queued requests run here).
    pub fn poll(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), CoreError>> {
        self.runtime
            .poll_event_loop(cx, PollEventLoopOptions::default())
    }

    /// A handle another thread can use to stop runaway JavaScript.
    pub fn isolate_handle(&mut self) -> v8::IsolateHandle {
        self.runtime.v8_isolate().thread_safe_handle()
    }

    /// Bytes of heap in use now.
    pub fn heap_used(&mut self) -> usize {
        let stats = self.runtime.v8_isolate().get_heap_statistics();
        stats.used_heap_size()
    }

    /// Whether the program called `Deno.exit`.
    pub fn exited(&self) -> bool {
        self.exited.load(Ordering::Acquire)
    }
}

/// The `fetch` client of tenants: host names that resolve only to private or loopback
/// addresses are refused (the permission policy judges names by their text and IP
/// literals; this closes the gap of a public name pointing inside). `None` if the client
/// cannot be built, in which case fetch builds its default one on first use.
/// A tenant's `fetch` client, made on its first `fetch` (`FetchClientFactory`): most
/// tenant runtimes never fetch, and building one reads and parses the trusted roots.
fn public_only_client() -> Result<reqwest::Client, reqwest::Error> {
    x_http_client::build(|| {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(Arc::new(PublicOnlyResolver))
    })
}

struct PublicOnlyResolver;

impl reqwest::dns::Resolve for PublicOnlyResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let addrs: Vec<std::net::SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|addr| x_permissions::is_public_ip(addr.ip()))
                .collect();
            if addrs.is_empty() {
                return Err(format!(
                    "{host} resolves only to private or loopback addresses, which programs on the platform may not reach"
                )
                .into());
            }
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

fn describe(error: &CoreError) -> String {
    use deno_core::error::CoreErrorKind;
    match error.as_kind() {
        CoreErrorKind::Js(js_error) => crate::format_uncaught(js_error, false),
        _ => error.print_with_cause(),
    }
}
