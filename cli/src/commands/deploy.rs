//! `x deploy [ENTRY]` and its subcommands (`login`, `list`, `promote`, `logs`, `env`,
//! `projects`): resolves flags against the config file, environment and login file, then
//! hands the work to `x_deploy`.

use anyhow::{Context, Result};
use x_deploy::settings::{self, DeployConfig};
use x_deploy::{manage, AssetOptions, Client, DeployOptions, Progress};
use x_graph::ParseMode;

use crate::args::{DeployArgs, DeployCommand, DeployEnvCommand, DeployProjectsCommand};
use crate::factory;

pub async fn deploy(args: DeployArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let config_file = factory::config(&args.graph, &cwd)?;
    let config = DeployConfig::from_config(config_file.as_ref())?;
    let flags = &args.platform;
    let json = flags.json;
    let url = settings::resolve_url(flags.url.as_deref(), &config)?;
    let project = || settings::resolve_project(flags.project.as_deref(), &config);
    let client = || -> Result<Client> {
        let token = settings::resolve_token(flags.token.as_deref(), &url)?;
        Client::new(&url, &token)
    };
    match args.command {
        Some(DeployCommand::Login) => {
            let token = match &flags.token {
                Some(token) => token.clone(),
                None => manage::read_token_from_stdin()?,
            };
            manage::login(&url, &token, json).await?;
        }
        Some(DeployCommand::List { limit }) => {
            manage::list(&client()?, &project()?, limit, json).await?
        }
        Some(DeployCommand::Promote { id }) => {
            manage::promote(&client()?, &project()?, &id, json).await?
        }
        Some(DeployCommand::Logs {
            follow,
            deployment,
            limit,
        }) => {
            let options = manage::LogsOptions {
                deployment: deployment.as_deref(),
                follow,
                limit,
                json,
            };
            manage::logs(&client()?, &project()?, &options).await?
        }
        Some(DeployCommand::Env(env)) => {
            let (client, project) = (client()?, project()?);
            match env {
                DeployEnvCommand::Set { pairs } => {
                    manage::env_set(&client, &project, &pairs, json).await?
                }
                DeployEnvCommand::List => manage::env_list(&client, &project, json).await?,
                DeployEnvCommand::Unset { key } => {
                    manage::env_unset(&client, &project, &key, json).await?
                }
            }
        }
        Some(DeployCommand::Projects(command)) => {
            let client = client()?;
            match command {
                DeployProjectsCommand::Create { name } => {
                    manage::projects_create(&client, &name, json).await?
                }
                DeployProjectsCommand::List => manage::projects_list(&client, json).await?,
                DeployProjectsCommand::Delete { name } => {
                    manage::projects_delete(&client, &name, json).await?
                }
            }
        }
        None => {
            let config_dir = config_file.as_ref().map(|c| c.dir().to_path_buf());
            let entry = match (&args.entry, &config.entrypoint, &config_dir) {
                (Some(entry), _, _) => super::run::main_module_url(entry, &cwd)?,
                (None, Some(entry), Some(dir)) => super::run::main_module_url(entry, dir)?,
                _ => anyhow::bail!(
                    "no entry module: pass one (`x deploy main.ts`) or set \"deploy\": \
                     {{ \"entrypoint\": \"main.ts\" }} in x.json"
                ),
            };
            // Config paths are relative to the config file's folder, flags to the cwd.
            let (base, include) = if args.include.is_empty() {
                (config_dir.unwrap_or(cwd.clone()), config.include.clone())
            } else {
                (cwd.clone(), args.include)
            };
            let exclude = if args.exclude.is_empty() {
                config.exclude.clone()
            } else {
                args.exclude
            };
            let options = DeployOptions {
                project: project()?,
                entry,
                assets: AssetOptions {
                    base,
                    include,
                    exclude,
                },
                prod: args.prod,
            };
            let client = client()?;
            let graph = factory::graph(&args.graph, &cwd, ParseMode::Execute)?;
            let mut progress = Progress::new();
            let outcome = x_deploy::deploy(&client, &graph, &options, &mut progress).await?;
            if json {
                manage::print_json(&outcome.to_json());
            } else {
                let id = outcome.deployment["id"].as_str().unwrap_or("");
                eprintln!(
                    "Deployed {id} ({} of {} blobs uploaded)",
                    outcome.upload.uploaded, outcome.upload.total
                );
                println!("{}", outcome.deployment["url"].as_str().unwrap_or(""));
                if let Some(production) = &outcome.production_url {
                    println!("{production}");
                }
            }
        }
    }
    Ok(0)
}
