//! The lockfile: a SHA-256 of every remote module the program ever loaded. A remote module
//! whose content no longer matches its recorded hash stops the run before any code executes.
//!
//! Format (`x.lock`, JSON): `{ "version": "1", "remote": { "<url>": "<sha256 hex>" } }`,
//! sorted by URL so that the file diffs well in review. It is written only when it changed.
//! npm packages add `"npm": { "<request>": "<name>@<version>" }` (which version a request
//! such as `hono@4` chose) and `"packages": { "<name>@<version>": "<integrity>" }`.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

#[derive(Debug, Default, Serialize, Deserialize)]
struct LockfileContent {
    version: String,
    #[serde(default)]
    remote: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    npm: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    packages: BTreeMap<String, String>,
}

/// A lockfile loaded from disk (or new), checked and extended while the graph loads.
#[derive(Debug)]
pub struct Lockfile {
    path: PathBuf,
    content: RefCell<LockfileContent>,
    changed: RefCell<bool>,
    /// With `--frozen`, a module missing from the file is an error instead of an addition.
    frozen: bool,
}

/// What the lockfile says about a module's content.
#[derive(Debug, PartialEq, Eq)]
pub enum LockCheck {
    /// The recorded hash matches, or the module is new and was recorded.
    Ok,
    /// The content differs from what was recorded.
    Mismatch { expected: String, actual: String },
    /// The module is not recorded and the lockfile is frozen.
    MissingFrozen { actual: String },
}

impl Lockfile {
    /// Reads the lockfile at `path`, or starts an empty one if it does not exist.
    pub fn load(path: &Path, frozen: bool) -> Result<Lockfile> {
        let content = match std::fs::read_to_string(path) {
            Ok(text) => serde_json::from_str::<LockfileContent>(&text).with_context(|| {
                format!(
                    "the lockfile {} is not valid; fix or delete it",
                    path.display()
                )
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => LockfileContent {
                version: "1".into(),
                ..Default::default()
            },
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("cannot read the lockfile {}", path.display()))
            }
        };
        Ok(Lockfile {
            path: path.to_path_buf(),
            content: RefCell::new(content),
            changed: RefCell::new(false),
            frozen,
        })
    }

    /// The file this lockfile lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Checks (and, if new, records) the content of the remote module at `url`.
    pub fn check(&self, url: &str, content: &[u8]) -> LockCheck {
        let actual = sha256_hex(content);
        let mut lock = self.content.borrow_mut();
        match lock.remote.get(url) {
            Some(expected) if *expected == actual => LockCheck::Ok,
            Some(expected) => LockCheck::Mismatch {
                expected: expected.clone(),
                actual,
            },
            None if self.frozen => LockCheck::MissingFrozen { actual },
            None => {
                lock.remote.insert(url.to_string(), actual);
                *self.changed.borrow_mut() = true;
                LockCheck::Ok
            }
        }
    }

    /// The `name@version` and integrity an npm request (`hono@4`) chose before, if any.
    pub fn npm_package(&self, request: &str) -> Option<(String, String)> {
        let lock = self.content.borrow();
        let nv = lock.npm.get(request)?;
        Some((
            nv.clone(),
            lock.packages.get(nv).cloned().unwrap_or_default(),
        ))
    }

    /// Records what an npm request chose. With `--frozen`, a new entry is an error.
    pub fn record_npm(&self, request: &str, nv: &str, integrity: &str) -> Result<()> {
        let mut lock = self.content.borrow_mut();
        if lock.npm.get(request).map(String::as_str) == Some(nv)
            && lock.packages.get(nv).map(String::as_str) == Some(integrity)
        {
            return Ok(());
        }
        if self.frozen {
            anyhow::bail!(
                "the npm package {nv} (for \"{request}\") is not in the lockfile {} and --frozen forbids adding it; run without --frozen to record it",
                self.path.display()
            );
        }
        lock.npm.insert(request.to_string(), nv.to_string());
        lock.packages.insert(nv.to_string(), integrity.to_string());
        *self.changed.borrow_mut() = true;
        Ok(())
    }

    /// Writes the file if anything was added (atomically: temp file, then rename).
    pub fn write_if_changed(&self) -> Result<()> {
        if !*self.changed.borrow() {
            return Ok(());
        }
        let mut text = serde_json::to_string_pretty(&*self.content.borrow())?;
        text.push('\n');
        let tmp = self.path.with_extension("lock.tmp");
        std::fs::write(&tmp, text).with_context(|| format!("cannot write {}", tmp.display()))?;
        std::fs::rename(&tmp, &self.path)
            .with_context(|| format!("cannot write {}", self.path.display()))?;
        *self.changed.borrow_mut() = false;
        Ok(())
    }
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_then_detects_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.lock");
        let lock = Lockfile::load(&path, false).unwrap();
        assert_eq!(lock.check("https://e.com/a.ts", b"one"), LockCheck::Ok);
        lock.write_if_changed().unwrap();

        let again = Lockfile::load(&path, false).unwrap();
        assert_eq!(again.check("https://e.com/a.ts", b"one"), LockCheck::Ok);
        assert!(matches!(
            again.check("https://e.com/a.ts", b"two"),
            LockCheck::Mismatch { .. }
        ));
    }

    #[test]
    fn frozen_refuses_new_entries() {
        let dir = tempfile::tempdir().unwrap();
        let lock = Lockfile::load(&dir.path().join("x.lock"), true).unwrap();
        assert!(matches!(
            lock.check("https://e.com/b.ts", b"x"),
            LockCheck::MissingFrozen { .. }
        ));
    }

    #[test]
    fn hashes_are_sha256_hex() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
