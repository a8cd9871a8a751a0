//! `x doc --html`: a static site from `deno_doc`'s HTML generator, whose templates,
//! styles and scripts (search included) are embedded in the crate — nothing is fetched.
//! Pages link to each other by relative paths and the search index is a script file, so
//! the site works opened straight from disk (`file://…/index.html`).

use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};
use deno_doc::html::{
    GenerateCtx, GenerateOptions, HrefResolver, UrlResolveKind, UsageComposer, UsageComposerEntry,
    UsageToMd,
};
use deno_doc::ParseOutput;
use indexmap::IndexMap;
use url::Url;

/// How the site is named and where it goes.
pub struct HtmlOptions<'a> {
    /// Shown at the top left of every page.
    pub name: Option<String>,
    /// The folder to write; an earlier site there is replaced.
    pub output: &'a Path,
    /// The module whose symbols the index page lists (the first root when absent and
    /// there is one module).
    pub main_entrypoint: Option<Url>,
}

/// Links between pages are relative; sources link to their file; nothing external.
struct Links;

impl HrefResolver for Links {
    fn resolve_path(&self, current: UrlResolveKind, target: UrlResolveKind) -> String {
        deno_doc::html::href_path_resolve(current, target)
    }

    fn resolve_global_symbol(&self, _symbol: &[String]) -> Option<String> {
        None
    }

    fn resolve_import_href(&self, _symbol: &[String], _src: &str) -> Option<String> {
        None
    }

    fn resolve_source(&self, location: &deno_doc::Location) -> Option<String> {
        location
            .filename
            .starts_with("file:")
            .then(|| location.filename.to_string())
    }

    fn resolve_external_jsdoc_module(
        &self,
        _module: &str,
        _symbol: Option<&str>,
    ) -> Option<(String, String)> {
        None
    }
}

/// One usage example per page: an import from the page's module.
struct Usage;

impl UsageComposer for Usage {
    fn is_single_mode(&self) -> bool {
        true
    }

    fn compose(
        &self,
        current: UrlResolveKind,
        usage_to_md: UsageToMd,
    ) -> IndexMap<UsageComposerEntry, String> {
        current
            .get_file()
            .map(|file| {
                IndexMap::from([(
                    UsageComposerEntry {
                        name: String::new(),
                        icon: None,
                    },
                    usage_to_md(file.path.as_str(), None),
                )])
            })
            .unwrap_or_default()
    }
}

/// Site paths for modules that are not files: deno_doc would use the URL itself as a
/// folder name (`std:/path/mod.ts/…`), and a relative link starting `std:` reads as a URL
/// scheme in a browser. `std:///path/mod.ts` becomes `@std/path/mod.ts` (how it is
/// imported), `https://host/a.ts` becomes `host/a.ts`.
fn rewrite_map(documents: &ParseOutput) -> Option<IndexMap<Url, String>> {
    let map: IndexMap<Url, String> = documents
        .keys()
        .filter(|url| url.scheme() != "file")
        .map(|url| {
            let path = url.path().trim_start_matches('/');
            let name = match (url.scheme(), url.host_str()) {
                ("std", _) => format!("@std/{path}"),
                (_, Some(host)) => format!("{host}/{path}"),
                (scheme, None) => format!("{scheme}/{path}"),
            };
            (url.clone(), name.replace(':', "_"))
        })
        .collect();
    (!map.is_empty()).then_some(map)
}

/// Writes the site for `documents` and returns how many files it wrote.
pub fn write(documents: ParseOutput, options: HtmlOptions) -> Result<usize> {
    let rewrite_map = rewrite_map(&documents);
    let generate = GenerateOptions {
        package_name: options.name,
        main_entrypoint: options.main_entrypoint,
        href_resolver: Arc::new(Links),
        usage_composer: Some(Arc::new(Usage)),
        rewrite_map,
        category_docs: None,
        disable_search: false,
        symbol_redirect_map: None,
        default_symbol_map: None,
        markdown_renderer: deno_doc::html::comrak::create_renderer(None, None, None),
        markdown_stripper: Arc::new(deno_doc::html::comrak::strip),
        head_inject: Some(Arc::new(|root| {
            format!(
                r#"<link href="{root}{}" rel="stylesheet" />"#,
                deno_doc::html::comrak::COMRAK_STYLESHEET_FILENAME
            )
        })),
        id_prefix: None,
        diff_only: false,
        symbol_listing_limit: None,
    };
    let ctx = GenerateCtx::create_basic(generate, documents, None)?;
    let files = deno_doc::html::generate(ctx).context("cannot generate the HTML site")?;
    let dir = options.output;
    if dir.exists() {
        // Replace an earlier site, never a folder holding something else (`--output .`).
        let empty = std::fs::read_dir(dir)
            .with_context(|| format!("cannot read {}", dir.display()))?
            .next()
            .is_none();
        if !empty && !dir.join("index.html").is_file() {
            anyhow::bail!(
                "{} exists and is not an earlier documentation site (no index.html); \
                 choose another --output",
                dir.display()
            );
        }
        std::fs::remove_dir_all(dir)
            .with_context(|| format!("cannot replace {}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let count = files.len();
    for (name, content) in files {
        let path = dir.join(name.trim_start_matches("./"));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, content)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(count)
}
