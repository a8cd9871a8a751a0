//! Where a request goes, decided from its host and path alone (no I/O).
//!
//! The scheme, on one port:
//! - the *apex* — the bare domain, `localhost`, or an IP address — is the platform
//!   itself: `/api/v1/...` is the control plane, `/_p/<project>/...` and
//!   `/_d/<deployment>/...` reach tenants by path (for clients that cannot set a host);
//! - `<project>.<domain>` is that project's production deployment, and
//!   `<deployment-id>.<domain>` one specific deployment (project names start with a
//!   letter, deployment ids with a digit, so a label is never ambiguous);
//! - anything else is unknown: 404, never some tenant's code.

use x_platform_store::validate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Apex,
    Project {
        name: String,
        prefix: Option<String>,
    },
    Deployment {
        id: String,
        prefix: Option<String>,
    },
    Unknown,
}

/// The host part of a `Host` header value, lower-cased, without port or trailing dot.
pub fn host_only(header: &str) -> String {
    let header = header.trim();
    let host = if let Some(rest) = header.strip_prefix('[') {
        // [v6]:port
        match rest.find(']') {
            Some(end) => &header[..end + 2],
            None => header,
        }
    } else {
        match header.rfind(':') {
            Some(colon) if header[colon + 1..].bytes().all(|b| b.is_ascii_digit()) => {
                &header[..colon]
            }
            _ => header,
        }
    };
    host.trim_end_matches('.').to_ascii_lowercase()
}

fn is_apex(host: &str, domain: &str) -> bool {
    host == domain
        || host == "localhost"
        || host.parse::<std::net::Ipv4Addr>().is_ok()
        || (host.starts_with('[')
            && host.ends_with(']')
            && host[1..host.len() - 1]
                .parse::<std::net::Ipv6Addr>()
                .is_ok())
}

fn label_target(label: &str, prefix: Option<String>) -> Target {
    if validate::is_deployment_id(label) {
        Target::Deployment {
            id: label.to_owned(),
            prefix,
        }
    } else if validate::project_name(label).is_ok() {
        Target::Project {
            name: label.to_owned(),
            prefix,
        }
    } else {
        Target::Unknown
    }
}

/// Classifies a request by host (as sent) and path. `domain` is lower case.
pub fn classify(host_header: Option<&str>, path: &str, domain: &str) -> Target {
    let Some(host) = host_header.map(host_only) else {
        return Target::Unknown;
    };
    if is_apex(&host, domain) {
        for (marker, is_project) in [("/_p/", true), ("/_d/", false)] {
            if let Some(rest) = path.strip_prefix(marker) {
                let label = rest.split('/').next().unwrap_or("");
                let prefix = Some(format!("{marker}{label}"));
                return match label_target(label, prefix) {
                    t @ Target::Project { .. } if is_project => t,
                    t @ Target::Deployment { .. } if !is_project => t,
                    _ => Target::Unknown,
                };
            }
        }
        return Target::Apex;
    }
    match host
        .strip_suffix(domain)
        .and_then(|rest| rest.strip_suffix('.'))
    {
        Some(label) if !label.contains('.') => label_target(label, None),
        _ => Target::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "01jd0000000000000000000000";

    fn project(name: &str) -> Target {
        Target::Project {
            name: name.into(),
            prefix: None,
        }
    }

    #[test]
    fn hosts() {
        assert_eq!(host_only("Hello.Localhost:8080"), "hello.localhost");
        assert_eq!(host_only("[::1]:8080"), "[::1]");
        assert_eq!(host_only("example.com."), "example.com");
        let c = |host: &str| classify(Some(host), "/", "localhost");
        assert_eq!(c("localhost:8080"), Target::Apex);
        assert_eq!(c("127.0.0.1:8080"), Target::Apex);
        assert_eq!(c("[::1]:8080"), Target::Apex);
        assert_eq!(c("hello.localhost:8080"), project("hello"));
        assert_eq!(
            c(&format!("{ID}.localhost")),
            Target::Deployment {
                id: ID.into(),
                prefix: None
            }
        );
        assert_eq!(c("a.b.localhost"), Target::Unknown);
        assert_eq!(c("Bad_Name.localhost"), Target::Unknown);
        assert_eq!(c("hello.example.com"), Target::Unknown);
        assert_eq!(c("evil-localhost"), Target::Unknown);
        assert_eq!(classify(None, "/", "localhost"), Target::Unknown);
        let d = |host: &str| classify(Some(host), "/", "apps.example.com");
        assert_eq!(d("apps.example.com"), Target::Apex);
        assert_eq!(d("hello.apps.example.com:443"), project("hello"));
        assert_eq!(d("hello.localhost"), Target::Unknown);
    }

    #[test]
    fn paths_on_the_apex() {
        let c = |path: &str| classify(Some("localhost:8080"), path, "localhost");
        assert_eq!(c("/api/v1/health"), Target::Apex);
        assert_eq!(
            c("/_p/hello/x/y?z"),
            Target::Project {
                name: "hello".into(),
                prefix: Some("/_p/hello".into())
            }
        );
        assert_eq!(
            c("/_p/hello"),
            Target::Project {
                name: "hello".into(),
                prefix: Some("/_p/hello".into())
            }
        );
        assert_eq!(
            c(&format!("/_d/{ID}/")),
            Target::Deployment {
                id: ID.into(),
                prefix: Some(format!("/_d/{ID}"))
            }
        );
        assert_eq!(c(&format!("/_p/{ID}/")), Target::Unknown);
        assert_eq!(c("/_d/hello/"), Target::Unknown);
        assert_eq!(c("/_p//"), Target::Unknown);
        // Path forms only on the apex: a tenant's own /_p/ paths are its own.
        assert_eq!(
            classify(Some("hello.localhost"), "/_p/other/", "localhost"),
            project("hello")
        );
    }
}
