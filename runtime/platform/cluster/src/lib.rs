//! `x platform serve` on several nodes sharing one PostgreSQL store.
//!
//! - [`Membership`] (`membership.rs`): each node writes a heartbeat row every
//!   [`HEARTBEAT_EVERY`]; the live nodes are those whose heartbeat is younger than
//!   [`LIVE_WITHIN`] on the database's clock.
//! - [`owner`] (`owner.rs`): the node that owns a tenant (a deployment), by rendezvous
//!   (highest random weight) hashing over the live nodes — every node computes the same
//!   owner from the same list, and a node leaving moves only its own tenants.
//! - [`ClusterHost`] (`forward.rs`): a [`TenantHost`] wrapped around the node's
//!   hypervisor. A request for a tenant another node owns is forwarded there (streaming
//!   both ways), so each tenant's isolates stay warm in one place; a forwarded request is
//!   marked with the cluster's shared secret and never forwarded again; an owner that
//!   cannot be reached is skipped for a while and the next node in rendezvous order (or
//!   this one) serves — the takeover a stopped heartbeat then confirms.
//!
//! Clients: `x_platform_server` (wires it in when `--store` is PostgreSQL).
//!
//! [`TenantHost`]: x_platform_host::TenantHost

mod forward;
mod membership;
mod owner;

pub use forward::{ClusterHost, FORWARDED_HEADER, NODE_HEADER};
pub use membership::{Membership, HEARTBEAT_EVERY, LIVE_WITHIN};
pub use owner::{owner, rank};
