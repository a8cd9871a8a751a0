//! `x install` / `x add`: a project's npm dependencies in `node_modules`, as symlinks to
//! the unpacked packages in the global cache (one copy per version on the machine), with
//! their own dependencies beside them (a flat tree: the first version placed of a name
//! wins; a package needing another version of it resolves it from the cache by its
//! `package.json` instead).

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use crate::{Installed, NpmError, PackageReq, Registry};

/// Installs `requests` and everything they depend on into `project/node_modules`.
/// Returns what was placed there, in the order it was placed.
pub async fn install_node_modules(
    registry: &Registry,
    project: &Path,
    requests: Vec<PackageReq>,
) -> Result<Vec<Installed>, NpmError> {
    let node_modules = project.join("node_modules");
    std::fs::create_dir_all(&node_modules).map_err(|e| io(&node_modules, e))?;
    let mut placed: BTreeMap<String, Installed> = BTreeMap::new();
    let mut order = Vec::new();
    let mut queue = requests;
    let mut seen = HashSet::new();
    while !queue.is_empty() {
        // One level of the tree at a time, its downloads concurrently.
        let level: Vec<PackageReq> = std::mem::take(&mut queue)
            .into_iter()
            .filter(|r| !placed.contains_key(r.name.as_str()) && seen.insert(r.to_string()))
            .collect();
        let results =
            futures::future::join_all(level.iter().map(|req| registry.install_req(req))).await;
        for installed in results {
            let installed = installed?;
            if placed.contains_key(&installed.name) {
                continue;
            }
            link(&node_modules, &installed)?;
            let pkg = crate::resolve::read_package_json(&installed.dir).map_err(NpmError::Other)?;
            for field in ["dependencies", "peerDependencies"] {
                if let Some(deps) = pkg.get(field).and_then(|d| d.as_object()) {
                    for name in deps.keys() {
                        if let Some(req) = crate::dependency_req(&installed.dir, name) {
                            queue.push(req);
                        }
                    }
                }
            }
            order.push(installed.clone());
            placed.insert(installed.name.clone(), installed);
        }
    }
    Ok(order)
}

/// `node_modules/<name>` → the package's folder in the cache (replacing an older link).
fn link(node_modules: &Path, installed: &Installed) -> Result<(), NpmError> {
    let path = node_modules.join(&installed.name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
    }
    if let Ok(meta) = std::fs::symlink_metadata(&path) {
        let removed = if meta.file_type().is_symlink() || meta.is_file() {
            std::fs::remove_file(&path)
        } else {
            std::fs::remove_dir_all(&path)
        };
        removed.map_err(|e| io(&path, e))?;
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink(&installed.dir, &path).map_err(|e| io(&path, e))?;
    #[cfg(not(unix))]
    return Err(NpmError::Other(
        "node_modules links need a Unix system".into(),
    ));
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
