//! The x platform's front door: one listener, every request.
//!
//! [`FrontDoor::into_router`] gives the axum `Router` that `x platform serve` listens with.
//! Each request is classified by host and path ([`target::classify`]; the scheme is
//! documented there and in ARCHITECTURE.md): the apex goes to the platform's own routes
//! (the control plane under `/api/v1`), a tenant host to the [`TenantHost`] with the
//! project's production deployment (or the named deployment), and anything else gets a 404
//! JSON error — a host that matches nothing never reaches a tenant.
//!
//! Clients: `x_platform_server` builds it; the hypervisor is reached through `TenantHost`.

mod cache;
mod target;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::Response;
use axum::Router;
use tower::ServiceExt;
use x_platform_host::{json_error, RequestInfo, TenantHost};
use x_platform_store::{Deployment, DeploymentStatus, Store};

use cache::{Key, RouteCache};
pub use target::{classify, Target};

/// Names the deployment that answered, on every response that came from a tenant host.
pub const DEPLOYMENT_HEADER: &str = "x-deployment-id";

pub struct FrontDoor {
    /// The platform's domain, lower case (`localhost` by default).
    pub domain: String,
    pub store: Arc<dyn Store>,
    pub host: Arc<dyn TenantHost>,
    /// The platform's own routes on the apex host (the control plane, an index).
    pub apex: Router,
}

struct Shared {
    door: FrontDoor,
    cache: RouteCache,
}

impl FrontDoor {
    /// The router to serve with `into_make_service_with_connect_info::<SocketAddr>()`.
    pub fn into_router(mut self) -> Router {
        self.domain = self.domain.to_ascii_lowercase();
        let shared = Arc::new(Shared {
            door: self,
            cache: RouteCache::default(),
        });
        Router::new().fallback(dispatch).with_state(shared)
    }
}

async fn dispatch(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_owned)
        .or_else(|| request.uri().authority().map(|a| a.to_string()));
    let target = classify(host.as_deref(), request.uri().path(), &shared.door.domain);
    match target {
        Target::Apex => match shared.door.apex.clone().oneshot(request).await {
            Ok(response) => response,
            Err(never) => match never {},
        },
        Target::Project { name, prefix } => {
            let deployment = lookup(&shared, Key::Project(name)).await;
            to_tenant(
                &shared,
                deployment,
                prefix,
                host.unwrap_or_default(),
                request,
            )
            .await
        }
        Target::Deployment { id, prefix } => {
            let deployment = lookup(&shared, Key::Deployment(id)).await;
            to_tenant(
                &shared,
                deployment,
                prefix,
                host.unwrap_or_default(),
                request,
            )
            .await
        }
        Target::Unknown => not_served(host.as_deref().unwrap_or("")),
    }
}

/// The deployment a key routes to, through the cache. Store failures are answered as
/// errors, not as "unknown" (which would be cached).
async fn lookup(shared: &Shared, key: Key) -> Result<Option<Arc<Deployment>>, Response> {
    let store = &shared.door.store;
    let generation = store.routing_generation();
    if let Some(hit) = shared.cache.get(&key, generation) {
        return Ok(hit);
    }
    let found = match &key {
        Key::Project(name) => store.production(name).await,
        Key::Deployment(id) => store.get_deployment(id).await,
    };
    match found {
        Ok(found) => {
            let found = found
                .filter(|d| d.status == DeploymentStatus::Ready)
                .map(Arc::new);
            shared.cache.put(key, found.clone(), generation);
            Ok(found)
        }
        Err(e) => {
            eprintln!("x platform: routing lookup failed: {e}");
            Err(json_error(
                StatusCode::SERVICE_UNAVAILABLE,
                "store_unavailable",
                "the platform's store failed; retry",
            ))
        }
    }
}

async fn to_tenant(
    shared: &Shared,
    deployment: Result<Option<Arc<Deployment>>, Response>,
    prefix: Option<String>,
    host: String,
    mut request: Request,
) -> Response {
    let deployment = match deployment {
        Ok(Some(d)) => d,
        Ok(None) => return not_served(&host),
        Err(response) => return response,
    };
    let base_url = match &prefix {
        Some(prefix) => format!("http://{host}{prefix}"),
        None => format!("http://{host}"),
    };
    if let Some(prefix) = prefix {
        // The tenant sees its own paths: /_p/hello/x?y -> /x?y.
        let uri = request.uri();
        let rest = &uri.path()[prefix.len()..];
        let path = if rest.is_empty() { "/" } else { rest };
        let path_and_query = match uri.query() {
            Some(q) => format!("{path}?{q}"),
            None => path.to_owned(),
        };
        match path_and_query.parse::<Uri>() {
            Ok(new_uri) => *request.uri_mut() = new_uri,
            Err(_) => {
                return json_error(StatusCode::BAD_REQUEST, "invalid_request", "malformed path")
            }
        }
    }
    let remote_addr = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0)
        .unwrap_or_else(|| SocketAddr::from(([0, 0, 0, 0], 0)));
    request.extensions_mut().insert(RequestInfo {
        remote_addr,
        base_url,
    });
    let id = deployment.id.clone();
    let mut response = shared.door.host.handle(deployment, request).await;
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(DEPLOYMENT_HEADER, value);
    }
    response
}

fn not_served(host: &str) -> Response {
    json_error(
        StatusCode::NOT_FOUND,
        "not_found",
        &format!("no deployment is served at {host:?}: unknown host, unknown project, or no production deployment"),
    )
}

#[cfg(test)]
mod tests;
