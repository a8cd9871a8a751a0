//! The subcommands that manage what is on the platform — `login`, `list`, `promote`,
//! `logs`, `env`, `projects` — each one or two API calls, printed for a person or, with
//! `--json`, as JSON on stdout for scripts (`logs` prints one JSON object per line).

use std::io::Write;

use anyhow::{bail, Context, Result};
use futures::StreamExt;
use reqwest::Method;
use serde_json::{json, Value};
use url::Url;

use crate::client::Client;
use crate::path_segment;
use crate::settings::{url_key, Credentials};

/// Prints `value` as JSON (pretty) on stdout.
pub fn print_json(value: &Value) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_default()
    );
}

/// `x deploy login`: checks the token against the platform, then saves it (and the URL as
/// the default) in the login file.
pub async fn login(url: &Url, token: &str, json: bool) -> Result<()> {
    let client = Client::new(url, token)?;
    let projects = client.get("projects").await?;
    let mut credentials = Credentials::load()?;
    credentials.default_url = Some(url_key(url));
    credentials
        .tokens
        .insert(url_key(url), token.trim().to_owned());
    let path = credentials.save()?;
    let count = projects["projects"].as_array().map_or(0, Vec::len);
    if json {
        print_json(&json!({ "url": url_key(url), "credentials": path, "projects": count }));
    } else {
        println!(
            "Logged in to {} (the token sees {count} project{}); saved in {}",
            url_key(url),
            if count == 1 { "" } else { "s" },
            path.display()
        );
    }
    Ok(())
}

/// Reads a token from stdin (for `x deploy login` without `--token`).
pub fn read_token_from_stdin() -> Result<String> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        eprint!("Token (from `x platform token create`): ");
        let _ = std::io::stderr().flush();
    }
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context("cannot read the token from standard input")?;
    let token = line.trim().to_owned();
    if token.is_empty() {
        bail!("no token given: pass --token or type it on standard input");
    }
    Ok(token)
}

/// `x deploy list`: the project's deployments, newest first.
pub async fn list(client: &Client, project: &str, limit: u32, json: bool) -> Result<()> {
    let answer = client
        .get(&format!(
            "projects/{}/deployments?limit={limit}",
            path_segment(project)
        ))
        .await?;
    if json {
        print_json(&answer);
        return Ok(());
    }
    let deployments = answer["deployments"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if deployments.is_empty() {
        println!("No deployments of {project} yet: run `x deploy`.");
        return Ok(());
    }
    for d in deployments {
        println!(
            "{}  {}  {:<6} {}{}",
            d["id"].as_str().unwrap_or(""),
            d["created_at"].as_str().unwrap_or(""),
            d["status"].as_str().unwrap_or(""),
            d["url"].as_str().unwrap_or(""),
            if d["production"].as_bool() == Some(true) {
                "  (production)"
            } else {
                ""
            },
        );
    }
    Ok(())
}

/// `x deploy promote ID`.
pub async fn promote(client: &Client, project: &str, id: &str, json: bool) -> Result<()> {
    let deployment = client
        .post(
            &format!(
                "projects/{}/deployments/{}/promote",
                path_segment(project),
                path_segment(id)
            ),
            json!({}),
        )
        .await?;
    let project_view = client
        .get(&format!("projects/{}", path_segment(project)))
        .await?;
    if json {
        print_json(&json!({ "deployment": deployment, "production_url": project_view["url"] }));
    } else {
        println!(
            "Deployment {id} is now production of {project}: {}",
            project_view["url"].as_str().unwrap_or("")
        );
    }
    Ok(())
}

/// What `x deploy logs` shows.
pub struct LogsOptions<'a> {
    pub deployment: Option<&'a str>,
    pub follow: bool,
    pub limit: u32,
    pub json: bool,
}

/// `x deploy logs`: the latest page, then (with `follow`) new entries as they come, over
/// the API's Server-Sent Events stream; a dropped stream is resumed after the last id.
pub async fn logs(client: &Client, project: &str, options: &LogsOptions<'_>) -> Result<()> {
    let mut query = format!("limit={}", options.limit);
    if let Some(d) = options.deployment {
        query.push_str(&format!("&deployment={}", path_segment(d)));
    }
    let page = client
        .get(&format!("projects/{}/logs?{query}", path_segment(project)))
        .await?;
    let mut last: Option<i64> = None;
    for entry in page["entries"].as_array().into_iter().flatten() {
        print_log(entry, options.json);
        last = entry["id"].as_i64().or(last);
    }
    if !options.follow {
        if !options.json && last.is_none() {
            eprintln!("No logs yet.");
        }
        return Ok(());
    }
    loop {
        // After the last entry shown; with none shown, after id 0: the page was empty,
        // so that is exactly what was written since (the stream's own default, "only new
        // entries", would miss what came between the page and the stream).
        let mut query = format!("after={}&", last.unwrap_or(0));
        if let Some(d) = options.deployment {
            query.push_str(&format!("deployment={}", path_segment(d)));
        }
        let response = client
            .send(
                Method::GET,
                &format!("projects/{}/logs/stream?{query}", path_segment(project)),
                None,
            )
            .await?;
        let mut stream = response.bytes_stream();
        let mut buffer = String::new();
        while let Some(chunk) = stream.next().await {
            let Ok(chunk) = chunk else { break };
            buffer.push_str(&String::from_utf8_lossy(&chunk));
            while let Some(end) = buffer.find("\n\n") {
                let event: String = buffer.drain(..end + 2).collect();
                for line in event.lines() {
                    if let Some(data) = line.strip_prefix("data:") {
                        if let Ok(entry) = serde_json::from_str::<Value>(data.trim()) {
                            if entry.get("message").is_some() {
                                print_log(&entry, options.json);
                                last = entry["id"].as_i64().or(last);
                            }
                        }
                    }
                }
            }
        }
        // The stream ended (server restart, proxy timeout): pick up after the last entry.
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
}

fn print_log(entry: &Value, json: bool) {
    if json {
        println!("{}", serde_json::to_string(entry).unwrap_or_default());
    } else {
        println!(
            "{} {:<5} [{}] {}",
            entry["time"].as_str().unwrap_or(""),
            entry["level"].as_str().unwrap_or(""),
            entry["deployment_id"].as_str().unwrap_or(""),
            entry["message"].as_str().unwrap_or(""),
        );
    }
    let _ = std::io::stdout().flush();
}

/// `x deploy env set K=V ...`.
pub async fn env_set(client: &Client, project: &str, pairs: &[String], json: bool) -> Result<()> {
    let mut vars = serde_json::Map::new();
    for pair in pairs {
        let Some((key, value)) = pair.split_once('=') else {
            bail!("{pair:?} is not KEY=VALUE");
        };
        vars.insert(key.to_owned(), Value::String(value.to_owned()));
    }
    if vars.is_empty() {
        bail!("give at least one KEY=VALUE");
    }
    let keys: Vec<String> = vars.keys().cloned().collect();
    let answer = client
        .put(
            &format!("projects/{}/env", path_segment(project)),
            json!({ "vars": vars }),
        )
        .await?;
    if json {
        print_json(&answer);
    } else {
        println!("Set {} on {project}", keys.join(", "));
    }
    Ok(())
}

/// `x deploy env list` (values come masked from the platform).
pub async fn env_list(client: &Client, project: &str, json: bool) -> Result<()> {
    let answer = client
        .get(&format!("projects/{}/env", path_segment(project)))
        .await?;
    if json {
        print_json(&answer);
        return Ok(());
    }
    let vars = answer["vars"].as_array().cloned().unwrap_or_default();
    if vars.is_empty() {
        println!("No environment variables on {project}.");
    }
    for var in vars {
        println!(
            "{}={}",
            var["key"].as_str().unwrap_or(""),
            var["value"].as_str().unwrap_or("")
        );
    }
    Ok(())
}

/// `x deploy env unset K`.
pub async fn env_unset(client: &Client, project: &str, key: &str, json: bool) -> Result<()> {
    client
        .delete(&format!(
            "projects/{}/env/{}",
            path_segment(project),
            path_segment(key)
        ))
        .await?;
    if json {
        print_json(&json!({ "unset": key }));
    } else {
        println!("Unset {key} on {project}");
    }
    Ok(())
}

/// `x deploy projects create NAME`.
pub async fn projects_create(client: &Client, name: &str, json: bool) -> Result<()> {
    let project = client.post("projects", json!({ "name": name })).await?;
    if json {
        print_json(&project);
    } else {
        println!(
            "Created project {name}: {}",
            project["url"].as_str().unwrap_or("")
        );
    }
    Ok(())
}

/// `x deploy projects list`.
pub async fn projects_list(client: &Client, json: bool) -> Result<()> {
    let answer = client.get("projects").await?;
    if json {
        print_json(&answer);
        return Ok(());
    }
    let projects = answer["projects"].as_array().cloned().unwrap_or_default();
    if projects.is_empty() {
        println!("No projects yet: `x deploy projects create NAME`.");
    }
    for p in projects {
        println!(
            "{:<24} {}  production: {}",
            p["name"].as_str().unwrap_or(""),
            p["url"].as_str().unwrap_or(""),
            p["production_deployment"].as_str().unwrap_or("none"),
        );
    }
    Ok(())
}

/// `x deploy projects delete NAME`.
pub async fn projects_delete(client: &Client, name: &str, json: bool) -> Result<()> {
    client
        .delete(&format!("projects/{}", path_segment(name)))
        .await?;
    if json {
        print_json(&json!({ "deleted": name }));
    } else {
        println!("Deleted project {name} with its deployments, env and logs");
    }
    Ok(())
}
