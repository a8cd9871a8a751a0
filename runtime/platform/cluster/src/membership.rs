//! Which nodes are alive, through the shared database: every [`HEARTBEAT_EVERY`] a node
//! upserts its row in `nodes` (id, address, the database's `now()`) and reads back the
//! nodes heard from within [`LIVE_WITHIN`]. The list is kept in memory, so routing a
//! request costs no query. A node killed with SIGKILL simply stops beating and drops out of
//! everyone's list within [`LIVE_WITHIN`] + [`HEARTBEAT_EVERY`]; a node that stops cleanly
//! deletes its row at once ([`Membership::leave`]).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

use parking_lot::RwLock;
use x_platform_store::{NodeInfo, PostgresStore, StoreError};

pub const HEARTBEAT_EVERY: Duration = Duration::from_millis(500);
/// Four missed heartbeats: long enough for a busy node or a slow commit, short enough
/// that a dead node's tenants move within the 5 s (they move at once anyway when
/// its address refuses connections; see `forward.rs`).
pub const LIVE_WITHIN: Duration = Duration::from_secs(2);

pub struct Membership {
    store: Arc<PostgresStore>,
    node_id: String,
    addr: String,
    live: RwLock<Arc<Vec<NodeInfo>>>,
    left: AtomicBool,
    /// Held across a heartbeat and across leaving, so a heartbeat in flight cannot write
    /// the row back after [`Membership::leave`] deleted it.
    beating: tokio::sync::Mutex<()>,
}

impl Membership {
    /// Joins the cluster as `node_id`, reachable by the other nodes at `addr`; fails if a
    /// live node already uses that id elsewhere. Heartbeats until [`Membership::leave`] or
    /// until the value is dropped.
    pub async fn join(
        store: Arc<PostgresStore>,
        node_id: &str,
        addr: &str,
    ) -> Result<Arc<Membership>, StoreError> {
        store.claim_node_id(node_id, addr, LIVE_WITHIN).await?;
        let live = store.heartbeat(node_id, addr, LIVE_WITHIN).await?;
        let membership = Arc::new(Membership {
            store,
            node_id: node_id.to_owned(),
            addr: addr.to_owned(),
            live: RwLock::new(Arc::new(Vec::new())),
            left: AtomicBool::new(false),
            beating: tokio::sync::Mutex::new(()),
        });
        membership.update(live);
        tokio::spawn(beat(Arc::downgrade(&membership)));
        Ok(membership)
    }

    pub fn node_id(&self) -> &str {
        &self.node_id
    }

    pub fn addr(&self) -> &str {
        &self.addr
    }

    /// The live nodes as of the last heartbeat, this one always included, sorted by id.
    pub fn live(&self) -> Arc<Vec<NodeInfo>> {
        self.live.read().clone()
    }

    /// Stops heartbeating and removes this node's row, so the others take its tenants now.
    pub async fn leave(&self) {
        let _beating = self.beating.lock().await;
        self.left.store(true, Ordering::SeqCst);
        if let Err(error) = self.store.leave(&self.node_id).await {
            eprintln!("x platform: cannot leave the cluster cleanly: {error}");
        }
    }

    fn update(&self, mut nodes: Vec<NodeInfo>) {
        if !nodes.iter().any(|n| n.node_id == self.node_id) {
            // This node is alive by definition, whatever the last read said.
            nodes.push(NodeInfo {
                node_id: self.node_id.clone(),
                addr: self.addr.clone(),
            });
            nodes.sort_by(|a, b| a.node_id.cmp(&b.node_id));
        }
        let changed = **self.live.read() != nodes;
        if changed {
            let ids: Vec<&str> = nodes.iter().map(|n| n.node_id.as_str()).collect();
            eprintln!("x platform: live nodes: {}", ids.join(", "));
            *self.live.write() = Arc::new(nodes);
        }
    }
}

async fn beat(membership: Weak<Membership>) {
    let mut failing = false;
    loop {
        tokio::time::sleep(HEARTBEAT_EVERY).await;
        let Some(m) = membership.upgrade() else {
            return;
        };
        let _beating = m.beating.lock().await;
        if m.left.load(Ordering::SeqCst) {
            return;
        }
        match m.store.heartbeat(&m.node_id, &m.addr, LIVE_WITHIN).await {
            Ok(nodes) => {
                if failing {
                    eprintln!("x platform: heartbeats reach the store again");
                    failing = false;
                }
                m.update(nodes);
            }
            Err(error) => {
                // Keep the last list: without the database this node cannot learn better,
                // and forwarding still falls back to serving here when an owner is gone.
                if !failing {
                    eprintln!("x platform: heartbeat failed (retrying): {error}");
                    failing = true;
                }
            }
        }
    }
}
