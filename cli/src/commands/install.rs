//! `x install` (package.json's npm dependencies into `node_modules`) and `x add npm:PKG`
//! (one more dependency in package.json, then installed): `x_npm::install` over the same
//! registry and cache as `npm:` imports. The versions chosen go into the lockfile (the
//! config's, else `x.lock` beside package.json), and come from it next time.

use anyhow::{Context, Result};

use crate::args::{AddArgs, GraphFlags, InstallArgs};

fn registry(flags: &GraphFlags) -> Result<x_npm::Registry> {
    Ok(x_npm::Registry::new(
        &x_npm::registry_url(flags.registry.as_deref()),
        &x_graph::default_cache_dir(),
        flags.cached_only,
    )?)
}

/// The lockfile of `x install`: `--lock`, else the config file's, else `x.lock` beside
/// package.json (a project with no config file has one too); none with `--no-lock`.
fn lockfile(flags: &GraphFlags, cwd: &std::path::Path) -> Result<Option<x_graph::Lockfile>> {
    if flags.no_lock {
        return Ok(None);
    }
    let path = match &flags.lock {
        Some(path) => Some(cwd.join(path)),
        None => match crate::factory::config(flags, cwd)? {
            Some(config) => config.lockfile_path(),
            None => Some(cwd.join("x.lock")),
        },
    };
    path.map(|p| x_graph::Lockfile::load(&p, flags.frozen))
        .transpose()
}

async fn install_into_cwd(flags: &GraphFlags, requests: Vec<x_npm::PackageReq>) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    let registry = registry(flags)?;
    let lock = lockfile(flags, &cwd)?;
    let count = requests.len();
    let result = x_npm::install::install_node_modules(
        &registry,
        &cwd,
        requests,
        lock.as_ref().map(|l| l as &dyn x_npm::NpmLock),
    )
    .await;
    // What was chosen before a failure is still worth keeping.
    if let Some(lock) = &lock {
        lock.write_if_changed()?;
    }
    let installed = result?;
    for package in &installed {
        println!("+ {}@{}", package.name, package.version);
    }
    eprintln!(
        "Installed {} package{} ({count} direct) into {}",
        installed.len(),
        if installed.len() == 1 { "" } else { "s" },
        cwd.join("node_modules").display()
    );
    Ok(0)
}

/// `x install`.
pub async fn install(args: InstallArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    if !cwd.join("package.json").is_file() {
        anyhow::bail!(
            "no package.json in {}; add a dependency with `x add npm:PKG`",
            cwd.display()
        );
    }
    let requests = x_npm::install::package_json_requests(&cwd)?;
    install_into_cwd(&args.graph, requests).await
}

/// `x add npm:PKG[@RANGE]…`.
pub async fn add(args: AddArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    let registry = registry(&args.graph)?;
    for text in &args.packages {
        let spec = if text.starts_with("npm:") {
            text.clone()
        } else if text.starts_with("jsr:") || text.contains("://") {
            anyhow::bail!("x add takes npm packages: npm:NAME[@RANGE] (got \"{text}\")");
        } else {
            format!("npm:{text}")
        };
        let (req, _) = x_npm::parse_request(&spec).map_err(anyhow::Error::msg)?;
        let installed = registry.install_req(&req, None).await?;
        // A range the user wrote is kept; otherwise npm's default, ^version.
        let written = req.version_req.version_text();
        let range = if written == "*" || written.is_empty() || req.version_req.tag().is_some() {
            format!("^{}", installed.version)
        } else {
            written.to_string()
        };
        x_npm::install::add_to_package_json(&cwd, &installed.name, &range)?;
        eprintln!("Added {}@{range} to package.json", installed.name);
    }
    let requests = x_npm::install::package_json_requests(&cwd)?;
    install_into_cwd(&args.graph, requests).await
}
