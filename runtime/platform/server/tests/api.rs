//! End to end: the real `x platform serve` on a loopback port, driven over HTTP — tokens
//! and scopes, the deploy flow, atomic visibility, env masking, logs (pages and SSE),
//! usage, the OpenAPI document, and the router's answers for unknown and known hosts.

mod common;

use std::time::Duration;

use common::{create_token, sha256, Api, Server};
use futures::StreamExt;
use reqwest::Method;
use serde_json::{json, Value};
use x_platform_store::{NewLogEntry, SqliteStore, Store, UsageSample};

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[tokio::test]
async fn tokens_missing_wrong_revoked_and_wrong_project() {
    let dir = temp();
    let admin = create_token(dir.path(), None);
    let scoped = create_token(dir.path(), Some("app"));
    let server = Server::start(dir.path());
    let admin_api = Api::new(&server, &admin);
    assert_eq!(
        admin_api
            .post("/projects", json!({ "name": "app" }))
            .await
            .0,
        201
    );
    assert_eq!(
        admin_api
            .post("/projects", json!({ "name": "other" }))
            .await
            .0,
        201
    );

    let http = reqwest::Client::new();
    // Health needs no token.
    let health: Value = http
        .get(server.api("/health"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["status"], "ok");
    assert_eq!(health["tenant_runtime"], "available");

    // Missing: 401 with the JSON error shape and a WWW-Authenticate challenge.
    let response = http.get(server.api("/projects")).send().await.unwrap();
    assert_eq!(response.status(), 401);
    assert!(response.headers().get("www-authenticate").is_some());
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unauthorized");
    assert!(body["error"]["message"].is_string());

    // Wrong.
    let wrong = Api::new(&server, "xpt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    assert_eq!(wrong.get("/projects").await.0, 401);
    let not_bearer = http
        .get(server.api("/projects"))
        .header("authorization", format!("Basic {admin}"))
        .send()
        .await
        .unwrap();
    assert_eq!(not_bearer.status(), 401);

    // Scoped: its own project yes, another no (403), admin-only routes no (403).
    let scoped_api = Api::new(&server, &scoped);
    assert_eq!(scoped_api.get("/projects/app").await.0, 200);
    let (status, body) = scoped_api.get("/projects/other").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("forbidden"))
    );
    assert_eq!(scoped_api.get("/projects/other/deployments").await.0, 403);
    assert_eq!(scoped_api.get("/projects/other/env").await.0, 403);
    assert_eq!(scoped_api.get("/projects/other/logs").await.0, 403);
    assert_eq!(scoped_api.get("/projects/other/usage").await.0, 403);
    assert_eq!(
        scoped_api
            .post("/projects", json!({ "name": "mine" }))
            .await
            .0,
        403
    );
    assert_eq!(scoped_api.get("/tokens").await.0, 403);
    let (_, listed) = scoped_api.get("/projects").await;
    assert_eq!(listed["projects"].as_array().unwrap().len(), 1);
    // A project token can deploy to its project.
    scoped_api
        .deploy("app", &[("main.js", b"export default {}".to_vec())], true)
        .await;

    // Revoked with the CLI while the server runs: refused at once.
    let output = std::process::Command::new(common::x_binary())
        .args(["platform", "token", "list", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    let listing = String::from_utf8(output.stdout).unwrap();
    assert!(
        !listing.contains(&scoped),
        "token list must not print secrets"
    );
    let scoped_id = listing
        .lines()
        .find(|l| l.contains("\tapp\t"))
        .and_then(|l| l.split('\t').next())
        .unwrap()
        .to_owned();
    let status = std::process::Command::new(common::x_binary())
        .args(["platform", "token", "revoke", &scoped_id, "--data"])
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(status.success());
    let (status, body) = scoped_api.get("/projects/app").await;
    assert_eq!(status, 401);
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("revoked"));

    // Tokens made and revoked through the API.
    let (status, made) = admin_api
        .post("/tokens", json!({ "name": "ci", "project": "other" }))
        .await;
    assert_eq!(status, 201);
    let secret = made["secret"].as_str().unwrap();
    let made_api = Api::new(&server, secret);
    assert_eq!(made_api.get("/projects/other").await.0, 200);
    assert_eq!(made_api.get("/projects/app").await.0, 403);
    let (_, tokens) = admin_api.get("/tokens").await;
    assert!(
        !tokens.to_string().contains(secret),
        "listings never show secrets"
    );
    let id = made["token"]["id"].as_str().unwrap();
    assert_eq!(
        admin_api
            .send(Method::DELETE, &format!("/tokens/{id}"), None)
            .await
            .0,
        204
    );
    assert_eq!(made_api.get("/projects/other").await.0, 401);
}

#[tokio::test]
async fn deploy_flow_negotiate_upload_create_list_promote() {
    let dir = temp();
    let token = create_token(dir.path(), None);
    let server = Server::start(dir.path());
    let api = Api::new(&server, &token);
    let (status, project) = api.post("/projects", json!({ "name": "hello" })).await;
    assert_eq!(status, 201);
    assert_eq!(
        project["url"],
        format!("http://hello.localhost:{}/", server.addr.port())
    );
    assert_eq!(
        api.post("/projects", json!({ "name": "hello" })).await.0,
        409
    );
    assert_eq!(
        api.post("/projects", json!({ "name": "Not Valid" }))
            .await
            .0,
        400
    );

    let main = b"export default { fetch() { return new Response('v1') } }".to_vec();
    let util = b"export const x = 1;".to_vec();
    let hashes = [sha256(&main), sha256(&util)];

    // Negotiate: both missing.
    let (status, body) = api
        .post("/blobs/missing", json!({ "hashes": hashes }))
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["missing"].as_array().unwrap().len(), 2);
    assert_eq!(
        api.post("/blobs/missing", json!({ "hashes": ["nothex"] }))
            .await
            .0,
        400
    );

    // Upload: the body must hash to the name.
    let response = api
        .http
        .put(format!("{}/blobs/{}", api.base, sha256(b"other bytes")))
        .bearer_auth(&token)
        .body(main.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "hash_mismatch");
    assert_eq!(api.put_blob(main.clone()).await.0, 201);
    let (status, again) = api.put_blob(main.clone()).await;
    assert_eq!((status, &again["stored"]), (200, &json!(false)));
    let (_, body) = api
        .post("/blobs/missing", json!({ "hashes": hashes }))
        .await;
    assert_eq!(body["missing"], json!([sha256(&util)]));
    assert_eq!(api.put_blob(util.clone()).await.0, 201);
    assert_eq!(
        api.post("/blobs/missing", json!({ "hashes": hashes }))
            .await
            .1["missing"],
        json!([])
    );

    // Create: not promoted yet.
    let manifest = json!({
        "entry": "file:///main.js",
        "modules": [
            { "specifier": "file:///main.js", "blob": hashes[0] },
            { "specifier": "file:///util.js", "blob": hashes[1] },
        ],
        "assets": [ { "path": "/logo.txt", "blob": hashes[1], "content_type": "text/plain" } ],
    });
    let (status, first) = api
        .post(
            "/projects/hello/deployments",
            json!({ "manifest": manifest }),
        )
        .await;
    assert_eq!(status, 201, "{first}");
    assert_eq!(first["status"], "ready");
    assert_eq!(first["production"], false);
    assert_eq!(first["manifest"], manifest);
    let first_id = first["id"].as_str().unwrap().to_owned();
    assert_eq!(
        first["url"],
        format!("http://{first_id}.localhost:{}/", server.addr.port())
    );

    // Bad manifests are refused.
    let (status, body) = api
        .post(
            "/projects/hello/deployments",
            json!({ "manifest": { "entry": "x", "modules": [], "bogus": 1 } }),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"]["code"], "invalid_request");
    let (status, _) = api
        .post(
            "/projects/hello/deployments",
            json!({ "manifest": { "entry": "x", "modules": [] } }),
        )
        .await;
    assert_eq!(status, 400);
    let (status, _) = api
        .post(
            "/projects/nope/deployments",
            json!({ "manifest": manifest }),
        )
        .await;
    assert_eq!(status, 404);

    // A second one, promoted in the same request.
    let second = api
        .deploy("hello", &[("main.js", b"v2".to_vec())], true)
        .await;
    let second_id = second["id"].as_str().unwrap().to_owned();
    assert_eq!(second["production"], true);

    let (status, list) = api.get("/projects/hello/deployments").await;
    assert_eq!(status, 200);
    let ids: Vec<&str> = list["deployments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [second_id.as_str(), first_id.as_str()], "newest first");
    let (_, page) = api.get("/projects/hello/deployments?limit=1").await;
    assert_eq!(page["deployments"][0]["id"], second_id);
    let next = page["next_before"].as_str().unwrap().to_owned();
    let (_, page2) = api
        .get(&format!(
            "/projects/hello/deployments?limit=1&before={next}"
        ))
        .await;
    assert_eq!(page2["deployments"][0]["id"], first_id);

    // Promote the first: production moves.
    let (status, promoted) = api
        .post(
            &format!("/projects/hello/deployments/{first_id}/promote"),
            json!({}),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(promoted["production"], true);
    let (_, project) = api.get("/projects/hello").await;
    assert_eq!(project["production_deployment"], first_id);
    let (_, got) = api
        .get(&format!("/projects/hello/deployments/{second_id}"))
        .await;
    assert_eq!(got["production"], false);
    assert_eq!(
        api.post(
            "/projects/hello/deployments/01jd0000000000000000000000/promote",
            json!({})
        )
        .await
        .0,
        404
    );

    // A deployment of another project is not reachable through this one.
    api.post("/projects", json!({ "name": "else" })).await;
    let foreign = api
        .deploy("else", &[("main.js", b"else".to_vec())], false)
        .await;
    let foreign_id = foreign["id"].as_str().unwrap();
    assert_eq!(
        api.get(&format!("/projects/hello/deployments/{foreign_id}"))
            .await
            .0,
        404
    );
    assert_eq!(
        api.post(
            &format!("/projects/hello/deployments/{foreign_id}/promote"),
            json!({})
        )
        .await
        .0,
        404
    );

    // Deleting a project removes it and its deployments.
    assert_eq!(
        api.send(Method::DELETE, "/projects/else", None).await.0,
        204
    );
    assert_eq!(api.get("/projects/else").await.0, 404);
    assert_eq!(
        api.send(Method::DELETE, "/projects/else", None).await.0,
        404
    );
}

#[tokio::test]
async fn deployments_are_visible_whole_or_not_at_all() {
    let dir = temp();
    let token = create_token(dir.path(), None);
    let server = Server::start(dir.path());
    let api = Api::new(&server, &token);
    api.post("/projects", json!({ "name": "app" })).await;
    let present = b"present".to_vec();
    api.put_blob(present.clone()).await;
    let absent = sha256(b"never uploaded");

    // A manifest naming a blob the server lacks: 422, the missing hash, nothing created.
    let manifest = json!({
        "entry": "file:///a.js",
        "modules": [
            { "specifier": "file:///a.js", "blob": sha256(&present) },
            { "specifier": "file:///b.js", "blob": absent },
        ],
    });
    let (status, body) = api
        .post(
            "/projects/app/deployments",
            json!({ "manifest": manifest, "promote": true }),
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(body["error"]["code"], "missing_blobs");
    assert_eq!(body["error"]["details"]["missing"], json!([absent]));
    let (_, list) = api.get("/projects/app/deployments").await;
    assert_eq!(list["deployments"], json!([]));
    assert_eq!(
        api.get("/projects/app").await.1["production_deployment"],
        Value::Null
    );

    // A blob damaged on disk after upload is found out at creation, removed, and reported.
    let damaged = b"will be damaged".to_vec();
    api.put_blob(damaged.clone()).await;
    let path = dir.path().join("blobs/sha256").join(sha256(&damaged));
    std::fs::write(&path, b"will be DAMAGED").unwrap();
    let manifest =
        json!({ "entry": "m", "modules": [ { "specifier": "m", "blob": sha256(&damaged) } ] });
    let (status, body) = api
        .post("/projects/app/deployments", json!({ "manifest": manifest }))
        .await;
    assert_eq!(status, 422);
    assert_eq!(
        body["error"]["details"]["missing"],
        json!([sha256(&damaged)])
    );
    assert!(!path.exists());
    assert_eq!(
        api.post("/blobs/missing", json!({ "hashes": [sha256(&damaged)] }))
            .await
            .1["missing"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // Upload again, and it works.
    assert_eq!(api.put_blob(damaged.clone()).await.0, 201);
    assert_eq!(
        api.post("/projects/app/deployments", json!({ "manifest": manifest }))
            .await
            .0,
        201
    );

    // Many concurrent creations: each answered 201 is listed whole, and nothing else is.
    let mut tasks = Vec::new();
    for i in 0..20 {
        let api = api.clone();
        tasks.push(tokio::spawn(async move {
            let body = format!("module {i}").into_bytes();
            api.deploy("app", &[("main.js", body)], i % 2 == 0).await["id"]
                .as_str()
                .unwrap()
                .to_owned()
        }));
    }
    let mut created = Vec::new();
    for task in tasks {
        created.push(task.await.unwrap());
    }
    let (_, list) = api.get("/projects/app/deployments?limit=100").await;
    let listed: Vec<&str> = list["deployments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(listed.len(), 21);
    for id in &created {
        assert!(listed.contains(&id.as_str()));
    }
    let production: Vec<_> = list["deployments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["production"] == true)
        .collect();
    assert_eq!(production.len(), 1, "exactly one production deployment");
}

#[tokio::test]
async fn env_values_are_masked_and_never_logged() {
    let dir = temp();
    let token = create_token(dir.path(), None);
    let server = Server::start(dir.path());
    let api = Api::new(&server, &token);
    api.post("/projects", json!({ "name": "app" })).await;
    let secret = "postgres://user:hunter2-very-secret@db/prod";
    let (status, body) = api
        .send(
            Method::PUT,
            "/projects/app/env",
            Some(json!({ "vars": { "DATABASE_URL": secret, "SHORT": "abc" } })),
        )
        .await;
    assert_eq!(status, 200);
    assert!(!body.to_string().contains("hunter2"));
    let (status, listed) = api.get("/projects/app/env").await;
    assert_eq!(status, 200);
    let text = listed.to_string();
    assert!(!text.contains("hunter2") && !text.contains("abc"), "{text}");
    let vars = listed["vars"].as_array().unwrap();
    assert_eq!(vars[0]["key"], "DATABASE_URL");
    assert_eq!(vars[0]["value"], "********rod");
    assert_eq!(vars[1]["key"], "SHORT");
    assert_eq!(vars[1]["value"], "********");

    assert_eq!(
        api.send(
            Method::PUT,
            "/projects/app/env",
            Some(json!({ "vars": { "1BAD": secret } }))
        )
        .await
        .0,
        400
    );
    assert_eq!(
        api.send(Method::DELETE, "/projects/app/env/SHORT", None)
            .await
            .0,
        204
    );
    assert_eq!(
        api.send(Method::DELETE, "/projects/app/env/SHORT", None)
            .await
            .0,
        404
    );
    assert_eq!(
        api.get("/projects/app/env").await.1["vars"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(api.get("/projects/nope/env").await.0, 404);

    // The values are in the store (the hypervisor needs them) but in no output.
    let store = SqliteStore::open(dir.path()).unwrap();
    assert_eq!(store.list_env("app").await.unwrap()[0].value, secret);
    assert!(!server.stderr_text().contains("hunter2"));
}

#[tokio::test]
async fn logs_page_and_follow_over_sse() {
    let dir = temp();
    let token = create_token(dir.path(), None);
    let server = Server::start(dir.path());
    let api = Api::new(&server, &token);
    api.post("/projects", json!({ "name": "app" })).await;
    let d1 = api.deploy("app", &[("a.js", b"a".to_vec())], true).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let d2 = api.deploy("app", &[("b.js", b"b".to_vec())], false).await["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // The hypervisor's writes, made here through the store on the same data folder (as
    // another process, so the server sees them by polling).
    let store = SqliteStore::open(dir.path()).unwrap();
    let entries = (0..250)
        .map(|i| NewLogEntry {
            deployment_id: if i % 5 == 0 { d2.clone() } else { d1.clone() },
            ts: 1_700_000_000_000 + i,
            level: if i % 10 == 0 {
                "error".into()
            } else {
                "log".into()
            },
            message: format!("line {i}"),
        })
        .collect();
    store.append_logs(entries).await.unwrap();

    let messages = |v: &Value| -> Vec<String> {
        v["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["message"].as_str().unwrap().to_owned())
            .collect()
    };
    // Newest page first, then older pages by next_before.
    let (status, newest) = api.get("/projects/app/logs?limit=100").await;
    assert_eq!(status, 200);
    assert_eq!(messages(&newest).first().unwrap(), "line 150");
    assert_eq!(messages(&newest).last().unwrap(), "line 249");
    let e = &newest["entries"][0];
    assert_eq!(e["time"], "2023-11-14T22:13:20.150Z");
    assert_eq!(e["level"], "error");
    assert_eq!(e["deployment_id"], d2);
    let before = newest["next_before"].as_i64().unwrap();
    let (_, older) = api
        .get(&format!("/projects/app/logs?limit=100&before={before}"))
        .await;
    assert_eq!(messages(&older).first().unwrap(), "line 50");
    let (_, oldest) = api
        .get(&format!(
            "/projects/app/logs?limit=100&before={}",
            older["next_before"]
        ))
        .await;
    assert_eq!(messages(&oldest).len(), 50);
    // Forward from the start.
    let (_, forward) = api.get("/projects/app/logs?after=0&limit=3").await;
    assert_eq!(messages(&forward), ["line 0", "line 1", "line 2"]);
    let (_, forward2) = api
        .get(&format!(
            "/projects/app/logs?after={}&limit=2",
            forward["next_after"]
        ))
        .await;
    assert_eq!(messages(&forward2), ["line 3", "line 4"]);
    // One deployment only.
    let (_, only) = api
        .get(&format!(
            "/projects/app/logs?after=0&limit=1000&deployment={d2}"
        ))
        .await;
    assert_eq!(only["entries"].as_array().unwrap().len(), 50);
    assert_eq!(api.get("/projects/app/logs?after=1&before=2").await.0, 400);
    assert_eq!(api.get("/projects/app/logs?limit=abc").await.0, 400);

    // Follow: only what comes after connecting.
    let response = api
        .http
        .get(format!("{}/projects/app/logs/stream", api.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/event-stream"));
    let mut stream = response.bytes_stream();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let follow: Vec<NewLogEntry> = (0..3)
        .map(|i| NewLogEntry {
            deployment_id: d1.clone(),
            ts: 0,
            level: "info".into(),
            message: format!("live {i}"),
        })
        .collect();
    store.append_logs(follow).await.unwrap();
    let mut buffer = String::new();
    let events = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let chunk = stream.next().await.unwrap().unwrap();
            buffer.push_str(std::str::from_utf8(&chunk).unwrap());
            let events: Vec<(i64, Value)> = buffer
                .split("\n\n")
                .filter(|block| block.contains("event: log"))
                .map(|block| {
                    let id = block
                        .lines()
                        .find_map(|l| l.strip_prefix("id: "))
                        .unwrap()
                        .parse()
                        .unwrap();
                    let data = block
                        .lines()
                        .find_map(|l| l.strip_prefix("data: "))
                        .unwrap();
                    (id, serde_json::from_str(data).unwrap())
                })
                .collect();
            if events.len() >= 3 {
                return events;
            }
        }
    })
    .await
    .expect("three SSE events within 10 s");
    let live: Vec<&str> = events
        .iter()
        .map(|(_, e)| e["message"].as_str().unwrap())
        .collect();
    assert_eq!(live, ["live 0", "live 1", "live 2"]);
    assert_eq!(events[0].0, events[0].1["id"].as_i64().unwrap());

    // Reconnecting with Last-Event-ID resumes after that event.
    let response = api
        .http
        .get(format!("{}/projects/app/logs/stream", api.base))
        .bearer_auth(&token)
        .header("last-event-id", events[0].0.to_string())
        .send()
        .await
        .unwrap();
    let mut stream = response.bytes_stream();
    let mut text = String::new();
    tokio::time::timeout(Duration::from_secs(10), async {
        while !text.contains("live 2") {
            text.push_str(std::str::from_utf8(&stream.next().await.unwrap().unwrap()).unwrap());
        }
    })
    .await
    .expect("resumed events");
    assert!(!text.contains("live 0") && text.contains("live 1"));
    assert_eq!(
        reqwest::Client::new()
            .get(format!("{}/projects/app/logs/stream", api.base))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
}

#[tokio::test]
async fn usage_is_reported_per_hour() {
    let dir = temp();
    let token = create_token(dir.path(), None);
    let server = Server::start(dir.path());
    let api = Api::new(&server, &token);
    api.post("/projects", json!({ "name": "app" })).await;
    let d = api.deploy("app", &[("a.js", b"a".to_vec())], true).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let store = SqliteStore::open(dir.path()).unwrap();
    let hour = 3_600_000;
    let base = 1_700_000_000_000 / hour * hour; // 2023-11-14T22:00:00Z
    let sample = |at: i64| UsageSample {
        deployment_id: d.clone(),
        at,
        cpu_us: 2500,
        requests: 2,
        response_bytes: 1000,
        peak_heap_bytes: 4 << 20,
        cold_starts: 1,
        kv_reads: 3,
        kv_writes: 1,
    };
    store
        .record_usage(vec![
            sample(base + 10),
            sample(base + 20),
            sample(base + hour + 5),
        ])
        .await
        .unwrap();
    let (status, usage) = api
        .get("/projects/app/usage?from=2023-11-14T22:30:00Z&to=2023-11-15T00:00:00Z")
        .await;
    assert_eq!(status, 200, "{usage}");
    let hours = usage["hours"].as_array().unwrap();
    assert_eq!(hours.len(), 2);
    assert_eq!(hours[0]["hour"], "2023-11-14T22:00:00.000Z");
    assert_eq!(hours[0]["cpu_ms"], 5.0);
    assert_eq!(hours[0]["requests"], 4);
    assert_eq!(hours[0]["deployment_id"], d);
    assert_eq!(usage["totals"]["requests"], 6);
    assert_eq!(usage["totals"]["cold_starts"], 3);
    assert_eq!(usage["totals"]["kv_reads"], 9);
    assert_eq!(usage["totals"]["kv_writes"], 3);
    assert_eq!(usage["totals"]["peak_heap_bytes"], 4 << 20);
    let (_, none) = api
        .get("/projects/app/usage?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z")
        .await;
    assert_eq!(none["hours"], json!([]));
    assert_eq!(api.get("/projects/app/usage").await.0, 200);
    assert_eq!(api.get("/projects/app/usage?from=yesterday").await.0, 400);
}

#[tokio::test]
async fn openapi_document_covers_every_route() {
    let dir = temp();
    let server = Server::start(dir.path());
    let http = reqwest::Client::new();
    let doc: Value = http
        .get(server.api("/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let root: Value = http
        .get(server.url("/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(doc, root);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    let mut documented = 0;
    for (path, item) in paths {
        for (method, operation) in item.as_object().unwrap() {
            documented += 1;
            assert!(
                x_platform_control::ROUTES.contains(&(method.as_str(), path.as_str())),
                "{method} {path} is documented but not routed"
            );
            // Each documented operation is really served: without a token it answers
            // 401 (or 200 where no token is needed), never the router's 404/405.
            let concrete = path
                .replace("{project}", "app")
                .replace("{deployment}", "01jd0000000000000000000000")
                .replace("{hash}", &"0".repeat(64))
                .replace("{key}", "K")
                .replace("{id}", "t");
            let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let status = http
                .request(method.clone(), server.api(&concrete))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16();
            let public = operation["security"] == json!([]);
            assert_eq!(
                status,
                if public { 200 } else { 401 },
                "{method} {concrete}"
            );
        }
    }
    assert_eq!(documented, x_platform_control::ROUTES.len());
    for (method, path) in x_platform_control::ROUTES {
        assert!(
            paths
                .get(*path)
                .and_then(|item| item.get(*method))
                .is_some(),
            "{method} {path} is not documented"
        );
    }
}

#[tokio::test]
async fn the_router_serves_only_known_hosts() {
    let dir = temp();
    let token = create_token(dir.path(), None);
    let server = Server::start(dir.path());
    let api = Api::new(&server, &token);
    api.post("/projects", json!({ "name": "hello" })).await;
    api.post("/projects", json!({ "name": "idle" })).await;
    let port = server.addr.port();
    let http = reqwest::Client::new();
    let get = |host: String, path: &str| {
        let request = http.get(server.url(path)).header("host", host);
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let deployment = response
                .headers()
                .get("x-deployment-id")
                .map(|v| v.to_str().unwrap().to_owned());
            let body: Value = response.json().await.unwrap_or(Value::Null);
            (status, deployment, body)
        }
    };

    // Unknown hosts, unknown projects, and projects with no production: 404 JSON.
    for (host, path) in [
        (format!("nope.localhost:{port}"), "/"),
        (format!("idle.localhost:{port}"), "/"),
        (format!("hello.example.com:{port}"), "/"),
        (format!("a.hello.localhost:{port}"), "/"),
        ("01jd0000000000000000000000.localhost".to_owned(), "/"),
        (format!("localhost:{port}"), "/_p/nope/"),
        (format!("localhost:{port}"), "/not-an-api"),
    ] {
        let (status, deployment, body) = get(host.clone(), path).await;
        assert_eq!(status, 404, "{host}{path}");
        assert_eq!(deployment, None);
        assert_eq!(body["error"]["code"], "not_found", "{host}{path}: {body}");
    }

    // The apex is the platform: the index and the API, by name or by address.
    let (status, _, index) = get(format!("localhost:{port}"), "/").await;
    assert_eq!(status, 200);
    assert_eq!(index["api"], "/api/v1");
    assert_eq!(
        get(format!("127.0.0.1:{port}"), "/api/v1/health").await.0,
        200
    );
    // A tenant host never reaches the API: /api/v1 there is the tenant's path.
    let (status, _, _) = get(format!("hello.localhost:{port}"), "/api/v1/health").await;
    assert_eq!(status, 404, "no deployment yet");

    // Deployed and promoted: routed to that deployment, whose program answers (with the
    // path it saw: the router strips its /_p/ and /_d/ prefixes).
    let program = |version: &str| {
        format!(
            "export default {{ fetch(r) {{ const u = new URL(r.url); return Response.json({{ version: {version:?}, path: u.pathname + u.search }}); }} }};"
        )
        .into_bytes()
    };
    let first = api
        .deploy("hello", &[("main.js", program("v1"))], true)
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for (host, path) in [
        (format!("hello.localhost:{port}"), "/"),
        (format!("HELLO.localhost:{port}"), "/any/path?q=1"),
        (format!("localhost:{port}"), "/_p/hello/"),
        (format!("{first}.localhost:{port}"), "/"),
        (
            format!("localhost:{port}"),
            &format!("/_d/{first}/x") as &str,
        ),
    ] {
        let (status, deployment, body) = get(host.clone(), path).await;
        assert_eq!(status, 200, "{host}{path}: {body}");
        assert_eq!(deployment.as_deref(), Some(first.as_str()), "{host}{path}");
        assert_eq!(body["version"], "v1", "{host}{path}");
        let seen = if path.starts_with("/_") {
            path.splitn(4, '/').nth(3).map(|p| format!("/{p}")).unwrap()
        } else {
            path.to_string()
        };
        assert_eq!(body["path"], seen.as_str(), "{host}{path}");
    }

    // Promote another: the project host follows at once; the old id still names the old.
    let second = api
        .deploy("hello", &[("main.js", program("v2"))], false)
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        get(format!("hello.localhost:{port}"), "/")
            .await
            .1
            .as_deref(),
        Some(first.as_str())
    );
    api.post(
        &format!("/projects/hello/deployments/{second}/promote"),
        json!({}),
    )
    .await;
    assert_eq!(
        get(format!("hello.localhost:{port}"), "/")
            .await
            .1
            .as_deref(),
        Some(second.as_str())
    );
    assert_eq!(
        get(format!("{first}.localhost:{port}"), "/")
            .await
            .1
            .as_deref(),
        Some(first.as_str())
    );

    // Deleting the project: its hosts are unknown again.
    api.send(Method::DELETE, "/projects/hello", None).await;
    assert_eq!(get(format!("hello.localhost:{port}"), "/").await.0, 404);
    assert_eq!(get(format!("{first}.localhost:{port}"), "/").await.0, 404);
}

#[tokio::test]
async fn a_second_server_on_the_same_data_folder_is_refused() {
    let dir = temp();
    let _server = Server::start(dir.path());
    let output = std::process::Command::new(common::x_binary())
        .args(["platform", "serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("another x platform serve"));
}
