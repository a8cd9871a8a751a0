#!/usr/bin/env bash
# `x doc` against `deno doc` on the shared corpus (../shared/bench/corpus.sh: the published
# TypeScript of rxjs, effect and zod, 1119 files): `--json` and `--lint` on the same files,
# one run each (wall time), and what each produced.
#
# The files: effect/src (572 modules). rxjs imports without extensions and zod with `.js`
# for `.ts` ("sloppy imports"), which neither tool resolves by default, and effect's docs
# and tests import npm packages: on the whole corpus both stop ("Failed resolving …").
# effect/src imports itself by its package name (`effect/Cause`); one import map, given to
# both with --config, maps those names to the source files.
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

python3 - "$corpus/effect/src" > "$work/config.json" <<'PY'
import json, os, sys
src = sys.argv[1]
imports = {"effect": "file://" + src + "/index.ts"}
for root, dirs, names in os.walk(src):
    rel = os.path.relpath(root, src)
    if "internal" in rel.split(os.sep):
        continue
    for name in names:
        if name.endswith(".ts"):
            stem = name[:-3]
            key = ("effect" if rel == "." else "effect/" + rel) if stem == "index" else \
                "effect/" + (stem if rel == "." else rel + "/" + stem)
            imports[key] = "file://" + os.path.join(root, name)
print(json.dumps({"imports": imports}))
PY
set -- --config "$work/config.json" effect/src
files=$(find effect/src -name '*.ts' | wc -l)
x_json=$(once x_json "$x" doc --json "$@")
deno_json=$(once deno_json deno doc --json "$@")
x_lint=$(once x_lint "$x" doc --lint "$@")
deno_lint=$(once deno_lint deno doc --lint "$@")
x_nodes=$(python3 -c "import json; print(len(json.load(open('$work/x_json.out'))['nodes']))")
deno_nodes=$(python3 -c "import json; print(len(json.load(open('$work/deno_json.out'))['nodes']))")

printf '%-36s %8s  %s\n' benchmark wall_s note
printf '%-36s %8s  %s\n' "x doc --json ($files files)" "$x_json" "$x_nodes modules" \
  "deno doc --json" "$deno_json" "$deno_nodes modules"
python3 -c "print('%-36s %8.3f' % ('ratio x/deno (--json)', $x_json / $deno_json))"
printf '%-36s %8s  %s\n' "x doc --lint ($files files)" "$x_lint" "$(lint_count x_lint) problems" \
  "deno doc --lint" "$deno_lint" "$(lint_count deno_lint) problems"
python3 -c "print('%-36s %8.3f' % ('ratio x/deno (--lint)', $x_lint / $deno_lint))"
