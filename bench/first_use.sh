#!/usr/bin/env bash
# First use of APIs a runtime makes on demand: Temporal (x: a polyfill read from the
# startup snapshot's bytecode), ReadableStream and Response (x: runtime modules loaded
# lazily from the bytecode cache). Each is timed once per process, in the program
# (performance.now); prints the median over N processes for x, deno and bun.
#   bench/first_use.sh          # N=15
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-15}"
peers="$(../shared/peers.sh)"
export PATH="$peers:$PATH"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/first_use.js" <<'JS'
const t0 = performance.now();
Temporal.PlainDate.from("2024-01-02").add({ days: 40 }).toString();
const t1 = performance.now();
new ReadableStream();
const t2 = performance.now();
new Response("x");
const t3 = performance.now();
console.log((t1 - t0).toFixed(2), (t2 - t1).toFixed(2), (t3 - t2).toFixed(2));
JS
cd "$work"
declare -A cmd=(
  [x]="$x run first_use.js"
  [deno]="deno run --unstable-temporal first_use.js"
  [bun]="bun first_use.js"
)
printf '%-6s %12s %16s %13s\n' tool temporal_ms readablestream_ms response_ms
for name in x deno bun; do
  ${cmd[$name]} >/dev/null # warm the caches
  for _ in $(seq "$runs"); do ${cmd[$name]}; done | python3 -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
print(" ".join("%.2f" % statistics.median(column) for column in zip(*rows)))' |
    { read -r temporal streams response; printf '%-6s %12s %16s %13s\n' "$name" "$temporal" "$streams" "$response"; }
done
