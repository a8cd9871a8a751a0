//! npm packages in long-running processes: a Hono app (routing, JSON, middleware) under
//! `x serve`, its packages installed from the spec tests' local registry
//! (`tests/server/npm_registry.rs`), driven over real HTTP on 127.0.0.1.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hono_app_under_x_serve() {
    let registry = format!("http://{}/npm/", x_specs::server::address());
    let dir = tempfile::tempdir().unwrap();
    let app = x_specs::tests_dir().join("specs/npm/hono/app.ts");
    std::fs::copy(app, dir.path().join("app.ts")).unwrap();
    let mut child = Command::new(x_specs::x_binary())
        .args(["serve", "--port", "0", "--host", "127.0.0.1", "app.ts"])
        .current_dir(dir.path())
        .env("X_DIR", dir.path().join("cache"))
        .env("NPM_CONFIG_REGISTRY", &registry)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    let base = line
        .trim()
        .strip_prefix("Listening on ")
        .unwrap_or_else(|| panic!("x serve said: {line}"))
        .trim_end_matches('/')
        .to_owned();

    let client = reqwest::Client::new();
    let root = client.get(format!("{base}/")).send().await.unwrap();
    assert_eq!(root.status(), 200);
    assert_eq!(root.headers()["x-powered-by"], "x");
    assert_eq!(root.text().await.unwrap(), "Hello Hono!");

    let user = client.get(format!("{base}/users/7")).send().await.unwrap();
    assert_eq!(user.headers()["content-type"], "application/json");
    let json: serde_json::Value = serde_json::from_str(&user.text().await.unwrap()).unwrap();
    assert_eq!(json["id"], 7);

    let echo = client
        .post(format!("{base}/echo"))
        .header("content-type", "application/json")
        .body(r#"{"hello":"x"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(echo.status(), 201);
    assert_eq!(echo.text().await.unwrap(), r#"{"hello":"x"}"#);

    let missing = client.get(format!("{base}/nope")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    assert_eq!(missing.text().await.unwrap(), r#"{"error":"not found"}"#);

    child.kill().unwrap();
    child.wait().unwrap();
}
