#!/usr/bin/env bash
# `x ci` against the four deno commands it stands for, on the shared corpus (1119 real TS
# files, formatted first, with a lint config leaving out the rules it breaks: a project
# whose CI passes) plus a generated suite of 300 test files (each with a module under
# test):
#   deno: fmt --check, lint, doc --lint (suite/mod.ts, re-exporting the suite's 300
#         modules: the corpus packages import without extensions, which neither resolves),
#         test --parallel (the suite; also shown with --no-check, since x does not
#         type-check)
#   x:    x ci --parallel   (the same four checks in one process, each file parsed once)
# Cold: no cache of either tool (x: --no-cache; deno: fresh DENO_DIR and no incremental
# cache). Warm: the same again with nothing changed and the caches kept. Median wall
# seconds over RUNS runs (default 3) and the ratio to deno's sum; then the coverage
# overhead of `x test --coverage` on the std suite (ratio to the plain run).
#   bench/ci.sh
#   RUNS=5 bench/ci.sh
#   WARM_ONLY=1 bench/ci.sh   # only the warm rows and the coverage overhead
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
peers="$(../shared/peers.sh)"
export PATH="$peers:$PATH"
corpus="$(../shared/bench/corpus.sh)"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
repo="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1

cp -r "$corpus" "$work/src"
cat > "$work/src/deno.json" <<'EOF'
{
  "exports": "./suite/mod.ts",
  "test": { "include": ["suite/"] }
}
EOF
mkdir -p "$work/src/suite"
echo "/** The suite's modules. */" > "$work/src/suite/mod.ts"
for i in $(seq 1 300); do
  cat > "$work/src/suite/lib_$i.ts" <<EOF
/** Sums the first n numbers, times $i. */
export function series(n: number): number {
  let total = 0;
  for (let k = 1; k <= n; k++) total += k;
  return total * $i;
}
EOF
  echo "export { series as series$i } from \"./lib_$i.ts\";" >> "$work/src/suite/mod.ts"
  cat > "$work/src/suite/lib_${i}_test.ts" <<EOF
import { series } from "./lib_$i.ts";

Deno.test("series of 10", () => {
  if (series(10) !== 55 * $i) throw new Error("wrong");
});

Deno.test("series of 0", () => {
  if (series(0) !== 0) throw new Error("wrong");
});
EOF
done

seconds() { # name command... -> median wall seconds (exit codes ignored: the corpus is not clean)
  local name="$1"; shift
  hyperfine -N -w 1 -r "$runs" -i --export-json "$work/$name.json" "$*" >/dev/null 2>&1
  python3 -c "import json; print('%.2f' % json.load(open('$work/$name.json'))['results'][0]['median'])"
}
sum() { python3 -c "import sys; print('%.2f' % sum(map(float, sys.argv[1:])))" "$@"; }
ratio() { python3 -c "print('%.3f' % ($1 / $2))"; }
row() { printf '%-46s %10s\n' "$@"; }

cd "$work/src"
# A clean project: formatted, and the lint rules the corpus breaks switched off.
X_DIR="$work/x-prep" "$x" fmt --no-cache . >/dev/null 2>&1 || true
{ X_DIR="$work/x-prep" "$x" lint --json --no-cache . 2>/dev/null || true; } | python3 -c '
import json, sys
codes = sorted({d["code"] for d in json.load(sys.stdin)["diagnostics"]})
config = json.load(open("deno.json"))
config["lint"] = {"rules": {"exclude": codes}}
json.dump(config, open("deno.json", "w"), indent=2)'
X_DIR="$work/x-prep" "$x" fmt --no-cache deno.json >/dev/null 2>&1 || true
export DENO_DIR="$work/deno-dir"
row benchmark median_s
# Cold: deno without its incremental cache (a fresh DENO_DIR each run), x with --no-cache.
if [ "${WARM_ONLY:-0}" != 1 ]; then
printf '#!/bin/sh\nrm -rf "$DENO_DIR"\nexec deno "$@"\n' > "$work/deno-cold"
chmod +x "$work/deno-cold"
d_fmt=$(seconds deno_fmt "$work/deno-cold" fmt --check .)
d_lint=$(seconds deno_lint "$work/deno-cold" lint .)
d_doc=$(seconds deno_doc "$work/deno-cold" doc --lint suite/mod.ts)
d_test=$(seconds deno_test "$work/deno-cold" test --parallel)
d_test_nc=$(seconds deno_test_nc "$work/deno-cold" test --parallel --no-check)
d_sum=$(sum "$d_fmt" "$d_lint" "$d_doc" "$d_test")
row "deno fmt --check (cold)" "$d_fmt"
row "deno lint (cold)" "$d_lint"
row "deno doc --lint (cold)" "$d_doc"
row "deno test --parallel (cold)" "$d_test"
row "deno test --parallel --no-check (cold)" "$d_test_nc"
row "deno sum (cold)" "$d_sum"
d_sum_nc=$(sum "$d_fmt" "$d_lint" "$d_doc" "$d_test_nc")
row "deno sum with --no-check (cold)" "$d_sum_nc"
x_cold=$(X_DIR="$work/x-cold" seconds x_cold "$x" ci --parallel --no-cache)
row "x ci --parallel --no-cache (cold)" "$x_cold"
row "ratio x ci / deno sum (cold; target <= 0.4)" "$(ratio "$x_cold" "$d_sum")"
row "ratio x ci / deno sum --no-check (cold)" "$(ratio "$x_cold" "$d_sum_nc")"
fi

# Warm: the caches are kept and nothing changes between runs.
deno fmt --check . >/dev/null 2>&1 || true; deno lint . >/dev/null 2>&1 || true
w_fmt=$(seconds deno_fmt_w deno fmt --check .)
w_lint=$(seconds deno_lint_w deno lint .)
w_doc=$(seconds deno_doc_w deno doc --lint suite/mod.ts)
w_test=$(seconds deno_test_w deno test --parallel)
w_sum=$(sum "$w_fmt" "$w_lint" "$w_doc" "$w_test")
row "deno fmt --check (warm)" "$w_fmt"
row "deno lint (warm)" "$w_lint"
row "deno doc --lint (warm)" "$w_doc"
row "deno test --parallel (warm)" "$w_test"
row "deno sum (warm)" "$w_sum"
export X_DIR="$work/x-warm"
"$x" ci --parallel >/dev/null 2>&1 || true
x_warm=$(seconds x_warm "$x" ci --parallel)
row "x ci --parallel (warm)" "$x_warm"
row "ratio x ci / deno sum (warm; target <= 0.05)" "$(ratio "$x_warm" "$w_sum")"

# Coverage overhead on the std suite.
cd "$repo/std"
plain=$(seconds std_plain "$x" test -A --parallel .)
covered=$(seconds std_cov "$x" test -A --parallel --coverage="$work/cov" .)
row "x test std (plain)" "$plain"
row "x test std --coverage" "$covered"
row "ratio coverage / plain (target <= 1.5)" "$(ratio "$covered" "$plain")"
