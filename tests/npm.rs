//! npm packages in long-running processes: a Hono app (routing, JSON, middleware) under
//! `x serve`, and the same app (plus a CommonJS package) deployed with `x deploy` to a
//! real `x platform serve` and answered through its router; packages come from the spec
//! tests' local registry (`tests/server/npm_registry.rs`), requests go over real HTTP on
//! 127.0.0.1. Also the lockfile and `node_modules` layout over packages a test makes and
//! publishes itself (`npm_registry::dir_registry`), which the spec-test folders cannot do.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hono_app_under_x_serve() {
    let registry = format!("http://{}/npm/", x_specs::server::address());
    let dir = tempfile::tempdir().unwrap();
    let app = x_specs::tests_dir().join("specs/npm/hono/app.ts");
    std::fs::copy(app, dir.path().join("app.ts")).unwrap();
    let mut child = Command::new(x_specs::x_binary())
        .args(["serve", "--port", "0", "--host", "127.0.0.1", "app.ts"])
        .current_dir(dir.path())
        .env("X_DIR", dir.path().join("cache"))
        .env("NPM_CONFIG_REGISTRY", &registry)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    let base = x_specs::listening_base(&line);

    let client = reqwest::Client::new();
    let root = client.get(format!("{base}/")).send().await.unwrap();
    assert_eq!(root.status(), 200);
    assert_eq!(root.headers()["x-powered-by"], "x");
    assert_eq!(root.text().await.unwrap(), "Hello Hono!");

    let user = client.get(format!("{base}/users/7")).send().await.unwrap();
    assert_eq!(user.headers()["content-type"], "application/json");
    let json: serde_json::Value = serde_json::from_str(&user.text().await.unwrap()).unwrap();
    assert_eq!(json["id"], 7);

    let echo = client
        .post(format!("{base}/echo"))
        .header("content-type", "application/json")
        .body(r#"{"hello":"x"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(echo.status(), 201);
    assert_eq!(echo.text().await.unwrap(), r#"{"hello":"x"}"#);

    let missing = client.get(format!("{base}/nope")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    assert_eq!(missing.text().await.unwrap(), r#"{"error":"not found"}"#);

    child.kill().unwrap();
    child.wait().unwrap();
}

/// Runs `x` in `dir` with the local registry; panics with its output unless it succeeds.
fn x_ok(dir: &std::path::Path, args: &[&str]) -> String {
    let output = Command::new(x_specs::x_binary())
        .args(args)
        .current_dir(dir)
        .env("X_DIR", dir.join("cache"))
        .env(
            "NPM_CONFIG_REGISTRY",
            format!("http://{}/npm/", x_specs::server::address()),
        )
        .env("X_DEPLOY_CREDENTIALS", dir.join("credentials.json"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "x {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hono_app_deployed_to_the_platform() {
    let data = tempfile::tempdir().unwrap();
    let mut platform = Command::new(x_specs::x_binary())
        .args(["platform", "serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(data.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(platform.stderr.take().unwrap());
    let url = loop {
        let mut line = String::new();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "the platform did not start"
        );
        if let Some(addr) = line.trim().strip_prefix("x platform: listening on ") {
            break addr.to_owned();
        }
    };
    std::thread::spawn(move || for _ in stderr.lines() {});
    let token = x_ok(
        data.path(),
        &[
            "platform",
            "token",
            "create",
            "--name",
            "ci",
            "--data",
            data.path().to_str().unwrap(),
        ],
    )
    .lines()
    .last()
    .unwrap()
    .to_owned();

    let app = tempfile::tempdir().unwrap();
    let hono = x_specs::tests_dir().join("specs/npm/hono/app.ts");
    let source = std::fs::read_to_string(hono).unwrap().replace(
        "app.get(\"/\", (c) => c.text(\"Hello Hono!\"));",
        "app.get(\"/\", (c) => c.text(\"Hello Hono!\"));\napp.get(\"/cjs\", (c) => c.json({ sum: add(1, 2), hour: ms(\"1h\") }));",
    );
    let source = format!(
        "import {{ add }} from \"npm:x-cjs-named@1\";\nimport ms from \"npm:ms@2\";\n{source}"
    );
    std::fs::write(app.path().join("app.ts"), source).unwrap();
    let auth = ["--url", url.as_str(), "--token", token.as_str()];
    x_ok(
        app.path(),
        &[&["deploy", "projects", "create", "hono"][..], &auth].concat(),
    );
    x_ok(
        app.path(),
        &[
            &["deploy", "app.ts", "--project", "hono", "--prod"][..],
            &auth,
        ]
        .concat(),
    );

    let client = reqwest::Client::new();
    let base = format!("{url}/_p/hono");
    let root = client.get(format!("{base}/")).send().await.unwrap();
    assert_eq!(root.status(), 200);
    assert_eq!(root.headers()["x-powered-by"], "x");
    assert_eq!(root.text().await.unwrap(), "Hello Hono!");
    let user = client.get(format!("{base}/users/9")).send().await.unwrap();
    assert_eq!(user.status(), 200);
    assert!(user.text().await.unwrap().starts_with(r#"{"id":9,"#));
    let cjs = client.get(format!("{base}/cjs")).send().await.unwrap();
    assert_eq!(cjs.text().await.unwrap(), r#"{"sum":3,"hour":3600000}"#);
    let missing = client.get(format!("{base}/nope")).send().await.unwrap();
    assert_eq!(missing.status(), 404);

    // The artifact names package files by package, not by the deployer's cache folder
    // (which here is inside the project, under a registry host with a random port).
    let cache = app.path().join("cache");
    let mut artifact_text = String::new();
    for file in files_under(data.path()) {
        artifact_text.push_str(&String::from_utf8_lossy(&std::fs::read(file).unwrap()));
    }
    assert!(
        artifact_text.contains("file:///npm/hono@4.13.19/dist/"),
        "no npm:/ names in the platform's data"
    );
    assert!(artifact_text.contains("file:///npm/x-cjs-named@1.0.0/"));
    assert!(!artifact_text.contains(cache.to_str().unwrap()));
    assert!(!artifact_text.contains("127.0.0.1_"));
    assert!(!artifact_text.contains(app.path().to_str().unwrap()));

    platform.kill().unwrap();
    platform.wait().unwrap();
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Two imports of one package on a cold cache (the package and a file of it) are loaded
/// at once: each found it missing, and the tarball was downloaded and unpacked twice.
#[test]
fn two_imports_of_one_package_download_it_once() {
    let packages = Packages::new();
    packages.publish("dual", "1.0.0", &[], "export const a = 1;\n");
    std::fs::write(packages.dir.path().join("served.log"), "").unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.ts"),
        "import { a } from \"npm:dual@1\";\nimport { a as b } from \"npm:dual@1/index.js\";\nconsole.log(a + b);\n",
    )
    .unwrap();
    let cache = tempfile::tempdir().unwrap();
    let out = ok(x_in(
        dir.path(),
        cache.path(),
        &packages.registry(),
        &["run", "main.ts"],
    ));
    assert_eq!(out, "2\n");
    let served = std::fs::read_to_string(packages.dir.path().join("served.log")).unwrap();
    assert_eq!(served, "dual-1.0.0.tgz\n");
}

/// A folder of packages for `npm_registry::dir_registry`: each `publish` packs one
/// version with `tar` and lists it in `index.tsv`.
struct Packages {
    dir: tempfile::TempDir,
}

impl Packages {
    fn new() -> Packages {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.tsv"), "").unwrap();
        Packages { dir }
    }

    fn registry(&self) -> String {
        x_specs::server::npm_registry::dir_registry(self.dir.path())
    }

    /// Packs `name@version` with `package.json` (`dependencies` as given) and
    /// `index.js`; publishing a version again replaces its tarball.
    fn publish(&self, name: &str, version: &str, dependencies: &[(&str, &str)], index_js: &str) {
        let work = tempfile::tempdir().unwrap();
        let package = work.path().join("package");
        std::fs::create_dir_all(&package).unwrap();
        let deps: serde_json::Map<String, serde_json::Value> = dependencies
            .iter()
            .map(|(n, r)| (n.to_string(), serde_json::Value::from(*r)))
            .collect();
        let manifest = serde_json::json!({
            "name": name, "version": version, "type": "module", "main": "index.js",
            "dependencies": deps,
        });
        std::fs::write(package.join("package.json"), manifest.to_string()).unwrap();
        std::fs::write(package.join("index.js"), index_js).unwrap();
        let file = format!("{name}-{version}.tgz");
        let status = Command::new("tar")
            .arg("-czf")
            .arg(self.dir.path().join(&file))
            .arg("-C")
            .arg(work.path())
            .arg("package")
            .status()
            .unwrap();
        assert!(status.success());
        let index = self.dir.path().join("index.tsv");
        let mut text = std::fs::read_to_string(&index).unwrap();
        let line = format!("{name}\t{version}\t{file}\n");
        if !text.contains(&line) {
            text.push_str(&line);
        }
        std::fs::write(index, text).unwrap();
    }
}

/// Runs `x` in `dir` against `registry` with the npm cache `cache`.
fn x_in(dir: &Path, cache: &Path, registry: &str, args: &[&str]) -> std::process::Output {
    Command::new(x_specs::x_binary())
        .args(args)
        .current_dir(dir)
        .env("X_DIR", cache)
        .env("NPM_CONFIG_REGISTRY", registry)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn ok(output: std::process::Output) -> String {
    assert!(
        output.status.success(),
        "x failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn fails(output: std::process::Output) -> String {
    assert_eq!(
        output.status.code(),
        Some(1),
        "x should have failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// `a` reports its own version and the version of `dep` it sees.
fn package_a(version: &str) -> String {
    format!("import dep from \"dep\";\nexport const a = () => `a {version} sees dep ${{dep}}`;\n")
}

#[test]
fn the_lockfile_pins_npm_versions_and_refuses_a_changed_tarball() {
    let packages = Packages::new();
    packages.publish("dep", "1.0.0", &[], "export default \"1.0.0\";\n");
    packages.publish("a", "1.0.0", &[("dep", "^1.0.0")], &package_a("1.0.0"));
    let registry = packages.registry();
    let project = tempfile::tempdir().unwrap();
    let dir = project.path();
    std::fs::write(dir.join("x.json"), "{}").unwrap();
    std::fs::write(
        dir.join("main.ts"),
        "import { a } from \"npm:a@1\";\nconsole.log(a());\n",
    )
    .unwrap();
    let cache = dir.join("cache");
    assert_eq!(
        ok(x_in(dir, &cache, &registry, &["run", "main.ts"])),
        "a 1.0.0 sees dep 1.0.0\n"
    );
    let lock: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("x.lock")).unwrap()).unwrap();
    assert_eq!(lock["version"], "2");
    assert_eq!(lock["specifiers"]["npm:a@1"], "1.0.0");
    assert_eq!(
        lock["npm"]["a@1.0.0"]["dependencies"],
        serde_json::json!(["dep@1.0.0"])
    );
    assert!(lock["npm"]["dep@1.0.0"]["integrity"]
        .as_str()
        .unwrap()
        .starts_with("sha512-"));

    // Newer versions appear; a fresh cache must download, and still gets the locked ones.
    packages.publish("dep", "1.1.0", &[], "export default \"1.1.0\";\n");
    packages.publish("a", "1.1.0", &[("dep", "^1.0.0")], &package_a("1.1.0"));
    let fresh = dir.join("cache2");
    assert_eq!(
        ok(x_in(dir, &fresh, &registry, &["run", "main.ts"])),
        "a 1.0.0 sees dep 1.0.0\n"
    );
    // Without the lockfile, the registry's newest.
    assert_eq!(
        ok(x_in(
            dir,
            &dir.join("cache3"),
            &registry,
            &["run", "--no-lock", "main.ts"]
        )),
        "a 1.1.0 sees dep 1.1.0\n"
    );

    // dep@1.0.0 is published again with other bytes: a fresh download is refused.
    packages.publish("dep", "1.0.0", &[], "export default \"evil\";\n");
    let err = fails(x_in(
        dir,
        &dir.join("cache4"),
        &registry,
        &["run", "main.ts"],
    ));
    assert!(err.starts_with("error: "), "{err}");
    assert!(
        err.contains("npm package dep@1.0.0 does not match the lockfile"),
        "{err}"
    );
    assert!(err.contains("x.lock"), "{err}");
    // Refused before unpacking: the cache does not hold the changed package.
    assert!(!files_under(&dir.join("cache4"))
        .iter()
        .any(|f| f.to_string_lossy().contains("/dep/1.0.0/")));

    // The lockfile edited (or the cache changed): the cached package is refused too.
    let text = std::fs::read_to_string(dir.join("x.lock")).unwrap();
    let integrity = lock["npm"]["a@1.0.0"]["integrity"].as_str().unwrap();
    let other = format!("sha512-{}==", "A".repeat(86));
    std::fs::write(dir.join("x.lock"), text.replace(integrity, &other)).unwrap();
    let err = fails(x_in(
        dir,
        &cache,
        &registry,
        &["run", "--cached-only", "main.ts"],
    ));
    assert!(
        err.contains("npm package a@1.0.0 does not match the lockfile"),
        "{err}"
    );
    assert!(err.contains("package in the cache"), "{err}");
    std::fs::write(dir.join("x.lock"), text).unwrap();

    // --frozen: a package the lockfile does not have is refused.
    std::fs::write(
        dir.join("main.ts"),
        "import { a } from \"npm:a@1\";\nimport dep from \"npm:dep@1.1\";\nconsole.log(a(), dep);\n",
    )
    .unwrap();
    let err = fails(x_in(
        dir,
        &cache,
        &registry,
        &["run", "--frozen", "main.ts"],
    ));
    assert!(
        err.contains("dep@1.1.0") && err.contains("--frozen"),
        "{err}"
    );
}

#[test]
fn install_nests_conflicting_versions_and_each_package_sees_its_own() {
    let packages = Packages::new();
    packages.publish("dep", "1.0.0", &[], "export default \"1.0.0\";\n");
    packages.publish("dep", "2.0.0", &[], "export default \"2.0.0\";\n");
    packages.publish("a", "1.0.0", &[("dep", "^1.0.0")], &package_a("1.0.0"));
    packages.publish(
        "b",
        "1.0.0",
        &[("dep", "^2.0.0")],
        "import dep from \"dep\";\nexport const b = () => `b sees dep ${dep}`;\n",
    );
    let registry = packages.registry();
    let project = tempfile::tempdir().unwrap();
    let dir = project.path();
    let cache = dir.join("cache");
    std::fs::write(
        dir.join("package.json"),
        r#"{ "dependencies": { "a": "^1.0.0", "b": "^1.0.0" } }"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("main.ts"),
        "import { a } from \"a\";\nimport { b } from \"b\";\nimport dep from \"dep\";\nconsole.log(a(), \"/\", b(), \"/ main sees\", dep);\nconsole.log(import.meta.resolve(\"a\").includes(\"/node_modules/a/\"));\n",
    )
    .unwrap();
    let expected = "a 1.0.0 sees dep 1.0.0 / b sees dep 2.0.0 / main sees 1.0.0\ntrue\n";
    for _ in 0..2 {
        // The second install finds everything in place (and the lockfile's versions).
        ok(x_in(dir, &cache, &registry, &["install"]));
        let version = |path: &str| {
            let text = std::fs::read_to_string(dir.join(path).join("package.json")).unwrap();
            serde_json::from_str::<serde_json::Value>(&text).unwrap()["version"].clone()
        };
        assert_eq!(version("node_modules/dep"), "1.0.0");
        assert_eq!(version("node_modules/b/node_modules/dep"), "2.0.0");
        assert!(!dir.join("node_modules/a/node_modules").exists());
        assert!(!std::fs::symlink_metadata(dir.join("node_modules/b"))
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(
            ok(x_in(dir, &cache, &registry, &["run", "main.ts"])),
            expected
        );
    }
    let lock: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("x.lock")).unwrap()).unwrap();
    assert_eq!(lock["specifiers"]["npm:b@^1.0.0"], "1.0.0");
    assert_eq!(
        lock["npm"]["b@1.0.0"]["dependencies"],
        serde_json::json!(["dep@2.0.0"])
    );
    assert_eq!(
        lock["npm"]["a@1.0.0"]["dependencies"],
        serde_json::json!(["dep@1.0.0"])
    );

    // The same packages through npm: specifiers, from the cache: each its own version too.
    std::fs::write(
        dir.join("direct.ts"),
        "import { a } from \"npm:a@1\";\nimport { b } from \"npm:b@1\";\nconsole.log(a(), \"/\", b());\n",
    )
    .unwrap();
    assert_eq!(
        ok(x_in(
            dir,
            &cache,
            &registry,
            &["run", "--no-lock", "direct.ts"]
        )),
        "a 1.0.0 sees dep 1.0.0 / b sees dep 2.0.0\n"
    );
}

#[test]
fn an_unreadable_system_certificate_store_is_a_warning_not_a_panic() {
    let project = tempfile::tempdir().unwrap();
    let dir = project.path();
    std::fs::write(
        dir.join("main.ts"),
        "import ms from \"npm:ms@2\";\nconsole.log(ms(\"1m\"));\n",
    )
    .unwrap();
    // A PEM block whose body is not a certificate: reqwest alone refuses such a store.
    let bad = dir.join("certs.pem");
    std::fs::write(
        &bad,
        "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    let output = Command::new(x_specs::x_binary())
        .args(["run", "main.ts"])
        .current_dir(dir)
        .env("X_DIR", dir.join("cache"))
        .env(
            "NPM_CONFIG_REGISTRY",
            format!("http://{}/npm/", x_specs::server::address()),
        )
        .env("SSL_CERT_FILE", &bad)
        .env("SSL_CERT_DIR", dir.join("no-such-dir"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "60000\n");
    let warnings: Vec<_> = stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].contains("bundled Mozilla roots"), "{stderr}");
}
