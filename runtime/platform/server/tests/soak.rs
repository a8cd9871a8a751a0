//! Evict/cold-start cycles on the real `x platform serve` (issue 10's soak): 50 tenants,
//! a memory budget that holds only a few of them, and requests to each in turn, so every
//! request cold-starts its tenant and evicts the least recently used one.
//!
//! The suite runs `SOAK_CYCLES` (default 400: 20-50 s here, and with two threads of 40
//! runtimes each it spans ten thread replacements); `bench/platform_soak.sh` runs the
//! issue's 5000 and records the server's RSS. Every request must be answered, by a fresh
//! isolate each time, and the RSS must level off (its own test: the engine leaked each
//! dropped runtime, ~5.5 MB per cold start, until v8x's X_PATCHES 9-10 and 18).

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
    // glibc gives threads up to 8 malloc arenas per core, and each replacement thread may
    // fill one more before the count is reached: single-run RSS steps of up to ~100 MB
    // that level off (+31 MB over 1500 cycles here) but would hide a leak of that size.
    // Two arenas keep the steady state flat (+0-18 MB over 400 cycles in six runs).
    let server = Server::start_with_env(
        data,
        &["--config", config.to_str().unwrap()],
        &[("MALLOC_ARENA_MAX", "2")],
    );
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

/// The server's RSS (KiB) sampled every `SAMPLE_EVERY` cycles after warm-up (two rounds
/// of the tenants, so the threads, their warm pools and the allocator's arenas exist).
struct RssSamples(Vec<u64>);

const SAMPLE_EVERY: usize = 10;

impl RssSamples {
    /// The median of the samples in `part` (0-based) of `parts` equal runs of them. A
    /// median, because a sample may catch a thread handing over to its successor (both
    /// alive, each with its isolates and arena): single readings swing by ~100 MB.
    fn median_of_part(&self, part: usize, parts: usize) -> u64 {
        let len = self.0.len() / parts;
        let mut slice = self.0[part * len..(part + 1) * len].to_vec();
        slice.sort_unstable();
        slice[slice.len() / 2]
    }
}

/// Runs `cycles` requests round the tenants and samples the RSS. Every request must be
/// answered 200 by a fresh isolate.
async fn cycle(soak: &Soak, cycles: usize) -> RssSamples {
    let pid = soak.server.child.id();
    let mut samples = Vec::new();
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
        if n >= TENANTS * 2 && n % SAMPLE_EVERY == 0 {
            samples.push(rss_kib(pid));
        }
        if n % 10 == 0 {
            newest = newest.max(newest_thread(pid));
        }
    }
    let samples = RssSamples(samples);
    if samples.0.len() >= 3 {
        eprintln!(
            "soak: {cycles} evict/cold-start cycles over {TENANTS} tenants, worker threads up \
             to x-tenants-{newest}; median RSS over the first, middle and last third after \
             warm-up {} / {} / {} MB (range {}-{} MB)",
            samples.median_of_part(0, 3) >> 10,
            samples.median_of_part(1, 3) >> 10,
            samples.median_of_part(2, 3) >> 10,
            samples.0.iter().min().unwrap() >> 10,
            samples.0.iter().max().unwrap() >> 10,
        );
    }
    // Two threads of 40 runtimes each (set above: the default, 1000, would replace none in
    // 400 cycles): a replacement every ~40 cold starts per thread.
    assert!(
        newest >= cycles / 80,
        "threads were not replaced: newest x-tenants-{newest}"
    );
    samples
}

/// A steady state holds the same number of isolates (the budget's) and threads, so the
/// RSS of the last third of the run may exceed the first third's by allocator slack
/// only: 64 MB, under 0.25 MB per cycle at the suite's count, far below the ~5.5 MB a
/// leaked booted runtime cost before the engine was fixed (v8x X_PATCHES 9-10, 18).
/// Measured here at 400 cycles before this assertion was turned on, with the default
/// arenas: single readings after warm-up and at the end differed by +6 to +100 MB.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_request_is_answered_and_rss_levels_off_through_evict_and_cold_start_cycles() {
    let dir = tempfile::tempdir().unwrap();
    let soak = start(dir.path()).await;
    let samples = cycle(&soak, cycles()).await;
    let (first, last) = (samples.median_of_part(0, 3), samples.median_of_part(2, 3));
    assert!(
        last <= first + (64 << 10),
        "the median RSS grew from {} MB (first third after warm-up) to {} MB (last third) \
         over {} cycles",
        first >> 10,
        last >> 10,
        cycles()
    );
}
