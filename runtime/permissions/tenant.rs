//! The policy of a tenant's program on the platform: no files, no environment, no
//! processes, no FFI, no system facts; the network only towards public addresses, so a
//! tenant cannot reach the control plane, the host's loopback services or a private
//! network (SSRF). Nobody is asked: anything else is denied.
//!
//! Host names are judged by their text (`localhost`, `*.localhost`, IP literals in
//! loopback, private, link-local, unique-local and unspecified ranges). A public name
//! that resolves to a private address is not caught here; the fetch client's resolver is
//! the place for that (see the platform's closing notes).

use std::net::IpAddr;

use crate::{
    Access, Descriptor, Kind, NetTarget, PermissionCheckError, PermissionPolicy, PermissionState,
};

/// See the module comment. `allow_private` lets an operator open private addresses
/// (e.g. a database on the LAN) to every tenant.
#[derive(Debug, Clone, Default)]
pub struct TenantPolicy {
    pub allow_private: bool,
}

impl TenantPolicy {
    fn allows(&self, descriptor: &Descriptor) -> bool {
        match descriptor {
            Descriptor::Net(Some(target)) => self.allow_private || is_public(target),
            _ => false,
        }
    }
}

/// Whether `target` names a public host.
pub fn is_public(target: &NetTarget) -> bool {
    let host = target.host.trim_start_matches('[').trim_end_matches(']');
    if host == "localhost" || host.ends_with(".localhost") || host.is_empty() {
        return false;
    }
    match host.parse::<IpAddr>() {
        Ok(ip) => is_public_ip(ip),
        Err(_) => true,
    }
}

/// Whether `ip` is a public address (not loopback, private, link-local, CGNAT, ...).
pub fn is_public_ip(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.octets()[0] == 100 && (v4.octets()[1] & 0xc0) == 64)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public_ip(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80)
        }
    }
}

impl PermissionPolicy for TenantPolicy {
    fn check(&self, access: &Access<'_>) -> Result<(), PermissionCheckError> {
        if self.allows(&access.descriptor) {
            return Ok(());
        }
        let kind = access.descriptor.kind();
        let what = match (&access.descriptor, kind) {
            (Descriptor::Net(Some(target)), _) => {
                format!("network access to {target} (a private or loopback address)")
            }
            (_, Kind::Env) => "environment access (use the env argument of fetch)".to_string(),
            (_, kind) => format!("{} access", kind.name()),
        };
        Err(PermissionCheckError::new(format!(
            "Requires {what}, which programs on the platform do not have (in {})",
            access.api_name
        )))
    }

    fn query(&self, descriptor: &Descriptor) -> PermissionState {
        if self.allows(descriptor) {
            PermissionState::Granted
        } else {
            PermissionState::Denied
        }
    }

    fn request(&self, descriptor: &Descriptor) -> PermissionState {
        self.query(descriptor)
    }

    fn revoke(&self, descriptor: &Descriptor) -> PermissionState {
        self.query(descriptor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(host: &str) -> Descriptor {
        Descriptor::Net(Some(NetTarget {
            host: host.to_string(),
            port: Some(80),
        }))
    }

    #[test]
    fn only_public_hosts_are_reachable() {
        let policy = TenantPolicy::default();
        for private in [
            "localhost",
            "api.localhost",
            "127.0.0.1",
            "10.1.2.3",
            "192.168.0.1",
            "172.16.5.4",
            "169.254.169.254",
            "0.0.0.0",
            "::1",
            "[::1]",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "100.64.0.1",
        ] {
            assert_eq!(
                policy.query(&net(private)),
                PermissionState::Denied,
                "{private}"
            );
        }
        for public in ["example.com", "93.184.216.34", "2606:4700::1111"] {
            assert_eq!(
                policy.query(&net(public)),
                PermissionState::Granted,
                "{public}"
            );
        }
    }

    #[test]
    fn files_env_and_processes_are_denied() {
        let policy = TenantPolicy::default();
        for descriptor in [
            Descriptor::Read(None),
            Descriptor::Write(None),
            Descriptor::Env(Some("HOME".into())),
            Descriptor::Run(None),
            Descriptor::Sys(None),
            Descriptor::Ffi(None),
        ] {
            let access = Access {
                descriptor,
                display: None,
                api_name: "test",
            };
            assert!(policy.check(&access).is_err());
        }
    }
}
