//! Helpers for the tests that run the `x` binary (`$X_BIN`, else the release build in the
//! cargo target folder, as the spec tests find it).

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn x_binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("X_BIN") {
        return PathBuf::from(bin);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("release/x")
}

/// `x` in `dir`, without colors, with its caches in `dir/.x`.
pub fn x(dir: &Path) -> Command {
    let mut command = Command::new(x_binary());
    command
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("X_DIR", dir.join(".x"))
        .env_remove("X_LOG");
    if let Some(snapshots) = std::env::var_os("X_SNAPSHOT_DIR") {
        command.env("X_SNAPSHOT_DIR", snapshots);
    }
    command
}

pub fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}
