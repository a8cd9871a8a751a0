//! Where `x deploy` gets its settings, each from the first source that has it:
//!
//! - platform URL: `--url`, `X_DEPLOY_URL`, `"deploy"."url"` in x.json/deno.json, the URL
//!   `x deploy login` saved, then `http://localhost:8080` (`x platform serve`'s default);
//! - token: `--token`, `X_DEPLOY_TOKEN`, then the login file's token for that URL;
//! - project, entry point, include and exclude: flags, then the `"deploy"` section.
//!
//! The login file is JSON (`{ "default_url", "tokens": { url: token } }`) at
//! `X_DEPLOY_CREDENTIALS` or `<config dir>/x/deploy-credentials.json`, written with mode
//! 0600 because it holds secrets.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use serde::{Deserialize, Serialize};
use url::Url;
use x_config::ConfigFile;

/// The URL used when nothing else names one.
pub const DEFAULT_URL: &str = "http://localhost:8080";

/// The `"deploy"` section of the configuration file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeployConfig {
    pub project: Option<String>,
    pub entrypoint: Option<String>,
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    pub url: Option<String>,
}

impl DeployConfig {
    /// The section of `config`, or the defaults when there is none.
    pub fn from_config(config: Option<&ConfigFile>) -> Result<DeployConfig> {
        let Some(file) = config else {
            return Ok(DeployConfig::default());
        };
        match file.section("deploy") {
            None => Ok(DeployConfig::default()),
            Some(section) => serde_json::from_value(section.clone()).map_err(|e| {
                anyhow!(
                    "\"deploy\" in {}: {e} (known keys: project, entrypoint, include, exclude, url)",
                    file.path.display()
                )
            }),
        }
    }
}

/// The login file.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Credentials {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_url: Option<String>,
    #[serde(default)]
    pub tokens: BTreeMap<String, String>,
}

impl Credentials {
    /// Where the login file is.
    pub fn path() -> Result<PathBuf> {
        if let Some(path) = std::env::var_os("X_DEPLOY_CREDENTIALS") {
            return Ok(PathBuf::from(path));
        }
        let dir = dirs::config_dir()
            .context("cannot find the user's config folder; set X_DEPLOY_CREDENTIALS")?;
        Ok(dir.join("x").join("deploy-credentials.json"))
    }

    /// Reads the login file; none yet is an empty one.
    pub fn load() -> Result<Credentials> {
        let path = Self::path()?;
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .with_context(|| format!("the login file {} is not valid", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Credentials::default()),
            Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
        }
    }

    /// Writes the login file with mode 0600 (to a temporary file, then renamed).
    pub fn save(&self) -> Result<PathBuf> {
        let path = Self::path()?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        let tmp = path.with_extension("json.tmp");
        write_private(&tmp, &serde_json::to_vec_pretty(self)?)
            .with_context(|| format!("cannot write {}", tmp.display()))?;
        std::fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))?;
        Ok(path)
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let mut file = options.open(path)?;
        // An existing file keeps its mode on open: set it.
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        file.write_all(bytes)?;
        file.sync_all()
    }
    #[cfg(not(unix))]
    {
        let mut file = options.open(path)?;
        file.write_all(bytes)?;
        file.sync_all()
    }
}

/// A URL as the login file keys it: the platform's root without a trailing slash.
pub fn url_key(url: &Url) -> String {
    url.as_str().trim_end_matches('/').to_owned()
}

/// Parses a platform URL given by a person (`localhost:8080` gets `http://`).
pub fn parse_url(text: &str) -> Result<Url> {
    let with_scheme = if text.contains("://") {
        text.to_owned()
    } else {
        format!("http://{text}")
    };
    let url =
        Url::parse(&with_scheme).map_err(|e| anyhow!("invalid platform URL {text:?}: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") {
        bail!("invalid platform URL {text:?}: use http:// or https://");
    }
    Ok(url)
}

/// The platform URL, by the order in this module's documentation.
pub fn resolve_url(flag: Option<&str>, config: &DeployConfig) -> Result<Url> {
    if let Some(url) = flag {
        return parse_url(url);
    }
    if let Ok(url) = std::env::var("X_DEPLOY_URL") {
        if !url.is_empty() {
            return parse_url(&url);
        }
    }
    if let Some(url) = &config.url {
        return parse_url(url);
    }
    if let Some(url) = Credentials::load()?.default_url {
        return parse_url(&url);
    }
    parse_url(DEFAULT_URL)
}

/// The token for `url`, by the order in this module's documentation.
pub fn resolve_token(flag: Option<&str>, url: &Url) -> Result<String> {
    if let Some(token) = flag {
        return Ok(token.to_owned());
    }
    if let Ok(token) = std::env::var("X_DEPLOY_TOKEN") {
        if !token.is_empty() {
            return Ok(token);
        }
    }
    if let Some(token) = Credentials::load()?.tokens.get(&url_key(url)) {
        return Ok(token.clone());
    }
    bail!(
        "no token for {}: pass --token, set X_DEPLOY_TOKEN, or run `x deploy login --url {}` \
         (an operator makes tokens with `x platform token create`)",
        url_key(url),
        url_key(url)
    )
}

/// The project, from the flag or the config.
pub fn resolve_project(flag: Option<&str>, config: &DeployConfig) -> Result<String> {
    flag.map(str::to_owned)
        .or_else(|| config.project.clone())
        .context(
            "no project: pass --project NAME or set \"deploy\": { \"project\": NAME } in x.json",
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_get_a_scheme_and_lose_the_trailing_slash() {
        assert_eq!(
            url_key(&parse_url("localhost:8080").unwrap()),
            "http://localhost:8080"
        );
        assert_eq!(
            url_key(&parse_url("https://deploy.example/").unwrap()),
            "https://deploy.example"
        );
        assert!(parse_url("ftp://x").is_err());
    }

    #[test]
    fn the_deploy_section_is_read_and_checked() {
        let file = ConfigFile::parse(
            PathBuf::from("/p/x.json"),
            r#"{ "deploy": { "project": "hello", "entrypoint": "main.ts", "include": ["static"] } }"#,
        )
        .unwrap();
        let config = DeployConfig::from_config(Some(&file)).unwrap();
        assert_eq!(config.project.as_deref(), Some("hello"));
        assert_eq!(config.include, vec!["static"]);
        let bad = ConfigFile::parse(
            PathBuf::from("/p/x.json"),
            r#"{ "deploy": { "projekt": "hello" } }"#,
        )
        .unwrap();
        let error = DeployConfig::from_config(Some(&bad))
            .unwrap_err()
            .to_string();
        assert!(error.contains("projekt"), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn the_login_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        write_private(&path, b"{}").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
