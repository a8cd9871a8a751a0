//! The file ops. Each checks permissions in Rust first, then calls the [`FileSystem`] in
//! `OpState`; async variants run the same call on tokio's blocking pool. Errors carry
//! Deno's wording: `No such file or directory (os error 2): readfile '/x'`, class from the
//! OS error (`NotFound`, `AlreadyExists`, ...) and `code` (`ENOENT`).
//!
//! Hot paths avoid serde: `stat` fills a `Float64Array` (see `STAT_FIELDS`), `readDir`
//! returns one string of `<type><name>\0` records.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use deno_core::{
    op2, AsyncRefCell, BufMutView, BufView, JsBuffer, OpState, RcRef, Resource, ResourceId,
    WriteOutcome,
};
use deno_error::{JsErrorBox, JsErrorClass};
use x_permissions::{PermissionCheckError, PermissionsContainer};

use crate::interface::{futime, DirEntry, FileSystem, FsHandle, OpenOptions};

/// An OS error with the operation and paths it happened on.
#[derive(Debug)]
pub struct FsError {
    io: std::io::Error,
    context: String,
}

impl FsError {
    pub fn new(io: std::io::Error, context: String) -> FsError {
        FsError { io, context }
    }
}

impl std::fmt::Display for FsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.context.is_empty() {
            write!(f, "{}", self.io)
        } else {
            write!(f, "{}: {}", self.io, self.context)
        }
    }
}

impl std::error::Error for FsError {}

impl JsErrorClass for FsError {
    fn get_class(&self) -> Cow<'static, str> {
        match self.io.raw_os_error() {
            // Deno names these by errno, not by io::ErrorKind.
            Some(libc::ENOTEMPTY) => "Error".into(),
            _ => self.io.get_class(),
        }
    }

    fn get_message(&self) -> Cow<'static, str> {
        self.to_string().into()
    }

    fn get_additional_properties(&self) -> deno_error::AdditionalProperties {
        self.io.get_additional_properties()
    }

    fn get_ref(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }
}

#[derive(Debug, thiserror::Error, deno_error::JsError)]
pub enum FsOpError {
    #[class(inherit)]
    #[error(transparent)]
    Permission(#[from] PermissionCheckError),
    #[class(inherit)]
    #[error(transparent)]
    Fs(#[from] FsError),
    #[class(inherit)]
    #[error(transparent)]
    Other(#[from] JsErrorBox),
}

fn ctx(op: &str, path: &str) -> String {
    format!("{op} '{path}'")
}

fn ctx2(op: &str, from: &str, to: &str) -> String {
    format!("{op} '{from}' -> '{to}'")
}

fn fs_of(state: &OpState) -> Arc<dyn FileSystem> {
    state.borrow::<FsHandle>().0.clone()
}

fn perms(state: &OpState) -> &PermissionsContainer {
    state.borrow::<PermissionsContainer>()
}

/// Runs `f` on the blocking pool (file system calls may block for long).
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(f)
        .await
        .expect("a blocking file task panicked")
}

// ----- whole files -----

#[op2]
#[buffer]
pub fn op_fs_read_file_sync(
    state: &mut OpState,
    #[string] path: String,
) -> Result<Vec<u8>, FsOpError> {
    perms(state).check_read(&path, "Deno.readFileSync()")?;
    fs_of(state)
        .read_file(Path::new(&path))
        .map_err(|e| FsError::new(e, ctx("readfile", &path)).into())
}

#[op2]
#[buffer]
pub async fn op_fs_read_file_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
) -> Result<Vec<u8>, FsOpError> {
    let fs = {
        let state = state.borrow();
        perms(&state).check_read(&path, "Deno.readFile()")?;
        fs_of(&state)
    };
    blocking(move || {
        fs.read_file(Path::new(&path))
            .map_err(|e| FsError::new(e, ctx("readfile", &path)).into())
    })
    .await
}

fn decode_utf8(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

#[op2]
#[string]
pub fn op_fs_read_text_file_sync(
    state: &mut OpState,
    #[string] path: String,
) -> Result<String, FsOpError> {
    perms(state).check_read(&path, "Deno.readFileSync()")?;
    let bytes = fs_of(state)
        .read_file(Path::new(&path))
        .map_err(|e| FsError::new(e, ctx("readfile", &path)))?;
    Ok(decode_utf8(bytes))
}

#[op2]
#[string]
pub async fn op_fs_read_text_file_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
) -> Result<String, FsOpError> {
    let fs = {
        let state = state.borrow();
        perms(&state).check_read(&path, "Deno.readFile()")?;
        fs_of(&state)
    };
    blocking(move || {
        let bytes = fs
            .read_file(Path::new(&path))
            .map_err(|e| FsError::new(e, ctx("readfile", &path)))?;
        Ok(decode_utf8(bytes))
    })
    .await
}

fn write_options(flags: u32, mode: i32) -> OpenOptions {
    // writeFile: write, plus append / create / createNew from the options; truncate
    // unless appending.
    let mut options = OpenOptions::from_bits(flags, mode);
    options.write = true;
    options.truncate = !options.append && !options.create_new;
    if options.append {
        options.write = false;
    }
    options
}

fn check_write_file(
    state: &OpState,
    path: &str,
    options: &OpenOptions,
    api: &str,
) -> Result<(), PermissionCheckError> {
    let perms = perms(state);
    perms.check_write(path, api)?;
    if !options.create && !options.create_new {
        // Without create Deno also reads (the file must exist).
        perms.check_read(path, api)?;
    }
    Ok(())
}

#[op2(fast)]
pub fn op_fs_write_file_sync(
    state: &mut OpState,
    #[string] path: String,
    flags: u32,
    mode: i32,
    #[buffer] data: &[u8],
) -> Result<(), FsOpError> {
    let options = write_options(flags, mode);
    check_write_file(state, &path, &options, "Deno.writeFileSync()")?;
    fs_of(state)
        .write_file(Path::new(&path), &options, data)
        .map_err(|e| FsError::new(e, ctx("writefile", &path)).into())
}

#[op2]
pub async fn op_fs_write_file_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
    flags: u32,
    mode: i32,
    #[buffer] data: JsBuffer,
) -> Result<(), FsOpError> {
    let options = write_options(flags, mode);
    let fs = {
        let state = state.borrow();
        check_write_file(&state, &path, &options, "Deno.writeFile()")?;
        fs_of(&state)
    };
    blocking(move || {
        fs.write_file(Path::new(&path), &options, &data)
            .map_err(|e| FsError::new(e, ctx("writefile", &path)).into())
    })
    .await
}

/// The text variant takes the string and encodes in Rust (one copy instead of two).
#[op2(fast)]
pub fn op_fs_write_text_file_sync(
    state: &mut OpState,
    #[string] path: String,
    flags: u32,
    mode: i32,
    #[string] data: &str,
) -> Result<(), FsOpError> {
    let options = write_options(flags, mode);
    check_write_file(state, &path, &options, "Deno.writeFileSync()")?;
    fs_of(state)
        .write_file(Path::new(&path), &options, data.as_bytes())
        .map_err(|e| FsError::new(e, ctx("writefile", &path)).into())
}

#[op2]
pub async fn op_fs_write_text_file_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
    flags: u32,
    mode: i32,
    #[string] data: String,
) -> Result<(), FsOpError> {
    let options = write_options(flags, mode);
    let fs = {
        let state = state.borrow();
        check_write_file(&state, &path, &options, "Deno.writeFile()")?;
        fs_of(&state)
    };
    blocking(move || {
        fs.write_file(Path::new(&path), &options, data.as_bytes())
            .map_err(|e| FsError::new(e, ctx("writefile", &path)).into())
    })
    .await
}

// ----- stat -----

/// Number of `f64` slots a stat fills: kind bits, size, mtime, atime, birthtime, ctime
/// (ms, NaN when unknown), dev, ino, mode, nlink, uid, gid, rdev, blksize, blocks.
pub const STAT_FIELDS: usize = 15;

fn time_ms(t: std::io::Result<std::time::SystemTime>) -> f64 {
    match t {
        Ok(t) => match t.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => d.as_secs_f64() * 1000.0,
            Err(e) => -(e.duration().as_secs_f64() * 1000.0),
        },
        Err(_) => f64::NAN,
    }
}

fn pack_stat(meta: &std::fs::Metadata) -> [f64; STAT_FIELDS] {
    let kind = meta.file_type();
    let mut bits = 0u32;
    if kind.is_file() {
        bits |= 1;
    }
    if kind.is_dir() {
        bits |= 2;
    }
    if kind.is_symlink() {
        bits |= 4;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{FileTypeExt, MetadataExt};
        if kind.is_block_device() {
            bits |= 8;
        }
        if kind.is_char_device() {
            bits |= 16;
        }
        if kind.is_fifo() {
            bits |= 32;
        }
        if kind.is_socket() {
            bits |= 64;
        }
        // Whole seconds, as Deno reports `ctime` (its other times keep milliseconds).
        let ctime = meta.ctime() as f64 * 1000.0;
        [
            bits as f64,
            meta.len() as f64,
            time_ms(meta.modified()),
            time_ms(meta.accessed()),
            time_ms(meta.created()),
            ctime,
            meta.dev() as f64,
            meta.ino() as f64,
            meta.mode() as f64,
            meta.nlink() as f64,
            meta.uid() as f64,
            meta.gid() as f64,
            meta.rdev() as f64,
            meta.blksize() as f64,
            meta.blocks() as f64,
        ]
    }
    #[cfg(not(unix))]
    {
        let mut out = [f64::NAN; STAT_FIELDS];
        out[0] = bits as f64;
        out[1] = meta.len() as f64;
        out[2] = time_ms(meta.modified());
        out[3] = time_ms(meta.accessed());
        out[4] = time_ms(meta.created());
        out
    }
}

fn write_stat(out: &mut [u8], meta: &std::fs::Metadata) {
    for (i, v) in pack_stat(meta).iter().enumerate() {
        if let Some(slot) = out.get_mut(i * 8..i * 8 + 8) {
            slot.copy_from_slice(&v.to_ne_bytes());
        }
    }
}

fn stat_bytes(meta: &std::fs::Metadata) -> Vec<u8> {
    let mut out = vec![0u8; STAT_FIELDS * 8];
    write_stat(&mut out, meta);
    out
}

/// `Deno.statSync`/`lstatSync`: fills `out` (an ArrayBuffer of `STAT_FIELDS` f64s).
#[op2(fast)]
pub fn op_fs_stat_sync(
    state: &mut OpState,
    #[string] path: &str,
    lstat: bool,
    #[arraybuffer] out: &mut [u8],
) -> Result<(), FsOpError> {
    let api = if lstat {
        "Deno.lstatSync()"
    } else {
        "Deno.statSync()"
    };
    perms(state).check_read(path, api)?;
    let fs = state.borrow::<FsHandle>();
    let meta = if lstat {
        fs.0.lstat(Path::new(path))
    } else {
        fs.0.stat(Path::new(path))
    };
    let meta =
        meta.map_err(|e| FsError::new(e, ctx(if lstat { "lstat" } else { "stat" }, path)))?;
    write_stat(out, &meta);
    Ok(())
}

#[op2]
#[arraybuffer]
pub async fn op_fs_stat_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
    lstat: bool,
) -> Result<Vec<u8>, FsOpError> {
    let fs = {
        let state = state.borrow();
        perms(&state).check_read(&path, if lstat { "Deno.lstat()" } else { "Deno.stat()" })?;
        fs_of(&state)
    };
    blocking(move || {
        let meta = if lstat {
            fs.lstat(Path::new(&path))
        } else {
            fs.stat(Path::new(&path))
        };
        let meta =
            meta.map_err(|e| FsError::new(e, ctx(if lstat { "lstat" } else { "stat" }, &path)))?;
        Ok(stat_bytes(&meta))
    })
    .await
}

// ----- folders -----

fn encode_dir(entries: Vec<DirEntry>) -> String {
    let mut out = String::with_capacity(entries.iter().map(|e| e.name.len() + 2).sum());
    for e in entries {
        out.push(if e.is_file {
            'f'
        } else if e.is_directory {
            'd'
        } else if e.is_symlink {
            'l'
        } else {
            'o'
        });
        out.push_str(&e.name);
        out.push('\0');
    }
    out
}

#[op2]
#[string]
pub fn op_fs_read_dir_sync(
    state: &mut OpState,
    #[string] path: String,
) -> Result<String, FsOpError> {
    perms(state).check_read(&path, "Deno.readDirSync()")?;
    let entries = fs_of(state)
        .read_dir(Path::new(&path))
        .map_err(|e| FsError::new(e, ctx("readdir", &path)))?;
    Ok(encode_dir(entries))
}

#[op2]
#[string]
pub async fn op_fs_read_dir_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
) -> Result<String, FsOpError> {
    let fs = {
        let state = state.borrow();
        perms(&state).check_read(&path, "Deno.readDir()")?;
        fs_of(&state)
    };
    blocking(move || {
        let entries = fs
            .read_dir(Path::new(&path))
            .map_err(|e| FsError::new(e, ctx("readdir", &path)))?;
        Ok(encode_dir(entries))
    })
    .await
}

/// The path ops that take one path and return nothing, as one enum so the sync and async
/// ops share their checks and wording.
#[derive(Clone, Copy)]
enum PathOp {
    Mkdir { recursive: bool, mode: Option<u32> },
    Remove { recursive: bool },
    Chmod { mode: u32 },
    Chown { uid: Option<u32>, gid: Option<u32> },
    Truncate { len: u64 },
    Utime { atime: f64, mtime: f64 },
}

impl PathOp {
    fn check(
        &self,
        perms: &PermissionsContainer,
        path: &str,
        sync: bool,
    ) -> Result<(), PermissionCheckError> {
        let name = match self {
            PathOp::Mkdir { .. } => "mkdir",
            PathOp::Remove { .. } => "remove",
            PathOp::Chmod { .. } => "chmod",
            PathOp::Chown { .. } => "chown",
            PathOp::Truncate { .. } => "truncate",
            PathOp::Utime { .. } => "utime",
        };
        let api = format!("Deno.{name}{}()", if sync { "Sync" } else { "" });
        perms.check_write(path, &api)
    }

    fn run(self, fs: &dyn FileSystem, path: &str) -> Result<(), FsError> {
        let p = Path::new(path);
        let (name, result) = match self {
            PathOp::Mkdir { recursive, mode } => ("mkdir", fs.mkdir(p, recursive, mode)),
            PathOp::Remove { recursive } => ("remove", fs.remove(p, recursive)),
            PathOp::Chmod { mode } => ("chmod", fs.chmod(p, mode)),
            PathOp::Chown { uid, gid } => ("chown", fs.chown(p, uid, gid)),
            PathOp::Truncate { len } => ("truncate", fs.truncate(p, len)),
            PathOp::Utime { atime, mtime } => ("utime", fs.utime(p, atime, mtime)),
        };
        result.map_err(|e| FsError::new(e, ctx(name, path)))
    }
}

fn path_op_sync(state: &mut OpState, path: &str, op: PathOp) -> Result<(), FsOpError> {
    op.check(perms(state), path, true)?;
    Ok(op.run(&*fs_of(state), path)?)
}

async fn path_op_async(
    state: Rc<RefCell<OpState>>,
    path: String,
    op: PathOp,
) -> Result<(), FsOpError> {
    let fs = {
        let state = state.borrow();
        op.check(perms(&state), &path, false)?;
        fs_of(&state)
    };
    Ok(blocking(move || op.run(&*fs, &path)).await?)
}

fn opt_mode(mode: i32) -> Option<u32> {
    (mode >= 0).then_some(mode as u32)
}

#[op2(fast)]
pub fn op_fs_mkdir_sync(
    state: &mut OpState,
    #[string] path: &str,
    recursive: bool,
    mode: i32,
) -> Result<(), FsOpError> {
    path_op_sync(
        state,
        path,
        PathOp::Mkdir {
            recursive,
            mode: opt_mode(mode),
        },
    )
}

#[op2]
pub async fn op_fs_mkdir_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
    recursive: bool,
    mode: i32,
) -> Result<(), FsOpError> {
    path_op_async(
        state,
        path,
        PathOp::Mkdir {
            recursive,
            mode: opt_mode(mode),
        },
    )
    .await
}

#[op2(fast)]
pub fn op_fs_remove_sync(
    state: &mut OpState,
    #[string] path: &str,
    recursive: bool,
) -> Result<(), FsOpError> {
    path_op_sync(state, path, PathOp::Remove { recursive })
}

#[op2]
pub async fn op_fs_remove_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
    recursive: bool,
) -> Result<(), FsOpError> {
    path_op_async(state, path, PathOp::Remove { recursive }).await
}

#[op2(fast)]
pub fn op_fs_chmod_sync(
    state: &mut OpState,
    #[string] path: &str,
    mode: u32,
) -> Result<(), FsOpError> {
    path_op_sync(state, path, PathOp::Chmod { mode })
}

#[op2]
pub async fn op_fs_chmod_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
    mode: u32,
) -> Result<(), FsOpError> {
    path_op_async(state, path, PathOp::Chmod { mode }).await
}

fn opt_id(id: f64) -> Option<u32> {
    (id >= 0.0).then_some(id as u32)
}

#[op2(fast)]
pub fn op_fs_chown_sync(
    state: &mut OpState,
    #[string] path: &str,
    uid: f64,
    gid: f64,
) -> Result<(), FsOpError> {
    path_op_sync(
        state,
        path,
        PathOp::Chown {
            uid: opt_id(uid),
            gid: opt_id(gid),
        },
    )
}

#[op2]
pub async fn op_fs_chown_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
    uid: f64,
    gid: f64,
) -> Result<(), FsOpError> {
    path_op_async(
        state,
        path,
        PathOp::Chown {
            uid: opt_id(uid),
            gid: opt_id(gid),
        },
    )
    .await
}

#[op2(fast)]
pub fn op_fs_truncate_sync(
    state: &mut OpState,
    #[string] path: &str,
    #[number] len: u64,
) -> Result<(), FsOpError> {
    path_op_sync(state, path, PathOp::Truncate { len })
}

#[op2]
pub async fn op_fs_truncate_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
    #[number] len: u64,
) -> Result<(), FsOpError> {
    path_op_async(state, path, PathOp::Truncate { len }).await
}

#[op2(fast)]
pub fn op_fs_utime_sync(
    state: &mut OpState,
    #[string] path: &str,
    atime: f64,
    mtime: f64,
) -> Result<(), FsOpError> {
    path_op_sync(state, path, PathOp::Utime { atime, mtime })
}

#[op2]
pub async fn op_fs_utime_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
    atime: f64,
    mtime: f64,
) -> Result<(), FsOpError> {
    path_op_async(state, path, PathOp::Utime { atime, mtime }).await
}

// ----- two paths -----

#[derive(Clone, Copy)]
enum TwoPathOp {
    Rename,
    Copy,
    Link,
}

impl TwoPathOp {
    fn check(
        self,
        perms: &PermissionsContainer,
        from: &str,
        to: &str,
        sync: bool,
    ) -> Result<(), PermissionCheckError> {
        let s = if sync { "Sync" } else { "" };
        match self {
            TwoPathOp::Rename => {
                let api = format!("Deno.rename{s}()");
                perms.check_read(from, &api)?;
                perms.check_write(from, &api)?;
                perms.check_write(to, &api)
            }
            TwoPathOp::Copy => {
                let api = format!("Deno.copyFile{s}()");
                perms.check_read(from, &api)?;
                perms.check_write(to, &api)
            }
            TwoPathOp::Link => {
                let api = format!("Deno.link{s}()");
                perms.check_read(from, &api)?;
                perms.check_write(from, &api)?;
                perms.check_read(to, &api)?;
                perms.check_write(to, &api)
            }
        }
    }

    fn run(self, fs: &dyn FileSystem, from: &str, to: &str) -> Result<(), FsError> {
        let (a, b) = (Path::new(from), Path::new(to));
        let (name, result) = match self {
            TwoPathOp::Rename => ("rename", fs.rename(a, b)),
            TwoPathOp::Copy => ("copy", fs.copy_file(a, b)),
            TwoPathOp::Link => ("link", fs.link(a, b)),
        };
        result.map_err(|e| FsError::new(e, ctx2(name, from, to)))
    }
}

fn two_path_sync(
    state: &mut OpState,
    from: &str,
    to: &str,
    op: TwoPathOp,
) -> Result<(), FsOpError> {
    op.check(perms(state), from, to, true)?;
    Ok(op.run(&*fs_of(state), from, to)?)
}

async fn two_path_async(
    state: Rc<RefCell<OpState>>,
    from: String,
    to: String,
    op: TwoPathOp,
) -> Result<(), FsOpError> {
    let fs = {
        let state = state.borrow();
        op.check(perms(&state), &from, &to, false)?;
        fs_of(&state)
    };
    Ok(blocking(move || op.run(&*fs, &from, &to)).await?)
}

#[op2(fast)]
pub fn op_fs_rename_sync(
    state: &mut OpState,
    #[string] from: &str,
    #[string] to: &str,
) -> Result<(), FsOpError> {
    two_path_sync(state, from, to, TwoPathOp::Rename)
}

#[op2]
pub async fn op_fs_rename_async(
    state: Rc<RefCell<OpState>>,
    #[string] from: String,
    #[string] to: String,
) -> Result<(), FsOpError> {
    two_path_async(state, from, to, TwoPathOp::Rename).await
}

#[op2(fast)]
pub fn op_fs_copy_file_sync(
    state: &mut OpState,
    #[string] from: &str,
    #[string] to: &str,
) -> Result<(), FsOpError> {
    two_path_sync(state, from, to, TwoPathOp::Copy)
}

#[op2]
pub async fn op_fs_copy_file_async(
    state: Rc<RefCell<OpState>>,
    #[string] from: String,
    #[string] to: String,
) -> Result<(), FsOpError> {
    two_path_async(state, from, to, TwoPathOp::Copy).await
}

#[op2(fast)]
pub fn op_fs_link_sync(
    state: &mut OpState,
    #[string] from: &str,
    #[string] to: &str,
) -> Result<(), FsOpError> {
    two_path_sync(state, from, to, TwoPathOp::Link)
}

#[op2]
pub async fn op_fs_link_async(
    state: Rc<RefCell<OpState>>,
    #[string] from: String,
    #[string] to: String,
) -> Result<(), FsOpError> {
    two_path_async(state, from, to, TwoPathOp::Link).await
}

/// `Deno.symlink` needs unscoped read and write: a link's target is only resolved when
/// the link is used, so a path-scoped grant could not contain it (Deno's rule).
fn check_symlink(perms: &PermissionsContainer, sync: bool) -> Result<(), PermissionCheckError> {
    let api = if sync {
        "Deno.symlinkSync()"
    } else {
        "Deno.symlink()"
    };
    let ok = perms.check_read_all(api).is_ok() && perms.check_write_all(api).is_ok();
    if ok {
        Ok(())
    } else {
        Err(PermissionCheckError::new(format!(
            "{api} requires unscoped --allow-read and --allow-write permissions; path-scoped grants (e.g. --allow-write=<path>) are not supported because a symlink's target is only resolved when the link is traversed"
        )))
    }
}

#[op2(fast)]
pub fn op_fs_symlink_sync(
    state: &mut OpState,
    #[string] target: &str,
    #[string] link: &str,
) -> Result<(), FsOpError> {
    check_symlink(perms(state), true)?;
    fs_of(state)
        .symlink(Path::new(target), Path::new(link))
        .map_err(|e| FsError::new(e, ctx2("symlink", target, link)).into())
}

#[op2]
pub async fn op_fs_symlink_async(
    state: Rc<RefCell<OpState>>,
    #[string] target: String,
    #[string] link: String,
) -> Result<(), FsOpError> {
    let fs = {
        let state = state.borrow();
        check_symlink(perms(&state), false)?;
        fs_of(&state)
    };
    blocking(move || {
        fs.symlink(Path::new(&target), Path::new(&link))
            .map_err(|e| FsError::new(e, ctx2("symlink", &target, &link)).into())
    })
    .await
}

// ----- paths out -----

fn path_string(path: PathBuf) -> String {
    path.to_string_lossy().into_owned()
}

#[op2]
#[string]
pub fn op_fs_realpath_sync(
    state: &mut OpState,
    #[string] path: String,
) -> Result<String, FsOpError> {
    perms(state).check_read(&path, "Deno.realPathSync()")?;
    fs_of(state)
        .realpath(Path::new(&path))
        .map(path_string)
        .map_err(|e| FsError::new(e, ctx("realpath", &path)).into())
}

#[op2]
#[string]
pub async fn op_fs_realpath_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
) -> Result<String, FsOpError> {
    let fs = {
        let state = state.borrow();
        perms(&state).check_read(&path, "Deno.realPath()")?;
        fs_of(&state)
    };
    blocking(move || {
        fs.realpath(Path::new(&path))
            .map(path_string)
            .map_err(|e| FsError::new(e, ctx("realpath", &path)).into())
    })
    .await
}

#[op2]
#[string]
pub fn op_fs_read_link_sync(
    state: &mut OpState,
    #[string] path: String,
) -> Result<String, FsOpError> {
    perms(state).check_read(&path, "Deno.readLinkSync()")?;
    fs_of(state)
        .read_link(Path::new(&path))
        .map(path_string)
        .map_err(|e| FsError::new(e, ctx("readlink", &path)).into())
}

#[op2]
#[string]
pub async fn op_fs_read_link_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
) -> Result<String, FsOpError> {
    let fs = {
        let state = state.borrow();
        perms(&state).check_read(&path, "Deno.readLink()")?;
        fs_of(&state)
    };
    blocking(move || {
        fs.read_link(Path::new(&path))
            .map(path_string)
            .map_err(|e| FsError::new(e, ctx("readlink", &path)).into())
    })
    .await
}

fn check_temp(state: &OpState, dir: Option<&str>, api: &str) -> Result<(), PermissionCheckError> {
    match dir {
        Some(dir) => perms(state).check_write(dir, api),
        None => {
            let tmp = fs_of(state).temp_dir();
            perms(state).check_write_blind(&tmp, "<TMP>", api)
        }
    }
}

fn make_temp(
    fs: &dyn FileSystem,
    dir: Option<String>,
    prefix: &str,
    suffix: &str,
    is_dir: bool,
) -> Result<String, FsError> {
    fs.make_temp(dir.as_deref().map(Path::new), prefix, suffix, is_dir)
        .map(path_string)
        .map_err(|e| FsError::new(e, if is_dir { "tmpdir" } else { "tmpfile" }.to_string()))
}

#[op2]
#[string]
pub fn op_fs_make_temp_sync(
    state: &mut OpState,
    #[string] dir: Option<String>,
    #[string] prefix: String,
    #[string] suffix: String,
    is_dir: bool,
) -> Result<String, FsOpError> {
    let api = if is_dir {
        "Deno.makeTempDirSync()"
    } else {
        "Deno.makeTempFileSync()"
    };
    check_temp(state, dir.as_deref(), api)?;
    Ok(make_temp(&*fs_of(state), dir, &prefix, &suffix, is_dir)?)
}

#[op2]
#[string]
pub async fn op_fs_make_temp_async(
    state: Rc<RefCell<OpState>>,
    #[string] dir: Option<String>,
    #[string] prefix: String,
    #[string] suffix: String,
    is_dir: bool,
) -> Result<String, FsOpError> {
    let fs = {
        let state = state.borrow();
        let api = if is_dir {
            "Deno.makeTempDir()"
        } else {
            "Deno.makeTempFile()"
        };
        check_temp(&state, dir.as_deref(), api)?;
        fs_of(&state)
    };
    Ok(blocking(move || make_temp(&*fs, dir, &prefix, &suffix, is_dir)).await?)
}

#[op2]
#[string]
pub fn op_fs_cwd(state: &mut OpState) -> Result<String, FsOpError> {
    fs_of(state)
        .cwd()
        .map(path_string)
        .map_err(|e| FsError::new(e, "cwd".into()).into())
}

#[op2(fast)]
pub fn op_fs_chdir(state: &mut OpState, #[string] path: &str) -> Result<(), FsOpError> {
    perms(state).check_read(path, "Deno.chdir()")?;
    fs_of(state)
        .chdir(Path::new(path))
        .map_err(|e| FsError::new(e, ctx("chdir", path)).into())
}

// ----- open files -----

/// An open file: `Deno.FsFile`'s resource. Reads and writes go through deno_core's
/// `core.read`/`core.write` (async on the blocking pool) and their sync twins.
pub struct FileResource {
    file: Arc<std::fs::File>,
    /// Serialises async operations so reads and writes happen in call order.
    order: AsyncRefCell<()>,
}

impl FileResource {
    pub fn new(file: std::fs::File) -> FileResource {
        FileResource {
            file: Arc::new(file),
            order: AsyncRefCell::new(()),
        }
    }

    pub fn file(&self) -> &Arc<std::fs::File> {
        &self.file
    }
}

fn io_box(e: std::io::Error) -> JsErrorBox {
    JsErrorBox::from_err(e)
}

impl Resource for FileResource {
    fn name(&self) -> Cow<'_, str> {
        "fsFile".into()
    }

    fn read_byob(
        self: Rc<Self>,
        mut buf: BufMutView,
    ) -> deno_core::AsyncResult<(usize, BufMutView)> {
        Box::pin(async move {
            let _order = RcRef::map(&self, |r| &r.order).borrow_mut().await;
            let file = self.file.clone();
            let (n, buf) = blocking(move || {
                let n = (&*file).read(&mut buf);
                (n, buf)
            })
            .await;
            Ok((n.map_err(io_box)?, buf))
        })
    }

    fn write(self: Rc<Self>, buf: BufView) -> deno_core::AsyncResult<WriteOutcome> {
        Box::pin(async move {
            let _order = RcRef::map(&self, |r| &r.order).borrow_mut().await;
            let file = self.file.clone();
            let nwritten = blocking(move || (&*file).write(&buf))
                .await
                .map_err(io_box)?;
            Ok(WriteOutcome::Full { nwritten })
        })
    }

    fn read_byob_sync(self: Rc<Self>, data: &mut [u8]) -> Result<usize, JsErrorBox> {
        (&*self.file).read(data).map_err(io_box)
    }

    fn write_sync(self: Rc<Self>, data: &[u8]) -> Result<usize, JsErrorBox> {
        (&*self.file).write(data).map_err(io_box)
    }

    fn size_hint(&self) -> (u64, Option<u64>) {
        match self.file.metadata() {
            Ok(m) if m.is_file() => (m.len(), None),
            _ => (0, None),
        }
    }

    #[cfg(unix)]
    fn backing_handle(self: Rc<Self>) -> Option<deno_core::ResourceHandle> {
        use std::os::unix::io::AsRawFd;
        Some(deno_core::ResourceHandle::Fd(self.file.as_raw_fd()))
    }
}

fn check_open(
    state: &OpState,
    path: &str,
    options: &OpenOptions,
    api: &str,
) -> Result<(), PermissionCheckError> {
    if options.read {
        perms(state).check_read(path, api)?;
    }
    if options.writes() {
        perms(state).check_write(path, api)?;
    }
    Ok(())
}

#[op2(fast)]
#[smi]
pub fn op_fs_open_sync(
    state: &mut OpState,
    #[string] path: &str,
    flags: u32,
    mode: i32,
) -> Result<ResourceId, FsOpError> {
    let options = OpenOptions::from_bits(flags, mode);
    check_open(state, path, &options, "Deno.openSync()")?;
    let file = fs_of(state)
        .open(Path::new(path), &options)
        .map_err(|e| FsError::new(e, ctx("open", path)))?;
    Ok(state.resource_table.add(FileResource::new(file)))
}

#[op2]
#[smi]
pub async fn op_fs_open_async(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
    flags: u32,
    mode: i32,
) -> Result<ResourceId, FsOpError> {
    let options = OpenOptions::from_bits(flags, mode);
    let fs = {
        let state = state.borrow();
        check_open(&state, &path, &options, "Deno.open()")?;
        fs_of(&state)
    };
    let file = blocking(move || {
        fs.open(Path::new(&path), &options)
            .map_err(|e| FsError::new(e, ctx("open", &path)))
    })
    .await?;
    Ok(state
        .borrow_mut()
        .resource_table
        .add(FileResource::new(file)))
}

/// `FsFile.setRaw(mode, { cbreak })`: raw mode for a file that is a terminal.
#[op2(fast)]
pub fn op_fs_set_raw(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    raw: bool,
    cbreak: bool,
) -> Result<(), FsOpError> {
    let file = file_of(state, rid)?;
    #[cfg(unix)]
    let fd = std::os::fd::AsRawFd::as_raw_fd(&*file);
    #[cfg(not(unix))]
    let fd = {
        let _ = file;
        -1
    };
    Ok(crate::tty::set_raw(state, fd, raw, cbreak)?)
}

fn file_of(state: &OpState, rid: ResourceId) -> Result<Arc<std::fs::File>, FsOpError> {
    let resource = state
        .resource_table
        .get::<FileResource>(rid)
        .map_err(JsErrorBox::from_err)?;
    Ok(resource.file.clone())
}

fn bad(e: std::io::Error) -> FsOpError {
    FsError::new(e, String::new()).into()
}

fn seek_from(offset: i64, whence: u32) -> Result<SeekFrom, FsOpError> {
    Ok(match whence {
        // A negative absolute offset is the OS's EINVAL in Deno (a TypeError, code EINVAL).
        0 if offset < 0 => return Err(bad(std::io::Error::from_raw_os_error(libc::EINVAL))),
        0 => SeekFrom::Start(offset as u64),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => return Err(JsErrorBox::type_error(format!("Invalid seek mode: {whence}")).into()),
    })
}

#[op2(fast)]
#[number]
pub fn op_fs_seek_sync(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[number] offset: i64,
    whence: u32,
) -> Result<u64, FsOpError> {
    let file = file_of(state, rid)?;
    (&*file).seek(seek_from(offset, whence)?).map_err(bad)
}

#[op2]
#[number]
pub async fn op_fs_seek_async(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
    #[number] offset: i64,
    whence: u32,
) -> Result<u64, FsOpError> {
    let file = file_of(&state.borrow(), rid)?;
    let from = seek_from(offset, whence)?;
    blocking(move || (&*file).seek(from).map_err(bad)).await
}

#[op2(fast)]
pub fn op_fs_fstat_sync(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[arraybuffer] out: &mut [u8],
) -> Result<(), FsOpError> {
    let file = file_of(state, rid)?;
    let meta = file.metadata().map_err(bad)?;
    write_stat(out, &meta);
    Ok(())
}

#[op2]
#[arraybuffer]
pub async fn op_fs_fstat_async(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<Vec<u8>, FsOpError> {
    let file = file_of(&state.borrow(), rid)?;
    blocking(move || file.metadata().map(|m| stat_bytes(&m)).map_err(bad)).await
}

/// What the small file-handle ops do, shared by the sync and async variants.
#[derive(Clone, Copy)]
enum FileOp {
    Truncate(u64),
    Sync,
    SyncData,
    Utime(f64, f64),
    Lock(bool),
    Unlock,
    /// `tryLock`: `false` when another holder has the lock.
    TryLock(bool),
}

/// Runs `op`; the answer is `true` except for a `tryLock` that did not get the lock.
fn run_file_op(file: &std::fs::File, op: FileOp) -> std::io::Result<bool> {
    match op {
        FileOp::Truncate(len) => file.set_len(len),
        FileOp::Sync => file.sync_all(),
        FileOp::SyncData => file.sync_data(),
        FileOp::Utime(a, m) => futime(file, a, m),
        FileOp::Lock(true) => file.lock(),
        FileOp::Lock(false) => file.lock_shared(),
        FileOp::Unlock => file.unlock(),
        FileOp::TryLock(exclusive) => {
            let result = if exclusive {
                file.try_lock()
            } else {
                file.try_lock_shared()
            };
            return match result {
                Ok(()) => Ok(true),
                Err(std::fs::TryLockError::WouldBlock) => Ok(false),
                Err(std::fs::TryLockError::Error(e)) => Err(e),
            };
        }
    }
    .map(|()| true)
}

/// `kind`: 0 truncate(len), 1 sync, 2 syncData, 3 utime(a, m), 4 lock(a != 0), 5 unlock,
/// 6 tryLock(a != 0).
fn file_op(kind: u32, a: f64, b: f64) -> Result<FileOp, FsOpError> {
    Ok(match kind {
        0 => FileOp::Truncate(a.max(0.0) as u64),
        1 => FileOp::Sync,
        2 => FileOp::SyncData,
        3 => FileOp::Utime(a, b),
        4 => FileOp::Lock(a != 0.0),
        5 => FileOp::Unlock,
        6 => FileOp::TryLock(a != 0.0),
        _ => return Err(JsErrorBox::type_error("unknown file operation").into()),
    })
}

#[op2(fast)]
pub fn op_fs_file_op_sync(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    kind: u32,
    a: f64,
    b: f64,
) -> Result<bool, FsOpError> {
    let file = file_of(state, rid)?;
    run_file_op(&file, file_op(kind, a, b)?).map_err(bad)
}

#[op2]
pub async fn op_fs_file_op_async(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
    kind: u32,
    a: f64,
    b: f64,
) -> Result<bool, FsOpError> {
    let file = file_of(&state.borrow(), rid)?;
    let op = file_op(kind, a, b)?;
    blocking(move || run_file_op(&file, op).map_err(bad)).await
}
