//! What one deployment consists of, prepared locally before anything is sent: the artifact
//! (built by `x_bundle` from the module graph; a module that does not parse or resolve
//! stops here with its `file:line:col`), the static assets (`--include`), each with its
//! SHA-256, and the platform manifest naming them all by hash.
//!
//! The platform manifest lists the artifact as its one module blob under the entry's
//! specifier, with `format` = [`x_bundle::PLATFORM_FORMAT`]: the hypervisor reads that blob
//! with `x_bundle::Bundle::load`.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use bytes::Bytes;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use url::Url;
use x_graph::Graph;

/// Bytes named by their SHA-256 (lower-case hex), as the platform stores them.
#[derive(Debug, Clone)]
pub struct Blob {
    pub hash: String,
    pub bytes: Bytes,
}

impl Blob {
    pub fn new(bytes: impl Into<Bytes>) -> Blob {
        let bytes = bytes.into();
        Blob {
            hash: sha256_hex(&bytes),
            bytes,
        }
    }
}

/// A static file served at `path`.
#[derive(Debug, Clone)]
pub struct Asset {
    pub path: String,
    pub file: PathBuf,
    pub content_type: Option<&'static str>,
    pub blob: Blob,
}

/// Everything a deployment needs, hashed.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The entry's specifier inside the artifact (local files are under
    /// `x_bundle::VIRTUAL_ROOT`).
    pub entry: String,
    pub artifact: Blob,
    /// How many modules the artifact holds.
    pub modules: usize,
    pub assets: Vec<Asset>,
}

impl Prepared {
    /// The manifest for `POST /projects/{p}/deployments`.
    pub fn manifest(&self) -> Value {
        let assets: Vec<Value> = self
            .assets
            .iter()
            .map(|a| {
                let mut asset = json!({ "path": a.path, "blob": a.blob.hash });
                if let Some(content_type) = a.content_type {
                    asset["content_type"] = json!(content_type);
                }
                asset
            })
            .collect();
        json!({
            "entry": self.entry,
            "format": x_bundle::PLATFORM_FORMAT,
            "modules": [{ "specifier": self.entry, "blob": self.artifact.hash }],
            "assets": assets,
        })
    }

    /// Every distinct blob, smallest first (so a cut connection costs the least).
    pub fn blobs(&self) -> Vec<Blob> {
        let mut blobs: Vec<Blob> = std::iter::once(self.artifact.clone())
            .chain(self.assets.iter().map(|a| a.blob.clone()))
            .collect();
        blobs.sort_by(|a, b| (a.bytes.len(), &a.hash).cmp(&(b.bytes.len(), &b.hash)));
        blobs.dedup_by(|a, b| a.hash == b.hash);
        blobs
    }

    /// The size of every distinct blob together.
    pub fn total_bytes(&self) -> u64 {
        self.blobs().iter().map(|b| b.bytes.len() as u64).sum()
    }
}

/// Which files become assets: `include` entries (folders or files, relative to `base`)
/// minus the `exclude` globs (also relative to `base`). An asset is served at its path
/// relative to `base`: `static/logo.png` at `/static/logo.png`.
#[derive(Debug, Clone, Default)]
pub struct AssetOptions {
    pub base: PathBuf,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
}

/// Builds the graph from `entry`, the artifact from the graph, and reads the assets.
pub async fn prepare(graph: &Graph, entry: &Url, assets: &AssetOptions) -> Result<Prepared> {
    let timer = crate::Timer::start();
    graph
        .add_roots(vec![entry.clone()], false)
        .await
        .map_err(|e| anyhow!("{e}\n  Nothing was uploaded: fix the module and deploy again."))?;
    timer.lap("module graph built");
    let built = x_bundle::build(graph, entry).context("cannot build the deployment artifact")?;
    timer.lap("artifact built");
    let modules = graph.module_graph().modules().count();
    let entry = built.manifest.entry;
    let artifact = Blob::new(built.bytes);
    let assets = read_assets(assets)?;
    timer.lap("artifact and assets hashed");
    Ok(Prepared {
        entry,
        artifact,
        modules,
        assets,
    })
}

/// Reads the files `options` selects, sorted by path.
pub fn read_assets(options: &AssetOptions) -> Result<Vec<Asset>> {
    let mut exclude = globset::GlobSetBuilder::new();
    for pattern in &options.exclude {
        let pattern = pattern.trim_start_matches("./").trim_end_matches('/');
        exclude.add(
            globset::Glob::new(pattern)
                .with_context(|| format!("invalid exclude pattern {pattern:?}"))?,
        );
        // A folder's name excludes what is in it.
        exclude.add(globset::Glob::new(&format!("{pattern}/**"))?);
    }
    let exclude = exclude.build()?;
    let mut files = Vec::new();
    for include in &options.include {
        let path = options.base.join(include);
        let meta = std::fs::metadata(&path)
            .with_context(|| format!("cannot read {} (named by --include)", path.display()))?;
        if meta.is_dir() {
            walk(&path, &mut files)?;
        } else {
            files.push(path);
        }
    }
    let mut assets = Vec::new();
    for file in files {
        let relative = relative_path(&options.base, &file)?;
        if exclude.is_match(&relative) {
            continue;
        }
        let bytes =
            std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
        assets.push(Asset {
            path: format!("/{relative}"),
            content_type: content_type(&relative),
            file,
            blob: Blob::new(bytes),
        });
    }
    assets.sort_by(|a, b| a.path.cmp(&b.path));
    assets.dedup_by(|a, b| a.path == b.path);
    Ok(assets)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the folder {}", dir.display()))?
        .collect::<std::io::Result<_>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let meta =
            std::fs::metadata(&path).with_context(|| format!("cannot read {}", path.display()))?;
        if meta.is_dir() {
            walk(&path, files)?;
        } else if meta.is_file() {
            files.push(path);
        }
    }
    Ok(())
}

/// `file` relative to `base`, with `/` separators; files outside `base` are refused.
fn relative_path(base: &Path, file: &Path) -> Result<String> {
    let base = std::path::absolute(base)?;
    let file = std::path::absolute(file)?;
    let normal = |p: &Path| -> PathBuf {
        let mut out = PathBuf::new();
        for c in p.components() {
            match c {
                std::path::Component::ParentDir => {
                    out.pop();
                }
                std::path::Component::CurDir => {}
                other => out.push(other),
            }
        }
        out
    };
    let Ok(relative) = normal(&file)
        .strip_prefix(normal(&base))
        .map(Path::to_path_buf)
    else {
        bail!(
            "{} is outside the project folder {}: assets must be inside it",
            file.display(),
            base.display()
        );
    };
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    Ok(parts.join("/"))
}

/// The content type of common web files, by extension.
pub fn content_type(path: &str) -> Option<&'static str> {
    let extension = path.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match extension.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "md" => "text/markdown; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "wasm" => "application/wasm",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "xml" => "application/xml",
        "pdf" => "application/pdf",
        _ => return None,
    })
}

/// SHA-256 as 64 lower-case hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assets_are_relative_sorted_typed_and_excluded() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path();
        std::fs::create_dir_all(base.join("static/img")).unwrap();
        std::fs::write(base.join("static/index.html"), "<p>hi</p>").unwrap();
        std::fs::write(base.join("static/img/a.png"), [1, 2, 3]).unwrap();
        std::fs::write(base.join("static/secret.key"), "k").unwrap();
        std::fs::create_dir_all(base.join("static/drafts")).unwrap();
        std::fs::write(base.join("static/drafts/x.md"), "x").unwrap();
        let assets = read_assets(&AssetOptions {
            base: base.to_owned(),
            include: vec!["static".into()],
            exclude: vec!["**/*.key".into(), "static/drafts".into()],
        })
        .unwrap();
        let paths: Vec<&str> = assets.iter().map(|a| a.path.as_str()).collect();
        assert_eq!(paths, ["/static/img/a.png", "/static/index.html"]);
        assert_eq!(assets[1].content_type, Some("text/html; charset=utf-8"));
        assert_eq!(assets[1].blob.hash, sha256_hex(b"<p>hi</p>"));
    }

    #[test]
    fn assets_outside_the_project_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("p")).unwrap();
        std::fs::write(dir.path().join("outside.txt"), "x").unwrap();
        let error = read_assets(&AssetOptions {
            base: dir.path().join("p"),
            include: vec!["../outside.txt".into()],
            exclude: vec![],
        })
        .unwrap_err();
        assert!(error.to_string().contains("outside the project"), "{error}");
    }

    #[test]
    fn a_missing_include_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let error = read_assets(&AssetOptions {
            base: dir.path().to_owned(),
            include: vec!["nope".into()],
            exclude: vec![],
        })
        .unwrap_err();
        assert!(error.to_string().contains("--include"), "{error}");
    }

    #[test]
    fn hashes_are_sha256_hex() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
