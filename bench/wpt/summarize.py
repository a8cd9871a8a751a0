#!/usr/bin/env python3
# Per-family table from run.py's result folders. Usage: summarize.py FILES_LIST LABEL=DIR...
# A family is the folder two levels down (three for fetch/api/*): streams/piping, FileAPI/blob. "tests" is
# the largest count any run reported for a file (a file that crashed reports fewer).
import os, re, sys
files = [l.strip() for l in open(sys.argv[1]) if l.strip()]
runs = [a.split("=", 1) for a in sys.argv[2:]]
def counts(d, f):
    try:
        lines = open(os.path.join(d, f + ".txt")).read().splitlines()
    except OSError:
        return None
    t = sum(1 for l in lines if re.match(r"^(PASS|FAIL|TIMEOUT|PRECONDITION_FAILED) ", l))
    p = sum(1 for l in lines if l.startswith("PASS "))
    return t, p
fam = {}
order = []
for f in files:
    parts = f.split("/")
    depth = 3 if parts[0] == "fetch" else 2
    key = "/".join(parts[:depth]) if len(parts) > depth else "/".join(parts[:-1]) or parts[0]
    if key not in fam:
        fam[key] = {"files": 0, "tests": 0, **{l: 0 for l, _ in runs}}
        order.append(key)
    c = [counts(d, f) for _, d in runs]
    fam[key]["files"] += 1
    fam[key]["tests"] += max((x[0] for x in c if x), default=0)
    for (l, _), x in zip(runs, c):
        fam[key][l] += x[1] if x else 0
hdr = "%-44s %5s %6s" % ("family", "files", "tests") + "".join(" %9s" % l for l, _ in runs)
print(hdr)
tot = {"files": 0, "tests": 0, **{l: 0 for l, _ in runs}}
for k in order:
    print("%-44s %5d %6d" % (k, fam[k]["files"], fam[k]["tests"]) + "".join(" %9d" % fam[k][l] for l, _ in runs))
    for x in tot:
        tot[x] += fam[k][x]
print("%-44s %5d %6d" % ("total", tot["files"], tot["tests"]) + "".join(" %9d" % tot[l] for l, _ in runs))
