//! In-process tests of the control plane: the OpenAPI document against the route table,
//! and the auth rules, over a real store in a temp folder (no sockets: tower's `oneshot`).

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt;
use x_platform_store::{FsBlobStore, NewToken, SqliteStore, Store};

use super::*;

#[test]
fn every_route_is_in_the_openapi_document_and_nothing_else() {
    let doc: serde_json::Value = serde_json::from_str(OPENAPI).expect("openapi.json is JSON");
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for (method, path) in ROUTES {
        let operation = &paths
            .get(*path)
            .unwrap_or_else(|| panic!("{path} is not in openapi.json"))[*method];
        assert!(
            operation.is_object(),
            "{method} {path} is not in openapi.json"
        );
        assert!(
            operation["responses"].is_object(),
            "{method} {path} has no responses"
        );
    }
    let documented: usize = paths
        .values()
        .map(|item| item.as_object().unwrap().len())
        .sum();
    assert_eq!(
        documented,
        ROUTES.len(),
        "openapi.json documents an operation the API does not have"
    );
    // Every $ref resolves.
    let text = OPENAPI;
    for piece in text.split("\"$ref\": \"#/").skip(1) {
        let target = &piece[..piece.find('"').unwrap()];
        let mut node = &doc;
        for key in target.split('/') {
            node = &node[key];
        }
        assert!(!node.is_null(), "dangling $ref #/{target}");
    }
}

async fn setup() -> (tempfile::TempDir, Router, Arc<SqliteStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let blobs = Arc::new(FsBlobStore::open(&dir.path().join("blobs"), 1 << 20).unwrap());
    let urls = PublicUrls {
        scheme: "http".into(),
        domain: "localhost".into(),
        port: 8080,
    };
    let control = ControlPlane::new(store.clone(), blobs, urls, false);
    (dir, api(control), store)
}

async fn call(
    app: &Router,
    method: &str,
    uri: &str,
    token: Option<&str>,
) -> (StatusCode, serde_json::Value) {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
    )
}

#[tokio::test]
async fn tokens_are_checked() {
    let (_dir, app, store) = setup().await;
    store.create_project("app").await.unwrap();
    store.create_project("other").await.unwrap();
    let (_, admin) = store
        .create_token(NewToken {
            name: "admin".into(),
            project: None,
        })
        .await
        .unwrap();
    let (scoped_info, scoped) = store
        .create_token(NewToken {
            name: "ci".into(),
            project: Some("app".into()),
        })
        .await
        .unwrap();

    let (status, body) = call(&app, "GET", "/health", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["tenant_runtime"], "unavailable");

    let (status, body) = call(&app, "GET", "/projects", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"]["code"], "unauthorized");
    assert_eq!(
        call(&app, "GET", "/projects", Some("xpt_nope")).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        call(&app, "GET", "/projects", Some(admin.expose())).await.0,
        StatusCode::OK
    );

    assert_eq!(
        call(&app, "GET", "/projects/app/env", Some(scoped.expose()))
            .await
            .0,
        StatusCode::OK
    );
    let (status, body) = call(&app, "GET", "/projects/other/env", Some(scoped.expose())).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["error"]["code"], "forbidden");
    // A 403, not a 404, for a project that does not exist: scope is checked first.
    assert_eq!(
        call(&app, "GET", "/projects/ghost/env", Some(scoped.expose()))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        call(&app, "GET", "/tokens", Some(scoped.expose())).await.0,
        StatusCode::FORBIDDEN
    );
    let (_, listed) = call(&app, "GET", "/projects", Some(scoped.expose())).await;
    assert_eq!(listed["projects"].as_array().unwrap().len(), 1);

    let uri = format!("/tokens/{}", scoped_info.id);
    assert_eq!(
        call(&app, "DELETE", &uri, Some(admin.expose())).await.0,
        StatusCode::NO_CONTENT
    );
    let (status, body) = call(&app, "GET", "/projects/app/env", Some(scoped.expose())).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("revoked"));
}

#[tokio::test]
async fn unknown_endpoints_answer_json() {
    let (_dir, app, _store) = setup().await;
    let (status, body) = call(&app, "GET", "/nothing/here", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"]["code"], "not_found");
    let (status, body) = call(&app, "PATCH", "/projects", None).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(body["error"]["code"], "method_not_allowed");
}
