//! A tiny npm registry for the spec tests, over the tarballs `tests/npm/fixtures.sh` packs
//! into `$X_NPM_FIXTURES` (default `~/.cache/x-npm-fixtures`): `GET /npm/<name>` is the
//! package's metadata built from those files (each version's `dist.integrity` computed
//! over the tarball, `latest` the highest version), `GET /npm/-/<file>` the tarball.
//! `/npm-bad-integrity/` serves the same packages with a wrong integrity.
//! `/npm-dir/<hex of a folder>/` serves the `index.tsv` and tarballs of that folder
//! instead: a test makes its own packages there and "publishes" new versions while it
//! runs (see [`dir_registry`]).

use std::collections::BTreeMap;
use std::path::PathBuf;

use axum::extract::{Path, Request};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use base64::Engine;
use sha2::Digest;

/// Where the fixture tarballs are.
pub fn fixtures_dir() -> PathBuf {
    std::env::var_os("X_NPM_FIXTURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
                .join(".cache/x-npm-fixtures")
        })
}

/// The registry URL serving the packages of `dir` (its `index.tsv`: name, version, file).
pub fn dir_registry(dir: &std::path::Path) -> String {
    let hex: String = dir
        .to_str()
        .expect("a UTF-8 path")
        .bytes()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("http://{}/npm-dir/{hex}/", crate::server::address())
}

fn unhex(hex: &str) -> Option<PathBuf> {
    let bytes: Option<Vec<u8>> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect();
    Some(PathBuf::from(String::from_utf8(bytes?).ok()?))
}

/// name → [(version, file)] from `index.tsv`.
fn index(dir: &std::path::Path) -> BTreeMap<String, Vec<(String, String)>> {
    let text = std::fs::read_to_string(dir.join("index.tsv")).unwrap_or_else(|_| {
        panic!(
            "no npm fixtures in {}: run tests/npm/fixtures.sh (install.sh --deps-only does)",
            dir.display()
        )
    });
    let mut map: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for line in text.lines() {
        let mut parts = line.split('\t');
        if let (Some(n), Some(v), Some(f)) = (parts.next(), parts.next(), parts.next()) {
            map.entry(n.to_string())
                .or_default()
                .push((v.to_string(), f.to_string()));
        }
    }
    map
}

fn version_key(v: &str) -> Vec<u64> {
    v.split(['.', '-'])
        .map(|p| p.parse().unwrap_or(0))
        .collect()
}

fn packument(
    dir: &std::path::Path,
    prefix: &str,
    name: &str,
    host: &str,
    corrupt: bool,
) -> Option<serde_json::Value> {
    let versions = index(dir).remove(name)?;
    let mut out = serde_json::Map::new();
    let mut latest = String::new();
    for (version, file) in &versions {
        let bytes = std::fs::read(dir.join(file)).ok()?;
        let mut digest = sha2::Sha512::digest(&bytes).to_vec();
        if corrupt {
            digest[0] ^= 0xff;
        }
        let integrity = format!(
            "sha512-{}",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        out.insert(
            version.clone(),
            serde_json::json!({
                "name": name,
                "version": version,
                "dist": {
                    "tarball": format!("http://{host}/{prefix}/-/{file}"),
                    "integrity": integrity,
                },
            }),
        );
        if latest.is_empty() || version_key(version) > version_key(&latest) {
            latest = version.clone();
        }
    }
    Some(serde_json::json!({
        "name": name,
        "dist-tags": { "latest": latest },
        "versions": out,
    }))
}

fn metadata(
    prefix: &'static str,
    corrupt: bool,
) -> impl Fn(Path<String>, Request) -> futures::future::Ready<Response> + Clone {
    move |Path(path): Path<String>, request: Request| {
        futures::future::ready(answer(&fixtures_dir(), prefix, &path, &request, corrupt))
    }
}

fn from_dir(
    Path((hex, path)): Path<(String, String)>,
    request: Request,
) -> futures::future::Ready<Response> {
    let response = match unhex(&hex) {
        Some(dir) => answer(&dir, &format!("npm-dir/{hex}"), &path, &request, false),
        None => StatusCode::BAD_REQUEST.into_response(),
    };
    futures::future::ready(response)
}

fn answer(
    dir: &std::path::Path,
    prefix: &str,
    path: &str,
    request: &Request,
    corrupt: bool,
) -> Response {
    {
        let host = request
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("127.0.0.1")
            .to_string();
        let response = if let Some(file) = path.strip_prefix("-/") {
            if file.contains("..") || file.contains('/') {
                StatusCode::BAD_REQUEST.into_response()
            } else {
                match std::fs::read(dir.join(file)) {
                    Ok(bytes) => {
                        note_served(dir, file);
                        ([(header::CONTENT_TYPE, "application/octet-stream")], bytes)
                            .into_response()
                    }
                    Err(_) => StatusCode::NOT_FOUND.into_response(),
                }
            }
        } else {
            let name = path.replace("%2f", "/").replace("%2F", "/");
            match packument(dir, prefix, &name, &host, corrupt) {
                Some(json) => (
                    [(header::CONTENT_TYPE, "application/json")],
                    json.to_string(),
                )
                    .into_response(),
                None => (StatusCode::NOT_FOUND, "{\"error\":\"Not found\"}").into_response(),
            }
        };
        response
    }
}

/// Appends `file` to the folder's `served.log` when the test made one (to count downloads).
fn note_served(dir: &std::path::Path, file: &str) {
    use std::io::Write;
    let log = dir.join("served.log");
    if let Ok(mut log) = std::fs::OpenOptions::new().append(true).open(log) {
        let _ = writeln!(log, "{file}");
    }
}

/// The registry's routes.
pub fn router() -> Router {
    Router::new()
        .route("/npm/{*path}", get(metadata("npm", false)))
        .route(
            "/npm-bad-integrity/{*path}",
            get(metadata("npm-bad-integrity", true)),
        )
        .route("/npm-dir/{hex}/{*path}", get(from_dir))
}
