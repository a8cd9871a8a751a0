//! In-process tests of dispatch: a recording `TenantHost` double stands in for the
//! hypervisor so the tests can see which deployment and URI each request reached.

use std::sync::Arc;

use async_trait::async_trait;
use axum::http::Request as HttpRequest;
use x_platform_host::{Body, UnavailableHost};
use x_platform_store::{Manifest, ManifestModule, NewDeployment, SqliteStore};

use super::*;

/// Answers with the deployment id, the URI and the base URL it was given.
struct Recorder;

#[async_trait]
impl TenantHost for Recorder {
    async fn handle(
        &self,
        deployment: Arc<Deployment>,
        request: axum::http::Request<Body>,
    ) -> Response {
        let info = request.extensions().get::<RequestInfo>().cloned().unwrap();
        let text = format!("{} {} {}", deployment.id, request.uri(), info.base_url);
        Response::new(Body::from(text))
    }
}

async fn setup(host: Arc<dyn TenantHost>) -> (tempfile::TempDir, Arc<SqliteStore>, Router) {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let apex = Router::new().route("/api/v1/ping", axum::routing::get(|| async { "pong" }));
    let door = FrontDoor {
        domain: "LocalHost".into(),
        store: store.clone(),
        host,
        apex,
    };
    (dir, store, door.into_router())
}

async fn deploy(store: &SqliteStore, project: &str, promote: bool) -> String {
    let manifest = Manifest {
        entry: "main.js".into(),
        modules: vec![ManifestModule {
            specifier: "main.js".into(),
            blob: "0".repeat(64),
        }],
        assets: vec![],
        format: None,
    };
    store
        .create_deployment(NewDeployment {
            project: project.into(),
            manifest,
            promote,
        })
        .await
        .unwrap()
        .id
}

async fn get(app: &Router, host: &str, uri: &str) -> (StatusCode, Option<String>, String) {
    let request = HttpRequest::builder()
        .uri(uri)
        .header("host", host)
        .body(axum::body::Body::empty())
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let deployment = response
        .headers()
        .get(DEPLOYMENT_HEADER)
        .map(|v| v.to_str().unwrap().to_owned());
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    (
        status,
        deployment,
        String::from_utf8(bytes.to_vec()).unwrap(),
    )
}

#[tokio::test]
async fn routes_hosts_and_paths() {
    let (_dir, store, app) = setup(Arc::new(Recorder)).await;
    store.create_project("hello").await.unwrap();
    store.create_project("other").await.unwrap();
    let first = deploy(&store, "hello", true).await;
    let second = deploy(&store, "hello", false).await;
    deploy(&store, "other", true).await;

    assert_eq!(get(&app, "localhost:8080", "/api/v1/ping").await.2, "pong");
    assert_eq!(get(&app, "127.0.0.1:8080", "/api/v1/ping").await.2, "pong");

    let (status, id, body) = get(&app, "hello.localhost:8080", "/a/b?c=1").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(id.as_deref(), Some(first.as_str()));
    assert_eq!(
        body,
        format!("{first} /a/b?c=1 http://hello.localhost:8080")
    );

    let (_, _, body) = get(&app, "localhost:8080", "/_p/hello/a?c=1").await;
    assert_eq!(
        body,
        format!("{first} /a?c=1 http://localhost:8080/_p/hello")
    );
    let (_, _, body) = get(&app, "localhost:8080", "/_p/hello").await;
    assert_eq!(body, format!("{first} / http://localhost:8080/_p/hello"));

    // A specific deployment, by host and by path.
    let (_, id, _) = get(&app, &format!("{second}.localhost:8080"), "/").await;
    assert_eq!(id.as_deref(), Some(second.as_str()));
    let (_, id, _) = get(&app, "localhost:8080", &format!("/_d/{second}/x")).await;
    assert_eq!(id.as_deref(), Some(second.as_str()));

    // Promoting changes the answer at once (the cache follows the store's generation).
    store.promote("hello", &second).await.unwrap();
    let (_, id, _) = get(&app, "hello.localhost:8080", "/").await;
    assert_eq!(id.as_deref(), Some(second.as_str()));
}

#[tokio::test]
async fn unknown_hosts_get_404_json() {
    let (_dir, store, app) = setup(Arc::new(Recorder)).await;
    store.create_project("empty").await.unwrap();
    for (host, uri) in [
        ("nope.localhost:8080", "/"),
        ("empty.localhost:8080", "/"),
        ("01jd0000000000000000000000.localhost", "/"),
        ("hello.example.com", "/"),
        ("a.b.localhost", "/"),
        ("localhost:8080", "/_p/nope/"),
        ("localhost:8080", "/_p/Bad/"),
    ] {
        let (status, id, body) = get(&app, host, uri).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{host}{uri}");
        assert!(id.is_none());
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(json["error"]["code"], "not_found");
    }
    // A project that gets a deployment later is found then (negative answers are not sticky).
    let id = deploy(&store, "empty", true).await;
    assert_eq!(
        get(&app, "empty.localhost:8080", "/").await.1.as_deref(),
        Some(id.as_str())
    );
}

#[tokio::test]
async fn without_a_runtime_tenants_get_503() {
    let (_dir, store, app) = setup(Arc::new(UnavailableHost)).await;
    store.create_project("hello").await.unwrap();
    let id = deploy(&store, "hello", true).await;
    let (status, header, body) = get(&app, "hello.localhost", "/").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(header.as_deref(), Some(id.as_str()));
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["error"]["code"], "runtime_unavailable");
}
