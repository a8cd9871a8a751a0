//! Support for the end-to-end spec tests: finding the `x` binary, the local HTTP server
//! that serves "remote" modules on 127.0.0.1, and output matching with wildcards.

pub mod matcher;
pub mod server;

use std::path::PathBuf;

/// The `x` binary under test: `$X_BIN`, else the release build in the cargo target dir.
pub fn x_binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("X_BIN") {
        return PathBuf::from(bin);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"));
    target.join("release/x")
}

/// The base URL a server's `Listening on URL` line names, without its trailing slash
/// (`http://127.0.0.1:PORT`); panics with the line when it says something else.
pub fn listening_base(line: &str) -> String {
    line.trim()
        .strip_prefix("Listening on ")
        .unwrap_or_else(|| panic!("x said: {line}"))
        .trim_end_matches('/')
        .to_owned()
}

/// The folder of this crate (`tests/`).
pub fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
