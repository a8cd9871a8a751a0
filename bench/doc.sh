#!/usr/bin/env bash
# `x doc` against `deno doc` on the shared corpus (../shared/bench/corpus.sh: the published
# TypeScript of rxjs, effect and zod, 1119 files): `--json` and `--lint` on the same folder,
# one run each (wall time), and what each produced.
#   bench/doc.sh            # results also go to bench/results/doc.txt by hand
set -euo pipefail
cd "$(dirname "$0")/.."
peers="$(../shared/peers.sh)"
export PATH="$peers:$PATH"
corpus="$(../shared/bench/corpus.sh)"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1
cd "$corpus"

once() { # name command... -> wall seconds of one run; stdout to $work/name.out,
  # stderr to $work/name.err (the command's exit code is ignored: --lint exits 1)
  local name="$1"; shift
  python3 - "$work/$name" "$@" <<'PY'
import subprocess, sys, time
out = sys.argv[1]
start = time.monotonic()
with open(out + ".out", "wb") as o, open(out + ".err", "wb") as e:
    subprocess.run(sys.argv[2:], stdout=o, stderr=e)
print("%.2f" % (time.monotonic() - start))
PY
}
lint_count() { # name -> the number of lint problems that run reported
  grep -oE 'Found [0-9]+ documentation lint error' "$work/$1.err" | grep -oE '[0-9]+' || echo 0
}

files=$(find . -name '*.ts' | wc -l)
x_json=$(once x_json "$x" doc --json .)
deno_json=$(once deno_json deno doc --json .)
x_lint=$(once x_lint "$x" doc --lint .)
deno_lint=$(once deno_lint deno doc --lint .)
x_nodes=$(python3 -c "import json; print(len(json.load(open('$work/x_json.out'))['nodes']))")
deno_nodes=$(python3 -c "import json; print(len(json.load(open('$work/deno_json.out'))['nodes']))")

printf '%-36s %8s  %s\n' benchmark wall_s note
printf '%-36s %8s  %s\n' "x doc --json ($files files)" "$x_json" "$x_nodes modules" \
  "deno doc --json" "$deno_json" "$deno_nodes modules"
python3 -c "print('%-36s %8.3f' % ('ratio x/deno (--json)', $x_json / $deno_json))"
printf '%-36s %8s  %s\n' "x doc --lint ($files files)" "$x_lint" "$(lint_count x_lint) problems" \
  "deno doc --lint" "$deno_lint" "$(lint_count deno_lint) problems"
python3 -c "print('%-36s %8.3f' % ('ratio x/deno (--lint)', $x_lint / $deno_lint))"
