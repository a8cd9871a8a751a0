//! `x platform serve`'s configuration: defaults, then a TOML or JSON file (`--config`),
//! then flags — each later source overriding the earlier. The defaults make a bare
//! `x platform serve` work on a laptop: data in the user's data folder, listening on
//! 127.0.0.1:8080, tenants at `http://<project>.localhost:8080/` (browsers and curl
//! resolve `*.localhost` to the loopback address).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
pub const DEFAULT_DOMAIN: &str = "localhost";
pub const DEFAULT_MAX_BLOB_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The data folder: `platform.db`, `blobs/`.
    pub data: PathBuf,
    /// Port 0 picks a free port (the chosen address is printed).
    pub listen: SocketAddr,
    /// Projects are served at `<project>.<domain>`.
    pub domain: String,
    /// Uploads over this size are refused.
    pub max_blob_bytes: u64,
    /// The port in URLs the API reports, when clients reach the server through another
    /// port than it listens on (a proxy); default: the listening port.
    pub public_port: Option<u16>,
    /// How tenants' programs run (the `[tenants]` table); unset fields keep the
    /// hypervisor's defaults.
    pub tenants: TenantSettings,
    /// Where the records are: `None`, SQLite in the data folder (one node); or a
    /// `postgres://` URL shared by several nodes.
    pub store: Option<String>,
    /// Where blobs are: `None`, the data folder's `blobs/` (SQLite) or the PostgreSQL
    /// store itself; a folder the nodes share; or a `postgres://` URL of its own.
    pub blobs: Option<String>,
    /// This node's name among the nodes sharing a store (default: its advertised address).
    pub node_id: Option<String>,
    /// The `host:port` other nodes reach this one at (default: the listening address).
    pub advertise: Option<String>,
}

/// True for the URLs `--store` and `--blobs` take as PostgreSQL.
pub fn is_postgres_url(s: &str) -> bool {
    s.starts_with("postgres://") || s.starts_with("postgresql://")
}

/// The hypervisor's settings a config file may change.
#[derive(Debug, Default, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantSettings {
    /// Worker threads taking cold starts (default: the cores).
    pub threads: Option<usize>,
    /// Idle isolates are dropped after this many milliseconds (scale to zero).
    pub idle_timeout_ms: Option<u64>,
    /// JavaScript may spend this many milliseconds of CPU time without yielding.
    pub cpu_ms: Option<u64>,
    /// A request must be answered within this many milliseconds.
    pub wall_ms: Option<u64>,
    /// Evaluating a program must finish within this many milliseconds (and spend at most
    /// as many of CPU time).
    pub boot_ms: Option<u64>,
    /// Heap per isolate, in MiB.
    pub heap_mb: Option<usize>,
    /// Requests waiting per tenant before more are shed with 503.
    pub queue: Option<usize>,
    /// Requests one tenant's isolate runs at once (the rest wait in its queue).
    pub concurrency: Option<usize>,
    /// JavaScript heap all isolates together may hold, in MiB; past it the least
    /// recently used idle ones are evicted (default: half the machine's memory; 0: none).
    pub memory_budget_mb: Option<u64>,
    /// Runtimes made ahead of demand per thread.
    pub warm_pool: Option<usize>,
    /// How long a thread waits for its isolates to have answered what they were given
    /// before it makes a runtime for its pool anyway (default 50).
    pub pool_refill_wait_ms: Option<u64>,
    /// Runtimes one thread makes before it is replaced (at most 2000).
    pub runtimes_per_thread: Option<usize>,
    /// Isolates one thread keeps alive (default 80, at most 1000); past it the least
    /// recently used one is dropped.
    pub isolates_per_thread: Option<usize>,
    /// Keys one project's KV database (`Deno.openKv()`) may hold.
    pub kv_max_keys: Option<u64>,
    /// Size of one project's KV database (keys plus values), in MiB.
    pub kv_max_mb: Option<u64>,
    /// Whether a commit to a project's KV file waits for the disk: `"normal"` (the
    /// default: no fsync per commit, a power loss may lose the last commits, never half
    /// of one) or `"full"` (fsync per commit). SQLite files only; with a PostgreSQL
    /// store, the server's `synchronous_commit` decides.
    pub kv_sync: Option<KvSync>,
    /// Whether tenants' modules are kept as QuickJS bytecode in the data folder
    /// (`bytecode/`), made on a deployment's first cold start and read by the later ones
    /// (default `true`; `false`: every cold start compiles from source).
    pub bytecode: Option<bool>,
    /// Size of that folder, in MiB (default 512; oldest entries are removed first).
    pub bytecode_max_mb: Option<u64>,
}

/// `[tenants] kv_sync`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KvSync {
    Normal,
    Full,
}

/// The fields a file or the flags may set; all optional.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overrides {
    pub data: Option<PathBuf>,
    pub listen: Option<String>,
    pub domain: Option<String>,
    pub max_blob_bytes: Option<u64>,
    pub public_port: Option<u16>,
    pub tenants: Option<TenantSettings>,
    pub store: Option<String>,
    pub blobs: Option<String>,
    pub node_id: Option<String>,
    pub advertise: Option<String>,
}

/// The data folder when none is given: `<user data dir>/x/platform`.
pub fn default_data_dir() -> PathBuf {
    dirs::data_local_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("x")
        .join("platform")
}

impl Overrides {
    /// Reads a config file: `.json` as JSON, anything else as TOML. Relative `data` paths
    /// are taken from the file's folder.
    pub fn from_file(path: &Path) -> Result<Overrides> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let mut o: Overrides = if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            serde_json::from_str(&text)
                .with_context(|| format!("invalid config {}", path.display()))?
        } else {
            toml::from_str(&text).with_context(|| format!("invalid config {}", path.display()))?
        };
        let folder = path.parent().unwrap_or(Path::new("."));
        if let Some(data) = &o.data {
            if data.is_relative() {
                o.data = Some(folder.join(data));
            }
        }
        if let Some(blobs) = &o.blobs {
            if !is_postgres_url(blobs) && Path::new(blobs).is_relative() {
                o.blobs = Some(folder.join(blobs).to_string_lossy().into_owned());
            }
        }
        Ok(o)
    }

    fn over(self, base: Overrides) -> Overrides {
        Overrides {
            data: self.data.or(base.data),
            listen: self.listen.or(base.listen),
            domain: self.domain.or(base.domain),
            max_blob_bytes: self.max_blob_bytes.or(base.max_blob_bytes),
            public_port: self.public_port.or(base.public_port),
            tenants: self.tenants.or(base.tenants),
            store: self.store.or(base.store),
            blobs: self.blobs.or(base.blobs),
            node_id: self.node_id.or(base.node_id),
            advertise: self.advertise.or(base.advertise),
        }
    }
}

impl Config {
    /// Defaults, then `file` (if given), then `flags`.
    pub fn resolve(file: Option<&Path>, flags: Overrides) -> Result<Config> {
        let from_file = match file {
            Some(path) => Overrides::from_file(path)?,
            None => Overrides::default(),
        };
        let o = flags.over(from_file);
        let listen = o.listen.as_deref().unwrap_or(DEFAULT_LISTEN);
        let listen: SocketAddr = listen.parse().with_context(|| {
            format!("--listen {listen:?}: expected an address like 127.0.0.1:8080")
        })?;
        let domain = o
            .domain
            .unwrap_or_else(|| DEFAULT_DOMAIN.to_owned())
            .trim_end_matches('.')
            .to_ascii_lowercase();
        if domain.is_empty() || domain.contains([':', '/']) {
            bail!("--domain {domain:?}: expected a host name like localhost or apps.example.com");
        }
        let store = o.store.filter(|s| s != "sqlite");
        if let Some(url) = &store {
            if !is_postgres_url(url) {
                bail!(
                    "--store {:?}: expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE \
                     (leave it out for SQLite in the data folder)",
                    url.split('@').next_back().unwrap_or(url)
                );
            }
        }
        if o.blobs.as_deref().is_some_and(|b| b.trim().is_empty()) {
            bail!("--blobs: expected a folder or a postgres:// URL");
        }
        if store.is_none() && (o.node_id.is_some() || o.advertise.is_some()) {
            bail!("--node-id and --advertise are for several nodes sharing a store: add --store postgres://USER@HOST/DATABASE");
        }
        if let Some(id) = &o.node_id {
            if id.is_empty() || id.len() > 100 || !id.chars().all(|c| c.is_ascii_graphic()) {
                bail!(
                    "--node-id {id:?}: use 1-100 visible ASCII characters (letters, digits, -_.:)"
                );
            }
        }
        if let Some(addr) = &o.advertise {
            if !addr.contains(':') || addr.contains('/') {
                bail!("--advertise {addr:?}: expected the host:port other nodes reach this one at");
            }
        }
        Ok(Config {
            store,
            blobs: o.blobs,
            node_id: o.node_id,
            advertise: o.advertise,
            data: o.data.unwrap_or_else(default_data_dir),
            listen,
            domain,
            max_blob_bytes: o.max_blob_bytes.unwrap_or(DEFAULT_MAX_BLOB_BYTES),
            public_port: o.public_port,
            tenants: o.tenants.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_file_then_flags() {
        let c = Config::resolve(None, Overrides::default()).unwrap();
        assert_eq!(c.listen.to_string(), DEFAULT_LISTEN);
        assert_eq!(c.domain, "localhost");
        assert!(c.data.ends_with("x/platform"));

        let dir = tempfile::tempdir().unwrap();
        let toml = dir.path().join("platform.toml");
        std::fs::write(
            &toml,
            "data = \"state\"\nlisten = \"127.0.0.1:9000\"\ndomain = \"Apps.Example.com\"\n",
        )
        .unwrap();
        let c = Config::resolve(Some(&toml), Overrides::default()).unwrap();
        assert_eq!(c.data, dir.path().join("state"));
        assert_eq!(c.listen.port(), 9000);
        assert_eq!(c.domain, "apps.example.com");

        let flags = Overrides {
            listen: Some("127.0.0.1:9001".into()),
            ..Default::default()
        };
        let c = Config::resolve(Some(&toml), flags).unwrap();
        assert_eq!(c.listen.port(), 9001);
        assert_eq!(c.domain, "apps.example.com");

        let json = dir.path().join("platform.json");
        std::fs::write(&json, r#"{ "max_blob_bytes": 10, "public_port": 80 }"#).unwrap();
        let c = Config::resolve(Some(&json), Overrides::default()).unwrap();
        assert_eq!(c.max_blob_bytes, 10);
        assert_eq!(c.public_port, Some(80));

        std::fs::write(&json, r#"{ "lisen": "typo" }"#).unwrap();
        assert!(Config::resolve(Some(&json), Overrides::default()).is_err());

        std::fs::write(&toml, "[tenants]\nkv_sync = \"full\"\n").unwrap();
        let c = Config::resolve(Some(&toml), Overrides::default()).unwrap();
        assert_eq!(c.tenants.kv_sync, Some(KvSync::Full));
        std::fs::write(&toml, "[tenants]\nkv_sync = \"sometimes\"\n").unwrap();
        let error = format!(
            "{:#}",
            Config::resolve(Some(&toml), Overrides::default()).unwrap_err()
        );
        assert!(
            error.contains("unknown variant `sometimes`") && error.contains("`full`"),
            "{error}"
        );
        let bad = Overrides {
            listen: Some("nowhere".into()),
            ..Default::default()
        };
        assert!(Config::resolve(None, bad).is_err());
    }

    #[test]
    fn cluster_settings() {
        let dir = tempfile::tempdir().unwrap();
        let toml = dir.path().join("platform.toml");
        std::fs::write(
            &toml,
            "store = \"postgres://x@db/platform\"\nblobs = \"shared\"\nnode_id = \"n1\"\nadvertise = \"10.0.0.1:8080\"\n",
        )
        .unwrap();
        let c = Config::resolve(Some(&toml), Overrides::default()).unwrap();
        assert_eq!(c.store.as_deref(), Some("postgres://x@db/platform"));
        assert_eq!(
            c.blobs.as_deref(),
            Some(dir.path().join("shared").to_str().unwrap())
        );
        assert_eq!(c.node_id.as_deref(), Some("n1"));
        assert_eq!(c.advertise.as_deref(), Some("10.0.0.1:8080"));

        let flags = |store: &str| Overrides {
            store: Some(store.into()),
            ..Default::default()
        };
        let err = Config::resolve(None, flags("mysql://root:pw@db/x")).unwrap_err();
        assert!(err.to_string().contains("expected postgres://"), "{err}");
        assert!(
            !err.to_string().contains("pw"),
            "no password in messages: {err}"
        );
        assert!(Config::resolve(None, flags("sqlite"))
            .unwrap()
            .store
            .is_none());
        let lonely = Overrides {
            node_id: Some("n1".into()),
            ..Default::default()
        };
        assert!(Config::resolve(None, lonely).is_err());
    }
}
