#!/usr/bin/env python3
"""A local npm registry for bench/npm.sh over the tarballs tests/npm/fixtures.sh packs
(the spec tests' tests/server/npm_registry.rs, for tools outside the test harness):
GET /<name> is the package's metadata (dist.integrity sha512 over each tarball, latest =
highest version), GET /-/<file> the tarball. Usage: npm_registry.py DIR PORT_FILE."""
import base64
import hashlib
import http.server
import json
import os
import sys

root = sys.argv[1]


def versions():
    out = {}
    for line in open(os.path.join(root, "index.tsv")):
        name, version, file = line.rstrip("\n").split("\t")
        out.setdefault(name, []).append((version, file))
    return out


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, body, content_type):
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?")[0].lstrip("/")
        if path.startswith("-/"):
            file = os.path.basename(path[2:])
            try:
                body = open(os.path.join(root, file), "rb").read()
            except OSError:
                return self.send(404, b"{}", "application/json")
            return self.send(200, body, "application/octet-stream")
        name = path.replace("%2f", "/").replace("%2F", "/")
        known = versions().get(name)
        if not known:
            return self.send(404, b'{"error":"Not found"}', "application/json")
        host = self.headers.get("host")
        meta = {}
        for version, file in known:
            data = open(os.path.join(root, file), "rb").read()
            integrity = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
            shasum = hashlib.sha1(data).hexdigest()
            meta[version] = {"name": name, "version": version, "dist": {
                "tarball": f"http://{host}/-/{file}", "integrity": integrity, "shasum": shasum}}
        latest = max(meta, key=lambda v: [int(p) if p.isdigit() else 0 for p in v.replace("-", ".").split(".")])
        body = json.dumps({"name": name, "dist-tags": {"latest": latest}, "versions": meta}).encode()
        self.send(200, body, "application/json")


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[2], "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
