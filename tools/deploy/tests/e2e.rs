//! End-to-end tests of `x deploy`: each starts the real `x platform serve` (`$X_BIN`, else
//! the release build in the cargo target folder) on a free loopback port with a temp data
//! folder, makes a token with `x platform token create`, and drives `x deploy` as a user
//! or CI would, checking the results through the CLI and the platform's API.
//!
//! Tenant code does not run yet (the hypervisor is not merged): these tests check what the
//! control plane and router see, never a tenant's response.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde_json::Value;

fn x_binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("X_BIN") {
        return PathBuf::from(bin);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("release/x")
}

/// A running `x platform serve`, killed when dropped.
struct Platform {
    child: Child,
    addr: SocketAddr,
    data: PathBuf,
}

impl Platform {
    fn start(data: &Path) -> Platform {
        let mut child = Command::new(x_binary())
            .args(["platform", "serve", "--listen", "127.0.0.1:0", "--data"])
            .arg(data)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", x_binary().display()));
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(addr) = line.strip_prefix("x platform: listening on http://") {
                    if let Some(tx) = tx.take() {
                        let _ = tx.send(addr.parse::<SocketAddr>().unwrap());
                    }
                }
            }
        });
        let addr = rx.recv().expect("the platform did not start");
        Platform {
            child,
            addr,
            data: data.to_owned(),
        }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn token(&self) -> String {
        let output = Command::new(x_binary())
            .args(["platform", "token", "create", "--name", "ci", "--data"])
            .arg(&self.data)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout)
            .unwrap()
            .lines()
            .last()
            .unwrap()
            .to_owned()
    }

    /// The hashes of the blobs stored.
    fn blobs(&self) -> Vec<String> {
        let mut hashes: Vec<String> = std::fs::read_dir(self.data.join("blobs/sha256"))
            .map(|dir| {
                dir.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        hashes.sort();
        hashes
    }
}

impl Drop for Platform {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One user's machine: a project folder, a remote-module cache and a login file of its own.
struct User {
    home: tempfile::TempDir,
}

impl User {
    fn new() -> User {
        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(home.path().join("app")).unwrap();
        User { home }
    }

    fn app(&self) -> PathBuf {
        self.home.path().join("app")
    }

    fn write(&self, path: &str, contents: impl AsRef<[u8]>) {
        let path = self.app().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }

    fn credentials(&self) -> PathBuf {
        self.home.path().join("credentials.json")
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(x_binary());
        command
            .arg("deploy")
            .args(args)
            .current_dir(self.app())
            .env("X_DIR", self.home.path().join("cache"))
            .env("X_DEPLOY_CREDENTIALS", self.credentials())
            .env_remove("X_DEPLOY_TOKEN")
            .env_remove("X_DEPLOY_URL")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
        command
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    /// Runs and expects success; returns stdout.
    fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "x deploy {args:?} failed:\n{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    fn ok_json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let stdout = self.ok(&all);
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
    }

    /// Runs and expects failure (exit code 1); returns stderr.
    fn fails(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert_eq!(
            output.status.code(),
            Some(1),
            "x deploy {args:?} should fail:\n{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stderr).unwrap()
    }
}

/// A "remote" module host on 127.0.0.1: serves `/greet.ts`.
fn remote_host() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            let _ = reader.read_line(&mut line);
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
                    break;
                }
            }
            let body =
                "export function greet(name: string): string {\n  return `hello, ${name}`;\n}\n";
            let response = if line.starts_with("GET /greet.ts ") {
                format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/typescript\r\n\
                     content-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                )
            } else {
                "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                    .to_owned()
            };
            let _ = stream.write_all(response.as_bytes());
        }
    });
    addr
}

/// The API, as a script would use it.
fn api(platform: &Platform, token: &str, method: &str, path: &str) -> (u16, Value) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let response = reqwest::Client::new()
            .request(
                method.parse().unwrap(),
                format!("{}/api/v1{path}", platform.url()),
            )
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    })
}

/// GET `url`: status and body text.
fn get_text(url: &str) -> (u16, String) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let response = reqwest::get(url).await.unwrap();
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    })
}

/// GET `url` until its body is `expected` (a change the platform applies within a second),
/// at most 50 tries; returns the last body.
fn get_until(url: &str, expected: &str) -> String {
    let mut body = String::new();
    for _ in 0..50 {
        body = get_text(url).1;
        if body == expected {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    body
}

fn get_status(url: &str) -> u16 {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async { reqwest::get(url).await.unwrap().status().as_u16() })
}

/// A program with a remote import and an asset folder, configured in x.json.
fn hello_app(user: &User, remote: SocketAddr) {
    user.write(
        "x.json",
        r#"{ "deploy": { "project": "hello", "entrypoint": "main.ts", "include": ["static"] } }"#,
    );
    user.write(
        "main.ts",
        format!(
            "import {{ greet }} from 'http://{remote}/greet.ts';\n\
             export default {{\n  fetch(_req: Request, env: Record<string, string>): Response {{\n    \
             return new Response(greet(env.NAME ?? 'world'));\n  }},\n}};\n"
        ),
    );
    user.write("static/index.html", "<h1>hello</h1>\n");
    user.write("static/img/dot.png", [0x89, b'P', b'N', b'G']);
}

#[test]
fn deploy_then_list_promote_env_logs_and_login() {
    let data = tempfile::tempdir().unwrap();
    let platform = Platform::start(data.path());
    let token = platform.token();
    let url = platform.url();
    let user = User::new();
    hello_app(&user, remote_host());
    let auth = ["--url", &url, "--token", &token];
    let with = |args: &[&str]| -> Vec<String> {
        args.iter()
            .map(|s| s.to_string())
            .chain(auth.iter().map(|s| s.to_string()))
            .collect()
    };
    let run_json = |args: &[&str]| {
        let all = with(args);
        user.ok_json(&all.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let run_ok = |args: &[&str]| {
        let all = with(args);
        user.ok(&all.iter().map(String::as_str).collect::<Vec<_>>())
    };

    let project = run_json(&["projects", "create", "hello"]);
    assert_eq!(project["name"], "hello");

    // First deploy: everything is uploaded.
    let first = run_json(&[]);
    assert_eq!(first["blobs"]["total"], 3, "{first:#}");
    assert_eq!(first["blobs"]["uploaded"], 3, "{first:#}");
    assert_eq!(first["artifact"]["modules"], 2, "{first:#}");
    assert_eq!(first["production_url"], Value::Null);
    let first_id = first["deployment"]["id"].as_str().unwrap().to_owned();
    assert!(first["url"].as_str().unwrap().contains(&first_id));

    // What the platform holds: the manifest names the artifact and the assets.
    let (status, deployment) = api(
        &platform,
        &token,
        "GET",
        &format!("/projects/hello/deployments/{first_id}"),
    );
    assert_eq!(status, 200, "{deployment}");
    let manifest = &deployment["manifest"];
    assert_eq!(manifest["format"], x_bundle::PLATFORM_FORMAT);
    // Local files are named under x_bundle's virtual root, not this machine's paths.
    assert_eq!(manifest["entry"], "file:///src/main.ts");
    let assets: Vec<&str> = manifest["assets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    assert_eq!(assets, ["/static/img/dot.png", "/static/index.html"]);
    assert_eq!(
        manifest["assets"][1]["content_type"],
        "text/html; charset=utf-8"
    );
    // The artifact holds the remote module: the platform never fetches code.
    let artifact_hash = manifest["modules"][0]["blob"].as_str().unwrap();
    assert_eq!(first["artifact"]["hash"], artifact_hash);
    let artifact = std::fs::read(data.path().join("blobs/sha256").join(artifact_hash)).unwrap();
    let bundle = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(x_bundle::Bundle::load(artifact))
        .unwrap();
    assert_eq!(bundle.manifest.entry, manifest["entry"].as_str().unwrap());
    let remote = bundle
        .specifiers()
        .find(|s| s.ends_with("/greet.ts"))
        .expect("the remote module is in the artifact");
    let code = std::str::from_utf8(&bundle.module(remote).unwrap().code).unwrap();
    assert!(code.contains("function greet(name)"), "{code}");

    // The printed URL serves the program, remote import included.
    assert_eq!(
        get_text(&format!("{url}/_d/{first_id}/")),
        (200, "hello, world".to_owned())
    );
    assert_eq!(get_status(&format!("{url}/_d/0nosuchdeployment/")), 404);
    // The assets are served at their paths, without the program.
    assert_eq!(
        get_text(&format!("{url}/_d/{first_id}/static/index.html")),
        (200, "<h1>hello</h1>\n".to_owned())
    );

    // Second deploy, nothing changed, to production: nothing is uploaded.
    let second = run_json(&["--prod"]);
    assert_eq!(second["blobs"]["missing"], 0, "{second:#}");
    assert_eq!(second["blobs"]["uploaded"], 0, "{second:#}");
    assert!(second["production_url"].as_str().unwrap().contains("hello"));
    let second_id = second["deployment"]["id"].as_str().unwrap().to_owned();
    assert_ne!(first_id, second_id);

    // The plain output: the URL on stdout, the story on stderr.
    let text = run_ok(&[]);
    assert!(text.trim().starts_with("http"), "{text}");

    // list: newest first; the second is production.
    let list = run_json(&["list"]);
    let deployments = list["deployments"].as_array().unwrap();
    assert_eq!(deployments.len(), 3);
    assert_eq!(deployments[1]["id"], second_id.as_str());
    assert_eq!(deployments[1]["production"], true);
    let listed = run_ok(&["list"]);
    assert!(
        listed.contains(&first_id) && listed.contains("(production)"),
        "{listed}"
    );

    // promote the first back.
    let promoted = run_json(&["promote", &first_id]);
    assert_eq!(promoted["deployment"]["id"], first_id.as_str());
    let (_, project) = api(&platform, &token, "GET", "/projects/hello");
    assert_eq!(project["production_deployment"], first_id.as_str());

    // env: set, list (masked), unset; the API agrees.
    run_ok(&["env", "set", "NAME=deploy", "API_KEY=0123456789abcdefXYZ"]);
    let env = run_json(&["env", "list"]);
    let vars = env["vars"].as_array().unwrap();
    let key = vars.iter().find(|v| v["key"] == "API_KEY").unwrap();
    assert!(
        !key["value"].as_str().unwrap().contains("0123456789"),
        "{env}"
    );
    let (_, api_env) = api(&platform, &token, "GET", "/projects/hello/env");
    assert_eq!(api_env["vars"].as_array().unwrap().len(), 2, "{api_env}");
    // The program sees the variable (its isolate is replaced when the env changes).
    assert_eq!(
        get_until(&format!("{url}/_p/hello/"), "hello, deploy"),
        "hello, deploy"
    );
    run_ok(&["env", "unset", "NAME"]);
    assert_eq!(
        get_until(&format!("{url}/_p/hello/"), "hello, world"),
        "hello, world"
    );
    let listed = run_ok(&["env", "list"]);
    assert!(
        !listed.contains("NAME=") && listed.contains("API_KEY="),
        "{listed}"
    );

    // logs: entries written as the hypervisor will write them.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        use x_platform_store::{NewLogEntry, Store};
        let store = x_platform_store::SqliteStore::open(data.path()).unwrap();
        let entry = |deployment: &str, message: &str| NewLogEntry {
            deployment_id: deployment.to_owned(),
            ts: 1_700_000_000_000,
            level: "log".into(),
            message: message.into(),
        };
        store
            .append_logs(vec![
                entry(&first_id, "from the first"),
                entry(&second_id, "from the second"),
            ])
            .await
            .unwrap();
    });
    let logs = run_ok(&["logs"]);
    assert!(
        logs.contains("from the first") && logs.contains("from the second"),
        "{logs}"
    );
    let only = run_ok(&["logs", "--json", "--deployment", &second_id]);
    let lines: Vec<Value> = only
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{only}");
    assert_eq!(lines[0]["message"], "from the second");

    // login: checked, saved with mode 0600; later commands need neither --url nor --token.
    let mut login = user.command(&["login", "--url", &url]);
    login
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = login.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{token}\n").as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(user.credentials())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let projects = user.ok_json(&["projects", "list"]);
    assert_eq!(projects["projects"][0]["name"], "hello");

    // projects delete.
    run_ok(&["projects", "delete", "hello"]);
    let (status, _) = api(&platform, &token, "GET", "/projects/hello");
    assert_eq!(status, 404);
}

#[test]
fn a_bad_token_is_explained() {
    let data = tempfile::tempdir().unwrap();
    let platform = Platform::start(data.path());
    let url = platform.url();
    let user = User::new();
    user.write(
        "main.ts",
        "export default { fetch: () => new Response('hi') };\n",
    );
    let bogus = "xpt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    let stderr = user.fails(&["projects", "list", "--url", &url, "--token", bogus]);
    assert!(
        stderr.contains("error: the platform rejected the token (401)"),
        "{stderr}"
    );
    assert!(stderr.contains("x deploy login"), "{stderr}");
    let stderr = user.fails(&["main.ts", "--project", "p", "--url", &url, "--token", bogus]);
    assert!(stderr.contains("rejected the token (401)"), "{stderr}");
    assert!(platform.blobs().is_empty());

    // No token at all: says where one comes from.
    let stderr = user.fails(&["main.ts", "--project", "p", "--url", &url]);
    assert!(
        stderr.contains("no token") && stderr.contains("X_DEPLOY_TOKEN"),
        "{stderr}"
    );

    // A token for another project: 403, explained.
    let token = platform.token();
    user.ok(&[
        "projects", "create", "mine", "--url", &url, "--token", &token,
    ]);
    user.ok(&[
        "projects", "create", "theirs", "--url", &url, "--token", &token,
    ]);
    let output = Command::new(x_binary())
        .args(["platform", "token", "create", "--project", "mine", "--data"])
        .arg(data.path())
        .output()
        .unwrap();
    let scoped = String::from_utf8(output.stdout).unwrap().trim().to_owned();
    let stderr = user.fails(&[
        "list",
        "--project",
        "theirs",
        "--url",
        &url,
        "--token",
        &scoped,
    ]);
    assert!(stderr.contains("(403)"), "{stderr}");

    // A project that does not exist: nothing is uploaded.
    let stderr = user.fails(&[
        "main.ts",
        "--project",
        "nope",
        "--url",
        &url,
        "--token",
        &token,
    ]);
    assert!(stderr.contains("x deploy projects create nope"), "{stderr}");
    assert!(platform.blobs().is_empty());
}

#[test]
fn a_broken_module_fails_before_any_upload() {
    let data = tempfile::tempdir().unwrap();
    let platform = Platform::start(data.path());
    let token = platform.token();
    let url = platform.url();
    let user = User::new();
    user.ok(&[
        "projects", "create", "app", "--url", &url, "--token", &token,
    ]);
    let deploy = [
        "main.ts",
        "--project",
        "app",
        "--url",
        &url,
        "--token",
        &token,
    ];

    user.write("main.ts", "import './lib.ts';\n");
    user.write("lib.ts", "export const a = 1;\nconst = ;\n");
    let stderr = user.fails(&deploy);
    assert!(stderr.contains("lib.ts:2:"), "{stderr}");
    assert!(stderr.contains("Nothing was uploaded"), "{stderr}");

    user.write(
        "main.ts",
        "import { b } from './missing.ts';\nconsole.log(b);\n",
    );
    let stderr = user.fails(&deploy);
    assert!(stderr.contains("missing.ts"), "{stderr}");
    assert!(stderr.contains("main.ts:1:"), "{stderr}");
    assert!(platform.blobs().is_empty());
    let (_, list) = api(&platform, &token, "GET", "/projects/app/deployments");
    assert_eq!(list["deployments"].as_array().unwrap().len(), 0);
}

#[test]
fn an_unreachable_platform_is_retried_then_reported() {
    // A port with nothing listening.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let user = User::new();
    let url = format!("http://127.0.0.1:{port}");
    let output = user
        .command(&["projects", "list", "--url", &url, "--token", "xpt_x"])
        .env("X_DEPLOY_RETRIES", "2")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("cannot reach the platform"), "{stderr}");
    assert!(stderr.contains("after 3 attempt(s)"), "{stderr}");
}

/// A TCP proxy to `target` that cuts any connection once it has carried `limit` bytes
/// towards the server, as a flaky network would in the middle of an upload.
fn cutting_proxy(target: SocketAddr, limit: usize) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(mut client) = client else { continue };
            let Ok(mut server) = TcpStream::connect(target) else {
                continue;
            };
            let cut = Arc::new(AtomicBool::new(false));
            let (mut client_back, mut server_back) =
                (client.try_clone().unwrap(), server.try_clone().unwrap());
            let cut_back = cut.clone();
            std::thread::spawn(move || {
                let mut buffer = [0u8; 16 * 1024];
                while let Ok(n) = server_back.read(&mut buffer) {
                    if n == 0 || cut_back.load(Ordering::SeqCst) {
                        break;
                    }
                    if client_back.write_all(&buffer[..n]).is_err() {
                        break;
                    }
                }
                let _ = client_back.shutdown(std::net::Shutdown::Both);
            });
            std::thread::spawn(move || {
                let mut buffer = [0u8; 16 * 1024];
                let mut carried = 0;
                while let Ok(n) = client.read(&mut buffer) {
                    if n == 0 {
                        break;
                    }
                    carried += n;
                    if carried > limit {
                        cut.store(true, Ordering::SeqCst);
                        break;
                    }
                    if server.write_all(&buffer[..n]).is_err() {
                        break;
                    }
                }
                let _ = client.shutdown(std::net::Shutdown::Both);
                let _ = server.shutdown(std::net::Shutdown::Both);
            });
        }
    });
    addr
}

#[test]
fn a_cut_upload_resumes_with_only_the_missing_blobs() {
    let data = tempfile::tempdir().unwrap();
    let platform = Platform::start(data.path());
    let token = platform.token();
    let url = platform.url();
    let user = User::new();
    user.write(
        "main.ts",
        "export default { fetch: () => new Response('hi') };\n",
    );
    user.write("assets/a.txt", "small a\n");
    user.write("assets/b.txt", "small b\n");
    // 3 MB that do not compress: the cut lands in the middle of this one.
    let mut big = Vec::with_capacity(3_000_000);
    let mut state: u64 = 0x9e3779b97f4a7c15;
    while big.len() < 3_000_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        big.extend_from_slice(&state.to_le_bytes());
    }
    user.write("assets/big.bin", &big);
    user.ok(&[
        "projects", "create", "app", "--url", &url, "--token", &token,
    ]);

    let proxy = format!("http://{}", cutting_proxy(platform.addr, 1_000_000));
    let deploy = |url: &str| -> Vec<String> {
        [
            "--project",
            "app",
            "--include",
            "assets",
            "--url",
            url,
            "--token",
            &token,
            "main.ts",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let args = deploy(&proxy);
    let output = user
        .command(&args.iter().map(String::as_str).collect::<Vec<_>>())
        .env("X_DEPLOY_RETRIES", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot upload blob"), "{stderr}");
    assert!(stderr.contains("run the deploy again"), "{stderr}");
    // The small blobs arrived whole; the big one did not; no deployment exists.
    let stored = platform.blobs();
    assert_eq!(stored.len(), 3, "{stored:?}");
    let big_hash = x_deploy::artifact::sha256_hex(&big);
    assert!(!stored.contains(&big_hash));
    let (_, list) = api(&platform, &token, "GET", "/projects/app/deployments");
    assert_eq!(list["deployments"].as_array().unwrap().len(), 0);

    // Again, directly: only the missing blob goes up.
    let mut args = deploy(&url);
    args.push("--json".into());
    let outcome: Value =
        serde_json::from_str(&user.ok(&args.iter().map(String::as_str).collect::<Vec<_>>()))
            .unwrap();
    assert_eq!(outcome["blobs"]["total"], 4, "{outcome:#}");
    assert_eq!(outcome["blobs"]["missing"], 1, "{outcome:#}");
    assert_eq!(outcome["blobs"]["uploaded"], 1, "{outcome:#}");
    assert_eq!(outcome["blobs"]["bytes_uploaded"], big.len(), "{outcome:#}");
    assert!(platform.blobs().contains(&big_hash));
    let (_, list) = api(&platform, &token, "GET", "/projects/app/deployments");
    assert_eq!(list["deployments"].as_array().unwrap().len(), 1);
}

#[test]
fn a_blob_damaged_on_the_platform_is_uploaded_again() {
    let data = tempfile::tempdir().unwrap();
    let platform = Platform::start(data.path());
    let token = platform.token();
    let url = platform.url();
    let user = User::new();
    user.write(
        "main.ts",
        "export default { fetch: () => new Response('hi') };\n",
    );
    user.ok(&[
        "projects", "create", "app", "--url", &url, "--token", &token,
    ]);
    // Settings from the environment and the config file, as CI would give them.
    user.write(
        "x.json",
        r#"{ "deploy": { "project": "app", "entrypoint": "main.ts" } }"#,
    );
    let deploy_json = || -> Value {
        let output = user
            .command(&["--json"])
            .env("X_DEPLOY_URL", &url)
            .env("X_DEPLOY_TOKEN", &token)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        serde_json::from_slice(&output.stdout).unwrap()
    };
    let first = deploy_json();
    let hash = first["artifact"]["hash"].as_str().unwrap();
    // The file is there (negotiation says so) but its bytes are wrong: creating the
    // deployment finds it, the platform drops it, and x deploy uploads it again.
    std::fs::write(data.path().join("blobs/sha256").join(hash), b"damaged").unwrap();
    let second = deploy_json();
    assert_eq!(second["blobs"]["missing"], 0, "{second:#}");
    assert_eq!(second["blobs"]["uploaded"], 1, "{second:#}");
    let stored = std::fs::read(data.path().join("blobs/sha256").join(hash)).unwrap();
    assert_eq!(x_deploy::artifact::sha256_hex(&stored), hash);
}

#[test]
fn logs_follow_prints_new_entries() {
    let data = tempfile::tempdir().unwrap();
    let platform = Platform::start(data.path());
    let token = platform.token();
    let url = platform.url();
    let user = User::new();
    user.write(
        "main.ts",
        "export default { fetch: () => new Response('hi') };\n",
    );
    user.ok(&[
        "projects", "create", "app", "--url", &url, "--token", &token,
    ]);
    let deployed: Value = serde_json::from_str(&user.ok(&[
        "main.ts",
        "--project",
        "app",
        "--url",
        &url,
        "--token",
        &token,
        "--json",
    ]))
    .unwrap();
    let id = deployed["deployment"]["id"].as_str().unwrap().to_owned();

    let mut follow = user
        .command(&[
            "logs",
            "--follow",
            "--json",
            "--project",
            "app",
            "--url",
            &url,
            "--token",
            &token,
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(follow.stdout.take().unwrap()).lines();
    // Written after the follower started, as the hypervisor will write them; the follower
    // may connect before or after, and sees them either way (page, then stream after it).
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        use x_platform_store::{NewLogEntry, Store};
        let store = x_platform_store::SqliteStore::open(data.path()).unwrap();
        for message in ["one", "two"] {
            store
                .append_logs(vec![NewLogEntry {
                    deployment_id: id.clone(),
                    ts: 1_700_000_000_000,
                    level: "info".into(),
                    message: message.into(),
                }])
                .await
                .unwrap();
        }
    });
    let first: Value = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
    let second: Value = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
    assert_eq!(first["message"], "one");
    assert_eq!(second["message"], "two");
    assert_eq!(second["deployment_id"], id.as_str());
    let _ = follow.kill();
    let _ = follow.wait();
}

/// The same module answers the same under `x serve` and on the platform.
#[test]
fn x_serve_and_the_platform_answer_alike() {
    let data = tempfile::tempdir().unwrap();
    let platform = Platform::start(data.path());
    let token = platform.token();
    let url = platform.url();
    let user = User::new();
    user.write(
        "main.ts",
        "export default {\n  async fetch(request: Request): Promise<Response> {\n    \
         const url = new URL(request.url);\n    \
         const body = request.method === 'POST' ? await request.text() : '';\n    \
         return Response.json({ method: request.method, path: url.pathname, query: url.search, body }, \
         { headers: { 'x-app': 'same' } });\n  },\n};\n",
    );
    user.ok(&[
        "projects", "create", "same", "--url", &url, "--token", &token,
    ]);
    user.ok(&[
        "main.ts",
        "--project",
        "same",
        "--prod",
        "--url",
        &url,
        "--token",
        &token,
    ]);

    let mut serve = Command::new(x_binary())
        .args(["serve", "--port", "0", "--host", "127.0.0.1", "main.ts"])
        .current_dir(user.app())
        .env("X_DIR", user.home.path().join("cache"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(serve.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    let local = line
        .trim()
        .strip_prefix("Listening on ")
        .unwrap_or_else(|| panic!("x serve said: {line}"))
        .trim_end_matches('/')
        .to_owned();

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let ask = |base: String, method: reqwest::Method| {
        runtime.block_on(async move {
            let response = reqwest::Client::new()
                .request(method, format!("{base}/a/b?c=1"))
                .body("payload")
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            let app = response.headers().get("x-app").cloned();
            (status, app, response.text().await.unwrap())
        })
    };
    for method in [reqwest::Method::GET, reqwest::Method::POST] {
        let here = ask(local.clone(), method.clone());
        let there = ask(format!("{url}/_p/same"), method.clone());
        assert_eq!(here, there, "{method}");
        assert_eq!(here.0, 200);
    }
    let _ = serve.kill();
    let _ = serve.wait();
}
