#!/usr/bin/env bash
# Deno.openKv on a file, x against `deno run --unstable-kv` on the same program:
#   set   100k sets in atomic batches of 100 (1000 commits)
#   get   100k point gets (of 10k keys written beforehand, untimed)
#   list  one list of 10k keys (written beforehand, untimed)
# Each workload runs RUNS times (default 5) in a fresh process on a fresh database; the
# program times only the workload (performance.now()). Prints the median ms per runtime
# and x/deno; writes the table to bench/results/kv.txt. x's local databases use SQLite's
# synchronous=NORMAL (no fsync per commit), deno's FULL: the "fsyncing" row runs x with
# X_KV_SYNCHRONOUS=full (an fsync per commit, like deno) against the same deno figure.
#   bench/kv.sh               # RUNS=5
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
deno="${DENO_BIN:-$HOME/.cache/x-peers/node_modules/.bin/deno}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat > "$work/kv_bench.js" <<'JS'
const [workload, path] = Deno.args;
const kv = await Deno.openKv(path);
async function fill(n) {
  for (let i = 0; i < n; i += 100) {
    const op = kv.atomic();
    for (let j = i; j < i + 100; j++) op.set(["k", j], { n: j, name: `item ${j}` });
    await op.commit();
  }
}
let t0;
if (workload === "set") {
  t0 = performance.now();
  await fill(100_000);
} else if (workload === "get") {
  await fill(10_000);
  t0 = performance.now();
  for (let i = 0; i < 100_000; i++) {
    const e = await kv.get(["k", i % 10_000]);
    if (e.value === null) throw new Error("missing");
  }
} else {
  await fill(10_000);
  t0 = performance.now();
  let n = 0;
  for await (const _ of kv.list({ prefix: ["k"] })) n++;
  if (n !== 10_000) throw new Error(`listed ${n}`);
}
console.log((performance.now() - t0).toFixed(1));
kv.close();
JS

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
once() { # runtime workload
  rm -f "$work"/db.sqlite3*
  case "$1" in
    x) X_DIR="$work/cache" "$x" run -A "$work/kv_bench.js" "$2" "$work/db.sqlite3" ;;
    xfull) X_KV_SYNCHRONOUS=full X_DIR="$work/cache" "$x" run -A "$work/kv_bench.js" "$2" "$work/db.sqlite3" ;;
    deno) DENO_DIR="$work/deno" "$deno" run --unstable-kv -A "$work/kv_bench.js" "$2" "$work/db.sqlite3" ;;
  esac
}
# Runs alternate between the runtimes, so a busy moment on the machine hits both.
measure() { # workload runtime...
  local w="$1"
  shift
  for i in $(seq "$runs"); do
    for r in "$@"; do echo "$r $(once "$r" "$w")"; done
  done > "$work/times"
  for r in "$@"; do awk -v r="$r" '$1 == r { print $2 }' "$work/times" | median; done
}

{
  echo "# bench/kv.sh: median of $runs runs, ms (workload only), $(date -u +%Y-%m-%d)"
  echo "# x: $("$x" --version 2>/dev/null | head -1); deno: $("$deno" --version | head -1)"
  printf '%-34s %10s %10s %8s\n' workload x deno x/deno
  for w in set get list; do
    case $w in
      set) label="100k sets (atomic batches of 100)" ;;
      get) label="100k point gets" ;;
      list) label="list 10k keys" ;;
    esac
    if [ "$w" = set ]; then
      read -r tx txfull td < <(measure set x xfull deno | tr '\n' ' '; echo)
    else
      read -r tx td < <(measure "$w" x deno | tr '\n' ' '; echo)
    fi
    printf '%-34s %10s %10s %8s\n' "$label" "$tx" "$td" "$(awk -v a="$tx" -v b="$td" 'BEGIN { printf "%.2f", a / b }')"
    if [ "$w" = set ]; then
      printf '%-34s %10s %10s %8s\n' "  same, x fsyncing each commit" "$txfull" "$td" "$(awk -v a="$txfull" -v b="$td" 'BEGIN { printf "%.2f", a / b }')"
    fi
  done
} | tee bench/results/kv.txt
