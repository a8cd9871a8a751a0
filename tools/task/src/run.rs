//! Runs a [`Plan`]: each task's command in deno_task_shell (Deno's cross-platform shell:
//! `&&`, `||`, `;`, pipes, redirects, `$VAR`, `export`, `cd`, `exit`, globs and its
//! built-in `cp`, `mv`, `rm`, `mkdir`, `cat`, `echo`, `sleep`, ...), a step as soon as its
//! dependencies are done, up to `concurrency` at once. The first task that fails stops
//! the rest (they get SIGTERM) and its exit code is the run's.
//!
//! Inside a task `x` and `deno` are this binary (so `"start": "deno run -A main.ts"` runs
//! on x); `INIT_CWD` is the folder `x task` was started in, the command runs in the folder
//! of the file that defines it, and `node_modules/.bin` folders from there up are on
//! `PATH`, as in `deno task`.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use anyhow::{Context, Result};
use deno_task_shell::{ExecutableCommand, KillSignal, ShellCommand, SignalKind};
use deno_terminal::colors;
use futures::stream::{FuturesUnordered, StreamExt};
use futures::FutureExt;

use crate::order::Plan;
use crate::{permissions, Source, Task, Tasks};

/// How to run a plan.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Where `x task` was started: `INIT_CWD` (unless already set by an outer task).
    pub init_cwd: PathBuf,
    /// `--cwd`: run every command here instead of in its file's folder.
    pub cwd: Option<PathBuf>,
    /// Appended to the command of the task asked for (the plan's last step), quoted.
    pub args: Vec<String>,
    /// How many tasks may run at once (`DENO_JOBS`, else the number of cores).
    pub concurrency: usize,
    /// The `x` binary, run for `x` and `deno` inside commands.
    pub exe: PathBuf,
}

impl RunOptions {
    /// `DENO_JOBS` if it is a positive number, else the available parallelism.
    pub fn default_concurrency() -> usize {
        std::env::var("DENO_JOBS")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|&n| n > 0)
            .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
            .unwrap_or(2)
    }
}

/// Runs the plan; the exit code of the first task that failed, else 0.
pub async fn run(tasks: &Tasks, plan: &Plan, options: &RunOptions) -> Result<i32> {
    // Check every command before the first one starts: a typo in a dependency's command
    // should not leave half a build behind.
    for step in &plan.steps {
        let task = tasks.get(&step.name).context("a planned task vanished")?;
        if let Some(command) = &task.command {
            deno_task_shell::parser::parse(command).map_err(|e| {
                anyhow::anyhow!("cannot parse the command of task \"{}\": {e}", task.name)
            })?;
        }
    }
    let local = tokio::task::LocalSet::new();
    local.run_until(run_local(tasks, plan, options)).await
}

async fn run_local(tasks: &Tasks, plan: &Plan, options: &RunOptions) -> Result<i32> {
    let kill_signal = KillSignal::default();
    let forwarder = tokio::task::spawn_local(forward_signals(kill_signal.clone()));
    let last = plan.steps.len() - 1;
    let mut done = vec![false; plan.steps.len()];
    let mut started = vec![false; plan.steps.len()];
    let mut running = FuturesUnordered::new();
    let mut failed = None;
    loop {
        if failed.is_none() {
            let room = options.concurrency.max(1).saturating_sub(running.len());
            for index in ready(plan, &done, &started, room) {
                let step = &plan.steps[index];
                started[index] = true;
                let task = tasks.get(&step.name).context("a planned task vanished")?;
                let args: &[String] = if index == last { &options.args } else { &[] };
                let signal = kill_signal.clone();
                running.push(
                    run_task(tasks, task, args, options, signal)
                        .map(move |code| (index, code))
                        .boxed_local(),
                );
            }
        }
        let Some((index, code)) = running.next().await else {
            break;
        };
        done[index] = true;
        let outcome = match code {
            Ok(0) => continue,
            Ok(code) => Ok(code),
            Err(error) => Err(error),
        };
        if failed.is_none() {
            failed = Some(outcome);
            // Stop the tasks running beside it; wait for them so none outlives `x task`.
            kill_signal.send(SignalKind::SIGTERM);
        }
    }
    forwarder.abort();
    failed.unwrap_or(Ok(0))
}

/// The steps that may start now: not started, every dependency done; at most `room`.
fn ready(plan: &Plan, done: &[bool], started: &[bool], room: usize) -> Vec<usize> {
    plan.steps
        .iter()
        .enumerate()
        .filter(|(i, step)| !started[*i] && step.dependencies.iter().all(|&d| done[d]))
        .map(|(i, _)| i)
        .take(room)
        .collect()
}

/// Ctrl-C or a SIGTERM to `x task` reaches the commands it runs, and `x task` waits for
/// them instead of dying first.
async fn forward_signals(kill_signal: KillSignal) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind as Unix};
        let (Ok(mut int), Ok(mut term)) = (signal(Unix::interrupt()), signal(Unix::terminate()))
        else {
            return;
        };
        loop {
            let kind = tokio::select! {
                _ = int.recv() => SignalKind::SIGINT,
                _ = term.recv() => SignalKind::SIGTERM,
            };
            kill_signal.send(kind);
        }
    }
    #[cfg(not(unix))]
    {
        while tokio::signal::ctrl_c().await.is_ok() {
            kill_signal.send(SignalKind::SIGINT);
        }
    }
}

/// One task: for a package.json script also its `pre<name>` and `post<name>` scripts, as
/// npm and `deno task` run them.
async fn run_task(
    tasks: &Tasks,
    task: &Task,
    args: &[String],
    options: &RunOptions,
    kill_signal: KillSignal,
) -> Result<i32> {
    let Some(command) = &task.command else {
        // A task made only of dependencies: they have run.
        return Ok(0);
    };
    let cwd = options.cwd.clone().unwrap_or_else(|| task.dir.clone());
    let env = environment(task, &cwd, options);
    let mut commands = Vec::new();
    if task.source == Source::PackageJson {
        if let Some(pre) = tasks.script(&format!("pre{}", task.name)) {
            commands.push((format!("pre{}", task.name), pre.to_string(), &[][..]));
        }
    }
    commands.push((task.name.clone(), command.clone(), args));
    if task.source == Source::PackageJson {
        if let Some(post) = tasks.script(&format!("post{}", task.name)) {
            commands.push((format!("post{}", task.name), post.to_string(), &[][..]));
        }
    }
    for (name, command, args) in commands {
        let script = with_args(&command, args);
        eprintln!(
            "{} {} {}",
            colors::green("Task"),
            colors::cyan(&name),
            crate::escape(&script)
        );
        let list = deno_task_shell::parser::parse(&script)
            .map_err(|e| anyhow::anyhow!("cannot parse the command of task \"{name}\": {e}"))?;
        let code = deno_task_shell::execute(
            list,
            env.clone(),
            cwd.clone(),
            custom_commands(&options.exe),
            kill_signal.clone(),
        )
        .await;
        if code != 0 {
            return Ok(code);
        }
    }
    Ok(0)
}

/// The process's environment, plus what a task sees: `INIT_CWD`, `node_modules/.bin` on
/// `PATH`, and the task's permission set for the `x` processes it starts.
fn environment(task: &Task, cwd: &Path, options: &RunOptions) -> HashMap<OsString, OsString> {
    let mut env: HashMap<OsString, OsString> = std::env::vars_os().collect();
    env.entry("INIT_CWD".into())
        .or_insert_with(|| options.init_cwd.clone().into_os_string());
    let bins: Vec<PathBuf> = cwd
        .ancestors()
        .map(|dir| dir.join("node_modules").join(".bin"))
        .filter(|dir| dir.is_dir())
        .collect();
    if !bins.is_empty() {
        let mut paths = bins;
        if let Some(path) = env.get(std::ffi::OsStr::new("PATH")) {
            paths.extend(std::env::split_paths(path));
        }
        if let Ok(joined) = std::env::join_paths(paths) {
            env.insert("PATH".into(), joined);
        }
    }
    if let Some(permissions) = &task.permissions {
        env.insert(
            permissions::ENV_VAR.into(),
            permissions.to_env(&task.name).into(),
        );
    }
    env
}

/// `x` and `deno` in a command run this binary, whatever `PATH` says.
fn custom_commands(exe: &Path) -> HashMap<String, Rc<dyn ShellCommand>> {
    ["x", "deno"]
        .into_iter()
        .map(|name| {
            let command: Rc<dyn ShellCommand> =
                Rc::new(ExecutableCommand::new(name.to_string(), exe.to_path_buf()));
            (name.to_string(), command)
        })
        .collect()
}

/// The command with the extra arguments appended, each single-quoted so the shell takes
/// it literally (a `'` inside becomes `'"'"'`).
pub fn with_args(command: &str, args: &[String]) -> String {
    let mut script = command.to_string();
    for arg in args {
        script.push_str(" '");
        script.push_str(&arg.replace('\'', "'\"'\"'"));
        script.push('\'');
    }
    script.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_quoted_literally() {
        assert_eq!(with_args("echo", &[]), "echo");
        assert_eq!(
            with_args("echo", &["a b".into(), "$HOME".into(), "it's".into()]),
            "echo 'a b' '$HOME' 'it'\"'\"'s'"
        );
    }

    #[test]
    fn independent_tasks_are_ready_together_and_dependents_wait() {
        let file = x_config::ConfigFile::parse(
            "/p/x.json".into(),
            r#"{ "tasks": {
                "a": { "command": "a", "dependencies": ["b", "c"] },
                "b": { "command": "b", "dependencies": ["d"] },
                "c": "c",
                "d": "d"
            } }"#,
        )
        .unwrap();
        let tasks = Tasks::load(Some(&file), Path::new("/nonexistent-x-task")).unwrap();
        let plan = crate::order::plan(&tasks, "a").unwrap();
        let names = |indices: Vec<usize>| -> Vec<String> {
            indices
                .into_iter()
                .map(|i| plan.steps[i].name.clone())
                .collect()
        };
        let index = |name: &str| plan.steps.iter().position(|s| s.name == name).unwrap();
        let mut done = vec![false; 4];
        let mut started = vec![false; 4];
        // d and c depend on nothing: both may start at once; one slot starts one.
        assert_eq!(names(ready(&plan, &done, &started, 4)), ["d", "c"]);
        assert_eq!(names(ready(&plan, &done, &started, 1)), ["d"]);
        started[index("d")] = true;
        started[index("c")] = true;
        assert!(ready(&plan, &done, &started, 4).is_empty());
        // c finishing frees nothing (a still needs b); d finishing frees b.
        done[index("c")] = true;
        assert!(ready(&plan, &done, &started, 4).is_empty());
        done[index("d")] = true;
        assert_eq!(names(ready(&plan, &done, &started, 4)), ["b"]);
        started[index("b")] = true;
        done[index("b")] = true;
        assert_eq!(names(ready(&plan, &done, &started, 4)), ["a"]);
    }

    #[test]
    fn dependencies_run_before_and_each_once() {
        let dir = tempfile::tempdir().unwrap();
        let config = x_config::ConfigFile::parse(
            dir.path().join("x.json"),
            r#"{ "tasks": {
                "a": { "command": "echo a >> log", "dependencies": ["b", "c"] },
                "b": { "command": "echo b >> log", "dependencies": ["d"] },
                "c": { "command": "echo c >> log", "dependencies": ["d"] },
                "d": "echo d >> log"
            } }"#,
        )
        .unwrap();
        let tasks = Tasks::load(Some(&config), dir.path()).unwrap();
        let plan = crate::order::plan(&tasks, "a").unwrap();
        let options = RunOptions {
            init_cwd: dir.path().to_path_buf(),
            cwd: None,
            args: Vec::new(),
            concurrency: 1,
            exe: PathBuf::from("/bin/false"),
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        assert_eq!(runtime.block_on(run(&tasks, &plan, &options)).unwrap(), 0);
        let log = std::fs::read_to_string(dir.path().join("log")).unwrap();
        assert_eq!(log, "d\nb\nc\na\n");
    }

    #[test]
    fn the_first_failure_is_the_exit_code() {
        let dir = tempfile::tempdir().unwrap();
        let config = x_config::ConfigFile::parse(
            dir.path().join("x.json"),
            r#"{ "tasks": {
                "a": { "command": "echo never > ran", "dependencies": ["b"] },
                "b": "exit 7"
            } }"#,
        )
        .unwrap();
        let tasks = Tasks::load(Some(&config), dir.path()).unwrap();
        let plan = crate::order::plan(&tasks, "a").unwrap();
        let options = RunOptions {
            init_cwd: dir.path().to_path_buf(),
            cwd: None,
            args: Vec::new(),
            concurrency: 1,
            exe: PathBuf::from("/bin/false"),
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        assert_eq!(runtime.block_on(run(&tasks, &plan, &options)).unwrap(), 7);
        assert!(!dir.path().join("ran").exists());
    }
}
