//! The records the store keeps, as every implementation returns them. Times are
//! milliseconds since the Unix epoch; the control plane formats them for the API.

use serde::{Deserialize, Serialize};

use crate::validate;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub id: String,
    pub name: String,
    pub created_at: i64,
}

/// What a deployment is made of: the entry module, the modules and the static assets,
/// each naming the blob (SHA-256, lower-case hex) that holds its bytes. Unknown fields are
/// rejected so a typo in a client fails loudly instead of being silently dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The specifier of the module whose default export serves requests.
    pub entry: String,
    pub modules: Vec<ManifestModule>,
    #[serde(default)]
    pub assets: Vec<ManifestAsset>,
    /// How the module blobs are encoded (e.g. a bundle format chosen by `x deploy`);
    /// absent for plain JavaScript modules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestModule {
    pub specifier: String,
    pub blob: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestAsset {
    /// The URL path the asset is served at, starting with `/`.
    pub path: String,
    pub blob: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
}

/// Limits on a manifest's shape, so one request cannot make the server do unbounded work.
pub const MAX_MANIFEST_ENTRIES: usize = 20_000;

impl Manifest {
    /// Checks the shape: a non-empty entry, well-formed blob hashes, no duplicate
    /// specifiers or asset paths, asset paths absolute.
    pub fn validate(&self) -> Result<(), String> {
        if self.entry.trim().is_empty() {
            return Err("manifest.entry must not be empty".into());
        }
        if self.modules.is_empty() {
            return Err("manifest.modules must list at least one module".into());
        }
        if self.modules.len() + self.assets.len() > MAX_MANIFEST_ENTRIES {
            return Err(format!(
                "a manifest may list at most {MAX_MANIFEST_ENTRIES} modules and assets"
            ));
        }
        let mut specifiers = std::collections::HashSet::new();
        for module in &self.modules {
            if module.specifier.is_empty() {
                return Err("a module's specifier must not be empty".into());
            }
            if !specifiers.insert(module.specifier.as_str()) {
                return Err(format!("module {} is listed twice", module.specifier));
            }
            validate::blob_hash(&module.blob)?;
        }
        let mut paths = std::collections::HashSet::new();
        for asset in &self.assets {
            if !asset.path.starts_with('/') {
                return Err(format!("asset path {:?} must start with /", asset.path));
            }
            if !paths.insert(asset.path.as_str()) {
                return Err(format!("asset {} is listed twice", asset.path));
            }
            validate::blob_hash(&asset.blob)?;
        }
        Ok(())
    }

    /// Every blob the manifest names, once each, sorted.
    pub fn blobs(&self) -> Vec<String> {
        let mut all: Vec<String> = self
            .modules
            .iter()
            .map(|m| m.blob.clone())
            .chain(self.assets.iter().map(|a| a.blob.clone()))
            .collect();
        all.sort();
        all.dedup();
        all
    }
}

/// A deployment's state. Blobs are verified before the row is written, so `Ready` is the
/// only state a deployment is ever created in; the column exists for the hypervisor to
/// mark bundles that fail to boot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DeploymentStatus {
    Ready,
    Failed,
}

impl DeploymentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DeploymentStatus::Ready => "ready",
            DeploymentStatus::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "ready" => Some(DeploymentStatus::Ready),
            "failed" => Some(DeploymentStatus::Failed),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deployment {
    pub id: String,
    pub project: String,
    pub project_id: String,
    pub manifest: Manifest,
    pub status: DeploymentStatus,
    pub created_at: i64,
    /// Whether the project's production pointer names this deployment.
    pub production: bool,
}

#[derive(Debug, Clone)]
pub struct NewDeployment {
    pub project: String,
    pub manifest: Manifest,
    /// Make it production in the same transaction (what `x deploy --prod` asks).
    pub promote: bool,
}

#[derive(Debug, Clone)]
pub struct NewToken {
    pub name: String,
    /// `None`: the token may act on every project (and manage projects and tokens).
    pub project: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenInfo {
    pub id: String,
    pub name: String,
    pub project: Option<String>,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvVar {
    pub key: String,
    pub value: String,
    pub updated_at: i64,
}

/// One line of tenant output, as the hypervisor reports it.
#[derive(Debug, Clone)]
pub struct NewLogEntry {
    pub deployment_id: String,
    pub ts: i64,
    /// `debug`, `info`, `log`, `warn` or `error` (uncaught errors are `error`).
    pub level: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    pub id: i64,
    pub deployment_id: String,
    pub ts: i64,
    pub level: String,
    pub message: String,
}

/// Which page of a project's logs: with `after`, the entries following that id (oldest
/// first); otherwise the newest entries before `before` (or the very newest), still
/// returned oldest first.
#[derive(Debug, Clone, Default)]
pub struct LogQuery {
    pub deployment: Option<String>,
    pub after: Option<i64>,
    pub before: Option<i64>,
    pub limit: u32,
}

/// What one stretch of a deployment's work cost, as the hypervisor measures it.
#[derive(Debug, Clone, Default)]
pub struct UsageSample {
    pub deployment_id: String,
    /// When the work happened; it is added to the row of that hour.
    pub at: i64,
    pub cpu_us: u64,
    pub requests: u64,
    pub response_bytes: u64,
    pub peak_heap_bytes: u64,
    pub cold_starts: u64,
    /// `Deno.openKv()`: entries read.
    pub kv_reads: u64,
    /// `Deno.openKv()`: mutations and enqueues committed.
    pub kv_writes: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsageRow {
    pub deployment_id: String,
    /// The start of the hour, in milliseconds.
    pub hour: i64,
    pub cpu_us: u64,
    pub requests: u64,
    pub response_bytes: u64,
    pub peak_heap_bytes: u64,
    pub cold_starts: u64,
    /// `Deno.openKv()`: entries read.
    pub kv_reads: u64,
    /// `Deno.openKv()`: mutations and enqueues committed.
    pub kv_writes: u64,
}

/// The hour a moment falls in (its start, in milliseconds).
pub fn hour_of(ms: i64) -> i64 {
    ms.div_euclid(3_600_000) * 3_600_000
}
