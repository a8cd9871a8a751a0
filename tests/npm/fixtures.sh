#!/usr/bin/env bash
# Downloads the pinned npm packages the spec tests install (`tests/specs/npm/*`) with
# `npm pack`, into ${X_NPM_FIXTURES:-~/.cache/x-npm-fixtures}, and writes `index.tsv`
# (name, version, file) there. The spec tests' server (`tests/server.rs`, `/npm/`) serves
# them as a registry on 127.0.0.1, so the tests themselves never touch the network.
# Called by `install.sh --deps-only`; safe to run again (it skips what is there).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="${X_NPM_FIXTURES:-$HOME/.cache/x-npm-fixtures}"
mkdir -p "$dir"
cd "$dir"
packages=(
  hono@4.13.19
  zod@4.6.7
  preact@10.29.8
  preact-render-to-string@6.8.2
  nanoid@5.1.12
  date-fns@4.4.0
  ms@2.0.0
  ms@2.1.3
  lodash@4.18.1
)
: >index.tsv.tmp
for spec in "${packages[@]}"; do
  name="${spec%@*}"
  version="${spec##*@}"
  file="$(echo "$name" | sed 's/^@//; s#/#-#')-$version.tgz"
  if [ ! -s "$file" ]; then
    echo "fixtures.sh: npm pack $spec" >&2
    npm pack --silent "$spec" >/dev/null 2>&1 || { echo "fixtures.sh: npm pack $spec failed" >&2; exit 1; }
  fi
  printf '%s\t%s\t%s\n' "$name" "$version" "$file" >>index.tsv.tmp
done
# Local packages (tests/npm/packages/*), packed from the source tree each time.
for pkg in "$here"/packages/*/; do
  file="$(cd "$dir" && npm pack --silent "$pkg" 2>/dev/null | tail -1)"
  name="$(node -p "require('$pkg/package.json').name")"
  version="$(node -p "require('$pkg/package.json').version")"
  printf '%s\t%s\t%s\n' "$name" "$version" "$file" >>index.tsv.tmp
done
mv index.tsv.tmp index.tsv
echo "fixtures.sh: ${#packages[@]} packages in $dir" >&2
