//! `x task`: the project's tasks — `"tasks"` of x.json/deno.json, then package.json
//! `"scripts"` — read ([`Tasks::load`]), listed ([`list`]), ordered by their
//! `"dependencies"` ([`order::plan`]) and run in deno_task_shell, Deno's cross-platform
//! shell ([`run::run`]).
//!
//! A task may declare `"permissions"` (a set name from the config's `"permissions"`, or a
//! set written in place). The runner hands that set to every `x` process the task starts
//! through [`permissions::ENV_VAR`]; the child's permission checker (Rust, `x_permissions`)
//! enforces it, so the program cannot widen it. The CLI reads it back with
//! [`permissions::inherited`].
//!
//! Client: `cli/src/commands/task.rs` (and `cli/src/factory.rs` for the inherited set).

pub mod order;
pub mod permissions;
pub mod run;

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use deno_terminal::colors;
use serde_json::Value;
use x_config::ConfigFile;

pub use permissions::TaskPermissions;

/// Where a task is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `"tasks"` of the config file.
    Config,
    /// `"scripts"` of package.json.
    PackageJson,
}

/// One task, as written.
#[derive(Debug, Clone)]
pub struct Task {
    pub name: String,
    /// `None` for a task that only gathers its dependencies.
    pub command: Option<String>,
    pub description: Option<String>,
    pub dependencies: Vec<String>,
    pub permissions: Option<TaskPermissions>,
    pub source: Source,
    /// The folder the command runs in: the defining file's.
    pub dir: PathBuf,
}

/// Every task of the project: the config's, then the package.json scripts that no config
/// task shadows (Deno's order and precedence).
#[derive(Debug, Clone, Default)]
pub struct Tasks {
    pub tasks: Vec<Task>,
    /// The files they come from, for messages.
    pub files: Vec<PathBuf>,
    /// package.json's scripts by name, shadowed ones included: the `pre<name>` and
    /// `post<name>` hooks of a script are looked up here.
    scripts: Vec<(String, String)>,
}

impl Tasks {
    /// Reads the tasks of `config` and of the nearest package.json from `cwd` up.
    /// Neither file: an error naming what was looked for, as `deno task` does.
    pub fn load(config: Option<&ConfigFile>, cwd: &Path) -> Result<Tasks> {
        let package_json = find_package_json(cwd);
        if config.is_none() && package_json.is_none() {
            bail!(
                "x task couldn't find x.json, deno.json(c) or package.json in {} or a parent folder",
                cwd.display()
            );
        }
        let mut tasks = Tasks::default();
        if let Some(config) = config {
            tasks.files.push(config.path.clone());
            if let Some(section) = config.section("tasks") {
                let Some(map) = section.as_object() else {
                    bail!(
                        "\"tasks\" in {} must be an object of task names",
                        config.path.display()
                    );
                };
                for (name, value) in map {
                    tasks.tasks.push(parse_task(config, name, value)?);
                }
            }
        }
        if let Some(path) = package_json {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let json: Value = serde_json::from_str(&text)
                .with_context(|| format!("{} is not valid JSON", path.display()))?;
            let dir = path.parent().unwrap_or(Path::new("/")).to_path_buf();
            if let Some(scripts) = json.get("scripts").and_then(Value::as_object) {
                for (name, script) in scripts {
                    let Some(script) = script.as_str() else {
                        bail!(
                            "\"scripts\".\"{name}\" in {} must be a string",
                            path.display()
                        );
                    };
                    tasks.scripts.push((name.clone(), script.to_string()));
                    if tasks.get(name).is_some() {
                        continue;
                    }
                    tasks.tasks.push(Task {
                        name: name.clone(),
                        command: Some(script.to_string()),
                        description: None,
                        dependencies: Vec::new(),
                        permissions: None,
                        source: Source::PackageJson,
                        dir: dir.clone(),
                    });
                }
            }
            tasks.files.push(path);
        }
        Ok(tasks)
    }

    /// The task of that name.
    pub fn get(&self, name: &str) -> Option<&Task> {
        self.tasks.iter().find(|t| t.name == name)
    }

    /// package.json's script of that name (for `pre`/`post` hooks).
    pub fn script(&self, name: &str) -> Option<&str> {
        self.scripts
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| s.as_str())
    }
}

fn find_package_json(cwd: &Path) -> Option<PathBuf> {
    cwd.ancestors()
        .map(|dir| dir.join("package.json"))
        .find(|p| p.is_file())
}

/// A task as Deno 2 writes it — a command string, or `{ "command", "description",
/// "dependencies" }` — plus our `"permissions"`.
fn parse_task(config: &ConfigFile, name: &str, value: &Value) -> Result<Task> {
    let at = || format!("\"tasks\".\"{name}\" in {}", config.path.display());
    let mut task = Task {
        name: name.to_string(),
        command: None,
        description: None,
        dependencies: Vec::new(),
        permissions: None,
        source: Source::Config,
        dir: config.dir().to_path_buf(),
    };
    match value {
        Value::String(command) => task.command = Some(command.clone()),
        Value::Object(fields) => {
            for (key, field) in fields {
                match key.as_str() {
                    "command" => {
                        task.command = Some(
                            field
                                .as_str()
                                .with_context(|| format!("\"command\" of {} must be a string", at()))?
                                .to_string(),
                        )
                    }
                    "description" => {
                        task.description = Some(
                            field
                                .as_str()
                                .with_context(|| {
                                    format!("\"description\" of {} must be a string", at())
                                })?
                                .to_string(),
                        )
                    }
                    "dependencies" => {
                        let list = field.as_array().with_context(|| {
                            format!("\"dependencies\" of {} must be a list of task names", at())
                        })?;
                        for dependency in list {
                            task.dependencies.push(
                                dependency
                                    .as_str()
                                    .with_context(|| {
                                        format!(
                                            "\"dependencies\" of {} must be a list of task names",
                                            at()
                                        )
                                    })?
                                    .to_string(),
                            );
                        }
                    }
                    "permissions" => {
                        task.permissions = Some(
                            TaskPermissions::from_config(config, name, field)
                                .with_context(|| format!("\"permissions\" of {}", at()))?,
                        )
                    }
                    other => bail!(
                        "unknown key \"{other}\" in {} (a task has \"command\", \"description\", \"dependencies\" and \"permissions\")",
                        at()
                    ),
                }
            }
            if task.command.is_none() && task.dependencies.is_empty() {
                bail!("{} has neither \"command\" nor \"dependencies\"", at());
            }
        }
        _ => bail!("{} must be a command string or an object", at()),
    }
    Ok(task)
}

/// `x task` without a name: the tasks with their descriptions, commands and dependencies,
/// in Deno's layout. Control characters in the config's text are escaped, so a task
/// cannot rewrite the terminal.
pub fn list(tasks: &Tasks, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    writeln!(out, "{}", colors::green("Available tasks:"))?;
    if tasks.tasks.is_empty() {
        writeln!(
            out,
            "  {}",
            colors::red("No tasks found in configuration file")
        )?;
        return Ok(());
    }
    for task in &tasks.tasks {
        let marker = match task.source {
            Source::Config => String::new(),
            Source::PackageJson => format!(" {}", colors::italic_gray("(package.json)")),
        };
        writeln!(out, "- {}{marker}", colors::cyan(escape(&task.name)))?;
        if let Some(description) = &task.description {
            for line in description.lines() {
                writeln!(
                    out,
                    "    {} {}",
                    colors::italic_gray("//"),
                    colors::italic_gray(escape(line))
                )?;
            }
        }
        if let Some(command) = &task.command {
            writeln!(out, "    {}", escape(command))?;
        }
        if !task.dependencies.is_empty() {
            let names: Vec<String> = task.dependencies.iter().map(|d| escape(d)).collect();
            writeln!(
                out,
                "    {} {}",
                colors::gray("depends on:"),
                colors::cyan(names.join(", "))
            )?;
        }
        if let Some(permissions) = &task.permissions {
            writeln!(
                out,
                "    {} {}",
                colors::gray("permissions:"),
                permissions.label()
            )?;
        }
    }
    Ok(())
}

/// Newlines, tabs and other control characters as escapes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(text: &str) -> ConfigFile {
        ConfigFile::parse("/p/x.json".into(), text).unwrap()
    }

    #[test]
    fn reads_strings_and_objects() {
        let file = config(
            r#"{ "tasks": {
                "a": "echo a",
                "b": { "command": "echo b", "description": "Bee", "dependencies": ["a"] },
                "all": { "dependencies": ["a", "b"] }
            } }"#,
        );
        let tasks = Tasks::load(Some(&file), Path::new("/nonexistent-x-task")).unwrap();
        let names: Vec<&str> = tasks.tasks.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["a", "b", "all"]);
        let b = tasks.get("b").unwrap();
        assert_eq!(b.description.as_deref(), Some("Bee"));
        assert_eq!(b.dependencies, ["a"]);
        assert_eq!(b.dir, Path::new("/p"));
        assert!(tasks.get("all").unwrap().command.is_none());
    }

    #[test]
    fn rejects_bad_definitions_with_the_task_named() {
        for (text, wanted) in [
            (r#"{ "tasks": { "a": 1 } }"#, "\"tasks\".\"a\""),
            (
                r#"{ "tasks": { "a": { "comand": "x" } } }"#,
                "unknown key \"comand\"",
            ),
            (r#"{ "tasks": { "a": {} } }"#, "neither"),
            (
                r#"{ "tasks": { "a": { "dependencies": [1] } } }"#,
                "list of task names",
            ),
            (r#"{ "tasks": [] }"#, "must be an object"),
        ] {
            let err =
                Tasks::load(Some(&config(text)), Path::new("/nonexistent-x-task")).unwrap_err();
            assert!(format!("{err:#}").contains(wanted), "{text}: {err:#}");
        }
    }

    #[test]
    fn package_json_scripts_come_after_and_do_not_shadow() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("package.json"),
            r#"{ "scripts": { "build": "npm-build", "lint": "eslint ." } }"#,
        )
        .unwrap();
        let file = ConfigFile::parse(
            dir.path().join("deno.json"),
            r#"{ "tasks": { "build": "x-build" } }"#,
        )
        .unwrap();
        let tasks = Tasks::load(Some(&file), dir.path()).unwrap();
        assert_eq!(
            tasks.get("build").unwrap().command.as_deref(),
            Some("x-build")
        );
        assert_eq!(tasks.get("lint").unwrap().source, Source::PackageJson);
        let mut out = Vec::new();
        colors::set_use_color(false);
        list(&tasks, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "Available tasks:\n- build\n    x-build\n- lint (package.json)\n    eslint .\n"
        );
    }

    #[test]
    fn escapes_control_characters() {
        assert_eq!(escape("a\nb\x1b[31m"), "a\\nb\\x1b[31m");
    }
}
