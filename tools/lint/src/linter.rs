//! Linting one document: deno_lint's `Linter::lint_with_ast` on the parse the graph's
//! documents hold (opened once; `x lint` never parses on its own), and `--fix`: apply each
//! diagnostic's first fix, re-open the document with the new text (one counted parse per
//! round), lint again, until nothing is left to fix. A round whose text no longer parses —
//! or parses with new syntax errors — is an error naming the rule and fix that broke it,
//! and nothing is written.

use std::collections::HashSet;
use std::sync::Arc;

use anyhow::{anyhow, Result};
use deno_ast::{MediaType, ParsedSource, SourceTextInfo, TextChange};
use deno_lint::diagnostic::LintDiagnostic;
use deno_lint::linter::{LintConfig, Linter as DenoLinter, LinterOptions};
use deno_lint::rules::LintRule;
use url::Url;
use x_graph::Documents;

/// After this many fix rounds a file is left as it is: a rule whose fix keeps producing
/// new problems is a bug in the rule.
const MAX_FIX_ROUNDS: usize = 6;

/// What `--fix` did to one file.
pub struct Fixed {
    /// The parse of the final text (the file's, if nothing was fixed).
    pub parsed: ParsedSource,
    /// What is left after fixing.
    pub diagnostics: Vec<LintDiagnostic>,
    /// The new text, when a fix changed it (write it once, this is final).
    pub text: Option<String>,
    /// Set when the fixes did not settle (reported as a warning; `text` still parses).
    pub unsettled: bool,
}

/// The configured linter, shared by the linting threads.
pub struct Linter {
    linter: DenoLinter,
    config: LintConfig,
    documents: Documents,
}

impl Linter {
    /// A linter running `rules` (see `rules::select`); `jsx` is the classic JSX factory and
    /// fragment factory, if the project uses them.
    pub fn new(
        rules: Vec<Box<dyn LintRule>>,
        jsx: (Option<String>, Option<String>),
        documents: Documents,
    ) -> Linter {
        let linter = DenoLinter::new(LinterOptions {
            rules,
            all_rule_codes: crate::rules::all_codes(),
            custom_ignore_file_directive: None,
            custom_ignore_diagnostic_directive: None,
        });
        Linter {
            linter,
            config: LintConfig {
                default_jsx_factory: jsx.0,
                default_jsx_fragment_factory: jsx.1,
            },
            documents,
        }
    }

    /// The problems in an already parsed document, in source order.
    pub fn lint_parsed(&self, parsed: &ParsedSource) -> Vec<LintDiagnostic> {
        let mut diagnostics = self.linter.lint_with_ast(parsed, self.config.clone(), None);
        diagnostics.sort_by(|a, b| {
            let start = |d: &LintDiagnostic| d.range.as_ref().map(|r| r.range.start);
            start(a)
                .cmp(&start(b))
                .then_with(|| a.details.code.cmp(&b.details.code))
        });
        diagnostics
    }

    /// Opens `text` as the document `specifier` (parsing it unless it is open with the same
    /// text) and lints it. A syntax error that stops the parser is the error.
    pub fn lint(
        &self,
        specifier: &Url,
        media_type: MediaType,
        text: Arc<str>,
    ) -> Result<(ParsedSource, Vec<LintDiagnostic>)> {
        let parsed = self
            .documents
            .open(specifier.clone(), media_type, text)
            .map_err(|d| anyhow!("{d:#}"))?;
        let diagnostics = self.lint_parsed(&parsed);
        Ok((parsed, diagnostics))
    }

    /// Lints and applies fixes until none apply.
    pub fn lint_and_fix(
        &self,
        specifier: &Url,
        media_type: MediaType,
        text: Arc<str>,
    ) -> Result<Fixed> {
        let (mut parsed, mut diagnostics) = self.lint(specifier, media_type, text)?;
        let original_errors = parsed.diagnostics().clone();
        let mut rounds = 0;
        while let Some(new_text) = apply_fixes(parsed.text_info_lazy(), &diagnostics) {
            if rounds == MAX_FIX_ROUNDS {
                return Ok(Fixed {
                    text: Some(parsed.text().to_string()),
                    parsed,
                    diagnostics,
                    unsettled: true,
                });
            }
            rounds += 1;
            match self.relint(specifier, media_type, new_text, &original_errors) {
                Ok((next, next_diagnostics)) => {
                    parsed = next;
                    diagnostics = next_diagnostics;
                }
                Err(error) => {
                    return Err(self.blame(
                        specifier,
                        media_type,
                        &parsed,
                        &diagnostics,
                        &original_errors,
                        error,
                    ))
                }
            }
        }
        let text = (rounds > 0).then(|| parsed.text().to_string());
        Ok(Fixed {
            parsed,
            diagnostics,
            text,
            unsettled: false,
        })
    }

    /// Lints a fixed text; an error if it does not parse or has syntax errors it did not
    /// have before.
    fn relint(
        &self,
        specifier: &Url,
        media_type: MediaType,
        text: String,
        original_errors: &[deno_ast::ParseDiagnostic],
    ) -> Result<(ParsedSource, Vec<LintDiagnostic>)> {
        let (parsed, diagnostics) = self.lint(specifier, media_type, Arc::from(text))?;
        if let Some(new_error) = parsed
            .diagnostics()
            .iter()
            .find(|d| !original_errors.contains(d))
        {
            return Err(anyhow!("{new_error:#}"));
        }
        Ok((parsed, diagnostics))
    }

    /// Finds the fix that breaks the file: drops the last fixable diagnostic until the rest
    /// parse, and names the dropped one's rule. The document is left at `parsed`'s text.
    fn blame(
        &self,
        specifier: &Url,
        media_type: MediaType,
        parsed: &ParsedSource,
        diagnostics: &[LintDiagnostic],
        original_errors: &[deno_ast::ParseDiagnostic],
        error: anyhow::Error,
    ) -> anyhow::Error {
        let text_info = parsed.text_info_lazy();
        let mut remaining = diagnostics.to_vec();
        let mut culprit = None;
        while let Some(last) = remaining.pop() {
            if last.details.fixes.is_empty() {
                continue;
            }
            let rest_parse = match apply_fixes(text_info, &remaining) {
                Some(text) => self
                    .relint(specifier, media_type, text, original_errors)
                    .is_ok(),
                None => true,
            };
            if rest_parse {
                culprit = Some(last);
                break;
            }
        }
        // Put the document back to the last text that parsed.
        let _ = self
            .documents
            .open(specifier.clone(), media_type, parsed.text().clone());
        match culprit {
            Some(d) => {
                let fix = &d.details.fixes[0];
                let mut changes = String::new();
                for change in &fix.changes {
                    let range = change.range.as_byte_range(text_info.range().start);
                    changes.push_str(&format!(
                        "Range: [{}, {}]\nText: {:?}\n\n",
                        range.start, range.end, change.new_text
                    ));
                }
                error.context(format!(
                    "The '{}' rule caused a syntax error applying '{}'.\n\n{changes}",
                    d.details.code, fix.description
                ))
            }
            None => {
                error.context("A lint fix caused a syntax error. This is a bug in a lint rule.")
            }
        }
    }
}

/// The text with the first fix of each diagnostic applied, leaving out fixes that overlap
/// an earlier one (the next round picks them up) and repeated identical imports; `None`
/// when there is nothing to fix.
fn apply_fixes(text_info: &SourceTextInfo, diagnostics: &[LintDiagnostic]) -> Option<String> {
    let start = text_info.range().start;
    let mut changes: Vec<TextChange> = diagnostics
        .iter()
        .filter_map(|d| d.details.fixes.first())
        .flat_map(|fix| fix.changes.iter())
        .map(|c| TextChange {
            range: c.range.as_byte_range(start),
            new_text: c.new_text.to_string(),
        })
        .collect();
    if changes.is_empty() {
        return None;
    }
    changes.sort_by_key(|c| c.range.start);
    let mut kept: Vec<TextChange> = Vec::with_capacity(changes.len());
    let mut imports = HashSet::new();
    for change in changes {
        let overlaps = kept
            .last()
            .is_some_and(|prev| change.range.start <= prev.range.end);
        let import = change
            .new_text
            .trim_start()
            .starts_with("import ")
            .then(|| change.new_text.trim().to_string());
        if overlaps || import.as_ref().is_some_and(|i| imports.contains(i)) {
            continue;
        }
        if let Some(import) = import {
            imports.insert(import);
        }
        kept.push(change);
    }
    Some(deno_ast::apply_text_changes(text_info.text_str(), kept))
}

/// The classic JSX factories from `compilerOptions` (`jsx` defaults to `"react"`, whose
/// factories default to `React.createElement` and `React.Fragment`), as `deno lint` uses.
pub fn jsx_factories(
    compiler_options: Option<&serde_json::Value>,
) -> (Option<String>, Option<String>) {
    let get = |key: &str| {
        compiler_options
            .and_then(|o| o.get(key))
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    match get("jsx").as_deref() {
        None | Some("react") => (
            Some(get("jsxFactory").unwrap_or_else(|| "React.createElement".to_string())),
            Some(get("jsxFragmentFactory").unwrap_or_else(|| "React.Fragment".to_string())),
        ),
        _ => (None, None),
    }
}

/// The media type for a path, `--ext` overriding; files without an extension are TS.
pub fn media_type_for(path: &std::path::Path, ext: Option<&str>) -> MediaType {
    match ext {
        Some(ext) => MediaType::from_path(&path.with_extension(ext)),
        None if path.extension().is_none() => MediaType::TypeScript,
        None => MediaType::from_path(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{default_tags, select, RulesConfig};

    fn linter(docs: &Documents) -> Linter {
        Linter::new(
            select(&RulesConfig::default(), &default_tags(false, false)),
            (None, None),
            docs.clone(),
        )
    }

    #[test]
    fn lints_from_the_documents_parse() {
        let docs = Documents::detached();
        let url = Url::parse("file:///a.ts").unwrap();
        let (_, diagnostics) = linter(&docs)
            .lint(&url, MediaType::TypeScript, "let x = 1;\n".into())
            .unwrap();
        let codes: Vec<_> = diagnostics
            .iter()
            .map(|d| d.details.code.as_str())
            .collect();
        assert_eq!(codes, ["no-unused-vars", "prefer-const"]);
        assert_eq!(docs.parse_stats().count(&url), 1);
        // Linting the same open text again reuses the parse.
        linter(&docs)
            .lint(&url, MediaType::TypeScript, "let x = 1;\n".into())
            .unwrap();
        assert_eq!(docs.parse_stats().count(&url), 1);
    }

    #[test]
    fn fixes_until_settled() {
        let docs = Documents::detached();
        let url = Url::parse("file:///a.ts").unwrap();
        let text = "window.alert(1);\nwindow.close();\n";
        let fixed = linter(&docs)
            .lint_and_fix(&url, MediaType::TypeScript, text.into())
            .unwrap();
        let new_text = fixed.text.expect("changed");
        assert_eq!(new_text, "globalThis.alert(1);\nglobalThis.close();\n");
        assert!(
            docs.parse_stats().count(&url) >= 2,
            "each round re-opens the document"
        );
        assert!(fixed.diagnostics.iter().all(|d| d.details.fixes.is_empty()));
        assert!(!fixed.unsettled);
    }

    #[test]
    fn jsx_defaults_are_react() {
        assert_eq!(
            jsx_factories(None),
            (
                Some("React.createElement".into()),
                Some("React.Fragment".into())
            )
        );
        let automatic = serde_json::json!({ "jsx": "react-jsx" });
        assert_eq!(jsx_factories(Some(&automatic)), (None, None));
    }
}
