//! The ops behind `Deno.env`, the system facts (`hostname`, `osRelease`, `loadavg`, ...),
//! signal listeners and `Deno.permissions`. Every fact that Deno guards is checked here,
//! in Rust, with the same `--allow-env` / `--allow-sys` names Deno uses.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use deno_core::{
    op2, AsyncRefCell, CancelFuture, CancelHandle, OpState, RcRef, Resource, ResourceId,
};
use deno_error::JsErrorBox;
use serde::Serialize;
use x_permissions::{
    Descriptor, DescriptorError, PermissionCheckError, PermissionState, PermissionsContainer,
};

use crate::interface::{EnvStore, ProcessEnv};

#[derive(Debug, thiserror::Error, deno_error::JsError)]
pub enum OsError {
    #[class(inherit)]
    #[error(transparent)]
    Permission(#[from] PermissionCheckError),
    #[class(inherit)]
    #[error(transparent)]
    Descriptor(#[from] DescriptorError),
    #[class(inherit)]
    #[error(transparent)]
    Other(#[from] JsErrorBox),
    #[class(inherit)]
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

fn perms(state: &OpState) -> &PermissionsContainer {
    state.borrow::<PermissionsContainer>()
}

fn env(state: &OpState) -> &dyn EnvStore {
    &*state.borrow::<ProcessEnv>().0
}

// ----- Deno.env -----

fn check_key(key: &str) -> Result<(), OsError> {
    if key.is_empty() {
        return Err(JsErrorBox::type_error("Key is an empty string.").into());
    }
    if key.contains(['=', '\0']) {
        return Err(
            JsErrorBox::type_error(format!("Key contains invalid characters: {key:?}")).into(),
        );
    }
    Ok(())
}

#[op2]
#[string]
pub fn op_env_get(state: &mut OpState, #[string] key: &str) -> Result<Option<String>, OsError> {
    // The grant first, then the name (Deno's order: without a grant any name is refused).
    perms(state).check_env(key)?;
    check_key(key)?;
    Ok(env(state).get(key))
}

#[op2(fast)]
pub fn op_env_set(
    state: &mut OpState,
    #[string] key: &str,
    #[string] value: &str,
) -> Result<(), OsError> {
    perms(state).check_env(key)?;
    check_key(key)?;
    if value.contains('\0') {
        return Err(JsErrorBox::type_error(format!(
            "Value contains invalid characters: {value:?}"
        ))
        .into());
    }
    env(state).set(key, value);
    Ok(())
}

#[op2(fast)]
pub fn op_env_delete(state: &mut OpState, #[string] key: &str) -> Result<(), OsError> {
    perms(state).check_env(key)?;
    // Deno words an empty key here as an invalid one (not "an empty string").
    if key.is_empty() {
        return Err(JsErrorBox::type_error("Key contains invalid characters: \"\"").into());
    }
    check_key(key)?;
    env(state).delete(key);
    Ok(())
}

#[op2]
#[serde]
pub fn op_env_to_object(state: &mut OpState) -> Result<HashMap<String, String>, OsError> {
    perms(state).check_env_all()?;
    Ok(env(state).to_map())
}

// ----- process and system facts -----

#[op2(fast)]
pub fn op_pid() -> u32 {
    std::process::id()
}

#[op2(fast)]
pub fn op_ppid() -> u32 {
    #[cfg(unix)]
    {
        // SAFETY: getppid has no preconditions.
        unsafe { libc::getppid() as u32 }
    }
    #[cfg(not(unix))]
    {
        0
    }
}

#[op2]
#[string]
pub fn op_exec_path() -> Result<String, OsError> {
    let path = std::env::current_exe()?;
    Ok(std::fs::canonicalize(&path)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned())
}

/// What `Deno.build` reports, from the target the binary was built for.
#[derive(Serialize)]
pub struct BuildInfo {
    target: String,
    arch: &'static str,
    os: &'static str,
    vendor: &'static str,
    env: &'static str,
}

#[op2]
#[serde]
pub fn op_build_info() -> BuildInfo {
    let arch = std::env::consts::ARCH;
    let os = match std::env::consts::OS {
        "macos" => "darwin",
        other => other,
    };
    let vendor = if cfg!(target_vendor = "apple") {
        "apple"
    } else if cfg!(target_os = "windows") {
        "pc"
    } else {
        "unknown"
    };
    let env = if cfg!(target_env = "gnu") {
        "gnu"
    } else if cfg!(target_env = "musl") {
        "musl"
    } else if cfg!(target_env = "msvc") {
        "msvc"
    } else {
        ""
    };
    let os_part = match std::env::consts::OS {
        "linux" => "linux",
        "macos" => "darwin",
        "windows" => "windows",
        other => other,
    };
    let target = if env.is_empty() {
        format!("{arch}-{vendor}-{os_part}")
    } else {
        format!("{arch}-{vendor}-{os_part}-{env}")
    };
    BuildInfo {
        target,
        arch,
        os,
        vendor,
        env,
    }
}

#[op2]
#[string]
pub fn op_hostname(state: &mut OpState) -> Result<String, OsError> {
    perms(state).check_sys("hostname", "Deno.hostname()")?;
    #[cfg(unix)]
    {
        let mut buf = [0u8; 256];
        // SAFETY: the buffer is valid for its length; gethostname NUL-terminates on success.
        let rc = unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
        if rc != 0 {
            return Err(std::io::Error::last_os_error().into());
        }
        let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
        Ok(String::from_utf8_lossy(&buf[..end]).into_owned())
    }
    #[cfg(not(unix))]
    {
        Ok(std::env::var("COMPUTERNAME").unwrap_or_default())
    }
}

#[cfg(unix)]
fn uname_release() -> String {
    // SAFETY: utsname is plain data; uname fills it.
    unsafe {
        let mut u: libc::utsname = std::mem::zeroed();
        if libc::uname(&mut u) != 0 {
            return String::new();
        }
        std::ffi::CStr::from_ptr(u.release.as_ptr())
            .to_string_lossy()
            .into_owned()
    }
}

#[op2]
#[string]
pub fn op_os_release(state: &mut OpState) -> Result<String, OsError> {
    perms(state).check_sys("osRelease", "Deno.osRelease()")?;
    #[cfg(unix)]
    {
        Ok(uname_release())
    }
    #[cfg(not(unix))]
    {
        Ok(String::new())
    }
}

#[op2(fast)]
#[number]
pub fn op_os_uptime(state: &mut OpState) -> Result<u64, OsError> {
    perms(state).check_sys("osUptime", "Deno.osUptime()")?;
    #[cfg(target_os = "linux")]
    {
        // SAFETY: sysinfo fills the struct.
        unsafe {
            let mut info: libc::sysinfo = std::mem::zeroed();
            if libc::sysinfo(&mut info) == 0 {
                return Ok(info.uptime as u64);
            }
        }
        Err(std::io::Error::last_os_error().into())
    }
    #[cfg(not(target_os = "linux"))]
    {
        Ok(0)
    }
}

#[op2]
#[serde]
pub fn op_loadavg(state: &mut OpState) -> Result<(f64, f64, f64), OsError> {
    perms(state).check_sys("loadavg", "Deno.loadavg()")?;
    #[cfg(unix)]
    {
        let mut loads = [0f64; 3];
        // SAFETY: the array holds three doubles as getloadavg asks.
        let n = unsafe { libc::getloadavg(loads.as_mut_ptr(), 3) };
        if n == 3 {
            return Ok((loads[0], loads[1], loads[2]));
        }
    }
    Ok((0.0, 0.0, 0.0))
}

#[op2(fast)]
pub fn op_uid(state: &mut OpState) -> Result<i32, OsError> {
    perms(state).check_sys("uid", "Deno.uid()")?;
    // SAFETY: getuid has no preconditions.
    #[cfg(unix)]
    return Ok(unsafe { libc::getuid() } as i32);
    #[cfg(not(unix))]
    Ok(-1)
}

#[op2(fast)]
pub fn op_gid(state: &mut OpState) -> Result<i32, OsError> {
    perms(state).check_sys("gid", "Deno.gid()")?;
    // SAFETY: getgid has no preconditions.
    #[cfg(unix)]
    return Ok(unsafe { libc::getgid() } as i32);
    #[cfg(not(unix))]
    Ok(-1)
}

/// `Deno.umask(mask?)`: sets the mask when given; answers the previous one. Needs
/// `--allow-sys=umask`, as in Deno.
#[op2]
pub fn op_umask(state: &mut OpState, #[smi] mask: Option<u32>) -> Result<u32, OsError> {
    perms(state).check_sys("umask", "Deno.umask()")?;
    #[cfg(unix)]
    {
        // SAFETY: umask has no memory preconditions. Reading it means setting it, so
        // without a new mask the old one is put straight back.
        let previous = unsafe { libc::umask(mask.unwrap_or(0) as libc::mode_t) };
        if mask.is_none() {
            unsafe { libc::umask(previous) };
        }
        Ok(previous as u32)
    }
    #[cfg(not(unix))]
    {
        let _ = mask;
        Err(JsErrorBox::not_supported().into())
    }
}

/// `Deno.cpuUsage()`: user and system CPU time of the process, in microseconds.
#[op2]
#[serde]
pub fn op_cpu_usage() -> (f64, f64) {
    #[cfg(unix)]
    {
        // SAFETY: getrusage fills the zeroed struct it is given.
        let usage = unsafe {
            let mut usage: libc::rusage = std::mem::zeroed();
            libc::getrusage(libc::RUSAGE_SELF, &mut usage);
            usage
        };
        let micros = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
        (micros(usage.ru_utime), micros(usage.ru_stime))
    }
    #[cfg(not(unix))]
    (0.0, 0.0)
}

/// `Deno.consoleSize()`: the terminal's size from stdout, stderr or stdin (the first
/// that is a terminal), or Deno's error when none is.
#[op2]
#[serde]
pub fn op_console_size() -> Result<(u32, u32), OsError> {
    #[cfg(unix)]
    for fd in [1, 2, 0] {
        // SAFETY: TIOCGWINSZ fills the zeroed winsize struct it is given.
        let size = unsafe {
            let mut size: libc::winsize = std::mem::zeroed();
            (libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) == 0).then_some(size)
        };
        if let Some(size) = size {
            return Ok((size.ws_col as u32, size.ws_row as u32));
        }
    }
    Err(JsErrorBox::generic(
        "Could not get console size: stdin, stdout, and stderr are not connected to a terminal",
    )
    .into())
}

/// One entry of `Deno.networkInterfaces()`.
#[derive(Serialize)]
pub struct NetworkInterface {
    family: &'static str,
    name: String,
    address: String,
    netmask: String,
    scopeid: Option<u32>,
    cidr: String,
    mac: String,
}

/// `Deno.networkInterfaces()`: every IPv4 and IPv6 address of every interface, in the
/// order the OS lists them (getifaddrs), with the interface's hardware address.
#[op2]
#[serde]
pub fn op_network_interfaces(state: &mut OpState) -> Result<Vec<NetworkInterface>, OsError> {
    perms(state).check_sys("networkInterfaces", "Deno.networkInterfaces()")?;
    #[cfg(target_os = "linux")]
    {
        use std::net::{Ipv4Addr, Ipv6Addr};
        let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
        // SAFETY: getifaddrs allocates the list; it is read below and freed once.
        if unsafe { libc::getifaddrs(&mut list) } != 0 {
            return Err(std::io::Error::last_os_error().into());
        }
        let mut macs: HashMap<String, String> = HashMap::new();
        let mut addresses = Vec::new();
        let mut cursor = list;
        // SAFETY: each node and the addresses it points to stay valid until freeifaddrs;
        // a sockaddr is read as the family it says it is.
        unsafe {
            while let Some(ifa) = cursor.as_ref() {
                cursor = ifa.ifa_next;
                if ifa.ifa_addr.is_null() {
                    continue;
                }
                let name = std::ffi::CStr::from_ptr(ifa.ifa_name)
                    .to_string_lossy()
                    .into_owned();
                match (*ifa.ifa_addr).sa_family as i32 {
                    libc::AF_PACKET => {
                        let ll = &*(ifa.ifa_addr as *const libc::sockaddr_ll);
                        let mac = ll.sll_addr[..6]
                            .iter()
                            .map(|b| format!("{b:02x}"))
                            .collect::<Vec<_>>()
                            .join(":");
                        macs.insert(name, mac);
                    }
                    libc::AF_INET => {
                        let ip = |p: *const libc::sockaddr| {
                            let a = &*(p as *const libc::sockaddr_in);
                            Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr))
                        };
                        let address = ip(ifa.ifa_addr);
                        let netmask = if ifa.ifa_netmask.is_null() {
                            Ipv4Addr::UNSPECIFIED
                        } else {
                            ip(ifa.ifa_netmask)
                        };
                        let prefix = u32::from(netmask).count_ones();
                        addresses.push(NetworkInterface {
                            family: "IPv4",
                            cidr: format!("{address}/{prefix}"),
                            name,
                            address: address.to_string(),
                            netmask: netmask.to_string(),
                            scopeid: None,
                            mac: String::new(),
                        });
                    }
                    libc::AF_INET6 => {
                        let a = &*(ifa.ifa_addr as *const libc::sockaddr_in6);
                        let address = Ipv6Addr::from(a.sin6_addr.s6_addr);
                        let netmask = if ifa.ifa_netmask.is_null() {
                            Ipv6Addr::UNSPECIFIED
                        } else {
                            let m = &*(ifa.ifa_netmask as *const libc::sockaddr_in6);
                            Ipv6Addr::from(m.sin6_addr.s6_addr)
                        };
                        let prefix = u128::from(netmask).count_ones();
                        addresses.push(NetworkInterface {
                            family: "IPv6",
                            cidr: format!("{address}/{prefix}"),
                            name,
                            address: address.to_string(),
                            netmask: netmask.to_string(),
                            scopeid: Some(a.sin6_scope_id),
                            mac: String::new(),
                        });
                    }
                    _ => {}
                }
            }
            libc::freeifaddrs(list);
        }
        for entry in &mut addresses {
            entry.mac = macs
                .get(&entry.name)
                .cloned()
                .unwrap_or_else(|| "00:00:00:00:00:00".to_string());
        }
        Ok(addresses)
    }
    #[cfg(not(target_os = "linux"))]
    Err(JsErrorBox::not_supported().into())
}

/// `Deno.systemMemoryInfo()`, from `/proc/meminfo` (bytes).
#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct MemInfo {
    total: u64,
    free: u64,
    available: u64,
    buffers: u64,
    cached: u64,
    swap_total: u64,
    swap_free: u64,
}

#[op2]
#[serde]
pub fn op_system_memory_info(state: &mut OpState) -> Result<MemInfo, OsError> {
    perms(state).check_sys("systemMemoryInfo", "Deno.systemMemoryInfo()")?;
    let mut info = MemInfo::default();
    let text = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    for line in text.lines() {
        let mut parts = line.split_whitespace();
        let (Some(key), Some(value)) = (parts.next(), parts.next()) else {
            continue;
        };
        let bytes = value.parse::<u64>().unwrap_or(0) * 1024;
        match key {
            "MemTotal:" => info.total = bytes,
            "MemFree:" => info.free = bytes,
            "MemAvailable:" => info.available = bytes,
            "Buffers:" => info.buffers = bytes,
            "Cached:" => info.cached = bytes,
            "SwapTotal:" => info.swap_total = bytes,
            "SwapFree:" => info.swap_free = bytes,
            _ => {}
        }
    }
    Ok(info)
}

/// `Deno.memoryUsage()`: `rss` from the kernel. QuickJS allocates with malloc and v8x
/// does not implement V8's heap statistics, so `heapTotal`/`heapUsed` are the malloc
/// arena's size and bytes in use (glibc's `mallinfo2`), which include the JS heap.
#[op2]
#[serde]
pub fn op_memory_usage() -> (f64, f64, f64, f64) {
    let mut rss = 0f64;
    if let Ok(statm) = std::fs::read_to_string("/proc/self/statm") {
        if let Some(pages) = statm
            .split_whitespace()
            .nth(1)
            .and_then(|v| v.parse::<f64>().ok())
        {
            // SAFETY: sysconf has no preconditions.
            let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as f64;
            rss = pages * page;
        }
    }
    let (total, used) = malloc_stats();
    (rss, total, used, 0.0)
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn malloc_stats() -> (f64, f64) {
    // SAFETY: mallinfo2 only reads the allocator's counters.
    let info = unsafe { libc::mallinfo2() };
    (
        (info.arena + info.hblkhd) as f64,
        (info.uordblks + info.hblkhd) as f64,
    )
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn malloc_stats() -> (f64, f64) {
    (0.0, 0.0)
}

// ----- signals -----

/// Signal names Deno accepts, with their numbers on this platform.
#[cfg(unix)]
pub fn signal_number(name: &str) -> Option<libc::c_int> {
    Some(match name {
        "SIGHUP" => libc::SIGHUP,
        "SIGINT" => libc::SIGINT,
        "SIGQUIT" => libc::SIGQUIT,
        "SIGILL" => libc::SIGILL,
        "SIGTRAP" => libc::SIGTRAP,
        "SIGABRT" | "SIGIOT" => libc::SIGABRT,
        "SIGBUS" => libc::SIGBUS,
        "SIGFPE" => libc::SIGFPE,
        "SIGKILL" => libc::SIGKILL,
        "SIGUSR1" => libc::SIGUSR1,
        "SIGSEGV" => libc::SIGSEGV,
        "SIGUSR2" => libc::SIGUSR2,
        "SIGPIPE" => libc::SIGPIPE,
        "SIGALRM" => libc::SIGALRM,
        "SIGTERM" => libc::SIGTERM,
        #[cfg(target_os = "linux")]
        "SIGSTKFLT" => libc::SIGSTKFLT,
        "SIGCHLD" => libc::SIGCHLD,
        "SIGCONT" => libc::SIGCONT,
        "SIGSTOP" => libc::SIGSTOP,
        "SIGTSTP" => libc::SIGTSTP,
        "SIGTTIN" => libc::SIGTTIN,
        "SIGTTOU" => libc::SIGTTOU,
        "SIGURG" => libc::SIGURG,
        "SIGXCPU" => libc::SIGXCPU,
        "SIGXFSZ" => libc::SIGXFSZ,
        "SIGVTALRM" => libc::SIGVTALRM,
        "SIGPROF" => libc::SIGPROF,
        "SIGWINCH" => libc::SIGWINCH,
        "SIGIO" | "SIGPOLL" => libc::SIGIO,
        #[cfg(target_os = "linux")]
        "SIGPWR" => libc::SIGPWR,
        "SIGSYS" => libc::SIGSYS,
        _ => return None,
    })
}

struct SignalResource {
    signal: AsyncRefCell<tokio::signal::unix::Signal>,
    cancel: CancelHandle,
}

impl Resource for SignalResource {
    fn name(&self) -> Cow<'_, str> {
        "signal".into()
    }

    fn close(self: Rc<Self>) {
        self.cancel.cancel();
    }
}

#[op2(fast)]
#[smi]
pub fn op_signal_bind(state: &mut OpState, #[string] name: &str) -> Result<ResourceId, OsError> {
    let signo = signal_number(name)
        .ok_or_else(|| JsErrorBox::type_error(format!("Invalid signal: {name}")))?;
    if [
        libc::SIGKILL,
        libc::SIGSTOP,
        libc::SIGILL,
        libc::SIGFPE,
        libc::SIGSEGV,
    ]
    .contains(&signo)
    {
        return Err(
            JsErrorBox::type_error(format!("Binding to signal '{name}' is not allowed")).into(),
        );
    }
    let signal = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::from_raw(signo))?;
    Ok(state.resource_table.add(SignalResource {
        signal: AsyncRefCell::new(signal),
        cancel: CancelHandle::new(),
    }))
}

/// Waits for the next delivery; `true` once the listener is gone.
#[op2]
pub async fn op_signal_poll(state: Rc<RefCell<OpState>>, #[smi] rid: ResourceId) -> bool {
    let Ok(resource) = state.borrow().resource_table.get::<SignalResource>(rid) else {
        return true;
    };
    let cancel = RcRef::map(&resource, |r| &r.cancel);
    let mut signal = RcRef::map(&resource, |r| &r.signal).borrow_mut().await;
    !matches!(signal.recv().or_cancel(cancel).await, Ok(Some(())))
}

// ----- Deno.permissions -----

/// `(name, value)` from JS to a descriptor; `value` is the path/host/variable/kind/command.
fn descriptor(name: &str, value: Option<&str>) -> Result<Descriptor, OsError> {
    Ok(Descriptor::from_js(name, value)?)
}

/// 0 granted, 1 granted (partial), 2 prompt, 3 denied.
fn state_code(state: PermissionState) -> u32 {
    match state {
        PermissionState::Granted => 0,
        PermissionState::GrantedPartial => 1,
        PermissionState::Prompt => 2,
        PermissionState::Denied => 3,
    }
}

#[op2]
pub fn op_permission_query(
    state: &mut OpState,
    #[string] name: &str,
    #[string] value: Option<String>,
) -> Result<u32, OsError> {
    // As in Deno, a kind granted as a whole answers `granted` before the value is read
    // (so `-A` never rejects a descriptor).
    if value.is_some() {
        let whole = descriptor(name, None)?;
        if perms(state).query(&whole) == PermissionState::Granted {
            return Ok(state_code(PermissionState::Granted));
        }
    }
    let desc = descriptor(name, value.as_deref())?;
    Ok(state_code(perms(state).query(&desc)))
}

#[op2]
pub fn op_permission_request(
    state: &mut OpState,
    #[string] name: &str,
    #[string] value: Option<String>,
) -> Result<u32, OsError> {
    let desc = descriptor(name, value.as_deref())?;
    Ok(state_code(perms(state).request(&desc)))
}

#[op2]
pub fn op_permission_revoke(
    state: &mut OpState,
    #[string] name: &str,
    #[string] value: Option<String>,
) -> Result<u32, OsError> {
    let desc = descriptor(name, value.as_deref())?;
    Ok(state_code(perms(state).revoke(&desc)))
}
