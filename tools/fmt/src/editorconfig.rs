//! `.editorconfig` support: `indent_style`, `indent_size`, `tab_width`, `max_line_length`
//! and `end_of_line` fill in formatting options that neither the config file nor the
//! command line set, as `deno fmt` does (`useEditorConfig: false` or `--no-editorconfig`
//! turn it off).
//!
//! Files are found from the formatted file's folder upwards until one says `root = true`;
//! nearer files and later sections win. Section globs follow EditorConfig: a pattern without
//! `/` matches a file name in any folder, `*` stops at `/`, `**` does not, `{a,b}` and
//! `{1..3}` alternatives (translated to a regex here). Parsed files and per-folder chains are cached, so a run over many
//! files in a folder costs one lookup per file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use regex::Regex;

use crate::options::{FmtOptions, NewLineKind};

/// What `.editorconfig` files say about one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EditorConfig {
    pub use_tabs: Option<bool>,
    indent_size: Option<IndentSize>,
    tab_width: Option<u8>,
    pub max_line_length: Option<u32>,
    pub end_of_line: Option<NewLineKind>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IndentSize {
    Width(u8),
    /// `indent_size = tab`: use `tab_width`.
    Tab,
}

impl EditorConfig {
    /// Whether nothing was set.
    pub fn is_empty(&self) -> bool {
        *self == EditorConfig::default()
    }

    /// Fills the options `options` leaves unset.
    pub fn apply_to(&self, options: &mut FmtOptions) {
        if options.use_tabs.is_none() {
            options.use_tabs = self.use_tabs;
        }
        if options.indent_width.is_none() {
            options.indent_width = match self.indent_size {
                Some(IndentSize::Width(n)) => Some(n),
                Some(IndentSize::Tab) => self.tab_width,
                // With tabs and no size, a tab's width is the indent.
                None if self.use_tabs == Some(true) => self.tab_width,
                None => None,
            };
        }
        if options.line_width.is_none() {
            options.line_width = self.max_line_length;
        }
        if options.new_line_kind.is_none() {
            options.new_line_kind = self.end_of_line;
        }
    }

    fn merge(&mut self, other: &EditorConfig) {
        self.use_tabs = other.use_tabs.or(self.use_tabs);
        self.indent_size = other.indent_size.or(self.indent_size);
        self.tab_width = other.tab_width.or(self.tab_width);
        self.max_line_length = other.max_line_length.or(self.max_line_length);
        self.end_of_line = other.end_of_line.or(self.end_of_line);
    }
}

struct Section {
    glob: Option<Regex>,
    properties: EditorConfig,
}

struct File {
    root: bool,
    sections: Vec<Section>,
}

/// Parsed `.editorconfig` files of one run, shared by the formatting threads.
#[derive(Default)]
pub struct EditorConfigs {
    files: Mutex<HashMap<PathBuf, Option<Arc<File>>>>,
    chains: Mutex<HashMap<PathBuf, Chain>>,
}

/// The `.editorconfig` files that apply in a folder, outermost first, each with its folder.
type Chain = Arc<Vec<(PathBuf, Arc<File>)>>;

impl EditorConfigs {
    /// The properties for `file` (an absolute path).
    pub fn resolve(&self, file: &Path) -> EditorConfig {
        let mut out = EditorConfig::default();
        let Some(dir) = file.parent() else { return out };
        for (dir, config) in self.chain(dir).iter() {
            let Ok(relative) = file.strip_prefix(dir) else {
                continue;
            };
            let relative = relative.to_string_lossy().replace('\\', "/");
            for section in &config.sections {
                if section.glob.as_ref().is_some_and(|g| g.is_match(&relative)) {
                    out.merge(&section.properties);
                }
            }
        }
        out
    }

    /// The files that apply in `dir`, outermost first.
    fn chain(&self, dir: &Path) -> Chain {
        if let Some(chain) = self
            .chains
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(dir)
        {
            return chain.clone();
        }
        let mut chain = Vec::new();
        for ancestor in dir.ancestors() {
            if let Some(file) = self.file(&ancestor.join(".editorconfig")) {
                let root = file.root;
                chain.push((ancestor.to_path_buf(), file));
                if root {
                    break;
                }
            }
        }
        chain.reverse();
        let chain = Arc::new(chain);
        self.chains
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(dir.to_path_buf(), chain.clone());
        chain
    }

    fn file(&self, path: &Path) -> Option<Arc<File>> {
        if let Some(known) = self
            .files
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(path)
        {
            return known.clone();
        }
        let file = std::fs::read_to_string(path)
            .ok()
            .map(|text| Arc::new(parse(&text)));
        self.files
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(path.to_path_buf(), file.clone());
        file
    }
}

fn parse(text: &str) -> File {
    let mut file = File {
        root: false,
        sections: Vec::new(),
    };
    for line in text.lines() {
        let line = strip_comment(line).trim();
        if line.is_empty() {
            continue;
        }
        if let Some(pattern) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            file.sections.push(Section {
                glob: compile(pattern),
                properties: EditorConfig::default(),
            });
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let key = key.trim().to_ascii_lowercase();
        let value = value.trim().to_ascii_lowercase();
        let Some(section) = file.sections.last_mut() else {
            // Before any section only `root` means something.
            if key == "root" && value == "true" {
                file.root = true;
            }
            continue;
        };
        let props = &mut section.properties;
        match key.as_str() {
            "indent_style" => {
                props.use_tabs = match value.as_str() {
                    "tab" => Some(true),
                    "space" => Some(false),
                    _ => None,
                }
            }
            "indent_size" if value == "tab" => props.indent_size = Some(IndentSize::Tab),
            "indent_size" => {
                props.indent_size = saturating(&value).map(|n| IndentSize::Width(n.min(255) as u8))
            }
            "tab_width" => props.tab_width = saturating(&value).map(|n| n.min(255) as u8),
            "max_line_length" => {
                props.max_line_length = saturating(&value).map(|n| n.min(u32::MAX as u64) as u32)
            }
            "end_of_line" => {
                props.end_of_line = match value.as_str() {
                    "lf" => Some(NewLineKind::Lf),
                    "crlf" => Some(NewLineKind::Crlf),
                    // dprint has no CR-only line ending; leave it to the other settings.
                    _ => None,
                }
            }
            _ => {}
        }
    }
    file
}

fn saturating(value: &str) -> Option<u64> {
    value.parse::<u64>().ok()
}

/// `;` and `#` start a comment at the line start or after whitespace.
fn strip_comment(line: &str) -> &str {
    let mut after_space = true;
    for (i, c) in line.char_indices() {
        if (c == ';' || c == '#') && after_space {
            return &line[..i];
        }
        after_space = c.is_whitespace();
    }
    line
}

/// An EditorConfig section pattern as a regex over the path relative to the file's folder.
fn compile(pattern: &str) -> Option<Regex> {
    if pattern.is_empty() {
        return None;
    }
    let anywhere = !pattern.contains('/');
    let body = translate(pattern.strip_prefix('/').unwrap_or(pattern), 0)?;
    Regex::new(&format!(
        "^{}{body}$",
        if anywhere { "(?:.*/)?" } else { "" }
    ))
    .ok()
}

fn translate(pattern: &str, depth: u32) -> Option<String> {
    // Deeply nested braces are a pathological pattern; such a section applies to nothing.
    if depth > 16 {
        return None;
    }
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '*' if chars.get(i + 1) == Some(&'*') => {
                if chars.get(i + 2) == Some(&'/') {
                    out.push_str("(?:.*/)?");
                    i += 3;
                } else {
                    out.push_str(".*");
                    i += 2;
                }
                continue;
            }
            '*' => out.push_str("[^/]*"),
            '?' => out.push_str("[^/]"),
            '\\' if i + 1 < chars.len() => {
                i += 1;
                out.push_str(&regex::escape(&chars[i].to_string()));
            }
            '[' => match chars[i + 1..].iter().position(|c| *c == ']') {
                Some(len) if len > 0 => {
                    let class: String = chars[i + 1..i + 1 + len].iter().collect();
                    let class = match class.strip_prefix('!') {
                        Some(rest) => format!("^{rest}"),
                        None => class,
                    };
                    out.push('[');
                    out.push_str(&class.replace('\\', "\\\\").replace('[', "\\["));
                    out.push(']');
                    i += len + 2;
                    continue;
                }
                _ => out.push_str("\\["),
            },
            '{' => {
                let mut level = 0;
                let close = (i..chars.len()).find(|&j| {
                    match chars[j] {
                        '{' => level += 1,
                        '}' => level -= 1,
                        _ => {}
                    }
                    level == 0
                });
                let Some(close) = close else {
                    out.push_str("\\{");
                    i += 1;
                    continue;
                };
                let inner: String = chars[i + 1..close].iter().collect();
                out.push_str(&braces(&inner, depth)?);
                i = close + 1;
                continue;
            }
            c => out.push_str(&regex::escape(&c.to_string())),
        }
        i += 1;
    }
    Some(out)
}

/// The inside of `{...}`: a numeric range `n..m`, comma alternatives, or literal text.
fn braces(inner: &str, depth: u32) -> Option<String> {
    if let Some((a, b)) = inner.split_once("..") {
        if let (Ok(a), Ok(b)) = (a.trim().parse::<i64>(), b.trim().parse::<i64>()) {
            let (lo, hi) = (a.min(b), a.max(b));
            if hi - lo > 4096 {
                return None;
            }
            let numbers: Vec<String> = (lo..=hi).map(|n| n.to_string()).collect();
            return Some(format!("(?:{})", numbers.join("|")));
        }
    }
    let mut alternatives = Vec::new();
    let (mut level, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => level += 1,
            '}' => level -= 1,
            ',' if level == 0 => {
                alternatives.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    alternatives.push(&inner[start..]);
    if alternatives.len() == 1 {
        return Some(regex::escape(&format!("{{{inner}}}")));
    }
    let translated: Option<Vec<String>> = alternatives
        .iter()
        .map(|a| translate(a, depth + 1))
        .collect();
    Some(format!("(?:{})", translated?.join("|")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearer_files_and_later_sections_win_up_to_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join(".editorconfig"), "root = true\n[*]\nindent_style = space\nindent_size = 4\n[*.md]\nmax_line_length = 40\n")
            .unwrap();
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::write(root.join("sub/.editorconfig"), "[*.ts] ; comment\nindent_style = tab\ntab_width = 8\nindent_size = tab\nend_of_line = crlf\n")
            .unwrap();
        let configs = EditorConfigs::default();
        let ts = configs.resolve(&root.join("sub/a.ts"));
        let mut options = FmtOptions {
            use_tabs: Some(false),
            ..Default::default()
        };
        ts.apply_to(&mut options);
        assert_eq!(options.use_tabs, Some(false), "set options stay");
        assert_eq!(options.indent_width, Some(8));
        assert_eq!(options.new_line_kind, Some(NewLineKind::Crlf));
        let md = configs.resolve(&root.join("deep/er/b.md"));
        assert_eq!(md.max_line_length, Some(40));
        assert!(configs
            .resolve(&root.join("c.json"))
            .max_line_length
            .is_none());
    }

    #[test]
    fn patterns() {
        let anywhere = compile("*.{ts,js}").unwrap();
        assert!(
            anywhere.is_match("a.ts")
                && anywhere.is_match("x/y/a.js")
                && !anywhere.is_match("a.md")
        );
        let anchored = compile("/lib/**.ts").unwrap();
        assert!(anchored.is_match("lib/x/a.ts") && !anchored.is_match("src/lib/a.ts"));
        let range = compile("file{1..3}.ts").unwrap();
        assert!(range.is_match("file2.ts") && !range.is_match("file4.ts"));
    }
}
