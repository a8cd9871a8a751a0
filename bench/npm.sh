#!/usr/bin/env bash
# The Hono app (tests/specs/npm/hono: routing, JSON, middleware, exercised with
# app.request()) under `x run`, `deno run` and `bun`, all installing hono from the same
# local registry (bench/npm_registry.py over tests/npm/fixtures.sh's tarballs):
#   cold = empty package cache: install + first run (bun: `bun install` + `bun run`);
#   warm = cache populated, run again.
# Target: x warm <= 0.5x deno warm. Peers from ~/.cache/x-peers/node_modules/.bin.
#   bench/npm.sh            # RUNS=10 (hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-10}"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
peers="$HOME/.cache/x-peers/node_modules/.bin"
fixtures="${X_NPM_FIXTURES:-$HOME/.cache/x-npm-fixtures}"
[ -f "$fixtures/index.tsv" ] || tests/npm/fixtures.sh
work="$(mktemp -d)"
registry_pid=""
cleanup() {
  if [ -n "$registry_pid" ]; then kill "$registry_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

python3 bench/npm_registry.py "$fixtures" "$work/port" &
registry_pid=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
registry="http://127.0.0.1:$(cat "$work/port")/"

# npm: specifiers for x and deno; bun takes the bare name from package.json.
mkdir -p "$work/npm" "$work/bare"
cp tests/specs/npm/hono/app.ts tests/specs/npm/hono/main.ts "$work/npm/"
sed 's#"npm:hono@4/logger"#"hono/logger"#; s#"npm:hono@4"#"hono"#' tests/specs/npm/hono/app.ts >"$work/bare/app.ts"
cp tests/specs/npm/hono/main.ts "$work/bare/"
echo '{ "dependencies": { "hono": "4.13.19" } }' >"$work/bare/package.json"

export NPM_CONFIG_REGISTRY="$registry" BUN_CONFIG_REGISTRY="$registry" NO_COLOR=1 DENO_NO_UPDATE_CHECK=1
# x's startup snapshot is made once per binary, not per package cache: keep it out of
# the folder the cold runs empty (deno and bun ship theirs inside the executable).
export X_SNAPSHOT_DIR="$work/x-snapshot"
x_env="X_DIR=$work/x-cache"
deno_env="DENO_DIR=$work/deno-cache"
bun_env="BUN_INSTALL_CACHE_DIR=$work/bun-cache"

echo "== correctness (each prints the same four responses)"
(cd "$work/npm" && env "$x_env" "$x" run main.ts | md5sum)
(cd "$work/npm" && env "$deno_env" "$peers/deno" run -A main.ts | md5sum)
(cd "$work/bare" && env "$bun_env" "$peers/bun" install --silent >/dev/null && env "$bun_env" "$peers/bun" main.ts | md5sum)

echo "== cold: empty cache, install + first run"
hyperfine --style basic -N --runs "$runs" --export-markdown "$work/cold.md" \
  --prepare "rm -rf $work/x-cache" -n "x run (cold)" "env $x_env $x run $work/npm/main.ts" \
  --prepare "rm -rf $work/deno-cache" -n "deno run (cold)" "env $deno_env $peers/deno run -A $work/npm/main.ts" \
  --prepare "rm -rf $work/bun-cache $work/bare/node_modules $work/bare/bun.lock" \
  -n "bun install + run (cold)" "bash -c 'cd $work/bare && env $bun_env $peers/bun install --silent >/dev/null && env $bun_env $peers/bun main.ts'" \
  2>&1 | grep -v "^ *Range\|^$" || true
cat "$work/cold.md"

echo "== warm: cache populated"
(cd "$work/npm" && env "$x_env" "$x" run main.ts >/dev/null && env "$deno_env" "$peers/deno" run -A main.ts >/dev/null)
(cd "$work/bare" && env "$bun_env" "$peers/bun" install --silent >/dev/null)
hyperfine --style basic -N --warmup 2 --runs "$runs" --export-markdown "$work/warm.md" \
  -n "x run (warm)" "env $x_env $x run $work/npm/main.ts" \
  -n "deno run (warm)" "env $deno_env $peers/deno run -A $work/npm/main.ts" \
  -n "bun (warm)" "bash -c 'cd $work/bare && env $bun_env $peers/bun main.ts'" \
  2>&1 | grep -v "^ *Range\|^$" || true
cat "$work/warm.md"
