//! `x install` / `x add`: a project's npm dependencies in `node_modules`, laid out as npm
//! lays them out, so Node's lookup (walk up, first `node_modules/<name>` wins) finds each
//! package's own version: a version goes as high in the tree as it can; a package whose
//! dependency is shadowed by another version on its way up gets its own copy in its
//! `node_modules` (`node_modules/b/node_modules/dep`).
//!
//! Each placed package is a real folder whose files are hard links to the unpacked package
//! in the global cache (a copy across file systems): a symlink would put nested
//! `node_modules` inside the shared cache, and Node's lookup from a file follows its real
//! path. Versions come from the lockfile when it records them ([`NpmLock`]), and what was
//! chosen is written back to it.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};

use crate::{Installed, NpmError, NpmLock, PackageReq, Registry};

/// A package version and the versions its dependencies resolved to.
struct Node {
    installed: Installed,
    dependencies: BTreeMap<String, String>,
}

/// Where a package sits: the names from `node_modules/` down (`["b", "dep"]` is
/// `node_modules/b/node_modules/dep`).
type Location = Vec<String>;

/// The deepest nesting tolerated: a tree deeper than this is a dependency cycle through
/// ever-different versions.
const MAX_DEPTH: usize = 64;

/// Installs `requests` and everything they depend on into `project/node_modules`,
/// following and extending `lock`. Returns each package version installed, in the order
/// it was resolved.
pub async fn install_node_modules(
    registry: &Registry,
    project: &Path,
    requests: Vec<PackageReq>,
    lock: Option<&dyn NpmLock>,
) -> Result<Vec<Installed>, NpmError> {
    let (top, nodes, order) = resolve_tree(registry, requests, lock).await?;
    let placed = layout(&top, &nodes)?;
    let node_modules = project.join("node_modules");
    std::fs::create_dir_all(&node_modules).map_err(|e| io(&node_modules, e))?;
    write_tree(&node_modules, &placed, &nodes)?;
    Ok(order.iter().map(|nv| nodes[nv].installed.clone()).collect())
}

/// The direct dependencies (name → `name@version`), every package version reached, and
/// the order they were reached in.
async fn resolve_tree(
    registry: &Registry,
    requests: Vec<PackageReq>,
    lock: Option<&dyn NpmLock>,
) -> Result<(Vec<(String, String)>, BTreeMap<String, Node>, Vec<String>), NpmError> {
    let mut top: Vec<(String, String)> = Vec::new();
    let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
    let mut order = Vec::new();
    let mut queue: Vec<(Option<String>, PackageReq)> =
        requests.into_iter().map(|r| (None, r)).collect();
    let mut asked = HashSet::new();
    while !queue.is_empty() {
        // One level of the tree at a time, its downloads concurrently.
        let level: Vec<(Option<String>, PackageReq)> = std::mem::take(&mut queue)
            .into_iter()
            .filter(|(parent, req)| asked.insert((parent.clone(), req.to_string())))
            .collect();
        let results = futures::future::join_all(level.iter().map(|(parent, req)| async move {
            let locked = lock.and_then(|l| match parent {
                None => l.specifier_version(&format!("npm:{req}")),
                Some(p) => l.dependency_version(p, req.name.as_str()),
            });
            match locked {
                Some(version) => {
                    registry
                        .install_exact(req.name.as_str(), &version, lock)
                        .await
                }
                None => registry.install_req(req, lock).await,
            }
        }))
        .await;
        for ((parent, req), installed) in level.into_iter().zip(results) {
            let installed = installed?;
            let nv = format!("{}@{}", installed.name, installed.version);
            if let Some(lock) = lock {
                lock.record_package(&nv, &installed.integrity)?;
            }
            match &parent {
                None => {
                    if let Some(lock) = lock {
                        lock.record_specifier(&format!("npm:{req}"), &installed.version)?;
                    }
                    if !top.iter().any(|(name, _)| *name == installed.name) {
                        top.push((installed.name.clone(), nv.clone()));
                    }
                }
                Some(parent) => {
                    if let Some(lock) = lock {
                        lock.record_dependency(parent, &nv)?;
                    }
                    if let Some(node) = nodes.get_mut(parent) {
                        node.dependencies
                            .entry(installed.name.clone())
                            .or_insert_with(|| nv.clone());
                    }
                }
            }
            if nodes.contains_key(&nv) {
                continue;
            }
            let pkg = crate::resolve::read_package_json(&installed.dir).map_err(NpmError::Other)?;
            for field in ["dependencies", "peerDependencies"] {
                if let Some(deps) = pkg.get(field).and_then(|d| d.as_object()) {
                    for name in deps.keys() {
                        if let Some(req) = crate::dependency_req(&installed.dir, name) {
                            queue.push((Some(nv.clone()), req));
                        }
                    }
                }
            }
            order.push(nv.clone());
            nodes.insert(
                nv,
                Node {
                    installed,
                    dependencies: BTreeMap::new(),
                },
            );
        }
    }
    Ok((top, nodes, order))
}

/// Where each package version goes: the direct dependencies at the top; then, parents
/// before children, each dependency is looked up as Node would from its parent's place
/// (own `node_modules`, then each one above): found with the right version, nothing to
/// do; found with another version, a copy in the parent's own `node_modules`; not found,
/// at the top, where every later package can share it.
fn layout(
    top: &[(String, String)],
    nodes: &BTreeMap<String, Node>,
) -> Result<BTreeMap<Location, String>, NpmError> {
    let mut placed: BTreeMap<Location, String> = BTreeMap::new();
    let mut work: VecDeque<Location> = VecDeque::new();
    for (name, nv) in top {
        placed.insert(vec![name.clone()], nv.clone());
        work.push_back(vec![name.clone()]);
    }
    while let Some(location) = work.pop_front() {
        if location.len() > MAX_DEPTH {
            return Err(NpmError::Other(format!(
                "the dependency tree is deeper than {MAX_DEPTH} levels at node_modules/{}; a cycle of packages keeps asking for new versions of each other",
                location.join("/node_modules/")
            )));
        }
        let nv = placed[&location].clone();
        let Some(node) = nodes.get(&nv) else { continue };
        for (dependency, wanted) in &node.dependencies {
            let found = (0..=location.len()).rev().find_map(|depth| {
                let mut candidate = location[..depth].to_vec();
                candidate.push(dependency.clone());
                placed.get(&candidate).map(|have| have == wanted)
            });
            let at = match found {
                Some(true) => continue,
                Some(false) => {
                    let mut at = location.clone();
                    at.push(dependency.clone());
                    at
                }
                None => vec![dependency.clone()],
            };
            placed.insert(at.clone(), wanted.clone());
            work.push_back(at);
        }
    }
    Ok(placed)
}

fn location_path(node_modules: &Path, location: &[String]) -> PathBuf {
    let mut path = node_modules.to_path_buf();
    for (i, name) in location.iter().enumerate() {
        if i > 0 {
            path.push("node_modules");
        }
        path.push(name);
    }
    path
}

/// Makes the folders of `placed` (parents first). A folder already holding the right
/// version is kept, minus nested packages the layout no longer has; anything else there
/// (an older version, a symlink of an earlier x) is replaced.
fn write_tree(
    node_modules: &Path,
    placed: &BTreeMap<Location, String>,
    nodes: &BTreeMap<String, Node>,
) -> Result<(), NpmError> {
    let mut locations: Vec<&Location> = placed.keys().collect();
    locations.sort_by_key(|l| l.len());
    for location in locations {
        let installed = &nodes[&placed[location]].installed;
        let path = location_path(node_modules, location);
        let current = std::fs::symlink_metadata(&path).ok();
        let keep = current.as_ref().is_some_and(|m| m.is_dir())
            && crate::resolve::read_package_json(&path)
                .ok()
                .is_some_and(|pkg| {
                    pkg.get("name").and_then(|n| n.as_str()) == Some(installed.name.as_str())
                        && pkg.get("version").and_then(|v| v.as_str())
                            == Some(installed.version.as_str())
                });
        if keep {
            prune_nested(&path, location, placed)?;
            continue;
        }
        if let Some(meta) = current {
            let removed = if meta.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
            removed.map_err(|e| io(&path, e))?;
        }
        link_tree(&installed.dir, &path).map_err(|e| io(&path, e))?;
    }
    Ok(())
}

/// Removes the packages in `path/node_modules` that `placed` does not put there.
fn prune_nested(
    path: &Path,
    location: &Location,
    placed: &BTreeMap<Location, String>,
) -> Result<(), NpmError> {
    let nested = path.join("node_modules");
    let Ok(entries) = std::fs::read_dir(&nested) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let mut names = Vec::new();
        if name.starts_with('@') {
            for scoped in std::fs::read_dir(entry.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                names.push((
                    format!("{name}/{}", scoped.file_name().to_string_lossy()),
                    scoped.path(),
                ));
            }
        } else if !name.starts_with('.') {
            names.push((name, entry.path()));
        }
        for (name, entry_path) in names {
            let mut at = location.clone();
            at.push(name);
            if !placed.contains_key(&at) {
                let removed = match std::fs::symlink_metadata(&entry_path) {
                    Ok(m) if m.is_dir() => std::fs::remove_dir_all(&entry_path),
                    _ => std::fs::remove_file(&entry_path),
                };
                removed.map_err(|e| io(&entry_path, e))?;
            }
        }
    }
    Ok(())
}

/// Recreates the folder `from` at `to` with hard links to its files (copies where the
/// two are on different file systems), leaving out x's integrity file and any
/// `node_modules` the tarball shipped.
fn link_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if name == crate::registry::INTEGRITY_FILE
            || (name == "node_modules" && from.join("package.json").is_file())
        {
            continue;
        }
        let kind = entry.file_type()?;
        let target = to.join(&name);
        if kind.is_dir() {
            link_tree(&entry.path(), &target)?;
        } else if kind.is_file() && std::fs::hard_link(entry.path(), &target).is_err() {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

fn io(path: &Path, e: std::io::Error) -> NpmError {
    NpmError::Other(format!("cannot write {}: {e}", path.display()))
}

/// The dependencies a project's `package.json` lists (`dependencies`,
/// `devDependencies`, `optionalDependencies`) as package requests.
pub fn package_json_requests(project: &Path) -> Result<Vec<PackageReq>, NpmError> {
    let pkg = crate::resolve::read_package_json(project).map_err(NpmError::Other)?;
    let mut out = Vec::new();
    for field in ["dependencies", "devDependencies", "optionalDependencies"] {
        if let Some(deps) = pkg.get(field).and_then(|d| d.as_object()) {
            for (name, range) in deps {
                let range = range.as_str().unwrap_or("*");
                let text = match range.strip_prefix("npm:") {
                    Some(alias) => alias.to_string(),
                    None => format!("{name}@{}", if range.is_empty() { "*" } else { range }),
                };
                let req = PackageReq::from_str(&text).map_err(|e| {
                    NpmError::Other(format!(
                        "\"{name}\": \"{range}\" in {}/package.json is not a range x understands: {e}",
                        project.display()
                    ))
                })?;
                out.push(req);
            }
        }
    }
    Ok(out)
}

/// Adds `name: range` to the `dependencies` of `project/package.json` (creating it).
pub fn add_to_package_json(project: &Path, name: &str, range: &str) -> Result<(), NpmError> {
    let path = project.join("package.json");
    let mut pkg = crate::resolve::read_package_json(project).map_err(NpmError::Other)?;
    let object = pkg
        .as_object_mut()
        .ok_or_else(|| NpmError::Other(format!("{} is not a JSON object", path.display())))?;
    let deps = object
        .entry("dependencies")
        .or_insert_with(|| serde_json::Value::Object(Default::default()));
    let deps = deps.as_object_mut().ok_or_else(|| {
        NpmError::Other(format!(
            "\"dependencies\" in {} is not an object",
            path.display()
        ))
    })?;
    deps.insert(
        name.to_string(),
        serde_json::Value::String(range.to_string()),
    );
    let mut text =
        serde_json::to_string_pretty(&pkg).map_err(|e| NpmError::Other(e.to_string()))?;
    text.push('\n');
    std::fs::write(&path, text).map_err(|e| io(&path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(nv: &str, deps: &[(&str, &str)]) -> (String, Node) {
        let (name, version) = nv.rsplit_once('@').unwrap();
        (
            nv.to_string(),
            Node {
                installed: Installed {
                    name: name.to_string(),
                    version: version.to_string(),
                    integrity: String::new(),
                    dir: PathBuf::new(),
                },
                dependencies: deps
                    .iter()
                    .map(|(n, v)| (n.to_string(), v.to_string()))
                    .collect(),
            },
        )
    }

    #[test]
    fn conflicting_versions_nest_under_their_parent() {
        let nodes: BTreeMap<_, _> = [
            node("a@1.0.0", &[("dep", "dep@1.0.0")]),
            node("b@1.0.0", &[("dep", "dep@2.0.0"), ("c", "c@1.0.0")]),
            node("c@1.0.0", &[("dep", "dep@2.0.0")]),
            node("dep@1.0.0", &[]),
            node("dep@2.0.0", &[]),
        ]
        .into_iter()
        .collect();
        let top = [
            ("a".to_string(), "a@1.0.0".to_string()),
            ("b".to_string(), "b@1.0.0".to_string()),
        ];
        let placed = layout(&top, &nodes).unwrap();
        let at = |path: &[&str]| {
            placed
                .get(&path.iter().map(|s| s.to_string()).collect::<Vec<_>>())
                .cloned()
        };
        assert_eq!(at(&["dep"]).as_deref(), Some("dep@1.0.0"));
        assert_eq!(at(&["b", "dep"]).as_deref(), Some("dep@2.0.0"));
        // b's c goes to the top, where dep is 1: it gets its own dep@2.
        assert_eq!(at(&["c"]).as_deref(), Some("c@1.0.0"));
        assert_eq!(at(&["c", "dep"]).as_deref(), Some("dep@2.0.0"));
        assert_eq!(placed.len(), 6, "{placed:?}");
    }

    #[test]
    fn package_json_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        add_to_package_json(dir.path(), "hono", "^4.1.0").unwrap();
        add_to_package_json(dir.path(), "@s/p", "1").unwrap();
        let reqs = package_json_requests(dir.path()).unwrap();
        let names: Vec<_> = reqs.iter().map(|r| r.to_string()).collect();
        assert_eq!(names, ["hono@^4.1.0", "@s/p@1"]);
    }
}
