//! Evict/cold-start cycles on the real `x platform serve` (issue 10's soak): 50 tenants,
//! a memory budget that holds only a few of them, and requests to each in turn, so every
//! request cold-starts its tenant and evicts the least recently used one.
//!
//! The suite runs `SOAK_CYCLES` (default 400: 20-50 s here, and with two threads of 40
//! runtimes each it spans ten thread replacements); `bench/platform_soak.sh` runs the
//! issue's 5000 and records the server's RSS. Every request must be answered, by a fresh
//! isolate each time. The RSS bound is its own test, ignored for now: the engine leaks
//! each dropped runtime's memory (DESIGN.md, engine hazard 1; measured here at ~5.5 MB
//! per cold start), which no scheduling in the hypervisor can give back.

mod common;

use std::path::Path;

use common::{create_token, Api, Server};

const TENANTS: usize = 50;

struct Soak {
    server: Server,
    http: reqwest::Client,
}

/// The server (2 threads, a 40 MB heap budget: about eight tenants of ~4.5 MB) with
/// `TENANTS` tenants deployed, each counting its requests.
async fn start(data: &Path) -> Soak {
    std::fs::create_dir_all(data).unwrap();
    let config = data.join("platform.toml");
    std::fs::write(
        &config,
        "[tenants]\nthreads = 2\nidle_timeout_ms = 600000\nmemory_budget_mb = 40\nruntimes_per_thread = 40\n",
    )
    .unwrap();
    let server = Server::start_with(data, &["--config", config.to_str().unwrap()]);
    let api = Api::new(&server, &create_token(data, None));
    for i in 0..TENANTS {
        let (status, body) = api
            .post("/projects", serde_json::json!({ "name": format!("s{i}") }))
            .await;
        assert_eq!(status, 201, "{body}");
        let code = format!(
            "let count = 0; export default {{ fetch() {{ count++; return new Response('s{i} ' + count); }} }};"
        );
        api.deploy(&format!("s{i}"), &[("main.js", code.into_bytes())], true)
            .await;
    }
    Soak {
        server,
        http: reqwest::Client::new(),
    }
}

fn cycles() -> usize {
    std::env::var("SOAK_CYCLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400)
}

/// The server's resident set, in KiB.
fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

/// The highest worker thread number alive in the server (`x-tenants-N`; a replaced
/// thread's successor gets the next number).
fn newest_thread(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/task"))
        .map(|tasks| {
            tasks
                .filter_map(|t| t.ok())
                .filter_map(|t| std::fs::read_to_string(t.path().join("comm")).ok())
                .filter_map(|name| name.trim().strip_prefix("x-tenants-")?.parse().ok())
                .max()
                .unwrap_or(0)
        })
        .unwrap_or(0)
}

/// Runs `cycles` requests round the tenants; returns the RSS (KiB) after the first
/// round and at the end. Every request must be answered 200 by a fresh isolate.
async fn cycle(soak: &Soak, cycles: usize) -> (u64, u64) {
    let pid = soak.server.child.id();
    let mut warm = 0;
    let mut newest = 0;
    for n in 0..cycles {
        let i = n % TENANTS;
        let response = soak
            .http
            .get(soak.server.url(&format!("/_p/s{i}/")))
            .send()
            .await
            .unwrap_or_else(|e| panic!("cycle {n}: {e}\n{}", soak.server.stderr_text()));
        let status = response.status().as_u16();
        let body = response.text().await.unwrap();
        assert_eq!(status, 200, "cycle {n}: {body}");
        // The budget evicted it since its last request: a new isolate, a new count.
        assert_eq!(body, format!("s{i} 1"), "cycle {n}");
        if n == TENANTS * 2 {
            warm = rss_kib(pid);
        }
        if n % 10 == 0 {
            newest = newest.max(newest_thread(pid));
        }
    }
    let end = rss_kib(pid);
    eprintln!(
        "soak: {cycles} evict/cold-start cycles over {TENANTS} tenants, worker threads up to \
         x-tenants-{newest}; RSS after warm-up {} MB, at the end {} MB",
        warm >> 10,
        end >> 10
    );
    // Two threads of 40 runtimes each (set above: the default, 1000, would replace none in
    // 400 cycles): a replacement every ~40 cold starts per thread.
    assert!(
        newest >= cycles / 80,
        "threads were not replaced: newest x-tenants-{newest}"
    );
    (warm, end)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_request_is_answered_through_evict_and_cold_start_cycles() {
    let dir = tempfile::tempdir().unwrap();
    let soak = start(dir.path()).await;
    cycle(&soak, cycles()).await;
}

/// RSS after warm-up (two rounds of the tenants, so the threads, their warm pools and
/// the allocator's arenas exist) against the end: a steady state holds the same number
/// of isolates (the budget's) and threads, so what it may grow by is allocator slack —
/// 64 MB, or under 0.2 MB per cycle at the suite's count, below the ~0.8 MB a single
/// leaked runtime costs (DESIGN.md), so a per-runtime leak cannot hide in it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "fails today: the engine leaks each dropped runtime (~5.5 MB per cold start here; DESIGN.md engine hazard 1)"]
async fn rss_stays_bounded_through_evict_and_cold_start_cycles() {
    let dir = tempfile::tempdir().unwrap();
    let soak = start(dir.path()).await;
    let (warm, end) = cycle(&soak, cycles()).await;
    assert!(
        end <= warm + (64 << 10),
        "RSS grew from {} MB to {} MB over {} cycles",
        warm >> 10,
        end >> 10,
        cycles()
    );
}
