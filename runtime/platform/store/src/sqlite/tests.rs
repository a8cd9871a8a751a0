//! Unit tests of the SQLite store: migrations at open, transactions, and each family of
//! records, on a real database file in a temp folder.

use super::*;

async fn open_sqlite() -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    (dir, store)
}

async fn open() -> Option<(tempfile::TempDir, SqliteStore)> {
    Some(open_sqlite().await)
}

include!("../suite.rs");

#[tokio::test]
async fn open_migrates_once_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    store.create_project("kept").await.unwrap();
    drop(store);
    // Reopening applies nothing new and keeps the data.
    let store = SqliteStore::open(dir.path()).unwrap();
    assert!(store.get_project("kept").await.unwrap().is_some());
    let conn = Connection::open(dir.path().join("platform.db")).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let applied: u32 = conn
        .query_row("SELECT MAX(version) FROM schema_migrations", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(applied, migrations().last().unwrap().version);
}

#[tokio::test]
async fn consistency_check_finds_damage() {
    let (_dir, store) = open_sqlite().await;
    store.create_project("app").await.unwrap();
    let d = deploy(&store, "app", true).await;
    assert_eq!(
        store.check_consistency().await.unwrap(),
        Vec::<String>::new()
    );
    let conn = Connection::open(store.path()).unwrap();
    conn.execute(
        "DELETE FROM deployment_blobs WHERE deployment_id = ?1",
        [&d.id],
    )
    .unwrap();
    let problems = store.check_consistency().await.unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("recorded blobs"));
}

#[tokio::test]
async fn a_failed_write_leaves_nothing() {
    let (_dir, store) = open_sqlite().await;
    let project = store.create_project("app").await.unwrap();
    let id = project.id.clone();
    let result: Result<()> = store
        .write(move |tx| {
            tx.execute(
                "INSERT INTO deployments (id, project_id, manifest, status, created_at) VALUES ('x', ?1, '{}', 'ready', 0)",
                [&id],
            )?;
            Err(StoreError::Internal("fail after the insert".into()))
        })
        .await;
    assert!(result.is_err());
    assert!(store
        .list_deployments("app", 10, None)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn deleting_a_project_removes_its_records_but_keeps_usage() {
    let (_dir, store) = open_sqlite().await;
    store.create_project("app").await.unwrap();
    let d = deploy(&store, "app", true).await;
    store
        .set_env("app", vec![("K".into(), "v".into())])
        .await
        .unwrap();
    store
        .append_logs(vec![NewLogEntry {
            deployment_id: d.id.clone(),
            ts: 1,
            level: "log".into(),
            message: "hi".into(),
        }])
        .await
        .unwrap();
    store
        .record_usage(vec![UsageSample {
            deployment_id: d.id.clone(),
            at: 0,
            requests: 1,
            ..Default::default()
        }])
        .await
        .unwrap();
    assert!(store.delete_project("app").await.unwrap());
    assert!(store.get_deployment(&d.id).await.unwrap().is_none());
    let conn = Connection::open(store.path()).unwrap();
    let count = |table: &str| -> i64 {
        conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(count("deployments"), 0);
    assert_eq!(count("deployment_blobs"), 0);
    assert_eq!(count("production"), 0);
    assert_eq!(count("env_vars"), 0);
    assert_eq!(count("logs"), 0);
    assert_eq!(count("usage_hourly"), 1);
}

#[tokio::test]
async fn tokens_are_hashed_scoped_and_revocable() {
    let (_dir, store) = open_sqlite().await;
    let (info, secret) = store
        .create_token(NewToken {
            name: "ci".into(),
            project: Some("app".into()),
        })
        .await
        .unwrap();
    assert_eq!(info.project.as_deref(), Some("app"));
    let found = store.authenticate(secret.expose()).await.unwrap().unwrap();
    assert_eq!(found.id, info.id);
    assert!(found.last_used_at.is_some());
    assert!(store.authenticate("xpt_wrong").await.unwrap().is_none());

    // Only the hash is on disk.
    let conn = Connection::open(store.path()).unwrap();
    let stored: String = conn
        .query_row("SELECT secret_hash FROM tokens", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, secret.hash());
    assert_ne!(stored, secret.expose());
    drop(conn);
    let db = std::fs::read(store.path()).unwrap();
    let wal = std::fs::read(store.path().with_extension("db-wal")).unwrap_or_default();
    let needle = secret.expose().as_bytes();
    assert!(!db.windows(needle.len()).any(|w| w == needle));
    assert!(!wal.windows(needle.len()).any(|w| w == needle));

    assert!(store.revoke_token(&info.id).await.unwrap());
    assert!(!store.revoke_token(&info.id).await.unwrap());
    let revoked = store.authenticate(secret.expose()).await.unwrap().unwrap();
    assert!(revoked.revoked_at.is_some());
    assert_eq!(store.list_tokens().await.unwrap().len(), 1);
}

#[tokio::test]
async fn two_processes_worth_of_connections_share_the_file() {
    // The CLI writes tokens while the server holds the database open.
    let (dir, server) = open_sqlite().await;
    let cli = SqliteStore::open(dir.path()).unwrap();
    let (_, secret) = cli
        .create_token(NewToken {
            name: "t".into(),
            project: None,
        })
        .await
        .unwrap();
    assert!(server
        .authenticate(secret.expose())
        .await
        .unwrap()
        .is_some());
}
