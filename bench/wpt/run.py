#!/usr/bin/env python3
# Runs WPT .any.js files from a WPT checkout with our testharness shim, under a given
# runtime. Usage: run.py WPT_ROOT OUT_DIR RUNTIME_CMD FILE...   (RUNTIME_CMD e.g. "x run -A")
import os, re, subprocess, sys, shlex, json

# Relative fetch() (WPT tests load their own resources/*.json) reads the file next to the
# test; absolute URLs go to the runtime's fetch.
FETCH_SHIM = '''{ const __dir = %s; const __f = globalThis.fetch;
globalThis.fetch = function (input, init) {
  if (typeof input === "string" && !/^[a-z][a-z0-9+.-]*:/i.test(input)) {
    return Deno.readFile(input.startsWith("/") ? "%s" + input : __dir + input).then((b) => new Response(b));
  }
  return __f.call(this, input, init);
}; }
'''

root, out, cmd = sys.argv[1], sys.argv[2], shlex.split(sys.argv[3])
files = sys.argv[4:]
shim = os.path.join(os.path.dirname(os.path.abspath(__file__)), "testharness-shim.js")
os.makedirs(out, exist_ok=True)
gen = os.path.join(out, "gen")
for rel in files:
    path = os.path.join(root, rel)
    src = open(path, encoding="utf-8").read()
    parts = ["globalThis.__WPT_TIMEOUT = 5000;\n", FETCH_SHIM % (json.dumps(os.path.dirname(os.path.abspath(path)) + "/"), os.path.abspath(root)), open(shim).read()]
    for m in re.finditer(r"^//\s*META:\s*script=(\S+)", src, re.M):
        s = m.group(1)
        sp = os.path.join(root, s.lstrip("/")) if s.startswith("/") else os.path.join(os.path.dirname(path), s)
        if os.path.basename(sp) in ("testharness.js", "testharnessreport.js", "subset-tests.js", "subset-tests-by-key.js"):
            continue  # the shim runs every subtest (no variants)
        try:
            txt = open(sp, encoding="utf-8").read()
            # The vendored helpers (llrt's copy) are wrapped as `export default function (globals) {...}`:
            # run them as an immediately called function on the global object instead.
            if re.search(r"^export default function", txt, re.M):
                txt = re.sub(r"^export default function", "(function", txt, count=1, flags=re.M).rstrip() + ")(globalThis);\n"
            m2 = re.search(r"^export default (\w+);", txt, re.M)
            if m2:
                txt = txt.replace(m2.group(0), "globalThis.%s = %s;" % (m2.group(1), m2.group(1)))
            parts.append("// ---- " + s + "\n" + txt + "\n")
        except OSError:
            parts.append("__wpt_file_error(new Error('missing META script " + s + "'));\n")
    # Helpers and the test run as classic (sloppy, global) scripts, one after another, as
    # <script> elements would: each through an indirect eval; a throw is a harness error.
    # An indirect eval keeps top-level let/const/class to itself, where a <script>'s are
    # global: turn those at column 0 into var so later scripts see them.
    def globalize(code):
        code = re.sub(r"^(?:const|let)(\s+[A-Za-z_$][\w$]*\s*=)", r"var\1", code, flags=re.M)
        return re.sub(r"^class\s+([A-Za-z_$][\w$]*)", r"var \1 = class \1", code, flags=re.M)
    # A strict script run by eval keeps even its functions and vars to itself: copy its
    # top-level names to the global object at its end.
    def export_strict(code):
        if not re.match(r"""^(\s*//[^\n]*\n|\s*/\*.*?\*/)*\s*(['"])use strict\2""", code, re.S):
            return globalize(code)
        names = re.findall(r"^(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)|^(?:var|let|const|class)\s+([A-Za-z_$][\w$]*)", code, re.M)
        names = sorted({a or b for a, b in names})
        return code + "\n;" + "".join("globalThis[%s] = %s;" % (json.dumps(n), n) for n in names) + "\n"
    scripts = [export_strict(x) for x in parts[3:] + [src + "\n//# sourceURL=" + rel]]
    parts = parts[:3] + ["for (const __s of %s) { try { (0, eval)(__s); } catch (e) { __wpt_file_error(e); } }\n__wpt_loaded();\n" % json.dumps(scripts)]
    g = os.path.join(gen, rel + ".mjs")
    os.makedirs(os.path.dirname(g), exist_ok=True)
    open(g, "w", encoding="utf-8").write("".join(parts))
    try:
        p = subprocess.run(["timeout", "120"] + cmd + [g], capture_output=True, text=True, errors="replace", timeout=130)
        o, rc = p.stdout, p.returncode
        err = p.stderr
    except subprocess.TimeoutExpired:
        o, rc, err = "", -1, "timeout"
    lines = [l for l in o.splitlines() if re.match(r"^(PASS|FAIL|TIMEOUT|PRECONDITION_FAILED|HARNESS ERROR|TOTAL) ", l)]
    if not any(l.startswith("TOTAL ") for l in lines):
        lines.append("INCOMPLETE rc=%s stderr=%s" % (rc, " | ".join(err.strip().splitlines()[-4:])[:500]))
    res = os.path.join(out, rel + ".txt")
    os.makedirs(os.path.dirname(res), exist_ok=True)
    open(res, "w").write("\n".join(lines) + "\n")
    npass = sum(1 for l in lines if l.startswith("PASS "))
    ntest = sum(1 for l in lines if re.match(r"^(PASS|FAIL|TIMEOUT|PRECONDITION_FAILED) ", l))
    print("%-70s %4d/%4d%s" % (rel, npass, ntest, "" if lines[-1].startswith("TOTAL") else "  " + lines[-1][:120]), flush=True)
