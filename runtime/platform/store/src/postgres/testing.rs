//! A throwaway PostgreSQL server for tests: `initdb` into a temp folder, `pg_ctl start` on
//! a free loopback port (trust authentication, the socket in the same folder), stopped and
//! removed when dropped. The binaries are found under `/usr/lib/postgresql/*/bin` (the
//! newest) or on the PATH. PostgreSQL refuses to run as root, so as root the server runs
//! as the `postgres` user (which the Debian package creates).
//!
//! Tests that need PostgreSQL fail with a clear message when it is missing (`install.sh
//! --deps-only` installs it); `X_SKIP_POSTGRES=1` skips them on a developer's machine.
//!
//! Clients: the store's own tests, `x_platform_server`'s `tests/cluster.rs`.

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

pub struct TempCluster {
    pub port: u16,
    root: PathBuf,
    bin: PathBuf,
    run_as_postgres: bool,
}

/// True when the developer asked to skip PostgreSQL tests (`X_SKIP_POSTGRES=1`).
pub fn skipped() -> bool {
    std::env::var_os("X_SKIP_POSTGRES").is_some_and(|v| v == "1")
}

/// The folder holding `initdb` and `pg_ctl`.
pub fn find_bin() -> Option<PathBuf> {
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((version, bin))
        })
        .collect();
    found.sort();
    if let Some((_, bin)) = found.pop() {
        return Some(bin);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .find(|dir| dir.join("initdb").exists() && dir.join("pg_ctl").exists())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("no free port on 127.0.0.1")
}

impl TempCluster {
    /// Starts a server, or returns `None` when `X_SKIP_POSTGRES=1`. Panics with what to do
    /// when PostgreSQL is not installed or does not start.
    pub fn start() -> Option<TempCluster> {
        if skipped() {
            eprintln!("X_SKIP_POSTGRES=1: skipping a test that needs PostgreSQL");
            return None;
        }
        let bin = find_bin().unwrap_or_else(|| {
            panic!(
                "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin or on \
                 the PATH): run ./install.sh --deps-only, or set X_SKIP_POSTGRES=1 to skip"
            )
        });
        // SAFETY: getuid has no preconditions.
        let run_as_postgres = unsafe { libc::getuid() } == 0;
        let root = std::env::temp_dir().join(format!("x-pg-{}", crate::new_id()));
        std::fs::create_dir_all(&root).unwrap();
        let cluster = TempCluster {
            port: free_port(),
            root,
            bin,
            run_as_postgres,
        };
        if run_as_postgres {
            let status = Command::new("chown")
                .args(["postgres:postgres"])
                .arg(&cluster.root)
                .status()
                .expect("chown");
            assert!(
                status.success(),
                "cannot give {} to the postgres user",
                cluster.root.display()
            );
        }
        let data = cluster.root.join("data");
        cluster.run(
            "initdb",
            &[
                "-D",
                data.to_str().unwrap(),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
            ],
        );
        cluster.start_server();
        Some(cluster)
    }

    /// `pg_ctl start` on the cluster's port, waiting until it accepts connections.
    fn start_server(&self) {
        let data = self.root.join("data");
        let options = format!(
            "-p {} -k {} -h 127.0.0.1 -c fsync=off -c max_connections=300",
            self.port,
            self.root.display()
        );
        let log = self.root.join("server.log");
        self.run(
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap(),
                "-o",
                &options,
                "-l",
                log.to_str().unwrap(),
                "-w",
                "start",
            ],
        );
    }

    /// Starts the server again after [`TempCluster::stop`] (an outage that ends).
    pub fn start_again(&self) {
        self.start_server();
    }

    fn command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        if self.run_as_postgres {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(path);
            command
        } else {
            Command::new(path)
        }
    }

    fn run(&self, program: &str, args: &[&str]) {
        let output = self
            .command(program)
            .args(args)
            .current_dir(&self.root)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
        if !output.status.success() {
            let log = std::fs::read_to_string(self.root.join("server.log")).unwrap_or_default();
            panic!(
                "{program} failed: {}{}\n{log}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }

    /// Makes a fresh database and returns its URL.
    pub fn database(&self, name: &str) -> String {
        self.run(
            "createdb",
            &[
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
                name,
            ],
        );
        self.url(name)
    }

    pub fn url(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }

    /// Stops the server at once (as a crash would; the data is thrown away anyway).
    pub fn stop(&self) {
        let data = self.root.join("data");
        let _ = self
            .command("pg_ctl")
            .args([
                "-D",
                data.to_str().unwrap(),
                "-m",
                "immediate",
                "-w",
                "stop",
            ])
            .output();
    }
}

impl Drop for TempCluster {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// One server for a whole test binary (each test makes its own database), stopped when
/// the process exits: the test harness ends with `exit`, which runs `atexit` handlers but
/// not the destructors of statics.
pub fn shared() -> Option<&'static TempCluster> {
    static SHARED: OnceLock<Option<TempCluster>> = OnceLock::new();
    extern "C" fn stop_shared() {
        if let Some(Some(cluster)) = SHARED.get() {
            cluster.stop();
            let _ = std::fs::remove_dir_all(&cluster.root);
        }
    }
    SHARED
        .get_or_init(|| {
            let cluster = TempCluster::start()?;
            // SAFETY: registers a plain function; it only reads the static set above.
            unsafe { libc::atexit(stop_shared) };
            Some(cluster)
        })
        .as_ref()
}
