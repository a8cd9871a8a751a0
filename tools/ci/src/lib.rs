//! `x ci`'s report. The CLI (`cli/src/commands/ci.rs`) runs `fmt --check`, `lint`,
//! `doc --lint` and `test` in one process over one set of parses; this crate turns what
//! each tool found into the two things CI servers read: a summary on the terminal, one
//! line per tool, and JUnit suites (one per tool, a test case per file checked), so that a
//! formatting or lint problem shows up as a failed test case next to the failed tests.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use deno_doc::DocDiagnostic;
use deno_terminal::colors;
use url::Url;
use x_fmt::FmtReport;
use x_lint::LintReport;
use x_test::reporters::junit::{Case, CaseStatus, Suite};
use x_test::strip_ansi;

/// How one tool's section ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Passed(String),
    Failed(String),
    /// Not run, and why (no entry points, no test files).
    Skipped(String),
}

/// One line of the summary.
#[derive(Debug, Clone)]
pub struct Section {
    pub tool: &'static str,
    pub verdict: Verdict,
    pub elapsed: std::time::Duration,
}

/// The heading printed before a tool's own output.
pub fn print_heading(tool: &str) {
    eprintln!();
    eprintln!("{}", colors::bold(format!("━━ {tool} ━━")));
}

/// The closing summary; returns the exit code (1 when any section failed).
pub fn print_summary(sections: &[Section]) -> u8 {
    eprintln!();
    eprintln!("{}", colors::bold("━━ summary ━━"));
    let mut failed = false;
    for section in sections {
        let seconds = format!("({:.2}s)", section.elapsed.as_secs_f64());
        let (mark, text) = match &section.verdict {
            Verdict::Passed(text) => (colors::green("ok  ").to_string(), text),
            Verdict::Failed(text) => {
                failed = true;
                (colors::red("FAIL").to_string(), text)
            }
            Verdict::Skipped(text) => (colors::gray("skip").to_string(), text),
        };
        eprintln!(
            "{mark} {:<4} {text} {}",
            section.tool,
            colors::gray(seconds)
        );
    }
    u8::from(failed)
}

/// `fmt`'s verdict.
pub fn fmt_verdict(report: &FmtReport) -> Verdict {
    let checked = plural(report.checked, "file");
    match report.problems.len() {
        0 if report.files.is_empty() => Verdict::Skipped("no files to check".into()),
        0 => Verdict::Passed(format!("{checked} formatted")),
        n => Verdict::Failed(format!("{} not formatted in {checked}", plural(n, "file"))),
    }
}

/// `lint`'s verdict.
pub fn lint_verdict(report: &LintReport) -> Verdict {
    let checked = plural(report.checked, "file");
    match report.problems.len() {
        0 if report.files.is_empty() => Verdict::Skipped("no files to check".into()),
        0 => Verdict::Passed(format!("{checked} without problems")),
        n => Verdict::Failed(format!("{} in {checked}", plural(n, "problem"))),
    }
}

/// The `fmt` suite: a case per file, failed with the diff when it is not formatted.
pub fn fmt_suite(report: &FmtReport, cwd: &Path) -> Suite {
    let by_file = by_path(&report.problems, |(path, _)| path);
    per_file_suite("x fmt --check", &report.files, cwd, |path| {
        let problems = by_file.get(path.as_path())?;
        let body = problems
            .iter()
            .map(|(_, text)| strip_ansi(text))
            .collect::<Vec<_>>()
            .join("\n");
        Some(("not formatted".to_string(), truncated(body)))
    })
}

/// The `lint` suite: a case per file, failed with its problems (`line:col code message`).
pub fn lint_suite(report: &LintReport, cwd: &Path) -> Suite {
    let by_file = by_path(&report.problems, |p| &p.path);
    per_file_suite("x lint", &report.files, cwd, |path| {
        let lines: Vec<String> = by_file
            .get(path.as_path())?
            .iter()
            .map(|p| match p.position {
                Some((line, col)) => format!(
                    "{}:{line}:{col} {} {}",
                    relative(path, cwd),
                    p.code,
                    p.message
                ),
                None => format!("{} {}", relative(path, cwd), p.message),
            })
            .collect();
        Some((plural(lines.len(), "problem"), lines.join("\n")))
    })
}

/// `items` grouped by the file each is about, in their order: a run over thousands of
/// files looks each file's problems up once instead of scanning them all per file.
fn by_path<'a, T>(
    items: &'a [T],
    path: impl Fn(&'a T) -> &'a PathBuf,
) -> HashMap<&'a Path, Vec<&'a T>> {
    let mut groups: HashMap<&Path, Vec<&T>> = HashMap::new();
    for item in items {
        groups.entry(path(item).as_path()).or_default().push(item);
    }
    groups
}

/// The `doc --lint` suite: a case per entry point's file with problems, or one passed
/// case per entry point.
pub fn doc_suite(roots: &[Url], diagnostics: &[DocDiagnostic], cwd: &Path) -> Suite {
    let files: Vec<PathBuf> = roots.iter().filter_map(|r| r.to_file_path().ok()).collect();
    let mut suite = per_file_suite("x doc --lint", &files, cwd, |path| {
        let url = Url::from_file_path(path).ok()?;
        let mine: Vec<&DocDiagnostic> = diagnostics
            .iter()
            .filter(|d| *d.location.filename == *url.as_str())
            .collect();
        (!mine.is_empty()).then(|| {
            let owned: Vec<DocDiagnostic> = mine.into_iter().cloned().collect();
            (
                plural(owned.len(), "documentation problem"),
                strip_ansi(&x_doc::lint::render(&owned)),
            )
        })
    });
    // Problems in modules the entry points re-export from are charged to those modules.
    let named: Vec<String> = files
        .iter()
        .filter_map(|p| Url::from_file_path(p).ok())
        .map(|u| u.to_string())
        .collect();
    let mut elsewhere: Vec<DocDiagnostic> = diagnostics
        .iter()
        .filter(|d| !named.contains(&d.location.filename.to_string()))
        .cloned()
        .collect();
    elsewhere.sort_by(|a, b| a.location.filename.cmp(&b.location.filename));
    for diagnostic in elsewhere {
        suite.cases.push(Case {
            name: diagnostic.location.filename.to_string(),
            time_us: 0,
            status: CaseStatus::Failed {
                message: "documentation problem".into(),
                body: strip_ansi(&x_doc::lint::render(std::slice::from_ref(&diagnostic))),
            },
            output: Vec::new(),
        });
    }
    suite
}

fn per_file_suite(
    name: &str,
    files: &[PathBuf],
    cwd: &Path,
    failure: impl Fn(&PathBuf) -> Option<(String, String)>,
) -> Suite {
    Suite {
        name: name.to_string(),
        cases: files
            .iter()
            .map(|path| Case {
                name: relative(path, cwd),
                time_us: 0,
                status: match failure(path) {
                    Some((message, body)) => CaseStatus::Failed { message, body },
                    None => CaseStatus::Passed,
                },
                output: Vec::new(),
            })
            .collect(),
        time_us: 0,
    }
}

/// The most of a diff a JUnit case carries: CI servers show the start of a failure, and
/// the diff of a minified file can be megabytes (the terminal shows it whole).
const MAX_BODY: usize = 8 * 1024;

fn truncated(mut body: String) -> String {
    if body.len() > MAX_BODY {
        let mut end = MAX_BODY;
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        body.truncate(end);
        body.push_str("\n… (diff cut; run `x fmt --check` for all of it)");
    }
    body
}

fn relative(path: &Path, cwd: &Path) -> String {
    path.strip_prefix(cwd)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fmt_suite_has_a_case_per_file_and_fails_the_unformatted_ones() {
        let cwd = Path::new("/p");
        let report = FmtReport {
            files: vec!["/p/a.ts".into(), "/p/b.ts".into()],
            checked: 2,
            problems: vec![("/p/b.ts".into(), "\x1b[31m-x\x1b[0m".into())],
        };
        let suite = fmt_suite(&report, cwd);
        assert_eq!(suite.cases.len(), 2);
        assert_eq!(suite.cases[0].name, "a.ts");
        assert!(matches!(suite.cases[0].status, CaseStatus::Passed));
        match &suite.cases[1].status {
            CaseStatus::Failed { message, body } => {
                assert_eq!(message, "not formatted");
                assert_eq!(body, "-x");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(
            fmt_verdict(&report),
            Verdict::Failed("1 file not formatted in 2 files".into())
        );
    }

    #[test]
    fn lint_suite_lists_each_problem_with_its_place() {
        let cwd = Path::new("/p");
        let report = LintReport {
            files: vec!["/p/a.ts".into()],
            checked: 1,
            problems: vec![x_lint::LintProblem {
                path: "/p/a.ts".into(),
                position: Some((3, 7)),
                code: "no-var".into(),
                message: "`var` keyword is not allowed.".into(),
            }],
        };
        let suite = lint_suite(&report, cwd);
        match &suite.cases[0].status {
            CaseStatus::Failed { message, body } => {
                assert_eq!(message, "1 problem");
                assert_eq!(body, "a.ts:3:7 no-var `var` keyword is not allowed.");
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
