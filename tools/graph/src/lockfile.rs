//! The lockfile: a SHA-256 of every remote module the program ever loaded, and the npm
//! packages it chose. A remote module whose content no longer matches its recorded hash,
//! or an npm tarball whose integrity differs from the recorded one, stops the run before
//! any code executes.
//!
//! Format (`x.lock`, JSON, shaped like `deno.lock` v4/v5), every map sorted so that the file
//! diffs well in review, written only when it changed:
//!
//! ```json
//! { "version": "2",
//!   "specifiers": { "npm:hono@4": "4.6.3" },
//!   "npm": { "hono@4.6.3": { "integrity": "sha512-…", "dependencies": ["dep@1.0.0"] } },
//!   "remote": { "https://…/mod.ts": "<sha256 hex>" } }
//! ```
//!
//! `specifiers`: which version an `npm:` request of the program (or a `package.json` range
//! `x install` installed) chose; `npm`: each package version's tarball integrity and the
//! versions its own dependencies resolved to, so the next run (or install) picks the same
//! tree without asking the registry. Version "1" files (npm requests as flat strings) are
//! read and rewritten as "2".

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

const VERSION: &str = "2";

/// One npm package version in the lockfile.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct NpmEntry {
    integrity: String,
    /// `name@version` of each dependency it loaded.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    dependencies: BTreeSet<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct LockfileContent {
    version: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    specifiers: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    npm: BTreeMap<String, NpmEntry>,
    #[serde(default)]
    remote: BTreeMap<String, String>,
}

/// The version "1" layout, read once and converted.
#[derive(Deserialize)]
struct LockfileV1 {
    #[serde(default)]
    remote: BTreeMap<String, String>,
    #[serde(default)]
    npm: BTreeMap<String, String>,
    #[serde(default)]
    packages: BTreeMap<String, String>,
}

impl LockfileContent {
    fn parse(text: &str) -> serde_json::Result<LockfileContent> {
        let value: serde_json::Value = serde_json::from_str(text)?;
        if value.get("version").and_then(|v| v.as_str()) != Some("1") {
            return serde_json::from_value(value);
        }
        let old: LockfileV1 = serde_json::from_value(value)?;
        let mut content = LockfileContent {
            version: VERSION.into(),
            remote: old.remote,
            ..Default::default()
        };
        for (request, nv) in old.npm {
            if let Some((_, version)) = split_nv(&nv) {
                content
                    .specifiers
                    .insert(format!("npm:{request}"), version.to_string());
            }
        }
        for (nv, integrity) in old.packages {
            content.npm.insert(
                nv,
                NpmEntry {
                    integrity,
                    dependencies: BTreeSet::new(),
                },
            );
        }
        Ok(content)
    }
}

/// `name@version` → (`name`, `version`); scoped names keep their leading `@`.
pub fn split_nv(nv: &str) -> Option<(&str, &str)> {
    let at = nv.get(1..)?.find('@')? + 1;
    Some((&nv[..at], &nv[at + 1..]))
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
            Ok(text) => LockfileContent::parse(&text).with_context(|| {
                format!(
                    "the lockfile {} is not valid; fix or delete it",
                    path.display()
                )
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => LockfileContent {
                version: VERSION.into(),
                ..Default::default()
            },
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("cannot read the lockfile {}", path.display()))
            }
        };
        let changed = content.version != VERSION;
        let mut content = content;
        content.version = VERSION.into();
        Ok(Lockfile {
            path: path.to_path_buf(),
            content: RefCell::new(content),
            changed: RefCell::new(changed),
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

    fn frozen_error(&self, what: &str) -> x_npm::NpmError {
        x_npm::NpmError::Other(format!(
            "{what} is not in the lockfile {} and --frozen forbids adding it; run without --frozen to record it",
            self.path.display()
        ))
    }

    fn mark_changed(&self) {
        *self.changed.borrow_mut() = true;
    }

    /// Every recorded dependency version of every package: `name@version` → dependency
    /// name → version.
    pub fn npm_pins(
        &self,
    ) -> std::collections::HashMap<String, std::collections::HashMap<String, String>> {
        let lock = self.content.borrow();
        lock.npm
            .iter()
            .filter(|(_, entry)| !entry.dependencies.is_empty())
            .map(|(nv, entry)| {
                let pins = entry
                    .dependencies
                    .iter()
                    .filter_map(|d| split_nv(d).map(|(n, v)| (n.to_string(), v.to_string())))
                    .collect();
                (nv.clone(), pins)
            })
            .collect()
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

impl x_npm::NpmLock for Lockfile {
    fn lockfile_path(&self) -> &Path {
        &self.path
    }

    fn specifier_version(&self, specifier: &str) -> Option<String> {
        self.content.borrow().specifiers.get(specifier).cloned()
    }

    fn dependency_version(&self, parent: &str, name: &str) -> Option<String> {
        let lock = self.content.borrow();
        lock.npm.get(parent)?.dependencies.iter().find_map(|nv| {
            let (n, v) = split_nv(nv)?;
            (n == name).then(|| v.to_string())
        })
    }

    fn integrity(&self, nv: &str) -> Option<String> {
        let lock = self.content.borrow();
        let entry = lock.npm.get(nv)?;
        (!entry.integrity.is_empty()).then(|| entry.integrity.clone())
    }

    fn record_specifier(&self, specifier: &str, version: &str) -> Result<(), x_npm::NpmError> {
        let mut lock = self.content.borrow_mut();
        if lock.specifiers.get(specifier).map(String::as_str) == Some(version) {
            return Ok(());
        }
        if self.frozen {
            return Err(self.frozen_error(&format!("\"{specifier}\" (version {version})")));
        }
        lock.specifiers
            .insert(specifier.to_string(), version.to_string());
        self.mark_changed();
        Ok(())
    }

    fn record_package(&self, nv: &str, integrity: &str) -> Result<(), x_npm::NpmError> {
        let mut lock = self.content.borrow_mut();
        match lock.npm.get_mut(nv) {
            Some(entry) if entry.integrity == integrity => Ok(()),
            // Recorded without one (a registry that gave none): the lockfile keeps what it
            // has; a different recorded integrity was refused before this point.
            Some(entry) if !entry.integrity.is_empty() || integrity.is_empty() => Ok(()),
            Some(entry) => {
                entry.integrity = integrity.to_string();
                self.mark_changed();
                Ok(())
            }
            None if self.frozen => Err(self.frozen_error(&format!("the npm package {nv}"))),
            None => {
                lock.npm.insert(
                    nv.to_string(),
                    NpmEntry {
                        integrity: integrity.to_string(),
                        dependencies: BTreeSet::new(),
                    },
                );
                self.mark_changed();
                Ok(())
            }
        }
    }

    fn record_dependency(&self, parent: &str, dependency: &str) -> Result<(), x_npm::NpmError> {
        let mut lock = self.content.borrow_mut();
        let entry = lock.npm.entry(parent.to_string()).or_default();
        if entry.dependencies.contains(dependency) {
            return Ok(());
        }
        if self.frozen {
            return Err(self.frozen_error(&format!(
                "the dependency {dependency} of the npm package {parent}"
            )));
        }
        // One version per dependency name: a newer choice replaces the old one.
        if let Some((name, _)) = split_nv(dependency) {
            entry
                .dependencies
                .retain(|nv| split_nv(nv).map(|(n, _)| n) != Some(name));
        }
        entry.dependencies.insert(dependency.to_string());
        self.mark_changed();
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
    fn npm_choices_round_trip_and_version_1_is_converted() {
        use x_npm::NpmLock;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.lock");
        std::fs::write(
            &path,
            r#"{"version":"1","remote":{},"npm":{"ms@2":"ms@2.1.3"},"packages":{"ms@2.1.3":"sha512-a"}}"#,
        )
        .unwrap();
        let lock = Lockfile::load(&path, false).unwrap();
        assert_eq!(lock.specifier_version("npm:ms@2").as_deref(), Some("2.1.3"));
        assert_eq!(lock.integrity("ms@2.1.3").as_deref(), Some("sha512-a"));
        lock.record_package("@s/a@1.0.0", "sha512-b").unwrap();
        lock.record_dependency("@s/a@1.0.0", "ms@2.1.3").unwrap();
        lock.write_if_changed().unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\"version\": \"2\""), "{text}");

        let frozen = Lockfile::load(&path, true).unwrap();
        assert_eq!(
            frozen.dependency_version("@s/a@1.0.0", "ms").as_deref(),
            Some("2.1.3")
        );
        assert!(frozen.record_dependency("@s/a@1.0.0", "ms@2.1.3").is_ok());
        let err = frozen.record_specifier("npm:zod@4", "4.0.0").unwrap_err();
        assert!(err.to_string().contains("--frozen"), "{err}");
        assert_eq!(split_nv("@s/a@1.0.0"), Some(("@s/a", "1.0.0")));
    }

    #[test]
    fn hashes_are_sha256_hex() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
