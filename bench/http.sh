#!/usr/bin/env bash
# HTTP serving throughput: the hello-world module
#   export default { fetch: () => new Response("hello world\n") }
# under `x serve`, `deno serve` and bun (which serves a default export with `fetch` by
# itself), each hit by `wrk -t1 -c32 -d10s` on 127.0.0.1. Reports requests/s, p99
# latency, the server's peak RSS (VmHWM) and its CPU time per request (user + system,
# from /proc: steadier than req/s on a machine shared with other work), the median of
# RUNS runs per runtime.
# Target (issue 6): x >= 1.0x deno's requests/s. Peers from ~/.cache/x-peers/node_modules/.bin.
#   bench/http.sh                 # RUNS=3 DURATION=10s
#   RUNS=5 bench/http.sh | tee bench/results/http.txt
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
duration="${DURATION:-10s}"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
peers="$HOME/.cache/x-peers/node_modules/.bin"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo 'export default { fetch: () => new Response("hello world\n") };' >"$work/hello.ts"
# bun takes the port from its default export (or PORT); the handler is the same.
echo 'export default { port: Number(process.env.PORT), fetch: () => new Response("hello world\n") };' >"$work/hello_bun.ts"
export NO_COLOR=1 DENO_NO_UPDATE_CHECK=1 X_DIR="$work/x-cache" DENO_DIR="$work/deno-cache"

port=18080
# Starts "$@" (with @PORT@ replaced by $port) in the background and waits until it
# answers on $port.
start() {
  local args=("${@//@PORT@/$port}")
  "${args[@]}" >/dev/null 2>&1 &
  server_pid=$!
  for _ in $(seq 200); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then return 0; fi
    sleep 0.05
  done
  echo "the server did not come up: $*" >&2
  exit 1
}

stop() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  port=$((port + 1))
}

# One wrk run against the server started by "$@": prints "req/s p99_ms rss_mb cpu_us".
measure() {
  start "$@"
  # Warm-up (JIT, caches, connection setup), not counted.
  wrk -t1 -c32 -d2s "http://127.0.0.1:$port/" >/dev/null
  local out rps p99 unit rss cpu0 cpu1 requests cpu
  cpu0="$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")"
  out="$(wrk -t1 -c32 -d"$duration" --latency "http://127.0.0.1:$port/")"
  cpu1="$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")"
  requests="$(awk '/requests in/ { print $1 }' <<<"$out")"
  cpu="$(awk -v a="$cpu0" -v b="$cpu1" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", (b - a) / hz * 1e6 / n }')"
  rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
  read -r p99 unit < <(awk '$1 == "99%" { v = $2; sub(/[a-z]+$/, "", v); u = $2; sub(/^[0-9.]+/, "", u); print v, u }' <<<"$out")
  case "$unit" in
    us) p99="$(awk -v v="$p99" 'BEGIN { printf "%.2f", v / 1000 }')" ;;
    s) p99="$(awk -v v="$p99" 'BEGIN { printf "%.2f", v * 1000 }')" ;;
  esac
  rss="$(awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$server_pid/status")"
  stop
  echo "$rps $p99 $rss $cpu"
}

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

report() {
  local name="$1"
  shift
  local rows=()
  for _ in $(seq "$runs"); do rows+=("$(measure "$@")"); done
  local rps p99 rss cpu
  rps="$(printf '%s\n' "${rows[@]}" | awk '{ print $1 }' | median)"
  p99="$(printf '%s\n' "${rows[@]}" | awk '{ print $2 }' | median)"
  rss="$(printf '%s\n' "${rows[@]}" | awk '{ print $3 }' | median)"
  cpu="$(printf '%s\n' "${rows[@]}" | awk '{ print $4 }' | median)"
  printf '%-12s %12s %10s %10s %12s   req/s runs: %s\n' "$name" "$rps" "$p99" "$rss" "$cpu" "$(printf '%s ' "${rows[@]%% *}")"
  echo "${name// /_} $rps $cpu" >>"$work/rps"
}

echo "== correctness (each answers hello world)"
start "$x" serve --port @PORT@ --host 127.0.0.1 "$work/hello.ts" && curl -s "http://127.0.0.1:$port/" && stop
start "$peers/deno" serve --port @PORT@ --host 127.0.0.1 "$work/hello.ts" && curl -s "http://127.0.0.1:$port/" && stop
start env PORT=@PORT@ "$peers/bun" run "$work/hello_bun.ts" && curl -s "http://127.0.0.1:$port/" && stop

echo "== wrk -t1 -c32 -d$duration, median of $runs ($(nproc) cores, shared)"
printf '%-12s %12s %10s %10s %12s\n' runtime "req/s" "p99 ms" "RSS MB" "CPU us/req"
report "x serve" "$x" serve --port @PORT@ --host 127.0.0.1 "$work/hello.ts"
report "deno serve" "$peers/deno" serve --port @PORT@ --host 127.0.0.1 "$work/hello.ts"
report "bun" env PORT=@PORT@ "$peers/bun" run "$work/hello_bun.ts"
awk '{ r[$1] = $2; c[$1] = $3 } END {
  printf "x/deno req/s: %.2fx   x/bun: %.2fx   CPU per request, deno/x: %.2fx   bun/x: %.2fx\n",
    r["x_serve"] / r["deno_serve"], r["x_serve"] / r["bun"], c["deno_serve"] / c["x_serve"], c["bun"] / c["x_serve"]
}' "$work/rps"
