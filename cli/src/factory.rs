//! Builds what commands share — the configuration and the module graph — from the flags,
//! once per process.

use std::path::Path;

use anyhow::Result;
use x_config::ConfigFile;
use x_graph::deno_graph::GraphKind;
use x_graph::{Documents, Graph, GraphOptions, ParseMode, RemotePolicy};

use crate::args::GraphFlags;

/// Finds the configuration file the flags ask for.
pub fn config(flags: &GraphFlags, cwd: &Path) -> Result<Option<ConfigFile>> {
    if flags.no_config {
        return Ok(None);
    }
    match &flags.config {
        Some(path) => ConfigFile::read(path).map(Some),
        None => ConfigFile::discover(cwd),
    }
}

/// An empty graph configured by the flags and the configuration file.
pub fn graph(flags: &GraphFlags, cwd: &Path, parse_mode: ParseMode) -> Result<Graph> {
    graph_of_kind(flags, cwd, parse_mode, GraphKind::CodeOnly)
}

/// [`graph`], following `kind`'s dependencies (`x doc` reads a `TypesOnly` graph).
pub fn graph_of_kind(
    flags: &GraphFlags,
    cwd: &Path,
    parse_mode: ParseMode,
    kind: GraphKind,
) -> Result<Graph> {
    Graph::with_kind(graph_options(flags, cwd, parse_mode)?, kind)
}

/// [`graph_of_kind`] on documents shared with the process's other graphs and tools
/// (`x ci`, where they keep every parse: nothing is parsed twice).
pub fn graph_with_documents(
    flags: &GraphFlags,
    cwd: &Path,
    kind: GraphKind,
    documents: Documents,
) -> Result<Graph> {
    Graph::with_documents(
        graph_options(flags, cwd, ParseMode::Tools)?,
        kind,
        documents,
    )
}

fn graph_options(flags: &GraphFlags, cwd: &Path, parse_mode: ParseMode) -> Result<GraphOptions> {
    let config = config(flags, cwd)?;
    let lockfile = if flags.no_lock {
        None
    } else if let Some(path) = &flags.lock {
        Some(cwd.join(path))
    } else {
        config.as_ref().and_then(|c| c.lockfile_path())
    };
    let remote = if flags.reload {
        RemotePolicy::Reload
    } else if flags.cached_only {
        RemotePolicy::CachedOnly
    } else {
        RemotePolicy::UseCache
    };
    Ok(GraphOptions {
        cache_dir: x_graph::default_cache_dir(),
        config,
        remote,
        lockfile,
        frozen_lockfile: flags.frozen,
        parse_mode,
        npm_registry: flags.registry.clone(),
    })
}

/// The program's permissions from the flags, plus the config file's permission set when
/// `-P[=NAME]` asks for one. `allow_all` is `x eval`'s default (as `deno eval`).
/// `command_section` names the config section whose `"permissions"` a bare `-P` uses
/// (`"test"` for `x test`, as Deno's `test.permissions`).
/// Prompts at the terminal only when stdin and stderr are terminals and neither
/// `--no-prompt` nor `DENO_NO_PROMPT` says otherwise.
pub fn permissions(
    flags: &crate::args::PermissionFlags,
    graph_flags: &GraphFlags,
    cwd: &Path,
    allow_all: bool,
    command_section: Option<&str>,
) -> Result<x_permissions::PermissionsContainer> {
    use x_permissions::{
        FlagPolicy, Kind, PermissionsContainer, PermissionsOptions, Rule, TtyPrompter,
    };
    let rule = |kind: Kind, values: &Option<Vec<String>>| {
        values.as_ref().map(|v| Rule {
            kind,
            values: if v.is_empty() { None } else { Some(v.clone()) },
            base: Some(cwd.to_path_buf()),
        })
    };
    let allow = [
        rule(Kind::Read, &flags.allow_read),
        rule(Kind::Write, &flags.allow_write),
        rule(Kind::Net, &flags.allow_net),
        rule(Kind::Env, &flags.allow_env),
        rule(Kind::Run, &flags.allow_run),
        rule(Kind::Sys, &flags.allow_sys),
        rule(Kind::Ffi, &flags.allow_ffi),
        rule(Kind::Import, &flags.allow_import),
    ];
    let deny = [
        rule(Kind::Read, &flags.deny_read),
        rule(Kind::Write, &flags.deny_write),
        rule(Kind::Net, &flags.deny_net),
        rule(Kind::Env, &flags.deny_env),
        rule(Kind::Run, &flags.deny_run),
        rule(Kind::Sys, &flags.deny_sys),
        rule(Kind::Ffi, &flags.deny_ffi),
        rule(Kind::Import, &flags.deny_import),
    ];
    let deny: Vec<Rule> = deny.into_iter().flatten().collect();
    if let Some(inherited) = x_task::permissions::inherited()? {
        return task_permissions(inherited, flags, deny);
    }
    let mut options = PermissionsOptions {
        allow_all: allow_all || flags.allow_all,
        allow: allow.into_iter().flatten().collect(),
        deny,
    };
    if let Some(name) = &flags.permission_set {
        let Some(file) = config(graph_flags, cwd)? else {
            anyhow::bail!(
                "--permission-set needs a config file (x.json or deno.json) with \"permissions\""
            );
        };
        // `x test -P` (no name) takes the config's "test": { "permissions" } when there is
        // one, as `deno test -P` does; it may be a set itself or the name of one.
        let own = command_section
            .filter(|_| name == "default")
            .and_then(|section| file.section(section))
            .and_then(|section| section.get("permissions"));
        let (label, set) = match own {
            Some(serde_json::Value::String(named)) => (
                named.clone(),
                file.section("permissions").and_then(|p| p.get(named)),
            ),
            Some(set) => (
                format!("{}.permissions", command_section.unwrap_or_default()),
                Some(set),
            ),
            None => (
                name.clone(),
                file.section("permissions").and_then(|p| p.get(name)),
            ),
        };
        let Some(set) = set else {
            anyhow::bail!(
                "no permission set \"{label}\" in \"permissions\" of {}",
                file.path.display()
            );
        };
        let from_config = x_permissions::options_from_config_set(set, file.dir()).map_err(|e| {
            anyhow::anyhow!(
                "\"permissions\".\"{label}\" in {}: {e}",
                file.path.display()
            )
        })?;
        options.merge(from_config);
    } else if let Some(section) = command_section {
        // As in Deno: permissions written for this command in the config but no -P and no
        // permission flag is most likely a forgotten -P.
        let any_flag = !options.allow.is_empty() || !options.deny.is_empty() || options.allow_all;
        if !any_flag {
            if let Some(file) = config(graph_flags, cwd)? {
                if file
                    .section(section)
                    .and_then(|s| s.get("permissions"))
                    .is_some()
                {
                    let mut title = section.to_string();
                    title[..1].make_ascii_uppercase();
                    anyhow::bail!(
                        "{title} permissions were found in the config file. Did you mean to run with `-P` or a permission flag?\n    at {}",
                        url::Url::from_file_path(&file.path)
                            .map(|u| u.to_string())
                            .unwrap_or_else(|_| file.path.display().to_string())
                    );
                }
            }
        }
    }
    let no_prompt =
        flags.no_prompt || std::env::var_os("DENO_NO_PROMPT").is_some_and(|v| !v.is_empty());
    let prompter = if no_prompt {
        None
    } else {
        TtyPrompter::if_terminal()
    };
    let policy = FlagPolicy::try_new(
        options,
        prompter.map(|p| Box::new(p) as Box<dyn x_permissions::Prompter>),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(PermissionsContainer::new(policy))
}

/// The permissions of a program started by an `x task` task that declares
/// `"permissions"`: that set, never more. Granting flags on the task's command would
/// blur which of the two applies, so they stop the program with a message saying where
/// the set is; `--deny-*` flags still take away. No prompt: a program must not be able to
/// ask its way past the set its task was given.
fn task_permissions(
    inherited: x_task::permissions::Inherited,
    flags: &crate::args::PermissionFlags,
    deny: Vec<x_permissions::Rule>,
) -> Result<x_permissions::PermissionsContainer> {
    let granting = [
        (flags.allow_all, "-A"),
        (flags.allow_read.is_some(), "--allow-read"),
        (flags.allow_write.is_some(), "--allow-write"),
        (flags.allow_net.is_some(), "--allow-net"),
        (flags.allow_env.is_some(), "--allow-env"),
        (flags.allow_run.is_some(), "--allow-run"),
        (flags.allow_sys.is_some(), "--allow-sys"),
        (flags.allow_ffi.is_some(), "--allow-ffi"),
        (flags.allow_import.is_some(), "--allow-import"),
        (flags.permission_set.is_some(), "-P"),
    ];
    let given: Vec<&str> = granting
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, flag)| *flag)
        .collect();
    let permissions = &inherited.permissions;
    if !given.is_empty() {
        anyhow::bail!(
            "task \"{}\" declares its permissions ({} in {}), so its command cannot grant more with {}: remove {} from the command, or the task's \"permissions\"",
            inherited.task,
            permissions.label(),
            permissions.config().display(),
            given.join(", "),
            if given.len() == 1 { "it" } else { "them" },
        );
    }
    let mut options = permissions.options()?;
    options.deny.extend(deny);
    let policy =
        x_permissions::FlagPolicy::try_new(options, None).map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(x_permissions::PermissionsContainer::new(policy))
}
