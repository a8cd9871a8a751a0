//! Helpers for the end-to-end tests: start the real `x` binary (`$X_BIN`, else the release
//! build in the cargo target folder) as `x platform serve` on a free loopback port with a
//! temp data folder, make tokens with `x platform token create`, and talk HTTP to it.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

pub fn x_binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("X_BIN") {
        return PathBuf::from(bin);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../target"));
    target.join("release/x")
}

/// A running `x platform serve`; killed (SIGKILL) when dropped.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    pub data: PathBuf,
    pub stderr: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Starts a server on `data` and waits until it listens.
    pub fn start(data: &Path) -> Server {
        Server::start_with(data, &[])
    }

    pub fn start_with(data: &Path, extra: &[&str]) -> Server {
        Server::start_with_env(data, extra, &[])
    }

    /// As `start_with`, with `env` added to the server's environment.
    pub fn start_with_env(data: &Path, extra: &[&str], env: &[(&str, &str)]) -> Server {
        let mut child = Command::new(x_binary())
            .args(["platform", "serve", "--listen", "127.0.0.1:0", "--data"])
            .arg(data)
            .args(extra)
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", x_binary().display()));
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let lines = stderr.clone();
        let pipe = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines() {
                let Ok(line) = line else { break };
                if let Some(addr) = line.strip_prefix("x platform: listening on http://") {
                    let _ = tx.send(addr.parse::<SocketAddr>().unwrap());
                }
                lines.lock().unwrap().push(line);
            }
        });
        let addr = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(addr) => addr,
            Err(_) => {
                let _ = child.kill();
                panic!("the server did not start: {:?}", stderr.lock().unwrap());
            }
        };
        Server {
            child,
            addr,
            data: data.to_owned(),
            stderr,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn api(&self, path: &str) -> String {
        format!("http://{}/api/v1{path}", self.addr)
    }

    /// SIGKILL: no cleanup runs, as in a crash.
    pub fn kill9(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn stderr_text(&self) -> String {
        self.stderr.lock().unwrap().join("\n")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill9();
    }
}

/// `x platform token create`; returns the token (the last line of stdout, checked to be
/// the only one).
pub fn create_token(data: &Path, project: Option<&str>) -> String {
    let mut command = Command::new(x_binary());
    command
        .args(["platform", "token", "create", "--name", "test", "--data"])
        .arg(data);
    if let Some(project) = project {
        command.args(["--project", project]);
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines.len(),
        1,
        "stdout should be the token alone: {stdout:?}"
    );
    let token = lines[0].to_owned();
    assert!(token.starts_with("xpt_") && token.len() == 47, "{token}");
    token
}

pub fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A JSON API client with one token.
#[derive(Clone)]
pub struct Api {
    pub http: reqwest::Client,
    pub base: String,
    pub token: String,
}

impl Api {
    pub fn new(server: &Server, token: &str) -> Api {
        Api {
            http: reqwest::Client::new(),
            base: server.api(""),
            token: token.to_owned(),
        }
    }

    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(&self.token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub async fn get(&self, path: &str) -> (u16, Value) {
        self.send(reqwest::Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(reqwest::Method::POST, path, Some(body)).await
    }

    pub async fn put_blob(&self, bytes: Vec<u8>) -> (u16, Value) {
        let hash = sha256(&bytes);
        let response = self
            .http
            .put(format!("{}/blobs/{hash}", self.base))
            .bearer_auth(&self.token)
            .body(bytes)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// Negotiates, uploads what is missing and creates a deployment of `files`.
    pub async fn deploy(&self, project: &str, files: &[(&str, Vec<u8>)], promote: bool) -> Value {
        let hashes: Vec<String> = files.iter().map(|(_, b)| sha256(b)).collect();
        let (status, missing) = self
            .post("/blobs/missing", json!({ "hashes": hashes }))
            .await;
        assert_eq!(status, 200, "{missing}");
        for (_, bytes) in files {
            if missing["missing"]
                .as_array()
                .unwrap()
                .iter()
                .any(|h| h == &json!(sha256(bytes)))
            {
                let (status, body) = self.put_blob(bytes.clone()).await;
                assert_eq!(status, 201, "{body}");
            }
        }
        let modules: Vec<Value> =
            files.iter().map(|(name, bytes)| json!({ "specifier": format!("file:///{name}"), "blob": sha256(bytes) })).collect();
        let manifest = json!({ "entry": format!("file:///{}", files[0].0), "modules": modules });
        let (status, body) = self
            .post(
                &format!("/projects/{project}/deployments"),
                json!({ "manifest": manifest, "promote": promote }),
            )
            .await;
        assert_eq!(status, 201, "{body}");
        body
    }
}

/// Polls `check` until it returns true or `timeout` passes.
pub async fn eventually(timeout: Duration, mut check: impl AsyncFnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < timeout {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}
