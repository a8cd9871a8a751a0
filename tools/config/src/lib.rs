//! Finds and reads the project's configuration file: `x.json`, `x.jsonc`, `deno.json` or
//! `deno.jsonc`, searched from a start folder (the current directory) up to the root, the
//! way Deno discovers `deno.json`. Comments and trailing commas are allowed (JSONC).
//!
//! Every tool reads its section from here (`imports`/`scopes` for the graph; `fmt`, `lint`,
//! `test`, `deploy`, `tasks` for the tools that follow), so the file is read once per
//! process.
//! `files` turns a tool's `include`/`exclude` and the command line into the files to read.

pub mod files;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::Value;
use url::Url;

/// Names tried in each folder, in order: ours first, then Deno's.
pub const FILE_NAMES: &[&str] = &["x.json", "x.jsonc", "deno.json", "deno.jsonc"];

/// A configuration file, parsed.
#[derive(Debug, Clone)]
pub struct ConfigFile {
    /// Where the file is.
    pub path: PathBuf,
    /// The file as a URL: the base for relative entries of its import map.
    pub url: Url,
    /// The whole document.
    pub json: Value,
}

impl ConfigFile {
    /// Reads and parses the file at `path`.
    pub fn read(path: &Path) -> Result<ConfigFile> {
        let path = std::path::absolute(path)
            .with_context(|| format!("cannot resolve the path {}", path.display()))?;
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read the config file {}", path.display()))?;
        Self::parse(path, &text)
    }

    /// Parses `text` as the contents of the file at `path` (absolute).
    pub fn parse(path: PathBuf, text: &str) -> Result<ConfigFile> {
        let json = jsonc_parser::parse_to_serde_value(text, &Default::default())
            .map_err(|e| anyhow::anyhow!("{} is not valid JSON: {e}", path.display()))?
            .unwrap_or(Value::Object(Default::default()));
        if !json.is_object() {
            anyhow::bail!(
                "{} must hold a JSON object at the top level",
                path.display()
            );
        }
        let url = Url::from_file_path(&path)
            .map_err(|_| anyhow::anyhow!("{} is not an absolute path", path.display()))?;
        Ok(ConfigFile { path, url, json })
    }

    /// Searches `start` and each of its parents for a configuration file.
    pub fn discover(start: &Path) -> Result<Option<ConfigFile>> {
        for dir in start.ancestors() {
            for name in FILE_NAMES {
                let candidate = dir.join(name);
                if candidate.is_file() {
                    return Self::read(&candidate).map(Some);
                }
            }
        }
        Ok(None)
    }

    /// The folder holding the file.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("/"))
    }

    /// One top-level section, if present (`"fmt"`, `"lint"`, `"deploy"`, ...).
    pub fn section(&self, name: &str) -> Option<&Value> {
        self.json.get(name)
    }

    /// The import map this file declares (`"imports"` and `"scopes"`), as the JSON text of a
    /// standalone import map, or `None` when it declares neither. `"importMap"` pointing at
    /// a separate file is honoured too.
    pub fn import_map_json(&self) -> Result<Option<(Url, String)>> {
        if let Some(Value::String(rel)) = self.json.get("importMap") {
            let path = self.dir().join(rel);
            let text = std::fs::read_to_string(&path).with_context(|| {
                format!(
                    "cannot read the import map {} named in {}",
                    path.display(),
                    self.path.display()
                )
            })?;
            let url = Url::from_file_path(&path)
                .map_err(|_| anyhow::anyhow!("bad path {}", path.display()))?;
            return Ok(Some((url, text)));
        }
        let mut map = serde_json::Map::new();
        for key in ["imports", "scopes"] {
            if let Some(value) = self.json.get(key) {
                map.insert(key.to_string(), value.clone());
            }
        }
        if map.is_empty() {
            return Ok(None);
        }
        Ok(Some((self.url.clone(), Value::Object(map).to_string())))
    }

    /// Where the lockfile of this project lives: `x.lock` beside the config file, unless
    /// the file names another (`"lock": "path"`) or turns it off (`"lock": false`).
    pub fn lockfile_path(&self) -> Option<PathBuf> {
        match self.json.get("lock") {
            Some(Value::Bool(false)) => None,
            Some(Value::String(p)) => Some(self.dir().join(p)),
            Some(Value::Object(o)) => match o.get("path") {
                Some(Value::String(p)) => Some(self.dir().join(p)),
                _ => Some(self.dir().join("x.lock")),
            },
            _ => Some(self.dir().join("x.lock")),
        }
    }

    /// The package's entry points, from `"exports"`: a path, or a map of export names to
    /// paths (relative to the config file's folder, as written). None listed: empty.
    pub fn exports(&self) -> Result<Vec<String>> {
        match self.json.get("exports") {
            None => Ok(Vec::new()),
            Some(Value::String(path)) => Ok(vec![path.clone()]),
            Some(Value::Object(map)) => map
                .iter()
                .map(|(name, path)| {
                    path.as_str().map(str::to_string).with_context(|| {
                        format!(
                            "\"exports\".\"{name}\" in {} must be a path",
                            self.path.display()
                        )
                    })
                })
                .collect(),
            Some(_) => anyhow::bail!(
                "\"exports\" in {} must be a path or an object of paths",
                self.path.display()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_are_a_path_or_a_map_of_paths() {
        let one = ConfigFile::parse("/p/x.json".into(), r#"{ "exports": "./mod.ts" }"#).unwrap();
        assert_eq!(one.exports().unwrap(), ["./mod.ts"]);
        let map = r#"{ "exports": { ".": "./mod.ts", "./util": "./util.ts" } }"#;
        let many = ConfigFile::parse("/p/x.json".into(), map).unwrap();
        assert_eq!(many.exports().unwrap(), ["./mod.ts", "./util.ts"]);
        let bad = ConfigFile::parse("/p/x.json".into(), r#"{ "exports": 3 }"#).unwrap();
        assert!(bad
            .exports()
            .unwrap_err()
            .to_string()
            .contains("must be a path"));
        let none = ConfigFile::parse("/p/x.json".into(), "{}").unwrap();
        assert!(none.exports().unwrap().is_empty());
    }

    #[test]
    fn discovers_in_a_parent_and_reads_jsonc() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("deno.jsonc"),
            "{ // comment\n \"imports\": { \"a\": \"./a.ts\", }, }",
        )
        .unwrap();
        let nested = dir.path().join("src/deep");
        std::fs::create_dir_all(&nested).unwrap();
        let config = ConfigFile::discover(&nested).unwrap().unwrap();
        assert!(config.path.ends_with("deno.jsonc"));
        let (base, map) = config.import_map_json().unwrap().unwrap();
        assert_eq!(base, config.url);
        assert_eq!(map, r#"{"imports":{"a":"./a.ts"}}"#);
        assert_eq!(config.lockfile_path().unwrap(), dir.path().join("x.lock"));
    }

    #[test]
    fn prefers_x_json_over_deno_json() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("deno.json"), "{}").unwrap();
        std::fs::write(dir.path().join("x.json"), "{\"lock\": false}").unwrap();
        let config = ConfigFile::discover(dir.path()).unwrap().unwrap();
        assert!(config.path.ends_with("x.json"));
        assert_eq!(config.lockfile_path(), None);
    }

    #[test]
    fn reports_invalid_json_with_the_path() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("x.json"), "{ nope").unwrap();
        let err = ConfigFile::discover(dir.path()).unwrap_err().to_string();
        assert!(err.contains("x.json is not valid JSON"), "{err}");
    }
}
