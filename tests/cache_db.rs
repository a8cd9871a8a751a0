//! The cache database (`$X_DIR/cache-v1.sqlite3`) under the conditions a cache meets in
//! real use: several `x` processes using it at once, and a file left damaged (cut short
//! mid-write). Every run must give the right answer; the cache may only change how much
//! work it takes (`X_LOG=graph` shows the parses).

use std::path::Path;
use std::process::{Command, Output};

use x_specs::x_binary;

fn x(dir: &Path, args: &[&str]) -> Output {
    Command::new(x_binary())
        .args(args)
        .current_dir(dir)
        .env("X_DIR", dir.join(".x"))
        .env("X_LOG", "graph")
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..20 {
        std::fs::write(
            dir.path().join(format!("m{i}.ts")),
            format!("export const value{i}: number = {i};\n"),
        )
        .unwrap();
    }
    let imports: String = (0..20)
        .map(|i| format!("import {{ value{i} }} from \"./m{i}.ts\";\n"))
        .collect();
    let sum: String = (0..20).map(|i| format!("total += value{i};\n")).collect();
    std::fs::write(
        dir.path().join("main.ts"),
        format!("{imports}\nlet total = 0;\n{sum}console.log(total);\n"),
    )
    .unwrap();
    dir
}

#[test]
fn concurrent_processes_share_the_cache() {
    let dir = project();
    // Eight processes at once, half running the program, half linting and formatting
    // it, all writing to the same empty cache.
    let children: Vec<_> = (0..8)
        .map(|i| {
            let args: &[&str] = match i % 3 {
                0 => &["run", "main.ts"],
                1 => &["lint"],
                _ => &["fmt", "--check"],
            };
            Command::new(x_binary())
                .args(args)
                .current_dir(dir.path())
                .env("X_DIR", dir.path().join(".x"))
                .env("NO_COLOR", "1")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", text(&output));
    }
    // The cache the eight left behind answers the next run: nothing is parsed.
    let output = x(dir.path(), &["run", "main.ts"]);
    assert!(output.status.success(), "{}", text(&output));
    assert_eq!(text(&output), "190\n");
}

#[test]
fn a_cache_cut_short_is_made_again() {
    let dir = project();
    let first = x(dir.path(), &["run", "main.ts"]);
    assert!(
        text(&first).contains("[graph] parsed 1x"),
        "{}",
        text(&first)
    );
    let file = dir.path().join(".x/cache-v1.sqlite3");
    let length = std::fs::metadata(&file).unwrap().len();
    assert!(length > 0);
    // Cut it in the middle of a page, as a crash during a write might.
    let handle = std::fs::OpenOptions::new().write(true).open(&file).unwrap();
    handle.set_len(length / 2 + 7).unwrap();
    drop(handle);
    let _ = std::fs::remove_file(dir.path().join(".x/cache-v1.sqlite3-wal"));
    let _ = std::fs::remove_file(dir.path().join(".x/cache-v1.sqlite3-shm"));

    let damaged = x(dir.path(), &["run", "main.ts"]);
    assert!(damaged.status.success(), "{}", text(&damaged));
    assert!(text(&damaged).starts_with("190\n"), "{}", text(&damaged));
    // The damaged file is replaced (by this run, or if the damage showed only once it
    // was open, by the next), after which runs parse nothing again.
    let healing = x(dir.path(), &["run", "main.ts"]);
    assert!(healing.status.success(), "{}", text(&healing));
    assert_eq!(text(&x(dir.path(), &["run", "main.ts"])), "190\n");
}
