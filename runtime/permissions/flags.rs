//! The policy of `x run`/`x eval`: grants and denials from the command line and the config
//! file, refined at run time by the program's own `request`/`revoke` and by the user's
//! answers at the terminal prompt. Deny beats allow; a path grant covers its descendants.
//!
//! The rules follow Deno 2.x (`runtime/permissions` there): a specific check passes when
//! something covers it and nothing denied covers it; a whole-kind check (`env.toObject()`)
//! also fails when anything inside the kind is denied.

use std::path::{Path, PathBuf};

use parking_lot::Mutex;

use crate::descriptor::normalize_path;
use crate::prompt::{PromptResponse, Prompter};
use crate::{
    Access, Descriptor, DescriptorError, Kind, PermissionCheckError, PermissionPolicy,
    PermissionState,
};

/// One `--allow-<kind>[=values]` or `--deny-<kind>[=values]` (or a config entry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub kind: Kind,
    /// `None`: the whole kind.
    pub values: Option<Vec<String>>,
    /// What relative paths in `values` are relative to (default: the current directory).
    pub base: Option<PathBuf>,
}

/// The permissions a program starts with.
#[derive(Debug, Clone, Default)]
pub struct PermissionsOptions {
    pub allow_all: bool,
    pub allow: Vec<Rule>,
    pub deny: Vec<Rule>,
}

impl PermissionsOptions {
    /// Adds the rules of `other` (e.g. a config permission set under the flags).
    pub fn merge(&mut self, other: PermissionsOptions) {
        self.allow_all |= other.allow_all;
        self.allow.extend(other.allow);
        self.deny.extend(other.deny);
    }
}

#[derive(Debug, Default)]
struct KindState {
    granted_global: bool,
    granted: Vec<Descriptor>,
    flag_denied_global: bool,
    flag_denied: Vec<Descriptor>,
    prompt_denied_global: bool,
    prompt_denied: Vec<Descriptor>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Partial {
    /// `Deno.permissions.query()`: report `granted` with `partial: true`.
    Report,
    /// A whole-kind check: anything denied inside makes it denied.
    Deny,
}

impl KindState {
    fn is_denied(&self, desc: &Descriptor) -> bool {
        if self.flag_denied_global {
            return true;
        }
        if desc.is_whole_kind() {
            // As in Deno: once anything of the kind was refused, the kind as a whole is.
            return self.prompt_denied_global || !self.prompt_denied.is_empty();
        }
        // Deno's rules: a flag denial covers what is inside it; an answer of "no" (or a
        // refusal with nobody to ask) covers the thing refused and what contains it, not
        // what is inside it. A refused whole-kind check (`env.toObject()` without a
        // grant) does not take away what was granted one by one: `--allow-env=HOME`
        // still reads HOME.
        self.flag_denied.iter().any(|d| d.covers(desc))
            || self.prompt_denied.iter().any(|d| desc.covers(d))
    }

    fn is_partially_denied(&self, desc: &Descriptor) -> bool {
        if desc.is_whole_kind() {
            !self.flag_denied.is_empty() || !self.prompt_denied.is_empty()
        } else {
            self.flag_denied
                .iter()
                .chain(&self.prompt_denied)
                .any(|d| desc.covers(d) && d != desc)
        }
    }

    fn is_granted(&self, desc: &Descriptor) -> bool {
        self.granted_global
            || (!desc.is_whole_kind() && self.granted.iter().any(|g| g.covers(desc)))
    }

    fn query(&self, desc: &Descriptor, partial: Partial) -> PermissionState {
        if self.is_denied(desc) {
            PermissionState::Denied
        } else if self.is_granted(desc) {
            match (partial, self.is_partially_denied(desc)) {
                (_, false) => PermissionState::Granted,
                (Partial::Report, true) => PermissionState::GrantedPartial,
                (Partial::Deny, true) => PermissionState::Denied,
            }
        } else if partial == Partial::Deny && self.is_partially_denied(desc) {
            PermissionState::Denied
        } else {
            PermissionState::Prompt
        }
    }

    fn grant(&mut self, desc: &Descriptor) {
        if desc.is_whole_kind() {
            self.granted_global = true;
        } else if !self.granted.contains(desc) {
            self.granted.push(desc.clone());
        }
    }

    fn prompt_deny(&mut self, desc: &Descriptor) {
        if desc.is_whole_kind() {
            self.prompt_denied_global = true;
        } else {
            self.prompt_denied.push(desc.clone());
        }
    }

    fn revoke(&mut self, desc: &Descriptor) {
        if desc.is_whole_kind() {
            // As in Deno: revoking the kind drops every grant of it.
            self.granted_global = false;
            self.granted.clear();
        } else {
            self.granted.retain(|g| !g.covers(desc));
        }
    }
}

struct State {
    kinds: [KindState; 8],
    prompter: Option<Box<dyn Prompter>>,
}

impl State {
    fn kind(&mut self, kind: Kind) -> &mut KindState {
        &mut self.kinds[kind as usize]
    }
}

/// The CLI's [`PermissionPolicy`].
pub struct FlagPolicy {
    state: Mutex<State>,
    /// Per kind: are there path denials? Then a checked path is also tried in its
    /// canonical form, so a symbolic link cannot lead around a denial.
    deny_paths: [bool; 8],
}

impl FlagPolicy {
    /// The policy for `options`; `prompter` asks the user about anything neither granted
    /// nor denied (pass `None` when standard input is not a terminal or with
    /// `--no-prompt`: those accesses are denied).
    pub fn new(options: PermissionsOptions, prompter: Option<Box<dyn Prompter>>) -> FlagPolicy {
        Self::try_new(options, prompter).unwrap_or_else(|e| panic!("invalid permission rule: {e}"))
    }

    /// Like [`FlagPolicy::new`], reporting a bad flag value (an unknown sys kind, a bad
    /// host) instead of panicking.
    pub fn try_new(
        options: PermissionsOptions,
        prompter: Option<Box<dyn Prompter>>,
    ) -> Result<FlagPolicy, DescriptorError> {
        let mut state = State {
            kinds: Default::default(),
            prompter,
        };
        let mut deny_paths = [false; 8];
        if options.allow_all {
            for kind in Kind::ALL {
                state.kind(kind).granted_global = true;
            }
        }
        for rule in &options.allow {
            match &rule.values {
                None => state.kind(rule.kind).granted_global = true,
                Some(values) => {
                    for desc in rule_descriptors(rule, values)? {
                        state.kind(rule.kind).granted.push(desc);
                    }
                }
            }
        }
        for rule in &options.deny {
            match &rule.values {
                None => state.kind(rule.kind).flag_denied_global = true,
                Some(values) => {
                    for desc in rule_descriptors(rule, values)? {
                        state.kind(rule.kind).flag_denied.push(desc);
                    }
                    deny_paths[rule.kind as usize] =
                        matches!(rule.kind, Kind::Read | Kind::Write | Kind::Ffi);
                }
            }
        }
        Ok(FlagPolicy {
            state: Mutex::new(state),
            deny_paths,
        })
    }

    /// The canonical form of a checked path, when it differs and denials could apply.
    fn canonical_variant(&self, desc: &Descriptor) -> Option<Descriptor> {
        if !self.deny_paths[desc.kind() as usize] {
            return None;
        }
        let path = match desc {
            Descriptor::Read(Some(p)) | Descriptor::Write(Some(p)) | Descriptor::Ffi(Some(p)) => p,
            _ => return None,
        };
        let canonical = canonicalize_existing_prefix(path)?;
        if &canonical == path {
            return None;
        }
        Some(match desc {
            Descriptor::Read(_) => Descriptor::Read(Some(canonical)),
            Descriptor::Write(_) => Descriptor::Write(Some(canonical)),
            _ => Descriptor::Ffi(Some(canonical)),
        })
    }
}

/// The descriptors one rule stands for: each value, and for paths also its canonical
/// spelling (a grant of `/tmp` also covers what `/tmp` links to).
fn rule_descriptors(rule: &Rule, values: &[String]) -> Result<Vec<Descriptor>, DescriptorError> {
    let mut out = Vec::new();
    for value in values {
        if value.is_empty() {
            continue;
        }
        let desc = Descriptor::with_base(rule.kind, Some(value), rule.base.as_deref())?;
        let canonical = match &desc {
            Descriptor::Read(Some(p)) | Descriptor::Write(Some(p)) | Descriptor::Ffi(Some(p)) => {
                std::fs::canonicalize(p).ok().filter(|c| c != p)
            }
            _ => None,
        };
        out.push(desc.clone());
        if let Some(c) = canonical {
            out.push(match rule.kind {
                Kind::Read => Descriptor::Read(Some(c)),
                Kind::Write => Descriptor::Write(Some(c)),
                _ => Descriptor::Ffi(Some(c)),
            });
        }
    }
    Ok(out)
}

/// Resolves symbolic links in the longest existing ancestor of `path` and appends the rest.
fn canonicalize_existing_prefix(path: &Path) -> Option<PathBuf> {
    let mut existing = path;
    let mut rest = Vec::new();
    loop {
        if let Ok(canonical) = std::fs::canonicalize(existing) {
            let mut out = canonical;
            for name in rest.iter().rev() {
                out.push(name);
            }
            return Some(normalize_path(&out));
        }
        rest.push(existing.file_name()?.to_owned());
        existing = existing.parent()?;
    }
}

impl PermissionPolicy for FlagPolicy {
    fn check(&self, access: &Access<'_>) -> Result<(), PermissionCheckError> {
        let desc = &access.descriptor;
        let kind = desc.kind();
        let partial = if desc.is_whole_kind() {
            Partial::Deny
        } else {
            Partial::Report
        };
        let canonical = self.canonical_variant(desc);
        let mut state = self.state.lock();
        let mut result = state.kind(kind).query(desc, partial);
        if let Some(canonical) = &canonical {
            if state.kind(kind).is_denied(canonical) {
                result = PermissionState::Denied;
            }
        }
        match result {
            PermissionState::Granted | PermissionState::GrantedPartial => Ok(()),
            PermissionState::Denied => Err(PermissionCheckError::requires(
                kind,
                access.display.as_deref(),
            )),
            PermissionState::Prompt => {
                let Some(prompter) = state.prompter.as_mut() else {
                    // Nobody to ask: refused, and remembered as Deno does.
                    state.kind(kind).prompt_deny(desc);
                    return Err(PermissionCheckError::requires(
                        kind,
                        access.display.as_deref(),
                    ));
                };
                let what = access
                    .display
                    .as_deref()
                    .map(str::to_string)
                    .or_else(|| desc.display());
                match prompter.prompt(kind, what.as_deref(), Some(access.api_name), true) {
                    PromptResponse::Allow => {
                        state.kind(kind).grant(desc);
                        Ok(())
                    }
                    PromptResponse::AllowAll => {
                        state.kind(kind).granted_global = true;
                        Ok(())
                    }
                    PromptResponse::Deny => {
                        state.kind(kind).prompt_deny(desc);
                        Err(PermissionCheckError::requires(
                            kind,
                            access.display.as_deref(),
                        ))
                    }
                }
            }
        }
    }

    fn query(&self, desc: &Descriptor) -> PermissionState {
        self.state
            .lock()
            .kind(desc.kind())
            .query(desc, Partial::Report)
    }

    fn request(&self, desc: &Descriptor) -> PermissionState {
        let kind = desc.kind();
        let mut state = self.state.lock();
        let current = state.kind(kind).query(desc, Partial::Report);
        if current != PermissionState::Prompt {
            return current;
        }
        let response = match state.prompter.as_mut() {
            Some(prompter) => prompter.prompt(
                kind,
                desc.display().as_deref(),
                Some("Deno.permissions.request()"),
                true,
            ),
            None => PromptResponse::Deny,
        };
        match response {
            PromptResponse::Allow => {
                state.kind(kind).grant(desc);
                PermissionState::Granted
            }
            PromptResponse::AllowAll => {
                state.kind(kind).granted_global = true;
                PermissionState::Granted
            }
            PromptResponse::Deny => {
                state.kind(kind).prompt_deny(desc);
                PermissionState::Denied
            }
        }
    }

    fn revoke(&self, desc: &Descriptor) -> PermissionState {
        let mut state = self.state.lock();
        let kind = state.kind(desc.kind());
        kind.revoke(desc);
        kind.query(desc, Partial::Report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(kind: Kind, values: &[&str]) -> Rule {
        Rule {
            kind,
            values: Some(values.iter().map(|s| s.to_string()).collect()),
            base: None,
        }
    }

    fn read(path: &str) -> Descriptor {
        Descriptor::Read(Some(PathBuf::from(path)))
    }

    fn check(policy: &FlagPolicy, desc: Descriptor) -> Result<(), PermissionCheckError> {
        policy.check(&Access {
            descriptor: desc,
            display: None,
            api_name: "test",
        })
    }

    #[test]
    fn deny_beats_allow_and_grants_cover_descendants() {
        let options = PermissionsOptions {
            allow: vec![rule(Kind::Read, &["/srv"])],
            deny: vec![rule(Kind::Read, &["/srv/secret"])],
            ..Default::default()
        };
        let policy = FlagPolicy::new(options, None);
        assert!(check(&policy, read("/srv/a/b")).is_ok());
        assert!(check(&policy, read("/srv/secret/key")).is_err());
        assert!(check(&policy, read("/etc")).is_err());
        assert_eq!(policy.query(&read("/srv")), PermissionState::GrantedPartial);
        // Like Deno: the whole kind is not grantable while any part of it is denied.
        assert_eq!(
            policy.query(&Descriptor::Read(None)),
            PermissionState::Denied
        );
    }

    #[test]
    fn whole_kind_checks_fail_when_anything_is_denied() {
        let options = PermissionsOptions {
            allow: vec![Rule {
                kind: Kind::Env,
                values: None,
                base: None,
            }],
            deny: vec![rule(Kind::Env, &["SECRET"])],
            ..Default::default()
        };
        let policy = FlagPolicy::new(options, None);
        assert!(check(&policy, Descriptor::Env(Some("HOME".into()))).is_ok());
        assert!(check(&policy, Descriptor::Env(None)).is_err());
    }

    #[test]
    fn request_without_a_prompter_denies_and_remembers() {
        let policy = FlagPolicy::new(PermissionsOptions::default(), None);
        assert_eq!(policy.request(&read("/x")), PermissionState::Denied);
        assert_eq!(policy.query(&read("/x")), PermissionState::Denied);
        assert_eq!(policy.query(&read("/")), PermissionState::Denied);
        // As in Deno: what is inside a refused path is asked about again.
        assert_eq!(policy.query(&read("/x/y")), PermissionState::Prompt);
        assert_eq!(policy.query(&read("/z")), PermissionState::Prompt);
    }

    #[test]
    fn a_refused_whole_kind_check_keeps_specific_grants() {
        let options = PermissionsOptions {
            allow: vec![rule(Kind::Env, &["HOME"])],
            ..Default::default()
        };
        let policy = FlagPolicy::new(options, None);
        assert!(check(&policy, Descriptor::Env(None)).is_err());
        assert!(check(&policy, Descriptor::Env(Some("HOME".into()))).is_ok());
        assert_eq!(
            policy.query(&Descriptor::Env(None)),
            PermissionState::Denied
        );
        assert_eq!(
            policy.query(&Descriptor::Env(Some("PATH".into()))),
            PermissionState::Prompt
        );
    }

    #[test]
    fn a_refusal_covers_the_path_and_its_parents_not_its_children() {
        let policy = FlagPolicy::new(PermissionsOptions::default(), None);
        assert!(check(&policy, read("/tmp/zz/a")).is_err());
        assert_eq!(policy.query(&read("/tmp/zz/a")), PermissionState::Denied);
        assert_eq!(policy.query(&read("/tmp/zz")), PermissionState::Denied);
        assert_eq!(policy.query(&read("/tmp/zz/a/b")), PermissionState::Prompt);
        assert_eq!(policy.query(&read("/tmp/zz/b")), PermissionState::Prompt);
    }

    #[test]
    fn revoke_drops_covering_grants() {
        let options = PermissionsOptions {
            allow: vec![rule(Kind::Read, &["/tmp"])],
            ..Default::default()
        };
        let policy = FlagPolicy::new(options, None);
        assert_eq!(policy.revoke(&read("/tmp/a")), PermissionState::Prompt);
        assert_eq!(policy.query(&read("/tmp")), PermissionState::Prompt);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_does_not_lead_around_a_denial() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir(root.join("secret")).unwrap();
        std::os::unix::fs::symlink(root.join("secret"), root.join("link")).unwrap();
        let options = PermissionsOptions {
            allow: vec![rule(Kind::Read, &[root.to_str().unwrap()])],
            deny: vec![rule(Kind::Read, &[root.join("secret").to_str().unwrap()])],
            ..Default::default()
        };
        let policy = FlagPolicy::new(options, None);
        assert!(check(&policy, Descriptor::Read(Some(root.join("link/file")))).is_err());
        assert!(check(&policy, Descriptor::Read(Some(root.join("other")))).is_ok());
    }
}
