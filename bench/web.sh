#!/usr/bin/env bash
# Web APIs in the runtime, x against `deno run` on the same program (issue 4):
#   encode   TextEncoder.encode of a 1 MB string, 100 times
#   clone    structuredClone of an object tree of 10k nodes, 10 times
#   digest   crypto.subtle.digest SHA-256 of 64 MB
#   fetch    1000 sequential fetches of a small response from a server on 127.0.0.1
#   sign     1000 HMAC-SHA-256 signatures and 1000 ECDSA P-256 sign+verify pairs
# Each workload runs RUNS times (default 5) in a fresh process; the program times only
# the workload (performance.now()). Prints the median ms per runtime and x/deno, and
# writes the table to bench/results/web.txt. The fetch server is a Python HTTP/1.1
# server with keep-alive, the same for both runtimes.
#   bench/web.sh               # RUNS=5
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
deno="${DENO_BIN:-$HOME/.cache/x-peers/node_modules/.bin/deno}"
work="$(mktemp -d)"
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid"; rm -rf "$work"' EXIT

cat > "$work/server.py" <<'PY'
import http.server, socket
class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def setup(self):
        super().setup()
        # Headers and body go out in two writes; without this each response waits for
        # the client's delayed ACK (40 ms) and the bench measures that, not fetch.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    def do_GET(self):
        body = b"hello world\n"
        self.send_response(200)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
PY
python3 "$work/server.py" > "$work/port" &
server_pid=$!
until [ -s "$work/port" ]; do sleep 0.1; done
port="$(cat "$work/port")"

cat > "$work/web_bench.js" <<'JS'
const [workload, port] = Deno.args;
let t0;
if (workload === "encode") {
  const text = "x".repeat(1 << 20);
  const encoder = new TextEncoder();
  t0 = performance.now();
  let total = 0;
  for (let i = 0; i < 100; i++) total += encoder.encode(text).length;
  if (total !== 100 << 20) throw new Error("short");
} else if (workload === "clone") {
  const tree = { children: [] };
  for (let i = 0; i < 10_000; i++) tree.children.push({ id: i, name: `node ${i}`, tags: ["a", "b"], at: new Date(0) });
  t0 = performance.now();
  for (let i = 0; i < 10; i++) structuredClone(tree);
} else if (workload === "digest") {
  const data = new Uint8Array(64 << 20).fill(7);
  t0 = performance.now();
  await crypto.subtle.digest("SHA-256", data);
} else if (workload === "fetch") {
  t0 = performance.now();
  for (let i = 0; i < 1000; i++) {
    const response = await fetch(`http://127.0.0.1:${port}/`);
    await response.text();
  }
} else {
  const data = new TextEncoder().encode("a message to sign");
  const hmac = await crypto.subtle.importKey("raw", new Uint8Array(32), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const ec = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]);
  const ecdsa = { name: "ECDSA", hash: "SHA-256" };
  t0 = performance.now();
  for (let i = 0; i < 1000; i++) await crypto.subtle.sign("HMAC", hmac, data);
  for (let i = 0; i < 1000; i++) {
    const signature = await crypto.subtle.sign(ecdsa, ec.privateKey, data);
    if (!await crypto.subtle.verify(ecdsa, ec.publicKey, signature, data)) throw new Error("bad signature");
  }
}
console.log((performance.now() - t0).toFixed(1));
JS

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
once() { # runtime workload
  case "$1" in
    x) X_DIR="$work/cache" "$x" run -A "$work/web_bench.js" "$2" "$port" ;;
    deno) DENO_DIR="$work/deno" "$deno" run -A "$work/web_bench.js" "$2" "$port" ;;
  esac
}
# Runs alternate between the runtimes, so a busy moment on the machine hits both.
measure() { # workload
  for i in $(seq "$runs"); do
    for r in x deno; do echo "$r $(once "$r" "$1")"; done
  done > "$work/times"
  for r in x deno; do awk -v r="$r" '$1 == r { print $2 }' "$work/times" | median; done
}

{
  echo "# bench/web.sh: median of $runs runs, ms (workload only), $(date -u +%Y-%m-%d)"
  echo "# x: $("$x" --version 2>/dev/null | head -1); deno: $("$deno" --version | head -1)"
  printf '%-44s %10s %10s %8s\n' workload x deno x/deno
  for w in encode clone digest fetch sign; do
    case $w in
      encode) label="TextEncoder.encode 1 MB x100" ;;
      clone) label="structuredClone 10k nodes x10" ;;
      digest) label="subtle.digest SHA-256 of 64 MB" ;;
      fetch) label="fetch x1000 from 127.0.0.1" ;;
      sign) label="HMAC sign x1000 + ECDSA sign/verify x1000" ;;
    esac
    read -r tx td < <(measure "$w" | tr '\n' ' '; echo)
    printf '%-44s %10s %10s %8s\n' "$label" "$tx" "$td" "$(awk -v a="$tx" -v b="$td" 'BEGIN { printf "%.2f", a / b }')"
  done
} | tee bench/results/web.txt
