//! Tenants' modules as bytecode, end to end: the real `x platform serve`, a deployment of
//! two modules, isolates that scale to zero between requests so each request is a cold
//! start. The first cold start compiles the modules and stores their bytecode in the data
//! folder (`bytecode/`); later ones boot from it and answer the same. Damaged files are
//! never handed to the engine (compiled from source again, and rewritten), and
//! `[tenants] bytecode = false` turns it off.
//!
//! What each cold start did is read from the server's stderr (`X_LOG=bytecode`: one line
//! per boot, with its counts).

mod common;

use std::path::Path;
use std::time::Duration;

use common::{create_token, eventually, Api, Server};

const MAIN: &str = r#"
import { greet } from "./lib.js";
const started = await Promise.resolve("ready");
export default {
  fetch(request) {
    const path = new URL(request.url).pathname;
    let line = "";
    try { greet(null); } catch (error) { line = error.stack.split("\n")[1].trim(); }
    return new Response(`${greet(path)} ${started} ${import.meta.url} | ${line}`);
  },
};
"#;

const LIB: &str = r#"export function greet(path) {
  return "hello " + path.slice(1);
}
"#;

struct Platform {
    server: Server,
    api: Api,
    http: reqwest::Client,
}

impl Platform {
    /// A server whose isolates are dropped after 200 ms idle, with `extra` in `[tenants]`.
    fn start(data: &Path, extra: &str) -> Platform {
        Platform::start_idle(data, 200, extra)
    }

    /// A server whose isolates are dropped after `idle_ms` idle, with `extra` in `[tenants]`.
    fn start_idle(data: &Path, idle_ms: u64, extra: &str) -> Platform {
        std::fs::create_dir_all(data).unwrap();
        let config = data.join("platform.toml");
        std::fs::write(
            &config,
            format!("[tenants]\nidle_timeout_ms = {idle_ms}\n{extra}\n"),
        )
        .unwrap();
        let server = Server::start_with_env(
            data,
            &["--config", config.to_str().unwrap()],
            &[("X_LOG", "bytecode")],
        );
        let api = Api::new(&server, &create_token(data, None));
        Platform {
            server,
            api,
            http: reqwest::Client::new(),
        }
    }

    async fn deploy(&self, project: &str) -> String {
        let (status, body) = self
            .api
            .post("/projects", serde_json::json!({ "name": project }))
            .await;
        assert_eq!(status, 201, "{body}");
        let files = [
            ("main.js", MAIN.as_bytes().to_vec()),
            ("lib.js", LIB.as_bytes().to_vec()),
        ];
        let deployment = self.api.deploy(project, &files, true).await;
        deployment["id"].as_str().unwrap().to_owned()
    }

    async fn get(&self, project: &str, path: &str) -> String {
        let response = self
            .http
            .get(self.server.url(&format!("/_p/{project}{path}")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        response.text().await.unwrap()
    }

    /// The boot lines of `deployment` so far.
    fn boots(&self, deployment: &str) -> Vec<String> {
        let prefix = format!("x platform: deployment {deployment} booted in ");
        self.server
            .stderr
            .lock()
            .unwrap()
            .iter()
            .filter(|line| line.starts_with(&prefix))
            .cloned()
            .collect()
    }

    /// A request that cold-starts `deployment` (after its isolate has scaled to zero):
    /// the body, and how the boot compiled its modules (the end of its log line).
    async fn cold_get(&self, project: &str, deployment: &str) -> (String, String) {
        let before = self.boots(deployment).len();
        // The isolate is idle for 200 ms before it is dropped; give it time to go.
        tokio::time::sleep(Duration::from_millis(1200)).await;
        let body = self.get(project, "/world").await;
        let booted = eventually(Duration::from_secs(10), async || {
            self.boots(deployment).len() > before
        })
        .await;
        assert!(booted, "no boot line: {}", self.server.stderr_text());
        let boots = self.boots(deployment);
        assert_eq!(boots.len(), before + 1, "one cold start: {boots:?}");
        let how = boots[before].split(": ").nth(2).unwrap().to_owned();
        (body, how)
    }
}

fn stored(data: &Path) -> Vec<std::path::PathBuf> {
    match std::fs::read_dir(data.join("bytecode")) {
        Ok(entries) => entries.map(|e| e.unwrap().path()).collect(),
        Err(_) => Vec::new(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn later_cold_starts_boot_from_the_bytecode_the_first_one_stored() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let p = Platform::start(&data, "bytecode = true");
    let id = p.deploy("bc").await;

    let (first, how) = p.cold_get("bc", &id).await;
    assert_eq!(how, "0 modules from bytecode, 2 compiled (0 rejected)");
    assert!(first.starts_with("hello world ready file:///main.js | at greet (file:///lib.js:2:"));
    // Written when the event loop is next polled, which may be after the response left.
    let written = eventually(Duration::from_secs(60), async || stored(&data).len() == 2).await;
    assert!(written, "one file per module: {:?}", stored(&data));

    let (second, how) = p.cold_get("bc", &id).await;
    assert_eq!(how, "2 modules from bytecode, 0 compiled (0 rejected)");
    // The same program: the response, import.meta and stack trace positions included.
    assert_eq!(second, first);

    // Files damaged on disk are misses (checked against the digest stored with them):
    // compiled from source again and written again.
    for file in stored(&data) {
        let mut bytes = std::fs::read(&file).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 0xff;
        std::fs::write(&file, bytes).unwrap();
    }
    let (third, how) = p.cold_get("bc", &id).await;
    assert_eq!(how, "0 modules from bytecode, 2 compiled (0 rejected)");
    assert_eq!(third, first);
    let (fourth, how) = p.cold_get("bc", &id).await;
    assert_eq!(how, "2 modules from bytecode, 0 compiled (0 rejected)");
    assert_eq!(fourth, first);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bytecode_off_compiles_every_cold_start_from_source() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let p = Platform::start(&data, "bytecode = false");
    let id = p.deploy("src").await;
    let (first, how) = p.cold_get("src", &id).await;
    assert_eq!(how, "0 modules from bytecode, 2 compiled (0 rejected)");
    let (second, how) = p.cold_get("src", &id).await;
    assert_eq!(how, "0 modules from bytecode, 2 compiled (0 rejected)");
    assert_eq!(second, first);
    assert!(stored(&data).is_empty());
}

/// A deployment's first cold start stores its bytecode when the event loop is next polled
/// — in the poll that answers the first request, under the CPU budget. That disk time
/// (here 40 files, 80 MB or more) is the platform's: charged to the tenant it outlasted the
/// budget (50 ms), the watchdog terminated the isolate while no JavaScript ran, and
/// the termination hit the second request's JavaScript (503). The Hono app of tests/npm.rs
/// did the same with its 32 modules on a loaded machine, one run in four.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writing_the_bytecode_is_not_charged_to_the_tenant() {
    const MODULES: usize = 40;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let p = Platform::start_idle(
        &data,
        60_000,
        "bytecode = true\nwarm_pool = 0\nthreads = 1\nheap_mb = 512",
    );
    let mut main = String::new();
    for i in 0..MODULES {
        main.push_str(&format!("import {{ s as s{i} }} from \"./m{i}.js\";\n"));
    }
    let sum: Vec<String> = (0..MODULES).map(|i| format!("s{i}.length")).collect();
    main.push_str(&format!(
        "export default {{ fetch() {{ return new Response(String({})); }} }};\n",
        sum.join(" + ")
    ));
    let mut files = vec![("main.js".to_owned(), main.into_bytes())];
    for i in 0..MODULES {
        // 2 MiB of string literal, different per module (no two blobs alike).
        let text = format!("{i:05}").repeat(2 * 1024 * 1024 / 5);
        files.push((
            format!("m{i}.js"),
            format!("export const s = \"{text}\";\n").into_bytes(),
        ));
    }
    let (status, body) = p
        .api
        .post("/projects", serde_json::json!({ "name": "big" }))
        .await;
    assert_eq!(status, 201, "{body}");
    let files: Vec<(&str, Vec<u8>)> = files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    let deployment = p.api.deploy("big", &files, true).await;
    let id = deployment["id"].as_str().unwrap().to_owned();

    let expected = (MODULES * (2 * 1024 * 1024 / 5) * 5).to_string();
    assert_eq!(p.get("big", "/").await, expected);
    // The same isolate (idle for a minute before it is dropped), after the writes.
    assert_eq!(p.get("big", "/").await, expected);
    assert_eq!(p.get("big", "/").await, expected);
    let boots = p.boots(&id);
    assert_eq!(boots.len(), 1, "one cold start: {boots:?}");
    assert!(
        boots[0].ends_with(&format!(
            "0 modules from bytecode, {} compiled (0 rejected)",
            MODULES + 1
        )),
        "{boots:?}"
    );
    let written = eventually(Duration::from_secs(10), async || {
        stored(&data).len() == MODULES + 1
    })
    .await;
    assert!(written, "one file per module: {}", stored(&data).len());
}
