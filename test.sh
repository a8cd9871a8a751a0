#!/usr/bin/env bash
# Runs every test of the project: the unit tests beside the code and the end-to-end spec
# tests in tests/ (which run the release binary on fixtures). One command, as CI runs it.
set -euo pipefail
cd "$(dirname "$0")"
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/x-target}"
cargo build --release --locked -p x
export X_BIN="$CARGO_TARGET_DIR/release/x"
cargo test --release --locked --workspace
