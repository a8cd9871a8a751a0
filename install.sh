#!/usr/bin/env bash
# Sets up `x` on a Debian/Ubuntu machine with Rust: installs the system packages the build
# needs (cmake and libsimde-dev for the QuickJS engine's WebAssembly part), builds the
# release binary, and puts `x` on the PATH.
#
#   ./install.sh               # everything
#   ./install.sh --deps-only   # only the system packages (what CI needs before ./test.sh),
#                              # with chromium for the test that opens `x doc --html` in a
#                              # headless browser (tests/doc_html.rs), neovim for the
#                              # test where a real editor talks to `x lsp` (tests/lsp.rs),
#                              # lcov, whose genhtml must read `x coverage --lcov`
#                              # (tests/coverage_lcov.rs), postgresql for the
#                              # platform's multi-node tests
#                              # (runtime/platform/server/tests/cluster.rs start their own
#                              # throwaway server with initdb/pg_ctl; the packaged service
#                              # is not needed), and the npm packages of
#                              # tests/npm/fixtures.sh
#
# Where `x` goes: /usr/local/bin when run as root, ~/.local/bin otherwise; set
# X_INSTALL_DIR to choose. The cargo target dir defaults to ~/.cache/x-target so that
# re-running (or CI on the same machine) reuses the build. Safe to run again: it skips
# what is already there.
set -euo pipefail
cd "$(dirname "$0")"

need_packages=()
packages=(cmake libsimde-dev pkg-config)
[ "${1:-}" = "--deps-only" ] && packages+=(chromium neovim lcov postgresql)
# npm packs the npm spec tests' fixture packages (tests/npm/fixtures.sh).
[ "${1:-}" = "--deps-only" ] && ! command -v npm >/dev/null 2>&1 && packages+=(npm)
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_packages+=("$pkg")
done
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "install.sh: installing ${need_packages[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
  [ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
fi
command -v cargo >/dev/null 2>&1 || {
  echo "install.sh: cargo is missing; install Rust (https://rustup.rs) and run again" >&2
  exit 1
}

if [ "${1:-}" = "--deps-only" ]; then
  # The npm packages the spec tests install from their local registry (tests/npm/).
  if command -v npm >/dev/null 2>&1; then
    tests/npm/fixtures.sh
  else
    echo "install.sh: npm is missing; the npm spec tests need tests/npm/fixtures.sh run once" >&2
  fi
  exit 0
fi

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/x-target}"
cargo build --release --locked -p x

if [ -n "${X_INSTALL_DIR:-}" ]; then
  dest="$X_INSTALL_DIR"
elif [ "$(id -u)" -eq 0 ]; then
  dest=/usr/local/bin
else
  dest="$HOME/.local/bin"
fi
mkdir -p "$dest"
install -m 0755 "$CARGO_TARGET_DIR/release/x" "$dest/x"
echo "install.sh: installed $dest/x"
case ":$PATH:" in
  *":$dest:"*) ;;
  *) echo "install.sh: add $dest to your PATH to run x" >&2 ;;
esac
