//! Which files `x test` runs: among the files `x_config::files` selects for the `"test"`
//! tool (the paths given, else the config's `test.include`, else the current folder;
//! minus `test.exclude`, the top-level `exclude` and `--ignore`; `.gitignore` respected -
//! Deno does not, the issue asks for it -; `node_modules` and `.git` skipped), those named
//! `test.{ts,tsx,mts,js,mjs,jsx}` or ending in `_test.<ext>` or `.test.<ext>`, as Deno
//! finds them. A file named on the command line runs whatever its name, as in Deno.
//!
//! With `--doc`, the same walk collects the modules and Markdown files whose code blocks
//! become tests (see `doc.rs`).

use std::path::{Path, PathBuf};

use x_config::files::FilePatterns;

const EXTENSIONS: &[&str] = &["ts", "tsx", "mts", "js", "mjs", "jsx"];

/// Where to look and what to leave out.
#[derive(Debug, Clone)]
pub struct CollectOptions {
    pub patterns: FilePatterns,
    /// Files named on the command line (run even when not named like tests).
    pub explicit: Vec<PathBuf>,
    /// Files and folders given on the command line (what `--watch` watches).
    pub roots: Vec<PathBuf>,
}

/// Whether `name` is a test file's name.
pub fn is_test_file_name(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    if !EXTENSIONS.contains(&ext) {
        return false;
    }
    stem == "test" || stem.ends_with("_test") || stem.ends_with(".test")
}

/// Whether `--doc` looks for code blocks in `name` (a module or a Markdown file).
pub fn is_doc_source_name(name: &str) -> bool {
    let Some((_, ext)) = name.rsplit_once('.') else {
        return false;
    };
    EXTENSIONS.contains(&ext) || matches!(ext, "md" | "markdown" | "mdx" | "cts" | "cjs")
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The files whose name `wanted` accepts (and the explicit files), sorted.
pub fn collect(options: &CollectOptions, wanted: fn(&str) -> bool) -> Vec<PathBuf> {
    options
        .patterns
        .collect(|path| wanted(&name_of(path)) || options.explicit.iter().any(|e| e == path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_file_names() {
        for name in [
            "test.ts",
            "a_test.ts",
            "a.test.tsx",
            "b.test.mjs",
            "x_test.jsx",
            "test.mts",
        ] {
            assert!(is_test_file_name(name), "{name}");
        }
        for name in [
            "atest.ts",
            "a_test.md",
            "a_spec.ts",
            "test.ts.bak",
            "tests.ts",
        ] {
            assert!(!is_test_file_name(name), "{name}");
        }
    }

    #[test]
    fn walks_respecting_gitignore_and_excludes() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        for file in [
            "a_test.ts",
            "sub/b.test.ts",
            "sub/c.ts",
            "node_modules/m/x_test.ts",
            "gen/g_test.ts",
            "skip/s_test.ts",
        ] {
            let path = root.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "").unwrap();
        }
        std::fs::write(root.join(".gitignore"), "gen/\n").unwrap();
        let patterns = FilePatterns::for_tool(None, "test", &root, &[], &["skip".into()]).unwrap();
        let options = CollectOptions {
            patterns,
            explicit: vec![],
            roots: vec![],
        };
        let found = collect(&options, is_test_file_name);
        let names: Vec<_> = found
            .iter()
            .map(|p| {
                p.strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(names, ["a_test.ts", "sub/b.test.ts"]);

        let patterns =
            FilePatterns::for_tool(None, "test", &root, &["sub/c.ts".into()], &[]).unwrap();
        let options = CollectOptions {
            patterns,
            explicit: vec![root.join("sub/c.ts")],
            roots: vec![],
        };
        assert_eq!(
            collect(&options, is_test_file_name),
            [root.join("sub/c.ts")]
        );
    }
}
