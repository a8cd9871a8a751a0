//! The deployment artifact: one file holding every module of a program's graph already
//! transpiled to JavaScript with its source map, the specifier → module map (redirects
//! included), and the entry point — remote and std modules too, so the platform never
//! fetches or parses TypeScript at cold start.
//!
//! The container is eszip v2 (the format Deno Deploy uses), built from the graph's own
//! parses through its capturing parser: nothing is parsed again. Our manifest (entry,
//! format version) rides in it as opaque data under [`MANIFEST_KEY`].
//!
//! Clients: `x deploy` (writes), the platform's hypervisor (reads).

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use url::Url;
use x_graph::Graph;

/// Where the manifest lives inside the eszip.
pub const MANIFEST_KEY: &str = "x:manifest";

/// What the artifact says about itself.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Manifest {
    /// The format of this artifact, for readers to refuse what they do not know.
    pub format: u32,
    /// The module the program starts from.
    pub entry: String,
}

/// Builds the artifact of the program whose graph is `graph`, starting at `entry`. The
/// graph must already hold `entry` and everything it imports (see `Graph::add_roots`).
pub fn build(graph: &Graph, entry: &Url) -> Result<Vec<u8>> {
    let module_graph = (*graph.module_graph()).clone();
    let entry = module_graph.resolve(entry).clone();
    let mut eszip = graph.with_capturing_parser(|parser| {
        eszip::v2::EszipV2::from_graph(eszip::v2::FromGraphOptions {
            graph: module_graph,
            parser,
            module_kind_resolver: Default::default(),
            transpile_options: Default::default(),
            emit_options: Default::default(),
            relative_file_base: None,
            npm_packages: None,
            npm_snapshot: Default::default(),
        })
    })?;
    let manifest = Manifest {
        format: 1,
        entry: entry.to_string(),
    };
    eszip.add_opaque_data(
        MANIFEST_KEY.to_string(),
        Arc::from(serde_json::to_vec(&manifest)?),
    );
    Ok(eszip.into_bytes())
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
        for (specifier, module) in eszip {
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
            modules.insert(
                specifier,
                BundledModule {
                    kind,
                    code,
                    source_map,
                },
            );
        }
        Ok(Bundle { manifest, modules })
    }

    /// A bundle of modules that are already JavaScript or JSON (a deployment made of
    /// plain modules rather than one artifact).
    pub fn from_modules(entry: String, modules: HashMap<String, BundledModule>) -> Bundle {
        Bundle {
            manifest: Manifest { format: 1, entry },
            modules,
        }
    }

    /// The module known by `specifier` (after redirects), if the artifact has it.
    pub fn module(&self, specifier: &str) -> Option<&BundledModule> {
        self.modules.get(specifier)
    }

    /// Every specifier in the artifact.
    pub fn specifiers(&self) -> impl Iterator<Item = &str> {
        self.modules.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use x_graph::{GraphOptions, ParseMode, RemotePolicy};

    #[tokio::test(flavor = "current_thread")]
    async fn round_trips_a_typescript_program() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("main.ts"),
            "import { n } from './lib.ts';\nconsole.log(n satisfies number);\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("lib.ts"), "export const n: number = 1;\n").unwrap();
        std::fs::write(dir.path().join("data.json"), "{\"a\": 1}").unwrap();
        let graph = Graph::new(GraphOptions {
            cache_dir: dir.path().join("cache"),
            config: None,
            remote: RemotePolicy::CachedOnly,
            lockfile: None,
            frozen_lockfile: false,
            parse_mode: ParseMode::Execute,
        })
        .unwrap();
        let entry = Url::from_file_path(dir.path().join("main.ts")).unwrap();
        graph.add_roots(vec![entry.clone()], false).await.unwrap();
        let bytes = build(&graph, &entry).unwrap();
        // Built from the graph's parse: nothing was parsed twice.
        assert!(graph
            .parse_stats()
            .all()
            .iter()
            .all(|(_, count)| *count == 1));

        let bundle = Bundle::load(bytes).await.unwrap();
        assert_eq!(bundle.manifest.entry, entry.to_string());
        let main = bundle.module(entry.as_str()).unwrap();
        let code = std::str::from_utf8(&main.code).unwrap();
        assert!(code.contains("console.log(n)"), "{code}");
        assert!(!code.contains("satisfies"));
        assert!(main.source_map.is_some());
        let lib = Url::from_file_path(dir.path().join("lib.ts")).unwrap();
        assert!(bundle.module(lib.as_str()).is_some());
    }

    #[tokio::test(flavor = "current_thread")]
    async fn refuses_bytes_that_are_not_an_artifact() {
        assert!(Bundle::load(b"not an eszip at all".to_vec()).await.is_err());
    }
}
