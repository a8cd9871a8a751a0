//! `x coverage --lcov` read by the real consumer: genhtml (apt `lcov`, installed by
//! `install.sh --deps-only`) must turn the tracefile into its HTML report without a
//! warning or an error, with line, function and branch figures matching ours.

use std::process::Command;

use x_specs::{tests_dir, x_binary};

#[test]
fn genhtml_reads_the_lcov_report() {
    let genhtml = ["/usr/bin/genhtml", "/usr/local/bin/genhtml"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
        .expect("genhtml is missing: install lcov (./install.sh --deps-only does)");
    let dir = tempfile::tempdir().unwrap();
    let fixture = tests_dir().join("specs/coverage/basic");
    for name in ["math.ts", "math_test.ts"] {
        std::fs::copy(fixture.join(name), dir.path().join(name)).unwrap();
    }
    let x = |args: &[&str]| {
        let output = Command::new(x_binary())
            .args(args)
            .current_dir(dir.path())
            .env("X_DIR", dir.path().join(".x"))
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(output.status.success(), "x {args:?}: {output:?}");
        output
    };
    x(&["test", "--coverage=cov"]);
    x(&["coverage", "cov", "--lcov", "--output=cov.lcov"]);
    let output = Command::new(genhtml)
        .args(["--branch-coverage", "cov.lcov", "-o", "html"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "genhtml failed:\n{text}");
    assert!(
        !text.contains("WARNING") && !text.contains("ERROR"),
        "genhtml complained:\n{text}"
    );
    assert!(
        text.contains("lines......: 60.0% (9 of 15 lines)"),
        "{text}"
    );
    assert!(
        text.contains("functions..: 75.0% (3 of 4 functions)"),
        "{text}"
    );
    assert!(
        text.contains("branches...: 55.6% (5 of 9 branches)"),
        "{text}"
    );
    assert!(dir.path().join("html/index.html").exists());
}
