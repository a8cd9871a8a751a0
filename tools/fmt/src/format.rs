//! Formatting one file's text: TypeScript/JavaScript from the graph's parse
//! (`dprint_plugin_typescript::format_parsed_source`), JSON/JSONC with dprint-plugin-json,
//! Markdown with dprint-plugin-markdown and its TS/JS/JSON code blocks, each the way
//! `deno fmt` does it.
//!
//! Where `deno fmt` calls `dprint_plugin_typescript::format_text` (which parses on its
//! own), this parses through [`x_graph::Documents`] and formats the parse, so every parse
//! is counted and a file opened by another tool in the same process is not parsed again.
//! The two steps `format_text` adds around the parse are kept: the `deno-fmt-ignore-file`
//! check before parsing, and a second parse as TSX/JSX when a `.ts`/`.js` file does not
//! parse (`format_text` does the same fallback).

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use anyhow::{anyhow, Result};
use deno_ast::{MediaType, ParsedSource};
use url::Url;
use x_graph::Documents;

use crate::options::FmtOptions;

/// What kind of formatter a file needs, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Script(MediaType),
    Json,
    Markdown,
}

/// The kind for a file extension (lowercase, without the dot), or `None` when `x fmt` does
/// not format it.
pub fn kind_for_extension(ext: &str) -> Option<Kind> {
    Some(match ext {
        "md" | "mkd" | "mkdn" | "mdwn" | "mdown" | "markdown" => Kind::Markdown,
        "json" | "jsonc" => Kind::Json,
        "ts" | "tsx" | "js" | "jsx" | "mjs" | "mts" | "cjs" | "cts" => {
            Kind::Script(MediaType::from_path(Path::new(&format!("file.{ext}"))))
        }
        _ => return None,
    })
}

/// The lowercase extension of a path.
pub fn extension(path: &Path) -> Option<String> {
    path.extension().map(|e| e.to_string_lossy().to_lowercase())
}

/// The dprint configurations for one set of options, built once per distinct options.
struct Resolved {
    typescript: dprint_plugin_typescript::configuration::Configuration,
    json: dprint_plugin_json::configuration::Configuration,
    markdown: dprint_plugin_markdown::configuration::Configuration,
}

/// Formats file texts with given options, parsing scripts through the graph's documents.
/// Shared by the formatting threads.
pub struct Formatter {
    documents: Documents,
    resolved: Mutex<HashMap<FmtOptions, Arc<Resolved>>>,
}

impl Formatter {
    pub fn new(documents: Documents) -> Formatter {
        Formatter {
            documents,
            resolved: Mutex::new(HashMap::new()),
        }
    }

    fn resolved(&self, options: &FmtOptions) -> Arc<Resolved> {
        let mut map = self.resolved.lock().unwrap_or_else(|p| p.into_inner());
        map.entry(options.clone())
            .or_insert_with(|| {
                Arc::new(Resolved {
                    typescript: options.typescript(),
                    json: options.json(),
                    markdown: options.markdown(),
                })
            })
            .clone()
    }

    /// Formats `text` (the contents of `specifier`, without a BOM) as `kind`. `Ok(None)`:
    /// already formatted. The parse of a script stays open in the documents; the caller
    /// closes it when no other tool needs it.
    pub fn format(
        &self,
        specifier: &Url,
        kind: Kind,
        text: &str,
        options: &FmtOptions,
    ) -> Result<Option<String>> {
        let resolved = self.resolved(options);
        match kind {
            Kind::Script(media_type) => {
                self.format_script(specifier, media_type, text, &resolved.typescript, true)
            }
            Kind::Json => {
                dprint_plugin_json::format_text(Path::new(specifier.path()), text, &resolved.json)
            }
            Kind::Markdown => self.format_markdown(specifier, text, &resolved),
        }
    }

    /// Formats `text`, then formats the result again until it stops changing, as `deno fmt`
    /// does before writing a file (a formatter bug must not flip-flop a file between runs).
    /// The re-parses of the output are counted under `specifier#pass-N`.
    pub fn format_stable(
        &self,
        specifier: &Url,
        kind: Kind,
        text: &str,
        options: &FmtOptions,
    ) -> Result<Option<String>> {
        let Some(mut current) = self.format(specifier, kind, text, options)? else {
            return Ok(None);
        };
        for pass in 2..=6 {
            let mut pass_specifier = specifier.clone();
            pass_specifier.set_fragment(Some(&format!("pass-{pass}")));
            let next = match kind {
                Kind::Script(media_type) => {
                    let config = &self.resolved(options).typescript;
                    self.format_script(&pass_specifier, media_type, &current, config, false)
                }
                _ => self.format(&pass_specifier, kind, &current, options),
            };
            match next {
                Ok(Some(next)) if next != current => current = next,
                Ok(_) => return Ok(Some(current)),
                Err(err) => {
                    return Err(anyhow!(
                        "Formatting succeeded initially, but failed when ensuring a stable format. This indicates a bug in the formatter where the text it produces is not syntactically correct. As a temporary workaround you can ignore this file.\n\n{err:#}"
                    ))
                }
            }
        }
        Err(anyhow!("Formatting not stable. Bailed after 5 tries. This indicates a bug in the formatter where it formats the file differently each time. As a temporary workaround you can ignore this file."))
    }

    /// `open_document`: the text is the file itself (kept open in the documents); else it
    /// is a fragment (a code block, a re-format) parsed and dropped.
    fn format_script(
        &self,
        specifier: &Url,
        media_type: MediaType,
        text: &str,
        config: &dprint_plugin_typescript::configuration::Configuration,
        open_document: bool,
    ) -> Result<Option<String>> {
        if has_ignore_file_comment(text, &config.ignore_file_comment_text) {
            return Ok(None);
        }
        let text: Arc<str> = Arc::from(text);
        let parsed = if open_document {
            self.documents
                .open(specifier.clone(), media_type, text.clone())
        } else {
            self.documents
                .parse_fragment(specifier, media_type, text.clone())
        };
        let first = match parsed {
            Ok(parsed) => format_parsed(&parsed, config),
            Err(diagnostic) => Err(anyhow!("{diagnostic:#}")),
        };
        let Err(error) = first else { return first };
        // dprint retries a `.ts`/`.js` file that does not parse as TSX/JSX; so does this.
        let Some(jsx) = jsx_variant(media_type) else {
            return Err(error);
        };
        let mut jsx_specifier = specifier.clone();
        jsx_specifier.set_fragment(Some(match jsx {
            MediaType::Tsx => "as-tsx",
            _ => "as-jsx",
        }));
        match self.documents.parse_fragment(&jsx_specifier, jsx, text) {
            Ok(parsed) => format_parsed(&parsed, config).map_err(|_| error),
            Err(_) => Err(error),
        }
    }

    /// Markdown, with the code blocks `deno fmt` formats: TS/JS by tag (each parsed as a
    /// fragment `#block-N`) and JSON/JSONC; other languages are left as they are.
    fn format_markdown(
        &self,
        specifier: &Url,
        text: &str,
        resolved: &Resolved,
    ) -> Result<Option<String>> {
        let mut block = 0;
        dprint_plugin_markdown::format_text(text, &resolved.markdown, |tag, code, line_width| {
            let tag = tag.to_lowercase();
            let ext = match tag.as_str() {
                "javascript" => "js",
                "typescript" => "ts",
                other => other,
            };
            match ext {
                "json" | "jsonc" => {
                    let mut config = resolved.json.clone();
                    config.line_width = line_width;
                    dprint_plugin_json::format_text(
                        Path::new(&format!("deno_fmt_stdin.{ext}")),
                        code,
                        &config,
                    )
                }
                "ts" | "tsx" | "js" | "jsx" | "cjs" | "cts" | "mjs" | "mts" => {
                    block += 1;
                    let mut config = resolved.typescript.clone();
                    config.line_width = line_width;
                    let mut block_specifier = specifier.clone();
                    block_specifier.set_fragment(Some(&format!("block-{block}.{ext}")));
                    let media_type =
                        MediaType::from_path(Path::new(&format!("deno_fmt_stdin.{ext}")));
                    let code = code.strip_prefix('\u{FEFF}').unwrap_or(code);
                    self.format_script(&block_specifier, media_type, code, &config, false)
                }
                _ => Ok(None),
            }
        })
    }
}

fn format_parsed(
    parsed: &ParsedSource,
    config: &dprint_plugin_typescript::configuration::Configuration,
) -> Result<Option<String>> {
    dprint_plugin_typescript::format_parsed_source(parsed, config, None)
}

fn jsx_variant(media_type: MediaType) -> Option<MediaType> {
    match media_type {
        MediaType::TypeScript | MediaType::Mts | MediaType::Cts => Some(MediaType::Tsx),
        MediaType::JavaScript | MediaType::Mjs | MediaType::Cjs => Some(MediaType::Jsx),
        _ => None,
    }
}

/// Whether one of the comments at the top of the file (after a shebang) starts with
/// `directive` (`deno-fmt-ignore-file`) — checked before parsing, as dprint does, so an
/// ignored file costs no parse.
pub fn has_ignore_file_comment(text: &str, directive: &str) -> bool {
    let mut rest = text;
    if rest.starts_with("#!") {
        rest = rest.find('\n').map_or("", |i| &rest[i..]);
    }
    loop {
        rest = rest.trim_start();
        if let Some(comment) = rest.strip_prefix("//") {
            // Only spaces (not tabs or newlines) may come before the directive.
            if comment.trim_start_matches(' ').starts_with(directive) {
                return true;
            }
            rest = comment.find('\n').map_or("", |i| &comment[i..]);
        } else if let Some(comment) = rest.strip_prefix("/*") {
            if comment.trim_start().starts_with(directive) {
                return true;
            }
            match comment.find("*/") {
                Some(end) => rest = &comment[end + 2..],
                None => return false,
            }
        } else {
            return false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn formatter() -> Formatter {
        Formatter::new(x_graph::Documents::detached())
    }

    fn url(path: &str) -> Url {
        Url::parse(&format!("file:///{path}")).unwrap()
    }

    #[test]
    fn formats_scripts_json_and_markdown() {
        let f = formatter();
        let options = FmtOptions::default();
        let ts = f
            .format(
                &url("a.ts"),
                kind_for_extension("ts").unwrap(),
                "const  a = {b:1}",
                &options,
            )
            .unwrap();
        assert_eq!(ts.as_deref(), Some("const a = { b: 1 };\n"));
        let json = f
            .format(&url("a.json"), Kind::Json, "{\"a\":1}", &options)
            .unwrap();
        assert_eq!(json.as_deref(), Some("{ \"a\": 1 }\n"));
        let md = f
            .format(
                &url("a.md"),
                Kind::Markdown,
                "# T\n```ts\nlet  x=1\n```\n",
                &options,
            )
            .unwrap();
        assert_eq!(md.as_deref(), Some("# T\n\n```ts\nlet x = 1;\n```\n"));
        assert_eq!(
            f.format(
                &url("b.ts"),
                kind_for_extension("ts").unwrap(),
                "let x = 1;\n",
                &options
            )
            .unwrap(),
            None
        );
    }

    #[test]
    fn ignore_file_comment_needs_no_parse() {
        assert!(has_ignore_file_comment(
            "#!/bin/x\n// a\n/* b */\n  // deno-fmt-ignore-file\nx",
            "deno-fmt-ignore-file"
        ));
        assert!(has_ignore_file_comment(
            "/*\n deno-fmt-ignore-file */",
            "deno-fmt-ignore-file"
        ));
        assert!(!has_ignore_file_comment(
            "let a;\n// deno-fmt-ignore-file",
            "deno-fmt-ignore-file"
        ));
        assert!(!has_ignore_file_comment(
            "//\tdeno-fmt-ignore-file",
            "deno-fmt-ignore-file"
        ));
    }

    #[test]
    fn ts_with_jsx_falls_back_to_tsx() {
        let f = formatter();
        let out = f.format(
            &url("a.ts"),
            kind_for_extension("ts").unwrap(),
            "const a = <div>hi</div>",
            &FmtOptions::default(),
        );
        assert_eq!(out.unwrap().as_deref(), Some("const a = <div>hi</div>;\n"));
    }

    #[test]
    fn syntax_errors_name_the_position() {
        let f = formatter();
        let err = f
            .format(
                &url("bad.ts"),
                kind_for_extension("ts").unwrap(),
                "let x=(;\n",
                &FmtOptions::default(),
            )
            .unwrap_err();
        assert!(err.to_string().contains("file:///bad.ts:1:8"), "{err}");
    }
}
