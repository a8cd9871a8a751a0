//! The x platform's store: everything the platform remembers.
//!
//! Two interfaces, each small enough to implement twice:
//! - [`Store`]: projects, deployments and the production pointer, API tokens, environment
//!   variables, tenant logs and usage metering. [`SqliteStore`] is the embedded
//!   implementation (one file under `--data DIR`); [`PostgresStore`] the shared one for
//!   several nodes (`--store postgres://...`), with the same schema, each kept as numbered
//!   migrations in `migrations/<engine>/`.
//! - [`BlobStore`]: content-addressed bytes (modules, assets), verified by SHA-256 when
//!   written and before they are used. [`FsBlobStore`] keeps them in a folder (the data
//!   folder's `blobs/`, or one the nodes share); [`PgBlobStore`] in PostgreSQL.
//!
//! Clients: the control plane (`x_platform_control`), the router (`x_platform_router`,
//! deployment lookup), the CLI (`x platform token create`), and the hypervisor (reads
//! manifests, blobs and env; writes logs and usage).

mod blobs;
mod ids;
mod postgres;
mod sqlite;
mod tokens;
mod types;
pub mod validate;

use async_trait::async_trait;

pub use blobs::{BlobHash, BlobStore, ByteStream, FsBlobStore, PutOutcome};
pub use ids::new_id;
/// A throwaway PostgreSQL server for tests (feature `testing`).
#[cfg(any(test, feature = "testing"))]
pub use postgres::testing;
pub use postgres::{
    describe_url, migrations as postgres_migrations, pg_error, NodeInfo, PgBlobStore, PgConn,
    PgPool, PostgresStore,
};
pub use sqlite::{migrations as sqlite_migrations, Migration, SqliteStore};
pub use tokens::{hash_secret, TokenSecret};
pub use types::*;

/// What can go wrong in the store. The control plane maps each kind to an HTTP status.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The named thing does not exist (404).
    #[error("{0} not found")]
    NotFound(String),
    /// The request contradicts what is stored, e.g. a project name already taken (409).
    #[error("{0}")]
    Conflict(String),
    /// The input is malformed: a bad name, an oversized value (400).
    #[error("{0}")]
    Invalid(String),
    /// A blob's bytes do not hash to its name (on upload, or found corrupt on disk).
    #[error("blob {expected} does not match its content (sha256 {actual})")]
    HashMismatch { expected: String, actual: String },
    /// A blob is larger than the configured limit (413).
    #[error("blob is larger than the limit of {limit} bytes")]
    TooLarge { limit: u64 },
    /// The database or the disk failed; the message is for the operator's log.
    #[error("store failure: {0}")]
    Internal(String),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Internal(e.to_string())
    }
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        StoreError::Internal(e.to_string())
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The platform's records. Every method is one transaction: a caller never sees half of a
/// write. Project arguments are project *names* (what users type and hosts carry).
#[async_trait]
pub trait Store: Send + Sync + 'static {
    // Projects.
    async fn create_project(&self, name: &str) -> Result<Project>;
    async fn list_projects(&self) -> Result<Vec<Project>>;
    async fn get_project(&self, name: &str) -> Result<Option<Project>>;
    /// Deletes the project with its deployments, env, logs and production pointer (usage
    /// stays: it is billing history). False if there was no such project.
    async fn delete_project(&self, name: &str) -> Result<bool>;

    // Deployments.
    /// Records a deployment whose blobs the caller has verified, and, with `promote`, makes
    /// it production in the same transaction.
    async fn create_deployment(&self, new: NewDeployment) -> Result<Deployment>;
    /// Newest first; `before` is a deployment id to page from.
    async fn list_deployments(
        &self,
        project: &str,
        limit: u32,
        before: Option<&str>,
    ) -> Result<Vec<Deployment>>;
    async fn get_deployment(&self, id: &str) -> Result<Option<Deployment>>;
    /// Points the project's production at one of its deployments.
    async fn promote(&self, project: &str, deployment_id: &str) -> Result<Deployment>;
    async fn production(&self, project: &str) -> Result<Option<Deployment>>;

    // Tokens.
    /// Makes a token; the secret exists only in the return value (the store keeps a hash).
    async fn create_token(&self, new: NewToken) -> Result<(TokenInfo, TokenSecret)>;
    /// The token with this secret, revoked or not (the caller decides), and notes its use.
    async fn authenticate(&self, secret: &str) -> Result<Option<TokenInfo>>;
    async fn list_tokens(&self) -> Result<Vec<TokenInfo>>;
    /// False if no live token has this id.
    async fn revoke_token(&self, id: &str) -> Result<bool>;

    // Environment variables (plain values: the hypervisor needs them; the API masks them).
    async fn set_env(&self, project: &str, vars: Vec<(String, String)>) -> Result<()>;
    async fn list_env(&self, project: &str) -> Result<Vec<EnvVar>>;
    async fn unset_env(&self, project: &str, key: &str) -> Result<bool>;

    // Logs.
    /// Appends tenant output; entries naming unknown deployments are dropped.
    async fn append_logs(&self, entries: Vec<NewLogEntry>) -> Result<()>;
    async fn query_logs(&self, project: &str, query: LogQuery) -> Result<Vec<LogEntry>>;
    /// Changes whenever this process appends logs, so followers wake at once; writers in
    /// other processes (or nodes) are seen by polling.
    fn watch_logs(&self) -> tokio::sync::watch::Receiver<u64>;

    // Usage metering.
    /// Adds samples into their hourly rows (counters summed, peak heap maximised).
    async fn record_usage(&self, samples: Vec<UsageSample>) -> Result<()>;
    /// Hourly rows with `from_ms <= hour < to_ms`, oldest first.
    async fn query_usage(&self, project: &str, from_ms: i64, to_ms: i64) -> Result<Vec<UsageRow>>;

    // Routing.
    /// A counter that changes whenever what a host name routes to may have changed (a new
    /// deployment, a promote, a project deleted) or a project's env changed, so the router
    /// and the hypervisor can cache between changes. In-process for SQLite; PostgreSQL
    /// feeds it from the database (NOTIFY and polling), so another node's change moves it
    /// within a second.
    fn routing_generation(&self) -> u64;
}

/// Milliseconds since the Unix epoch, now.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
