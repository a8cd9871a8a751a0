//! Tenants' programs on the hypervisor, end to end: the real `x platform serve`, programs
//! deployed through the API, requests through the router over loopback HTTP.
//!
//! Covers serving, env, logs, the limits (CPU, heap, `Deno.exit`, uncaught errors) with a
//! well-behaved neighbour answering throughout, isolation (globals, files, env, processes,
//! SSRF), load shedding and scale to zero.

mod common;

use std::path::Path;

use common::{create_token, Api, Server};
use serde_json::Value;

/// A server whose tenants go idle after `idle_ms`, with a 50 ms CPU limit and a 32 MB
/// heap unless `extra` (more lines for its `[tenants]` table) sets them.
fn start(data: &Path, idle_ms: u64, extra: &str) -> Server {
    let config = data.join("platform.toml");
    std::fs::create_dir_all(data).unwrap();
    let mut table = format!("[tenants]\nidle_timeout_ms = {idle_ms}\n{extra}\n");
    for default in ["cpu_ms = 50", "heap_mb = 32"] {
        if !extra.contains(default.split(' ').next().unwrap()) {
            table.push_str(default);
            table.push('\n');
        }
    }
    std::fs::write(&config, table).unwrap();
    Server::start_with(data, &["--config", config.to_str().unwrap()])
}

struct Tenants {
    server: Server,
    api: Api,
    http: reqwest::Client,
}

impl Tenants {
    async fn new(data: &Path, idle_ms: u64) -> Tenants {
        Tenants::with(data, idle_ms, "threads = 2").await
    }

    async fn with(data: &Path, idle_ms: u64, extra: &str) -> Tenants {
        let server = start(data, idle_ms, extra);
        let token = create_token(data, None);
        let api = Api::new(&server, &token);
        Tenants {
            server,
            api,
            http: reqwest::Client::new(),
        }
    }

    /// Creates `project` and deploys `code` as its production program.
    async fn deploy(&self, project: &str, code: &str) -> String {
        let (status, body) = self
            .api
            .post("/projects", serde_json::json!({ "name": project }))
            .await;
        assert!(status == 201 || status == 409, "{status} {body}");
        let deployment = self
            .api
            .deploy(project, &[("main.js", code.as_bytes().to_vec())], true)
            .await;
        deployment["id"].as_str().unwrap().to_owned()
    }

    /// GET `path` on `project` (through `/_p/`): status and body text.
    async fn get(&self, project: &str, path: &str) -> (u16, String) {
        let response = self
            .http
            .get(self.server.url(&format!("/_p/{project}{path}")))
            .send()
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "GET /_p/{project}{path}: {e:?}\nserver: {}",
                    self.server.stderr_text()
                )
            });
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }

    /// The project's log messages (waits for the hypervisor's next flush to the store).
    async fn logs(&self, project: &str, needle: &str) -> Vec<String> {
        let mut messages = Vec::new();
        for _ in 0..100 {
            let (status, body) = self.api.get(&format!("/projects/{project}/logs")).await;
            assert_eq!(status, 200, "{body}");
            messages = body["entries"]
                .as_array()
                .map(|entries| {
                    entries
                        .iter()
                        .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
                        .collect()
                })
                .unwrap_or_default();
            if messages.iter().any(|m| m.contains(needle)) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        messages
    }
}

const HELLO: &str = r#"
let count = 0;
export default {
  async fetch(request, env) {
    count++;
    const url = new URL(request.url);
    if (url.pathname === "/echo") return new Response(await request.text());
    if (url.pathname === "/env") return Response.json(env);
    if (url.pathname === "/count") return new Response(String(count));
    console.log("served", url.pathname);
    return new Response("hello from " + url.pathname, { headers: { "x-tenant": "hello" } });
  },
};
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_program_serves_requests_with_its_env_and_logs() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::new(dir.path(), 300_000).await;
    let (status, health) = t.api.get("/health").await;
    assert_eq!(status, 200);
    assert_eq!(health["tenant_runtime"], "available", "{health}");

    t.deploy("hello", HELLO).await;
    let (status, env_before) = t
        .api
        .send(
            reqwest::Method::PUT,
            "/projects/hello/env",
            Some(serde_json::json!({ "vars": { "GREETING": "hi" } })),
        )
        .await;
    assert!(status == 200 || status == 204, "{status} {env_before}");

    assert_eq!(
        t.get("hello", "/a").await,
        (200, "hello from /a".to_string())
    );
    // The same isolate serves the next request: its module state is kept.
    assert_eq!(t.get("hello", "/count").await.1, "2");
    let response = t
        .http
        .post(t.server.url("/_p/hello/echo"))
        .body("ping")
        .send()
        .await
        .unwrap();
    assert_eq!(response.text().await.unwrap(), "ping");
    let (_, env) = t.get("hello", "/env").await;
    let env: Value = serde_json::from_str(&env).unwrap();
    assert_eq!(env["GREETING"], "hi");

    let logs = t.logs("hello", "served /a").await;
    assert!(logs.iter().any(|m| m == "served /a"), "{logs:?}");
}

/// A tenant's snapshot has what serving uses evaluated and leaves the rest (Intl,
/// compression, text streams; the engine's Temporal) for first use: each still works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tenant_loads_what_its_snapshot_leaves_for_first_use() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::new(dir.path(), 300_000).await;
    t.deploy(
        "lazy",
        r#"
export default {
  async fetch() {
    const number = new Intl.NumberFormat("en-US").format(1234567.5);
    const date = Temporal.PlainDate.from("2024-01-02").add({ days: 40 }).toString();
    const zipped = new Blob(["hello ".repeat(100)]).stream()
      .pipeThrough(new CompressionStream("gzip"))
      .pipeThrough(new DecompressionStream("gzip"))
      .pipeThrough(new TextDecoderStream());
    let text = "";
    for await (const chunk of zipped) text += chunk;
    return Response.json({ number, date, length: text.length });
  },
};
"#,
    )
    .await;
    let (status, body) = t.get("lazy", "/").await;
    assert_eq!(status, 200, "{body}");
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["number"], "1,234,567.5");
    assert_eq!(body["date"], "2024-02-11");
    assert_eq!(body["length"], 600);
}

/// The runtime's own modules that a program's first use loads (streams, compression,
/// Intl, blobs, ...) take the platform's CPU time, not the tenant's: with a 3 ms budget
/// the first request is answered although loading them takes more (8-15 ms on a quiet
/// machine). A termination in the middle of such a load also panicked the thread in
/// deno_core (`lazy_load_es_module_with_code` unwraps the evaluation).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_runtimes_own_lazy_modules_are_not_charged_to_the_tenant() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::with(dir.path(), 300_000, "threads = 1\ncpu_ms = 3").await;
    t.deploy(
        "builtins",
        r#"
export default {
  fetch() {
    const made = [
      new Intl.NumberFormat("en-US"),
      new CompressionStream("gzip"),
      new DecompressionStream("deflate"),
      new TextDecoderStream(),
      new Blob(["x"]),
      new FileReader(),
    ];
    return new Response(made.map((value) => value.constructor.name).join(" "));
  },
};
"#,
    )
    .await;
    let (status, body) = t.get("builtins", "/").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body,
        "NumberFormat CompressionStream DecompressionStream TextDecoderStream Blob FileReader"
    );
}

/// The clock stopped for a lazy load must not cover the program's own code: deno_core
/// drains the microtask queue after evaluating a lazily loaded module, and a reaction
/// that spun there ran uncharged, holding its thread for good. The reaction now runs
/// after the handler returns, and the CPU limit ends it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reaction_pending_at_a_lazy_load_is_still_charged() {
    let dir = tempfile::tempdir().unwrap();
    // One thread: the neighbour answers only if the spin was stopped.
    let t = Tenants::with(dir.path(), 300_000, "threads = 1").await;
    t.deploy(
        "spin",
        r#"
export default {
  fetch() {
    Promise.resolve().then(() => { while (true) {} });
    new CompressionStream("gzip");
    return new Response("answered before the reaction ran");
  },
};
"#,
    )
    .await;
    let (status, body) = t.get("spin", "/").await;
    assert!(status == 200 || status == 503, "{status} {body}");
    if status == 503 {
        assert!(body.contains("CPU time limit"), "{body}");
    }
    t.deploy("good", HELLO).await;
    assert_eq!(t.get("good", "/").await.0, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn limits_recycle_only_the_tenant_that_hits_them() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::new(dir.path(), 300_000).await;
    t.deploy("good", HELLO).await;
    t.deploy("spin", "export default { fetch() { while (true) {} } };")
        .await;
    t.deploy(
        "hog",
        "const keep = []; export default { fetch() { while (true) keep.push(new Array(100000).fill(1)); } };",
    )
    .await;
    t.deploy("quit", "export default { fetch() { Deno.exit(3); } };")
        .await;
    t.deploy(
        "throws",
        "export default { fetch() { throw new Error('boom'); } };",
    )
    .await;

    assert_eq!(t.get("good", "/").await.0, 200);
    let (status, body) = t.get("spin", "/").await;
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("CPU time limit"), "{body}");
    assert_eq!(t.get("good", "/").await.0, 200);

    let (status, body) = t.get("hog", "/").await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(t.get("good", "/").await.0, 200);

    let (status, body) = t.get("quit", "/").await;
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("Deno.exit"), "{body}");

    let (status, body) = t.get("throws", "/").await;
    assert_eq!(status, 500, "{body}");

    // The host is still up and every tenant is served again (a fresh isolate).
    assert_eq!(t.get("good", "/").await.0, 200);
    assert_eq!(t.get("spin", "/").await.0, 503);
    let logs = t.logs("spin", "CPU time limit").await;
    assert!(
        logs.iter().any(|m| m.contains("CPU time limit")),
        "{logs:?}"
    );
    let logs = t.logs("throws", "boom").await;
    assert!(logs.iter().any(|m| m.contains("boom")), "{logs:?}");
}

/// The CPU limit counts the CPU time JavaScript spends, not the wall time its stretch
/// between awaits lasts: a wall-clock limit terminated trivial handlers on a loaded
/// machine (issue 10). Waiting is free, whether in an await (a timer) or blocking the
/// thread without CPU (`Atomics.wait`, which the wall-clock watchdog terminated past
/// 50 ms); spinning is terminated, at boot too, even after the boot's first await while a
/// neighbour's isolate runs on the same thread (it used to replace the boot's arming).
/// Holding the thread without CPU is bounded by the wall-time limit. (The loop after each
/// wait is what lets a termination take effect: QuickJS checks for it every 10000 or so
/// calls and branches.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cpu_limit_counts_cpu_time_not_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::with(
        dir.path(),
        300_000,
        "threads = 1\nwall_ms = 3000\nboot_ms = 1000",
    )
    .await;
    // Polled every millisecond on the one thread, between the other isolates' polls.
    t.deploy(
        "ticks",
        "setInterval(() => {}, 1); export default { fetch() { return new Response('tick'); } };",
    )
    .await;
    t.deploy(
        "waits",
        "let n = 0; export default { async fetch() { await new Promise((r) => setTimeout(r, 200)); return new Response(String(++n)); } };",
    )
    .await;
    t.deploy(
        "blocks",
        "let n = 0; const cell = new Int32Array(new SharedArrayBuffer(4)); export default { fetch() { Atomics.wait(cell, 0, 0, 200); for (let i = 0; i < 100000; i++) n += 0; return new Response(String(++n)); } };",
    )
    .await;
    t.deploy("spin", "export default { fetch() { while (true) {} } };")
        .await;
    t.deploy(
        "late",
        "await new Promise((r) => setTimeout(r, 50)); while (true) {} export default { fetch() { return new Response('never'); } };",
    )
    .await;
    t.deploy(
        "holds",
        "const cell = new Int32Array(new SharedArrayBuffer(4)); export default { fetch() { Atomics.wait(cell, 0, 0, 4000); while (true) {} } };",
    )
    .await;

    assert_eq!(t.get("ticks", "/").await, (200, "tick".to_string()));
    // The same isolate answers twice: it was not recycled.
    for expected in ["1", "2"] {
        assert_eq!(t.get("waits", "/").await, (200, expected.to_string()));
        assert_eq!(t.get("blocks", "/").await, (200, expected.to_string()));
    }

    let (status, body) = t.get("spin", "/").await;
    assert_eq!(status, 503, "{body}");
    assert!(
        body.contains("of CPU time without yielding (CPU time limit)"),
        "{body}"
    );
    let logs = t.logs("spin", "CPU time limit").await;
    assert!(
        logs.iter().any(|m| m.contains("CPU time limit")),
        "{logs:?}"
    );

    let (status, body) = t.get("late", "/").await;
    assert_eq!(status, 503, "{body}");
    // Spinning, its wall clock passes 1 s no later than its CPU clock does.
    assert!(body.contains("did not finish starting within 1s"), "{body}");

    let (status, body) = t.get("holds", "/").await;
    assert_eq!(status, 504, "{body}");
    let logs = t.logs("holds", "held its thread").await;
    assert!(
        logs.iter()
            .any(|m| m
                .contains("held its thread for more than 3s without yielding (wall time limit)")),
        "{logs:?}"
    );

    // The neighbour shared the thread with all of them and is still served.
    assert_eq!(t.get("ticks", "/").await, (200, "tick".to_string()));
    assert_eq!(t.get("waits", "/").await, (200, "3".to_string()));
}

/// A handler terminated by the CPU limit after an await (its JavaScript runs in a
/// promise's continuation, not in the request's dispatch) is answered with the reason,
/// and its isolate recycled. Before, the isolate's event loop did not end: after a timer
/// the request waited for the wall-time limit (504, the isolate kept; the cluster test's
/// intermittent 504), and with an interval also pending the server crashed (SIGSEGV in
/// `JS_FreeValueRT` under `v8__Isolate__Dispose` when the runtime was dropped).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_handler_terminated_after_an_await_is_answered() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::with(dir.path(), 300_000, "threads = 1\nwall_ms = 5000").await;
    for (project, wait, pre) in [
        ("microtask", "await null;", "setInterval(() => {}, 1000);"),
        ("timer", "await new Promise((r) => setTimeout(r, 1));", ""),
        (
            "interval",
            "await new Promise((r) => setTimeout(r, 1));",
            "setInterval(() => {}, 1000);",
        ),
    ] {
        t.deploy(
            project,
            &format!("{pre} export default {{ async fetch() {{ {wait} while (true) {{}} }} }};"),
        )
        .await;
        let response = t
            .http
            .get(t.server.url(&format!("/_p/{project}/")))
            .send()
            .await;
        let Ok(response) = response else {
            panic!("{project}: {response:?}\n{}", t.server.stderr_text());
        };
        let status = response.status().as_u16();
        let body = response.text().await.unwrap();
        assert_eq!(status, 503, "{project}: {body}");
        assert!(body.contains("CPU time limit"), "{project}: {body}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tenants_are_isolated_from_each_other_and_the_host() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::new(dir.path(), 300_000).await;
    let program = |name: &str| {
        format!(
            "globalThis.shared = {name:?};
export default {{ async fetch(request) {{
  const path = new URL(request.url).pathname;
  if (path === '/global') return new Response(globalThis.shared);
  try {{
    if (path === '/file') return new Response(await Deno.readTextFile('/etc/hostname'));
    if (path === '/env') return new Response(Deno.env.get('HOME') ?? 'none');
    if (path === '/run') return new Response(String((await new Deno.Command('true').output()).code));
    if (path === '/ssrf') return new Response(await (await fetch(new URL(request.url).searchParams.get('to'))).text());
  }} catch (error) {{
    return new Response(error.name + ': ' + error.message + (error.cause ? ' (' + error.cause.message + ')' : ''), {{ status: 403 }});
  }}
  return new Response('?');
}} }};"
        )
    };
    t.deploy("one", &program("one")).await;
    t.deploy("two", &program("two")).await;
    assert_eq!(t.get("one", "/global").await.1, "one");
    assert_eq!(t.get("two", "/global").await.1, "two");
    assert_eq!(t.get("one", "/global").await.1, "one");
    for path in ["/file", "/env", "/run"] {
        let (status, body) = t.get("one", path).await;
        assert_eq!(status, 403, "{path}: {body}");
        assert!(
            body.contains("PermissionDenied") || body.contains("NotCapable"),
            "{path}: {body}"
        );
    }
    let api = t.server.api("/health");
    let (status, body) = t.get("one", &format!("/ssrf?to={api}")).await;
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("private or loopback"), "{body}");

    // A name (not an address) that resolves inside: this machine's own host name, unless
    // it resolves to a public address here.
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    let host = host.trim();
    let inside = !host.is_empty()
        && tokio::net::lookup_host((host, 80))
            .await
            .is_ok_and(|addrs| {
                let addrs: Vec<_> = addrs.collect();
                !addrs.is_empty() && addrs.iter().all(|a| !x_permissions_is_public(a.ip()))
            });
    if inside {
        let port = t.server.addr.port();
        let (status, body) = t
            .get(
                "one",
                &format!("/ssrf?to=http://{host}:{port}/api/v1/health"),
            )
            .await;
        assert_ne!(status, 200, "{body}");
        assert!(
            body.contains("resolves only to private or loopback"),
            "{body}"
        );
    }
}

/// Loopback, private, link-local or unspecified (what the platform's resolver refuses).
fn x_permissions_is_public(ip: std::net::IpAddr) -> bool {
    match ip {
        std::net::IpAddr::V4(v4) => {
            !(v4.is_loopback() || v4.is_private() || v4.is_link_local() || v4.is_unspecified())
        }
        std::net::IpAddr::V6(v6) => !(v6.is_loopback() || v6.is_unspecified()),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_tenants_scale_to_zero_and_start_again() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::new(dir.path(), 200).await;
    t.deploy("nap", HELLO).await;
    assert_eq!(t.get("nap", "/count").await.1, "1");
    assert_eq!(t.get("nap", "/count").await.1, "2");
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    // A new isolate: module state starts over.
    assert_eq!(t.get("nap", "/count").await.1, "1");
}

/// A cold start takes a runtime made ahead of demand, and its request is answered before
/// the thread makes the replacement or frees the runtime of the isolate it evicted:
/// making a runtime holds the thread ~15 ms, freeing one a few, and a cold start used to
/// wait behind both (p50 19 ms for cold starts 50 ms apart on an empty node, 1.2 ms
/// now). The server's cold-start log shows the order: the pool's first runtime, the boot,
/// the first answer, then the replacement; and the evicted isolate's runtime freed after
/// the answer of the cold start that evicted it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cold_start_is_answered_before_its_pool_is_refilled() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let config = data.join("platform.toml");
    std::fs::create_dir_all(data).unwrap();
    // No time limit in the test: the pool waits for the isolates for a minute.
    std::fs::write(
        &config,
        "[tenants]\nthreads = 1\nwarm_pool = 1\nisolates_per_thread = 1\npool_refill_wait_ms = 60000\n",
    )
    .unwrap();
    let server = Server::start_with_env(
        data,
        &["--config", config.to_str().unwrap()],
        &[("X_LOG", "coldstart")],
    );
    let token = create_token(data, None);
    let t = Tenants {
        api: Api::new(&server, &token),
        server,
        http: reqwest::Client::new(),
    };
    let made = |t: &Tenants| t.server.stderr_text().matches("made a runtime").count();
    for name in ["one", "two"] {
        t.deploy(name, HELLO).await;
    }
    // The pool's runtime, made when the thread started.
    while made(&t) < 1 {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    for (round, name) in ["one", "two"].into_iter().enumerate() {
        assert_eq!(t.get(name, "/count").await, (200, "1".to_string()));
        // The replacement comes once the request is answered.
        while made(&t) < round + 2 {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
    // The second cold start evicted the first tenant's isolate.
    while !t
        .server
        .stderr_text()
        .contains("freed a stopped isolate's runtime")
    {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let log = t.server.stderr_text();
    let events: Vec<&str> = log
        .lines()
        .filter_map(|line| {
            if line.contains("made a runtime") {
                Some("made")
            } else if line.contains(" booted in ") {
                Some("booted")
            } else if line.contains("answered its first request") {
                Some("answered")
            } else if line.contains("freed a stopped isolate's runtime") {
                Some("freed")
            } else {
                None
            }
        })
        .collect();
    let without_freed: Vec<&str> = events.iter().copied().filter(|e| *e != "freed").collect();
    assert_eq!(
        without_freed,
        ["made", "booted", "answered", "made", "booted", "answered", "made"],
        "{log}"
    );
    let freed = events.iter().position(|e| *e == "freed").unwrap();
    let second_answer = events.iter().rposition(|e| *e == "answered").unwrap();
    assert!(freed > second_answer, "{log}");
}

/// The engine allows only so many runtimes per thread: a thread that has made its share is
/// replaced, and no request is lost on the way. Here the share is 4 and isolates are
/// evicted after 50 ms, so three tenants cycle through many threads.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn threads_are_replaced_when_they_have_made_their_runtimes() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::with(
        dir.path(),
        50,
        "threads = 1\nwarm_pool = 1\nruntimes_per_thread = 4",
    )
    .await;
    for name in ["a", "b", "c"] {
        t.deploy(name, HELLO).await;
    }
    for round in 0..12 {
        for name in ["a", "b", "c"] {
            let (status, body) = t.get(name, "/count").await;
            assert_eq!(status, 200, "round {round}, {name}: {body}");
        }
        // Idle long enough to be evicted: the next round cold-starts all three again.
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
    let (status, usage) = t.api.get("/projects/a/usage").await;
    assert_eq!(status, 200, "{usage}");
}

/// A thread keeps as many isolates as the config says, far more than the engine's
/// native-callback table once held: a runtime took ~570 of its 32768 slots, so a thread
/// held about 50 isolates (120 warm tenants on one thread aborted the whole server, "more
/// than 32767 native functions alive on one thread", until the hypervisor evicted to stay
/// below it). Runtimes now share a slot per callback (X_PATCHES 18): 160 tenants stay
/// warm on one thread, each isolate keeping its state between the two rounds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thread_holds_more_isolates_than_the_old_native_table_did() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::with(
        dir.path(),
        600_000,
        "threads = 1\nwarm_pool = 2\nisolates_per_thread = 160",
    )
    .await;
    let names: Vec<String> = (0..160).map(|i| format!("t{i}")).collect();
    for name in &names {
        t.deploy(name, HELLO).await;
    }
    for round in 1..=2 {
        for name in &names {
            let (status, body) = t.get(name, "/count").await;
            assert_eq!(status, 200, "round {round}, {name}: {body}");
            // The isolate's own count: it was not evicted (nor started again).
            assert_eq!(body, round.to_string(), "round {round}, {name}");
        }
    }
}

/// A request routed to the thread hosting its tenant can find the isolate gone (scaled to
/// zero meanwhile) on a thread that may make no more runtimes. It is routed again, to a
/// thread that takes cold starts, and answered: before, it got a 503 ("the worker is
/// being replaced"). Isolates idle for 20 ms are evicted and four clients come back at
/// about that pace, so many requests land right at an eviction, on threads of 4 runtimes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_that_meets_a_retiring_thread_is_routed_again() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::with(
        dir.path(),
        20,
        "threads = 1\nwarm_pool = 1\nruntimes_per_thread = 4",
    )
    .await;
    let names = ["a", "b", "c", "d"];
    for name in names {
        t.deploy(name, HELLO).await;
    }
    let clients = names.map(|name| {
        let t = &t;
        async move {
            for i in 0..60u64 {
                let (status, body) = t.get(name, "/count").await;
                assert_eq!(
                    status,
                    200,
                    "{name}, request {i}: {body}\nserver: {}",
                    t.server.stderr_text()
                );
                tokio::time::sleep(std::time::Duration::from_millis(5 + (i % 4) * 7)).await;
            }
        }
    });
    futures::future::join_all(clients).await;
}

/// A thread that may make no more runtimes ends once its isolates are gone — but an
/// isolate taken out of its table (here: replaced because the tenant's variables
/// changed) may still be answering. The thread must let it finish: ending the thread
/// dropped such requests unanswered (503 `isolate_ended`, no reason recorded).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retiring_thread_lets_its_replaced_isolates_finish() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::with(
        dir.path(),
        20,
        "threads = 1\nwarm_pool = 0\nruntimes_per_thread = 2",
    )
    .await;
    let program = r#"
export default {
  async fetch(request) {
    if (new URL(request.url).pathname === "/slow") {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return new Response("slow done");
    }
    return new Response("quick");
  },
};
"#;
    t.deploy("slowpoke", program).await;
    let slow = {
        let http = t.http.clone();
        let url = t.server.url("/_p/slowpoke/slow");
        tokio::spawn(async move {
            let response = http.get(url).send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    // New variables: the next request gets a new isolate (the thread's second and last
    // runtime), and the old one, out of the table, finishes the slow request.
    let (status, body) = t
        .api
        .send(
            reqwest::Method::PUT,
            "/projects/slowpoke/env",
            Some(serde_json::json!({ "vars": { "V": "2" } })),
        )
        .await;
    assert!(status == 200 || status == 204, "{status} {body}");
    assert_eq!(t.get("slowpoke", "/").await, (200, "quick".to_string()));
    // The new isolate goes idle and is scaled to zero long before the slow answer.
    let (status, body) = slow.await.unwrap();
    assert_eq!(
        (status, body.as_str()),
        (200, "slow done"),
        "server: {}",
        t.server.stderr_text()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_project_has_its_own_kv_with_a_quota_and_metering() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::with(dir.path(), 300_000, "threads = 2\nkv_max_keys = 5").await;
    let program = r#"
const kv = await Deno.openKv();
export default { async fetch(request) {
  const url = new URL(request.url);
  try {
    if (url.pathname === "/set") {
      await kv.set(["shared"], url.searchParams.get("v"));
      return new Response("set");
    }
    if (url.pathname === "/get") return new Response(String((await kv.get(["shared"])).value));
    if (url.pathname === "/fill") {
      for (let i = 0; i < 10; i++) await kv.set(["fill", i], i);
      return new Response("filled");
    }
    if (url.pathname === "/count") {
      let n = 0;
      for await (const _ of kv.list({ prefix: [] })) n++;
      return new Response(String(n));
    }
    if (url.pathname === "/path") await Deno.openKv("/tmp/other.sqlite3");
  } catch (error) {
    return new Response(error.name + ": " + error.message, { status: 400 });
  }
  return new Response("?");
} };
"#;
    t.deploy("one", program).await;
    t.deploy("two", program).await;
    // The same key in two projects: each reads its own.
    assert_eq!(t.get("one", "/set?v=from-one").await, (200, "set".into()));
    assert_eq!(t.get("two", "/set?v=from-two").await, (200, "set".into()));
    assert_eq!(t.get("one", "/get").await.1, "from-one");
    assert_eq!(t.get("two", "/get").await.1, "from-two");
    // A new deployment of a project keeps the project's data.
    t.deploy("one", &program.replace("\"?\"", "\"v2\"")).await;
    assert_eq!(t.get("one", "/get").await.1, "from-one");
    // No path: a tenant cannot name another database.
    let (status, body) = t.get("one", "/path").await;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("takes no path"), "{body}");
    // The quota (5 keys): the commit that would pass it fails whole, with a clear error.
    let (status, body) = t.get("two", "/fill").await;
    assert_eq!(status, 400, "{body}");
    assert!(
        body.contains("KV quota exceeded") && body.contains("5 keys"),
        "{body}"
    );
    assert_eq!(t.get("two", "/count").await.1, "5");
    assert_eq!(t.get("one", "/count").await.1, "1");
    // The files: one per project, under the data folder.
    let files = std::fs::read_dir(dir.path().join("kv"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".sqlite3"))
        .count();
    assert_eq!(files, 2);
    // Reads and writes are metered (flushed to the store within a second or so).
    let mut totals = Value::Null;
    for _ in 0..100 {
        let (status, usage) = t.api.get("/projects/two/usage").await;
        assert_eq!(status, 200, "{usage}");
        totals = usage["totals"].clone();
        if totals["kv_writes"].as_u64().unwrap_or(0) >= 5
            && totals["kv_reads"].as_u64().unwrap_or(0) >= 1
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(totals["kv_writes"].as_u64().unwrap() >= 5, "{totals}");
    assert!(totals["kv_reads"].as_u64().unwrap() >= 1, "{totals}");
}

/// `kv_sync = "full"`: every commit is fsynced (said at start), and KV works as before,
/// CPU limit included (the watchdog does not count the wait for the disk).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kv_sync_full_fsyncs_each_commit() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::with(dir.path(), 300_000, "threads = 1\nkv_sync = \"full\"").await;
    assert!(
        t.server
            .stderr_text()
            .contains("tenants' KV one SQLite file per project in")
            && t.server.stderr_text().contains("(fsync per commit)"),
        "{}",
        t.server.stderr_text()
    );
    let program = r#"
const kv = await Deno.openKv();
export default { async fetch() {
  // 200 commits in one stretch of JavaScript: the disk's time is not CPU time.
  for (let i = 0; i < 200; i++) await kv.set(["n", i], i);
  let n = 0;
  for await (const _ of kv.list({ prefix: ["n"] })) n++;
  return new Response(String(n));
} };
"#;
    t.deploy("synced", program).await;
    assert_eq!(t.get("synced", "/").await, (200, "200".into()));
}

/// A queue message wakes its scaled-to-zero tenant: the program enqueues with a delay,
/// its isolate goes idle and is dropped, and when the messages are due the platform
/// starts it again, its top-level `listenQueue` handler gets them (one delivered, one
/// failing through its retries into `keysIfUndelivered`), and it scales to zero again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queue_messages_wake_a_tenant_scaled_to_zero() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::new(dir.path(), 200).await;
    t.deploy("queue", QUEUE_PROGRAM).await;
    let enqueuer = t.get("queue", "/enqueue").await;
    assert_eq!(enqueuer.0, 200, "{}", enqueuer.1);
    let enqueuer = enqueuer.1;
    let woken = until_delivered(&t, "queue").await;
    assert_ne!(
        woken, enqueuer,
        "the isolate that enqueued was still running: nothing was woken"
    );
    assert_after_delivery(&t, &woken).await;
}

/// Enqueues a message that is delivered and one that fails into `keysIfUndelivered`,
/// both due 1.5 s later; logs which isolate delivered.
pub const QUEUE_PROGRAM: &str = r#"
const isolate = crypto.randomUUID();
const kv = await Deno.openKv();
kv.listenQueue(async (message) => {
  if (message.fail) throw new Error("this one fails");
  await kv.set(["delivered"], isolate);
  console.log("delivered by " + isolate);
});
export default { async fetch(request) {
  const url = new URL(request.url);
  if (url.pathname === "/enqueue") {
    await kv.enqueue({ fail: false }, { delay: 1500 });
    await kv.enqueue({ fail: true }, {
      delay: 1500, backoffSchedule: [50, 50], keysIfUndelivered: [["undelivered"]],
    });
    return new Response(isolate);
  }
  if (url.pathname === "/read") {
    const [delivered, undelivered] = await kv.getMany([["delivered"], ["undelivered"]]);
    return Response.json({ me: isolate, delivered: delivered.value, undelivered: undelivered.value });
  }
  return new Response(isolate);
} };
"#;

/// Waits (reading only the logs, which does not run the tenant) for the delivery; the
/// isolate that delivered.
async fn until_delivered(t: &Tenants, project: &str) -> String {
    let mut line = None;
    for _ in 0..30 {
        if line.is_some() {
            break;
        }
        line = t
            .logs(project, "delivered by ")
            .await
            .into_iter()
            .find(|m| m.starts_with("delivered by "));
    }
    line.unwrap_or_else(|| panic!("the queue handler never ran: {}", t.server.stderr_text()))
        .trim_start_matches("delivered by ")
        .to_owned()
}

/// After the wake-up: the failing message went to `keysIfUndelivered`, and the woken
/// isolate was dropped again once idle (a request finds a new one).
async fn assert_after_delivery(t: &Tenants, woken: &str) {
    let mut read = Value::Null;
    for _ in 0..100 {
        // Seconds apart: a request more often than the idle timeout would keep it.
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        let (status, body) = t.get("queue", "/read").await;
        assert_eq!(status, 200, "{body}");
        read = serde_json::from_str(&body).unwrap();
        if read["me"] != woken && read["undelivered"]["fail"] == true {
            break;
        }
    }
    assert_eq!(read["delivered"], woken, "{read}");
    assert_ne!(
        read["me"], woken,
        "the woken isolate never scaled to zero: {read}"
    );
    assert_eq!(read["undelivered"]["fail"], true, "{read}");
}

/// Tenant A, whose handler burns about a millisecond of CPU per request, is flooded by
/// more clients than its queue holds; tenant B shares A's only worker thread. B answers
/// every request while the flood lasts, and its requests are interleaved with A's: each
/// one waits for a few of A's requests (A's turn), not for A's whole queue. A's excess is
/// shed with 503 + `Retry-After`. The CPU limit is raised to 1 s here: the watchdog
/// measures wall time while a poll runs, and on a machine loaded by other builds a turn's
/// 8 ms of JavaScript can take over 50 ms of wall time, which would recycle A.
///
/// Interleaving is read from the programs' own clocks (`Date.now()` when each handler
/// started, the same clock as the test's): no assertion on how long anything took.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flooded_tenant_does_not_starve_its_neighbour_on_the_same_thread() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::with(dir.path(), 300_000, "threads = 1\ncpu_ms = 1000").await;
    t.deploy(
        "flooded",
        r#"
let served = 0;
export default { fetch() {
  const started = Date.now();
  const until = performance.now() + 1;
  while (performance.now() < until) {}
  served++;
  return Response.json({ started, served });
} };
"#,
    )
    .await;
    t.deploy(
        "quiet",
        "let served = 0; export default { fetch() { served++; return Response.json({ started: Date.now(), served }); } };",
    )
    .await;
    assert_eq!(t.get("flooded", "/").await.0, 200);
    assert_eq!(t.get("quiet", "/").await.0, 200);

    // The flood: more clients than A's queue (64) and concurrency (64) hold together.
    const CLIENTS: usize = 160;
    let stop = Arc::new(AtomicBool::new(false));
    let shed_seen = Arc::new(AtomicBool::new(false));
    let flood_url = t.server.url("/_p/flooded/");
    let mut flooders = Vec::new();
    for _ in 0..CLIENTS {
        let (stop, shed_seen, url) = (stop.clone(), shed_seen.clone(), flood_url.clone());
        let http = t.http.clone();
        flooders.push(tokio::spawn(async move {
            // (sent, status, body, Retry-After) per response
            let mut seen: Vec<(f64, u16, String, Option<String>)> = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let sent = now_ms();
                let Ok(response) = http.get(&url).send().await else {
                    continue;
                };
                let status = response.status().as_u16();
                let retry = response
                    .headers()
                    .get("retry-after")
                    .map(|v| v.to_str().unwrap_or_default().to_owned());
                let body = response.text().await.unwrap_or_default();
                if status == 503 {
                    shed_seen.store(true, Ordering::Relaxed);
                }
                seen.push((sent, status, body, retry));
            }
            seen
        }));
    }
    // B's requests start once the flood is shedding, so every one is made under it.
    while !shed_seen.load(Ordering::Relaxed) {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let mut quiet = Vec::new();
    for _ in 0..40 {
        let sent = now_ms();
        let (status, body) = t.get("quiet", "/").await;
        quiet.push((sent, status, body));
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    stop.store(true, Ordering::Relaxed);
    let mut flooded = Vec::new();
    for flooder in flooders {
        flooded.extend(flooder.await.unwrap());
    }

    // B: every request answered, by the same isolate (never recycled), in order.
    let mut quiet_started = Vec::new();
    for (i, (sent, status, body)) in quiet.iter().enumerate() {
        assert_eq!(*status, 200, "quiet request {i}: {body}");
        let body: Value = serde_json::from_str(body).unwrap();
        assert_eq!(body["served"], i as u64 + 2, "{body}");
        quiet_started.push((*sent, body["started"].as_f64().unwrap()));
    }
    // A: served throughout, the excess shed with 503 + Retry-After, never recycled.
    let mut flood_started = Vec::new();
    let mut flood_sent_started = Vec::new();
    let mut shed = 0;
    for (sent, status, body, retry) in &flooded {
        match status {
            200 => {
                let body: Value = serde_json::from_str(body).unwrap();
                let started = body["started"].as_f64().unwrap();
                flood_started.push(started);
                flood_sent_started.push((*sent, started));
            }
            503 => {
                assert!(body.contains("\"overloaded\""), "{body}");
                assert_eq!(retry.as_deref(), Some("1"), "{body}");
                shed += 1;
            }
            _ => panic!("flooded tenant answered {status}: {body}"),
        }
    }
    assert!(shed > 0, "the flood was never shed");
    flood_started.sort_by(f64::total_cmp);
    assert!(flood_started.len() > quiet.len(), "{}", flood_started.len());

    // Interleaving: A ran requests both before and after each of B's.
    for (_, started) in &quiet_started {
        assert!(
            flood_started.first().unwrap() <= started && flood_started.last().unwrap() >= started,
            "a quiet request ran outside the flood: {started} not within {:?}..{:?}",
            flood_started.first(),
            flood_started.last()
        );
    }
    // Fairness: how many of A's requests started while a request waited (from the test
    // sending it to its handler starting). Both tenants' requests take the same way in
    // (client, router, the thread's job queue), whose delay on a loaded machine dominates
    // and is counted alike (~70-90 of A's requests on a 2-core machine at load 10); then
    // an A request waits behind A's own lane (up to 64), a B request only for the turn A
    // is taking (8 at most). Measured with lanes: B 77 / A 101, 77 / 99, 95 / 90 (the
    // last with the file's other tests running beside it); before them B waited for
    // whatever A had queued and more: B 177 / A 108. The bound, B at most 1.3x A, leaves
    // room for the shared delay's noise and still tells the two apart. Medians.
    let waited = |requests: &[(f64, f64)]| {
        let mut counts: Vec<usize> = requests
            .iter()
            .map(|(sent, started)| {
                flood_started
                    .iter()
                    .filter(|a| **a > sent.floor() && **a < *started)
                    .count()
            })
            .collect();
        counts.sort();
        counts[counts.len() / 2]
    };
    let quiet_waited = waited(&quiet_started);
    let flood_waited = waited(&flood_sent_started);
    eprintln!(
        "{} flooded requests answered, {shed} shed; a request waited for the median of {flood_waited} (flooded) and {quiet_waited} (quiet) of the flooded tenant's requests",
        flood_started.len()
    );
    assert!(
        quiet_waited * 10 <= flood_waited * 13,
        "a quiet request waited for {quiet_waited} of the flooded tenant's requests, a flooded one for {flood_waited} (medians)"
    );
}

fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
        * 1000.0
}

/// The global memory budget: five tenants holding ~6 MB of module state each (~10.5 MB
/// of heap with the runtime's own ~4.5 MB, as the usage metering reports), a budget of
/// 36 MB that fits three of them, not four. Touching them in order evicts the least recently used first
/// (said in its log), and an evicted tenant starts over at its next request while the
/// recent ones keep their state.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_memory_budget_evicts_the_least_recently_used_isolates() {
    let dir = tempfile::tempdir().unwrap();
    let t = Tenants::with(dir.path(), 300_000, "threads = 2\nmemory_budget_mb = 36").await;
    let program = r#"
// ~6 MB kept for the isolate's life: 96 strings of 64 KB.
const kept = [];
for (let i = 0; i < 96; i++) kept.push(String(i).padEnd(65536, "x"));
let count = 0;
export default { fetch() { count++; return new Response(String(count) + " " + kept.length); } };
"#;
    let names = ["m1", "m2", "m3", "m4", "m5"];
    for name in names {
        t.deploy(name, program).await;
    }
    for name in names {
        assert_eq!(t.get(name, "/").await, (200, "1 96".to_string()), "{name}");
    }
    // The two oldest go (each cold start past the budget evicts the oldest idle one).
    for name in ["m1", "m2"] {
        let logs = t.logs(name, "memory budget").await;
        assert!(
            logs.iter().any(|m| m.contains("memory budget")),
            "{name} was not evicted: {logs:?}\n{}",
            t.server.stderr_text()
        );
    }
    // The most recent keep their state; the evicted start over.
    assert_eq!(t.get("m5", "/").await.1, "2 96");
    assert_eq!(t.get("m4", "/").await.1, "2 96");
    for name in ["m3", "m4", "m5"] {
        let logs = t.logs(name, "").await;
        assert!(
            !logs.iter().any(|m| m.contains("memory budget")),
            "{name} was evicted: {logs:?}"
        );
    }
    assert_eq!(t.get("m1", "/").await.1, "1 96");
}
