//! The spec-test runner: every folder under `tests/specs/` holding a `__test__.jsonc` is one
//! test. Its files are copied to a fresh temp folder (with `$SERVER` replaced by the local
//! test server's address), then each step runs the `x` binary there and compares exit code
//! and output (stdout and stderr together, as a person sees them) with the expected file.
//!
//! `__test__.jsonc`:
//! ```jsonc
//! { "args": "run main.ts", "output": "main.out", "exitCode": 0,
//!   "env": { "K": "V" }, "stdin": "text",
//!   "files": { "written.ts": "written.ts.expected" },   // compared byte for byte after the step
//!   "steps": [ { "args": ..., "output": ..., "exitCode": ... } ] }   // or one step inline
//! ```
//! In expected output, `[WILDCARD]`/`[WILDLINE]` match anything, `$DIR` is the temp folder
//! and `$SERVER` the server's `127.0.0.1:PORT`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use libtest_mimic::{Arguments, Failed, Trial};
use serde::Deserialize;
use x_specs::{matcher, server, tests_dir, x_binary};

#[derive(Debug, Deserialize, Clone)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Step {
    args: Args,
    #[serde(default)]
    output: Option<String>,
    #[serde(default)]
    exit_code: i32,
    #[serde(default)]
    env: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    stdin: Option<String>,
    /// Run in this subfolder of the test's temp folder.
    #[serde(default)]
    cwd: Option<String>,
    /// After the step, each file (path in the temp folder) must equal the expected file
    /// byte for byte (for commands that write files: `x fmt`, `x lint --fix`).
    #[serde(default)]
    files: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(untagged)]
enum Args {
    Line(String),
    List(Vec<String>),
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Spec {
    #[serde(default)]
    steps: Vec<Step>,
    #[serde(default)]
    env: std::collections::BTreeMap<String, String>,
    #[serde(flatten)]
    inline: serde_json::Value,
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    let root = tests_dir().join("specs");
    let mut cases = Vec::new();
    find_cases(&root, &mut cases);
    cases.sort();
    for case in cases {
        let name = case
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        trials.push(Trial::test(name, move || run_case(&case)));
    }
    libtest_mimic::run(&args, trials).exit();
}

fn find_cases(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.join("__test__.jsonc").is_file() {
                out.push(path);
            } else {
                find_cases(&path, out);
            }
        }
    }
}

fn load_spec(
    case: &Path,
) -> Result<(Vec<Step>, std::collections::BTreeMap<String, String>), Failed> {
    let text = std::fs::read_to_string(case.join("__test__.jsonc")).map_err(|e| e.to_string())?;
    let value = jsonc_parser::parse_to_serde_value(&text, &Default::default())
        .map_err(|e| format!("__test__.jsonc: {e}"))?
        .ok_or("__test__.jsonc is empty")?;
    let spec: Spec =
        serde_json::from_value(value.clone()).map_err(|e| format!("__test__.jsonc: {e}"))?;
    let mut steps = spec.steps;
    if steps.is_empty() {
        let mut inline = spec.inline;
        if let Some(map) = inline.as_object_mut() {
            map.remove("env");
        }
        steps.push(serde_json::from_value(inline).map_err(|e| format!("__test__.jsonc: {e}"))?);
    }
    Ok((steps, spec.env))
}

fn run_case(case: &Path) -> Result<(), Failed> {
    let (steps, env) = load_spec(case)?;
    let temp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let dir = temp.path().canonicalize().map_err(|e| e.to_string())?;
    let server = server::address().to_string();
    copy_dir(case, &dir, &server).map_err(|e| format!("copying fixtures: {e}"))?;

    for (index, step) in steps.iter().enumerate() {
        let argv: Vec<String> = match &step.args {
            Args::Line(line) => line
                .split_whitespace()
                .map(|a| a.replace("$SERVER", &server))
                .collect(),
            Args::List(list) => list.iter().map(|a| a.replace("$SERVER", &server)).collect(),
        };
        let cwd = match &step.cwd {
            Some(sub) => dir.join(sub),
            None => dir.clone(),
        };
        let (reader, writer) = std::io::pipe().map_err(|e| e.to_string())?;
        let mut command = Command::new(x_binary());
        command
            .args(&argv)
            .current_dir(&cwd)
            .env("X_DIR", dir.join(".x-cache"))
            // One startup snapshot for the whole run instead of one per test folder.
            .env("X_SNAPSHOT_DIR", snapshot_dir())
            .env("NO_COLOR", "1")
            .env_remove("X_LOG")
            .stdout(writer.try_clone().map_err(|e| e.to_string())?)
            .stderr(writer)
            .stdin(if step.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            });
        for (k, v) in env.iter().chain(step.env.iter()) {
            command.env(
                k,
                v.replace("$SERVER", &server)
                    .replace("$DIR", &dir.to_string_lossy()),
            );
        }
        let mut child = command
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", x_binary().display()))?;
        drop(command);
        if let Some(input) = &step.stdin {
            let mut stdin = child.stdin.take().unwrap();
            stdin
                .write_all(input.as_bytes())
                .map_err(|e| e.to_string())?;
        }
        let mut output = String::new();
        let mut reader = reader;
        reader
            .read_to_string(&mut output)
            .map_err(|e| e.to_string())?;
        let status = child.wait().map_err(|e| e.to_string())?;
        let code = status.code().unwrap_or(-1);
        let label = format!("step {} (x {})", index + 1, argv.join(" "));

        if let Some(expected_file) = &step.output {
            let expected = std::fs::read_to_string(dir.join(expected_file))
                .map_err(|e| format!("{label}: cannot read {expected_file}: {e}"))?
                .replace("$DIR", &dir.to_string_lossy());
            if !matcher::matches(&expected, &output) {
                return Err(format!(
                    "{label}: output does not match {expected_file}\n--- expected ---\n{expected}\n--- actual ---\n{output}\n---"
                )
                .into());
            }
        }
        for (actual_file, expected_file) in &step.files {
            let actual = std::fs::read(dir.join(actual_file))
                .map_err(|e| format!("{label}: cannot read {actual_file}: {e}"))?;
            let expected = std::fs::read(dir.join(expected_file))
                .map_err(|e| format!("{label}: cannot read {expected_file}: {e}"))?;
            if actual != expected {
                return Err(format!(
                    "{label}: {actual_file} differs from {expected_file}\n--- expected ---\n{}\n--- actual ---\n{}\n---",
                    String::from_utf8_lossy(&expected),
                    String::from_utf8_lossy(&actual)
                )
                .into());
            }
        }
        if code != step.exit_code {
            return Err(format!(
                "{label}: exit code {code}, expected {}\n--- output ---\n{output}",
                step.exit_code
            )
            .into());
        }
    }
    Ok(())
}

/// A folder shared by every test of this run for the runtime's startup snapshot.
fn snapshot_dir() -> &'static Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("a temp dir for the snapshot"))
        .path()
}

/// Copies the fixture folder, replacing `$SERVER` in every UTF-8 file.
fn copy_dir(from: &Path, to: &Path, server: &str) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target, server)?;
        } else {
            let bytes = std::fs::read(entry.path())?;
            match String::from_utf8(bytes) {
                Ok(text) => std::fs::write(&target, text.replace("$SERVER", server))?,
                Err(raw) => std::fs::write(&target, raw.into_bytes())?,
            }
        }
    }
    Ok(())
}
