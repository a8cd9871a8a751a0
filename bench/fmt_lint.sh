#!/usr/bin/env bash
# `x fmt --check` and `x lint` on the shared corpus (1119 real TS files from rxjs, effect
# and zod) against deno, biome, prettier and oxlint, in one session:
#   - cold runs (`--no-cache`, nothing known) and the warm re-run (skip cache, nothing
#     changed) over a clean tree: the corpus once formatted for fmt, and for lint the corpus
#     with a config leaving out the rules it breaks (the skip cache keeps clean files only,
#     as deno's does);
#   - median wall seconds over RUNS runs (default 3; prettier runs once, it takes a minute);
#   - peak RSS of one run of each formatter;
#   - the number of files whose `x fmt` output differs from `deno fmt`'s (target 0).
#   bench/fmt_lint.sh
#   RUNS=5 PRETTIER=0 bench/fmt_lint.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
peers="$(../shared/peers.sh)"
export PATH="$peers:$PATH"
corpus="$(../shared/bench/corpus.sh)"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 X_DIR="$work/x-cache"

# Each tool gets its own copy, so no tool sees another's config or cache files.
cp -r "$corpus" "$work/src"
echo '{}' > "$work/src/deno.json"

median() { # name command... -> median wall seconds (non-zero exits are expected: the corpus is not clean)
  local name="$1"; shift
  hyperfine -N -w 1 -r "$runs" -i --export-json "$work/$name.json" "$*" >/dev/null 2>&1
  python3 -c "import json; print('%.2f' % json.load(open('$work/$name.json'))['results'][0]['median'])"
}
peak_mb() { # command... -> peak RSS in MB of one run
  /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1 || true
  echo $(( $(tail -n 1 "$work/rss") / 1024 ))
}
row() { printf '%-40s %10s %10s\n' "$@"; }
ratio() { python3 -c "print('%.2f' % ($1 / $2))"; }

cd "$work/src"
row benchmark median_s peak_MB
x_fmt=$(median x_fmt "$x" fmt --check --no-cache .)
row "x fmt --check (cold)" "$x_fmt" "$(peak_mb "$x" fmt --check --no-cache .)"
deno_fmt=$(median deno_fmt deno fmt --check .)
row "deno fmt --check" "$deno_fmt" "$(peak_mb deno fmt --check .)"
biome_fmt=$(median biome_fmt biome format .)
row "biome format" "$biome_fmt" "$(peak_mb biome format .)"
if [ "${PRETTIER:-1}" = 1 ]; then
  start=$(date +%s.%N); prettier --check . >/dev/null 2>&1 || true; end=$(date +%s.%N)
  row "prettier --check (one run)" "$(python3 -c "print('%.2f' % ($end - $start))")" "-"
fi

x_lint=$(median x_lint "$x" lint --no-cache .)
row "x lint (cold)" "$x_lint" "$(peak_mb "$x" lint --no-cache .)"
deno_lint=$(median deno_lint deno lint .)
row "deno lint" "$deno_lint" "$(peak_mb deno lint .)"
oxlint=$(median oxlint oxlint .)
row "oxlint" "$oxlint" "$(peak_mb oxlint .)"

echo
row "ratio x fmt / biome" "$(ratio "$x_fmt" "$biome_fmt")" ""
row "ratio x fmt / deno fmt" "$(ratio "$x_fmt" "$deno_fmt")" ""
row "ratio x lint / deno lint" "$(ratio "$x_lint" "$deno_lint")" ""

# Same engine, same output: format two copies and count the files that differ.
cp -r "$corpus" "$work/by_x"; cp -r "$corpus" "$work/by_deno"
echo '{}' > "$work/by_x/deno.json"; echo '{}' > "$work/by_deno/deno.json"
(cd "$work/by_x" && "$x" fmt --no-cache . >/dev/null 2>&1) || true
(cd "$work/by_deno" && deno fmt . >/dev/null 2>&1) || true
row "files formatted differently from deno" "$(diff -rq "$work/by_x" "$work/by_deno" | wc -l)" ""

# Warm re-runs over clean trees: nothing changed, so nothing is parsed.
cd "$work/by_x"
"$x" fmt --check . >/dev/null 2>&1 || true   # fills the skip cache
row "x fmt --check (warm, formatted tree)" "$(median x_fmt_warm "$x" fmt --check .)" "-"
{ "$x" lint --json . 2>/dev/null || true; } | python3 -c '
import json, sys
codes = sorted({d["code"] for d in json.load(sys.stdin)["diagnostics"]})
json.dump({"lint": {"rules": {"exclude": codes}}}, open("deno.json", "w"))'
"$x" lint . >/dev/null 2>&1 || true
row "x lint (warm, clean under its config)" "$(median x_lint_warm "$x" lint .)" "-"
