//! How a child process is started. `x run` starts real processes ([`RealSpawner`]); a
//! platform tenant must not (its spawner refuses, or runs something sandboxed), and
//! `--allow-run` alone is not the right switch for that: the trait is.

use std::io;
use std::sync::Arc;

/// What a program asked to run (`new Deno.Command(cmd, options)`).
#[derive(Debug, Clone)]
pub struct SpawnRequest {
    pub cmd: String,
    pub args: Vec<String>,
    pub cwd: Option<String>,
    pub clear_env: bool,
    pub env: Vec<(String, String)>,
    pub uid: Option<u32>,
    pub gid: Option<u32>,
    pub stdin: StdioMode,
    pub stdout: StdioMode,
    pub stderr: StdioMode,
    pub detached: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdioMode {
    Piped,
    Inherit,
    Null,
}

impl StdioMode {
    pub fn parse(text: &str) -> Option<StdioMode> {
        match text {
            "piped" => Some(StdioMode::Piped),
            "inherit" => Some(StdioMode::Inherit),
            "null" => Some(StdioMode::Null),
            _ => None,
        }
    }

    pub fn to_std(self) -> std::process::Stdio {
        match self {
            StdioMode::Piped => std::process::Stdio::piped(),
            StdioMode::Inherit => std::process::Stdio::inherit(),
            StdioMode::Null => std::process::Stdio::null(),
        }
    }
}

pub trait Spawner: Send + Sync + 'static {
    /// Builds the OS command for `request` (the program already resolved to `program`).
    /// The ops start it synchronously or on tokio as the API asks.
    fn command(
        &self,
        program: &std::path::Path,
        request: &SpawnRequest,
    ) -> io::Result<std::process::Command>;
}

/// The handle ops find in `OpState`.
#[derive(Clone)]
pub struct SpawnerHandle(pub Arc<dyn Spawner>);

/// Starts real processes.
pub struct RealSpawner;

impl Spawner for RealSpawner {
    fn command(
        &self,
        program: &std::path::Path,
        request: &SpawnRequest,
    ) -> io::Result<std::process::Command> {
        let mut command = std::process::Command::new(program);
        command.args(&request.args);
        if let Some(cwd) = &request.cwd {
            command.current_dir(cwd);
        }
        if request.clear_env {
            command.env_clear();
        }
        for (k, v) in &request.env {
            command.env(k, v);
        }
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            if let Some(uid) = request.uid {
                command.uid(uid);
            }
            if let Some(gid) = request.gid {
                command.gid(gid);
            }
            if request.detached {
                command.process_group(0);
            }
        }
        command
            .stdin(request.stdin.to_std())
            .stdout(request.stdout.to_std())
            .stderr(request.stderr.to_std());
        Ok(command)
    }
}
