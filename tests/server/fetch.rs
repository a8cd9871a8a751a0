//! Endpoints for the fetch spec tests: an echo of the request, redirect chains by status,
//! chunked and stalled response bodies, repeated headers, large bodies.

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Path, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use futures::StreamExt;

pub fn router() -> Router {
    Router::new()
        .route("/fetch/echo", any(echo))
        .route("/fetch/redirect/{n}", any(redirect_chain))
        .route("/fetch/redirect-status/{code}", any(redirect_status))
        .route(
            "/fetch/redirect-loop",
            any(|| async { redirect(StatusCode::FOUND, "/fetch/redirect-loop") }),
        )
        .route(
            "/fetch/redirect-to/{*target}",
            any(|Path(target): Path<String>| async move { redirect(StatusCode::FOUND, &target) }),
        )
        .route("/fetch/chunked", get(chunked))
        .route("/fetch/stall-body", get(stall_body))
        .route("/fetch/slow-headers", get(slow_headers))
        .route("/fetch/cookies", get(cookies))
        .route("/fetch/big/{kib}", get(big))
        .route(
            "/fetch/no-content",
            any(|| async { StatusCode::NO_CONTENT }),
        )
}

fn redirect(status: StatusCode, location: &str) -> Response {
    let location = HeaderValue::from_str(location).unwrap_or(HeaderValue::from_static("/"));
    (status, [(header::LOCATION, location)]).into_response()
}

/// `{ method, path, headers: [[name, value]...], body }` of the request, as JSON.
async fn echo(request: Request) -> Response {
    let method = request.method().to_string();
    let path = request
        .uri()
        .path_and_query()
        .map(|p| p.to_string())
        .unwrap_or_default();
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .map(|(name, value)| {
            (
                name.to_string(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let body = axum::body::to_bytes(request.into_body(), 64 << 20)
        .await
        .unwrap_or_default();
    let json = serde_json::json!({
        "method": method,
        "path": path,
        "headers": headers,
        "body": String::from_utf8_lossy(&body),
    });
    (
        [(header::CONTENT_TYPE, "application/json")],
        json.to_string(),
    )
        .into_response()
}

/// `n` 302 hops, then the echo.
async fn redirect_chain(Path(n): Path<u32>) -> Response {
    if n == 0 {
        return redirect(StatusCode::FOUND, "/fetch/echo");
    }
    redirect(StatusCode::FOUND, &format!("/fetch/redirect/{}", n - 1))
}

/// One hop with the given status to the echo.
async fn redirect_status(Path(code): Path<u16>) -> Response {
    redirect(
        StatusCode::from_u16(code).unwrap_or(StatusCode::FOUND),
        "/fetch/echo",
    )
}

/// Five chunks, 30 ms apart, sent as they come (chunked transfer encoding).
async fn chunked() -> Response {
    let chunks = futures::stream::iter(0..5).then(|i| async move {
        if i > 0 {
            tokio::time::sleep(Duration::from_millis(30)).await;
        }
        Ok::<_, std::io::Error>(Bytes::from(format!("chunk{i}\n")))
    });
    (
        [(header::CONTENT_TYPE, "text/plain")],
        Body::from_stream(chunks),
    )
        .into_response()
}

/// Headers and a first chunk, then nothing, ever (for aborts in the middle of a body).
async fn stall_body() -> Response {
    let first = futures::stream::once(async {
        Ok::<_, std::io::Error>(Bytes::from_static(b"first chunk\n"))
    });
    let body = Body::from_stream(first.chain(futures::stream::pending()));
    ([(header::CONTENT_TYPE, "text/plain")], body).into_response()
}

/// Answers after 10 s (for aborts before the response arrives).
async fn slow_headers() -> &'static str {
    tokio::time::sleep(Duration::from_secs(10)).await;
    "too late"
}

/// Two `set-cookie` headers and a repeated custom header.
async fn cookies() -> Response {
    Response::builder()
        .header("set-cookie", "a=1; Path=/")
        .header("set-cookie", "b=2")
        .header("x-multi", "one")
        .header("x-multi", "two")
        .header("content-type", "text/plain;charset=utf-8")
        .body(Body::from("cookies"))
        .unwrap()
}

/// `kib` KiB of a repeating alphabet.
async fn big(Path(kib): Path<usize>) -> Response {
    let body: Vec<u8> = (0..kib * 1024).map(|i| b'a' + (i % 26) as u8).collect();
    ([(header::CONTENT_TYPE, "application/octet-stream")], body).into_response()
}
