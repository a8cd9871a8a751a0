#!/usr/bin/env python3
# Turns a WPT .html test's scripts (src= helpers and inline bodies) into one .js file
# with META: script lines, so run.py can run it like an .any.js. Usage: html2js.py SRC_ROOT DST_ROOT REL...
import os, re, sys
src_root, dst_root = sys.argv[1], sys.argv[2]
for rel in sys.argv[3:]:
    html = open(os.path.join(src_root, rel), encoding="utf-8").read()
    metas, bodies = [], []
    for m in re.finditer(r"<script([^>]*)>(.*?)</script>", html, re.S | re.I):
        attrs, body = m.group(1), m.group(2)
        s = re.search(r"src\s*=\s*[\"']?([^\"' >]+)", attrs)
        if s:
            if "testharness" not in s.group(1):
                metas.append("// META: script=" + s.group(1))
        else:
            bodies.append(body)
    out = os.path.join(dst_root, rel + ".js")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    open(out, "w", encoding="utf-8").write("\n".join(metas) + "\n" + "\n".join(bodies))
    print(rel + ".js")
