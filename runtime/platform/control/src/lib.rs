//! The x platform's control plane: a JSON HTTP API over the store.
//!
//! [`api`] returns an axum `Router` with paths relative to the API base; the front door
//! (`x_platform_router`) mounts it at `/api/v1` on the platform's apex host. The routes are
//! declared once, in the [`routes!`] table below, which also yields [`ROUTES`] — the list a
//! test checks against the hand-written OpenAPI document (`openapi.json`, served at
//! `/openapi.json`).
//!
//! Clients: `x deploy` (issue 11) and scripts. Callers: `x_platform_server`.

mod auth;
mod error;
mod routes;
mod time;

use std::sync::Arc;

use axum::Router;
use x_platform_store::{BlobStore, Store};

pub use error::ApiError;

/// Where tenants are reachable from outside, for the URLs the API reports.
#[derive(Debug, Clone)]
pub struct PublicUrls {
    pub scheme: String,
    /// The platform's domain: projects are `<name>.<domain>`.
    pub domain: String,
    /// The port clients connect to; left out of URLs when it is the scheme's default.
    pub port: u16,
}

impl PublicUrls {
    fn authority(&self, label: &str) -> String {
        let default_port = matches!(
            (self.scheme.as_str(), self.port),
            ("http", 80) | ("https", 443)
        );
        if default_port {
            format!("{}://{label}.{}", self.scheme, self.domain)
        } else {
            format!("{}://{label}.{}:{}", self.scheme, self.domain, self.port)
        }
    }

    pub fn project(&self, name: &str) -> String {
        format!("{}/", self.authority(name))
    }

    pub fn deployment(&self, id: &str) -> String {
        format!("{}/", self.authority(id))
    }
}

/// Everything the handlers share. Cheap to clone.
#[derive(Clone)]
pub struct ControlPlane {
    inner: Arc<Inner>,
}

struct Inner {
    store: Arc<dyn Store>,
    blobs: Arc<dyn BlobStore>,
    urls: PublicUrls,
    tenant_runtime: bool,
}

impl ControlPlane {
    /// `tenant_runtime` says whether a hypervisor runs deployments (reported by health).
    pub fn new(
        store: Arc<dyn Store>,
        blobs: Arc<dyn BlobStore>,
        urls: PublicUrls,
        tenant_runtime: bool,
    ) -> Self {
        ControlPlane {
            inner: Arc::new(Inner {
                store,
                blobs,
                urls,
                tenant_runtime,
            }),
        }
    }

    pub fn store(&self) -> &dyn Store {
        &*self.inner.store
    }

    pub fn blobs(&self) -> &dyn BlobStore {
        &*self.inner.blobs
    }

    pub fn urls(&self) -> &PublicUrls {
        &self.inner.urls
    }
}

/// The OpenAPI 3 document describing [`ROUTES`], as served.
pub const OPENAPI: &str = include_str!("../openapi.json");

/// Declares every route once: builds the router and the [`ROUTES`] list from one table.
macro_rules! routes {
    ($($method:ident $path:literal => $handler:path;)*) => {
        /// Every API route as (method, path relative to `/api/v1`), in OpenAPI's path syntax.
        pub const ROUTES: &[(&str, &str)] = &[$((stringify!($method), $path)),*];

        fn build_router() -> Router<ControlPlane> {
            Router::new()$(.route($path, axum::routing::$method($handler)))*
        }
    };
}

routes! {
    get "/health" => routes::health;
    get "/openapi.json" => routes::openapi;
    get "/projects" => routes::projects::list;
    post "/projects" => routes::projects::create;
    get "/projects/{project}" => routes::projects::get;
    delete "/projects/{project}" => routes::projects::delete;
    post "/blobs/missing" => routes::blobs::missing;
    put "/blobs/{hash}" => routes::blobs::upload;
    get "/projects/{project}/deployments" => routes::deployments::list;
    post "/projects/{project}/deployments" => routes::deployments::create;
    get "/projects/{project}/deployments/{deployment}" => routes::deployments::get;
    post "/projects/{project}/deployments/{deployment}/promote" => routes::deployments::promote;
    get "/projects/{project}/env" => routes::env::list;
    put "/projects/{project}/env" => routes::env::set;
    delete "/projects/{project}/env/{key}" => routes::env::unset;
    get "/projects/{project}/logs" => routes::logs::page;
    get "/projects/{project}/logs/stream" => routes::logs::stream;
    get "/projects/{project}/usage" => routes::usage::get;
    get "/tokens" => routes::tokens::list;
    post "/tokens" => routes::tokens::create;
    delete "/tokens/{id}" => routes::tokens::revoke;
}

/// The API, paths relative to its base (mount it with `Router::nest("/api/v1", ...)`).
pub fn api(control: ControlPlane) -> Router {
    build_router()
        .fallback(|| async {
            ApiError::not_found("no such API endpoint; see /api/v1/openapi.json")
        })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                axum::http::StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "method not allowed here",
            )
        })
        // Manifests of many modules are larger than axum's 2 MB default. Blob uploads
        // stream and are bounded by the blob store instead.
        .layer(axum::extract::DefaultBodyLimit::max(MAX_JSON_BODY))
        .with_state(control)
}

/// The largest JSON request body the API accepts.
pub const MAX_JSON_BODY: usize = 16 * 1024 * 1024;

#[cfg(test)]
mod tests;
