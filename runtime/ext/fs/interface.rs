//! The file system the `Deno.*` file ops work on. `x run` uses the real one ([`RealFs`]);
//! the platform can put another in `OpState` (a tenant's sandbox folder, an in-memory
//! tree) without touching the ops. Methods are synchronous: the async ops call them on
//! tokio's blocking pool, as Deno does.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How a file is opened (`Deno.OpenOptions`).
#[derive(Debug, Clone, Copy, Default)]
pub struct OpenOptions {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub truncate: bool,
    pub create: bool,
    pub create_new: bool,
    pub mode: Option<u32>,
}

impl OpenOptions {
    /// Bits as the JavaScript side packs them.
    pub const READ: u32 = 1;
    pub const WRITE: u32 = 2;
    pub const APPEND: u32 = 4;
    pub const TRUNCATE: u32 = 8;
    pub const CREATE: u32 = 16;
    pub const CREATE_NEW: u32 = 32;

    pub fn from_bits(bits: u32, mode: i32) -> OpenOptions {
        OpenOptions {
            read: bits & Self::READ != 0,
            write: bits & Self::WRITE != 0,
            append: bits & Self::APPEND != 0,
            truncate: bits & Self::TRUNCATE != 0,
            create: bits & Self::CREATE != 0,
            create_new: bits & Self::CREATE_NEW != 0,
            mode: (mode >= 0).then_some(mode as u32),
        }
    }

    /// Whether the open changes anything on disk (needs write permission).
    pub fn writes(&self) -> bool {
        self.write || self.append || self.truncate || self.create || self.create_new
    }

    pub fn to_std(&self) -> std::fs::OpenOptions {
        let mut o = std::fs::OpenOptions::new();
        o.read(self.read)
            .write(self.write)
            .append(self.append)
            .truncate(self.truncate);
        o.create(self.create).create_new(self.create_new);
        #[cfg(unix)]
        if let Some(mode) = self.mode {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(mode & 0o777);
        }
        o
    }
}

/// One entry of a folder listing.
#[derive(Debug, Clone)]
pub struct DirEntry {
    pub name: String,
    pub is_file: bool,
    pub is_directory: bool,
    pub is_symlink: bool,
}

/// The file system behind the ops.
pub trait FileSystem: Send + Sync + 'static {
    fn open(&self, path: &Path, options: &OpenOptions) -> io::Result<std::fs::File>;
    fn read_file(&self, path: &Path) -> io::Result<Vec<u8>>;
    fn write_file(&self, path: &Path, options: &OpenOptions, data: &[u8]) -> io::Result<()>;
    fn stat(&self, path: &Path) -> io::Result<std::fs::Metadata>;
    fn lstat(&self, path: &Path) -> io::Result<std::fs::Metadata>;
    fn read_dir(&self, path: &Path) -> io::Result<Vec<DirEntry>>;
    fn mkdir(&self, path: &Path, recursive: bool, mode: Option<u32>) -> io::Result<()>;
    fn remove(&self, path: &Path, recursive: bool) -> io::Result<()>;
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    fn copy_file(&self, from: &Path, to: &Path) -> io::Result<()>;
    fn link(&self, from: &Path, to: &Path) -> io::Result<()>;
    fn symlink(&self, target: &Path, link: &Path) -> io::Result<()>;
    fn read_link(&self, path: &Path) -> io::Result<PathBuf>;
    fn realpath(&self, path: &Path) -> io::Result<PathBuf>;
    fn chmod(&self, path: &Path, mode: u32) -> io::Result<()>;
    fn chown(&self, path: &Path, uid: Option<u32>, gid: Option<u32>) -> io::Result<()>;
    fn truncate(&self, path: &Path, len: u64) -> io::Result<()>;
    /// Times in seconds since the epoch (fractions kept).
    fn utime(&self, path: &Path, atime: f64, mtime: f64) -> io::Result<()>;
    /// Creates a new, uniquely named file or folder in `dir` (default: the temp folder).
    fn make_temp(
        &self,
        dir: Option<&Path>,
        prefix: &str,
        suffix: &str,
        is_dir: bool,
    ) -> io::Result<PathBuf>;
    fn cwd(&self) -> io::Result<PathBuf>;
    fn chdir(&self, path: &Path) -> io::Result<()>;
    /// The default folder for `make_temp`.
    fn temp_dir(&self) -> PathBuf;
}

/// The handle ops find in `OpState`.
#[derive(Clone)]
pub struct FsHandle(pub Arc<dyn FileSystem>);

/// The process's own file system.
pub struct RealFs;

impl FileSystem for RealFs {
    fn open(&self, path: &Path, options: &OpenOptions) -> io::Result<std::fs::File> {
        options.to_std().open(path)
    }

    fn read_file(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }

    fn write_file(&self, path: &Path, options: &OpenOptions, data: &[u8]) -> io::Result<()> {
        use std::io::Write;
        let mut file = options.to_std().open(path)?;
        #[cfg(unix)]
        if let Some(mode) = options.mode {
            // The mode given to open() only applies to a new file; Deno sets it always.
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(mode & 0o777))?;
        }
        file.write_all(data)
    }

    fn stat(&self, path: &Path) -> io::Result<std::fs::Metadata> {
        std::fs::metadata(path)
    }

    fn lstat(&self, path: &Path) -> io::Result<std::fs::Metadata> {
        std::fs::symlink_metadata(path)
    }

    fn read_dir(&self, path: &Path) -> io::Result<Vec<DirEntry>> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(path)? {
            let entry = entry?;
            // The type comes with the listing on most file systems (no extra stat).
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            out.push(DirEntry {
                name: entry.file_name().to_string_lossy().into_owned(),
                is_file: kind.is_file(),
                is_directory: kind.is_dir(),
                is_symlink: kind.is_symlink(),
            });
        }
        Ok(out)
    }

    fn mkdir(&self, path: &Path, recursive: bool, mode: Option<u32>) -> io::Result<()> {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(recursive);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(mode.unwrap_or(0o777) & 0o777);
        }
        builder.create(path)
    }

    fn remove(&self, path: &Path, recursive: bool) -> io::Result<()> {
        let meta = std::fs::symlink_metadata(path)?;
        let kind = meta.file_type();
        if kind.is_dir() {
            if recursive {
                std::fs::remove_dir_all(path)
            } else {
                std::fs::remove_dir(path)
            }
        } else {
            std::fs::remove_file(path)
        }
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)
    }

    fn copy_file(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::copy(from, to).map(|_| ())
    }

    fn link(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::hard_link(from, to)
    }

    fn symlink(&self, target: &Path, link: &Path) -> io::Result<()> {
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(target, link)
        }
        #[cfg(not(unix))]
        {
            let _ = (target, link);
            Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "symlink is not supported on this platform",
            ))
        }
    }

    fn read_link(&self, path: &Path) -> io::Result<PathBuf> {
        std::fs::read_link(path)
    }

    fn realpath(&self, path: &Path) -> io::Result<PathBuf> {
        std::fs::canonicalize(path)
    }

    fn chmod(&self, path: &Path, mode: u32) -> io::Result<()> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & 0o7777))
        }
        #[cfg(not(unix))]
        {
            let _ = (path, mode);
            Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "chmod is not supported on this platform",
            ))
        }
    }

    fn chown(&self, path: &Path, uid: Option<u32>, gid: Option<u32>) -> io::Result<()> {
        #[cfg(unix)]
        {
            std::os::unix::fs::chown(path, uid, gid)
        }
        #[cfg(not(unix))]
        {
            let _ = (path, uid, gid);
            Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "chown is not supported on this platform",
            ))
        }
    }

    fn truncate(&self, path: &Path, len: u64) -> io::Result<()> {
        std::fs::OpenOptions::new()
            .write(true)
            .open(path)?
            .set_len(len)
    }

    fn utime(&self, path: &Path, atime: f64, mtime: f64) -> io::Result<()> {
        let file = std::fs::File::open(path)?;
        futime(&file, atime, mtime)
    }

    fn make_temp(
        &self,
        dir: Option<&Path>,
        prefix: &str,
        suffix: &str,
        is_dir: bool,
    ) -> io::Result<PathBuf> {
        let dir = match dir {
            Some(d) => d.to_path_buf(),
            None => self.temp_dir(),
        };
        let mut attempts = 0;
        loop {
            let name = format!("{prefix}{}{suffix}", random_name());
            let path = dir.join(name);
            let result = if is_dir {
                self.mkdir(&path, false, Some(0o700))
            } else {
                let options = OpenOptions {
                    write: true,
                    create_new: true,
                    mode: Some(0o600),
                    ..Default::default()
                };
                options.to_std().open(&path).map(|_| ())
            };
            match result {
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempts < 100 => {
                    attempts += 1
                }
                Err(e) => return Err(e),
                Ok(()) => return Ok(path),
            }
        }
    }

    fn cwd(&self) -> io::Result<PathBuf> {
        std::env::current_dir()
    }

    fn chdir(&self, path: &Path) -> io::Result<()> {
        std::env::set_current_dir(path)
    }

    fn temp_dir(&self) -> PathBuf {
        std::env::temp_dir()
    }
}

/// Sets access and modification times of an open file (seconds, fractions kept).
pub fn futime(file: &std::fs::File, atime: f64, mtime: f64) -> io::Result<()> {
    let times = std::fs::FileTimes::new()
        .set_accessed(to_system_time(atime))
        .set_modified(to_system_time(mtime));
    file.set_times(times)
}

fn to_system_time(seconds: f64) -> std::time::SystemTime {
    let epoch = std::time::UNIX_EPOCH;
    if seconds >= 0.0 {
        epoch + std::time::Duration::from_secs_f64(seconds)
    } else {
        epoch - std::time::Duration::from_secs_f64(-seconds)
    }
}

/// Sixteen hex digits for temp names, the shape of Deno's (`/tmp/7ac0568473f695b7`),
/// from the clock, the process id and a counter mixed by splitmix64: uniqueness is
/// enforced by `create_new`, this only makes collisions rare.
fn random_name() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mut x = nanos
        ^ COUNTER
            .fetch_add(1, Ordering::Relaxed)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
        ^ (std::process::id() as u64) << 32;
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^= x >> 31;
    format!("{x:016x}")
}
