//! A task's `"permissions"` and how they reach the programs it runs.
//!
//! ```jsonc
//! "permissions": { "data": { "read": ["./data"] } },
//! "tasks": {
//!   "report": { "command": "x run report.ts", "permissions": "data" },
//!   "fetch":  { "command": "x run fetch.ts", "permissions": { "net": ["api.example.com"] } }
//! }
//! ```
//!
//! The runner puts the set (resolved and checked) in [`ENV_VAR`] of the task's shell, so
//! every `x` process the task starts — directly, through a script, or nested `x task` —
//! reads it at startup ([`inherited`]) and builds its permission checker from it, instead
//! of from permission flags: the grant lives in the child's Rust policy, which no
//! JavaScript can change. A child that is also handed `-A`, `--allow-*` or `-P` refuses
//! to start (the config is the one place that grants them); `--deny-*` still narrows, and
//! nothing prompts (a prompt would let the program ask its way past the task's set).

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use serde_json::{json, Value};
use x_config::ConfigFile;
use x_permissions::PermissionsOptions;

/// The environment variable carrying a task's permission set to the `x` processes it runs.
pub const ENV_VAR: &str = "X_TASK_PERMISSIONS";

/// The permission set a task declares.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskPermissions {
    /// Where the set is written, for messages: `"permissions"."data"` or
    /// `"tasks"."fetch"."permissions"`.
    label: String,
    /// The set: `{ "read": [...], "net": true, ... }` as in the config's `"permissions"`.
    set: Value,
    /// The config file; its folder is the base of relative paths in the set.
    config: PathBuf,
}

impl TaskPermissions {
    /// The task's `"permissions"` value: the name of a set in the config's `"permissions"`,
    /// or a set written in place. Checked here, so a mistake stops `x task` before
    /// anything runs.
    pub fn from_config(config: &ConfigFile, task: &str, value: &Value) -> Result<TaskPermissions> {
        let (label, set) = match value {
            Value::String(name) => {
                let Some(set) = config.section("permissions").and_then(|p| p.get(name)) else {
                    bail!(
                        "no permission set \"{name}\" in \"permissions\" of {}",
                        config.path.display()
                    );
                };
                (format!("\"permissions\".\"{name}\""), set.clone())
            }
            Value::Object(_) => (
                format!("\"tasks\".\"{task}\".\"permissions\""),
                value.clone(),
            ),
            _ => bail!("must be the name of a permission set or a permission set object"),
        };
        let permissions = TaskPermissions {
            label,
            set,
            config: config.path.clone(),
        };
        permissions.options()?;
        Ok(permissions)
    }

    /// How the listing shows it.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// The config file the set is written in.
    pub fn config(&self) -> &Path {
        &self.config
    }

    /// The permission options the set stands for.
    pub fn options(&self) -> Result<PermissionsOptions> {
        let base = self.config.parent().unwrap_or(Path::new("/"));
        x_permissions::options_from_config_set(&self.set, base)
            .map_err(|e| anyhow!("{} in {}: {e}", self.label, self.config.display()))
    }

    /// The value of [`ENV_VAR`] for the task `task`.
    pub fn to_env(&self, task: &str) -> String {
        json!({
            "task": task,
            "label": self.label,
            "config": self.config,
            "set": self.set,
        })
        .to_string()
    }
}

/// The permission set this process was started with by a task, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Inherited {
    /// The task that declared it.
    pub task: String,
    pub permissions: TaskPermissions,
}

/// Reads [`ENV_VAR`]. A value that is not what `x task` writes is an error, not ignored:
/// a process meant to be confined must not run unconfined.
pub fn inherited() -> Result<Option<Inherited>> {
    match std::env::var_os(ENV_VAR) {
        None => Ok(None),
        Some(value) if value.is_empty() => Ok(None),
        Some(value) => {
            let text = value
                .into_string()
                .map_err(|_| anyhow!("{ENV_VAR} is not UTF-8"))?;
            parse(&text).map(Some)
        }
    }
}

fn parse(text: &str) -> Result<Inherited> {
    let bad = || format!("{ENV_VAR} does not hold the permissions of an x task");
    let json: Value = serde_json::from_str(text).with_context(bad)?;
    let field = |name: &str| json.get(name).and_then(Value::as_str).with_context(bad);
    let set = json
        .get("set")
        .filter(|s| s.is_object())
        .with_context(bad)?;
    let inherited = Inherited {
        task: field("task")?.to_string(),
        permissions: TaskPermissions {
            label: field("label")?.to_string(),
            set: set.clone(),
            config: PathBuf::from(field("config")?),
        },
    };
    inherited.permissions.options()?;
    Ok(inherited)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> ConfigFile {
        ConfigFile::parse(
            "/proj/x.json".into(),
            r#"{ "permissions": { "data": { "read": ["./data"] }, "bad": { "nope": true } } }"#,
        )
        .unwrap()
    }

    #[test]
    fn a_named_set_or_one_in_place() {
        let named = TaskPermissions::from_config(&config(), "t", &json!("data")).unwrap();
        assert_eq!(named.label(), "\"permissions\".\"data\"");
        assert_eq!(named.options().unwrap().allow.len(), 1);
        let inline =
            TaskPermissions::from_config(&config(), "t", &json!({ "net": true, "env": ["A"] }))
                .unwrap();
        assert_eq!(inline.label(), "\"tasks\".\"t\".\"permissions\"");
        assert_eq!(inline.options().unwrap().allow.len(), 2);
    }

    #[test]
    fn mistakes_are_reported() {
        let missing = TaskPermissions::from_config(&config(), "t", &json!("nope")).unwrap_err();
        assert!(missing.to_string().contains("no permission set \"nope\""));
        let bad = TaskPermissions::from_config(&config(), "t", &json!("bad")).unwrap_err();
        assert!(
            bad.to_string().contains("unknown permission \"nope\""),
            "{bad}"
        );
        assert!(TaskPermissions::from_config(&config(), "t", &json!(3)).is_err());
    }

    #[test]
    fn round_trips_through_the_environment_value() {
        let named = TaskPermissions::from_config(&config(), "t", &json!("data")).unwrap();
        let back = parse(&named.to_env("t")).unwrap();
        assert_eq!(back.task, "t");
        assert_eq!(back.permissions, named);
        assert!(parse("not json").is_err());
        assert!(parse(r#"{"task": "t"}"#).is_err());
    }
}
