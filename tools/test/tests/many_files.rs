//! 2000 test files in one run: every file runs in a fresh runtime, and the memory of the
//! run stays bounded (the engine leaks ~0.8 MB per dropped runtime, and one thread can
//! only ever make a few hundred: `x test` must not grow with the number of files).

mod common;

#[test]
fn two_thousand_files_with_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let count = 2000;
    for i in 0..count {
        common::write(
            root,
            &format!("gen/t{i:04}_test.ts"),
            &format!("let n = {i};\nDeno.test(\"t{i}\", () => {{\n  n += 1;\n  if (n !== {i} + 1) throw new Error(\"fresh runtime expected\");\n  (globalThis as any).leak = new Array(1000).fill({i});\n}});\n"),
        );
    }
    // A global set by one file must not be seen by the next one.
    common::write(root, "gen/zz_isolation_test.ts", "Deno.test(\"isolated\", () => { if ((globalThis as any).leak) throw new Error(\"leaked global\"); });\n");
    let output = common::x(root)
        .args(["test", "--parallel", "gen"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = output.id();
    let peak = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let watcher = {
        let peak = peak.clone();
        std::thread::spawn(move || {
            // The parent process's resident memory (children are forked and exit).
            while let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) {
                if let Some(line) = status.lines().find(|l| l.starts_with("VmRSS:")) {
                    let kb: u64 = line
                        .split_whitespace()
                        .nth(1)
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    peak.fetch_max(kb, std::sync::atomic::Ordering::Relaxed);
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        })
    };
    let output = output.wait_with_output().unwrap();
    let _ = watcher.join();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "x test failed:\n{stderr}\n{}",
        &stdout[stdout.len().saturating_sub(3000)..]
    );
    assert!(
        stdout.contains(&format!("ok | {} passed | 0 failed", count + 1)),
        "{}",
        &stdout[stdout.len().saturating_sub(500)..]
    );
    let peak_mb = peak.load(std::sync::atomic::Ordering::Relaxed) / 1024;
    // One runtime and the graph of 2000 modules; a runtime per file in this process
    // would be well over 1.5 GB.
    assert!(peak_mb < 300, "peak RSS of x test: {peak_mb} MB");
    eprintln!("peak RSS of the x test process over {count} files: {peak_mb} MB");
}
