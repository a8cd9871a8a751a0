//! Which files a tool works on (`fmt`, `lint`, later `test`): the paths on the command
//! line or the current folder, narrowed by the config's `include`/`exclude` (the tool's
//! section plus the top-level `"exclude"`) and `--ignore=...`, with `.gitignore` respected
//! and `node_modules`/`.git` skipped — the rules `deno fmt` and `deno lint` follow.
//!
//! Patterns are paths (a file, or a folder and everything under it) or globs (`*`, `?`,
//! `[...]`, `**`), relative to the config file's folder (config) or the current folder
//! (command line); a leading `!` in `exclude` takes a path back in. `.gitignore` files are
//! read with the `ignore` crate, from the walked folder up to the repository root (the
//! folder holding `.git`); a path named explicitly is walked even if a `.gitignore` lists
//! it, as in Deno.

use std::collections::{BTreeSet, HashMap};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use globset::{GlobBuilder, GlobMatcher};
use ignore::gitignore::{Gitignore, GitignoreBuilder};
use serde_json::Value;

use crate::ConfigFile;

/// One entry of an include or exclude list.
#[derive(Debug, Clone)]
pub enum PathOrPattern {
    /// A file or a folder (and everything in it).
    Path(PathBuf),
    /// A glob over absolute paths.
    Pattern { glob: GlobMatcher, base: PathBuf },
    /// `!path` in an exclude list: taken back in.
    NegatedPath(PathBuf),
    /// `!glob` in an exclude list.
    NegatedPattern { glob: GlobMatcher, base: PathBuf },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Match {
    Matched,
    MatchedNegated,
    NotMatched,
}

impl PathOrPattern {
    /// Reads `text` (a path or glob, maybe `!`-negated) relative to `base`.
    pub fn parse(text: &str, base: &Path) -> Result<PathOrPattern> {
        let (negated, text) = match text.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let absolute = normalize(&base.join(text));
        if is_glob(text) {
            let pattern = absolute.to_string_lossy().replace('\\', "/");
            let glob = GlobBuilder::new(&pattern)
                .literal_separator(true)
                .build()
                .with_context(|| format!("invalid glob pattern {text:?}"))?
                .compile_matcher();
            let base = glob_base(&absolute);
            Ok(if negated {
                PathOrPattern::NegatedPattern { glob, base }
            } else {
                PathOrPattern::Pattern { glob, base }
            })
        } else {
            Ok(if negated {
                PathOrPattern::NegatedPath(absolute)
            } else {
                PathOrPattern::Path(absolute)
            })
        }
    }

    fn matches(&self, path: &Path) -> Match {
        let hit = match self {
            PathOrPattern::Path(p) | PathOrPattern::NegatedPath(p) => path.starts_with(p),
            PathOrPattern::Pattern { glob, .. } | PathOrPattern::NegatedPattern { glob, .. } => {
                // A glob matches a file, or any file under a folder it matches.
                path.ancestors().any(|a| glob.is_match(a))
            }
        };
        match (hit, self.is_negated()) {
            (false, _) => Match::NotMatched,
            (true, false) => Match::Matched,
            (true, true) => Match::MatchedNegated,
        }
    }

    fn is_negated(&self) -> bool {
        matches!(
            self,
            PathOrPattern::NegatedPath(_) | PathOrPattern::NegatedPattern { .. }
        )
    }

    /// Where a walk for this entry starts.
    fn walk_root(&self) -> &Path {
        match self {
            PathOrPattern::Path(p) | PathOrPattern::NegatedPath(p) => p,
            PathOrPattern::Pattern { base, .. } | PathOrPattern::NegatedPattern { base, .. } => {
                base
            }
        }
    }
}

/// The last match in a list wins (so a later `!path` takes back an earlier exclude).
fn last_match(list: &[PathOrPattern], path: &Path) -> Match {
    list.iter()
        .rev()
        .map(|p| p.matches(path))
        .find(|m| *m != Match::NotMatched)
        .unwrap_or(Match::NotMatched)
}

fn is_glob(text: &str) -> bool {
    text.contains(['*', '?', '[', '{'])
}

/// The folder part of a glob before its first wildcard: where walking for it starts.
fn glob_base(pattern: &Path) -> PathBuf {
    let mut base = PathBuf::new();
    for component in pattern.components() {
        if is_glob(&component.as_os_str().to_string_lossy()) {
            break;
        }
        base.push(component);
    }
    base
}

/// `a/./b/../c` → `a/c`, without touching the file system (paths may not exist yet).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The files a tool should read.
#[derive(Debug, Clone)]
pub struct FilePatterns {
    /// Walked when there is no include list (the current folder).
    pub base: PathBuf,
    /// When present, only files matching one of these (a closed set).
    pub include: Option<Vec<PathOrPattern>>,
    /// Files matching these are skipped (the last match decides).
    pub exclude: Vec<PathOrPattern>,
}

impl FilePatterns {
    /// The patterns for `tool` (`"fmt"`, `"lint"`, ...): the config's `<tool>.include`,
    /// `<tool>.exclude` and top-level `exclude`, then the command line — paths given there
    /// replace the config's include list, `--ignore` values replace its exclude list.
    pub fn for_tool(
        config: Option<&ConfigFile>,
        tool: &str,
        cwd: &Path,
        cli_paths: &[String],
        cli_ignore: &[String],
    ) -> Result<FilePatterns> {
        let mut include = None;
        let mut exclude = Vec::new();
        if let Some(config) = config {
            let dir = config.dir();
            // Top-level excludes come first: the tool's own entries can take them back.
            for text in string_list(config.json.get("exclude"), "exclude", config)? {
                exclude.push(PathOrPattern::parse(&text, dir)?);
            }
            if let Some(section) = config.section(tool) {
                if let Some(list) = section.get("include") {
                    let list = string_list(Some(list), &format!("{tool}.include"), config)?;
                    include = Some(
                        list.iter()
                            .map(|t| PathOrPattern::parse(t, dir))
                            .collect::<Result<_>>()?,
                    );
                }
                for text in string_list(section.get("exclude"), &format!("{tool}.exclude"), config)?
                {
                    exclude.push(PathOrPattern::parse(&text, dir)?);
                }
            }
        }
        if !cli_paths.is_empty() {
            let paths: Vec<PathOrPattern> = cli_paths
                .iter()
                .map(|t| PathOrPattern::parse(t, cwd))
                .collect::<Result<_>>()?;
            // A path the user typed that is not there is a typo to name, not an empty set.
            for path in &paths {
                if let PathOrPattern::Path(path) = path {
                    if let Err(error) = std::fs::metadata(path) {
                        bail!("cannot read {}: {error}", path.display());
                    }
                }
            }
            include = Some(paths);
        }
        if !cli_ignore.is_empty() {
            exclude = cli_ignore
                .iter()
                .map(|t| PathOrPattern::parse(t, cwd))
                .collect::<Result<_>>()?;
        }
        Ok(FilePatterns {
            base: cwd.to_path_buf(),
            include,
            exclude,
        })
    }

    /// Whether `path` (absolute) passes include and exclude.
    pub fn matches_file(&self, path: &Path) -> bool {
        if let Some(include) = &self.include {
            if last_match(include, path) != Match::Matched {
                return false;
            }
        }
        last_match(&self.exclude, path) != Match::Matched
    }

    /// Walks the patterns and returns the files `accept` takes, sorted and without repeats.
    pub fn collect(&self, accept: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
        let roots: Vec<PathBuf> = match &self.include {
            Some(include) => include
                .iter()
                .filter(|p| !p.is_negated())
                .map(|p| p.walk_root().to_path_buf())
                .collect(),
            None => vec![self.base.clone()],
        };
        let explicit: Vec<PathBuf> = match &self.include {
            Some(include) => include
                .iter()
                .filter_map(|p| match p {
                    PathOrPattern::Path(p) => Some(p.clone()),
                    _ => None,
                })
                .collect(),
            None => Vec::new(),
        };
        let mut gitignores = GitignoreTree::default();
        let mut found = BTreeSet::new();
        for root in roots {
            let Ok(metadata) = std::fs::metadata(&root) else {
                continue;
            };
            let mut pending = vec![(root.clone(), metadata.is_dir())];
            while let Some((path, is_dir)) = pending.pop() {
                let named = explicit.contains(&path);
                if !named {
                    if is_dir && path != root && is_skipped_dir(&path) {
                        continue;
                    }
                    if gitignores.is_ignored(&path, is_dir) {
                        continue;
                    }
                }
                if is_dir {
                    if self.dir_is_excluded(&path) {
                        continue;
                    }
                    let Ok(entries) = std::fs::read_dir(&path) else {
                        continue;
                    };
                    for entry in entries.flatten() {
                        let child = entry.path();
                        let child_is_dir = match entry.file_type() {
                            Ok(t) if t.is_symlink() => std::fs::metadata(&child)
                                .map(|m| m.is_dir())
                                .unwrap_or(false),
                            Ok(t) => t.is_dir(),
                            Err(_) => continue,
                        };
                        pending.push((child, child_is_dir));
                    }
                } else if self.matches_file(&path) && accept(&path) {
                    found.insert(path);
                }
            }
        }
        found.into_iter().collect()
    }

    /// A folder whose every file would be excluded is not walked at all.
    fn dir_is_excluded(&self, dir: &Path) -> bool {
        if last_match(&self.exclude, dir) != Match::Matched {
            return false;
        }
        // A later `!path` inside the folder takes part of it back: keep walking.
        !self
            .exclude
            .iter()
            .any(|p| p.is_negated() && p.walk_root().starts_with(dir))
    }
}

fn is_skipped_dir(path: &Path) -> bool {
    matches!(
        path.file_name().and_then(|n| n.to_str()),
        Some("node_modules" | ".git")
    )
}

fn string_list(value: Option<&Value>, what: &str, config: &ConfigFile) -> Result<Vec<String>> {
    match value {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => Ok(s.clone()),
                other => anyhow::bail!(
                    "\"{what}\" in {} must list strings, found {other}",
                    config.path.display()
                ),
            })
            .collect(),
        Some(other) => anyhow::bail!(
            "\"{what}\" in {} must be an array of strings, found {other}",
            config.path.display()
        ),
    }
}

/// `.gitignore` files per folder, each applying below its folder, read once per folder, up
/// to the repository root.
#[derive(Default)]
struct GitignoreTree {
    dirs: HashMap<PathBuf, Option<Arc<Chain>>>,
}

struct Chain {
    parent: Option<Arc<Chain>>,
    own: Option<Gitignore>,
}

impl Chain {
    fn is_ignored(&self, path: &Path, is_dir: bool) -> bool {
        // A nearer file decides over a farther one; within a file the last line decides.
        if let Some(own) = &self.own {
            match own.matched(path, is_dir) {
                ignore::Match::Ignore(_) => return true,
                ignore::Match::Whitelist(_) => return false,
                ignore::Match::None => {}
            }
        }
        self.parent
            .as_ref()
            .is_some_and(|p| p.is_ignored(path, is_dir))
    }
}

impl GitignoreTree {
    fn is_ignored(&mut self, path: &Path, is_dir: bool) -> bool {
        match path.parent() {
            Some(dir) => self.chain(dir).is_some_and(|c| c.is_ignored(path, is_dir)),
            None => false,
        }
    }

    fn chain(&mut self, dir: &Path) -> Option<Arc<Chain>> {
        if let Some(known) = self.dirs.get(dir) {
            return known.clone();
        }
        // Above a repository root, `.gitignore` files no longer apply.
        let parent = if dir.join(".git").exists() {
            None
        } else {
            dir.parent().and_then(|p| self.chain(p))
        };
        let own = std::fs::read_to_string(dir.join(".gitignore"))
            .ok()
            .and_then(|text| {
                let mut builder = GitignoreBuilder::new(dir);
                for line in text.lines() {
                    let _ = builder.add_line(None, line);
                }
                builder.build().ok()
            });
        let chain = if parent.is_none() && own.is_none() {
            None
        } else {
            Some(Arc::new(Chain { parent, own }))
        };
        self.dirs.insert(dir.to_path_buf(), chain.clone());
        chain
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, files: &[&str]) {
        for f in files {
            let path = root.join(f);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "").unwrap();
        }
    }

    fn names(root: &Path, files: Vec<PathBuf>) -> Vec<String> {
        files
            .iter()
            .map(|f| {
                f.strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect()
    }

    #[test]
    fn walks_with_gitignore_and_skips_node_modules() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        write(
            &root,
            &[
                "a.ts",
                "b.md",
                "gen/x.ts",
                "node_modules/m/i.ts",
                ".git/h.ts",
                "sub/c.ts",
                "sub/d.log",
            ],
        );
        std::fs::write(root.join(".gitignore"), "gen/\n*.log\n").unwrap();
        let patterns = FilePatterns::for_tool(None, "fmt", &root, &[], &[]).unwrap();
        let files = patterns.collect(|p| p.extension().is_some_and(|e| e == "ts"));
        assert_eq!(names(&root, files), ["a.ts", "sub/c.ts"]);
    }

    #[test]
    fn config_include_exclude_and_cli_override() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        write(
            &root,
            &[
                "src/a.ts",
                "src/a.test.ts",
                "src/keep/k.ts",
                "src/skip/s.ts",
                "other/o.ts",
            ],
        );
        let config = ConfigFile::parse(
            root.join("deno.json"),
            r#"{ "exclude": ["src/skip"], "fmt": { "include": ["src"], "exclude": ["**/*.test.ts", "!src/skip/s.ts"] } }"#,
        )
        .unwrap();
        let patterns = FilePatterns::for_tool(Some(&config), "fmt", &root, &[], &[]).unwrap();
        let files = patterns.collect(|_| true);
        assert_eq!(
            names(&root, files),
            ["src/a.ts", "src/keep/k.ts", "src/skip/s.ts"]
        );

        let cli = FilePatterns::for_tool(
            Some(&config),
            "fmt",
            &root,
            &["other".into()],
            &["other/o.ts".into()],
        )
        .unwrap();
        assert!(cli.collect(|_| true).is_empty());
        let cli =
            FilePatterns::for_tool(Some(&config), "lint", &root, &["other".into()], &[]).unwrap();
        assert_eq!(names(&root, cli.collect(|_| true)), ["other/o.ts"]);
    }

    #[test]
    fn an_explicit_path_beats_gitignore() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        write(&root, &["gen/x.ts"]);
        std::fs::write(root.join(".gitignore"), "gen/\n").unwrap();
        let patterns = FilePatterns::for_tool(None, "fmt", &root, &["gen".into()], &[]).unwrap();
        assert_eq!(names(&root, patterns.collect(|_| true)), ["gen/x.ts"]);
    }
}
