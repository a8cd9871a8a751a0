//! `x platform serve` and `x platform token create|list|revoke`: flags to a
//! configuration, then a call into `x_platform_server`.
//! `serve` runs tenants' programs on the hypervisor (`x_platform_hypervisor`).

use anyhow::{bail, Result};
use x_platform_server::{Config, Overrides};

use crate::args::{PlatformCommand, PlatformDataFlags, PlatformTokenCommand};

pub async fn platform(command: PlatformCommand) -> Result<u8> {
    match command {
        PlatformCommand::Serve(args) => {
            let flags = Overrides {
                data: args.data.data.clone(),
                listen: args.listen,
                domain: args.domain,
                max_blob_bytes: args.max_blob_bytes,
                public_port: None,
                tenants: None,
                store: args.data.store.clone(),
                blobs: args.blobs,
                node_id: args.node_id,
                advertise: args.advertise,
            };
            let config = Config::resolve(args.data.config.as_deref(), flags)?;
            // The server builds its own multi-threaded runtime; this thread only waits.
            tokio::task::spawn_blocking(move || {
                x_platform_server::serve_blocking(config, x_platform_server::hypervisor_host())
            })
            .await??;
            Ok(0)
        }
        PlatformCommand::Token(PlatformTokenCommand::Create {
            data,
            project,
            name,
        }) => {
            let config = store_config(&data)?;
            let (info, secret) =
                x_platform_server::create_token(&config, &name, project.as_deref()).await?;
            let scope = info
                .project
                .as_deref()
                .map_or("all projects".to_owned(), |p| format!("project {p}"));
            eprintln!(
                "created token {} ({:?}) for {scope} in {}",
                info.id,
                info.name,
                x_platform_server::describe_store(&config)
            );
            eprintln!("the token is shown only now: store it somewhere safe");
            // Alone on stdout, so `TOKEN=$(x platform token create ...)` captures it.
            println!("{}", secret.expose());
            Ok(0)
        }
        PlatformCommand::Token(PlatformTokenCommand::List { data }) => {
            let config = store_config(&data)?;
            for t in x_platform_server::list_tokens(&config).await? {
                let scope = t.project.as_deref().unwrap_or("*");
                let state = if t.revoked_at.is_some() {
                    "revoked"
                } else {
                    "active"
                };
                println!("{}\t{}\t{scope}\t{state}", t.id, t.name);
            }
            Ok(0)
        }
        PlatformCommand::Token(PlatformTokenCommand::Revoke { data, id }) => {
            let config = store_config(&data)?;
            if !x_platform_server::revoke_token(&config, &id).await? {
                bail!(
                    "no active token with id {id} in {}",
                    x_platform_server::describe_store(&config)
                );
            }
            eprintln!("revoked token {id}");
            Ok(0)
        }
    }
}

/// Where the token commands act: `--store`/`--data`, else the config file's, else the
/// default data folder.
fn store_config(flags: &PlatformDataFlags) -> Result<Config> {
    let overrides = Overrides {
        data: flags.data.clone(),
        store: flags.store.clone(),
        ..Default::default()
    };
    Config::resolve(flags.config.as_deref(), overrides)
}
