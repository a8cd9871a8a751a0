//! `x task [NAME [ARGS…]]`: lists the project's tasks, or runs one after its dependencies
//! (`x_task`, `tools/task`). The exit code is the first failing command's.

use std::path::PathBuf;

use anyhow::{Context, Result};
use x_task::order::{self, OrderError};
use x_task::run::RunOptions;
use x_task::Tasks;

use crate::args::{GraphFlags, TaskArgs};
use crate::factory;
use crate::progress::colors_for;

pub async fn task(args: TaskArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    let flags = GraphFlags {
        config: args.config.clone(),
        no_config: args.no_config,
        ..Default::default()
    };
    let config = factory::config(&flags, &cwd)?;
    let tasks = Tasks::load(config.as_ref(), &cwd)?;

    let Some((name, extra)) = args.task.split_first() else {
        deno_terminal::colors::set_use_color(colors_for(&std::io::stdout()));
        x_task::list(&tasks, &mut std::io::stdout().lock())?;
        return Ok(0);
    };
    deno_terminal::colors::set_use_color(colors_for(&std::io::stderr()));
    let plan = match order::plan(&tasks, name) {
        Ok(plan) => plan,
        Err(
            error @ OrderError::NotFound {
                needed_by: None, ..
            },
        ) => {
            let mut available = Vec::new();
            x_task::list(&tasks, &mut available)?;
            anyhow::bail!(
                "{error}\n{}",
                String::from_utf8_lossy(&available).trim_end()
            );
        }
        Err(error) => return Err(error.into()),
    };
    let task_cwd = match &args.cwd {
        Some(dir) => Some(
            std::fs::canonicalize(cwd.join(dir))
                .with_context(|| format!("--cwd {}: no such folder", dir.display()))?,
        ),
        None => None,
    };
    let options = RunOptions {
        init_cwd: cwd,
        cwd: task_cwd,
        args: extra.to_vec(),
        concurrency: RunOptions::default_concurrency(),
        exe: this_binary()?,
    };
    let code = x_task::run::run(&tasks, &plan, &options).await?;
    Ok(u8::try_from(code).unwrap_or(1))
}

/// The running `x`, resolved through symlinks, so a command's `x`/`deno` is this build
/// even when the task changes folder.
fn this_binary() -> Result<PathBuf> {
    let exe = std::env::current_exe().context("cannot find the x binary that is running")?;
    Ok(std::fs::canonicalize(&exe).unwrap_or(exe))
}
