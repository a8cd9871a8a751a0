//! The program's standard streams as a shell pipeline uses them: a reader that goes away
//! early (`x run main.ts | head -1`) must not turn the program's console output into an
//! uncaught error.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

use x_specs::x_binary;

/// Deno's behaviour: console output to a closed pipe is dropped, the program goes on
/// (its stderr still works) and exits 0.
#[test]
fn console_output_to_a_closed_pipe_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.ts"),
        r#"console.log("first");
// Wait until the reader has gone, so the writes below meet a closed pipe.
await new Promise((resolve) => setTimeout(resolve, 300));
for (let i = 0; i < 1000; i++) console.log("line", i);
console.error("still running");
"#,
    )
    .unwrap();
    let mut child = Command::new(x_binary())
        .args(["run", "main.ts"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert_eq!(first, "first\n");
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(stderr, "still running\n");
    assert_eq!(status.code(), Some(0));
}
