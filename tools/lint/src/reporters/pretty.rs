//! The default report: each problem with its code frame, rule name, hint and docs link
//! (deno_ast's diagnostic display, as `deno lint` prints it), then the totals.

use deno_ast::diagnostics::Diagnostic;
use deno_lint::diagnostic::LintDiagnostic;
use deno_terminal::colors;

use super::{files, problems, LintReporter};

#[derive(Default)]
pub struct PrettyReporter {
    count: usize,
    fixable: usize,
}

impl LintReporter for PrettyReporter {
    fn diagnostic(&mut self, d: &LintDiagnostic) {
        self.count += 1;
        if !d.details.fixes.is_empty() {
            self.fixable += 1;
        }
        eprintln!("{}\n", d.display());
    }

    fn error(&mut self, file_path: &str, message: &str) {
        eprintln!("Error linting: {file_path}");
        for line in message.split('\n') {
            if line.is_empty() {
                eprintln!();
            } else {
                eprintln!("    {line}");
            }
        }
    }

    fn close(&mut self, checked: usize) {
        if let Some(found) = problems(self.count) {
            let fixable = if self.fixable > 0 {
                colors::gray(format!(" ({} fixable via --fix)", self.fixable)).to_string()
            } else {
                String::new()
            };
            eprintln!("{found}{fixable}");
        }
        eprintln!("{}", files(checked));
    }
}
