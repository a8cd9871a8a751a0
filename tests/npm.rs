//! npm packages in long-running processes: a Hono app (routing, JSON, middleware) under
//! `x serve`, and the same app (plus a CommonJS package) deployed with `x deploy` to a
//! real `x platform serve` and answered through its router; packages come from the spec
//! tests' local registry (`tests/server/npm_registry.rs`), requests go over real HTTP on
//! 127.0.0.1.

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
    let base = x_specs::listening_base(&line);

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

/// Runs `x` in `dir` with the local registry; panics with its output unless it succeeds.
fn x_ok(dir: &std::path::Path, args: &[&str]) -> String {
    let output = Command::new(x_specs::x_binary())
        .args(args)
        .current_dir(dir)
        .env("X_DIR", dir.join("cache"))
        .env(
            "NPM_CONFIG_REGISTRY",
            format!("http://{}/npm/", x_specs::server::address()),
        )
        .env("X_DEPLOY_CREDENTIALS", dir.join("credentials.json"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "x {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hono_app_deployed_to_the_platform() {
    let data = tempfile::tempdir().unwrap();
    let mut platform = Command::new(x_specs::x_binary())
        .args(["platform", "serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(data.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(platform.stderr.take().unwrap());
    let url = loop {
        let mut line = String::new();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "the platform did not start"
        );
        if let Some(addr) = line.trim().strip_prefix("x platform: listening on ") {
            break addr.to_owned();
        }
    };
    std::thread::spawn(move || for _ in stderr.lines() {});
    let token = x_ok(
        data.path(),
        &[
            "platform",
            "token",
            "create",
            "--name",
            "ci",
            "--data",
            data.path().to_str().unwrap(),
        ],
    )
    .lines()
    .last()
    .unwrap()
    .to_owned();

    let app = tempfile::tempdir().unwrap();
    let hono = x_specs::tests_dir().join("specs/npm/hono/app.ts");
    let source = std::fs::read_to_string(hono).unwrap().replace(
        "app.get(\"/\", (c) => c.text(\"Hello Hono!\"));",
        "app.get(\"/\", (c) => c.text(\"Hello Hono!\"));\napp.get(\"/cjs\", (c) => c.json({ sum: add(1, 2), hour: ms(\"1h\") }));",
    );
    let source = format!(
        "import {{ add }} from \"npm:x-cjs-named@1\";\nimport ms from \"npm:ms@2\";\n{source}"
    );
    std::fs::write(app.path().join("app.ts"), source).unwrap();
    let auth = ["--url", url.as_str(), "--token", token.as_str()];
    x_ok(
        app.path(),
        &[&["deploy", "projects", "create", "hono"][..], &auth].concat(),
    );
    x_ok(
        app.path(),
        &[
            &["deploy", "app.ts", "--project", "hono", "--prod"][..],
            &auth,
        ]
        .concat(),
    );

    let client = reqwest::Client::new();
    let base = format!("{url}/_p/hono");
    let root = client.get(format!("{base}/")).send().await.unwrap();
    assert_eq!(root.status(), 200);
    assert_eq!(root.headers()["x-powered-by"], "x");
    assert_eq!(root.text().await.unwrap(), "Hello Hono!");
    let user = client.get(format!("{base}/users/9")).send().await.unwrap();
    assert_eq!(user.status(), 200);
    assert!(user.text().await.unwrap().starts_with(r#"{"id":9,"#));
    let cjs = client.get(format!("{base}/cjs")).send().await.unwrap();
    assert_eq!(cjs.text().await.unwrap(), r#"{"sum":3,"hour":3600000}"#);
    let missing = client.get(format!("{base}/nope")).send().await.unwrap();
    assert_eq!(missing.status(), 404);

    platform.kill().unwrap();
    platform.wait().unwrap();
}
