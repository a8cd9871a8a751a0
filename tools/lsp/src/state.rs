//! The server's state and every answer it computes, synchronously: open documents (text
//! and version), the workspace settings read from `deno.json`/`x.json` (lint rules, fmt
//! options, import map), and the graph's documents holding one parse per open text.
//!
//! Nothing here parses on its own: a document is opened in `x_graph::Documents` when its
//! text changes (one counted parse), and every feature — diagnostics, formatting,
//! symbols, hover, definition, references, completion, code lens — reads that parse.
//! Files the editor has not opened (an imported module) are opened from disk the first
//! time a feature needs them, and kept until their text on disk changes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use anyhow::Result;
use deno_ast::diagnostics::Diagnostic as _;
use deno_ast::{MediaType, ParsedSource, StartSourcePos};
use deno_lint::diagnostic::LintDiagnostic;
use serde_json::json;
use tower_lsp::lsp_types::*;
use url::Url;
use x_config::ConfigFile;
use x_fmt::{FmtOptions, Formatter, Kind};
use x_graph::{Documents, XResolver};
use x_lint::{LintRun, Linter, RulesConfig};

use crate::analysis::{self, Declaration};
use crate::index::WorkspaceIndex;
use crate::text::LineIndex;

/// A document the editor has open.
pub struct OpenDocument {
    pub text: String,
    pub version: i32,
}

/// What the workspace's configuration file says, read once per change of the file.
pub struct Settings {
    pub config: Option<ConfigFile>,
    pub fmt: FmtOptions,
    pub linter: Linter,
    pub resolver: XResolver,
}

impl Settings {
    /// Reads the configuration found from `root` up (none: the defaults, as `x lint` and
    /// `x fmt` use them without a config file). A broken config file falls back to the
    /// defaults and the error is returned beside them, for the editor to show.
    pub fn load(root: &Path, documents: &Documents) -> (Settings, Option<String>) {
        match Settings::try_load(root, documents) {
            Ok(settings) => (settings, None),
            Err(error) => {
                let settings = Settings::defaults(root, documents);
                (settings, Some(format!("{error:#}")))
            }
        }
    }

    fn try_load(root: &Path, documents: &Documents) -> Result<Settings> {
        let config = ConfigFile::discover(root)?;
        Settings::from_config(root, config, documents)
    }

    fn defaults(root: &Path, documents: &Documents) -> Settings {
        Settings::from_config(root, None, documents).expect("the default settings are valid")
    }

    fn from_config(
        root: &Path,
        config: Option<ConfigFile>,
        documents: &Documents,
    ) -> Result<Settings> {
        let fmt = FmtOptions::from_config(config.as_ref().and_then(|c| c.section("fmt")))?;
        let resolver = match config
            .as_ref()
            .map(|c| c.import_map_json())
            .transpose()?
            .flatten()
        {
            Some((base, json)) => XResolver::with_import_map_json(base, &json)?,
            None => XResolver::default(),
        };
        let run = LintRun {
            cwd: root.to_path_buf(),
            config,
            paths: Vec::new(),
            ignore: Vec::new(),
            rules: RulesConfig::default(),
            fix: false,
            report: None,
            ext: None,
            permit_no_files: true,
            cache_dir: None,
        };
        let rules = run.rules()?;
        let jsx = x_lint::jsx_factories(
            run.config
                .as_ref()
                .and_then(|c| c.json.get("compilerOptions")),
        );
        Ok(Settings {
            linter: Linter::new(rules, jsx, documents.clone()),
            config: run.config,
            fmt,
            resolver,
        })
    }
}

/// Everything the handlers share.
pub struct State {
    pub documents: Documents,
    pub root: RwLock<PathBuf>,
    pub open: Mutex<HashMap<Url, OpenDocument>>,
    pub settings: RwLock<Arc<Settings>>,
    formatter: Formatter,
    /// The last lint results per document, for code actions (their fixes).
    lint_results: Mutex<HashMap<Url, Vec<LintDiagnostic>>>,
    /// Summaries of the workspace files the editor has not opened.
    index: WorkspaceIndex,
}

pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panicking handler is caught and reported; the maps it held stay usable.
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}

/// The media type an editor's document is parsed as.
pub fn media_type(uri: &Url) -> MediaType {
    let media = MediaType::from_specifier(uri);
    if media == MediaType::Unknown {
        MediaType::TypeScript
    } else {
        media
    }
}

fn is_script(uri: &Url) -> bool {
    matches!(
        MediaType::from_specifier(uri),
        MediaType::TypeScript
            | MediaType::Mts
            | MediaType::Cts
            | MediaType::Tsx
            | MediaType::JavaScript
            | MediaType::Mjs
            | MediaType::Cjs
            | MediaType::Jsx
            | MediaType::Dts
            | MediaType::Dmts
            | MediaType::Dcts
    )
}

impl State {
    pub fn new(documents: Documents, root: PathBuf) -> (State, Option<String>) {
        let (settings, error) = Settings::load(&root, &documents);
        let state = State {
            formatter: Formatter::new(documents.clone()),
            documents,
            root: RwLock::new(root),
            open: Mutex::new(HashMap::new()),
            settings: RwLock::new(Arc::new(settings)),
            lint_results: Mutex::new(HashMap::new()),
            index: WorkspaceIndex::default(),
        };
        (state, error)
    }

    pub fn settings(&self) -> Arc<Settings> {
        self.settings
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Re-reads the configuration (a `deno.json`/`x.json` changed).
    pub fn reload_settings(&self) -> Option<String> {
        let root = self.root.read().unwrap_or_else(|p| p.into_inner()).clone();
        let (settings, error) = Settings::load(&root, &self.documents);
        *self.settings.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(settings);
        error
    }

    /// The text of a document: the editor's if open, else the file's on disk.
    pub fn text(&self, uri: &Url) -> Option<String> {
        if let Some(doc) = lock(&self.open).get(uri) {
            return Some(doc.text.clone());
        }
        let path = uri.to_file_path().ok()?;
        std::fs::read_to_string(path).ok()
    }

    /// The parse of a document's current text (parsed only if the text changed since the
    /// last parse). `Err` holds the syntax error that stopped the parser.
    pub fn parse(&self, uri: &Url) -> Option<Result<ParsedSource, deno_ast::ParseDiagnostic>> {
        if !self.is_parsed(uri) {
            return None;
        }
        let text = self.text(uri)?;
        Some(self.parse_text(uri, &text))
    }

    /// Whether `uri` is parsed as a script: by its extension, or an open document without
    /// one (the editor's TS buffer).
    fn is_parsed(&self, uri: &Url) -> bool {
        is_script(uri)
            || (MediaType::from_specifier(uri) == MediaType::Unknown
                && lock(&self.open).contains_key(uri))
    }

    /// Opens `text` (the document's current text, already in hand) in the documents.
    fn parse_text(&self, uri: &Url, text: &str) -> Result<ParsedSource, deno_ast::ParseDiagnostic> {
        self.documents
            .open(uri.clone(), media_type(uri), text.into())
    }

    /// Diagnostics of one document: the syntax errors, the lint problems (the rules and
    /// config of `x lint`) and the imports that do not resolve.
    pub fn diagnostics(&self, uri: &Url) -> Vec<Diagnostic> {
        if !self.is_parsed(uri) {
            return Vec::new();
        }
        let Some(text) = self.text(uri) else {
            return Vec::new();
        };
        let index = LineIndex::new(&text);
        let parse = self.parse_text(uri, &text);
        let parsed = match parse {
            Ok(parsed) => parsed,
            Err(error) => {
                let range = error
                    .range()
                    .as_byte_range(StartSourcePos::START_SOURCE_POS);
                return vec![Diagnostic {
                    range: index.range(&text, range),
                    severity: Some(DiagnosticSeverity::ERROR),
                    source: Some("x".into()),
                    message: error.message().to_string(),
                    ..Default::default()
                }];
            }
        };
        let mut out = Vec::new();
        for error in parsed.diagnostics() {
            out.push(Diagnostic {
                range: index.range(&text, error.range().as_byte_range(parsed.range().start)),
                severity: Some(DiagnosticSeverity::ERROR),
                source: Some("x".into()),
                message: error.message().to_string(),
                ..Default::default()
            });
        }
        let settings = self.settings();
        let lint = settings.linter.lint_parsed(&parsed);
        for problem in &lint {
            let range = problem
                .range
                .as_ref()
                .map(|r| r.range.as_byte_range(parsed.range().start))
                .unwrap_or(0..0);
            let mut message = problem.details.message.clone();
            if let Some(hint) = &problem.details.hint {
                message.push_str("\n\n");
                message.push_str(hint);
            }
            out.push(Diagnostic {
                range: index.range(&text, range),
                severity: Some(DiagnosticSeverity::WARNING),
                code: Some(NumberOrString::String(problem.details.code.clone())),
                code_description: Url::parse(&x_lint::docs_url(&problem.details.code))
                    .ok()
                    .map(|href| CodeDescription { href }),
                source: Some("x-lint".into()),
                message,
                ..Default::default()
            });
        }
        lock(&self.lint_results).insert(uri.clone(), lint);
        for import in analysis::imports(&parsed) {
            if let Some(problem) = self.unresolved(&settings, uri, &import.specifier) {
                out.push(Diagnostic {
                    range: index.range(&text, import.range.clone()),
                    severity: Some(DiagnosticSeverity::ERROR),
                    source: Some("x".into()),
                    message: problem,
                    ..Default::default()
                });
            }
        }
        out
    }

    /// Why an import does not resolve, if it does not: a resolution error, or a local file
    /// that is not there. Remote modules are not fetched by the server (`x run` caches them).
    fn unresolved(&self, settings: &Settings, referrer: &Url, specifier: &str) -> Option<String> {
        match settings.resolver.resolve_specifier(specifier, referrer) {
            Err(error) => Some(format!("Unable to resolve \"{specifier}\": {error}")),
            Ok(url) if url.scheme() == "file" => {
                let path = url.to_file_path().ok()?;
                if lock(&self.open).contains_key(&url) || path.exists() {
                    None
                } else {
                    Some(format!("Module not found \"{url}\"."))
                }
            }
            Ok(_) => None,
        }
    }

    /// Forgets a closed document's state (its parse stays if the file is imported by an
    /// open one: the next request re-opens it from disk).
    pub fn close(&self, uri: &Url) {
        lock(&self.open).remove(uri);
        lock(&self.lint_results).remove(uri);
        self.documents.close(uri);
    }

    /// The whole document formatted (`None`: already formatted, or not a formattable kind).
    fn formatted(&self, uri: &Url) -> Result<Option<(String, String)>> {
        let Some(text) = self.text(uri) else {
            return Ok(None);
        };
        let path = uri
            .to_file_path()
            .unwrap_or_else(|_| PathBuf::from(uri.path()));
        let ext = x_fmt::extension(&path).unwrap_or_else(|| "ts".into());
        let Some(kind) = x_fmt::kind_for_extension(&ext) else {
            return Ok(None);
        };
        let kind = match kind {
            // The editor's language decides for files without an extension: TS.
            Kind::Script(_) => Kind::Script(media_type(uri)),
            other => other,
        };
        let options = self.settings().fmt.clone();
        Ok(self
            .formatter
            .format(uri, kind, &text, &options)?
            .map(|formatted| (text, formatted)))
    }

    /// Formatting edits: one edit replacing the lines that changed, or, for a range
    /// request, the edit only if it touches the range.
    pub fn format(&self, uri: &Url, range: Option<Range>) -> Result<Vec<TextEdit>> {
        let Some((before, after)) = self.formatted(uri)? else {
            return Ok(Vec::new());
        };
        let edit = changed_lines(&before, &after);
        let index = LineIndex::new(&before);
        let edit_range = index.range(&before, edit.0.clone());
        if let Some(range) = range {
            if edit_range.end.line < range.start.line || edit_range.start.line > range.end.line {
                return Ok(Vec::new());
            }
        }
        Ok(vec![TextEdit {
            range: edit_range,
            new_text: edit.1,
        }])
    }

    /// The open documents, and the script files under the workspace root that are not
    /// open (walked as `x lint` walks: .gitignore, node_modules and .git skipped).
    fn workspace_documents(&self) -> (Vec<Url>, Vec<Url>) {
        let open: Vec<Url> = lock(&self.open).keys().cloned().collect();
        let root = self.root.read().unwrap_or_else(|p| p.into_inner()).clone();
        let patterns = x_config::files::FilePatterns {
            base: root,
            include: None,
            exclude: Vec::new(),
        };
        let others = patterns
            .collect(|path| {
                path.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| matches!(e, "ts" | "tsx" | "js" | "jsx" | "mts" | "mjs"))
            })
            .into_iter()
            .filter_map(|path| Url::from_file_path(path).ok())
            .filter(|uri| !open.contains(uri))
            .collect();
        (open, others)
    }

    pub fn document_symbols(&self, uri: &Url) -> Vec<SymbolInformation> {
        let Some(Ok(parsed)) = self.parse(uri) else {
            return Vec::new();
        };
        let text = parsed.text();
        let index = LineIndex::new(text);
        analysis::declarations(&parsed)
            .into_iter()
            .map(|decl| symbol(uri, text, &index, &decl))
            .collect()
    }

    /// Symbols of the workspace whose name contains `query` (case-insensitively): the
    /// open documents' from their parses, the other script files' from the index.
    pub fn workspace_symbols(&self, query: &str) -> Vec<SymbolInformation> {
        const LIMIT: usize = 500;
        let query = query.to_lowercase();
        let matches = |name: &str| name.to_lowercase().contains(&query);
        let (open, others) = self.workspace_documents();
        let mut out = Vec::new();
        for uri in open {
            let Some(Ok(parsed)) = self.parse(&uri) else {
                continue;
            };
            let text = parsed.text();
            let index = LineIndex::new(text);
            for decl in analysis::declarations(&parsed) {
                if matches(&decl.name) {
                    out.push(symbol(&uri, text, &index, &decl));
                }
            }
        }
        for (_, summary) in self.index.summaries(&self.documents, &others) {
            if out.len() >= LIMIT {
                break;
            }
            out.extend(summary.symbols.iter().filter(|s| matches(&s.name)).cloned());
        }
        out.truncate(LIMIT);
        out
    }

    /// The declaration an identifier at `position` names: in this module, or followed
    /// through an import to the module that declares it.
    fn declaration_at(
        &self,
        uri: &Url,
        position: Position,
    ) -> Option<(Url, ParsedSource, Declaration)> {
        let parsed = self.parse(uri)?.ok()?;
        let text = parsed.text();
        let offset = LineIndex::new(text).offset(text, position);
        let (name, ctxt, _) = analysis::identifier_at(&parsed, offset)?;
        if let Some(decl) = analysis::declarations(&parsed)
            .into_iter()
            .find(|d| d.name == name && d.ctxt == ctxt)
        {
            return Some((uri.clone(), parsed, decl));
        }
        let settings = self.settings();
        for import in analysis::imports(&parsed) {
            let Some((_, _, imported)) = import
                .names
                .iter()
                .find(|(local, local_ctxt, _)| *local == name && *local_ctxt == ctxt)
            else {
                continue;
            };
            let target = settings
                .resolver
                .resolve_specifier(&import.specifier, uri)
                .ok()?;
            return self.exported_declaration(
                &settings.resolver,
                &target,
                imported,
                &mut Vec::new(),
            );
        }
        None
    }

    /// Where module `uri` declares what it exports as `name`, following renamed exports,
    /// `export … from` and `export *` into other modules (each module and name once, so
    /// a cycle of re-exports ends).
    fn exported_declaration(
        &self,
        resolver: &XResolver,
        uri: &Url,
        name: &str,
        seen: &mut Vec<(Url, String)>,
    ) -> Option<(Url, ParsedSource, Declaration)> {
        let key = (uri.clone(), name.to_string());
        if seen.contains(&key) {
            return None;
        }
        seen.push(key);
        let parsed = self.parse(uri)?.ok()?;
        let declarations = analysis::declarations(&parsed);
        let exported_as = |d: &Declaration| {
            d.exported
                && if name == "default" {
                    d.is_default
                } else {
                    d.name == name && !d.is_default
                }
        };
        if let Some(decl) = declarations.iter().find(|d| exported_as(d)) {
            return Some((uri.clone(), parsed.clone(), decl.clone()));
        }
        let mut stars = Vec::new();
        for reexport in analysis::reexports(&parsed) {
            match reexport {
                analysis::ReExport::Local {
                    name: exported,
                    local,
                    ctxt,
                } if exported == name => {
                    if let Some(decl) = declarations
                        .iter()
                        .find(|d| d.name == local && d.ctxt == ctxt)
                    {
                        return Some((uri.clone(), parsed.clone(), decl.clone()));
                    }
                }
                analysis::ReExport::From {
                    name: exported,
                    specifier,
                    imported,
                } if exported == name => {
                    let target = resolver.resolve_specifier(&specifier, uri).ok()?;
                    return self.exported_declaration(resolver, &target, &imported, seen);
                }
                analysis::ReExport::Star { specifier } if name != "default" => {
                    stars.push(specifier)
                }
                _ => {}
            }
        }
        // `export *` comes last: a module's own and named exports shadow it.
        stars.into_iter().find_map(|specifier| {
            let target = resolver.resolve_specifier(&specifier, uri).ok()?;
            self.exported_declaration(resolver, &target, name, seen)
        })
    }

    /// Go to definition: an import's specifier goes to the module, a name to its
    /// declaration.
    pub fn definition(&self, uri: &Url, position: Position) -> Option<Location> {
        let parsed = self.parse(uri)?.ok()?;
        let text = parsed.text();
        let index = LineIndex::new(text);
        let offset = index.offset(text, position);
        for import in analysis::imports(&parsed) {
            if import.range.start <= offset && offset < import.range.end {
                let target = self
                    .settings()
                    .resolver
                    .resolve_specifier(&import.specifier, uri)
                    .ok()?;
                return Some(Location::new(target, Range::default()));
            }
        }
        let (target, parsed, decl) = self.declaration_at(uri, position)?;
        let text = parsed.text();
        let index = LineIndex::new(text);
        Some(Location::new(target, index.range(text, decl.name_range)))
    }

    /// Hover: what `x doc` says of the declaration (its signature and JSDoc), from the
    /// parse of the module that declares it.
    pub fn hover(&self, uri: &Url, position: Position) -> Option<Hover> {
        let (_, parsed, decl) = self.declaration_at(uri, position)?;
        let value = x_doc::hover::describe(&parsed, &decl.name)?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value,
            }),
            range: None,
        })
    }

    /// References of a module-level declaration: every identifier bound to it in its own
    /// module, and in the open documents and workspace files importing it by name.
    pub fn references(
        &self,
        uri: &Url,
        position: Position,
        include_declaration: bool,
    ) -> Vec<Location> {
        let Some((home, home_parsed, decl)) = self.declaration_at(uri, position) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut push_matches = |target: &Url, parsed: &ParsedSource, name: &str, ctxt| {
            let text = parsed.text();
            let index = LineIndex::new(text);
            for (ident, ident_ctxt, range) in analysis::identifiers(parsed) {
                if ident == name && ident_ctxt == ctxt {
                    if !include_declaration && *target == home && range == decl.name_range {
                        continue;
                    }
                    out.push(Location::new(target.clone(), index.range(text, range)));
                }
            }
        };
        push_matches(&home, &home_parsed, &decl.name, decl.ctxt);
        if !decl.exported {
            return out;
        }
        let settings = self.settings();
        let resolves_home = |specifier: &str, candidate: &Url| {
            settings
                .resolver
                .resolve_specifier(specifier, candidate)
                .ok()
                .as_ref()
                == Some(&home)
        };
        let mut importers: Vec<(Url, ParsedSource)> = Vec::new();
        let (open, others) = self.workspace_documents();
        for candidate in open {
            if let Some(Ok(parsed)) = self.parse(&candidate) {
                importers.push((candidate, parsed));
            }
        }
        // Files not open: only those whose summary imports the name are parsed, and
        // their parse is not kept.
        for (candidate, summary) in self.index.summaries(&self.documents, &others) {
            if !summary.imports_name(&decl.name, |s| resolves_home(s, &candidate)) {
                continue;
            }
            let Some(text) = self.text(&candidate) else {
                continue;
            };
            if let Ok(parsed) =
                self.documents
                    .parse_fragment(&candidate, media_type(&candidate), text.into())
            {
                importers.push((candidate, parsed));
            }
        }
        for (candidate, parsed) in importers {
            if candidate == home {
                continue;
            }
            for import in analysis::imports(&parsed) {
                if !resolves_home(&import.specifier, &candidate) {
                    continue;
                }
                for (local, ctxt, imported) in &import.names {
                    if *imported == decl.name {
                        push_matches(&candidate, &parsed, local, *ctxt);
                    }
                }
            }
        }
        out
    }

    /// Completions: inside an import's string, relative files, `std:` modules and the
    /// import map's keys; elsewhere, the module's declarations and imported names.
    pub fn completion(&self, uri: &Url, position: Position) -> Vec<CompletionItem> {
        let Some(text) = self.text(uri) else {
            return Vec::new();
        };
        let index = LineIndex::new(&text);
        let offset = index.offset(&text, position);
        let line_start = text[..offset].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let before = &text[line_start..offset];
        if let Some(typed) = import_string_prefix(before) {
            return self.specifier_completions(uri, typed);
        }
        let Some(Ok(parsed)) = self.parse(uri) else {
            return Vec::new();
        };
        let mut items: Vec<CompletionItem> = analysis::declarations(&parsed)
            .into_iter()
            .map(|decl| CompletionItem {
                label: decl.name,
                kind: Some(completion_kind(decl.kind)),
                ..Default::default()
            })
            .collect();
        for import in analysis::imports(&parsed) {
            for (local, _, _) in import.names {
                items.push(CompletionItem {
                    label: local,
                    kind: Some(CompletionItemKind::VARIABLE),
                    detail: Some(format!("import from \"{}\"", import.specifier)),
                    ..Default::default()
                });
            }
        }
        items
    }

    fn specifier_completions(&self, uri: &Url, typed: &str) -> Vec<CompletionItem> {
        let mut items = Vec::new();
        if typed.starts_with('.') {
            let (dir_part, _) = typed.rsplit_once('/').unwrap_or((typed, ""));
            if let Ok(dir) = uri.join(&format!("{dir_part}/")) {
                if let Ok(path) = dir.to_file_path() {
                    if let Ok(entries) = std::fs::read_dir(path) {
                        let mut names: Vec<(String, bool)> = entries
                            .flatten()
                            .filter_map(|e| {
                                let is_dir = e.file_type().ok()?.is_dir();
                                Some((e.file_name().to_string_lossy().into_owned(), is_dir))
                            })
                            .filter(|(name, is_dir)| {
                                !name.starts_with('.')
                                    && (*is_dir
                                        || is_script(
                                            &Url::parse(&format!("file:///{name}"))
                                                .unwrap_or_else(|_| uri.clone()),
                                        ))
                            })
                            .collect();
                        names.sort();
                        for (name, is_dir) in names {
                            let label = format!("{dir_part}/{name}");
                            items.push(CompletionItem {
                                label,
                                kind: Some(if is_dir {
                                    CompletionItemKind::FOLDER
                                } else {
                                    CompletionItemKind::FILE
                                }),
                                ..Default::default()
                            });
                        }
                    }
                }
            }
        } else {
            for package in x_std::packages() {
                items.push(CompletionItem {
                    label: format!("std:{package}"),
                    kind: Some(CompletionItemKind::MODULE),
                    detail: Some("x standard library".into()),
                    ..Default::default()
                });
            }
            let settings = self.settings();
            if let Some(imports) = settings
                .config
                .as_ref()
                .and_then(|c| c.json.get("imports"))
                .and_then(|i| i.as_object())
            {
                for key in imports.keys() {
                    items.push(CompletionItem {
                        label: key.clone(),
                        kind: Some(CompletionItemKind::MODULE),
                        detail: Some("import map".into()),
                        ..Default::default()
                    });
                }
            }
        }
        items.retain(|item| item.label.starts_with(typed));
        items
    }

    /// Code actions for the lint problems in `range`: each rule's fix, and "ignore this
    /// rule for this line".
    pub fn code_actions(&self, uri: &Url, range: Range) -> Vec<CodeActionOrCommand> {
        let Some(text) = self.text(uri) else {
            return Vec::new();
        };
        let index = LineIndex::new(&text);
        let results = lock(&self.lint_results)
            .get(uri)
            .cloned()
            .unwrap_or_default();
        let mut out = Vec::new();
        for problem in results {
            let Some(problem_range) = &problem.range else {
                continue;
            };
            let start = problem_range.text_info.range().start;
            let bytes = problem_range.range.as_byte_range(start);
            let lsp_range = index.range(&text, bytes.clone());
            if lsp_range.end.line < range.start.line || lsp_range.start.line > range.end.line {
                continue;
            }
            let code = problem.details.code.clone();
            let diagnostic = Diagnostic {
                range: lsp_range,
                severity: Some(DiagnosticSeverity::WARNING),
                code: Some(NumberOrString::String(code.clone())),
                source: Some("x-lint".into()),
                message: problem.details.message.clone(),
                ..Default::default()
            };
            for fix in &problem.details.fixes {
                let edits = fix
                    .changes
                    .iter()
                    .map(|change| TextEdit {
                        range: index.range(&text, change.range.as_byte_range(start)),
                        new_text: change.new_text.to_string(),
                    })
                    .collect();
                out.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: fix.description.to_string(),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![diagnostic.clone()]),
                    edit: Some(WorkspaceEdit {
                        changes: Some(HashMap::from([(uri.clone(), edits)])),
                        ..Default::default()
                    }),
                    is_preferred: Some(true),
                    ..Default::default()
                }));
            }
            let line = lsp_range.start.line;
            let line_start = index.offset(&text, Position::new(line, 0));
            let indent: String = text[line_start..]
                .chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .collect();
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Disable {code} for this line"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic]),
                edit: Some(WorkspaceEdit {
                    changes: Some(HashMap::from([(
                        uri.clone(),
                        vec![TextEdit {
                            range: Range::new(Position::new(line, 0), Position::new(line, 0)),
                            new_text: format!("{indent}// deno-lint-ignore {code}\n"),
                        }],
                    )])),
                    ..Default::default()
                }),
                ..Default::default()
            }));
        }
        out
    }

    /// "▶ Run test" over each `Deno.test` call: runs `x test --filter NAME FILE`.
    pub fn code_lenses(&self, uri: &Url) -> Vec<CodeLens> {
        let Some(Ok(parsed)) = self.parse(uri) else {
            return Vec::new();
        };
        let text = parsed.text();
        let index = LineIndex::new(text);
        analysis::test_calls(&parsed)
            .into_iter()
            .map(|test| CodeLens {
                range: index.range(text, test.range),
                command: Some(Command {
                    title: "▶ Run test".into(),
                    command: "x.test".into(),
                    arguments: Some(vec![
                        json!(uri.as_str()),
                        json!(test.name),
                        json!([
                            "test",
                            "--filter",
                            test.name,
                            uri.to_file_path()
                                .map(|p| p.display().to_string())
                                .unwrap_or_default()
                        ]),
                    ]),
                }),
                data: None,
            })
            .collect()
    }
}

pub(crate) fn symbol(
    uri: &Url,
    text: &str,
    index: &LineIndex,
    decl: &Declaration,
) -> SymbolInformation {
    #[allow(deprecated)] // `deprecated` is a required field of the struct
    SymbolInformation {
        name: decl.name.clone(),
        kind: decl.kind,
        tags: None,
        deprecated: None,
        location: Location::new(uri.clone(), index.range(text, decl.range.clone())),
        container_name: None,
    }
}

fn completion_kind(kind: SymbolKind) -> CompletionItemKind {
    match kind {
        SymbolKind::FUNCTION => CompletionItemKind::FUNCTION,
        SymbolKind::CLASS => CompletionItemKind::CLASS,
        SymbolKind::INTERFACE => CompletionItemKind::INTERFACE,
        SymbolKind::ENUM => CompletionItemKind::ENUM,
        SymbolKind::CONSTANT => CompletionItemKind::CONSTANT,
        _ => CompletionItemKind::VARIABLE,
    }
}

/// When the cursor is inside the string of an `import`/`export ... from`/`import(`, what
/// has been typed of it.
fn import_string_prefix(line_before: &str) -> Option<&str> {
    let quote_at = line_before.rfind(['"', '\''])?;
    let typed = &line_before[quote_at + 1..];
    let head = line_before[..quote_at].trim_end();
    let is_import = head.ends_with("from")
        || head.ends_with("import")
        || head.ends_with("import(")
        || head.ends_with("export *");
    is_import.then_some(typed)
}

/// The smallest edit turning `before` into `after` on whole lines: the byte range of
/// `before` to replace and its replacement.
fn changed_lines(before: &str, after: &str) -> (std::ops::Range<usize>, String) {
    let b: Vec<&str> = before.split_inclusive('\n').collect();
    let a: Vec<&str> = after.split_inclusive('\n').collect();
    let prefix = b.iter().zip(&a).take_while(|(x, y)| x == y).count();
    let suffix = b[prefix..]
        .iter()
        .rev()
        .zip(a[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let start: usize = b[..prefix].iter().map(|l| l.len()).sum();
    let end: usize = before.len() - b[b.len() - suffix..].iter().map(|l| l.len()).sum::<usize>();
    let new_text = a[prefix..a.len() - suffix].concat();
    (start..end, new_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_lines_is_the_middle() {
        let (range, text) = changed_lines("a\nb  \nc\n", "a\nb\nc\n");
        assert_eq!(range, 2..6);
        assert_eq!(text, "b\n");
        let (range, text) = changed_lines("x", "x;\n");
        assert_eq!(range, 0..1);
        assert_eq!(text, "x;\n");
    }

    #[test]
    fn import_strings_are_recognised() {
        assert_eq!(
            import_string_prefix("import { a } from \"./li"),
            Some("./li")
        );
        assert_eq!(import_string_prefix("export * from 'std:"), Some("std:"));
        assert_eq!(import_string_prefix("const s = \"./li"), None);
    }
}
