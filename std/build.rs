//! Embeds every file of the standard library (the TypeScript next to this crate) into the
//! binary: writes `$OUT_DIR/std_files.rs`, a sorted table of `(path, contents)` pairs, and
//! reads each package's `deno.json` `"exports"` so `std:cli/parse-args` can be resolved.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();

    let mut out = String::from("pub static FILES: &[(&str, &str)] = &[\n");
    for rel in &files {
        let abs = root.join(rel);
        println!("cargo:rerun-if-changed={}", abs.display());
        writeln!(
            out,
            "    ({rel:?}, include_str!({:?})),",
            abs.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");

    // Each package's "exports": a string (the "." entry) or a map of subpath to file.
    out.push_str("pub static EXPORTS: &[(&str, &str, &str)] = &[\n");
    for rel in files.iter().filter(|f| f.ends_with("/deno.json")) {
        let package = rel.trim_end_matches("/deno.json");
        let text = std::fs::read_to_string(root.join(rel)).unwrap();
        let manifest: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("std/{rel} is not valid JSON: {e}"));
        let mut entries: Vec<(String, String)> = match manifest.get("exports") {
            Some(serde_json::Value::String(target)) => vec![(".".into(), target.clone())],
            Some(serde_json::Value::Object(map)) => map
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                .collect(),
            _ => vec![],
        };
        entries.sort();
        for (subpath, target) in entries {
            let target = format!("{package}/{}", target.trim_start_matches("./"));
            assert!(
                files.contains(&target),
                "std/{rel} exports missing file {target}"
            );
            writeln!(out, "    ({package:?}, {subpath:?}, {target:?}),").unwrap();
        }
    }
    out.push_str("];\n");
    println!("cargo:rerun-if-changed={}", root.display());
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("std_files.rs");
    std::fs::write(dest, out).unwrap();
}

/// Collects the library's files: TypeScript and each package's `deno.json`. Test files
/// stay out of the binary (they are run from the source tree), as does the crate's Rust.
fn collect(root: &Path, dir: &Path, files: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if dir == root && (name == "src" || name == "target" || name.starts_with('.')) {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            collect(root, &path, files);
        } else if dir != root
            && (name == "deno.json"
                || (name.ends_with(".ts")
                    && !name.ends_with("_test.ts")
                    && !name.ends_with(".d.ts")))
        {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            files.push(rel);
        }
    }
}
