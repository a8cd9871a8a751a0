//! `x doc --html` in a real browser: the site is written for a small module, then headless
//! Chromium loads `index.html` and a symbol page straight from disk (`file://`) and dumps
//! the DOM after the page's scripts ran; the symbol's signature must be in it.
//!
//! Chromium comes from `install.sh --deps-only` (CI). Without it the test prints why it is
//! skipped and passes; nothing else skips it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use x_specs::x_binary;

const MODULE: &str = r#"/**
 * Geometry helpers.
 * @module
 */

/** Adds two numbers. */
export function add(a: number, b: number): number {
  return a + b;
}

/** Greets people by name. */
export class Greeter {
  /** Makes a greeter. */
  constructor(public name: string) {}
  /** Says hello. */
  greet(loud: boolean): string {
    return loud ? `HELLO ${this.name}` : `hello ${this.name}`;
  }
}
"#;

/// The first Chromium on the PATH.
fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
    .find(|candidate| candidate.is_file())
}

/// The DOM of `page` after load, as headless Chromium serialises it.
fn dump_dom(browser: &Path, page: &Path, profile: &Path) -> String {
    let url = url_of(page);
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--allow-file-access-from-files",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(&url)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium starts");
    let deadline = Instant::now() + Duration::from_secs(90);
    while child.try_wait().expect("chromium runs").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish loading {url} in 90 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().expect("chromium output");
    let dom = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        dom.contains("<html"),
        "chromium printed no DOM for {url} (status {}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    dom
}

fn url_of(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// The text a reader sees: tags removed, entities decoded, whitespace collapsed.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    // Drop the spaces tags left inside a signature ("add ( a : number" → "add(a: number").
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed
        .replace(" (", "(")
        .replace("( ", "(")
        .replace(" )", ")")
        .replace(" :", ":")
        .replace(" ,", ",")
}

#[test]
fn html_site_renders_in_a_browser() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("geometry.ts"), MODULE).unwrap();
    let output = Command::new(x_binary())
        .args([
            "doc",
            "--html",
            "--name",
            "Geometry",
            "--output",
            "site",
            "geometry.ts",
        ])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("x runs");
    assert!(
        output.status.success(),
        "x doc --html failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let site = dir.path().join("site");
    let index = site.join("index.html");
    assert!(index.is_file(), "no index.html in {}", site.display());
    let add_page = site.join("~/add.html");
    assert!(
        add_page.is_file(),
        "no page for `add` at {}",
        add_page.display()
    );
    let greeter_page = site.join("~/Greeter.html");
    assert!(greeter_page.is_file(), "no page for `Greeter`");
    // Search works from disk: the index is a script (no fetch), naming every symbol.
    let search_index = std::fs::read_to_string(site.join("search_index.js")).expect("search index");
    for name in ["add", "Greeter", "Greeter.prototype.greet"] {
        assert!(
            search_index.contains(&format!("\"{name}\"")),
            "{name} not in the search index"
        );
    }

    let Some(browser) = chromium() else {
        eprintln!(
            "skipped: no chromium on the PATH (install it with `./install.sh --deps-only` \
             or `apt-get install chromium`); the site itself was generated and checked"
        );
        return;
    };
    let profile = dir.path().join("chromium-profile");

    let index_text = visible_text(&dump_dom(&browser, &index, &profile));
    assert!(index_text.contains("Geometry"), "index: {index_text}");
    assert!(
        index_text.contains("Geometry helpers."),
        "index: {index_text}"
    );
    assert!(index_text.contains("add"), "index: {index_text}");
    assert!(index_text.contains("Greeter"), "index: {index_text}");

    let add_text = visible_text(&dump_dom(&browser, &add_page, &profile));
    assert!(
        add_text.contains("add(a: number, b: number): number"),
        "the page of `add` lacks its signature: {add_text}"
    );
    assert!(add_text.contains("Adds two numbers."), "{add_text}");

    let greeter_text = visible_text(&dump_dom(&browser, &greeter_page, &profile));
    assert!(
        greeter_text.contains("greet(loud: boolean): string"),
        "the page of `Greeter` lacks its method's signature: {greeter_text}"
    );
}

/// Modules that are not files (`std:`) get site paths a browser can follow
/// (`@std/path/mod.ts/…`, not `std:/path/…`, which a relative link would read as a scheme).
#[test]
fn std_module_site_links_work_in_a_browser() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(x_binary())
        .args([
            "doc",
            "--html",
            "--output",
            "site",
            "std:path",
            "std:cli/parse-args",
        ])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("x runs");
    assert!(
        output.status.success(),
        "x doc --html std:path failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let site = dir.path().join("site");
    let join_page = site.join("@std/path/mod.ts/~/join.html");
    assert!(
        join_page.is_file(),
        "no page for `join` at {}",
        join_page.display()
    );
    // The templates escape `/` in attributes (`&#x2F;`).
    let index = std::fs::read_to_string(site.join("index.html"))
        .unwrap()
        .replace("&#x2F;", "/");
    assert!(
        index.contains("href=\"./@std/path/mod.ts/"),
        "index does not link the std module's pages"
    );
    let Some(browser) = chromium() else {
        eprintln!("skipped: no chromium on the PATH (`./install.sh --deps-only` installs it)");
        return;
    };
    let profile = dir.path().join("chromium-profile");
    let text = visible_text(&dump_dom(&browser, &join_page, &profile));
    assert!(
        text.contains("join(path") && text.contains("string | URL"),
        "the page of `join` lacks its signature: {text}"
    );
}
