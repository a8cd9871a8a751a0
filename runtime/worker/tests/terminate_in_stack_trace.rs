//! A tenant terminated while its errors' stack traces are being prepared (what the
//! platform's CPU watchdog does to a handler that throws in a loop) must stop, and the
//! thread must go on making runtimes. A terminated thread was once seen spinning inside
//! deno_core's `prepare_stack_trace_callback` (`Object::SetPrivate` → QuickJS
//! `JS_ValueToAtom`); the engine also remembered the private key again for every error
//! (runtime/engine/v8x/X_PATCHES.md 11), so a long-throwing isolate slowed down without
//! bound. Each round here terminates a runtime at a different moment of such a loop.

mod common;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use x_bundle::Bundle;

/// Every request throws and inspects errors until the isolate is terminated.
const MAIN: &str = r#"
function deep(n) {
  if (n === 0) throw new TypeError("deep");
  return deep(n - 1);
}
export default {
  fetch() {
    let seen = 0;
    for (;;) {
      try { deep(seen % 20); } catch (error) { seen += String(error.stack).length > 0 ? 1 : 0; }
      try { null.property; } catch (error) { seen += Object.keys(error).length; }
    }
  },
};
"#;

fn bundle() -> Arc<Bundle> {
    common::bundle(&[("file:///app/main.js", MAIN)])
}

/// Boots a runtime, sends it a request, terminates it after `delay`, and drives it until
/// its event loop ends; the request must stay unanswered.
async fn terminate_once(bundle: &Arc<Bundle>, delay: Duration) {
    let (mut runtime, sender) = common::booted(bundle, Arc::new(|_, _| {})).await;
    let answer = common::get(&sender, "http://tenant.test/".into());
    let isolate = runtime.isolate_handle();
    let killer = std::thread::spawn(move || {
        std::thread::sleep(delay);
        isolate.terminate_execution();
    });
    let mut answer = std::pin::pin!(answer);
    std::future::poll_fn(|cx| {
        if let std::task::Poll::Ready(result) = runtime.poll(cx) {
            return std::task::Poll::Ready(result);
        }
        if let std::task::Poll::Ready(Ok(_)) = answer.as_mut().poll(cx) {
            panic!("the loop never answers");
        }
        std::task::Poll::Pending
    })
    .await
    // Ended, with the termination's error or (when it reached the handler's own code
    // first) without one: either way it no longer runs, which is what the embedder
    // needs to drop it.
    .ok();
    killer.join().unwrap();
}

#[test]
fn terminating_while_stack_traces_are_prepared_ends_the_isolate() {
    let snapshots = tempfile::tempdir().unwrap();
    // SAFETY: set before any thread that reads the environment is started.
    unsafe { std::env::set_var("X_SNAPSHOT_DIR", snapshots.path()) };
    let tokio = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let local = tokio::task::LocalSet::new();
    let bundle = bundle();
    for round in 0..24u64 {
        // 1 ms to ~200 ms: from the first errors to a long-grown isolate.
        let delay = Duration::from_micros(1000 + round * round * 350);
        local.block_on(&tokio, terminate_once(&bundle, delay));
    }
}
