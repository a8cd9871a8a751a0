#!/usr/bin/env bash
# `x test` against `deno test --no-check`, in one session:
#   1. FILES (default 1000) generated files, each holding one trivial Deno.test:
#      `x test --parallel` vs `deno test --no-check --parallel` (and both serial with SERIAL=1);
#   2. the std test suite (std/**/*_test.ts) run by both, serially.
# Prints the median wall time over RUNS runs (default 3) of each and the ratio x/deno.
#   bench/test.sh
#   FILES=2000 RUNS=5 bench/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
files="${FILES:-1000}"
runs="${RUNS:-3}"
peers="$(../shared/peers.sh)"
export PATH="$peers:$PATH"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1

mkdir -p "$work/gen"
for i in $(seq 1 "$files"); do
  printf 'Deno.test("t%d", () => {\n  if (1 + 1 !== 2) throw new Error("math");\n});\n' "$i" > "$work/gen/t${i}_test.ts"
done
# deno looks for a config file upwards: give each suite its own so neither picks one up.
echo '{}' > "$work/gen/deno.json"

median() { # command... -> median seconds
  local name="$1"; shift
  hyperfine -N -w 1 -r "$runs" -i --export-json "$work/$name.json" "$*" >/dev/null 2>&1
  python3 -c "import json; print('%.2f' % json.load(open('$work/$name.json'))['results'][0]['median'])"
}

printf '%-34s %10s\n' benchmark median_s
cd "$work/gen"
"$x" test --parallel >/dev/null 2>&1 || true   # makes the startup snapshot
x_par=$(median x_par "$x" test --parallel)
deno_par=$(median deno_par deno test --no-check --parallel)
printf '%-34s %10s\n' "x test --parallel ($files files)" "$x_par" "deno test --parallel ($files files)" "$deno_par"
python3 -c "print('%-34s %10.3f' % ('ratio x/deno (parallel)', $x_par / $deno_par))"
if [ "${SERIAL:-0}" = 1 ]; then
  x_ser=$(median x_ser "$x" test)
  deno_ser=$(median deno_ser deno test --no-check)
  printf '%-34s %10s\n' "x test ($files files, serial)" "$x_ser" "deno test ($files files, serial)" "$deno_ser"
  python3 -c "print('%-34s %10.3f' % ('ratio x/deno (serial)', $x_ser / $deno_ser))"
fi

# The std suite: the same files for both (std imports its own modules by relative path).
cd "$repo/std"
std_files=$(find . -name '*_test.ts' -not -path './node_modules/*' | sort | tr '\n' ' ')
x_std=$(median x_std "$x" test -A $std_files)
deno_std=$(median deno_std deno test --no-check -A $std_files)
printf '%-34s %10s\n' "x test std ($(echo $std_files | wc -w) files)" "$x_std" "deno test std" "$deno_std"
python3 -c "print('%-34s %10.3f' % ('ratio x/deno (std)', $x_std / $deno_std))"
