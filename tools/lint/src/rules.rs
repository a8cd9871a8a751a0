//! Which rules run: every deno_lint rule, filtered as `deno lint` filters them — by tags
//! (default `recommended`, plus `workspace` when there is a config file and `jsr` when it
//! describes a package), then `include` adds rules and `exclude` removes them; the command
//! line's `--rules-*` flags replace the config's `"lint": { "rules": ... }` entries.

use std::borrow::Cow;
use std::collections::HashSet;

use deno_lint::rules::LintRule;
use deno_terminal::colors;
use serde_json::Value;

/// Codes of rules `deno lint` has beyond deno_lint's (they need the package graph or
/// sloppy-import resolution, which `x lint` does not run). Known, so an ignore comment
/// naming them is not reported as an unknown rule.
pub const DENO_CLI_RULE_CODES: &[&str] = &["no-sloppy-imports", "no-slow-types"];

/// The `"rules"` part of the `"lint"` config, or the `--rules-*` flags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RulesConfig {
    pub tags: Option<Vec<String>>,
    pub include: Option<Vec<String>>,
    pub exclude: Option<Vec<String>>,
}

impl RulesConfig {
    /// `self` (flags) where set, else `config`.
    pub fn or(self, config: &RulesConfig) -> RulesConfig {
        RulesConfig {
            tags: self.tags.or_else(|| config.tags.clone()),
            include: self.include.or_else(|| config.include.clone()),
            exclude: self.exclude.or_else(|| config.exclude.clone()),
        }
    }

    pub(crate) fn from_json(value: Option<&Value>) -> anyhow::Result<RulesConfig> {
        let Some(value) = value else {
            return Ok(RulesConfig::default());
        };
        let Some(map) = value.as_object() else {
            anyhow::bail!("\"lint.rules\" must be an object, found {value}")
        };
        let list = |key: &str| -> anyhow::Result<Option<Vec<String>>> {
            match map.get(key) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::Array(items)) => items
                    .iter()
                    .map(|i| {
                        i.as_str().map(str::to_string).ok_or_else(|| {
                            anyhow::anyhow!("\"lint.rules.{key}\" must list strings")
                        })
                    })
                    .collect::<anyhow::Result<Vec<_>>>()
                    .map(Some),
                Some(other) => {
                    anyhow::bail!("\"lint.rules.{key}\" must be an array of strings, found {other}")
                }
            }
        };
        for key in map.keys() {
            if !matches!(key.as_str(), "tags" | "include" | "exclude") {
                anyhow::bail!("unknown field `{key}` in \"lint.rules\", expected one of `tags`, `include`, `exclude`");
            }
        }
        Ok(RulesConfig {
            tags: list("tags")?,
            include: list("include")?,
            exclude: list("exclude")?,
        })
    }
}

/// The tags used when neither config nor flags name any.
pub fn default_tags(has_config: bool, is_package: bool) -> Vec<String> {
    let mut tags = vec!["recommended".to_string()];
    if is_package {
        tags.push("jsr".to_string());
    }
    if has_config {
        tags.push("workspace".to_string());
    }
    tags
}

/// The rules `config` selects, sorted by code.
pub fn select(config: &RulesConfig, default: &[String]) -> Vec<Box<dyn LintRule>> {
    let tags: HashSet<String> = config
        .tags
        .clone()
        .unwrap_or_else(|| default.to_vec())
        .into_iter()
        .collect();
    let mut rules: Vec<Box<dyn LintRule>> = deno_lint::rules::get_all_rules()
        .into_iter()
        .filter(|rule| {
            let tagged = rule.tags().iter().any(|t| tags.contains(t.display()));
            let included = config
                .include
                .as_ref()
                .is_some_and(|i| i.iter().any(|c| c == rule.code()));
            let excluded = config
                .exclude
                .as_ref()
                .is_some_and(|e| e.iter().any(|c| c == rule.code()));
            (tagged || included) && !excluded
        })
        .collect();
    rules.sort_by_key(|r| r.code());
    rules
}

/// Every rule code an ignore comment may name.
pub fn all_codes() -> HashSet<Cow<'static, str>> {
    deno_lint::rules::get_all_rules()
        .iter()
        .map(|r| Cow::Borrowed(r.code()))
        .chain(DENO_CLI_RULE_CODES.iter().map(|c| Cow::Borrowed(*c)))
        .collect()
}

/// The documentation page of a rule.
pub fn docs_url(code: &str) -> String {
    format!("https://docs.deno.com/lint/rules/{code}")
}

/// `x lint --rules`: every rule with its docs link and tags, ✓ marking the ones `selected`
/// (as `deno lint --rules` prints them). With `json`, the same as JSON.
/// Colors follow `deno_terminal::colors::use_color()`.
pub fn list(selected: &[Box<dyn LintRule>], json: bool) -> String {
    let mut all = deno_lint::rules::get_all_rules();
    all.sort_by_key(|r| r.code());
    let enabled: HashSet<&str> = selected.iter().map(|r| r.code()).collect();
    if json {
        let rules: Vec<Value> = all
            .iter()
            .map(|r| {
                serde_json::json!({
                    "code": r.code(),
                    "tags": r.tags().iter().map(|t| t.display()).collect::<Vec<_>>(),
                    "docs": docs_url(r.code()),
                })
            })
            .collect();
        let mut out =
            serde_json::to_string_pretty(&serde_json::json!({ "version": 1, "rules": rules }))
                .unwrap_or_default();
        out.push('\n');
        return out;
    }
    let gray = |s: String| colors::gray(s).to_string();
    let green = |s: &str| colors::green(s).to_string();
    let mut out = String::from("Available rules:\n");
    for rule in &all {
        let mark = if enabled.contains(rule.code()) {
            "✓"
        } else {
            ""
        };
        out.push_str(&format!("- {} {}\n", rule.code(), green(mark)));
        out.push_str(&format!(
            "{}\n",
            gray(format!("  help: {}", docs_url(rule.code())))
        ));
        let tags: Vec<&str> = rule.tags().iter().map(|t| t.display()).collect();
        let tags = if tags.is_empty() {
            "tags:".to_string()
        } else {
            format!("tags: {}", tags.join(", "))
        };
        out.push_str(&format!("  {}\n\n", gray(tags)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(rules: &[Box<dyn LintRule>]) -> Vec<&'static str> {
        rules.iter().map(|r| r.code()).collect()
    }

    #[test]
    fn recommended_by_default_then_include_and_exclude() {
        let recommended = select(&RulesConfig::default(), &default_tags(false, false));
        assert!(codes(&recommended).contains(&"no-unused-vars"));
        assert!(!codes(&recommended).contains(&"eqeqeq"));
        assert!(!codes(&recommended).contains(&"no-import-prefix"));
        let with_config = select(&RulesConfig::default(), &default_tags(true, false));
        assert!(
            codes(&with_config).contains(&"no-import-prefix"),
            "workspace rules when there is a config"
        );
        let custom = RulesConfig {
            include: Some(vec!["eqeqeq".into()]),
            exclude: Some(vec!["no-unused-vars".into()]),
            ..Default::default()
        };
        let custom = codes(&select(&custom, &default_tags(false, false))).join(",");
        assert!(custom.contains("eqeqeq") && !custom.contains("no-unused-vars"));
        let tags = RulesConfig {
            tags: Some(vec!["jsx".into()]),
            ..Default::default()
        };
        assert!(codes(&select(&tags, &[]))
            .iter()
            .all(|c| c.starts_with("jsx-")));
    }

    #[test]
    fn flags_replace_config_entries() {
        let config = RulesConfig {
            tags: Some(vec!["jsr".into()]),
            exclude: Some(vec!["a".into()]),
            ..Default::default()
        };
        let flags = RulesConfig {
            exclude: Some(vec!["b".into()]),
            ..Default::default()
        };
        let merged = flags.or(&config);
        assert_eq!(merged.tags, Some(vec!["jsr".into()]));
        assert_eq!(merged.exclude, Some(vec!["b".into()]));
    }

    #[test]
    fn lists_every_rule() {
        colors::set_use_color(false);
        let text = list(
            &select(&RulesConfig::default(), &default_tags(false, false)),
            false,
        );
        assert!(text.starts_with("Available rules:\n- adjacent-overload-signatures ✓\n  help: https://docs.deno.com/lint/rules/adjacent-overload-signatures\n  tags: recommended\n\n"));
        assert!(text.contains("- eqeqeq \n"));
    }
}
