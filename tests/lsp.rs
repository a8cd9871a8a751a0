//! `x lsp` driven over stdio by a JSON-RPC client written here: the real binary, real
//! frames, a workspace of fixture files in a temp folder.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};
use x_specs::x_binary;

/// One `x lsp` process and the client end of its pipes.
struct Session {
    child: Child,
    stdin: Arc<Mutex<ChildStdin>>,
    incoming: Receiver<Value>,
    /// Notifications read while waiting for something else.
    pending: VecDeque<Value>,
    next_id: i64,
    dir: tempfile::TempDir,
}

fn write_frame(stdin: &Mutex<ChildStdin>, body: &[u8]) {
    let mut stdin = stdin.lock().unwrap();
    write!(stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
    stdin.write_all(body).unwrap();
    stdin.flush().unwrap();
}

/// A request (with an id) or a notification; `null` params are left out, as the
/// protocol's parameterless messages (`shutdown`, `exit`) are sent.
fn message(id: Option<i64>, method: &str, params: Value) -> Value {
    let mut message = json!({ "jsonrpc": "2.0", "method": method });
    if let Some(id) = id {
        message["id"] = json!(id);
    }
    if !params.is_null() {
        message["params"] = params;
    }
    message
}

impl Session {
    fn start(files: &[(&str, &str)]) -> Session {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let mut child = Command::new(x_binary())
            .arg("lsp")
            .current_dir(dir.path())
            .env("X_DIR", dir.path().join(".x-cache"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("x lsp starts");
        let stdin = Arc::new(Mutex::new(child.stdin.take().unwrap()));
        let stdout = child.stdout.take().unwrap();
        let (send, incoming) = channel();
        let answer = stdin.clone();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(value) = line.strip_prefix("Content-Length: ") {
                        length = value.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; length.expect("a Content-Length header")];
                reader.read_exact(&mut body).unwrap();
                let message: Value = serde_json::from_slice(&body).unwrap();
                // Requests from the server (capability registration) get an empty answer.
                if message.get("method").is_some() && message.get("id").is_some() {
                    let reply = json!({ "jsonrpc": "2.0", "id": message["id"], "result": null });
                    write_frame(&answer, reply.to_string().as_bytes());
                    continue;
                }
                if send.send(message).is_err() {
                    return;
                }
            }
        });
        let mut session = Session {
            child,
            stdin,
            incoming,
            pending: VecDeque::new(),
            next_id: 0,
            dir,
        };
        let root = session.uri("");
        let init = session.request(
            "initialize",
            json!({ "processId": null, "rootUri": root, "capabilities": {} }),
        );
        assert_eq!(init["result"]["serverInfo"]["name"], "x", "{init}");
        session.notify("initialized", json!({}));
        session
    }

    fn uri(&self, path: &str) -> String {
        url::Url::from_file_path(self.dir.path().join(path))
            .unwrap()
            .to_string()
            .trim_end_matches('/')
            .to_string()
    }

    fn send(&self, message: Value) {
        write_frame(&self.stdin, message.to_string().as_bytes());
    }

    fn notify(&self, method: &str, params: Value) {
        self.send(message(None, method, params));
    }

    /// Sends a request and returns its whole response (`result` or `error`).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(message(Some(id), method, params));
        self.response(json!(id))
    }

    fn response(&mut self, id: Value) -> Value {
        loop {
            let message = self.incoming.recv().expect("the server answers");
            if message.get("id") == Some(&id) {
                return message;
            }
            self.pending.push_back(message);
        }
    }

    /// The next `publishDiagnostics` for `uri` (earlier ones for other files are kept).
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let is_it = |m: &Value| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        };
        if let Some(i) = self.pending.iter().position(is_it) {
            let m = self.pending.remove(i).unwrap();
            return m["params"]["diagnostics"].as_array().unwrap().clone();
        }
        loop {
            let message = self.incoming.recv().expect("diagnostics are published");
            if is_it(&message) {
                return message["params"]["diagnostics"].as_array().unwrap().clone();
            }
            self.pending.push_back(message);
        }
    }

    fn open(&mut self, path: &str) -> String {
        let uri = self.uri(path);
        let text = std::fs::read_to_string(self.dir.path().join(path)).unwrap();
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "typescript", "version": 1, "text": text } }),
        );
        uri
    }

    fn finish(mut self) {
        let shutdown = self.request("shutdown", Value::Null);
        assert!(shutdown.get("error").is_none(), "{shutdown}");
        self.notify("exit", Value::Null);
        let status = self.child.wait().unwrap();
        assert!(status.success(), "x lsp exited with {status}");
    }
}

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| {
            d["code"]
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| d["message"].as_str().unwrap().to_string())
        })
        .collect()
}

/// The labels of a completion response's items.
fn completion_labels(response: &Value) -> Vec<&str> {
    response["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect()
}

const LIB: &str = "/** Adds two numbers. */\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n";
const MAIN: &str = "import { add } from \"./lib.ts\";\nimport { gone } from \"./missing.ts\";\n\nlet total = add(1, 2);\nconsole.log(total, gone);\n";

/// Definition and hover follow a name through the modules that re-export it: a renamed
/// `export … from`, an imported binding exported again, `export *`, and a cycle of
/// `export *` that must end.
#[test]
fn definition_follows_reexports() {
    let mut lsp = Session::start(&[
        ("lib.ts", LIB),
        ("more.ts", "/** Halves. */\nexport const half = (n: number) => n / 2;\nexport * from \"./index.ts\";\n"),
        (
            "index.ts",
            "export { add as plus } from \"./lib.ts\";\nimport { add } from \"./lib.ts\";\nexport { add as sum };\nexport * from \"./more.ts\";\n",
        ),
        (
            "use.ts",
            "import { half, missing, plus, sum } from \"./index.ts\";\nconsole.log(plus(1, 2), sum(3, 4), half(8), missing);\n",
        ),
    ]);
    let main = lsp.open("use.ts");
    let lib = lsp.uri("lib.ts");
    let more = lsp.uri("more.ts");
    let at = |character: u32| json!({ "textDocument": { "uri": main }, "position": { "line": 1, "character": character } });
    let add_name = json!({ "line": 1, "character": 16 });
    for (character, uri, start) in [
        (12, &lib, add_name.clone()),
        (24, &lib, add_name.clone()),
        (35, &more, json!({ "line": 1, "character": 13 })),
    ] {
        let definition = lsp.request("textDocument/definition", at(character));
        assert_eq!(definition["result"]["uri"], *uri, "{definition}");
        assert_eq!(
            definition["result"]["range"]["start"], start,
            "{definition}"
        );
    }
    let hover = lsp.request("textDocument/hover", at(12));
    let text = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(text.contains("Adds two numbers."), "{hover}");
    // `missing` is nowhere in the export * cycle: no definition, and the server answers.
    let definition = lsp.request("textDocument/definition", at(44));
    assert!(definition["result"].is_null(), "{definition}");
}

#[test]
fn diagnostics_follow_edits() {
    let mut lsp = Session::start(&[("lib.ts", LIB), ("main.ts", MAIN)]);
    let main = lsp.open("main.ts");
    let diagnostics = lsp.diagnostics(&main);
    let found = codes(&diagnostics);
    assert!(found.contains(&"prefer-const".to_string()), "{found:?}");
    assert!(
        found.iter().any(|c| c.contains("missing.ts")),
        "the unresolvable import is reported: {found:?}"
    );
    // An incremental edit: `let` -> `const` on line 3.
    lsp.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": main, "version": 2 },
            "contentChanges": [{ "range": { "start": { "line": 3, "character": 0 }, "end": { "line": 3, "character": 3 } }, "text": "const" }]
        }),
    );
    let found = codes(&lsp.diagnostics(&main));
    assert!(!found.contains(&"prefer-const".to_string()), "{found:?}");
    // A syntax error is a diagnostic too, with its position.
    lsp.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": main, "version": 3 },
            "contentChanges": [{ "text": "const x = (;\n" }]
        }),
    );
    let diagnostics = lsp.diagnostics(&main);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(
        diagnostics[0]["range"]["start"],
        json!({ "line": 0, "character": 11 })
    );
    lsp.finish();
}

#[test]
fn navigation_formatting_and_lenses() {
    let test_file =
        "Deno.test(\"adds\", () => {});\nDeno.test({ name: \"object form\", fn() {} });\n";
    let mut lsp = Session::start(&[
        ("lib.ts", LIB),
        ("main.ts", MAIN),
        ("lib_test.ts", test_file),
    ]);
    let main = lsp.open("main.ts");
    let lib = lsp.uri("lib.ts");
    lsp.diagnostics(&main);

    // Definition of `add` (line 3, col 14) is in lib.ts, at the function's name.
    let at_add =
        json!({ "textDocument": { "uri": main }, "position": { "line": 3, "character": 14 } });
    let definition = lsp.request("textDocument/definition", at_add.clone());
    assert_eq!(definition["result"]["uri"], lib, "{definition}");
    assert_eq!(
        definition["result"]["range"]["start"],
        json!({ "line": 1, "character": 16 })
    );
    // On the import's string: the module.
    let on_string =
        json!({ "textDocument": { "uri": main }, "position": { "line": 0, "character": 24 } });
    let definition = lsp.request("textDocument/definition", on_string);
    assert_eq!(definition["result"]["uri"], lib, "{definition}");

    // Hover: what `x doc` says of it, the signature and the JSDoc.
    let hover = lsp.request("textDocument/hover", at_add.clone());
    assert_eq!(
        hover["result"]["contents"]["value"],
        "```ts\nfunction add(a: number, b: number): number\n```\n\nAdds two numbers.",
        "{hover}"
    );

    // References from the use: the declaration, the import and the call.
    let references = lsp.request(
        "textDocument/references",
        json!({ "textDocument": { "uri": main }, "position": { "line": 3, "character": 14 }, "context": { "includeDeclaration": true } }),
    );
    let locations = references["result"].as_array().unwrap();
    assert_eq!(locations.len(), 3, "{references}");

    // Symbols of lib.ts, and of the workspace.
    lsp.open("lib.ts");
    let symbols = lsp.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": lib } }),
    );
    assert_eq!(symbols["result"][0]["name"], "add", "{symbols}");
    let symbols = lsp.request("workspace/symbol", json!({ "query": "ad" }));
    assert!(
        symbols["result"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["name"] == "add"),
        "{symbols}"
    );

    // Formatting: the same output as `x fmt`, as one edit.
    let ugly = lsp.uri("ugly.ts");
    lsp.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": ugly, "languageId": "typescript", "version": 1, "text": "const  a={b:1}\n" } }),
    );
    let edits = lsp.request(
        "textDocument/formatting",
        json!({ "textDocument": { "uri": ugly }, "options": { "tabSize": 2, "insertSpaces": true } }),
    );
    assert_eq!(
        edits["result"][0]["newText"], "const a = { b: 1 };\n",
        "{edits}"
    );

    // Completion of import specifiers: relative files and std modules.
    let completion_doc = lsp.uri("complete.ts");
    lsp.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": completion_doc, "languageId": "typescript", "version": 1, "text": "import {} from \"./li\";\nimport {} from \"std:as\";\n" } }),
    );
    let items = lsp.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": completion_doc }, "position": { "line": 0, "character": 20 } }),
    );
    let labels = completion_labels(&items);
    assert!(
        labels.contains(&"./lib.ts") && labels.contains(&"./lib_test.ts"),
        "{labels:?}"
    );
    let items = lsp.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": completion_doc }, "position": { "line": 1, "character": 22 } }),
    );
    let labels = completion_labels(&items);
    assert!(
        labels.contains(&"std:assert") && labels.contains(&"std:async"),
        "{labels:?}"
    );

    // Code lens over each Deno.test.
    let tests = lsp.open("lib_test.ts");
    let lenses = lsp.request(
        "textDocument/codeLens",
        json!({ "textDocument": { "uri": tests } }),
    );
    let names: Vec<&Value> = lenses["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| &l["command"]["arguments"][1])
        .collect();
    assert_eq!(names, [&json!("adds"), &json!("object form")], "{lenses}");
    assert_eq!(lenses["result"][0]["command"]["title"], "▶ Run test");

    // Code actions on the prefer-const problem: ignore it for the line.
    let actions = lsp.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": main }, "range": { "start": { "line": 3, "character": 0 }, "end": { "line": 3, "character": 3 } }, "context": { "diagnostics": [] } }),
    );
    let titles: Vec<&str> = actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert!(
        titles.contains(&"Disable prefer-const for this line"),
        "{titles:?}"
    );
    lsp.finish();
}

/// References and workspace symbols reach files the editor has not opened (through the
/// workspace index), and see them change on disk.
#[test]
fn references_reach_files_that_are_not_open() {
    let mut lsp = Session::start(&[
        ("lib.ts", LIB),
        ("a.ts", "import { add } from \"./lib.ts\";\nadd(1, 2);\n"),
        (
            "b.ts",
            "import { add as plus } from \"./lib.ts\";\nplus(3, 4);\nplus(5, 6);\n",
        ),
        ("c.ts", "export function addAll() {}\n"),
    ]);
    let lib = lsp.open("lib.ts");
    let references = |lsp: &mut Session| {
        let answer = lsp.request(
            "textDocument/references",
            json!({ "textDocument": { "uri": lib }, "position": { "line": 1, "character": 17 }, "context": { "includeDeclaration": false } }),
        );
        let mut found: Vec<(String, u64)> = answer["result"]
            .as_array()
            .unwrap_or_else(|| panic!("{answer}"))
            .iter()
            .map(|l| {
                let uri = l["uri"].as_str().unwrap();
                let file = uri.rsplit('/').next().unwrap().to_string();
                (file, l["range"]["start"]["line"].as_u64().unwrap())
            })
            .collect();
        found.sort();
        found
    };
    let a = |line| ("a.ts".to_string(), line);
    let b = |line| ("b.ts".to_string(), line);
    assert_eq!(references(&mut lsp), [a(0), a(1), b(0), b(1), b(2)]);

    let symbols = lsp.request("workspace/symbol", json!({ "query": "add" }));
    let mut names: Vec<&str> = symbols["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["add", "addAll"], "{symbols}");

    // a.ts stops importing `add` on disk: the index reads it again.
    std::fs::write(lsp.dir.path().join("a.ts"), "export const a = 1;\n").unwrap();
    assert_eq!(references(&mut lsp), [b(0), b(1), b(2)]);
    lsp.finish();
}

#[test]
fn bad_input_gets_errors_not_a_dead_server() {
    let mut lsp = Session::start(&[("a.ts", "export const a = 1;\n")]);
    // Not JSON at all, then JSON that is not a message.
    write_frame(&lsp.stdin, b"{ this is not json");
    write_frame(&lsp.stdin, b"[1, 2, 3]");
    // A request about a document nobody opened: InvalidParams.
    let other = lsp.uri("a.ts");
    let answer = lsp.request("textDocument/formatting", json!({ "textDocument": { "uri": other }, "options": { "tabSize": 2, "insertSpaces": true } }));
    assert_eq!(answer["error"]["code"], -32602, "{answer}");
    // An unknown method: MethodNotFound.
    let answer = lsp.request("x/nothing", json!({}));
    assert_eq!(answer["error"]["code"], -32601, "{answer}");
    // And the server still works.
    let a = lsp.open("a.ts");
    assert!(lsp.diagnostics(&a).is_empty());
    lsp.finish();
}

/// A real editor: headless Neovim's built-in LSP client starts `x lsp` on a fixture and
/// writes the diagnostics it received to a file, which the test reads back.
#[test]
fn neovim_receives_diagnostics() {
    let Ok(nvim) = which_nvim() else {
        eprintln!("skipped: nvim is not installed (install.sh --deps-only installs it)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.ts"),
        "let unused = 1;\nexport const a: any = 1;\n",
    )
    .unwrap();
    let out = dir.path().join("diagnostics.txt");
    // Neovim 0.7 (Debian 12) has `start_client`/`buf_attach_client`; later ones also do.
    let script = format!(
        r#"
local client = vim.lsp.start_client({{
  name = "x",
  cmd = {{ "{x}", "lsp" }},
  root_dir = "{root}",
}})
vim.lsp.buf_attach_client(0, client)
-- No time limit: wait (processing events) until the three problems have arrived.
while #vim.diagnostic.get(0) < 3 do vim.wait(50) end
local lines = {{}}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(lines, string.format("%d:%d %s %s", d.lnum + 1, d.col + 1, tostring(d.code), d.message:gsub("\n.*", "")))
end
table.sort(lines)
vim.fn.writefile(lines, "{out}")
vim.lsp.stop_client(client)
vim.cmd("qa!")
"#,
        x = x_binary().display(),
        root = dir.path().display(),
        out = out.display(),
    );
    std::fs::write(dir.path().join("test.lua"), script).unwrap();
    let status = Command::new(nvim)
        .args([
            "--headless",
            "-u",
            "NONE",
            "-i",
            "NONE",
            "main.ts",
            "-c",
            "luafile test.lua",
        ])
        .current_dir(dir.path())
        .env("X_DIR", dir.path().join(".x-cache"))
        .stdin(Stdio::null())
        .status()
        .expect("nvim runs");
    assert!(status.success(), "nvim exited with {status}");
    let received = std::fs::read_to_string(&out).expect("the script wrote the diagnostics");
    assert_eq!(
        received,
        "1:5 no-unused-vars `unused` is never used\n1:5 prefer-const `unused` is never reassigned\n2:17 no-explicit-any `any` type is not allowed\n",
        "{received}"
    );
}

fn which_nvim() -> Result<std::path::PathBuf, ()> {
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join("nvim"))
        .find(|path| path.is_file())
        .ok_or(())
}

/// A changed `deno.json` is picked up without a restart: the lint rules it names apply to
/// the open documents at once.
#[test]
fn config_changes_apply_without_a_restart() {
    let config = r#"{ "lint": { "rules": { "exclude": ["prefer-const"] } } }"#;
    let mut lsp = Session::start(&[
        ("deno.json", config),
        ("main.ts", "let a = 1;\nconsole.log(a);\n"),
    ]);
    let main = lsp.open("main.ts");
    assert_eq!(codes(&lsp.diagnostics(&main)), Vec::<String>::new());
    std::fs::write(lsp.dir.path().join("deno.json"), "{}\n").unwrap();
    let config_uri = lsp.uri("deno.json");
    lsp.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": config_uri, "type": 2 }] }),
    );
    assert_eq!(codes(&lsp.diagnostics(&main)), ["prefer-const"]);
    lsp.finish();
}
