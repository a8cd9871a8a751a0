//! The deployment artifact: one file holding every module of a program's graph already
//! transpiled to JavaScript with its source map, the specifier → module map (redirects
//! included), the imports that an import map or std name resolved, and the entry point —
//! remote and std modules too, so the platform never fetches or parses TypeScript at cold
//! start.
//!
//! The container is eszip v2 (the format Deno Deploy uses), built from the graph's own
//! parses through its capturing parser: nothing is parsed again. Our manifest (entry,
//! format version) rides in it as opaque data under [`MANIFEST_KEY`].
//!
//! Clients: `x deploy` (writes), the platform's hypervisor (reads).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use url::Url;
use x_graph::Graph;

/// Where the manifest lives inside the eszip.
pub const MANIFEST_KEY: &str = "x:manifest";

/// The original text of a CommonJS module (what `require()` runs) is stored under this
/// prefix + the module's key; the module itself is its ES facade.
pub const CJS_SOURCE_PREFIX: &str = "x:cjs:";

/// The `format` of a platform deployment manifest whose one module blob is an artifact
/// made by [`build`]: the module is listed under the entry's specifier, and the
/// hypervisor reads the blob with [`Bundle::load`]. Written by `x deploy`.
pub const PLATFORM_FORMAT: &str = "x-eszip-1";

/// What the artifact says about itself.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Manifest {
    /// The format of this artifact, for readers to refuse what they do not know.
    pub format: u32,
    /// The module the program starts from.
    pub entry: String,
    /// How imports resolved where plain URL resolution against the importing module gives
    /// something else (import-map entries, std names): importing module → (specifier as
    /// written → module). [`Bundle::resolve`] reads it; the config file that made it is
    /// not needed at run time.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub resolutions: BTreeMap<String, BTreeMap<String, String>>,
}

/// Where the program's local files appear inside an artifact, whatever folder they were
/// deployed from: `file:///src/` + their path relative to the deepest folder holding all of
/// them. The same program therefore makes the same bytes on any machine, and no
/// developer's paths reach the platform (or tenants' stack traces).
pub const VIRTUAL_ROOT: &str = "file:///src/";

/// Where the files of npm packages from the global cache appear inside an artifact:
/// `file:///npm/<name>@<version>/<path in the package>`, so neither the deployer's cache
/// folder nor the registry's host reaches the platform, and the same packages make the
/// same names on every machine. (Packages in the project's `node_modules` are local files,
/// under [`VIRTUAL_ROOT`].) Still `file:` URLs, so `import.meta.url`, `__filename` and
/// relative imports inside a package behave as they did under `x run`.
pub const NPM_ROOT: &str = "file:///npm/";

/// An artifact and its manifest.
#[derive(Debug, Clone)]
pub struct Built {
    pub bytes: Vec<u8>,
    pub manifest: Manifest,
}

/// Builds the artifact of the program whose graph is `graph`, starting at `entry`. The
/// graph must already hold `entry` and everything it imports (see `Graph::add_roots`).
pub fn build(graph: &Graph, entry: &Url) -> Result<Built> {
    let module_graph = (*graph.module_graph()).clone();
    let entry = module_graph.resolve(entry).clone();
    let npm_name = |url: &Url| npm_name(graph, url);
    let root = local_root(&module_graph, |url| npm_name(url).is_some());
    let rebase = |url: &str| match Url::parse(url).ok().as_ref().and_then(npm_name) {
        Some(name) => name,
        None => rebase(url, root.as_ref()),
    };
    let resolutions = resolutions(&module_graph)
        .into_iter()
        .map(|(referrer, map)| {
            let map = map.into_iter().map(|(k, v)| (k, rebase(&v))).collect();
            (rebase(&referrer), map)
        })
        .collect();
    let eszip = graph.with_capturing_parser(|parser| {
        eszip::v2::EszipV2::from_graph(eszip::v2::FromGraphOptions {
            graph: module_graph,
            parser,
            module_kind_resolver: Default::default(),
            transpile_options: Default::default(),
            emit_options: Default::default(),
            // Local files are stored under paths relative to `root` (source maps too);
            // `Bundle::load` puts them under VIRTUAL_ROOT.
            relative_file_base: root.as_ref().map(eszip::v2::EszipRelativeFileBaseUrl::new),
            npm_packages: None,
            npm_snapshot: Default::default(),
        })
    })?;
    let mut eszip = rename_npm_modules(eszip, |key| {
        let url = match (Url::parse(key), root.as_ref()) {
            (Ok(url), _) => url,
            (Err(_), Some(root)) => root.join(key).ok()?,
            (Err(_), None) => return None,
        };
        npm_name(&url)
    });
    // CommonJS modules of npm packages: the engine loads the graph's ES facade, and
    // `require()` runs the original text, kept beside it as opaque data.
    for module in graph.module_graph().modules() {
        let deno_graph::Module::Js(js) = module else {
            continue;
        };
        let Ok(x_graph::RequireSource::CommonJs(original)) = graph.require_source(&js.specifier)
        else {
            continue;
        };
        let x_graph::Emitted::JavaScript { code, .. } = &*graph.emit(&js.specifier)? else {
            continue;
        };
        // The facade replaces the module under the name it has in the artifact.
        let key = match npm_name(&js.specifier) {
            Some(name) => name,
            None => match root.as_ref().and_then(|r| r.make_relative(&js.specifier)) {
                Some(relative) if !relative.starts_with("../") => relative,
                _ => js.specifier.to_string(),
            },
        };
        eszip.add_to_front(
            eszip::ModuleKind::JavaScript,
            key.clone(),
            code.as_bytes().to_vec(),
            Vec::new(),
        );
        eszip.add_opaque_data(
            format!("{CJS_SOURCE_PREFIX}{key}"),
            Arc::from(original.into_bytes()),
        );
    }
    let manifest = Manifest {
        format: 1,
        entry: rebase(entry.as_str()),
        resolutions,
    };
    eszip.add_opaque_data(
        MANIFEST_KEY.to_string(),
        Arc::from(serde_json::to_vec(&manifest)?),
    );
    Ok(Built {
        bytes: eszip.into_bytes(),
        manifest,
    })
}

/// The artifact's name for `url` if it is a file of an npm package in the global cache
/// (see [`NPM_ROOT`]).
fn npm_name(graph: &Graph, url: &Url) -> Option<String> {
    let (dir, name, version) = graph.cached_npm_package_of(url)?;
    let path = url.to_file_path().ok()?;
    let inner: Vec<String> = path
        .strip_prefix(&dir)
        .ok()?
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let name = Url::parse(NPM_ROOT)
        .ok()?
        .join(&format!("{name}@{version}/{}", inner.join("/")))
        .ok()?;
    Some(name.to_string())
}

/// `eszip` with the modules `rename` gives a new name stored under it. eszip names
/// modules from the graph's specifiers and offers no renaming, so the artifact is put
/// together again; a redirect becomes a copy of its target under its own name (what
/// [`Bundle::load`] makes of it anyway), except the graph's `x-npm:` package requests,
/// which the manifest's resolutions already answer.
fn rename_npm_modules(
    eszip: eszip::v2::EszipV2,
    rename: impl Fn(&str) -> Option<String>,
) -> eszip::v2::EszipV2 {
    let keys = eszip.specifiers();
    if !keys.iter().any(|key| rename(key).is_some()) {
        return eszip;
    }
    let mut out = eszip::v2::EszipV2::default();
    let mut opaque = Vec::new();
    // `add_to_front` prepends: walking backwards keeps the original order.
    for key in keys.iter().rev() {
        if key.starts_with(&format!("{}:", x_npm::REQUEST_SCHEME)) {
            continue;
        }
        let Some(module) = eszip.get_module(key).or_else(|| eszip.get_import_map(key)) else {
            continue;
        };
        // The sources of a built eszip are in memory: these futures are ready.
        let source = futures::executor::block_on(module.source()).unwrap_or_default();
        let name = rename(key).unwrap_or_else(|| key.clone());
        if module.kind == eszip::ModuleKind::OpaqueData {
            opaque.push((name, source));
            continue;
        }
        let map = futures::executor::block_on(module.source_map()).unwrap_or_default();
        out.add_to_front(module.kind, name, source, map);
    }
    for (name, data) in opaque.into_iter().rev() {
        out.add_opaque_data(name, data);
    }
    out
}

/// The deepest folder holding every local (`file:`) module of the graph, leaving out
/// those `skip` names (npm packages in the global cache).
fn local_root(graph: &deno_graph::ModuleGraph, skip: impl Fn(&Url) -> bool) -> Option<Url> {
    let mut root: Option<Url> = None;
    for module in graph.modules() {
        let specifier = module.specifier();
        if specifier.scheme() != "file" || skip(specifier) {
            continue;
        }
        let folder = specifier.join("./").ok()?;
        root = Some(match root {
            None => folder,
            Some(root) => {
                let mut common = root;
                while !folder.as_str().starts_with(common.as_str()) {
                    let parent = common.join("../").ok()?;
                    if parent == common {
                        break;
                    }
                    common = parent;
                }
                common
            }
        });
    }
    root
}

/// `url` under [`VIRTUAL_ROOT`] if it is a local file below `root`; unchanged otherwise.
fn rebase(url: &str, root: Option<&Url>) -> String {
    let (Some(root), Ok(parsed)) = (root, Url::parse(url)) else {
        return url.to_owned();
    };
    if parsed.scheme() != "file" {
        return url.to_owned();
    }
    match root.make_relative(&parsed) {
        Some(relative) if !relative.starts_with("../") => format!("{VIRTUAL_ROOT}{relative}"),
        _ => url.to_owned(),
    }
}

/// The resolutions of the graph's static and dynamic imports that URL resolution alone
/// would not reproduce.
fn resolutions(graph: &deno_graph::ModuleGraph) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut all = BTreeMap::new();
    for module in graph.modules() {
        let deno_graph::Module::Js(js) = module else {
            continue;
        };
        let mut of_module = BTreeMap::new();
        for (written, dependency) in &js.dependencies {
            let Some(resolved) = dependency.maybe_code.maybe_specifier() else {
                continue;
            };
            // An npm package request is a redirect to a file: record the file.
            let resolved = graph.resolve(resolved);
            if js.specifier.join(written).ok().as_ref() != Some(resolved) {
                of_module.insert(written.clone(), resolved.to_string());
            }
        }
        if !of_module.is_empty() {
            all.insert(js.specifier.to_string(), of_module);
        }
    }
    all
}

/// One module read back from an artifact.
#[derive(Debug, Clone)]
pub struct BundledModule {
    pub kind: ModuleKind,
    pub code: Arc<[u8]>,
    pub source_map: Option<Arc<[u8]>>,
}

/// The kinds of module an artifact holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModuleKind {
    JavaScript,
    Json,
}

/// An artifact read into memory: everything needed to boot the program.
#[derive(Debug, Clone)]
pub struct Bundle {
    pub manifest: Manifest,
    modules: HashMap<String, BundledModule>,
    /// CommonJS modules' original text, by specifier (for `require()`).
    cjs_sources: HashMap<String, Arc<[u8]>>,
}

impl Bundle {
    /// Reads an artifact from its bytes.
    pub async fn load(bytes: Vec<u8>) -> Result<Bundle> {
        let (eszip, rest) = eszip::Eszip::parse(futures::io::Cursor::new(bytes))
            .await
            .context("the artifact is not a valid eszip")?;
        rest.await.context("the artifact is truncated or corrupt")?;
        let manifest_module = eszip
            .get_module(MANIFEST_KEY)
            .context("the artifact has no x manifest; was it made by `x deploy`?")?;
        let manifest_bytes = manifest_module
            .source()
            .await
            .context("the manifest is empty")?;
        let manifest: Manifest =
            serde_json::from_slice(&manifest_bytes).context("the manifest is not valid JSON")?;
        if manifest.format != 1 {
            anyhow::bail!(
                "artifact format {} is newer than this x understands (1)",
                manifest.format
            );
        }
        let mut modules = HashMap::new();
        let mut cjs_sources = HashMap::new();
        for (specifier, module) in eszip {
            if let Some(key) = specifier.strip_prefix(CJS_SOURCE_PREFIX) {
                let text = module.source().await.unwrap_or_default();
                let key = if Url::parse(key).is_ok() {
                    key.to_string()
                } else {
                    format!("{VIRTUAL_ROOT}{key}")
                };
                cjs_sources.insert(key, text);
                continue;
            }
            let kind = match module.kind {
                eszip::ModuleKind::JavaScript => ModuleKind::JavaScript,
                eszip::ModuleKind::Json | eszip::ModuleKind::Jsonc => ModuleKind::Json,
                _ => continue,
            };
            let code = module
                .source()
                .await
                .with_context(|| format!("{specifier} has no code"))?;
            let source_map = module.source_map().await.filter(|map| !map.is_empty());
            // Local files are stored relative to the program's root (see `build`).
            let specifier = if Url::parse(&specifier).is_ok() {
                specifier
            } else {
                format!("{VIRTUAL_ROOT}{specifier}")
            };
            modules.insert(
                specifier,
                BundledModule {
                    kind,
                    code,
                    source_map,
                },
            );
        }
        Ok(Bundle {
            manifest,
            modules,
            cjs_sources,
        })
    }

    /// A bundle of modules that are already JavaScript or JSON (a deployment made of
    /// plain modules rather than one artifact).
    pub fn from_modules(entry: String, modules: HashMap<String, BundledModule>) -> Bundle {
        Bundle {
            manifest: Manifest {
                format: 1,
                entry,
                resolutions: Default::default(),
            },
            modules,
            cjs_sources: HashMap::new(),
        }
    }

    /// The original text of the CommonJS module `specifier`, if it is one.
    pub fn cjs_source(&self, specifier: &str) -> Option<&Arc<[u8]>> {
        self.cjs_sources.get(specifier)
    }

    /// The module known by `specifier` (after redirects), if the artifact has it.
    pub fn module(&self, specifier: &str) -> Option<&BundledModule> {
        self.modules.get(specifier)
    }

    /// What `specifier`, imported by the module `referrer`, names: the recorded resolution
    /// (import map, std names) if there is one, else URL resolution against `referrer`.
    /// The result may be a redirect's source; [`Bundle::module`] follows redirects.
    pub fn resolve(&self, specifier: &str, referrer: &str) -> Result<String> {
        if let Some(resolved) = self
            .manifest
            .resolutions
            .get(referrer)
            .and_then(|m| m.get(specifier))
        {
            return Ok(resolved.clone());
        }
        let referrer =
            Url::parse(referrer).with_context(|| format!("invalid referrer {referrer}"))?;
        Ok(referrer
            .join(specifier)
            .with_context(|| format!("cannot resolve {specifier:?} from {referrer}"))?
            .to_string())
    }

    /// Every specifier in the artifact.
    pub fn specifiers(&self) -> impl Iterator<Item = &str> {
        self.modules.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufRead, BufReader, Write};
    use std::path::Path;
    use x_graph::{GraphOptions, ParseMode, RemotePolicy};

    fn graph(dir: &Path, remote: RemotePolicy) -> Graph {
        Graph::new(GraphOptions {
            cache_dir: dir.join("cache"),
            config: None,
            remote,
            lockfile: None,
            frozen_lockfile: false,
            parse_mode: ParseMode::Execute,
            npm_registry: None,
        })
        .unwrap()
    }

    /// Builds from `dir/name`; returns the entry's specifier inside the artifact and the bytes.
    async fn build_file(dir: &Path, name: &str) -> (String, Vec<u8>) {
        let graph = graph(dir, RemotePolicy::UseCache);
        let entry = Url::from_file_path(dir.join(name)).unwrap();
        graph.add_roots(vec![entry.clone()], false).await.unwrap();
        let built = build(&graph, &entry).unwrap();
        (built.manifest.entry, built.bytes)
    }

    /// A local file's specifier inside an artifact.
    fn src(path: &str) -> String {
        format!("{VIRTUAL_ROOT}{path}")
    }

    /// Serves `/mod.ts` and a redirect `/old.ts` → `/mod.ts` on 127.0.0.1.
    fn serve_remote() -> std::net::SocketAddr {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut line = String::new();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                reader.read_line(&mut line).unwrap();
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).unwrap() == 0 || header == "\r\n" {
                        break;
                    }
                }
                let path = line.split(' ').nth(1).unwrap_or("/").to_owned();
                let response = match path.as_str() {
                    "/mod.ts" => {
                        let body = "export const remote: string = 'remote';\n";
                        format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: application/typescript\r\n\
                             content-length: {}\r\nconnection: close\r\n\r\n{body}",
                            body.len()
                        )
                    }
                    "/old.ts" => "HTTP/1.1 301 Moved\r\nlocation: /mod.ts\r\n\
                                  content-length: 0\r\nconnection: close\r\n\r\n"
                        .to_owned(),
                    _ => "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                        .to_owned(),
                };
                let _ = stream.write_all(response.as_bytes());
            }
        });
        addr
    }

    #[tokio::test(flavor = "current_thread")]
    async fn round_trips_a_typescript_program() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("main.ts"),
            "import { n } from './lib.ts';\nconsole.log(n satisfies number);\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("lib.ts"), "export const n: number = 1;\n").unwrap();
        let graph = graph(dir.path(), RemotePolicy::CachedOnly);
        let entry = Url::from_file_path(dir.path().join("main.ts")).unwrap();
        graph.add_roots(vec![entry.clone()], false).await.unwrap();
        let bytes = build(&graph, &entry).unwrap().bytes;
        // Built from the graph's parse: nothing was parsed twice.
        assert!(graph
            .parse_stats()
            .all()
            .iter()
            .all(|(_, count)| *count == 1));

        let bundle = Bundle::load(bytes).await.unwrap();
        assert_eq!(bundle.manifest.entry, src("main.ts"));
        assert_eq!(bundle.manifest.format, 1);
        let main = bundle.module(&src("main.ts")).unwrap();
        assert_eq!(main.kind, ModuleKind::JavaScript);
        let code = std::str::from_utf8(&main.code).unwrap();
        assert!(code.contains("console.log(n)"), "{code}");
        assert!(!code.contains("satisfies"));
        let map: serde_json::Value =
            serde_json::from_slice(main.source_map.as_ref().unwrap()).unwrap();
        assert_eq!(map["version"], 3, "{map}");
        // No path of the machine it was built on is inside.
        let text = String::from_utf8_lossy(main.source_map.as_ref().unwrap()).into_owned();
        assert!(!text.contains(dir.path().to_str().unwrap()), "{text}");
        assert!(bundle.module(&src("lib.ts")).is_some());
        // The manifest is not a module.
        assert!(bundle.module(MANIFEST_KEY).is_none());
        let mut specifiers: Vec<&str> = bundle.specifiers().collect();
        specifiers.sort();
        assert_eq!(specifiers, [src("lib.ts"), src("main.ts")]);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn holds_json_jsx_and_plain_javascript() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("main.ts"),
            "import data from './data.json' with { type: 'json' };\n\
             import { el } from './view.jsx';\nimport { js } from './plain.js';\n\
             console.log(data.a, el, js);\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("data.json"), "{\"a\": 1}").unwrap();
        std::fs::write(
            dir.path().join("view.jsx"),
            "/** @jsxRuntime classic */\nconst React = { createElement: (...a) => a };\n\
             export const el = <b>hi</b>;\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("plain.js"), "export const js = 1;\n").unwrap();
        let (entry, bytes) = build_file(dir.path(), "main.ts").await;
        let bundle = Bundle::load(bytes).await.unwrap();
        let json = bundle.module(&src("data.json")).unwrap();
        assert_eq!(json.kind, ModuleKind::Json);
        assert_eq!(&*json.code, b"{\"a\": 1}");
        let jsx = std::str::from_utf8(&bundle.module(&src("view.jsx")).unwrap().code).unwrap();
        assert!(jsx.contains("React.createElement(\"b\""), "{jsx}");
        let plain = bundle.module(&src("plain.js")).unwrap();
        assert_eq!(&*plain.code, b"export const js = 1;\n");
        assert!(bundle.module(&entry).is_some());
    }

    #[tokio::test(flavor = "current_thread")]
    async fn the_same_program_makes_the_same_bytes() {
        // `x deploy` names the artifact by its hash: an unchanged program must upload nothing.
        let dir = tempfile::tempdir().unwrap();
        for i in 0..20 {
            let next = if i < 19 {
                format!("export * from './m{}.ts';\n", i + 1)
            } else {
                String::new()
            };
            std::fs::write(
                dir.path().join(format!("m{i}.ts")),
                format!("{next}export const v{i}: number = {i};\n"),
            )
            .unwrap();
        }
        let (_, first) = build_file(dir.path(), "m0.ts").await;
        let (_, second) = build_file(dir.path(), "m0.ts").await;
        assert_eq!(first, second);
        // From another folder (another machine, another CI checkout): the same bytes.
        let elsewhere = tempfile::tempdir().unwrap();
        let moved = elsewhere.path().join("some/deeper/checkout");
        std::fs::create_dir_all(&moved).unwrap();
        for i in 0..20 {
            let name = format!("m{i}.ts");
            std::fs::copy(dir.path().join(&name), moved.join(&name)).unwrap();
        }
        let (_, third) = build_file(&moved, "m0.ts").await;
        assert_eq!(first, third);
        let bundle = Bundle::load(first).await.unwrap();
        assert_eq!(bundle.specifiers().count(), 20);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn remote_modules_and_redirects_are_inside() {
        let addr = serve_remote();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("main.ts"),
            format!("import {{ remote }} from 'http://{addr}/old.ts';\nconsole.log(remote);\n"),
        )
        .unwrap();
        let (_, bytes) = build_file(dir.path(), "main.ts").await;
        let bundle = Bundle::load(bytes).await.unwrap();
        let target = bundle.module(&format!("http://{addr}/mod.ts")).unwrap();
        let code = std::str::from_utf8(&target.code).unwrap();
        assert!(code.contains("export const remote = 'remote'"), "{code}");
        // The redirect's source resolves to the same module.
        let old = bundle.module(&format!("http://{addr}/old.ts")).unwrap();
        assert_eq!(old.code, target.code);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn the_entry_is_recorded_after_redirects() {
        let addr = serve_remote();
        let dir = tempfile::tempdir().unwrap();
        let graph = graph(dir.path(), RemotePolicy::UseCache);
        let entry = Url::parse(&format!("http://{addr}/old.ts")).unwrap();
        graph.add_roots(vec![entry.clone()], false).await.unwrap();
        let bundle = Bundle::load(build(&graph, &entry).unwrap().bytes)
            .await
            .unwrap();
        assert_eq!(bundle.manifest.entry, format!("http://{addr}/mod.ts"));
    }

    #[tokio::test(flavor = "current_thread")]
    async fn std_data_and_dynamic_imports_are_inside() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("main.ts"),
            "import { parseArgs } from 'std:cli/parse-args';\n\
             import d from 'data:application/javascript,export default 7';\n\
             const lazy = await import('./lazy.ts');\n\
             console.log(parseArgs, d, lazy.x);\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("lazy.ts"), "export const x: number = 1;\n").unwrap();
        let (_, bytes) = build_file(dir.path(), "main.ts").await;
        let bundle = Bundle::load(bytes).await.unwrap();
        let specifiers: Vec<&str> = bundle.specifiers().collect();
        assert!(
            specifiers
                .iter()
                .any(|s| s.contains("cli/parse_args") || s.contains("cli/parse-args")),
            "{specifiers:?}"
        );
        assert!(
            specifiers.iter().any(|s| s.starts_with("data:")),
            "{specifiers:?}"
        );
        assert!(bundle.module(&src("lazy.ts")).is_some(), "{specifiers:?}");
    }

    #[tokio::test(flavor = "current_thread")]
    async fn import_map_and_std_resolutions_travel_in_the_manifest() {
        let dir = tempfile::tempdir().unwrap();
        let config_path = dir.path().join("x.json");
        std::fs::write(
            &config_path,
            r#"{ "imports": { "lib/": "./vendor/lib/" } }"#,
        )
        .unwrap();
        std::fs::create_dir_all(dir.path().join("vendor/lib")).unwrap();
        std::fs::write(dir.path().join("vendor/lib/a.ts"), "export const a = 1;\n").unwrap();
        std::fs::write(dir.path().join("b.ts"), "export const b = 2;\n").unwrap();
        std::fs::write(
            dir.path().join("main.ts"),
            "import { a } from 'lib/a.ts';\nimport { b } from './b.ts';\n\
             import { parseArgs } from 'std:cli/parse-args';\nconsole.log(a, b, parseArgs);\n",
        )
        .unwrap();
        let graph = Graph::new(GraphOptions {
            cache_dir: dir.path().join("cache"),
            config: Some(x_config::ConfigFile::read(&config_path).unwrap()),
            remote: RemotePolicy::CachedOnly,
            lockfile: None,
            frozen_lockfile: false,
            parse_mode: ParseMode::Execute,
            npm_registry: None,
        })
        .unwrap();
        let entry = Url::from_file_path(dir.path().join("main.ts")).unwrap();
        graph.add_roots(vec![entry.clone()], false).await.unwrap();
        let bundle = Bundle::load(build(&graph, &entry).unwrap().bytes)
            .await
            .unwrap();
        let main = &src("main.ts");
        assert_eq!(
            bundle.resolve("lib/a.ts", main).unwrap(),
            src("vendor/lib/a.ts")
        );
        assert!(bundle
            .module(&bundle.resolve("lib/a.ts", main).unwrap())
            .is_some());
        // Relative imports resolve by URL and are not recorded.
        assert_eq!(bundle.resolve("./b.ts", main).unwrap(), src("b.ts"));
        let recorded = &bundle.manifest.resolutions[main];
        assert!(!recorded.contains_key("./b.ts"), "{recorded:?}");
        let std = bundle.resolve("std:cli/parse-args", main).unwrap();
        assert!(bundle.module(&std).is_some(), "{std} in {recorded:?}");
    }

    #[tokio::test(flavor = "current_thread")]
    async fn the_root_is_the_folder_holding_every_local_module() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("app")).unwrap();
        std::fs::create_dir_all(dir.path().join("shared")).unwrap();
        std::fs::write(
            dir.path().join("app/main.ts"),
            "import { x } from '../shared/x.ts';\nconsole.log(x);\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("shared/x.ts"), "export const x = 1;\n").unwrap();
        let (entry, bytes) = build_file(&dir.path().join("app"), "main.ts").await;
        assert_eq!(entry, src("app/main.ts"));
        let bundle = Bundle::load(bytes).await.unwrap();
        let x = bundle.resolve("../shared/x.ts", &entry).unwrap();
        assert_eq!(x, src("shared/x.ts"));
        assert!(bundle.module(&x).is_some());
    }

    #[tokio::test(flavor = "current_thread")]
    async fn refuses_bytes_that_are_not_an_artifact() {
        assert!(Bundle::load(b"not an eszip at all".to_vec()).await.is_err());
    }

    #[tokio::test(flavor = "current_thread")]
    async fn refuses_a_truncated_or_damaged_artifact() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("main.ts"), "console.log('hello');\n").unwrap();
        let (_, bytes) = build_file(dir.path(), "main.ts").await;
        let truncated = bytes[..bytes.len() - 10].to_vec();
        assert!(Bundle::load(truncated).await.is_err());
        let mut damaged = bytes.clone();
        let at = damaged.len() / 2;
        damaged[at] ^= 0xff;
        assert!(Bundle::load(damaged).await.is_err());
    }

    #[tokio::test(flavor = "current_thread")]
    async fn refuses_an_eszip_without_our_manifest() {
        let eszip = eszip::v2::EszipV2::default();
        let error = Bundle::load(eszip.into_bytes()).await.unwrap_err();
        assert!(error.to_string().contains("no x manifest"), "{error:#}");
    }
}
