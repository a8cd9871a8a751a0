//! The one way `x` builds an HTTP(S) client: the graph's remote-module cache, the npm
//! registry client, `fetch` and `x deploy` all call [`build`].
//!
//! Clients trust the bundled Mozilla roots and the system's store (reqwest's
//! `rustls-tls-native-roots`; `SSL_CERT_FILE`/`SSL_CERT_DIR` are honoured). reqwest refuses
//! to build a client when the system store holds certificates and not one of them parses
//! (a truncated bundle, a file of something else at `SSL_CERT_FILE`). That machine can
//! still reach every public server through the bundled roots, so [`build`] retries without
//! the system store and says so once on stderr, instead of failing every download.

use std::sync::Once;

/// Builds the client `configure` describes. `configure` is called again (it returns a
/// fresh builder each time: reqwest's builder cannot be cloned) if the first build fails
/// on the system's certificate store.
pub fn build(
    configure: impl Fn() -> reqwest::ClientBuilder,
) -> Result<reqwest::Client, reqwest::Error> {
    let first = match configure().build() {
        Ok(client) => return Ok(client),
        Err(e) => e,
    };
    match configure().tls_built_in_native_certs(false).build() {
        Ok(client) => {
            warn_once(&first);
            Ok(client)
        }
        // Not the certificate store after all: the first error is the one to report.
        Err(_) => Err(first),
    }
}

fn warn_once(error: &reqwest::Error) {
    static WARNED: Once = Once::new();
    WARNED.call_once(|| {
        let mut reason = error.to_string();
        let mut source = std::error::Error::source(error);
        while let Some(s) = source {
            reason = format!("{reason}: {s}");
            source = s.source();
        }
        let reason = reason.trim().replace('\n', "; ");
        let store = std::env::var("SSL_CERT_FILE")
            .map(|f| format!(" (SSL_CERT_FILE={f})"))
            .unwrap_or_default();
        eprintln!(
            "warning: no certificate of the system's store{store} could be read ({reason}); trusting only the bundled Mozilla roots"
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    /// The child half of [`an_unreadable_system_store_falls_back_to_the_bundled_roots`]:
    /// runs only in the child process, whose environment points at the broken store.
    #[test]
    fn child_builds_a_client() {
        if std::env::var_os("X_HTTP_CLIENT_TEST_CHILD").is_none() {
            return;
        }
        // reqwest alone refuses this store, which is the case the fallback is for.
        assert!(reqwest::Client::builder().build().is_err());
        build(reqwest::Client::builder).expect("falls back to the bundled roots");
        println!("child: built");
    }

    #[test]
    fn an_unreadable_system_store_falls_back_to_the_bundled_roots() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("certs.pem");
        // A PEM block whose body is not a certificate: found, but nothing parses.
        std::fs::write(
            &bad,
            "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGUgYXQgYWxs\n-----END CERTIFICATE-----\n",
        )
        .unwrap();
        let output = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "tests::child_builds_a_client", "--nocapture"])
            .env("X_HTTP_CLIENT_TEST_CHILD", "1")
            .env("SSL_CERT_FILE", &bad)
            .env("SSL_CERT_DIR", dir.path().join("none"))
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{stdout}\n{stderr}");
        assert!(stdout.contains("child: built"), "{stdout}\n{stderr}");
        let warnings: Vec<_> = stderr
            .lines()
            .filter(|l| l.starts_with("warning:"))
            .collect();
        assert_eq!(warnings.len(), 1, "{stderr}");
        assert!(warnings[0].contains("bundled Mozilla roots"), "{stderr}");
        assert!(warnings[0].contains("certs.pem"), "{stderr}");
    }
}
