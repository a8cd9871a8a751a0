//! `--doc`: the TypeScript/JavaScript code blocks of JSDoc comments and Markdown files run
//! as tests, as `deno test --doc` runs them. Each block becomes an in-memory module named
//! after its source and lines (`mod.ts#4-9.ts`, beside the source so relative imports
//! work): its `import` declarations stay at the top, the rest becomes the body of one
//! `Deno.test` named after the module. Blocks marked `ignore`, and blocks without a
//! language, are skipped.
//!
//! JSDoc comments come from the graph's parse of the module (the file is parsed once, for
//! this and for any test that imports it).

use std::path::PathBuf;

use anyhow::{Context, Result};
use url::Url;
use x_graph::Graph;

/// A code block found in a comment or a Markdown file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The extension the block's language maps to (`ts`, `js`, `tsx`, ...).
    pub extension: &'static str,
    /// 1-based lines of the opening and closing fences in the source.
    pub first_line: usize,
    pub last_line: usize,
    pub code: String,
}

fn extension_of(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "ts" | "typescript" | "mts" | "cts" => "ts",
        "tsx" => "tsx",
        "js" | "javascript" | "mjs" | "cjs" => "js",
        "jsx" => "jsx",
        _ => return None,
    })
}

/// The fenced code blocks of `text` (lines already stripped of comment markers);
/// `line_of(i)` maps an index of `lines` to its 1-based line in the source.
pub fn fenced_blocks(lines: &[&str], line_of: impl Fn(usize) -> usize) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index].trim_start();
        let fence = if line.starts_with("```") {
            "```"
        } else if line.starts_with("~~~") {
            "~~~"
        } else {
            index += 1;
            continue;
        };
        let info = line
            .trim_start_matches(fence.chars().next().unwrap_or('`'))
            .trim();
        let mut words = info
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty());
        let lang = words.next().unwrap_or("");
        let ignored = words.any(|w| w == "ignore");
        let indent = lines[index].len() - line.len();
        let start = index;
        let mut code = Vec::new();
        index += 1;
        while index < lines.len() && !lines[index].trim_start().starts_with(fence) {
            let text = lines[index];
            // Drop the fence's indentation from the block's lines.
            let cut = text.len() - text.trim_start().len();
            code.push(&text[cut.min(indent)..]);
            index += 1;
        }
        let end = index.min(lines.len().saturating_sub(1));
        index += 1;
        let Some(extension) = extension_of(lang) else {
            continue;
        };
        if ignored {
            continue;
        }
        blocks.push(Block {
            extension,
            first_line: line_of(start),
            last_line: line_of(end),
            code: code.join("\n"),
        });
    }
    blocks
}

/// The code blocks of a Markdown file.
pub fn markdown_blocks(text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    fenced_blocks(&lines, |i| i + 1)
}

/// The code blocks in the JSDoc comments (`/** ... */`) of a module's source, given the
/// comments' text and where each starts (1-based line).
pub fn jsdoc_blocks(comments: &[(String, usize)]) -> Vec<Block> {
    let mut blocks = Vec::new();
    for (text, first_line) in comments {
        if !text.starts_with('*') {
            continue;
        }
        let lines: Vec<&str> = text
            .lines()
            .map(|line| {
                let trimmed = line.trim_start();
                let trimmed = trimmed.strip_prefix('*').unwrap_or(trimmed);
                trimmed.strip_prefix(' ').unwrap_or(trimmed)
            })
            .collect();
        blocks.extend(fenced_blocks(&lines, |i| first_line + i));
    }
    blocks
}

/// The module a block runs as: its imports first, the rest inside one `Deno.test`.
pub fn wrap(block: &Block, name: &str) -> String {
    let mut imports = Vec::new();
    let mut body = Vec::new();
    let mut in_import = false;
    for line in block.code.lines() {
        let starts_import = !in_import
            && (line.starts_with("import ")
                || line.starts_with("import{")
                || line.starts_with("import\t"))
            && !line.starts_with("import(");
        if starts_import || in_import {
            imports.push(line);
            let done = line.trim_end().ends_with(';')
                || line.contains(" from \"")
                || line.contains(" from '")
                || line.contains("from\"")
                || (starts_import && (line.contains("import \"") || line.contains("import '")));
            in_import = !done;
        } else {
            body.push(line);
        }
    }
    let quoted = serde_json::to_string(name).expect("a string serializes");
    // Without imports the test starts on line 1, as Deno's (`README.md#3-6.ts:1:6`).
    let imports = if imports.is_empty() {
        String::new()
    } else {
        format!("{}\n", imports.join("\n"))
    };
    format!(
        "{imports}Deno.test({quoted}, async () => {{\n{}\n}});\n",
        body.join("\n")
    )
}

/// Finds the blocks of `files` and adds each as an in-memory module of `graph`; returns
/// their URLs with the file each came from.
pub fn extract(
    graph: &Graph,
    tokio: &tokio::runtime::Runtime,
    files: &[PathBuf],
) -> Result<Vec<(Url, PathBuf)>> {
    let mut out = Vec::new();
    let mut modules = Vec::new();
    for file in files {
        let Ok(url) = Url::from_file_path(file) else {
            continue;
        };
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.ends_with(".md") || name.ends_with(".markdown") || name.ends_with(".mdx") {
            let text = std::fs::read_to_string(file).unwrap_or_default();
            for block in markdown_blocks(&text) {
                out.push((url.clone(), file.clone(), block));
            }
        } else {
            modules.push((url, file.clone()));
        }
    }
    if !modules.is_empty() {
        // The comments come from the graph's parse; a module that does not parse has
        // no blocks (its own test, if any, reports the syntax error).
        let _ = tokio
            .block_on(graph.add_roots(modules.iter().map(|(u, _)| u.clone()).collect(), false));
        for (url, file) in modules {
            let Some(parsed) = graph.parsed_source(&url) else {
                continue;
            };
            let text_info = parsed.text_info_lazy();
            let mut comments = Vec::new();
            for comment in parsed.comments().get_vec() {
                if comment.kind != x_graph::deno_ast::swc::common::comments::CommentKind::Block {
                    continue;
                }
                let line = text_info.line_index(
                    x_graph::deno_ast::SourcePos::unsafely_from_byte_pos(comment.span.lo),
                ) + 1;
                comments.push((comment.text.to_string(), line));
            }
            for block in jsdoc_blocks(&comments) {
                out.push((url.clone(), file.clone(), block));
            }
        }
    }
    let mut result = Vec::new();
    for (url, file, block) in out {
        // Deno names a block `README.md#3-6.ts` (its fence lines, end exclusive). The module
        // itself is `README.md$3-6.ts`: a fragment would leave its media type to `.md`.
        let range = format!(
            "{}-{}.{}",
            block.first_line,
            block.last_line + 1,
            block.extension
        );
        let mut name = url.clone();
        name.set_fragment(Some(&range));
        let snippet = Url::parse(&format!("{url}${range}")).context("a doc snippet's URL")?;
        graph.add_memory_module(snippet.clone(), wrap(&block, name.as_str()));
        result.push((snippet, file));
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_blocks_by_language() {
        let text = "# T\n\n```js\nconsole.log(1);\n```\n\n```ts ignore\nx();\n```\n\n```sh\necho\n```\n\n```\nplain\n```\n";
        let blocks = markdown_blocks(text);
        assert_eq!(
            blocks,
            vec![Block {
                extension: "js",
                first_line: 3,
                last_line: 5,
                code: "console.log(1);".into()
            }]
        );
    }

    #[test]
    fn jsdoc_blocks_strip_the_stars() {
        let comment = "*\n * Adds.\n *\n * ```ts\n * import { add } from \"./mod.ts\";\n * add(1, 2);\n * ```\n ".to_string();
        let blocks = jsdoc_blocks(&[(comment, 1)]);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].first_line, 4);
        assert_eq!(blocks[0].last_line, 7);
        assert_eq!(
            blocks[0].code,
            "import { add } from \"./mod.ts\";\nadd(1, 2);"
        );
    }

    #[test]
    fn wrap_keeps_imports_on_top() {
        let block = Block {
            extension: "ts",
            first_line: 1,
            last_line: 6,
            code: "import {\n  a,\n} from \"./a.ts\";\nimport \"./side.ts\";\nawait a();".into(),
        };
        let module = wrap(&block, "file:///m.ts#1-6.ts");
        assert_eq!(
            module,
            "import {\n  a,\n} from \"./a.ts\";\nimport \"./side.ts\";\nDeno.test(\"file:///m.ts#1-6.ts\", async () => {\nawait a();\n});\n"
        );
    }
}
