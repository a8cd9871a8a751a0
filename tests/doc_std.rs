//! The standard library checks out under x's own tools: `x doc --lint` on every entry
//! point of every std package (each `std/<pkg>/deno.json` `"exports"`, by its `std:`
//! specifier) finds no missing JSDoc, no missing return type and no private type in the
//! public API, and `x test` in `std/` passes every std module's own tests.

use std::process::Command;

use x_specs::{tests_dir, x_binary};

#[test]
fn std_entry_points_pass_doc_lint() {
    let std_dir = tests_dir().join("../std");
    let mut specifiers = Vec::new();
    for entry in std::fs::read_dir(&std_dir).unwrap().flatten() {
        let manifest = entry.path().join("deno.json");
        let Ok(text) = std::fs::read_to_string(&manifest) else {
            continue;
        };
        let package = entry.file_name().to_string_lossy().into_owned();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let keys: Vec<String> = match &json["exports"] {
            serde_json::Value::String(_) => vec![".".into()],
            serde_json::Value::Object(map) => map.keys().cloned().collect(),
            other => panic!("{}: unexpected exports {other}", manifest.display()),
        };
        for key in keys {
            specifiers.push(match key.strip_prefix("./") {
                Some(sub) => format!("std:{package}/{sub}"),
                None => format!("std:{package}"),
            });
        }
    }
    assert!(specifiers.len() > 50, "found only {specifiers:?}");
    let output = Command::new(x_binary())
        .arg("doc")
        .arg("--lint")
        .args(&specifiers)
        .env("NO_COLOR", "1")
        .output()
        .expect("x runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "x doc --lint on std:\n{stderr}");
    assert!(stderr.starts_with("Checked "), "{stderr}");
}

#[test]
fn std_modules_pass_their_own_tests() {
    let output = Command::new(x_binary())
        .args(["test", "-A"])
        .current_dir(tests_dir().join("../std"))
        .env("NO_COLOR", "1")
        .output()
        .expect("x runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "x test in std/:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains(" 0 failed"), "{stdout}");
}
