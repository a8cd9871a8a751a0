//! Child processes (`Deno.Command`: `output`, `outputSync`, `spawn`), `Deno.kill`, and
//! the standard streams as resources (`Deno.stdin`/`stdout`/`stderr`). Starting a
//! program is checked against `--allow-run` in Rust; the OS command comes from the
//! [`Spawner`] in `OpState`.
//!
//! `output()` runs entirely in Rust (spawn, collect both pipes, wait) in one async op, so
//! a program that runs many short commands pays one op per command.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use deno_core::{
    op2, AsyncRefCell, BufMutView, BufView, CancelHandle, CancelTryFuture, OpState, RcRef,
    Resource, ResourceId, ToJsBuffer, WriteOutcome,
};
use deno_error::JsErrorBox;
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use x_permissions::{PermissionCheckError, PermissionsContainer};

use crate::interface::{SpawnRequest, SpawnerHandle, StdioMode};

#[derive(Debug, thiserror::Error, deno_error::JsError)]
pub enum ProcessError {
    #[class(inherit)]
    #[error(transparent)]
    Permission(#[from] PermissionCheckError),
    #[class(inherit)]
    #[error(transparent)]
    Other(#[from] JsErrorBox),
    /// `Failed to spawn 'cmd': <os error>`, classed by the OS error.
    #[class(inherit)]
    #[error("Failed to spawn '{cmd}': {error}")]
    Spawn {
        cmd: String,
        #[inherit]
        error: std::io::Error,
    },
    #[class(inherit)]
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[class(inherit)]
    #[error(transparent)]
    NoCwd(#[from] NoCwdError),
}

/// A `cwd` that is not a folder, in Deno's words (class `NotFound`, code `ENOENT`).
#[derive(Debug, thiserror::Error)]
#[error("Failed to spawn '{cmd}': No such cwd '{cwd}'")]
pub struct NoCwdError {
    cmd: String,
    cwd: String,
}

impl deno_error::JsErrorClass for NoCwdError {
    fn get_class(&self) -> Cow<'static, str> {
        "NotFound".into()
    }

    fn get_message(&self) -> Cow<'static, str> {
        self.to_string().into()
    }

    fn get_additional_properties(&self) -> deno_error::AdditionalProperties {
        Box::new(std::iter::once(("code".into(), "ENOENT".into())))
    }

    fn get_ref(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }
}

/// The options of `new Deno.Command(cmd, options)`, as the JavaScript side passes them.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpawnArgs {
    cmd: String,
    args: Vec<String>,
    cwd: Option<String>,
    clear_env: bool,
    env: Vec<(String, String)>,
    uid: Option<u32>,
    gid: Option<u32>,
    stdin: String,
    stdout: String,
    stderr: String,
    detached: bool,
}

/// A stdio option, with Deno's error for anything else.
fn stdio(value: &str) -> Result<StdioMode, ProcessError> {
    StdioMode::parse(value).ok_or_else(|| {
        JsErrorBox::type_error(format!(
            "unknown variant `{value}`, expected one of `inherit`, `piped`, `null`"
        ))
        .into()
    })
}

impl SpawnArgs {
    fn into_request(self) -> Result<SpawnRequest, ProcessError> {
        Ok(SpawnRequest {
            stdin: stdio(&self.stdin)?,
            stdout: stdio(&self.stdout)?,
            stderr: stdio(&self.stderr)?,
            cmd: self.cmd,
            args: self.args,
            cwd: self.cwd,
            clear_env: self.clear_env,
            env: self.env,
            uid: self.uid,
            gid: self.gid,
            detached: self.detached,
        })
    }
}

/// Finds the program: a path (relative to the command's `cwd`), or a name on the `PATH`
/// the child will get.
fn find_program(request: &SpawnRequest) -> Result<PathBuf, ProcessError> {
    let cmd = &request.cmd;
    if cmd.contains('/') {
        let path = Path::new(cmd);
        // Absolute, so that errors name the file as Deno does (`$CWD/tool.sh`).
        return Ok(match (&request.cwd, path.is_relative()) {
            (Some(cwd), true) => x_permissions::resolve_path(&Path::new(cwd).join(path)),
            _ => x_permissions::resolve_path(path),
        });
    }
    let env_path = request
        .env
        .iter()
        .rev()
        .find(|(k, _)| k == "PATH")
        .map(|(_, v)| v.clone().into());
    let search = match env_path {
        Some(p) => Some(p),
        None if request.clear_env => None,
        None => std::env::var_os("PATH"),
    };
    if let Some(search) = search {
        for dir in std::env::split_paths(&search) {
            let candidate = dir.join(cmd);
            if is_executable(&candidate) {
                return Ok(candidate);
            }
        }
    }
    Err(ProcessError::Spawn {
        cmd: cmd.clone(),
        error: std::io::Error::from(std::io::ErrorKind::NotFound),
    })
}

fn is_executable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path)
            .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
            .unwrap_or(false)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}

fn prepare(
    state: &OpState,
    args: SpawnArgs,
    api: &str,
) -> Result<(std::process::Command, SpawnRequest), ProcessError> {
    let request = args.into_request()?;
    state
        .borrow::<PermissionsContainer>()
        .check_run(&request.cmd, api)?;
    let program = find_program(&request)?;
    if let Some(cwd) = &request.cwd {
        if !Path::new(cwd).is_dir() {
            return Err(NoCwdError {
                cmd: program.to_string_lossy().into_owned(),
                cwd: cwd.clone(),
            }
            .into());
        }
    }
    let command = state
        .borrow::<SpawnerHandle>()
        .0
        .command(&program, &request)
        .map_err(|error| ProcessError::Spawn {
            cmd: program.to_string_lossy().into_owned(),
            error,
        })?;
    // From here on, errors name the program as found (Deno's `Failed to spawn '/usr/bin/x'`).
    let request = SpawnRequest {
        cmd: program.to_string_lossy().into_owned(),
        ..request
    };
    Ok((command, request))
}

fn spawn_error(cmd: &str, error: std::io::Error) -> ProcessError {
    ProcessError::Spawn {
        cmd: cmd.to_string(),
        error,
    }
}

/// `{ success, code, signal }` as Deno reports a finished child.
#[derive(Serialize)]
pub struct ChildStatus {
    success: bool,
    code: i32,
    signal: Option<&'static str>,
}

impl From<std::process::ExitStatus> for ChildStatus {
    fn from(status: std::process::ExitStatus) -> ChildStatus {
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            if let Some(signo) = status.signal() {
                return ChildStatus {
                    success: false,
                    code: 128 + signo,
                    signal: signal_name(signo),
                };
            }
        }
        ChildStatus {
            success: status.success(),
            code: status.code().unwrap_or(1),
            signal: None,
        }
    }
}

#[derive(Serialize)]
pub struct SpawnOutput {
    status: ChildStatus,
    stdout: Option<ToJsBuffer>,
    stderr: Option<ToJsBuffer>,
}

fn output_of(output: std::process::Output, request: &SpawnRequest) -> SpawnOutput {
    SpawnOutput {
        status: output.status.into(),
        stdout: (request.stdout == StdioMode::Piped).then(|| output.stdout.into()),
        stderr: (request.stderr == StdioMode::Piped).then(|| output.stderr.into()),
    }
}

#[op2]
#[serde]
pub fn op_spawn_sync(
    state: &mut OpState,
    #[serde] args: SpawnArgs,
) -> Result<SpawnOutput, ProcessError> {
    let (mut command, request) = prepare(state, args, "Deno.Command().outputSync()")?;
    let output = command.output().map_err(|e| spawn_error(&request.cmd, e))?;
    Ok(output_of(output, &request))
}

#[op2]
#[serde]
pub async fn op_spawn_output(
    state: Rc<RefCell<OpState>>,
    #[serde] args: SpawnArgs,
) -> Result<SpawnOutput, ProcessError> {
    let (command, request) = prepare(&state.borrow(), args, "Deno.Command().output()")?;
    let mut command = tokio::process::Command::from(command);
    command.kill_on_drop(false);
    let output = command
        .output()
        .await
        .map_err(|e| spawn_error(&request.cmd, e))?;
    Ok(output_of(output, &request))
}

// ----- spawned children -----

struct ChildResource {
    child: AsyncRefCell<tokio::process::Child>,
    pid: u32,
    exited: Cell<bool>,
}

impl Resource for ChildResource {
    fn name(&self) -> Cow<'_, str> {
        "child".into()
    }
}

/// A readable pipe from a child (stdout or stderr).
struct ChildOutResource<R: tokio::io::AsyncRead + Unpin + 'static> {
    pipe: AsyncRefCell<R>,
    cancel: CancelHandle,
}

impl<R: tokio::io::AsyncRead + Unpin + 'static> Resource for ChildOutResource<R> {
    fn name(&self) -> Cow<'_, str> {
        "childPipe".into()
    }

    fn read_byob(
        self: Rc<Self>,
        mut buf: BufMutView,
    ) -> deno_core::AsyncResult<(usize, BufMutView)> {
        Box::pin(async move {
            let mut pipe = RcRef::map(&self, |r| &r.pipe).borrow_mut().await;
            let cancel = RcRef::map(&self, |r| &r.cancel);
            let n = pipe
                .read(&mut buf)
                .try_or_cancel(cancel)
                .await
                .map_err(JsErrorBox::from_err)?;
            Ok((n, buf))
        })
    }

    fn close(self: Rc<Self>) {
        self.cancel.cancel();
    }
}

struct ChildStdinResource {
    pipe: AsyncRefCell<tokio::process::ChildStdin>,
    cancel: CancelHandle,
}

impl Resource for ChildStdinResource {
    fn name(&self) -> Cow<'_, str> {
        "childStdin".into()
    }

    fn write(self: Rc<Self>, buf: BufView) -> deno_core::AsyncResult<WriteOutcome> {
        Box::pin(async move {
            let mut pipe = RcRef::map(&self, |r| &r.pipe).borrow_mut().await;
            let cancel = RcRef::map(&self, |r| &r.cancel);
            let nwritten = pipe
                .write(&buf)
                .try_or_cancel(cancel)
                .await
                .map_err(JsErrorBox::from_err)?;
            Ok(WriteOutcome::Partial {
                nwritten,
                view: buf,
            })
        })
    }

    fn shutdown(self: Rc<Self>) -> deno_core::AsyncResult<()> {
        Box::pin(async move {
            let mut pipe = RcRef::map(&self, |r| &r.pipe).borrow_mut().await;
            pipe.shutdown().await.map_err(JsErrorBox::from_err)
        })
    }

    fn close(self: Rc<Self>) {
        self.cancel.cancel();
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SpawnedChild {
    rid: ResourceId,
    pid: u32,
    stdin_rid: Option<ResourceId>,
    stdout_rid: Option<ResourceId>,
    stderr_rid: Option<ResourceId>,
}

#[op2]
#[serde]
pub fn op_spawn_child(
    state: &mut OpState,
    #[serde] args: SpawnArgs,
) -> Result<SpawnedChild, ProcessError> {
    let (command, request) = prepare(state, args, "Deno.Command().spawn()")?;
    let mut command = tokio::process::Command::from(command);
    let mut child = command.spawn().map_err(|e| spawn_error(&request.cmd, e))?;
    let pid = child.id().unwrap_or(0);
    let table = &mut state.resource_table;
    let stdin_rid = child.stdin.take().map(|pipe| {
        table.add(ChildStdinResource {
            pipe: AsyncRefCell::new(pipe),
            cancel: CancelHandle::new(),
        })
    });
    let stdout_rid = child.stdout.take().map(|pipe| {
        table.add(ChildOutResource {
            pipe: AsyncRefCell::new(pipe),
            cancel: CancelHandle::new(),
        })
    });
    let stderr_rid = child.stderr.take().map(|pipe| {
        table.add(ChildOutResource {
            pipe: AsyncRefCell::new(pipe),
            cancel: CancelHandle::new(),
        })
    });
    let rid = table.add(ChildResource {
        child: AsyncRefCell::new(child),
        pid,
        exited: Cell::new(false),
    });
    Ok(SpawnedChild {
        rid,
        pid,
        stdin_rid,
        stdout_rid,
        stderr_rid,
    })
}

#[op2]
#[serde]
pub async fn op_spawn_wait(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<ChildStatus, ProcessError> {
    let resource = state
        .borrow()
        .resource_table
        .get::<ChildResource>(rid)
        .map_err(JsErrorBox::from_err)?;
    let status = RcRef::map(&resource, |r| &r.child)
        .borrow_mut()
        .await
        .wait()
        .await?;
    resource.exited.set(true);
    let _ = state.borrow_mut().resource_table.take_any(rid);
    Ok(status.into())
}

#[op2(fast)]
pub fn op_spawn_kill(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[string] signal: &str,
) -> Result<(), ProcessError> {
    let resource = state
        .resource_table
        .get::<ChildResource>(rid)
        .map_err(|_| JsErrorBox::type_error("Child process has already terminated"))?;
    if resource.exited.get() {
        return Err(JsErrorBox::type_error("Child process has already terminated").into());
    }
    send_signal(resource.pid as i32, signal)
}

/// `Deno.kill(pid, signal)`: needs `--allow-run` (any program), as in Deno, except for a
/// signal to the program's own process (Deno allows that without a grant).
#[op2(fast)]
pub fn op_kill(state: &mut OpState, pid: i32, #[string] signal: &str) -> Result<(), ProcessError> {
    if pid != std::process::id() as i32 {
        state
            .borrow::<PermissionsContainer>()
            .check_run_all("Deno.kill()")?;
    }
    send_signal(pid, signal)
}

/// Sends `signal` (a name such as `SIGTERM`, or a number, both of which Deno takes).
fn send_signal(pid: i32, signal: &str) -> Result<(), ProcessError> {
    #[cfg(unix)]
    {
        let signo = signal_number(signal)
            .or_else(|| signal.parse::<i32>().ok().filter(|n| (1..=64).contains(n)))
            .ok_or_else(|| JsErrorBox::type_error(format!("Invalid signal: {signal}")))?;
        // SAFETY: kill has no memory preconditions.
        if unsafe { libc::kill(pid, signo) } != 0 {
            let error = std::io::Error::last_os_error();
            let message = match error.raw_os_error() {
                Some(libc::ESRCH) => "ESRCH: No such process".to_string(),
                Some(libc::EPERM) => "EPERM: Operation not permitted".to_string(),
                _ => error.to_string(),
            };
            return Err(JsErrorBox::new(
                if error.raw_os_error() == Some(libc::ESRCH) {
                    "NotFound"
                } else {
                    "PermissionDenied"
                },
                message,
            )
            .into());
        }
        Ok(())
    }
    #[cfg(not(unix))]
    {
        let _ = (pid, signal);
        Err(JsErrorBox::not_supported().into())
    }
}

const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGSYS", libc::SIGSYS),
];

fn signal_number(name: &str) -> Option<i32> {
    SIGNALS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

fn signal_name(signo: i32) -> Option<&'static str> {
    SIGNALS.iter().find(|(_, s)| *s == signo).map(|(n, _)| *n)
}

// ----- standard streams -----

/// Which of the process's standard streams a resource stands for.
#[derive(Clone, Copy)]
pub enum StdStream {
    In,
    Out,
    Err,
}

pub struct StdioResource(pub StdStream);

impl Resource for StdioResource {
    fn name(&self) -> Cow<'_, str> {
        match self.0 {
            StdStream::In => "stdin".into(),
            StdStream::Out => "stdout".into(),
            StdStream::Err => "stderr".into(),
        }
    }

    fn read_byob(
        self: Rc<Self>,
        mut buf: BufMutView,
    ) -> deno_core::AsyncResult<(usize, BufMutView)> {
        Box::pin(async move {
            if !matches!(self.0, StdStream::In) {
                return Err(JsErrorBox::new("BadResource", "Bad resource ID"));
            }
            // A blocking read on the pool: the JS thread stays free meanwhile.
            let (n, buf) = tokio::task::spawn_blocking(move || {
                let n = std::io::Read::read(&mut std::io::stdin().lock(), &mut buf);
                (n, buf)
            })
            .await
            .map_err(|e| JsErrorBox::generic(e.to_string()))?;
            Ok((n.map_err(JsErrorBox::from_err)?, buf))
        })
    }

    fn read_byob_sync(self: Rc<Self>, data: &mut [u8]) -> Result<usize, JsErrorBox> {
        match self.0 {
            StdStream::In => std::io::Read::read(&mut std::io::stdin().lock(), data)
                .map_err(JsErrorBox::from_err),
            _ => Err(JsErrorBox::new("BadResource", "Bad resource ID")),
        }
    }

    fn write(self: Rc<Self>, buf: BufView) -> deno_core::AsyncResult<WriteOutcome> {
        let result = self
            .write_sync(&buf)
            .map(|nwritten| WriteOutcome::Full { nwritten });
        Box::pin(std::future::ready(result))
    }

    fn write_sync(self: Rc<Self>, data: &[u8]) -> Result<usize, JsErrorBox> {
        use std::io::Write;
        // Whole writes, flushed: the program may interleave them with console output,
        // which goes through the same std handles.
        let result = match self.0 {
            StdStream::Out => {
                let mut out = std::io::stdout().lock();
                out.write_all(data).and_then(|()| out.flush())
            }
            StdStream::Err => {
                let mut err = std::io::stderr().lock();
                err.write_all(data).and_then(|()| err.flush())
            }
            StdStream::In => return Err(JsErrorBox::new("BadResource", "Bad resource ID")),
        };
        result.map(|()| data.len()).map_err(JsErrorBox::from_err)
    }

    #[cfg(unix)]
    fn backing_handle(self: Rc<Self>) -> Option<deno_core::ResourceHandle> {
        Some(deno_core::ResourceHandle::Fd(match self.0 {
            StdStream::In => 0,
            StdStream::Out => 1,
            StdStream::Err => 2,
        }))
    }
}

/// The resource ids of stdin, stdout and stderr (added when the extension starts).
#[derive(Clone, Copy)]
pub struct StdioRids(pub [ResourceId; 3]);

#[op2]
#[serde]
pub fn op_stdio_rids(state: &mut OpState) -> Vec<ResourceId> {
    state.borrow::<StdioRids>().0.to_vec()
}

/// `Deno.stdin.setRaw(raw, { cbreak })`.
#[op2(fast)]
pub fn op_stdin_set_raw(state: &mut OpState, raw: bool, cbreak: bool) -> Result<(), ProcessError> {
    Ok(x_ext_fs::tty::set_raw(state, 0, raw, cbreak)?)
}
