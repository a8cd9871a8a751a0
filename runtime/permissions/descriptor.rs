//! What a permission is about: the kind (read, net, ...) and, optionally, the one thing of
//! that kind (a path, a host, a variable). `None` means the whole kind.
//! Also how one grant covers a request: a path covers its descendants, a host without a
//! port covers every port of it, an env name ending in `*` covers the names it prefixes.

use std::fmt;
use std::path::{Component, Path, PathBuf};

use crate::DescriptorError;

/// The kinds of permission Deno has, in the order Deno lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Read,
    Write,
    Net,
    Env,
    Sys,
    Run,
    Ffi,
    Import,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Read,
        Kind::Write,
        Kind::Net,
        Kind::Env,
        Kind::Sys,
        Kind::Run,
        Kind::Ffi,
        Kind::Import,
    ];

    /// The name in flags, descriptors and messages.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Read => "read",
            Kind::Write => "write",
            Kind::Net => "net",
            Kind::Env => "env",
            Kind::Sys => "sys",
            Kind::Run => "run",
            Kind::Ffi => "ffi",
            Kind::Import => "import",
        }
    }

    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// The `Deno.osRelease()`-style names `--allow-sys` accepts.
pub const SYS_KINDS: &[&str] = &[
    "hostname",
    "osRelease",
    "osUptime",
    "loadavg",
    "networkInterfaces",
    "systemMemoryInfo",
    "uid",
    "gid",
    "username",
    "cpus",
    "homedir",
    "getegid",
    "getPriority",
    "setPriority",
    "statfs",
    "inspector",
    "umask",
];

/// A host and maybe a port, for `net` and `import`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetTarget {
    /// Lower-cased host name or IP address (IPv6 without brackets).
    pub host: String,
    pub port: Option<u16>,
}

impl NetTarget {
    /// Parses `host`, `host:port`, `[v6]:port`, a bare IPv6 address, or a URL-ish
    /// `scheme://host:port/`; errors are Deno's (`URIError`).
    pub fn parse(text: &str) -> Result<NetTarget, DescriptorError> {
        let bad = || DescriptorError::uri(format!("invalid host: '{text}'"));
        let bad_port =
            |port: &str| DescriptorError::uri(format!("invalid port in '{text}': '{port}'"));
        let mut rest = text.trim();
        if let Some(index) = rest.find("://") {
            rest = &rest[index + 3..];
            if let Some(slash) = rest.find('/') {
                rest = &rest[..slash];
            }
        }
        if rest.is_empty() {
            return Err(bad());
        }
        if let Some(inner) = rest.strip_prefix('[') {
            let close = inner.find(']').ok_or_else(bad)?;
            let host = &inner[..close];
            let after = &inner[close + 1..];
            let port = match after.strip_prefix(':') {
                Some(p) => Some(p.parse::<u16>().map_err(|_| bad_port(p))?),
                None if after.is_empty() => None,
                None => return Err(bad()),
            };
            return Ok(NetTarget {
                host: host.to_ascii_lowercase(),
                port,
            });
        }
        // Several colons: an IPv6 address without a port, or a mistake.
        if rest.matches(':').count() > 1 {
            if rest.parse::<std::net::Ipv6Addr>().is_err() {
                return Err(DescriptorError::uri(format!(
                    "ipv6 addresses must be enclosed in square brackets: '{text}'"
                )));
            }
            return Ok(NetTarget {
                host: rest.to_ascii_lowercase(),
                port: None,
            });
        }
        match rest.rsplit_once(':') {
            Some((host, port)) => {
                if host.is_empty() {
                    return Err(bad());
                }
                let port = port.parse::<u16>().map_err(|_| bad_port(port))?;
                Ok(NetTarget {
                    host: host.to_ascii_lowercase(),
                    port: Some(port),
                })
            }
            None => Ok(NetTarget {
                host: rest.to_ascii_lowercase(),
                port: None,
            }),
        }
    }

    fn covers(&self, other: &NetTarget) -> bool {
        self.host == other.host && (self.port.is_none() || self.port == other.port)
    }
}

impl fmt::Display for NetTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bracket = self.host.contains(':');
        match (bracket, self.port) {
            (true, Some(port)) => write!(f, "[{}]:{port}", self.host),
            (false, Some(port)) => write!(f, "{}:{port}", self.host),
            (_, None) => f.write_str(&self.host),
        }
    }
}

/// A program, as named and as found on `PATH` (a grant for `deno` covers `/usr/bin/deno`
/// and the other way round).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunTarget {
    pub name: String,
    pub resolved: Option<PathBuf>,
}

impl RunTarget {
    pub fn new(name: &str) -> RunTarget {
        RunTarget {
            name: name.to_string(),
            resolved: which(name),
        }
    }

    fn covers(&self, other: &RunTarget) -> bool {
        if self.name == other.name {
            return true;
        }
        matches!((&self.resolved, &other.resolved), (Some(a), Some(b)) if a == b)
    }
}

/// Finds `program` the way the OS would start it: a path as given (resolved), a bare name
/// on `PATH`.
pub fn which(program: &str) -> Option<PathBuf> {
    if program.is_empty() {
        return None;
    }
    if program.contains('/') || program.contains(std::path::MAIN_SEPARATOR) {
        let path = resolve_path(Path::new(program));
        return Some(std::fs::canonicalize(&path).unwrap_or(path));
    }
    let paths = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&paths) {
        let candidate = dir.join(program);
        if is_executable(&candidate) {
            return Some(std::fs::canonicalize(&candidate).unwrap_or(candidate));
        }
    }
    None
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

/// One permission, whole kind (`None`) or one thing of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Descriptor {
    Read(Option<PathBuf>),
    Write(Option<PathBuf>),
    Net(Option<NetTarget>),
    Env(Option<String>),
    Sys(Option<String>),
    Run(Option<RunTarget>),
    Ffi(Option<PathBuf>),
    Import(Option<NetTarget>),
}

impl Descriptor {
    pub fn kind(&self) -> Kind {
        match self {
            Descriptor::Read(_) => Kind::Read,
            Descriptor::Write(_) => Kind::Write,
            Descriptor::Net(_) => Kind::Net,
            Descriptor::Env(_) => Kind::Env,
            Descriptor::Sys(_) => Kind::Sys,
            Descriptor::Run(_) => Kind::Run,
            Descriptor::Ffi(_) => Kind::Ffi,
            Descriptor::Import(_) => Kind::Import,
        }
    }

    pub fn is_whole_kind(&self) -> bool {
        match self {
            Descriptor::Read(v) | Descriptor::Write(v) | Descriptor::Ffi(v) => v.is_none(),
            Descriptor::Net(v) | Descriptor::Import(v) => v.is_none(),
            Descriptor::Env(v) | Descriptor::Sys(v) => v.is_none(),
            Descriptor::Run(v) => v.is_none(),
        }
    }

    /// Builds a descriptor from the fields of a JavaScript `PermissionDescriptor`
    /// (`name` plus `path`, `host`, `variable`, `kind` or `command`), with Deno's errors.
    pub fn from_js(name: &str, value: Option<&str>) -> Result<Descriptor, DescriptorError> {
        let kind = Kind::from_name(name).ok_or_else(|| {
            DescriptorError::type_error(format!(
                "The provided value \"{name}\" is not a valid permission name"
            ))
        })?;
        Descriptor::new(kind, value)
    }

    /// A descriptor for `kind`, about `value` when given (relative paths resolve against
    /// the current directory).
    pub fn new(kind: Kind, value: Option<&str>) -> Result<Descriptor, DescriptorError> {
        Descriptor::with_base(kind, value, None)
    }

    /// Like [`Descriptor::new`], relative paths resolving against `base` when given.
    pub fn with_base(
        kind: Kind,
        value: Option<&str>,
        base: Option<&Path>,
    ) -> Result<Descriptor, DescriptorError> {
        let path = |v: &str| -> Result<PathBuf, DescriptorError> {
            if v.is_empty() {
                return Err(DescriptorError::generic("Empty path is not allowed"));
            }
            let p = Path::new(v);
            Ok(match base {
                Some(base) if p.is_relative() => normalize_path(&base.join(p)),
                _ => resolve_path(p),
            })
        };
        Ok(match kind {
            Kind::Read => Descriptor::Read(value.map(path).transpose()?),
            Kind::Write => Descriptor::Write(value.map(path).transpose()?),
            Kind::Ffi => Descriptor::Ffi(value.map(path).transpose()?),
            Kind::Net => Descriptor::Net(value.map(NetTarget::parse).transpose()?),
            Kind::Import => Descriptor::Import(value.map(NetTarget::parse).transpose()?),
            // An empty name is no error (Deno answers `prompt` for it).
            Kind::Env => Descriptor::Env(value.map(str::to_string)),
            Kind::Sys => Descriptor::Sys(match value {
                Some(v) if !SYS_KINDS.contains(&v) => {
                    return Err(DescriptorError::type_error(format!(
                        "unknown system info kind \"{v}\""
                    )))
                }
                v => v.map(str::to_string),
            }),
            Kind::Run => Descriptor::Run(match value {
                Some("") => {
                    return Err(DescriptorError::type_error(
                        "Empty command name not allowed",
                    ))
                }
                Some(v) => Some(match base {
                    Some(base) if v.contains('/') && Path::new(v).is_relative() => {
                        let full = normalize_path(&base.join(v));
                        RunTarget {
                            name: v.to_string(),
                            resolved: Some(std::fs::canonicalize(&full).unwrap_or(full)),
                        }
                    }
                    _ => RunTarget::new(v),
                }),
                None => None,
            }),
        })
    }

    /// Whether a grant (or denial) of `self` applies to `query`. Both have the same kind.
    pub fn covers(&self, query: &Descriptor) -> bool {
        match (self, query) {
            (Descriptor::Read(a), Descriptor::Read(b))
            | (Descriptor::Write(a), Descriptor::Write(b))
            | (Descriptor::Ffi(a), Descriptor::Ffi(b)) => cover(a, b, |a, b| b.starts_with(a)),
            (Descriptor::Net(a), Descriptor::Net(b))
            | (Descriptor::Import(a), Descriptor::Import(b)) => cover(a, b, NetTarget::covers),
            (Descriptor::Env(a), Descriptor::Env(b)) => cover(a, b, |a, b| env_covers(a, b)),
            (Descriptor::Sys(a), Descriptor::Sys(b)) => cover(a, b, |a, b| a == b),
            (Descriptor::Run(a), Descriptor::Run(b)) => cover(a, b, RunTarget::covers),
            _ => false,
        }
    }

    /// How Deno quotes the thing in prompts and messages (`None` for the whole kind).
    pub fn display(&self) -> Option<String> {
        match self {
            Descriptor::Read(p) | Descriptor::Write(p) | Descriptor::Ffi(p) => {
                p.as_ref().map(|p| crate::quote(&p.to_string_lossy()))
            }
            Descriptor::Net(t) | Descriptor::Import(t) => {
                t.as_ref().map(|t| crate::quote(&t.to_string()))
            }
            Descriptor::Env(v) | Descriptor::Sys(v) => v.as_ref().map(|v| crate::quote(v)),
            Descriptor::Run(r) => r.as_ref().map(|r| crate::quote(&r.name)),
        }
    }

    /// The whole-kind descriptor of the same kind.
    pub fn whole_kind(&self) -> Descriptor {
        match self.kind() {
            Kind::Read => Descriptor::Read(None),
            Kind::Write => Descriptor::Write(None),
            Kind::Net => Descriptor::Net(None),
            Kind::Env => Descriptor::Env(None),
            Kind::Sys => Descriptor::Sys(None),
            Kind::Run => Descriptor::Run(None),
            Kind::Ffi => Descriptor::Ffi(None),
            Kind::Import => Descriptor::Import(None),
        }
    }
}

/// `None` (whole kind) covers everything; a specific grant never covers the whole kind.
fn cover<T>(grant: &Option<T>, query: &Option<T>, f: impl Fn(&T, &T) -> bool) -> bool {
    match (grant, query) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(a), Some(b)) => f(a, b),
    }
}

fn env_covers(grant: &str, name: &str) -> bool {
    match grant.strip_suffix('*') {
        Some(prefix) => name.starts_with(prefix),
        None => grant == name,
    }
}

/// `path` made absolute against the current directory, without `.`/`..`. Symbolic links
/// are not followed: the check is about the name the program used, as in Deno.
pub fn resolve_path(path: &Path) -> PathBuf {
    if path.is_absolute() {
        normalize_path(path)
    } else {
        match std::env::current_dir() {
            Ok(cwd) => normalize_path(&cwd.join(path)),
            Err(_) => normalize_path(path),
        }
    }
}

/// Removes `.` and resolves `..` lexically.
pub fn normalize_path(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Prefix(p) => out.push(p.as_os_str()),
            Component::RootDir => out.push(component.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(name) => out.push(name),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn net_targets_parse() {
        assert_eq!(
            NetTarget::parse("Example.com").unwrap(),
            NetTarget {
                host: "example.com".into(),
                port: None
            }
        );
        assert_eq!(NetTarget::parse("a.com:80").unwrap().port, Some(80));
        assert_eq!(
            NetTarget::parse("[::1]:8000").unwrap(),
            NetTarget {
                host: "::1".into(),
                port: Some(8000)
            }
        );
        assert_eq!(NetTarget::parse("::1").unwrap().port, None);
        assert_eq!(
            NetTarget::parse("https://a.com:8443/x").unwrap().port,
            Some(8443)
        );
        assert!(NetTarget::parse("a.com:x").is_err());
    }

    #[test]
    fn paths_cover_descendants_only() {
        let grant = Descriptor::Read(Some("/tmp/a".into()));
        assert!(grant.covers(&Descriptor::Read(Some("/tmp/a".into()))));
        assert!(grant.covers(&Descriptor::Read(Some("/tmp/a/b/c".into()))));
        assert!(!grant.covers(&Descriptor::Read(Some("/tmp/ab".into()))));
        assert!(!grant.covers(&Descriptor::Read(None)));
        assert!(Descriptor::Read(None).covers(&Descriptor::Read(Some("/x".into()))));
    }

    #[test]
    fn normalizes_dot_dot() {
        assert_eq!(
            normalize_path(Path::new("/a/b/../c/./d")),
            PathBuf::from("/a/c/d")
        );
        assert_eq!(normalize_path(Path::new("/../..")), PathBuf::from("/"));
    }

    #[test]
    fn env_wildcards() {
        assert!(env_covers("AWS_*", "AWS_KEY"));
        assert!(!env_covers("AWS_*", "HOME"));
        assert!(env_covers("HOME", "HOME"));
    }
}
