//! How `x lint` reports: one trait, one file per format (`--compact`, `--json`, and the
//! default pretty one), each printing what `deno lint` prints in that format.

mod compact;
mod json;
mod pretty;

use deno_lint::diagnostic::LintDiagnostic;

pub use compact::CompactReporter;
pub use json::JsonReporter;
pub use pretty::PrettyReporter;

/// Receives a run's results in file order.
pub trait LintReporter: Send {
    /// One problem.
    fn diagnostic(&mut self, d: &LintDiagnostic);
    /// A file that could not be linted (a syntax error, an unreadable file).
    fn error(&mut self, file_path: &str, message: &str);
    /// The run is over; `checked` files were looked at.
    fn close(&mut self, checked: usize);
}

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReportKind {
    #[default]
    Pretty,
    Compact,
    Json,
}

impl ReportKind {
    /// The `"lint": { "report": ... }` value.
    pub fn from_config(value: &str) -> anyhow::Result<ReportKind> {
        match value {
            "pretty" => Ok(ReportKind::Pretty),
            "compact" => Ok(ReportKind::Compact),
            "json" => Ok(ReportKind::Json),
            _ => anyhow::bail!("Invalid lint report type in config file"),
        }
    }

    pub fn reporter(self) -> Box<dyn LintReporter> {
        match self {
            ReportKind::Pretty => Box::new(PrettyReporter::default()),
            ReportKind::Compact => Box::new(CompactReporter::default()),
            ReportKind::Json => Box::new(JsonReporter::default()),
        }
    }
}

fn files(n: usize) -> String {
    if n == 1 {
        "Checked 1 file".to_string()
    } else {
        format!("Checked {n} files")
    }
}

fn problems(n: usize) -> Option<String> {
    match n {
        0 => None,
        1 => Some("Found 1 problem".to_string()),
        n => Some(format!("Found {n} problems")),
    }
}
