#!/usr/bin/env bash
# Start-up of a hello-world program: `x run` against deno, bun and node, in one session.
# Prints the median wall time over N runs (hyperfine) and the peak RSS of one run of each.
#   bench/startup.sh            # N=20
#   RUNS=50 bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-20}"
peers="$(../shared/peers.sh)"
export PATH="$peers:$PATH"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo 'console.log("hello");' > "$work/hello.ts"
cd "$work"

declare -A cmd=(
  [x]="$x run hello.ts"
  [deno]="deno run hello.ts"
  [bun]="bun hello.ts"
  [node]="node hello.ts"
)
# Warm every cache first (remote module cache, bytecode caches, page cache).
for name in x deno bun node; do ${cmd[$name]} >/dev/null; done

printf '%-6s %12s %12s\n' tool median_ms peak_rss_mb
for name in x deno bun node; do
  hyperfine -N -w 3 -r "$runs" --export-json "$work/$name.json" "${cmd[$name]}" >/dev/null 2>&1
  median=$(python3 -c "import json,sys; print('%.1f' % (json.load(open('$work/$name.json'))['results'][0]['median']*1000))")
  rss=$(python3 - "${cmd[$name]}" <<'PY'
import resource, subprocess, sys
subprocess.run(sys.argv[1].split(), stdout=subprocess.DEVNULL)
print('%.1f' % (resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
PY
)
  printf '%-6s %12s %12s\n' "$name" "$median" "$rss"
done
