#!/usr/bin/env bash
# `x deploy` of a 200-module TypeScript program (plus 20 assets) to a local
# `x platform serve`, twice: the first uploads everything; the second, with nothing
# changed, must upload 0 blobs and finish in <= 0.3 s. Prints the first deploy's wall time
# and artifact size, then the second's wall time (median of RUNS) and blobs uploaded.
#   bench/deploy.sh             # RUNS=10
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-10}"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The program: main.ts imports m0..m199; each module imports the next two and has a
# little TypeScript to strip.
mkdir -p "$work/app/static"
python3 - "$work/app" <<'PY'
import sys, os
app = sys.argv[1]
n = 200
for i in range(n):
    deps = [j for j in (i * 2 + 1, i * 2 + 2) if j < n]
    imports = "".join(f"import {{ f{j} }} from './m{j}.ts';\n" for j in deps)
    calls = " + ".join([f"f{j}(x)" for j in deps] or ["x"])
    body = f"""{imports}
export interface Shape{i} {{ id: number; name: string; tags: string[] }}
export type Id{i} = Shape{i}["id"];
export function f{i}(x: number): number {{
  const shape: Shape{i} = {{ id: {i}, name: "module {i}", tags: ["a", "b"] }};
  return ({calls}) + shape.id as number;
}}
"""
    open(os.path.join(app, f"m{i}.ts"), "w").write(body)
open(os.path.join(app, "main.ts"), "w").write(
    "import { f0 } from './m0.ts';\n"
    "export default { fetch: () => new Response(String(f0(1))) };\n")
for i in range(20):
    open(os.path.join(app, "static", f"file{i}.txt"), "w").write(f"asset {i}\n" * 200)
PY

"$x" platform serve --data "$work/data" --listen 127.0.0.1:0 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 100); do
  grep -q "listening on" "$work/server.log" 2>/dev/null && break
  sleep 0.05
done
url="$(sed -n 's/^x platform: listening on //p' "$work/server.log" | head -1)"
token="$("$x" platform token create --data "$work/data" | tail -1)"
export X_DEPLOY_URL="$url" X_DEPLOY_TOKEN="$token" X_DIR="$work/cache"
cd "$work/app"
"$x" deploy projects create bench >/dev/null

# Nanoseconds from the shell itself: starting python to read a clock would cost more
# than the deploy being measured.
now() { date +%s%N; }
deploy() { "$x" deploy main.ts --project bench --include static --json 2>/dev/null; }

start=$(now)
deploy >"$work/first.json"
end=$(now)
python3 - "$work/first.json" "$start" "$end" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"first deploy:  {(int(sys.argv[3]) - int(sys.argv[2])) / 1e6:7.1f} ms  "
      f"{r['artifact']['modules']} modules, artifact {r['artifact']['bytes']} bytes, "
      f"{r['blobs']['uploaded']} blobs / {r['blobs']['bytes_uploaded']} bytes uploaded")
PY

times=()
for _ in $(seq "$runs"); do
  start=$(now)
  deploy >"$work/again.json"
  end=$(now)
  times+=("$(( (end - start) / 1000 ))")
done
python3 - "$work/again.json" "${times[@]}" <<'PY'
import json, statistics, sys
r = json.load(open(sys.argv[1]))
times = sorted(int(t) / 1000 for t in sys.argv[2:])
print(f"second deploy: {statistics.median(times):7.1f} ms median of {len(times)} "
      f"(min {times[0]:.1f}, max {times[-1]:.1f}), "
      f"{r['blobs']['uploaded']} blobs uploaded (target: <= 300 ms, 0 blobs)")
PY
