#!/usr/bin/env bash
# The platform on several nodes (issue 15), one run, loopback only, on a throwaway
# PostgreSQL (initdb + pg_ctl in a temp folder on a free port, as the tests do):
#   throughput - TENANTS hello-world tenants; 3 wrk processes (-t1 -c11 -d10s each, paths
#                spread over the tenants) against 1 node, then against 3 nodes (one wrk
#                per node; 2 of 3 requests then take a forwarding hop to their owner);
#   failover   - kill -9 the node owning a tenant; time until another node answers 200
#                for it, and until the survivors' membership drops the dead node;
#   store      - 50 concurrent clients each uploading a blob and creating a deployment
#                through one node: p50/p99 of the deployment creation request (blob
#                re-verification + the PostgreSQL transaction) and of upload+create.
# Usage: bench/cluster.sh   (TENANTS=12 by default)
# Needs: a release build of x (X_BIN or the default target dir), wrk, python3, PostgreSQL
# (install.sh --deps-only). Run as root, the server runs as the postgres user.
set -euo pipefail
cd "$(dirname "$0")/.."
TENANTS="${TENANTS:-12}"
X="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$PGBIN/initdb" ] || { echo "bench/cluster.sh: PostgreSQL is missing: run ./install.sh --deps-only" >&2; exit 1; }
WORK="$(mktemp -d)"
chmod 755 "$WORK"
as_pg=()
[ "$(id -u)" -eq 0 ] && as_pg=(runuser -u postgres --)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PGPORT="$(free_port)"
mkdir -p "$WORK/pg"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$WORK/pg"
"${as_pg[@]}" "$PGBIN/initdb" -D "$WORK/pg/data" -A trust -U postgres -E UTF8 >/dev/null
# Durable commits (fsync on), as production would run; only the port and socket are ours.
"${as_pg[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w \
  -o "-p $PGPORT -k $WORK/pg -h 127.0.0.1 -c max_connections=200" start >/dev/null
"${as_pg[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres platform
STORE="postgres://postgres@127.0.0.1:$PGPORT/platform"

cat > "$WORK/platform.toml" <<TOML
[tenants]
idle_timeout_ms = 600000
TOML

# start_node ID -> sets NODE_ADDR, NODE_PID
start_node() {
  local id="$1"
  "$X" platform serve --data "$WORK/data-$id" --listen 127.0.0.1:0 --config "$WORK/platform.toml" \
    --store "$STORE" --node-id "$id" 2> "$WORK/$id.err" &
  NODE_PID=$!
  # Not a job of this shell: a node killed with -9 below is not reported as "Killed".
  disown "$NODE_PID"
  PIDS+=("$NODE_PID")
  for _ in $(seq 100); do grep -q "listening on" "$WORK/$id.err" 2>/dev/null && break; sleep 0.1; done
  NODE_ADDR="$(sed -n 's/^x platform: listening on http:\/\///p' "$WORK/$id.err")"
}

start_node n1; A1="$NODE_ADDR"; P1="$NODE_PID"
TOKEN="$("$X" platform token create --store "$STORE" --name bench 2>/dev/null)"

echo "bench/cluster.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# Tenants, deployed through node 1.
python3 - "$A1" "$TOKEN" "$TENANTS" <<'PY'
import hashlib, json, sys, urllib.request
addr, token, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
api = f"http://{addr}/api/v1"
def call(method, path, body=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(api + path, data=data, method=method)
    req.add_header("authorization", f"Bearer {token}")
    if raw is None and body is not None:
        req.add_header("content-type", "application/json")
    with urllib.request.urlopen(req) as r:
        return r.status, r.read()
for i in range(n):
    code = f"export default {{ fetch() {{ return new Response('Hello from t{i}'); }} }};".encode()
    digest = hashlib.sha256(code).hexdigest()
    call("POST", "/projects", {"name": f"t{i}"})
    call("PUT", f"/blobs/{digest}", raw=code)
    manifest = {"entry": "file:///main.js", "modules": [{"specifier": "file:///main.js", "blob": digest}]}
    call("POST", f"/projects/t{i}/deployments", {"manifest": manifest, "promote": True})
PY

cat > "$WORK/spread.lua" <<LUA
local n, i = $TENANTS, 0
request = function()
  i = i + 1
  return wrk.format("GET", "/_p/t" .. (i % n) .. "/")
end
LUA
warm() { for i in $(seq 0 $((TENANTS - 1))); do curl -sf "http://$1/_p/t$i/" >/dev/null; done; }
# rps ADDR ADDR ADDR: three wrk at once, one per address; prints the summed req/s.
rps() {
  local out=()
  for a in "$@"; do
    wrk -t1 -c11 -d10s -s "$WORK/spread.lua" "http://$a/" > "$WORK/wrk.$a.$RANDOM" &
    out+=($!)
  done
  wait "${out[@]}"
  cat "$WORK"/wrk.* | awk '/Requests\/sec/ {s += $2} END {printf "%.0f", s}'
  cat "$WORK"/wrk.* | awk '/Non-2xx/ {print "  (non-2xx responses: " $NF ")"}'
  rm -f "$WORK"/wrk.*
}

warm "$A1"
echo "throughput, $TENANTS hello-world tenants, 3 x wrk -t1 -c11 -d10s:"
echo "  1 node  (all 3 wrk on node 1):       $(rps "$A1" "$A1" "$A1") req/s"

start_node n2; A2="$NODE_ADDR"; P2="$NODE_PID"
start_node n3; A3="$NODE_ADDR"; P3="$NODE_PID"
for _ in $(seq 100); do grep -q "live nodes: n1, n2, n3" "$WORK/n3.err" && grep -q "live nodes: n1, n2, n3" "$WORK/n1.err" && break; sleep 0.1; done
sleep 1
warm "$A1"; warm "$A2"; warm "$A3"
echo "  3 nodes (one wrk per node, forwarding): $(rps "$A1" "$A2" "$A3") req/s"
echo

# Failover: kill -9 the owner of t0, ask the others.
OWNER="$(curl -s -D - -o /dev/null "http://$A1/_p/t0/" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-platform-node" {print $2}')"
case "$OWNER" in
  n1) VICTIM=$P1; ASK="$A2"; OTHER=n2 ;;
  n2) VICTIM=$P2; ASK="$A3"; OTHER=n3 ;;
  *)  VICTIM=$P3; ASK="$A1"; OTHER=n1 ;;
esac
python3 - "$VICTIM" "$ASK" "$WORK/$OTHER.err" "$OWNER" <<'PY'
import os, signal, sys, time, urllib.request
victim, ask, log, owner = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
before = open(log).read()
os.kill(victim, signal.SIGKILL)
start = time.perf_counter()
served = None
while served is None:
    try:
        with urllib.request.urlopen(f"http://{ask}/_p/t0/", timeout=5) as r:
            if r.status == 200 and r.headers.get("x-platform-node") != owner:
                served = time.perf_counter() - start
    except Exception:
        pass
    time.sleep(0.005)
dropped = None
while dropped is None and time.perf_counter() - start < 30:
    new = open(log).read()[len(before):]
    if any(line.startswith("x platform: live nodes:") and owner not in line.split(":", 2)[2].split(", ")
           for line in new.splitlines()):
        dropped = time.perf_counter() - start
    time.sleep(0.01)
print(f"failover after kill -9 of the owner ({owner}):")
print(f"  tenant served by another node after {served * 1000:.0f} ms")
print(f"  dead node dropped from the survivors' membership after {dropped * 1000:.0f} ms" if dropped else "  membership never dropped it")
PY
echo

# The store under 50 concurrent uploads + deployment creations, through one live node.
LIVE="$ASK"
python3 - "$LIVE" "$TOKEN" <<'PY'
import hashlib, json, os, sys, threading, time, urllib.request
addr, token = sys.argv[1], sys.argv[2]
api = f"http://{addr}/api/v1"
def call(method, path, body=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(api + path, data=data, method=method)
    req.add_header("authorization", f"Bearer {token}")
    if raw is None and body is not None:
        req.add_header("content-type", "application/json")
    with urllib.request.urlopen(req, timeout=120) as r:
        return r.status, r.read()
call("POST", "/projects", {"name": "load"})
N = 50
barrier = threading.Barrier(N)
create, total, errors = [], [], []
def one(i):
    code = (f"export default {{ fetch() {{ return new Response('upload {i}'); }} }};\n//" + "x" * 20000).encode()
    digest = hashlib.sha256(code).hexdigest()
    manifest = {"entry": "file:///main.js", "modules": [{"specifier": "file:///main.js", "blob": digest}]}
    barrier.wait()
    try:
        t0 = time.perf_counter()
        call("PUT", f"/blobs/{digest}", raw=code)
        t1 = time.perf_counter()
        status, _ = call("POST", "/projects/load/deployments", {"manifest": manifest, "promote": False})
        t2 = time.perf_counter()
        assert status == 201
        create.append((t2 - t1) * 1000); total.append((t2 - t0) * 1000)
    except Exception as e:
        errors.append(str(e))
threads = [threading.Thread(target=one, args=(i,)) for i in range(N)]
for t in threads: t.start()
for t in threads: t.join()
pct = lambda xs, p: sorted(xs)[min(len(xs) - 1, int(len(xs) * p))]
print(f"store, {N} concurrent uploads (20 KB blob each) + deployment creations through one node:")
print(f"  deployment creation: p50 {pct(create, .5):.1f} ms, p99 {pct(create, .99):.1f} ms")
print(f"  upload + creation:   p50 {pct(total, .5):.1f} ms, p99 {pct(total, .99):.1f} ms")
print(f"  errors: {len(errors)}" + (f" ({errors[0]})" if errors else ""))
PY
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
