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
        // One write per problem: stderr is unbuffered, and formatting the display
        // straight into it made one system call per piece (~700k for 7k problems).
        let text = format!("{}\n\n", d.display());
        eprint!("{text}");
    }

    fn error(&mut self, file_path: &str, message: &str) {
        let mut text = format!("Error linting: {file_path}\n");
        for line in message.split('\n') {
            if !line.is_empty() {
                text.push_str("    ");
                text.push_str(line);
            }
            text.push('\n');
        }
        eprint!("{text}");
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
