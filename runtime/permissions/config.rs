//! Permission sets from the config file (Deno 2.5+), used with `-P`/`--permission-set`:
//!
//! ```jsonc
//! "permissions": {
//!   "default": { "read": true, "env": ["HOME"], "write": { "allow": ["./out"], "deny": ["./out/keep"] } },
//!   "ci": { "all": true }
//! }
//! ```
//! Each kind takes `true`/`false`, a list (allow those), or `{ "allow", "deny" }` with
//! either form. Relative paths are relative to the config file's folder.

use std::path::Path;

use serde_json::Value;

use crate::flags::{PermissionsOptions, Rule};
use crate::Kind;

/// The options of one permission set (the value under its name).
pub fn options_from_config_set(
    set: &Value,
    config_dir: &Path,
) -> Result<PermissionsOptions, String> {
    let object = set
        .as_object()
        .ok_or("a permission set must be an object")?;
    let mut options = PermissionsOptions::default();
    for (key, value) in object {
        if key == "all" {
            options.allow_all = value.as_bool().ok_or("\"all\" must be true or false")?;
            continue;
        }
        let kind = Kind::from_name(key).ok_or_else(|| format!("unknown permission \"{key}\""))?;
        let base = Some(config_dir.to_path_buf());
        match value {
            Value::Object(parts) => {
                for (part, v) in parts {
                    let target = match part.as_str() {
                        "allow" => &mut options.allow,
                        "deny" => &mut options.deny,
                        // Deno's "ignore" (read/env) turns denials into quiet NotFound/undefined;
                        // we keep them as denials, which is the safe side.
                        "ignore" => &mut options.deny,
                        other => return Err(format!("unknown key \"{other}\" in \"{key}\"")),
                    };
                    if let Some(rule) = rule_of(kind, v, &base)? {
                        target.push(rule);
                    }
                }
            }
            v => {
                if let Some(rule) = rule_of(kind, v, &base)? {
                    options.allow.push(rule);
                }
            }
        }
    }
    Ok(options)
}

fn rule_of(
    kind: Kind,
    value: &Value,
    base: &Option<std::path::PathBuf>,
) -> Result<Option<Rule>, String> {
    match value {
        Value::Bool(true) => Ok(Some(Rule {
            kind,
            values: None,
            base: base.clone(),
        })),
        Value::Bool(false) | Value::Null => Ok(None),
        Value::Array(items) => {
            let values = items
                .iter()
                .map(|v| {
                    v.as_str()
                        .map(str::to_string)
                        .ok_or_else(|| format!("\"{}\" entries must be strings", kind.name()))
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Some(Rule {
                kind,
                values: Some(values),
                base: base.clone(),
            }))
        }
        _ => Err(format!(
            "\"{}\" must be true, false, a list, or {{ \"allow\", \"deny\" }}",
            kind.name()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_set() {
        let set: Value = serde_json::from_str(
            r#"{"read": true, "env": ["HOME"], "write": {"allow": ["out"], "deny": ["out/keep"]}}"#,
        )
        .unwrap();
        let options = options_from_config_set(&set, Path::new("/proj")).unwrap();
        assert_eq!(options.allow.len(), 3);
        assert_eq!(options.deny.len(), 1);
        assert_eq!(
            options.deny[0].values.as_deref(),
            Some(&["out/keep".to_string()][..])
        );
        assert!(
            options_from_config_set(&serde_json::json!({"bogus": true}), Path::new("/")).is_err()
        );
    }
}
