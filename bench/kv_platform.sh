#!/usr/bin/env bash
# Deno.openKv in a platform tenant, per storage: SQLite files (kv_sync normal, and full),
# and PostgreSQL (`x platform serve --store`, a throwaway server with its default
# durability: fsync and synchronous_commit on). The same program is deployed to each and
# timed from inside the tenant (performance.now(), workload only):
#   set    10k sets in atomic batches of 100 (100 commits)
#   commit 1k single-key commits (a commit's round trip)
#   get    10k point gets (of 1k keys written beforehand, untimed)
#   list   one list of 10k keys (written beforehand, untimed)
# Each workload runs RUNS times (default 3), each in a new project (empty database).
# Prints the median ms and writes the table to bench/results/kv_platform.txt.
#   bench/kv_platform.sh      # needs PostgreSQL's initdb/pg_ctl (install.sh --deps-only)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
work="$(mktemp -d)"
chmod 755 "$work" # the PostgreSQL server runs as postgres when we are root
pids=()
pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -d "$work/pg" ] && as_pg "$pgbin/pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

cat > "$work/main.js" <<'JS'
const kv = await Deno.openKv();
async function fill(n) {
  for (let i = 0; i < n; i += 100) {
    const op = kv.atomic();
    for (let j = i; j < i + 100 && j < n; j++) op.set(["k", j], { n: j, name: `item ${j}` });
    await op.commit();
  }
}
export default { async fetch(request) {
  const w = new URL(request.url).searchParams.get("w");
  if (w === "get") await fill(1000);
  if (w === "list") await fill(10_000);
  const t0 = performance.now();
  if (w === "set") await fill(10_000);
  if (w === "commit") for (let i = 0; i < 1000; i++) await kv.set(["c", i], i);
  if (w === "get") {
    for (let i = 0; i < 10_000; i++) {
      if ((await kv.get(["k", i % 1000])).value === null) throw new Error("missing");
    }
  }
  if (w === "list") {
    let n = 0;
    for await (const _ of kv.list({ prefix: ["k"] })) n++;
    if (n !== 10_000) throw new Error(`listed ${n}`);
  }
  return new Response((performance.now() - t0).toFixed(1));
} };
JS
blob="$(sha256sum "$work/main.js" | cut -d' ' -f1)"

# serve NAME [ARGS...]: starts a server with long limits; sets $port and $token.
serve() {
  local name="$1"
  shift
  mkdir -p "$work/$name"
  printf '[tenants]\ncpu_ms = 600000\nwall_ms = 600000\nthreads = 1\n%s\n' "${extra:-}" > "$work/$name/cfg.toml"
  "$x" platform serve --data "$work/$name" --listen 127.0.0.1:0 --config "$work/$name/cfg.toml" "$@" \
    2> "$work/$name/log" &
  pids+=($!)
  until grep -q "listening on" "$work/$name/log"; do
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/$name/log"; exit 1; }
    sleep 0.1
  done
  port="$(grep -o 'listening on http://[0-9.]*:[0-9]*' "$work/$name/log" | sed 's/.*://')"
  if [ "${1:-}" = --store ]; then
    token="$("$x" platform token create --name bench --store "$2" 2>/dev/null | tail -1)"
  else
    token="$("$x" platform token create --name bench --data "$work/$name" 2>/dev/null | tail -1)"
  fi
}
api() { curl -sf -H "authorization: Bearer $token" "$@"; }
# once PROJECT WORKLOAD: a new project with the program, then the timed request.
once() {
  local base="http://127.0.0.1:$port/api/v1"
  api -X POST -H 'content-type: application/json' -d "{\"name\":\"$1\"}" "$base/projects" >/dev/null
  api -X PUT --data-binary "@$work/main.js" "$base/blobs/$blob" >/dev/null || true
  api -X POST -H 'content-type: application/json' \
    -d "{\"manifest\":{\"entry\":\"file:///main.js\",\"modules\":[{\"specifier\":\"file:///main.js\",\"blob\":\"$blob\"}]},\"promote\":true}" \
    "$base/projects/$1/deployments" >/dev/null
  curl -sf "http://127.0.0.1:$port/_p/$1/?w=$2"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
declare -A result
measure() { # storage
  for w in set commit get list; do
    for i in $(seq "$runs"); do once "$w$i" "$w"; echo; done | median > "$work/m"
    result["$1 $w"]="$(cat "$work/m")"
  done
}

extra='' serve sqlite
measure sqlite
extra='kv_sync = "full"' serve sqlitefull
measure sqlitefull
mkdir -p "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$work/pg"
pgport="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
as_pg "$pgbin/initdb" -D "$work/pg/data" -U postgres -E UTF8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/pg/data" -o "-p $pgport -k $work/pg -h 127.0.0.1" -l "$work/pg/log" -w start >/dev/null
as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U postgres bench
extra='' serve postgres --store "postgres://postgres@127.0.0.1:$pgport/bench" --node-id n1
measure postgres

{
  echo "# bench/kv_platform.sh: median of $runs runs, ms (workload only, timed in the tenant), $(date -u +%Y-%m-%d)"
  echo "# x: $("$x" --version 2>/dev/null | head -1); $("$pgbin/postgres" --version)"
  printf '%-34s %10s %12s %10s\n' workload sqlite 'sqlite full' postgres
  for w in set commit get list; do
    case $w in
      set) label="10k sets (atomic batches of 100)" ;;
      commit) label="1k single-key commits" ;;
      get) label="10k point gets" ;;
      list) label="list 10k keys" ;;
    esac
    printf '%-34s %10s %12s %10s\n' "$label" "${result[sqlite $w]}" "${result[sqlitefull $w]}" "${result[postgres $w]}"
  done
} | tee bench/results/kv_platform.txt
