//! The platform's JSON API, as `x deploy` uses it: one bearer token, one base URL, retries
//! with exponential backoff when the platform cannot be reached (connection refused or
//! reset, timeouts, 502/503/504), and every failure worded for a person — what happened
//! and what to do — rather than an HTTP dump.
//!
//! The API itself is described by `runtime/platform/control/openapi.json`.

use std::time::Duration;

use anyhow::{anyhow, Result};
use bytes::Bytes;
use futures::StreamExt;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use url::Url;

/// How often a request is tried when the platform cannot be reached (`X_DEPLOY_RETRIES`
/// overrides it), and the first pause between tries (doubled each time, at most 5 s).
const DEFAULT_ATTEMPTS: u32 = 5;
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// A failure the API reported: its status and `{ "error": { code, message, details } }`.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: String,
    pub message: String,
    pub details: Value,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let status = self.status.as_u16();
        match self.status {
            StatusCode::UNAUTHORIZED => write!(
                f,
                "the platform rejected the token ({status}): {}\n  \
                 Pass a valid token with --token or X_DEPLOY_TOKEN, or run `x deploy login`; \
                 an operator makes one with `x platform token create`.",
                self.message
            ),
            StatusCode::FORBIDDEN => write!(
                f,
                "the token may not do this ({status}): {}\n  \
                 Use a token for this project, or one for all projects.",
                self.message
            ),
            _ => write!(f, "the platform answered {status}: {}", self.message),
        }
    }
}

impl std::error::Error for ApiError {}

/// One platform and one token.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    /// The platform's root, e.g. `http://localhost:8080/`.
    base: Url,
    token: String,
    attempts: u32,
}

impl Client {
    /// A client for the platform at `base` (its root URL) with `token`.
    pub fn new(base: &Url, token: &str) -> Result<Client> {
        let http = x_http_client::build(|| {
            reqwest::Client::builder()
                .connect_timeout(Duration::from_secs(10))
                // A platform that accepts the connection and then says nothing is retried
                // like an unreachable one (log streams get a keep-alive every 15 s).
                .read_timeout(Duration::from_secs(60))
                .user_agent(concat!("x-deploy/", env!("CARGO_PKG_VERSION")))
        })?;
        let attempts = std::env::var("X_DEPLOY_RETRIES")
            .ok()
            .and_then(|v| v.parse::<u32>().ok())
            .map(|retries| retries + 1)
            .unwrap_or(DEFAULT_ATTEMPTS);
        let mut base = base.clone();
        if !base.path().ends_with('/') {
            base.set_path(&format!("{}/", base.path()));
        }
        Ok(Client {
            http,
            base,
            token: token.to_owned(),
            attempts,
        })
    }

    /// The platform's root URL.
    pub fn base(&self) -> &Url {
        &self.base
    }

    /// The URL of an API path such as `projects/hello`.
    pub fn api_url(&self, path: &str) -> Result<Url> {
        Ok(self.base.join("api/v1/")?.join(path)?)
    }

    /// Sends one request, trying again with backoff while the platform is unreachable;
    /// returns the response of a 2xx status and an [`ApiError`] otherwise.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<Body>,
    ) -> Result<reqwest::Response> {
        let url = self.api_url(path)?;
        let mut pause = FIRST_BACKOFF;
        let mut attempt = 1;
        loop {
            let mut request = self
                .http
                .request(method.clone(), url.clone())
                .bearer_auth(&self.token);
            match &body {
                Some(Body::Json(value)) => {
                    request = request
                        .header(reqwest::header::CONTENT_TYPE, "application/json")
                        .body(serde_json::to_vec(value)?);
                }
                Some(Body::Bytes(make)) => {
                    request = request
                        .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
                        .body(make());
                }
                None => {}
            }
            let outcome = request.send().await;
            let retry = match &outcome {
                Ok(response) => matches!(
                    response.status(),
                    StatusCode::BAD_GATEWAY
                        | StatusCode::SERVICE_UNAVAILABLE
                        | StatusCode::GATEWAY_TIMEOUT
                ),
                Err(e) => e.is_connect() || e.is_timeout() || e.is_request() || e.is_body(),
            };
            if retry && attempt < self.attempts {
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(MAX_BACKOFF);
                attempt += 1;
                continue;
            }
            return match outcome {
                Ok(response) if response.status().is_success() => Ok(response),
                Ok(response) => Err(api_error(response).await.into()),
                Err(e) => Err(anyhow!(
                    "cannot reach the platform at {} after {attempt} attempt(s): {}\n  \
                     Check --url (or X_DEPLOY_URL, or \"deploy\".\"url\" in x.json) and that \
                     the platform is running.",
                    self.base,
                    error_chain(&e)
                )),
            };
        }
    }

    /// A request whose answer is JSON (or empty).
    pub async fn json(&self, method: Method, path: &str, body: Option<Value>) -> Result<Value> {
        let response = self.send(method, path, body.map(Body::Json)).await?;
        let bytes = response.bytes().await?;
        if bytes.is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&bytes)
            .map_err(|e| anyhow!("the platform answered something other than JSON: {e}"))
    }

    pub async fn get(&self, path: &str) -> Result<Value> {
        self.json(Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Result<Value> {
        self.json(Method::POST, path, Some(body)).await
    }

    pub async fn put(&self, path: &str, body: Value) -> Result<Value> {
        self.json(Method::PUT, path, Some(body)).await
    }

    pub async fn delete(&self, path: &str) -> Result<Value> {
        self.json(Method::DELETE, path, None).await
    }

    /// Which of `hashes` the platform lacks.
    pub async fn missing_blobs(&self, hashes: &[String]) -> Result<Vec<String>> {
        let mut missing = Vec::new();
        // The API takes at most 20,000 hashes per request.
        for chunk in hashes.chunks(10_000) {
            let answer = self
                .post("blobs/missing", json!({ "hashes": chunk }))
                .await?;
            missing.extend(
                answer["missing"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|h| h.as_str().map(str::to_owned)),
            );
        }
        Ok(missing)
    }

    /// Uploads one blob; `body` makes the request body (again on each try).
    pub async fn put_blob(
        &self,
        hash: &str,
        body: impl Fn() -> reqwest::Body + Send + Sync + 'static,
    ) -> Result<()> {
        self.send(
            Method::PUT,
            &format!("blobs/{hash}"),
            Some(Body::Bytes(Box::new(body))),
        )
        .await?;
        Ok(())
    }
}

/// A request body: JSON, or bytes made afresh for each try.
pub enum Body {
    Json(Value),
    Bytes(Box<dyn Fn() -> reqwest::Body + Send + Sync>),
}

/// A body of `bytes` sent in chunks, calling `sent` with each chunk's size as it goes (for
/// the progress bar).
pub fn chunked_body(bytes: Bytes, sent: impl Fn(u64) + Send + Sync + 'static) -> reqwest::Body {
    const CHUNK: usize = 64 * 1024;
    let sent = std::sync::Arc::new(sent);
    let chunks: Vec<Bytes> = (0..bytes.len())
        .step_by(CHUNK)
        .map(|start| bytes.slice(start..(start + CHUNK).min(bytes.len())))
        .collect();
    let stream = futures::stream::iter(chunks).map(move |chunk| {
        sent(chunk.len() as u64);
        Ok::<Bytes, std::io::Error>(chunk)
    });
    reqwest::Body::wrap_stream(stream)
}

async fn api_error(response: reqwest::Response) -> ApiError {
    let status = response.status();
    let text = response.text().await.unwrap_or_default();
    let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    let error = &body["error"];
    let message = error["message"]
        .as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| {
            let text = text.trim();
            if text.is_empty() {
                status.canonical_reason().unwrap_or("no message").to_owned()
            } else {
                text.chars().take(300).collect()
            }
        });
    ApiError {
        status,
        code: error["code"].as_str().unwrap_or("").to_owned(),
        message,
        details: error["details"].clone(),
    }
}

/// `e` and its causes, joined: reqwest's own message alone rarely says what went wrong.
fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// Whether `error` is the API's answer with this status.
pub fn has_status(error: &anyhow::Error, status: StatusCode) -> bool {
    error
        .downcast_ref::<ApiError>()
        .is_some_and(|e| e.status == status)
}
