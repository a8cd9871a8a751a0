//! The seam between the router and whatever runs tenant code.
//!
//! The router (`x_platform_router`) decides *which* deployment a request is for; a
//! [`TenantHost`] runs it. The hypervisor (isolates on worker threads, with limits and
//! metering) implements this trait; until it exists, `x platform serve` plugs in
//! [`UnavailableHost`], which answers every tenant request with a 503 saying so — the
//! platform never pretends to have run code it did not run.
//!
//! Bodies stream both ways ([`Body`] is a stream of chunks, not a buffer), so a host can
//! pass request bodies to the tenant and tenant responses to the client as they come.

use std::net::SocketAddr;
use std::sync::Arc;

use async_trait::async_trait;
use http::{header, Request, Response, StatusCode};

pub use axum_core::body::Body;
pub use x_platform_store::{Deployment, Manifest};

/// Runs tenant code. One instance serves every tenant; implementations keep per-tenant
/// state (isolates, queues, limits) inside.
#[async_trait]
pub trait TenantHost: Send + Sync + 'static {
    /// Serves one request with `deployment`'s program. The request's URI is as the tenant
    /// should see it (the router removes its `/_p/<project>` prefix); the request carries a
    /// [`RequestInfo`] extension. The response is whatever the tenant (or the host, on a
    /// limit or an error) answers; the router passes it on unchanged.
    async fn handle(&self, deployment: Arc<Deployment>, request: Request<Body>) -> Response<Body>;

    /// Runs `deployment`'s program without a request because its project's KV queue has
    /// a message due (`delivering`: one is being delivered now), so the handler its
    /// `listenQueue` registered gets it; called about four times a second while that
    /// lasts. A host that runs nothing, or a node that does not own the tenant, ignores it.
    async fn wake(&self, _deployment: Arc<Deployment>, _delivering: bool) {}
}

/// Facts about a request that are not in its headers, set by the router.
#[derive(Debug, Clone)]
pub struct RequestInfo {
    /// The client's address (the TCP peer).
    pub remote_addr: SocketAddr,
    /// The public URL prefix the tenant is served under: `http://hello.localhost:8080` or
    /// `http://localhost:8080/_p/hello`, so a tenant can build absolute links.
    pub base_url: String,
}

/// The host used while no hypervisor is available: 503 with a JSON error body.
pub struct UnavailableHost;

#[async_trait]
impl TenantHost for UnavailableHost {
    async fn handle(&self, deployment: Arc<Deployment>, _request: Request<Body>) -> Response<Body> {
        json_error(
            StatusCode::SERVICE_UNAVAILABLE,
            "runtime_unavailable",
            &format!(
                "deployment {} of project {} exists, but this server has no deployment runtime \
                 (the hypervisor is not built yet), so tenant code cannot run",
                deployment.id, deployment.project
            ),
        )
    }
}

/// The platform's error shape, `{ "error": { "code", "message" } }`, shared by the router,
/// the control plane and hosts so every non-tenant error looks alike.
pub fn json_error(status: StatusCode, code: &str, message: &str) -> Response<Body> {
    let body = serde_json::json!({ "error": { "code": code, "message": message } });
    let mut response = Response::new(Body::from(body.to_string()));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json"),
    );
    response
}
