#!/usr/bin/env bash
# Deno namespace ops, x against `deno run` on the same program (issue 5):
#   readfile  Deno.readFile of a 100 MB file
#   stat      10k Deno.stat calls (async, one after another) on one file
#   readdir   Deno.readDir of a folder of 10k files, all entries iterated
#   spawn     Deno.Command("true").output(), 200 times one after another
# Each workload runs RUNS times (default 5) in a fresh process, alternating x and deno;
# the program times only the workload (performance.now()). Prints the median ms per
# runtime and x/deno, and writes the table to bench/results/deno_ops.txt.
#   bench/deno_ops.sh          # RUNS=5
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
deno="${DENO_BIN:-$HOME/.cache/x-peers/node_modules/.bin/deno}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

head -c $((100 << 20)) /dev/urandom > "$work/big.bin"
mkdir "$work/dir"
(cd "$work/dir" && seq 1 10000 | xargs touch)

cat > "$work/ops_bench.js" <<'JS'
const [workload, work] = Deno.args;
let t0;
if (workload === "readfile") {
  t0 = performance.now();
  const data = await Deno.readFile(`${work}/big.bin`);
  if (data.length !== 100 << 20) throw new Error("short read");
} else if (workload === "stat") {
  const path = `${work}/big.bin`;
  t0 = performance.now();
  let total = 0;
  for (let i = 0; i < 10_000; i++) total += (await Deno.stat(path)).size;
  if (total !== 10_000 * (100 << 20)) throw new Error("bad size");
} else if (workload === "readdir") {
  t0 = performance.now();
  let n = 0;
  for await (const entry of Deno.readDir(`${work}/dir`)) if (entry.isFile) n++;
  if (n !== 10_000) throw new Error(`${n} entries`);
} else {
  const command = new Deno.Command("true");
  t0 = performance.now();
  for (let i = 0; i < 200; i++) {
    const { success } = await command.output();
    if (!success) throw new Error("true failed");
  }
}
console.log((performance.now() - t0).toFixed(1));
JS

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
once() { # runtime workload
  case "$1" in
    x) X_DIR="$work/cache" "$x" run -A "$work/ops_bench.js" "$2" "$work" ;;
    deno) DENO_DIR="$work/deno" "$deno" run -A "$work/ops_bench.js" "$2" "$work" ;;
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
  echo "# bench/deno_ops.sh: median of $runs runs, ms (workload only), $(date -u +%Y-%m-%d)"
  echo "# x: $("$x" --version 2>/dev/null | head -1); deno: $("$deno" --version | head -1)"
  echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
  printf '%-44s %10s %10s %8s\n' workload x deno x/deno
  for w in readfile stat readdir spawn; do
    case $w in
      readfile) label="Deno.readFile 100 MB" ;;
      stat) label="Deno.stat x10k" ;;
      readdir) label="Deno.readDir of 10k entries" ;;
      spawn) label="Deno.Command(true).output() x200" ;;
    esac
    read -r tx td < <(measure "$w" | tr '\n' ' '; echo)
    printf '%-44s %10s %10s %8s\n' "$label" "$tx" "$td" "$(awk -v a="$tx" -v b="$td" 'BEGIN { printf "%.2f", a / b }')"
  done
  echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee bench/results/deno_ops.txt
