//! Deno's permission model for `x`: what a program may read, write, connect to, run, and
//! which environment variables and system facts it may see.
//!
//! Every op that touches the outside world asks the [`PermissionsContainer`] in its
//! `OpState` first; the container forwards to a [`PermissionPolicy`]. `x run`/`x eval` use
//! [`FlagPolicy`] (the `--allow-*`/`--deny-*` flags and the config file's permission sets,
//! with a terminal prompt as in Deno); the multi-tenant platform plugs in its own policy.
//! The policy lives only in Rust: JavaScript can query, request (which prompts) and revoke,
//! never grant itself anything.
//!
//! Clients: the runtime extensions (`x_ext_fs`, `x_ext_os`, `x_ext_process`) and the CLI.

mod config;
mod descriptor;
mod flags;
mod prompt;
mod tenant;

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use config::options_from_config_set;
pub use descriptor::{
    normalize_path, resolve_path, which, Descriptor, Kind, NetTarget, RunTarget, SYS_KINDS,
};
pub use flags::{FlagPolicy, PermissionsOptions, Rule};
pub use prompt::{PromptResponse, Prompter, TtyPrompter};
pub use tenant::{is_public, is_public_ip, TenantPolicy};

/// The answer to `Deno.permissions.query()`, as Deno names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PermissionState {
    Granted,
    /// Granted for the thing asked about, but something inside it is denied.
    GrantedPartial,
    Prompt,
    Denied,
}

impl PermissionState {
    /// The `state` string of a `PermissionStatus`.
    pub fn as_str(self) -> &'static str {
        match self {
            PermissionState::Granted | PermissionState::GrantedPartial => "granted",
            PermissionState::Prompt => "prompt",
            PermissionState::Denied => "denied",
        }
    }

    pub fn is_partial(self) -> bool {
        self == PermissionState::GrantedPartial
    }
}

/// An op was not allowed to do what it tried: `Deno.errors.NotCapable` in JavaScript.
#[derive(Debug, thiserror::Error, deno_error::JsError)]
#[class("NotCapable")]
#[error("{message}")]
pub struct PermissionCheckError {
    message: String,
}

impl PermissionCheckError {
    pub fn new(message: impl Into<String>) -> PermissionCheckError {
        PermissionCheckError {
            message: message.into(),
        }
    }

    /// Deno's wording: `Requires read access to "/etc/passwd", run again with the
    /// --allow-read flag`.
    pub fn requires(kind: Kind, display: Option<&str>) -> PermissionCheckError {
        let name = kind.name();
        let message = match display {
            Some(what) => {
                format!("Requires {name} access to {what}, run again with the --allow-{name} flag")
            }
            None => format!("Requires {name} access, run again with the --allow-{name} flag"),
        };
        PermissionCheckError { message }
    }
}

/// A bad descriptor given to `Deno.permissions.*` or in a flag, with the JavaScript
/// class Deno throws for it (mostly `TypeError`; `Error` for an empty path, `URIError`
/// for a host that does not parse).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct DescriptorError {
    class: &'static str,
    message: String,
}

impl DescriptorError {
    pub fn type_error(message: impl Into<String>) -> DescriptorError {
        DescriptorError {
            class: "TypeError",
            message: message.into(),
        }
    }

    pub fn generic(message: impl Into<String>) -> DescriptorError {
        DescriptorError {
            class: "Error",
            message: message.into(),
        }
    }

    pub fn uri(message: impl Into<String>) -> DescriptorError {
        DescriptorError {
            class: "URIError",
            message: message.into(),
        }
    }
}

impl deno_error::JsErrorClass for DescriptorError {
    fn get_class(&self) -> Cow<'static, str> {
        self.class.into()
    }

    fn get_message(&self) -> Cow<'static, str> {
        self.message.clone().into()
    }

    fn get_additional_properties(&self) -> deno_error::AdditionalProperties {
        Box::new(std::iter::empty())
    }

    fn get_ref(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }
}

/// What an op asks to do: the descriptor plus how to name it in messages and prompts.
#[derive(Debug, Clone)]
pub struct Access<'a> {
    pub descriptor: Descriptor,
    /// How the program named the thing (`"p.ts"` rather than the resolved path), quoted as
    /// Deno quotes it; `None` for a whole-kind access (e.g. `Deno.env.toObject()`).
    pub display: Option<Cow<'a, str>>,
    /// The API asking, for the prompt (`Deno.readFile()`).
    pub api_name: &'a str,
}

/// Decides what a program may do. One per program (a worker) or per tenant; every method
/// may be called from the JS thread in the middle of an op, so keep them quick unless
/// they prompt.
pub trait PermissionPolicy: Send + Sync {
    /// Allows `access` or says why not. A policy that prompts does so here.
    fn check(&self, access: &Access<'_>) -> Result<(), PermissionCheckError>;
    /// `Deno.permissions.query()`: the state without prompting.
    fn query(&self, descriptor: &Descriptor) -> PermissionState;
    /// `Deno.permissions.request()`: may prompt; a policy that cannot ask denies.
    fn request(&self, descriptor: &Descriptor) -> PermissionState;
    /// `Deno.permissions.revoke()`: drops grants covering `descriptor`.
    fn revoke(&self, descriptor: &Descriptor) -> PermissionState;
}

/// The policy as ops see it, stored in `OpState`. Cheap to clone; the helpers build the
/// descriptor the way Deno does for each kind (paths resolved against the current
/// directory, program names looked up on `PATH`).
#[derive(Clone)]
pub struct PermissionsContainer(pub Arc<dyn PermissionPolicy>);

impl PermissionsContainer {
    pub fn new(policy: impl PermissionPolicy + 'static) -> PermissionsContainer {
        PermissionsContainer(Arc::new(policy))
    }

    /// Everything allowed (`-A`).
    pub fn allow_all() -> PermissionsContainer {
        PermissionsContainer::new(FlagPolicy::new(
            PermissionsOptions {
                allow_all: true,
                ..Default::default()
            },
            None,
        ))
    }

    /// Nothing granted and nobody to ask: the state before a worker installs its policy.
    pub fn deny_all() -> PermissionsContainer {
        PermissionsContainer::new(FlagPolicy::new(PermissionsOptions::default(), None))
    }

    fn check(
        &self,
        descriptor: Descriptor,
        display: Option<Cow<'_, str>>,
        api_name: &str,
    ) -> Result<(), PermissionCheckError> {
        self.0.check(&Access {
            descriptor,
            display,
            api_name,
        })
    }

    /// Read access to `path` (as the program wrote it).
    pub fn check_read(&self, path: &str, api_name: &str) -> Result<(), PermissionCheckError> {
        self.check_read_path(Path::new(path), api_name)
    }

    pub fn check_read_path(&self, path: &Path, api_name: &str) -> Result<(), PermissionCheckError> {
        let resolved = resolve_path(path);
        self.check(
            Descriptor::Read(Some(resolved)),
            Some(quote(&path.to_string_lossy()).into()),
            api_name,
        )
    }

    /// Read access to `path`, named in messages by `display` (e.g. `<CWD>`).
    pub fn check_read_blind(
        &self,
        path: &Path,
        display: &str,
        api_name: &str,
    ) -> Result<(), PermissionCheckError> {
        self.check(
            Descriptor::Read(Some(resolve_path(path))),
            Some(display.into()),
            api_name,
        )
    }

    /// Read access to the whole file system.
    pub fn check_read_all(&self, api_name: &str) -> Result<(), PermissionCheckError> {
        self.check(Descriptor::Read(None), None, api_name)
    }

    pub fn check_write(&self, path: &str, api_name: &str) -> Result<(), PermissionCheckError> {
        self.check_write_path(Path::new(path), api_name)
    }

    pub fn check_write_path(
        &self,
        path: &Path,
        api_name: &str,
    ) -> Result<(), PermissionCheckError> {
        let resolved = resolve_path(path);
        self.check(
            Descriptor::Write(Some(resolved)),
            Some(quote(&path.to_string_lossy()).into()),
            api_name,
        )
    }

    pub fn check_write_blind(
        &self,
        path: &Path,
        display: &str,
        api_name: &str,
    ) -> Result<(), PermissionCheckError> {
        self.check(
            Descriptor::Write(Some(resolve_path(path))),
            Some(display.into()),
            api_name,
        )
    }

    pub fn check_write_all(&self, api_name: &str) -> Result<(), PermissionCheckError> {
        self.check(Descriptor::Write(None), None, api_name)
    }

    pub fn check_env(&self, name: &str) -> Result<(), PermissionCheckError> {
        self.check(
            Descriptor::Env(Some(name.to_string())),
            Some(quote(name).into()),
            "Deno.env.get()",
        )
    }

    pub fn check_env_all(&self) -> Result<(), PermissionCheckError> {
        self.check(Descriptor::Env(None), None, "Deno.env.toObject()")
    }

    /// One of the `--allow-sys` kinds (`hostname`, `osRelease`, ...).
    pub fn check_sys(&self, kind: &str, api_name: &str) -> Result<(), PermissionCheckError> {
        self.check(
            Descriptor::Sys(Some(kind.to_string())),
            Some(quote(kind).into()),
            api_name,
        )
    }

    /// Running `program` (a name looked up on `PATH`, or a path).
    pub fn check_run(&self, program: &str, api_name: &str) -> Result<(), PermissionCheckError> {
        let target = RunTarget::new(program);
        self.check(
            Descriptor::Run(Some(target)),
            Some(quote(program).into()),
            api_name,
        )
    }

    pub fn check_run_all(&self, api_name: &str) -> Result<(), PermissionCheckError> {
        self.check(Descriptor::Run(None), None, api_name)
    }

    pub fn check_net(
        &self,
        host: &str,
        port: Option<u16>,
        api_name: &str,
    ) -> Result<(), PermissionCheckError> {
        let target = NetTarget {
            host: host.to_ascii_lowercase(),
            port,
        };
        let display = quote(&target.to_string());
        self.check(
            Descriptor::Net(Some(target)),
            Some(display.into()),
            api_name,
        )
    }

    pub fn query(&self, descriptor: &Descriptor) -> PermissionState {
        self.0.query(descriptor)
    }

    pub fn request(&self, descriptor: &Descriptor) -> PermissionState {
        self.0.request(descriptor)
    }

    pub fn revoke(&self, descriptor: &Descriptor) -> PermissionState {
        self.0.revoke(descriptor)
    }
}

/// `"text"`, as Deno quotes names in permission messages and prompts (as they are, no
/// escaping).
pub fn quote(text: &str) -> String {
    format!("\"{text}\"")
}

/// The absolute form of `path` without `.`/`..`, for comparing against grants.
pub fn absolute(path: &Path) -> PathBuf {
    resolve_path(path)
}
