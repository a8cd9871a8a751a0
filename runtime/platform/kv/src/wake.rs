//! The waker: starts a scaled-to-zero tenant when one of its queue messages is due.
//!
//! Every [`TICK`] the node asks [`Kv::due`] which projects have a message to deliver now
//! (or one being delivered) and wakes each one's production deployment through the
//! node's `TenantHost`: the hypervisor boots an isolate if none runs (its module's
//! top-level `listenQueue` then takes the message, with the usual retries and
//! `keysIfUndelivered`) and keeps it running while it listens; once the queue is idle
//! the isolate scales to zero again. With several nodes every node asks, and the
//! cluster host lets only the tenant's owner act.

use std::sync::Arc;
use std::time::Duration;

use x_platform_host::TenantHost;
use x_platform_store::Store;

use crate::{now_ms, Kv};

/// How often queues are looked at: the lateness of a wake-up, at most.
pub const TICK: Duration = Duration::from_millis(250);

/// Runs for the life of the server.
pub async fn wake_forever(kv: Arc<Kv>, store: Arc<dyn Store>, host: Arc<dyn TenantHost>) {
    let mut last_error = String::new();
    loop {
        tokio::time::sleep(TICK).await;
        match tick(&kv, &*store, &*host).await {
            Ok(()) => last_error.clear(),
            Err(error) => {
                // Said once per distinct failure, not four times a second.
                if error != last_error {
                    eprintln!("x platform: cannot look at tenants' KV queues: {error}");
                    last_error = error;
                }
            }
        }
    }
}

async fn tick(kv: &Arc<Kv>, store: &dyn Store, host: &dyn TenantHost) -> Result<(), String> {
    let due = kv.due(now_ms()).await.map_err(|e| e.to_string())?;
    if due.is_empty() {
        return Ok(());
    }
    let projects = store.list_projects().await.map_err(|e| e.to_string())?;
    for (project_id, state) in due {
        let Some(project) = projects.iter().find(|p| p.id == project_id) else {
            continue;
        };
        // A project without a production deployment has nothing to deliver to.
        let Some(deployment) = store
            .production(&project.name)
            .await
            .map_err(|e| e.to_string())?
        else {
            continue;
        };
        host.wake(Arc::new(deployment), state.in_flight).await;
    }
    Ok(())
}
