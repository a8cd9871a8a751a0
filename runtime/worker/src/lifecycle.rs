//! The program's lifecycle events on the global object (HTML's window events, as Deno
//! fires them): "load" once the main module has evaluated (top-level await included),
//! then the event loop; when it is empty, "beforeunload" (a listener that cancels it keeps
//! the program going: the loop runs again), and finally "unload".
//!
//! The dispatch functions are JS (`ext:x_ext_web/17_global_scope.js`); the bootstrap
//! returns them and they are kept here as globals of the runtime.

use std::future::poll_fn;
use std::task::Poll;

use deno_core::error::CoreError;
use deno_core::{v8, JsRuntime, ModuleId, PollEventLoopOptions};
use futures::FutureExt;

/// The bootstrap's `[dispatchLoad, dispatchBeforeUnload, dispatchUnload, serveModule]`.
pub(crate) struct Lifecycle {
    load: v8::Global<v8::Function>,
    before_unload: v8::Global<v8::Function>,
    unload: v8::Global<v8::Function>,
    serve_module: v8::Global<v8::Function>,
}

/// `x serve`: after the main module has evaluated, serve its default export here.
#[derive(Default)]
pub struct ServeOptions {
    pub hostname: String,
    pub port: u16,
    /// `--log`: one line per request on stderr.
    pub log: bool,
    /// `--cert`/`--key`: PEM certificate chain and private key.
    pub tls: Option<(String, String)>,
    /// `--watch`: the socket the CLI keeps bound across restarts, and its stop handle.
    pub prebound: Option<x_ext_http::PreboundListener>,
}

impl Lifecycle {
    /// Takes the three functions out of the array the bootstrap returned.
    pub(crate) fn from_bootstrap(
        runtime: &mut JsRuntime,
        value: v8::Global<v8::Value>,
    ) -> Option<Lifecycle> {
        deno_core::scope!(scope, runtime);
        let value = v8::Local::new(scope, value);
        let array = v8::Local::<v8::Array>::try_from(value).ok()?;
        let function = |index: u32| -> Option<v8::Global<v8::Function>> {
            let item = array.get_index(scope, index)?;
            let item = v8::Local::<v8::Function>::try_from(item).ok()?;
            Some(v8::Global::new(scope, item))
        };
        Some(Lifecycle {
            load: function(0)?,
            before_unload: function(1)?,
            unload: function(2)?,
            serve_module: function(3)?,
        })
    }
}

/// Calls one dispatch function; true when it returned `true`.
async fn dispatch(
    runtime: &mut JsRuntime,
    function: &v8::Global<v8::Function>,
) -> Result<bool, CoreError> {
    let returned = runtime.call(function).await?;
    deno_core::scope!(scope, runtime);
    Ok(v8::Local::new(scope, returned).is_true())
}

/// Evaluates module `id`, driving the event loop until the evaluation (top-level await
/// included) settles; the event loop may still hold work afterwards.
pub(crate) async fn evaluate(runtime: &mut JsRuntime, id: ModuleId) -> Result<(), CoreError> {
    let mut evaluation = runtime.mod_evaluate(id);
    // Until the module's evaluation settles: `Some(result)`; `None` when the event loop
    // emptied first (the last task may have settled it; if it never settles, awaiting
    // the evaluation reports that top-level await).
    let settled = poll_fn(|cx| {
        if let Poll::Ready(result) = evaluation.poll_unpin(cx) {
            return Poll::Ready(Some(result));
        }
        match runtime.poll_event_loop(cx, PollEventLoopOptions::default()) {
            Poll::Ready(Err(error)) => Poll::Ready(Some(Err(error))),
            Poll::Ready(Ok(())) => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    })
    .await;
    match settled {
        Some(result) => result,
        None => evaluation.await,
    }
}

/// Evaluates the main module `id` and drives the event loop to its end, firing the
/// lifecycle events (when `lifecycle` is known) on the way; with `serve`, serves the
/// module's default export once it has evaluated.
pub(crate) async fn run_main(
    runtime: &mut JsRuntime,
    lifecycle: Option<&Lifecycle>,
    id: ModuleId,
    serve: Option<&ServeOptions>,
) -> Result<(), CoreError> {
    let options = PollEventLoopOptions::default();
    evaluate(runtime, id).await?;

    let Some(lifecycle) = lifecycle else {
        return runtime.run_event_loop(options).await;
    };
    if let Some(serve) = serve {
        let namespace = runtime.get_module_namespace(id)?;
        let args = {
            deno_core::scope!(scope, runtime);
            let namespace: v8::Local<v8::Value> = v8::Local::new(scope, namespace).into();
            let hostname: v8::Local<v8::Value> = v8::String::new(scope, &serve.hostname)
                .expect("a host name fits a string")
                .into();
            let port: v8::Local<v8::Value> = v8::Integer::new(scope, serve.port as i32).into();
            [
                v8::Global::new(scope, namespace),
                v8::Global::new(scope, hostname),
                v8::Global::new(scope, port),
            ]
        };
        let call = runtime.call_with_args(&lifecycle.serve_module, &args);
        runtime.with_event_loop_promise(call, options).await?;
    }
    dispatch(runtime, &lifecycle.load).await?;
    loop {
        runtime.run_event_loop(options).await?;
        if !dispatch(runtime, &lifecycle.before_unload).await? {
            break;
        }
    }
    dispatch(runtime, &lifecycle.unload).await?;
    Ok(())
}
