//! The "remote" server of the spec tests: serves `tests/testdata/server/` over HTTP on a
//! free port of 127.0.0.1, plus a few endpoints that misbehave on purpose (redirects,
//! errors, a response that never comes, content that changes on every request), and an
//! npm registry over local tarballs (`npm_registry.rs`).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;

mod fetch;
pub mod npm_registry;

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// The server's address, starting it on first use (one per test process).
pub fn address() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                tx.send(listener.local_addr().unwrap()).unwrap();
                axum::serve(listener, router()).await.unwrap();
            });
        });
        rx.recv().unwrap()
    })
}

fn router() -> Router {
    Router::new()
        .route(
            "/redirect/{*path}",
            get(|Path(path): Path<String>| async move { Redirect::temporary(&format!("/{path}")) }),
        )
        .route(
            "/status/{code}",
            get(|Path(code): Path<u16>| async move {
                StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST)
            }),
        )
        .route(
            "/hang.ts",
            get(|| async {
                // Never answers in any time a client waits for.
                tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
                "export {};"
            }),
        )
        .route(
            "/counter.ts",
            get(|| async {
                let n = COUNTER.fetch_add(1, Ordering::SeqCst);
                (
                    [(header::CONTENT_TYPE, "application/typescript")],
                    format!("export const n: number = {n};\n"),
                )
            }),
        )
        .merge(fetch::router())
        .merge(npm_registry::router())
        .route("/{*path}", get(serve_file))
}

async fn serve_file(Path(path): Path<String>) -> Response {
    if path.contains("..") {
        return StatusCode::BAD_REQUEST.into_response();
    }
    let file = crate::tests_dir().join("testdata/server").join(&path);
    match std::fs::read(&file) {
        Ok(body) => {
            let content_type = match file.extension().and_then(|e| e.to_str()) {
                Some("ts") | Some("mts") => "application/typescript",
                Some("tsx") => "text/tsx",
                Some("js") | Some("mjs") => "application/javascript",
                Some("json") => "application/json",
                _ => "text/plain",
            };
            ([(header::CONTENT_TYPE, content_type)], body).into_response()
        }
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}
