//! Remote modules: fetched with reqwest and kept on disk, so a program runs again without
//! the network. One entry per URL under `<cache>/remote/`: the body in `<sha256(url)>` and
//! what we need of the response in `<sha256(url)>.json` (final status, content type,
//! redirect target). Redirects are stored as entries of their own so the graph sees them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use url::Url;

use crate::lockfile::sha256_hex;

/// A response, as the graph needs it.
#[derive(Debug, Clone)]
pub enum Fetched {
    Module {
        body: Vec<u8>,
        headers: HashMap<String, String>,
    },
    Redirect {
        location: Url,
    },
}

#[derive(Debug, Serialize, Deserialize)]
struct Meta {
    url: String,
    #[serde(default)]
    headers: HashMap<String, String>,
    #[serde(default)]
    redirect: Option<String>,
}

/// Why a remote module could not be had.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("the server answered {status} for {url}; check the URL, or that the server is up")]
    Status {
        url: Url,
        status: reqwest::StatusCode,
    },
    #[error("fetching {url} took longer than {seconds}s and was abandoned; check the network or set X_HTTP_TIMEOUT (seconds)")]
    Timeout { url: Url, seconds: u64 },
    #[error("cannot fetch {url}: {reason}")]
    Network { url: Url, reason: String },
    #[error("{url} is not in the cache and --cached-only forbids fetching it")]
    NotCached { url: Url },
    #[error("cannot write the cache at {path}: {source}")]
    Cache {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The on-disk cache of remote modules, and the client that fills it.
pub struct HttpCache {
    dir: PathBuf,
    client: OnceLock<reqwest::Client>,
    timeout: Duration,
}

impl HttpCache {
    /// A cache under `cache_dir/remote`. The HTTP client is made on first use only, so a
    /// program with no remote imports pays nothing for it.
    pub fn new(cache_dir: &Path) -> Self {
        let seconds = std::env::var("X_HTTP_TIMEOUT")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(60);
        HttpCache {
            dir: cache_dir.join("remote"),
            client: OnceLock::new(),
            timeout: Duration::from_secs(seconds),
        }
    }

    fn paths(&self, url: &Url) -> (PathBuf, PathBuf) {
        let key = sha256_hex(url.as_str().as_bytes());
        (self.dir.join(&key), self.dir.join(format!("{key}.json")))
    }

    /// The cached response for `url`, if there is one.
    pub fn get(&self, url: &Url) -> Option<Fetched> {
        let (body_path, meta_path) = self.paths(url);
        let meta: Meta = serde_json::from_slice(&std::fs::read(meta_path).ok()?).ok()?;
        if meta.url != url.as_str() {
            return None;
        }
        if let Some(location) = meta.redirect {
            return Some(Fetched::Redirect {
                location: Url::parse(&location).ok()?,
            });
        }
        let body = std::fs::read(body_path).ok()?;
        Some(Fetched::Module {
            body,
            headers: meta.headers,
        })
    }

    fn client(&self, url: &Url) -> Result<&reqwest::Client, FetchError> {
        if let Some(client) = self.client.get() {
            return Ok(client);
        }
        let client = x_http_client::build(|| {
            reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(self.timeout)
                .user_agent(concat!("x/", env!("CARGO_PKG_VERSION")))
        })
        .map_err(|e| self.describe(url, e))?;
        Ok(self.client.get_or_init(|| client))
    }

    /// Fetches `url` from the network and stores the answer.
    pub async fn fetch(&self, url: &Url) -> Result<Fetched, FetchError> {
        let response = self
            .client(url)?
            .get(url.clone())
            .send()
            .await
            .map_err(|e| self.describe(url, e))?;
        let status = response.status();
        let fetched = if status.is_redirection() {
            let location = response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| url.join(v).ok())
                .ok_or_else(|| FetchError::Network {
                    url: url.clone(),
                    reason: format!("redirect ({status}) without a valid Location header"),
                })?;
            Fetched::Redirect { location }
        } else if status.is_success() {
            let mut headers = HashMap::new();
            for name in ["content-type", "x-typescript-types"] {
                if let Some(value) = response.headers().get(name).and_then(|v| v.to_str().ok()) {
                    headers.insert(name.to_string(), value.to_string());
                }
            }
            let body = response
                .bytes()
                .await
                .map_err(|e| self.describe(url, e))?
                .to_vec();
            Fetched::Module { body, headers }
        } else {
            return Err(FetchError::Status {
                url: url.clone(),
                status,
            });
        };
        self.store(url, &fetched)?;
        Ok(fetched)
    }

    fn describe(&self, url: &Url, error: reqwest::Error) -> FetchError {
        if error.is_timeout() {
            return FetchError::Timeout {
                url: url.clone(),
                seconds: self.timeout.as_secs(),
            };
        }
        let mut reason = error.to_string();
        let mut source = std::error::Error::source(&error);
        while let Some(inner) = source {
            reason = format!("{reason}: {inner}");
            source = inner.source();
        }
        FetchError::Network {
            url: url.clone(),
            reason,
        }
    }

    fn store(&self, url: &Url, fetched: &Fetched) -> Result<(), FetchError> {
        let (body_path, meta_path) = self.paths(url);
        let cache_err = |path: &Path, source| FetchError::Cache {
            path: path.to_path_buf(),
            source,
        };
        std::fs::create_dir_all(&self.dir).map_err(|e| cache_err(&self.dir, e))?;
        let meta = match fetched {
            Fetched::Module { body, headers } => {
                write_atomic(&body_path, body).map_err(|e| cache_err(&body_path, e))?;
                Meta {
                    url: url.to_string(),
                    headers: headers.clone(),
                    redirect: None,
                }
            }
            Fetched::Redirect { location } => Meta {
                url: url.to_string(),
                headers: HashMap::new(),
                redirect: Some(location.to_string()),
            },
        };
        let json = serde_json::to_vec(&meta).expect("metadata serializes");
        // The metadata goes last: an entry is complete only once it exists.
        write_atomic(&meta_path, &json).map_err(|e| cache_err(&meta_path, e))
    }
}

fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}
