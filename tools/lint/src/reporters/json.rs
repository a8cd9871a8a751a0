//! `--json`: everything as one JSON document on stdout at the end (version 1 of Deno's
//! schema: diagnostics with 1-based lines and 0-based columns, errors, checked files).

use deno_ast::diagnostics::Diagnostic;
use deno_lint::diagnostic::LintDiagnostic;
use serde::Serialize;

use super::LintReporter;

#[derive(Serialize, Clone, Copy)]
#[serde(rename_all = "camelCase")]
struct Position {
    line: usize,
    col: usize,
    byte_pos: usize,
}

#[derive(Serialize)]
struct Range {
    start: Position,
    end: Position,
}

#[derive(Serialize)]
struct JsonDiagnostic {
    filename: String,
    range: Option<Range>,
    message: String,
    code: String,
    hint: Option<String>,
}

#[derive(Serialize)]
struct JsonError {
    file_path: String,
    message: String,
}

#[derive(Serialize)]
pub struct JsonReporter {
    version: u8,
    diagnostics: Vec<JsonDiagnostic>,
    errors: Vec<JsonError>,
    checked_files: Vec<String>,
}

impl Default for JsonReporter {
    fn default() -> Self {
        JsonReporter {
            version: 1,
            diagnostics: Vec::new(),
            errors: Vec::new(),
            checked_files: Vec::new(),
        }
    }
}

impl JsonReporter {
    fn checked(&mut self, path: String) {
        if !self.checked_files.contains(&path) {
            self.checked_files.push(path);
        }
    }
}

impl LintReporter for JsonReporter {
    fn diagnostic(&mut self, d: &LintDiagnostic) {
        let range = d.range.as_ref().map(|r| {
            let position = |pos: deno_ast::SourcePos| {
                let index = r.text_info.line_and_column_index(pos);
                Position {
                    line: index.line_index + 1,
                    col: index.column_index,
                    byte_pos: pos.as_byte_index(r.text_info.range().start),
                }
            };
            Range {
                start: position(r.range.start),
                end: position(r.range.end),
            }
        });
        self.diagnostics.push(JsonDiagnostic {
            filename: d.specifier.to_string(),
            range,
            message: d.message().to_string(),
            code: d.code().to_string(),
            hint: d.hint().map(|h| h.to_string()),
        });
        if let Ok(path) = d.specifier.to_file_path() {
            self.checked(path.to_string_lossy().into_owned());
        }
    }

    fn error(&mut self, file_path: &str, message: &str) {
        self.errors.push(JsonError {
            file_path: file_path.to_string(),
            message: message.to_string(),
        });
        self.checked(file_path.to_string());
    }

    fn close(&mut self, _checked: usize) {
        // Deterministic order: by file, then position; problems without a position last.
        self.diagnostics.sort_by(|a, b| {
            a.filename
                .cmp(&b.filename)
                .then_with(|| match (&a.range, &b.range) {
                    (Some(a), Some(b)) => {
                        (a.start.line, a.start.col).cmp(&(b.start.line, b.start.col))
                    }
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                })
        });
        self.checked_files.sort();
        println!("{}", serde_json::to_string_pretty(self).unwrap_or_default());
    }
}
