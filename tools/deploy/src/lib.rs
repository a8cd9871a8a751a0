//! `x deploy`: pushes a program to an x platform (`x platform serve`) and manages what is
//! there — projects, deployments, environment variables, logs.
//!
//! A deploy is: build the module graph from the entry (the graph every tool uses), build
//! one artifact from it (`x_bundle`), hash it and the static assets ([`artifact`]), ask the
//! platform which blobs it lacks, upload only those ([`upload`]), then create the
//! deployment from a manifest naming every blob by hash; the platform verifies each hash
//! before the deployment exists, so it is visible whole or not at all. Re-running after a
//! cut upload sends only what is still missing.
//!
//! Clients: `cli/src/commands/deploy.rs` (the thin command). The HTTP API is
//! `runtime/platform/control/openapi.json`.

pub mod artifact;
pub mod client;
pub mod manage;
pub mod progress;
pub mod settings;
pub mod upload;

use anyhow::{bail, Result};
use reqwest::StatusCode;
use serde_json::{json, Value};
use url::Url;
use x_graph::Graph;

pub use artifact::AssetOptions;
pub use client::Client;
pub use progress::Progress;

/// What to deploy, and how.
pub struct DeployOptions {
    pub project: String,
    pub entry: Url,
    pub assets: AssetOptions,
    /// Also make it the project's production deployment.
    pub prod: bool,
}

/// What a deploy did.
#[derive(Debug, Clone)]
pub struct DeployOutcome {
    /// The deployment as the API describes it.
    pub deployment: Value,
    pub production_url: Option<String>,
    pub artifact_hash: String,
    pub artifact_bytes: u64,
    pub modules: usize,
    pub assets: usize,
    pub upload: upload::UploadStats,
}

impl DeployOutcome {
    /// The `--json` view.
    pub fn to_json(&self) -> Value {
        json!({
            "deployment": self.deployment,
            "url": self.deployment["url"],
            "production_url": self.production_url,
            "artifact": {
                "hash": self.artifact_hash,
                "bytes": self.artifact_bytes,
                "modules": self.modules,
            },
            "assets": self.assets,
            "blobs": {
                "total": self.upload.total,
                "missing": self.upload.missing,
                "uploaded": self.upload.uploaded,
                "bytes_uploaded": self.upload.bytes,
            },
        })
    }
}

/// Builds, uploads and creates one deployment.
pub async fn deploy(
    client: &Client,
    graph: &Graph,
    options: &DeployOptions,
    progress: &mut Progress,
) -> Result<DeployOutcome> {
    progress.step(&format!("Building the module graph from {}", options.entry));
    let prepared = artifact::prepare(graph, &options.entry, &options.assets).await?;
    progress.step(&format!(
        "Artifact: {} modules, {} ({}); {} asset{}",
        prepared.modules,
        progress::human_bytes(prepared.artifact.bytes.len() as u64),
        &prepared.artifact.hash[..12],
        prepared.assets.len(),
        if prepared.assets.len() == 1 { "" } else { "s" },
    ));
    // The project must exist (and the token must be good) before anything is uploaded.
    match client
        .get(&format!("projects/{}", path_segment(&options.project)))
        .await
    {
        Ok(_) => {}
        Err(e) if client::has_status(&e, StatusCode::NOT_FOUND) => bail!(
            "project {:?} does not exist on {}: create it with `x deploy projects create {}`",
            options.project,
            settings::url_key(client.base()),
            options.project
        ),
        Err(e) => return Err(e),
    }
    let timer = Timer::start();
    let blobs = prepared.blobs();
    let mut stats = upload::upload_missing(client, &blobs, progress).await?;
    timer.lap("negotiated and uploaded");
    let body = json!({ "manifest": prepared.manifest(), "promote": options.prod });
    let create = format!("projects/{}/deployments", path_segment(&options.project));
    progress.step("Creating the deployment (the platform verifies every blob)");
    let deployment = match client.post(&create, body.clone()).await {
        Ok(deployment) => deployment,
        // A blob went missing between negotiation and creation (removed as damaged, or
        // collected): upload what the platform names, once, and try again.
        Err(e) if client::has_status(&e, StatusCode::UNPROCESSABLE_ENTITY) => {
            let missing: Vec<String> = e
                .downcast_ref::<client::ApiError>()
                .and_then(|a| a.details["missing"].as_array().cloned())
                .unwrap_or_default()
                .iter()
                .filter_map(|h| h.as_str().map(str::to_owned))
                .collect();
            if missing.is_empty() {
                return Err(e);
            }
            let again: Vec<_> = blobs
                .iter()
                .filter(|b| missing.contains(&b.hash))
                .cloned()
                .collect();
            let more = upload::upload_missing(client, &again, progress).await?;
            stats.uploaded += more.uploaded;
            stats.bytes += more.bytes;
            client.post(&create, body).await?
        }
        Err(e) => return Err(e),
    };
    timer.lap("deployment created");
    let production_url = if options.prod {
        let project = client
            .get(&format!("projects/{}", path_segment(&options.project)))
            .await?;
        project["url"].as_str().map(str::to_owned)
    } else {
        None
    };
    Ok(DeployOutcome {
        deployment,
        production_url,
        artifact_hash: prepared.artifact.hash.clone(),
        artifact_bytes: prepared.artifact.bytes.len() as u64,
        modules: prepared.modules,
        assets: prepared.assets.len(),
        upload: stats,
    })
}

/// `text` escaped for one URL path segment.
pub fn path_segment(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

/// `X_LOG=timing`: where a deploy's time goes, on stderr.
pub(crate) struct Timer {
    start: std::time::Instant,
    enabled: bool,
}

impl Timer {
    pub(crate) fn start() -> Timer {
        Timer {
            start: std::time::Instant::now(),
            enabled: x_graph::log_enabled("timing"),
        }
    }

    pub(crate) fn lap(&self, what: &str) {
        if self.enabled {
            eprintln!("[timing] {what}: {:?}", self.start.elapsed());
        }
    }
}
