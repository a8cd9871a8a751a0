//! Unit tests of the PostgreSQL store on a real server (a throwaway cluster per test
//! binary, a fresh database per test): the suite every store passes (`suite.rs`), then
//! what only the shared store does — migrations under concurrent starts, change
//! propagation between two stores on one database, membership, blobs in the database.

use std::time::{Duration, Instant};

use super::*;
use crate::blobs::{BlobHash, BlobStore, ByteStream, PutOutcome};

/// A fresh database on the shared test server (`None` with `X_SKIP_POSTGRES=1`).
async fn open_url() -> Option<String> {
    let cluster = testing::shared()?;
    let name = format!("t{}", new_id());
    Some(
        tokio::task::spawn_blocking(move || cluster.database(&name))
            .await
            .unwrap(),
    )
}

async fn open() -> Option<((), PostgresStore)> {
    let url = open_url().await?;
    Some(((), PostgresStore::connect(&url).await.unwrap()))
}

include!("../suite.rs");

#[tokio::test]
async fn the_migrations_apply_once_even_when_nodes_start_together() {
    let Some(url) = open_url().await else { return };
    let starts = (0..4).map(|_| PostgresStore::connect(&url));
    let stores = futures::future::try_join_all(starts).await.unwrap();
    let conn = stores[0].conn().await.unwrap();
    let versions: Vec<i32> = conn
        .query(
            "SELECT version FROM schema_migrations ORDER BY version",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let expected: Vec<i32> = migrations().iter().map(|m| m.version as i32).collect();
    assert_eq!(versions, expected);
    // An edited migration is refused, as in SQLite.
    conn.execute(
        "UPDATE schema_migrations SET checksum = 'x' WHERE version = 1",
        &[],
    )
    .await
    .unwrap();
    let err = PostgresStore::connect(&url).await.err().unwrap();
    assert!(err.to_string().contains("differs"), "{err}");
}

#[tokio::test]
async fn another_nodes_changes_are_seen_within_a_second() {
    let Some(url) = open_url().await else { return };
    let a = PostgresStore::connect(&url).await.unwrap();
    let b = PostgresStore::connect(&url).await.unwrap();
    a.create_project("app").await.unwrap();
    for change in ["deploy", "promote", "env", "unset", "revoke", "delete"] {
        let before = b.routing_generation();
        let started = Instant::now();
        match change {
            "deploy" => {
                deploy(&a, "app", true).await;
            }
            "promote" => {
                let d = deploy(&a, "app", false).await;
                // The deploy itself is a change too: wait it out before measuring.
                while b.routing_generation() == before {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
                let before = b.routing_generation();
                a.promote("app", &d.id).await.unwrap();
                wait_for_change(&b, before).await;
                continue;
            }
            "env" => a
                .set_env("app", vec![("K".into(), "v".into())])
                .await
                .unwrap(),
            "unset" => assert!(a.unset_env("app", "K").await.unwrap()),
            "revoke" => {
                let (info, _) = a
                    .create_token(NewToken {
                        name: "t".into(),
                        project: None,
                    })
                    .await
                    .unwrap();
                a.revoke_token(&info.id).await.unwrap();
            }
            "delete" => assert!(a.delete_project("app").await.unwrap()),
            _ => unreachable!(),
        }
        assert!(
            a.routing_generation() > before,
            "{change}: the writer sees its own change at once"
        );
        wait_for_change(&b, before).await;
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{change}: {:?}",
            started.elapsed()
        );
    }
}

async fn wait_for_change(store: &PostgresStore, before: u64) {
    // The bound is 1 s; the deadline here only keeps a broken build from hanging.
    let deadline = Instant::now() + Duration::from_secs(10);
    while store.routing_generation() == before {
        assert!(Instant::now() < deadline, "no change seen");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

#[tokio::test]
async fn unique_names_hold_across_concurrent_creates() {
    let Some(url) = open_url().await else { return };
    let a = PostgresStore::connect(&url).await.unwrap();
    let b = PostgresStore::connect(&url).await.unwrap();
    let (x, y) = tokio::join!(a.create_project("same"), b.create_project("same"));
    assert!(x.is_ok() != y.is_ok(), "exactly one wins: {x:?} {y:?}");
    let loser = x.err().or(y.err()).unwrap();
    assert!(matches!(loser, StoreError::Conflict(_)), "{loser}");
}

#[tokio::test]
async fn membership_by_heartbeat() {
    let Some(url) = open_url().await else { return };
    let store = PostgresStore::connect(&url).await.unwrap();
    let live = Duration::from_millis(400);
    store.heartbeat("n1", "127.0.0.1:1", live).await.unwrap();
    let nodes = store.heartbeat("n2", "127.0.0.1:2", live).await.unwrap();
    assert_eq!(
        nodes.iter().map(|n| n.node_id.as_str()).collect::<Vec<_>>(),
        ["n1", "n2"]
    );
    assert!(store
        .claim_node_id("n1", "127.0.0.1:9", live)
        .await
        .is_err());
    assert!(store.claim_node_id("n1", "127.0.0.1:1", live).await.is_ok());
    tokio::time::sleep(Duration::from_millis(500)).await;
    // n1 stopped beating; n2 beats again and is alone.
    let nodes = store.heartbeat("n2", "127.0.0.1:2", live).await.unwrap();
    assert_eq!(
        nodes,
        [NodeInfo {
            node_id: "n2".into(),
            addr: "127.0.0.1:2".into()
        }]
    );
    assert!(store.claim_node_id("n1", "127.0.0.1:9", live).await.is_ok());
    // A node silent for more than a day is forgotten at the next heartbeat.
    let conn = store.conn().await.unwrap();
    conn.execute(
        "UPDATE nodes SET heartbeat_at = now() - interval '2 days' WHERE node_id = 'n1'",
        &[],
    )
    .await
    .unwrap();
    store.heartbeat("n2", "127.0.0.1:2", live).await.unwrap();
    let rows: i64 = conn
        .query_one("SELECT COUNT(*) FROM nodes", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(rows, 1);
    drop(conn);
    store.leave("n2").await.unwrap();
    assert!(store.live_nodes(live).await.unwrap().is_empty());
    assert_eq!(store.cluster_secret().await.unwrap().len(), 64);
}

fn body(parts: Vec<Vec<u8>>) -> ByteStream {
    Box::pin(futures::stream::iter(
        parts.into_iter().map(|p| Ok(bytes::Bytes::from(p))),
    ))
}

#[tokio::test]
async fn blobs_in_the_database() {
    let Some(url) = open_url().await else { return };
    let store = PostgresStore::connect(&url).await.unwrap();
    let blobs = store.blob_store(4 << 20);
    // Over two chunks, sent in odd pieces.
    let bytes: Vec<u8> = (0..(2 * CHUNK_FOR_TESTS + 12345))
        .map(|i| (i * 7 % 251) as u8)
        .collect();
    let hash = BlobHash::of(&bytes);
    let missing = blobs.missing(std::slice::from_ref(&hash)).await.unwrap();
    assert_eq!(missing, std::slice::from_ref(&hash));
    let pieces: Vec<Vec<u8>> = bytes.chunks(300_001).map(<[u8]>::to_vec).collect();
    assert_eq!(
        blobs.put(&hash, body(pieces)).await.unwrap(),
        PutOutcome::Stored {
            size: bytes.len() as u64
        }
    );
    assert!(blobs
        .missing(std::slice::from_ref(&hash))
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        blobs.put(&hash, body(vec![b"x".to_vec()])).await.unwrap(),
        PutOutcome::AlreadyPresent
    );
    assert_eq!(&blobs.read(&hash).await.unwrap()[..], &bytes[..]);

    // Another node on the same database reads the same verified bytes.
    let other = PostgresStore::connect(&url)
        .await
        .unwrap()
        .blob_store(4 << 20);
    assert!(other.verify(&hash).await.unwrap());

    // Wrong bytes store nothing; too many bytes are refused; an empty blob works.
    let wrong = BlobHash::of(b"expected");
    assert!(matches!(
        blobs.put(&wrong, body(vec![b"other".to_vec()])).await,
        Err(StoreError::HashMismatch { .. })
    ));
    assert!(!blobs.verify(&wrong).await.unwrap());
    let big = vec![0u8; (4 << 20) + 1];
    assert!(matches!(
        blobs.put(&BlobHash::of(&big), body(vec![big])).await,
        Err(StoreError::TooLarge { .. })
    ));
    let empty = BlobHash::of(b"");
    blobs.put(&empty, body(vec![])).await.unwrap();
    assert!(blobs.read(&empty).await.unwrap().is_empty());

    // Damage in the database is caught on read, and the blob is dropped.
    let conn = store.conn().await.unwrap();
    conn.execute(
        "UPDATE blob_chunks SET data = '\\x00' WHERE hash = $1 AND seq = 1",
        &[&hash.as_str()],
    )
    .await
    .unwrap();
    drop(conn);
    assert!(matches!(
        other.read(&hash).await,
        Err(StoreError::HashMismatch { .. })
    ));
    assert_eq!(
        blobs.missing(std::slice::from_ref(&hash)).await.unwrap(),
        [hash]
    );
}

const CHUNK_FOR_TESTS: usize = 1 << 20;

#[tokio::test]
async fn concurrent_uploads_of_one_blob_both_succeed() {
    let Some(url) = open_url().await else { return };
    let store = PostgresStore::connect(&url).await.unwrap();
    let a = store.blob_store(1 << 20);
    let b = store.blob_store(1 << 20);
    let hash = BlobHash::of(b"shared bytes");
    let (x, y) = tokio::join!(
        a.put(&hash, body(vec![b"shared bytes".to_vec()])),
        b.put(&hash, body(vec![b"shared bytes".to_vec()]))
    );
    x.unwrap();
    y.unwrap();
    assert_eq!(&a.read(&hash).await.unwrap()[..], b"shared bytes");
}

#[tokio::test]
async fn a_bad_url_or_a_missing_server_is_a_clear_error() {
    let err = PostgresStore::connect("postgres://nobody@127.0.0.1:notaport/db")
        .await
        .err()
        .unwrap();
    assert!(matches!(err, StoreError::Invalid(_)), "{err}");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let err = PostgresStore::connect(&format!("postgres://nobody@127.0.0.1:{port}/db"))
        .await
        .err()
        .unwrap();
    assert!(err.to_string().to_lowercase().contains("connect"), "{err}");
}

#[tokio::test]
async fn log_appends_from_several_nodes_commit_in_id_order() {
    let Some(url) = open_url().await else { return };
    let a = PostgresStore::connect(&url).await.unwrap();
    let b = PostgresStore::connect(&url).await.unwrap();
    a.create_project("app").await.unwrap();
    let d = deploy(&a, "app", true).await;
    let entry = |i: usize| NewLogEntry {
        deployment_id: d.id.clone(),
        ts: i as i64,
        level: "log".into(),
        message: format!("line {i}"),
    };
    // A follower reading with `after` while two nodes flush at once never skips a line:
    // every id it has seen is below every id committed later.
    let follower = async {
        let mut cursor = 0;
        let mut seen = 0;
        // The deadline only keeps a broken build from hanging.
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            let query = LogQuery {
                after: Some(cursor),
                limit: 1000,
                ..Default::default()
            };
            let page = a.query_logs("app", query).await.unwrap();
            seen += page.len();
            cursor = page.last().map_or(cursor, |e| e.id);
            if seen == 400 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        seen
    };
    let writers = async {
        for round in 0..20 {
            let batch = |base: usize| (base..base + 10).map(entry).collect::<Vec<_>>();
            let (x, y) = tokio::join!(
                a.append_logs(batch(round * 20)),
                b.append_logs(batch(round * 20 + 10))
            );
            x.unwrap();
            y.unwrap();
        }
    };
    let (seen, ()) = tokio::join!(follower, writers);
    assert_eq!(seen, 400);
}

#[tokio::test]
async fn deleting_a_project_deletes_its_kv_data() {
    let Some((_, store)) = open().await else {
        return;
    };
    let kept = store.create_project("kept").await.unwrap();
    let gone = store.create_project("gone").await.unwrap();
    let conn = store.conn().await.unwrap();
    for id in [&kept.id, &gone.id] {
        conn.batch_execute(&format!(
            "INSERT INTO kv_meta (project_id, version) VALUES ('{id}', 1);
             INSERT INTO kv_entries (project_id, k, v, enc, ver) VALUES ('{id}', '\\x01', '\\x02', 3, 1);
             INSERT INTO kv_queue (project_id, ready, payload, enc) VALUES ('{id}', 0, '\\x03', 3);"
        ))
        .await
        .unwrap();
    }
    assert!(store.delete_project("gone").await.unwrap());
    for table in ["kv_meta", "kv_entries", "kv_queue"] {
        let left: Vec<String> = conn
            .query(&format!("SELECT project_id FROM {table}"), &[])
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert_eq!(left, std::slice::from_ref(&kept.id), "{table}");
    }
}
