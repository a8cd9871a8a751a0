#!/usr/bin/env bash
# `x lsp` on the shared corpus (1119 real TS files) as the workspace, driven over stdio:
#   - initialize → first publishDiagnostics of an opened file (ms);
#   - 200 edits (didChange, one character typed then removed, alternating) on a large
#     file, each timed from didChange to the publishDiagnostics of that version: p50/p99;
#   - workspace/symbol over the whole workspace: the first query (every file read) and
#     the slowest of two more;
#   - the server's peak RSS (VmHWM) at the end.
# Deno's LSP (`deno lsp`) is run through the same script for comparison.
#   bench/lsp.sh
#   EDITS=500 bench/lsp.sh
set -euo pipefail
cd "$(dirname "$0")/.."
peers="$(../shared/peers.sh)"
corpus="$(../shared/bench/corpus.sh)"
x="${X_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/x-target}/release/x}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$corpus" "$work/ws"
echo '{}' > "$work/ws/deno.json"

drive() { # name command...
  local name="$1"; shift
  python3 - "$work/ws" "${EDITS:-200}" "$name" "$@" <<'PY'
import json, os, subprocess, sys, threading, time, queue
root, edits, name, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
target = os.path.join(root, "effect/src/internal/core.ts")
if not os.path.exists(target):
    target = max((os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".ts")), key=os.path.getsize)
uri = "file://" + target
text = open(target).read()
p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=root)
inbox = queue.Queue()
def reader():
    out = p.stdout
    while True:
        line = out.readline()
        if not line:
            return
        if line.lower().startswith(b"content-length"):
            n = int(line.split(b":")[1])
            while out.readline().strip():
                pass
            inbox.put((time.perf_counter(), json.loads(out.read(n))))
threading.Thread(target=reader, daemon=True).start()
def send(m):
    b = json.dumps(m).encode()
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(b) + b); p.stdin.flush()
def wait(pred):
    while True:
        t, m = inbox.get()
        if m.get("method") and "id" in m:  # a request from the server: answer it
            send({"jsonrpc": "2.0", "id": m["id"], "result": None})
            continue
        if pred(m):
            return t, m
start = time.perf_counter()
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": "file://" + root, "capabilities": {"textDocument": {"publishDiagnostics": {"versionSupport": True}}}, "initializationOptions": {"enable": True, "lint": True}}})
wait(lambda m: m.get("id") == 1)
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "typescript", "version": 1, "text": text}}})
is_diag = lambda v: (lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri and m["params"].get("version", v) == v)
t, _ = wait(is_diag(1))
first = (t - start) * 1000
lines = text.count("\n")
samples = []
for i in range(edits):
    version = i + 2
    line = (i * 37) % max(lines - 1, 1)
    if i % 2 == 0:
        change = {"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}}, "text": " "}
    else:
        prev = ((i - 1) * 37) % max(lines - 1, 1)
        change = {"range": {"start": {"line": prev, "character": 0}, "end": {"line": prev, "character": 1}}, "text": ""}
    sent = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
    t, _ = wait(is_diag(version))
    samples.append((t - sent) * 1000)
# Workspace symbols over the whole corpus: the first query reads every file, the next
# ones answer from what the first kept.
symbol_ms = []
for i, query in enumerate(["pipe", "Effect", "map"]):
    sent = time.perf_counter()
    send({"jsonrpc": "2.0", "id": 100 + i, "method": "workspace/symbol", "params": {"query": query}})
    t, _ = wait(lambda m, i=i: m.get("id") == 100 + i)
    symbol_ms.append((t - sent) * 1000)
rss = 0
with open(f"/proc/{p.pid}/status") as f:
    for l in f:
        if l.startswith("VmHWM"):
            rss = int(l.split()[1]) // 1024
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
wait(lambda m: m.get("id") == 2)
send({"jsonrpc": "2.0", "method": "exit"})
p.wait()
samples.sort()
pct = lambda q: samples[min(len(samples) - 1, int(q * len(samples)))]
print("%-10s %10.1f %10.1f %10.1f %10.1f %10.1f %8d   (%s, %d lines)" % (name, first, pct(0.5), pct(0.99), symbol_ms[0], max(symbol_ms[1:]), rss, os.path.relpath(target, root), lines))
PY
}

printf '%-10s %10s %10s %10s %10s %10s %8s\n' server first_ms p50_ms p99_ms wsym1_ms wsym2_ms rss_MB
drive x "$x" lsp
drive deno "$peers/deno" lsp
