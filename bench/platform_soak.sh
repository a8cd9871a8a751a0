#!/usr/bin/env bash
# The platform's soak (issue 10): 50 tenants deployed, then CYCLES requests round them with
# a memory budget that holds only ~8 (`memory_budget_mb = 40`, two worker threads), so
# every request cold-starts its tenant and evicts the least recently used one. Prints
# the server's RSS (VmRSS) every 250 cycles and checks that every request is answered
# 200 by a fresh isolate. The suite's version is runtime/platform/server/tests/soak.rs
# (400 cycles).
# Usage: bench/platform_soak.sh [CYCLES]   (default 5000)
#   RSS_CAP_MB (default 3072): stops early when the server's RSS passes it, so a leak
#   cannot take the machine's memory; the output says so.
# Needs: a release build of x (X_BIN or the default target dir), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
CYCLES="${1:-5000}"
X="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
WORK="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

printf '[tenants]\nthreads = 2\nidle_timeout_ms = 600000\nmemory_budget_mb = 40\n' > "$WORK/soak.toml"
"$X" platform serve --data "$WORK/data" --listen 127.0.0.1:0 --config "$WORK/soak.toml" 2> "$WORK/serve.err" &
SERVER_PID=$!
for _ in $(seq 100); do grep -q "listening on" "$WORK/serve.err" 2>/dev/null && break; sleep 0.1; done
ADDR="$(sed -n 's/^x platform: listening on http:\/\///p' "$WORK/serve.err")"
TOKEN="$("$X" platform token create --data "$WORK/data" --name bench 2>/dev/null)"

python3 - "$ADDR" "$TOKEN" "$SERVER_PID" "$CYCLES" "${RSS_CAP_MB:-3072}" <<'PY'
import glob, hashlib, http.client, json, sys, time, urllib.request
addr, token, pid, cycles, cap_mb = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
TENANTS = 50
def call(method, path, body=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(f"http://{addr}/api/v1{path}", data=data, method=method)
    req.add_header("authorization", f"Bearer {token}")
    if raw is None and body is not None:
        req.add_header("content-type", "application/json")
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
def rss_mb():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
def newest_thread():
    ids = []
    for comm in glob.glob(f"/proc/{pid}/task/*/comm"):
        try:
            name = open(comm).read().strip()
        except OSError:
            continue
        if name.startswith("x-tenants-"):
            ids.append(int(name[len("x-tenants-"):]))
    return max(ids, default=0)
for i in range(TENANTS):
    code = f"let count = 0; export default {{ fetch() {{ count++; return new Response('s{i} ' + count); }} }};".encode()
    digest = hashlib.sha256(code).hexdigest()
    call("POST", "/projects", {"name": f"s{i}"})
    call("PUT", f"/blobs/{digest}", raw=code)
    manifest = {"entry": "file:///main.js", "modules": [{"specifier": "file:///main.js", "blob": digest}]}
    status, body = call("POST", f"/projects/s{i}/deployments", {"manifest": manifest, "promote": True})
    assert status == 201, body
conn = http.client.HTTPConnection(addr, timeout=60)
start = time.time()
warm = None
failures = 0
done = 0
print(f"soak: {TENANTS} tenants, {cycles} requests round them (every one a cold start and an eviction)")
for n in range(cycles):
    i = n % TENANTS
    conn.request("GET", f"/_p/s{i}/")
    r = conn.getresponse()
    body = r.read().decode()
    if r.status != 200 or body != f"s{i} 1":
        failures += 1
        if failures <= 5:
            print(f"  cycle {n}: {r.status} {body[:200]}")
    done = n + 1
    if n == TENANTS * 2:
        warm = rss_mb()
    if n % 250 == 0 or done == cycles:
        rss = rss_mb()
        print(f"  {done:5} cycles  {time.time() - start:6.1f} s  RSS {rss:5} MB  worker threads up to x-tenants-{newest_thread()}", flush=True)
        if rss > cap_mb:
            print(f"  stopped: RSS passed RSS_CAP_MB={cap_mb}")
            break
end = rss_mb()
print(f"result: {done} cycles in {time.time() - start:.1f} s, {failures} not answered 200 by a fresh isolate;"
      f" RSS after warm-up ({TENANTS * 2} cycles) {warm} MB, at the end {end} MB"
      f" ({(end - warm) / max(1, done - TENANTS * 2):.2f} MB per cycle after warm-up)")
with open("/proc/loadavg") as f:
    print(f"load average at the end: {' '.join(f.read().split()[:3])}")
PY
