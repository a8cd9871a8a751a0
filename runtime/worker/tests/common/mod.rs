//! What the tenant-runtime tests share: a bundle from inline modules, a runtime booted
//! with it on a request queue (as the platform's hypervisor boots one at a cold start),
//! and a `GET` sent into that queue.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use tokio::sync::oneshot;
use x_bundle::{Bundle, BundledModule, ModuleKind};
use x_ext_http::{IncomingRequest, OutgoingResponse, RequestSender};
use x_worker::TenantRuntime;

/// A bundle of `(file URL, JavaScript)` modules whose entry is the first.
pub fn bundle(modules: &[(&str, &str)]) -> Arc<Bundle> {
    let entry = modules[0].0.to_string();
    let modules = modules
        .iter()
        .map(|(url, code)| {
            let module = BundledModule {
                kind: ModuleKind::JavaScript,
                code: code.as_bytes().into(),
                source_map: None,
            };
            (url.to_string(), module)
        })
        .collect::<HashMap<_, _>>();
    Arc::new(Bundle::from_modules(entry, modules))
}

/// A new tenant runtime (64 MB heap) booted with `bundle`, and the sender of its request
/// queue. Panics if the program does not start.
pub async fn booted(
    bundle: &Arc<Bundle>,
    log: x_worker::LogSink,
) -> (TenantRuntime, RequestSender) {
    let mut runtime = TenantRuntime::new(Some(64 << 20));
    let (sender, queue) = x_ext_http::request_queue(4);
    if let Err(error) = runtime
        .boot(bundle.clone(), &BTreeMap::new(), log, queue)
        .await
    {
        panic!("boot failed: {error}");
    }
    (runtime, sender)
}

/// Queues `GET url` for the program; the receiver gets its answer.
pub fn get(sender: &RequestSender, url: String) -> oneshot::Receiver<OutgoingResponse> {
    let (respond, answer) = oneshot::channel();
    sender
        .try_send(IncomingRequest {
            method: http::Method::GET,
            url,
            headers: http::HeaderMap::new(),
            body: None,
            remote_addr: None,
            upgrade: None,
            websocket_over_http2: false,
            respond,
        })
        .unwrap_or_else(|_| panic!("the queue takes a request"));
    answer
}
