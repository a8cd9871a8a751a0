//! `x run`'s module bytecode (`$X_DIR/bytecode`, `x_worker::DirCodeCache`) as a user meets
//! it: the first run compiles every module and stores its bytecode, the next one boots
//! every module from it with the same output, a file cut short on disk is compiled again,
//! `X_NO_CODE_CACHE=1` turns it off — and the engine's own disk cache is never written,
//! even with its variable set (`V82JSC_BC_CACHE_DIR`, removed by `x` at start).
//!
//! `X_LOG=bytecode` prints one line per lookup (`stored` / `none stored`) and per compile.

use std::path::Path;
use std::process::Output;

use x_specs::x_binary;

fn run(dir: &Path, extra_env: &[(&str, &str)]) -> Output {
    let output = std::process::Command::new(x_binary())
        .args(["run", "main.ts"])
        .current_dir(dir)
        .env("X_DIR", dir.join(".x"))
        .env("X_LOG", "bytecode")
        .env("NO_COLOR", "1")
        .env("V82JSC_BC_CACHE_DIR", dir.join("engine-cache"))
        .envs(extra_env.iter().copied())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout), "45 hello 9\n");
    output
}

/// How many `[bytecode]` lines of `output` end with `what`.
fn count(output: &Output, what: &str) -> usize {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter(|line| line.starts_with("[bytecode] ") && line.ends_with(what))
        .count()
}

fn compiled(output: &Output) -> usize {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter(|line| line.starts_with("[bytecode] ") && line.contains(": compiled, "))
        .count()
}

/// main.ts, ten modules it imports, one it imports dynamically: 12 modules.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10 {
        std::fs::write(
            dir.path().join(format!("m{i}.ts")),
            format!("export const value{i}: number = {i};\n"),
        )
        .unwrap();
    }
    std::fs::write(
        dir.path().join("later.ts"),
        "export const greeting = \"hello\";\n",
    )
    .unwrap();
    let imports: String = (0..10)
        .map(|i| format!("import {{ value{i} }} from \"./m{i}.ts\";\n"))
        .collect();
    let sum: String = (0..10).map(|i| format!("total += value{i};\n")).collect();
    std::fs::write(
        dir.path().join("main.ts"),
        format!(
            "{imports}\nlet total = 0;\n{sum}const {{ greeting }} = await import(\"./later.ts\");\n\
             console.log(total, greeting, [1, 2, 3].map((x) => x + 1).reduce((a, b) => a + b));\n"
        ),
    )
    .unwrap();
    dir
}

#[test]
fn a_second_run_boots_every_module_from_bytecode() {
    let dir = project();
    let first = run(dir.path(), &[]);
    assert_eq!(count(&first, ": none stored"), 12);
    assert_eq!(compiled(&first), 12);
    let stored = std::fs::read_dir(dir.path().join(".x/bytecode"))
        .unwrap()
        .count();
    assert_eq!(stored, 12);

    let second = run(dir.path(), &[]);
    assert_eq!(count(&second, ": stored"), 12);
    assert_eq!(
        compiled(&second),
        0,
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );

    // The engine's own folder stayed unused.
    assert!(!dir.path().join("engine-cache").exists());
}

#[test]
fn a_file_cut_short_is_compiled_again_and_the_cache_can_be_turned_off() {
    let dir = project();
    run(dir.path(), &[]);
    for entry in std::fs::read_dir(dir.path().join(".x/bytecode")).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    }
    let again = run(dir.path(), &[]);
    assert_eq!(count(&again, ": none stored"), 12);
    assert_eq!(compiled(&again), 12);

    let off = run(dir.path(), &[("X_NO_CODE_CACHE", "1")]);
    assert_eq!(count(&off, "stored"), 0);
    assert_eq!(compiled(&off), 0);
}

/// Copies `from` into `to`, folders included.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A module read from bytecode tells the runtime what it imports from the engine's
/// compiled form, not from a scan of its source: the `run/modules` spec's program (a
/// JSON import with its type, a cycle, dynamic imports, JSX, top-level await) plus a
/// re-export from a module that awaits at top level prints the same from bytecode.
#[test]
fn modules_read_from_bytecode_import_what_they_did_from_source() {
    let dir = tempfile::tempdir().unwrap();
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/run/modules");
    copy_tree(&specs, dir.path());
    std::fs::write(
        dir.path().join("reexport.ts"),
        "export * from './lib/math.ts';\nexport { default as data } from \"./data.json\" with { type: \"json\" };\nawait Promise.resolve();\n",
    )
    .unwrap();
    let main = std::fs::read_to_string(dir.path().join("main.ts")).unwrap();
    std::fs::write(
        dir.path().join("main.ts"),
        format!("import * as again from \"./reexport.ts\";\n{main}console.log(again.double(2), again.data.name);\n"),
    )
    .unwrap();
    let expected = std::fs::read_to_string(specs.join("main.out")).unwrap() + "4 data\n";
    let run = || {
        let output = std::process::Command::new(x_binary())
            .args(["run", "main.ts"])
            .current_dir(dir.path())
            .env("X_DIR", dir.path().join(".x"))
            .env("X_LOG", "bytecode")
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(output.status.success(), "{stderr}");
        (String::from_utf8_lossy(&output.stdout).into_owned(), stderr)
    };
    let (first, _) = run();
    assert_eq!(first, expected);
    let (second, log) = run();
    assert_eq!(second, expected);
    assert!(!log.contains(": compiled, "), "{log}");
    assert!(log.contains("reexport.ts: stored"), "{log}");
}
