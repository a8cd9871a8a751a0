//! The npm registry client and the global package cache.
//!
//! A package's metadata (the "packument") is fetched once and kept beside its versions in
//! `$X_DIR/npm/<registry host>[/<path>]/<name>/registry.json`; a version's tarball is downloaded,
//! checked against the registry's `dist.integrity` (sha512, or the older sha1 `shasum`),
//! and unpacked into `$X_DIR/npm/<registry host>[/<path>]/<name>/<version>/` through a temporary
//! folder renamed into place, so a folder that exists is always complete.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use base64::Engine;
use deno_semver::package::PackageReq;
use deno_semver::{Version, VersionReq};
use serde::Deserialize;
use sha2::Digest;
use url::Url;

use crate::{NpmError, NpmLock};

/// The file in an unpacked package folder that holds the integrity its tarball was
/// checked against: a cached package is compared with the lockfile without the network.
/// Written into the temporary folder before the rename, so it is there whenever the
/// folder is.
pub const INTEGRITY_FILE: &str = ".x-integrity";

/// The default registry, as npm's.
pub const DEFAULT_REGISTRY: &str = "https://registry.npmjs.org/";

/// What the registry says about one version.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct VersionInfo {
    pub version: String,
    #[serde(default)]
    pub dependencies: HashMap<String, String>,
    #[serde(default, rename = "peerDependencies")]
    pub peer_dependencies: HashMap<String, String>,
    #[serde(default, rename = "optionalDependencies")]
    pub optional_dependencies: HashMap<String, String>,
    #[serde(default)]
    pub dist: Dist,
}

/// Where a version's tarball is and how to check it.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Dist {
    #[serde(default)]
    pub tarball: String,
    pub integrity: Option<String>,
    pub shasum: Option<String>,
}

/// A package's metadata: its versions and dist-tags.
#[derive(Debug, Deserialize, Default)]
pub struct Packument {
    #[serde(default)]
    pub name: String,
    #[serde(default, rename = "dist-tags")]
    pub dist_tags: HashMap<String, String>,
    #[serde(default)]
    pub versions: HashMap<String, VersionInfo>,
}

impl Packument {
    /// The version `req` selects: a dist-tag's version, or the highest matching version
    /// (the `latest` tag's when it matches, as npm prefers).
    pub fn select(&self, req: &VersionReq) -> Option<&VersionInfo> {
        if let Some(tag) = req.tag() {
            return self.versions.get(self.dist_tags.get(tag)?);
        }
        if let Some(latest) = self.dist_tags.get("latest") {
            if let (Some(info), Ok(v)) =
                (self.versions.get(latest), Version::parse_from_npm(latest))
            {
                if req.matches(&v) {
                    return Some(info);
                }
            }
        }
        self.versions
            .iter()
            .filter_map(|(text, info)| Some((Version::parse_from_npm(text).ok()?, info)))
            .filter(|(v, _)| req.matches(v))
            .max_by(|a, b| a.0.cmp(&b.0))
            .map(|(_, info)| info)
    }
}

/// A package version present in the cache.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installed {
    pub name: String,
    pub version: String,
    /// The integrity the tarball was checked against (`sha512-…`), for the lockfile.
    pub integrity: String,
    /// The unpacked package folder.
    pub dir: PathBuf,
}

/// The registry and its cache.
pub struct Registry {
    base: Url,
    /// `$X_DIR/npm/<registry host>`.
    root: PathBuf,
    cached_only: bool,
    /// Made on first use: building a client reads the system's certificate store (a few
    /// milliseconds), which a program whose packages are all cached never needs.
    client: std::sync::OnceLock<reqwest::Client>,
    packuments: RefCell<HashMap<String, Rc<Packument>>>,
    /// Versions this process already chose, per name: a later range they satisfy (a peer
    /// dependency, a second import) reuses one rather than loading a second copy.
    chosen: RefCell<HashMap<String, Vec<VersionInfo>>>,
    /// One gate per `name@version` being installed: two imports of one package on a cold
    /// cache (`npm:hono@4` and `npm:hono@4/logger`) both found it missing, and each
    /// downloaded and unpacked it; the second then deleted its copy.
    installing: RefCell<HashMap<String, Rc<futures::lock::Mutex<()>>>>,
}

impl Registry {
    /// A registry at `base` (`--registry`, `NPM_CONFIG_REGISTRY`, or npm's), caching under
    /// `cache_dir/npm/<host>`. With `cached_only`, nothing is fetched.
    pub fn new(base: &str, cache_dir: &Path, cached_only: bool) -> Result<Registry, NpmError> {
        let mut text = base.to_string();
        if !text.ends_with('/') {
            text.push('/');
        }
        let base = Url::parse(&text).map_err(|e| NpmError::BadRegistry {
            registry: base.to_string(),
            reason: e.to_string(),
        })?;
        let host = match (base.host_str(), base.port()) {
            (Some(h), Some(p)) => format!("{h}_{p}"),
            (Some(h), None) => h.to_string(),
            _ => "registry".to_string(),
        };
        // A registry under a path (`http://host/npm/`) is its own cache: two registries on
        // one host may serve different bytes under the same name.
        let mut root = cache_dir.join("npm").join(host);
        for segment in base.path_segments().into_iter().flatten() {
            if !segment.is_empty() && segment != "." && segment != ".." {
                root.push(segment);
            }
        }
        Ok(Registry {
            root,
            base,
            cached_only,
            client: std::sync::OnceLock::new(),
            packuments: RefCell::new(HashMap::new()),
            chosen: RefCell::new(HashMap::new()),
            installing: RefCell::new(HashMap::new()),
        })
    }

    fn client(&self, package: &str) -> Result<&reqwest::Client, NpmError> {
        if let Some(client) = self.client.get() {
            return Ok(client);
        }
        let client = x_http_client::build(|| {
            reqwest::Client::builder().user_agent(concat!("x/", env!("CARGO_PKG_VERSION")))
        })
        .map_err(|e| self.down(package, &e))?;
        Ok(self.client.get_or_init(|| client))
    }

    /// The registry's URL.
    pub fn url(&self) -> &Url {
        &self.base
    }

    /// Where this registry's packages are unpacked.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder of `name@version` in the cache (which may not exist yet).
    pub fn package_dir(&self, name: &str, version: &str) -> PathBuf {
        self.root.join(name).join(version)
    }

    /// `name@version` if it is already unpacked.
    pub fn cached(&self, name: &str, version: &str) -> Option<PathBuf> {
        let dir = self.package_dir(name, version);
        dir.is_dir().then_some(dir)
    }

    /// The package's metadata: from memory, else the disk cache (unless `refresh`), else
    /// the registry.
    pub async fn packument(&self, name: &str, refresh: bool) -> Result<Rc<Packument>, NpmError> {
        if !refresh {
            if let Some(hit) = self.packuments.borrow().get(name) {
                return Ok(hit.clone());
            }
        }
        let path = self.root.join(name).join("registry.json");
        if !refresh || self.cached_only {
            if let Ok(text) = std::fs::read(&path) {
                if let Ok(p) = serde_json::from_slice::<Packument>(&text) {
                    let p = Rc::new(p);
                    self.packuments
                        .borrow_mut()
                        .insert(name.to_string(), p.clone());
                    return Ok(p);
                }
            }
        }
        if self.cached_only {
            return Err(NpmError::NotCached {
                package: name.to_string(),
            });
        }
        let url = self
            .base
            .join(&name.replace('/', "%2f"))
            .map_err(|e| NpmError::Other(e.to_string()))?;
        let response = self
            .client(name)?
            .get(url.clone())
            .header(
                "accept",
                "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*",
            )
            .send()
            .await
            .map_err(|e| self.down(name, &e))?;
        if response.status() == reqwest::StatusCode::NOT_FOUND {
            return Err(NpmError::UnknownPackage {
                package: name.to_string(),
                registry: self.base.to_string(),
            });
        }
        if !response.status().is_success() {
            return Err(NpmError::RegistryDown {
                package: name.to_string(),
                registry: self.base.to_string(),
                reason: format!("it answered {}", response.status()),
            });
        }
        let bytes = response.bytes().await.map_err(|e| self.down(name, &e))?;
        let packument: Packument =
            serde_json::from_slice(&bytes).map_err(|e| NpmError::RegistryDown {
                package: name.to_string(),
                registry: self.base.to_string(),
                reason: format!("its metadata is not valid JSON: {e}"),
            })?;
        write_atomically(&path, &bytes)?;
        let packument = Rc::new(packument);
        self.packuments
            .borrow_mut()
            .insert(name.to_string(), packument.clone());
        Ok(packument)
    }

    fn down(&self, package: &str, e: &reqwest::Error) -> NpmError {
        let mut reason = e.to_string();
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            reason = format!("{reason}: {s}");
            source = s.source();
        }
        NpmError::RegistryDown {
            package: package.to_string(),
            registry: self.base.to_string(),
            reason,
        }
    }

    /// Picks the version `req` asks for (refreshing cached metadata once when it has no
    /// match, as a newer version may have been published) and makes sure it is unpacked.
    pub async fn install_req(
        &self,
        req: &PackageReq,
        lock: Option<&dyn NpmLock>,
    ) -> Result<Installed, NpmError> {
        let name = req.name.as_str();
        let reuse = self.chosen.borrow().get(name).and_then(|versions| {
            versions
                .iter()
                .filter_map(|info| Some((Version::parse_from_npm(&info.version).ok()?, info)))
                .filter(|(v, _)| req.version_req.matches(v))
                .max_by(|a, b| a.0.cmp(&b.0))
                .map(|(_, info)| info.clone())
        });
        if let Some(info) = reuse {
            return self.install(name, &info, lock).await;
        }
        let mut packument = self.packument(name, false).await?;
        if packument.select(&req.version_req).is_none() && !self.cached_only {
            packument = self.packument(name, true).await?;
        }
        let Some(info) = packument.select(&req.version_req) else {
            let mut versions: Vec<_> = packument
                .versions
                .keys()
                .filter_map(|v| Version::parse_from_npm(v).ok())
                .collect();
            versions.sort();
            let known = versions
                .iter()
                .rev()
                .take(5)
                .map(|v| v.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            return Err(NpmError::UnknownVersion {
                package: name.to_string(),
                req: req.version_req.version_text().to_string(),
                known,
            });
        };
        let info = info.clone();
        self.chosen
            .borrow_mut()
            .entry(name.to_string())
            .or_default()
            .push(info.clone());
        self.install(name, &info, lock).await
    }

    /// Makes sure `name@version` (as the lockfile recorded it) is unpacked, without the
    /// network when it is cached; the lockfile's integrity must match the cached
    /// package's, or the tarball's when it is downloaded.
    pub async fn install_exact(
        &self,
        name: &str,
        version: &str,
        lock: Option<&dyn NpmLock>,
    ) -> Result<Installed, NpmError> {
        if let Some(dir) = self.cached(name, version) {
            let nv = format!("{name}@{version}");
            let expected = lock.and_then(|l| l.integrity(&nv));
            // A folder unpacked before the integrity file existed: the lockfile's word.
            let integrity = read_integrity(&dir)
                .or_else(|| expected.clone())
                .unwrap_or_default();
            check_locked(lock, &nv, &integrity, "package in the cache")?;
            return Ok(Installed {
                name: name.to_string(),
                version: version.to_string(),
                integrity,
                dir,
            });
        }
        let packument = self.packument(name, false).await?;
        let info = match packument.versions.get(version) {
            Some(info) => info.clone(),
            None => match self.packument(name, true).await?.versions.get(version) {
                Some(info) => info.clone(),
                None => {
                    return Err(NpmError::UnknownVersion {
                        package: name.to_string(),
                        req: version.to_string(),
                        known: String::new(),
                    })
                }
            },
        };
        self.install(name, &info, lock).await
    }

    async fn install(
        &self,
        name: &str,
        info: &VersionInfo,
        lock: Option<&dyn NpmLock>,
    ) -> Result<Installed, NpmError> {
        let package = format!("{name}@{}", info.version);
        let integrity = info
            .dist
            .integrity
            .clone()
            .or_else(|| info.dist.shasum.as_ref().map(|s| format!("sha1-{s}")))
            .unwrap_or_default();
        // Held until this install is done: a second install of the same version waits
        // here, then finds it in the cache.
        let gate = self
            .installing
            .borrow_mut()
            .entry(package.clone())
            .or_default()
            .clone();
        let _installing = gate.lock().await;
        if let Some(dir) = self.cached(name, &info.version) {
            let integrity = read_integrity(&dir).unwrap_or(integrity);
            check_locked(lock, &package, &integrity, "package in the cache")?;
            return Ok(Installed {
                name: name.to_string(),
                version: info.version.clone(),
                integrity,
                dir,
            });
        }
        if self.cached_only {
            return Err(NpmError::NotCached { package });
        }
        let bytes = self
            .client(&package)?
            .get(&info.dist.tarball)
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| self.down(&package, &e))?
            .bytes()
            .await
            .map_err(|e| self.down(&package, &e))?;
        check_integrity(&package, &integrity, &bytes)?;
        // The registry vouches for the bytes; the lockfile must too, before they are
        // unpacked where the next run would trust them.
        if let Some(lock) = lock {
            if let Some(expected) = lock.integrity(&package) {
                if check_integrity(&package, &expected, &bytes).is_err() {
                    return Err(NpmError::LockMismatch {
                        package,
                        lockfile: lock.lockfile_path().display().to_string(),
                        expected,
                        actual: integrity,
                        source_kind: "registry's tarball",
                    });
                }
            }
        }
        let dir = self.package_dir(name, &info.version);
        unpack(&bytes, &dir, &integrity).map_err(|e| NpmError::Unpack {
            package: package.clone(),
            reason: e.to_string(),
        })?;
        Ok(Installed {
            name: name.to_string(),
            version: info.version.clone(),
            integrity,
            dir,
        })
    }
}

/// The integrity a cached package's tarball was checked against, if it was recorded.
fn read_integrity(dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(dir.join(INTEGRITY_FILE)).ok()?;
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// The lockfile's integrity for `nv`, if it records one, must be `actual`.
fn check_locked(
    lock: Option<&dyn NpmLock>,
    nv: &str,
    actual: &str,
    source_kind: &'static str,
) -> Result<(), NpmError> {
    let Some(lock) = lock else { return Ok(()) };
    match lock.integrity(nv) {
        Some(expected) if !actual.is_empty() && expected != actual => Err(NpmError::LockMismatch {
            package: nv.to_string(),
            lockfile: lock.lockfile_path().display().to_string(),
            expected,
            actual: actual.to_string(),
            source_kind,
        }),
        _ => Ok(()),
    }
}

/// Checks `bytes` against an SRI string (`sha512-<base64>`, `sha1-<hex>` from `shasum`).
pub fn check_integrity(package: &str, integrity: &str, bytes: &[u8]) -> Result<(), NpmError> {
    let actual = match integrity.split_once('-') {
        Some(("sha512", _)) => format!(
            "sha512-{}",
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha512::digest(bytes))
        ),
        Some(("sha256", _)) => format!(
            "sha256-{}",
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
        ),
        Some(("sha1", _)) => {
            let digest = sha1::Sha1::digest(bytes);
            format!(
                "sha1-{}",
                digest
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<String>()
            )
        }
        _ => {
            return Err(NpmError::Integrity {
                package: package.to_string(),
                expected: integrity.to_string(),
                actual: "(no supported checksum in the registry's metadata)".into(),
            })
        }
    };
    if actual == integrity {
        Ok(())
    } else {
        Err(NpmError::Integrity {
            package: package.to_string(),
            expected: integrity.to_string(),
            actual,
        })
    }
}

/// Unpacks a gzipped package tarball into `dir`: into a sibling temporary folder first,
/// renamed into place, so `dir` is either absent or complete. The tarball's first path
/// component (`package/` by convention) is dropped; entries leaving the folder are refused.
/// `integrity` (what the tarball was checked against) goes into [`INTEGRITY_FILE`].
pub fn unpack(tgz: &[u8], dir: &Path, integrity: &str) -> std::io::Result<()> {
    let parent = dir.parent().expect("package folders have a parent");
    std::fs::create_dir_all(parent)?;
    let tmp = parent.join(format!(
        ".tmp-{}-{}",
        dir.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp)?;
    let result = (|| {
        // Folders already made: `create_dir_all` for every file's parent was a failed
        // mkdir per file.
        let mut made = std::collections::HashSet::new();
        let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(tgz));
        for entry in archive.entries()? {
            let mut entry = entry?;
            let kind = entry.header().entry_type();
            if !(kind.is_file() || kind.is_dir()) {
                continue; // links and devices have no place in a package
            }
            let path = entry.path()?.into_owned();
            let inner: PathBuf = path.components().skip(1).collect();
            if inner.as_os_str().is_empty()
                || inner
                    .components()
                    .any(|c| !matches!(c, Component::Normal(_)))
            {
                continue;
            }
            let target = tmp.join(&inner);
            if kind.is_dir() {
                std::fs::create_dir_all(&target)?;
                continue;
            }
            if let Some(p) = target.parent() {
                if !made.contains(p) {
                    std::fs::create_dir_all(p)?;
                    made.insert(p.to_path_buf());
                }
            }
            let mut bytes = Vec::with_capacity(entry.size() as usize);
            entry.read_to_end(&mut bytes)?;
            std::fs::write(&target, bytes)?;
        }
        if !integrity.is_empty() {
            std::fs::write(tmp.join(INTEGRITY_FILE), integrity)?;
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    match std::fs::rename(&tmp, dir) {
        Ok(()) => Ok(()),
        // Another process unpacked the same version first: theirs is complete too.
        Err(_) if dir.is_dir() => {
            let _ = std::fs::remove_dir_all(&tmp);
            Ok(())
        }
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            Err(e)
        }
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), NpmError> {
    let io = |e: std::io::Error| NpmError::Other(format!("cannot write {}: {e}", path.display()));
    std::fs::create_dir_all(path.parent().expect("has a parent")).map_err(io)?;
    let tmp = path.with_extension(format!("json.tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packument() -> Packument {
        serde_json::from_str(
            r#"{"name":"p","dist-tags":{"latest":"1.2.0","next":"2.0.0-beta.1"},
                "versions":{"1.0.0":{"version":"1.0.0"},"1.2.0":{"version":"1.2.0"},
                "1.3.0":{"version":"1.3.0"},"2.0.0-beta.1":{"version":"2.0.0-beta.1"}}}"#,
        )
        .unwrap()
    }

    fn select(req: &str) -> Option<String> {
        let req = VersionReq::parse_from_npm(req).unwrap();
        packument().select(&req).map(|v| v.version.clone())
    }

    #[test]
    fn selects_latest_when_it_matches_else_highest() {
        assert_eq!(select("1").as_deref(), Some("1.2.0"));
        assert_eq!(select("^1.2.1").as_deref(), Some("1.3.0"));
        assert_eq!(select("1.0.0").as_deref(), Some("1.0.0"));
        assert_eq!(select("next").as_deref(), Some("2.0.0-beta.1"));
        assert_eq!(select("3"), None);
    }

    #[test]
    fn integrity_is_checked() {
        let good = format!(
            "sha512-{}",
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha512::digest(b"abc"))
        );
        assert!(check_integrity("p@1.0.0", &good, b"abc").is_ok());
        let err = check_integrity("p@1.0.0", &good, b"abd").unwrap_err();
        assert!(err.to_string().contains("p@1.0.0"), "{err}");
    }

    #[test]
    fn unpacks_atomically_and_refuses_escapes() {
        let mut builder = tar::Builder::new(Vec::new());
        for (path, body) in [("package/package.json", "{}"), ("package/lib/a.js", "1")] {
            let mut header = tar::Header::new_gnu();
            header.set_size(body.len() as u64);
            header.set_mode(0o644);
            header.set_cksum();
            builder
                .append_data(&mut header, path, body.as_bytes())
                .unwrap();
        }
        let tarball = builder.into_inner().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, &tarball).unwrap();
        let tgz = gz.finish().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("p").join("1.0.0");
        unpack(&tgz, &target, "sha512-x").unwrap();
        assert_eq!(read_integrity(&target).as_deref(), Some("sha512-x"));
        assert_eq!(
            std::fs::read_to_string(target.join("lib/a.js")).unwrap(),
            "1"
        );
        let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("p")).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
    }
}
