//! `x test --watch`, driven by editing files: after the first run, changing a module
//! re-runs only the test files whose graph holds it; a new test file runs on its own.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

/// Reads lines until one contains `marker`; returns everything read.
fn read_until(lines: &mpsc::Receiver<String>, marker: &str) -> String {
    let mut seen = String::new();
    loop {
        // No time limit: the output streams end if `x` exits, which ends the wait.
        match lines.recv() {
            Ok(line) => {
                seen.push_str(&line);
                seen.push('\n');
                if line.contains(marker) {
                    return seen;
                }
            }
            Err(_) => panic!("x exited before {marker:?}; output so far:\n{seen}"),
        }
    }
}

#[test]
fn reruns_only_dependent_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    common::write(
        &root,
        "math.ts",
        "export const add = (a: number, b: number) => a + b;\n",
    );
    common::write(&root, "other.ts", "export const name = \"other\";\n");
    common::write(
        &root,
        "math_test.ts",
        "import { add } from \"./math.ts\";\nDeno.test(\"adds\", () => { if (add(1, 2) !== 3) throw new Error(\"bad sum\"); });\n",
    );
    common::write(
        &root,
        "other_test.ts",
        "import { name } from \"./other.ts\";\nDeno.test(\"names\", () => { if (name !== \"other\") throw new Error(\"bad\"); });\n",
    );
    let mut child = common::x(&root)
        .args(["test", "--watch"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (sender, lines) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    for stream in [
        Box::new(stdout) as Box<dyn std::io::Read + Send>,
        Box::new(stderr),
    ] {
        let sender = sender.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
    }

    let first = read_until(&lines, "Restarting on file change");
    assert!(
        first.contains("running 1 test from ./math_test.ts"),
        "{first}"
    );
    assert!(
        first.contains("running 1 test from ./other_test.ts"),
        "{first}"
    );
    assert!(first.contains("ok | 2 passed | 0 failed"), "{first}");

    // Break math.ts: only math_test.ts runs again, and fails.
    std::thread::sleep(Duration::from_millis(300));
    common::write(
        &root,
        "math.ts",
        "export const add = (a: number, b: number) => a - b;\n",
    );
    let second = read_until(&lines, "Restarting on file change");
    assert!(second.contains("File change detected"), "{second}");
    assert!(
        second.contains("running 1 test from ./math_test.ts"),
        "{second}"
    );
    assert!(!second.contains("other_test.ts"), "{second}");
    assert!(second.contains("FAILED | 0 passed | 1 failed"), "{second}");

    // Fix it and add a new test file: both run.
    std::thread::sleep(Duration::from_millis(300));
    common::write(
        &root,
        "math.ts",
        "export const add = (a: number, b: number) => a + b;\n",
    );
    common::write(&root, "new_test.ts", "Deno.test(\"new\", () => {});\n");
    let third = read_until(&lines, "Restarting on file change");
    assert!(third.contains("ok |"), "{third}");
    assert!(
        third.contains("./new_test.ts") || third.contains("./math_test.ts"),
        "{third}"
    );
    assert!(!third.contains("other_test.ts"), "{third}");

    let _ = child.kill();
    let _ = child.wait();
}
