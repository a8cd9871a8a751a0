//! `--compact`: one line per problem, `specifier: line L, col C - message (rule)`.

use deno_ast::diagnostics::Diagnostic;
use deno_lint::diagnostic::LintDiagnostic;

use super::{files, problems, LintReporter};

#[derive(Default)]
pub struct CompactReporter {
    count: usize,
}

impl LintReporter for CompactReporter {
    fn diagnostic(&mut self, d: &LintDiagnostic) {
        self.count += 1;
        match &d.range {
            Some(range) => {
                let position = range.text_info.line_and_column_display(range.range.start);
                // Formatted first, then written once (stderr is unbuffered).
                let text = format!(
                    "{}: line {}, col {} - {} ({})\n",
                    d.specifier,
                    position.line_number,
                    position.column_number,
                    d.message(),
                    d.code()
                );
                eprint!("{text}");
            }
            None => {
                let text = format!("{}: {} ({})\n", d.specifier, d.message(), d.code());
                eprint!("{text}");
            }
        }
    }

    fn error(&mut self, file_path: &str, message: &str) {
        let text = format!("Error linting: {file_path}\n   {message}\n");
        eprint!("{text}");
    }

    fn close(&mut self, checked: usize) {
        if let Some(found) = problems(self.count) {
            eprintln!("{found}");
        }
        eprintln!("{}", files(checked));
    }
}
