//! `x serve FILE [--port N] [--host H] [--cert FILE --key FILE] [--log] [--watch]`: runs a
//! module whose `export default { fetch }` serves HTTP, the shape the platform runs, on
//! `Deno.serve`'s server. The listen address needs no `--allow-net`: the flags name it.

mod watch;

use std::path::Path;

use anyhow::{Context, Result};
use x_graph::ParseMode;
use x_worker::ServeOptions;

use crate::args::ServeArgs;
use crate::factory;

pub async fn serve(args: ServeArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let tls = read_tls(&args, &cwd)?;
    if args.watch {
        return watch::serve(args, tls, cwd).await;
    }
    let graph = factory::graph(&args.graph, &cwd, ParseMode::Execute)?;
    let permissions = factory::permissions(&args.permissions, &args.graph, &cwd, false, None)?;
    let main_module = super::run::main_module_url(&args.file, &cwd)?;
    check_free(&args.host, args.port)?;
    let serve = ServeOptions {
        hostname: args.host,
        port: args.port,
        log: args.log,
        tls,
        prebound: None,
    };
    super::run::run_module(
        graph,
        main_module,
        args.args,
        permissions,
        Some(serve),
        super::run::Teardown::ProcessExits,
    )
    .await
}

/// `--cert` and `--key` read as text (PEM); the server checks that they make a pair.
fn read_tls(args: &ServeArgs, cwd: &Path) -> Result<Option<(String, String)>> {
    let (Some(cert), Some(key)) = (&args.cert, &args.key) else {
        return Ok(None);
    };
    let read = |path: &Path, what: &str| {
        std::fs::read_to_string(cwd.join(path))
            .with_context(|| format!("cannot read the TLS {what} {}", path.display()))
    };
    let cert = read(cert, "certificate")?;
    let key = read(key, "private key")?;
    // Said before any module loads, as a bad --port would be.
    if let Err(message) = x_ext_http::tls_config(&cert, &key) {
        anyhow::bail!(message);
    }
    Ok(Some((cert, key)))
}

fn in_use(host: &str, port: u16) -> anyhow::Error {
    anyhow::anyhow!(
        "address {host}:{port} is already in use\n    hint: stop what is listening there, or pick another port with --port"
    )
}

/// Says plainly when the address is taken, before any module is loaded. (The server binds
/// again when the program has evaluated; losing that race still fails, with the runtime's
/// `AddrInUse` error.)
fn check_free(host: &str, port: u16) -> Result<()> {
    if port == 0 {
        return Ok(());
    }
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match std::net::TcpListener::bind((bare, port)) {
        Err(error) if error.kind() == std::io::ErrorKind::AddrInUse => Err(in_use(host, port)),
        _ => Ok(()),
    }
}
