#!/usr/bin/env bash
# web-platform-tests (WPT) conformance of x's Web APIs, next to deno, with our own small
# testharness replacement (bench/wpt/testharness-shim.js; WPT's testharness.js is not
# used). Runs every file listed in bench/wpt/files.txt from a WPT tree in $WPT_DIR
# (default /tmp/wpt) under each runtime and prints the per-family table
# (bench/results/wpt.txt has one, with how the tree was put together).
#
# This script downloads nothing, and no WPT file belongs in this repository. The tree is
# assembled by hand: test files under their WPT paths (streams/..., encoding/..., url/...),
# the helpers they load (// META: script=...), and the .html tests of
# bench/wpt/files.txt's *.html.js entries turned into scripts with
#   python3 bench/wpt/html2js.py SRC_WPT_TREE "$WPT_DIR" fetch/api/headers/headers-basic.html ...
#   WPT_DIR=/tmp/wpt X=target/release/x DENO=deno bench/wpt.sh
#   ONLY=streams/piping bench/wpt.sh        # a subset (a path prefix)
# Each file becomes one script (results and generated files in $OUT, default
# /tmp/wpt-out/<runtime>): relative fetch() reads the file next to the test, each test has
# 5 s, each file 120 s.
set -euo pipefail
cd "$(dirname "$0")/.."
wpt="${WPT_DIR:-/tmp/wpt}"
out="${OUT:-/tmp/wpt-out}"
x="${X:-target/release/x}"
deno="${DENO:-deno}"
if [ ! -f "$wpt/streams/readable-streams/general.any.js" ]; then
  echo "no WPT tree in $wpt (see the header of $0)" >&2
  exit 1
fi
files=$(grep -v '^#' bench/wpt/files.txt | grep "^${ONLY:-}" || true)
# shellcheck disable=SC2086
python3 bench/wpt/run.py "$wpt" "$out/x" "$x run -A" $files > "$out-x.log"
# shellcheck disable=SC2086
python3 bench/wpt/run.py "$wpt" "$out/deno" "$deno run -A" $files > "$out-deno.log"
echo "$files" > "$out-files.txt"
python3 bench/wpt/summarize.py "$out-files.txt" "x=$out/x" "deno=$out/deno"
