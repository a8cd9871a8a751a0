//! Crash safety, for real: `x platform serve` is killed with SIGKILL in the middle of an
//! upload, of promotes, and of deployment creations, then restarted on the same data
//! folder. After each restart: the database passes its consistency check, no deployment
//! is half-visible (each one listed has every blob, verified), the production pointer is
//! the last acknowledged promote or the one in flight, every blob whose upload was
//! acknowledged is there and intact, and partial uploads are gone.

mod common;

use std::path::Path;
use std::time::Duration;

use common::{create_token, sha256, Api, Server};
use serde_json::{json, Value};
use x_platform_store::{BlobHash, BlobStore, FsBlobStore, SqliteStore, Store};

fn blob_is_intact(data: &Path, hash: &str) -> bool {
    match std::fs::read(data.join("blobs/sha256").join(hash)) {
        Ok(bytes) => sha256(&bytes) == hash,
        Err(_) => false,
    }
}

fn partial_uploads(data: &Path) -> usize {
    std::fs::read_dir(data.join("blobs/tmp"))
        .map(|d| d.count())
        .unwrap_or(0)
}

/// What must hold after any crash: checked on the files, with the server down.
async fn check_data_folder(data: &Path) {
    let store = SqliteStore::open(data).unwrap();
    assert_eq!(
        store.check_consistency().await.unwrap(),
        Vec::<String>::new()
    );
    let blobs = FsBlobStore::open(&data.join("blobs"), u64::MAX).unwrap();
    for project in store.list_projects().await.unwrap() {
        for deployment in store
            .list_deployments(&project.name, 1000, None)
            .await
            .unwrap()
        {
            for hash in deployment.manifest.blobs() {
                let hash = BlobHash::parse(&hash).unwrap();
                assert!(
                    blobs.verify(&hash).await.unwrap(),
                    "deployment {} lacks blob {hash}",
                    deployment.id
                );
            }
        }
    }
}

#[tokio::test]
async fn kill_9_during_uploads() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let token = create_token(data, None);
    let mut server = Server::start(data);
    let api = Api::new(&server, &token);
    api.post("/projects", json!({ "name": "app" })).await;

    // Acknowledged uploads, the last one just before the kill.
    let small = b"export default {}".to_vec();
    assert_eq!(api.put_blob(small.clone()).await.0, 201);
    let acked: Vec<u8> = (0..200_000u32).flat_map(|i| i.to_le_bytes()).collect();
    assert_eq!(api.put_blob(acked.clone()).await.0, 201);

    // A large upload, sent slowly; the server is killed while it streams to disk.
    let big: Vec<u8> = (0..8u32 << 20)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let big_hash = sha256(&big);
    let (tx, rx) = futures::channel::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(1);
    let upload = {
        let api = api.clone();
        let url = format!("{}/blobs/{big_hash}", api.base);
        tokio::spawn(async move {
            api.http
                .put(url)
                .bearer_auth(&api.token)
                .body(reqwest::Body::wrap_stream(rx))
                .send()
                .await
        })
    };
    let feeder = {
        let big = big.clone();
        tokio::spawn(async move {
            use futures::SinkExt;
            let mut tx = tx;
            for chunk in big.chunks(64 * 1024) {
                if tx.send(Ok(chunk.to_vec())).await.is_err() {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        })
    };
    let mid_upload = common::eventually(Duration::from_secs(10), async || {
        std::fs::read_dir(data.join("blobs/tmp"))
            .map(|d| {
                d.flatten()
                    .any(|e| e.metadata().map(|m| m.len() > 256 * 1024).unwrap_or(false))
            })
            .unwrap_or(false)
    })
    .await;
    assert!(mid_upload, "the upload reached the disk");
    server.kill9();
    feeder.abort();
    // The client sees its upload cut off (an error or no answer); nothing to check there.
    let _ = upload.await;
    assert_eq!(
        partial_uploads(data),
        1,
        "the kill left a partial upload behind"
    );
    assert!(
        !data.join("blobs/sha256").join(&big_hash).exists(),
        "a partial blob is never in place"
    );

    check_data_folder(data).await;
    let server = Server::start(data);
    assert!(server.stderr_text().contains("removed 1 partial upload"));
    assert_eq!(partial_uploads(data), 0);
    let api = Api::new(&server, &token);
    assert!(blob_is_intact(data, &sha256(&small)));
    assert!(blob_is_intact(data, &sha256(&acked)));
    let (_, missing) = api
        .post(
            "/blobs/missing",
            json!({ "hashes": [sha256(&small), sha256(&acked), big_hash] }),
        )
        .await;
    assert_eq!(
        missing["missing"],
        json!([big_hash]),
        "only the cut upload is missing"
    );

    // Uploading it again completes, and a deployment using all three is created.
    assert_eq!(api.put_blob(big.clone()).await.0, 201);
    assert!(blob_is_intact(data, &big_hash));
    let d = api
        .deploy(
            "app",
            &[("main.js", small), ("data.bin", acked), ("big.bin", big)],
            true,
        )
        .await;
    assert_eq!(d["production"], true);
}

/// Every deployment of the project, following the pages.
async fn all_deployments(api: &Api) -> Vec<Value> {
    let mut all = Vec::new();
    let mut path = "/projects/app/deployments?limit=100".to_owned();
    loop {
        let (status, page) = api.get(&path).await;
        assert_eq!(status, 200, "{page}");
        all.extend(page["deployments"].as_array().unwrap().iter().cloned());
        match page["next_before"].as_str() {
            Some(next) => path = format!("/projects/app/deployments?limit=100&before={next}"),
            None => return all,
        }
    }
}

async fn production(api: &Api) -> Option<String> {
    api.get("/projects/app").await.1["production_deployment"]
        .as_str()
        .map(str::to_owned)
}

#[tokio::test]
async fn kill_9_during_promotes_and_deployment_creation() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let token = create_token(data, None);
    let mut server = Server::start(data);
    let api = Api::new(&server, &token);
    api.post("/projects", json!({ "name": "app" })).await;
    let mut ids = Vec::new();
    for i in 0..4 {
        let d = api
            .deploy(
                "app",
                &[("main.js", format!("version {i}").into_bytes())],
                i == 0,
            )
            .await;
        ids.push(d["id"].as_str().unwrap().to_owned());
    }

    // Kill at varied moments; even rounds promote, odd rounds create (upload + create with
    // promote). Each round is one client issuing requests back to back, so at the kill at
    // most one request is in flight and "acknowledged" has a clear order.
    let delays = [150u64, 320, 190, 410, 230, 160, 370, 280];
    for (round, delay) in delays.iter().enumerate() {
        let api = Api::new(&server, &token);
        let before = production(&api).await.expect("a production deployment");
        let creating = round % 2 == 1;
        let candidates = ids.clone();
        let (acked_tx, mut acked_rx) = tokio::sync::mpsc::unbounded_channel::<String>();
        let (flight_tx, mut flight_rx) = tokio::sync::mpsc::unbounded_channel::<Option<String>>();
        let worker = tokio::spawn(async move {
            for n in 0usize.. {
                if creating {
                    // The new deployment's id is unknown until acknowledged; in flight: None.
                    let _ = flight_tx.send(None);
                    let body = format!("round {round} deployment {n}").into_bytes();
                    let hash = sha256(&body);
                    let upload = api
                        .http
                        .put(format!("{}/blobs/{hash}", api.base))
                        .bearer_auth(&api.token)
                        .body(body);
                    if upload.send().await.is_err() {
                        return;
                    }
                    let manifest =
                        json!({ "entry": "m", "modules": [ { "specifier": "m", "blob": hash } ] });
                    let request = api
                        .http
                        .post(format!("{}/projects/app/deployments", api.base))
                        .bearer_auth(&api.token)
                        .json(&json!({ "manifest": manifest, "promote": true }));
                    match request.send().await {
                        Ok(r) if r.status() == 201 => {
                            let d: Value = r.json().await.unwrap();
                            let _ = acked_tx.send(d["id"].as_str().unwrap().to_owned());
                        }
                        _ => return,
                    }
                } else {
                    let target = candidates[n % candidates.len()].clone();
                    let _ = flight_tx.send(Some(target.clone()));
                    let request = api
                        .http
                        .post(format!(
                            "{}/projects/app/deployments/{target}/promote",
                            api.base
                        ))
                        .bearer_auth(&api.token);
                    match request.send().await {
                        Ok(r) if r.status() == 200 => {
                            let _ = acked_tx.send(target);
                        }
                        _ => return,
                    }
                }
            }
        });
        tokio::time::sleep(Duration::from_millis(*delay)).await;
        server.kill9();
        let _ = worker.await;
        let mut acked = Vec::new();
        while let Ok(id) = acked_rx.try_recv() {
            acked.push(id);
        }
        let mut in_flight = None;
        while let Ok(target) = flight_rx.try_recv() {
            in_flight = Some(target);
        }

        check_data_folder(data).await;
        server = Server::start(data);
        let api = Api::new(&server, &token);
        let deployments = all_deployments(&api).await;
        let listed: Vec<String> = deployments
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_owned())
            .collect();
        let now = production(&api).await.expect("a production deployment");
        assert!(
            listed.contains(&now),
            "round {round}: production names a listed deployment"
        );
        // Production is the last acknowledged change, or the one in flight at the kill.
        let mut allowed = vec![acked.last().cloned().unwrap_or(before)];
        if creating {
            for id in &acked {
                assert!(
                    listed.contains(id),
                    "round {round}: acknowledged deployment {id} survived"
                );
            }
            // Beyond the acknowledged ones, at most the one in flight may exist (whole).
            let extra: Vec<&String> = listed
                .iter()
                .filter(|id| !ids.contains(id) && !acked.contains(id))
                .collect();
            assert!(
                extra.len() <= 1,
                "round {round}: unacknowledged deployments {extra:?}"
            );
            allowed.extend(extra.into_iter().cloned());
            ids = listed.clone();
        } else {
            allowed.extend(in_flight.flatten());
        }
        assert!(
            allowed.contains(&now),
            "round {round}: production {now}, allowed {allowed:?}"
        );
        eprintln!(
            "round {round}: killed after {delay} ms, {} acknowledged, production {now}",
            acked.len()
        );
        // The whole listing is usable: every deployment's blobs are present.
        for d in &deployments {
            let hashes: Vec<&str> = d["manifest"]["modules"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["blob"].as_str().unwrap())
                .collect();
            assert_eq!(
                api.post("/blobs/missing", json!({ "hashes": hashes }))
                    .await
                    .1["missing"],
                json!([])
            );
        }
    }
}
