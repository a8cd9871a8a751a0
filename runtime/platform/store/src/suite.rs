// The tests every `Store` implementation must pass, written once and included into each
// implementation's test module (`sqlite/tests.rs`, `postgres/tests.rs`), which provides
// `open()` returning a guard and a fresh, empty store (`None`: skip, as when
// `X_SKIP_POSTGRES=1`).

fn manifest(blob: &str) -> Manifest {
    Manifest {
        entry: "file:///main.js".into(),
        modules: vec![ManifestModule {
            specifier: "file:///main.js".into(),
            blob: blob.into(),
        }],
        assets: vec![],
        format: None,
    }
}

fn hash(n: u8) -> String {
    format!("{n:02x}").repeat(32)
}

async fn deploy(store: &impl Store, project: &str, promote: bool) -> Deployment {
    store
        .create_deployment(NewDeployment {
            project: project.into(),
            manifest: manifest(&hash(1)),
            promote,
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn projects() {
    let Some((_guard, store)) = open().await else {
        return;
    };
    store.create_project("beta").await.unwrap();
    store.create_project("alpha").await.unwrap();
    assert!(matches!(
        store.create_project("alpha").await,
        Err(StoreError::Conflict(_))
    ));
    assert!(matches!(
        store.create_project("Bad_Name").await,
        Err(StoreError::Invalid(_))
    ));
    let names: Vec<_> = store
        .list_projects()
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["alpha", "beta"]);
    assert!(store.delete_project("alpha").await.unwrap());
    assert!(!store.delete_project("alpha").await.unwrap());
    assert!(store.get_project("alpha").await.unwrap().is_none());
}

#[tokio::test]
async fn deployments_promote_and_page() {
    let Some((_guard, store)) = open().await else {
        return;
    };
    store.create_project("app").await.unwrap();
    store.create_project("other").await.unwrap();
    assert!(matches!(
        store
            .create_deployment(NewDeployment {
                project: "nope".into(),
                manifest: manifest(&hash(1)),
                promote: false
            })
            .await,
        Err(StoreError::NotFound(_))
    ));
    let generation = store.routing_generation();
    let first = deploy(&store, "app", true).await;
    assert!(first.production);
    assert!(store.routing_generation() > generation);
    let mut ids = vec![first.id.clone()];
    for _ in 0..4 {
        let d = deploy(&store, "app", false).await;
        assert!(!d.production);
        ids.push(d.id);
    }
    assert_eq!(store.production("app").await.unwrap().unwrap().id, first.id);

    // Newest first, paged by id.
    let page1 = store.list_deployments("app", 3, None).await.unwrap();
    let page2 = store
        .list_deployments("app", 3, Some(&page1[2].id))
        .await
        .unwrap();
    let listed: Vec<_> = page1.iter().chain(&page2).map(|d| d.id.clone()).collect();
    ids.reverse();
    assert_eq!(listed, ids);

    let last = &ids[0];
    let generation = store.routing_generation();
    let promoted = store.promote("app", last).await.unwrap();
    assert!(promoted.production);
    assert!(store.routing_generation() > generation);
    assert_eq!(store.production("app").await.unwrap().unwrap().id, *last);
    assert!(
        !store
            .get_deployment(&first.id)
            .await
            .unwrap()
            .unwrap()
            .production
    );

    // A deployment of another project cannot be promoted here.
    let foreign = deploy(&store, "other", false).await;
    assert!(matches!(
        store.promote("app", &foreign.id).await,
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(store.production("app").await.unwrap().unwrap().id, *last);
    assert!(store.production("other").await.unwrap().is_none());
}

#[tokio::test]
async fn manifests_are_validated() {
    let Some((_guard, store)) = open().await else {
        return;
    };
    store.create_project("app").await.unwrap();
    let mut bad = manifest("not-a-hash");
    let r = store
        .create_deployment(NewDeployment {
            project: "app".into(),
            manifest: bad.clone(),
            promote: false,
        })
        .await;
    assert!(matches!(r, Err(StoreError::Invalid(_))));
    bad = manifest(&hash(2));
    bad.assets.push(ManifestAsset {
        path: "no-slash".into(),
        blob: hash(3),
        content_type: None,
    });
    let r = store
        .create_deployment(NewDeployment {
            project: "app".into(),
            manifest: bad,
            promote: false,
        })
        .await;
    assert!(matches!(r, Err(StoreError::Invalid(_))));
}

#[tokio::test]
async fn env_vars() {
    let Some((_guard, store)) = open().await else {
        return;
    };
    store.create_project("app").await.unwrap();
    store
        .set_env(
            "app",
            vec![("B".into(), "2".into()), ("A".into(), "1".into())],
        )
        .await
        .unwrap();
    store
        .set_env("app", vec![("A".into(), "one".into())])
        .await
        .unwrap();
    let vars: Vec<_> = store
        .list_env("app")
        .await
        .unwrap()
        .into_iter()
        .map(|v| (v.key, v.value))
        .collect();
    assert_eq!(
        vars,
        [
            ("A".to_string(), "one".to_string()),
            ("B".to_string(), "2".to_string())
        ]
    );
    assert!(store.unset_env("app", "B").await.unwrap());
    assert!(!store.unset_env("app", "B").await.unwrap());
    assert!(matches!(
        store
            .set_env("app", vec![("1BAD".into(), "x".into())])
            .await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store.list_env("nope").await,
        Err(StoreError::NotFound(_))
    ));

    // Over the limit: the whole batch is rolled back.
    let many: Vec<_> = (0..MAX_ENV_VARS)
        .map(|i| (format!("K{i}"), "v".to_string()))
        .collect();
    assert!(matches!(
        store.set_env("app", many).await,
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(store.list_env("app").await.unwrap().len(), 1);
}

#[tokio::test]
async fn logs_page_both_ways_and_notify() {
    let Some((_guard, store)) = open().await else {
        return;
    };
    store.create_project("app").await.unwrap();
    let a = deploy(&store, "app", false).await;
    let b = deploy(&store, "app", false).await;
    let mut watch = store.watch_logs();
    let entries = (0..10)
        .map(|i| NewLogEntry {
            deployment_id: if i % 2 == 0 {
                a.id.clone()
            } else {
                b.id.clone()
            },
            ts: i,
            level: "log".into(),
            message: format!("line {i}"),
        })
        .chain(std::iter::once(NewLogEntry {
            deployment_id: "unknown".into(),
            ts: 0,
            level: "log".into(),
            message: "dropped".into(),
        }))
        .collect();
    store.append_logs(entries).await.unwrap();
    assert!(watch.has_changed().unwrap());
    watch.mark_unchanged();

    let messages = |v: &[LogEntry]| v.iter().map(|e| e.message.clone()).collect::<Vec<_>>();
    let newest = store
        .query_logs(
            "app",
            LogQuery {
                limit: 3,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(messages(&newest), ["line 7", "line 8", "line 9"]);
    let older = store
        .query_logs(
            "app",
            LogQuery {
                limit: 3,
                before: Some(newest[0].id),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(messages(&older), ["line 4", "line 5", "line 6"]);
    let after = store
        .query_logs(
            "app",
            LogQuery {
                limit: 2,
                after: Some(older[2].id),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(messages(&after), ["line 7", "line 8"]);
    let only_b = store
        .query_logs(
            "app",
            LogQuery {
                limit: 100,
                deployment: Some(b.id.clone()),
                after: Some(0),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        messages(&only_b),
        ["line 1", "line 3", "line 5", "line 7", "line 9"]
    );

    // Long lines are cut on a character boundary.
    let long = "é".repeat(MAX_LOG_MESSAGE);
    store
        .append_logs(vec![NewLogEntry {
            deployment_id: a.id.clone(),
            ts: 0,
            level: "error".into(),
            message: long,
        }])
        .await
        .unwrap();
    let last = store
        .query_logs(
            "app",
            LogQuery {
                limit: 1,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(
        last[0].message.len() <= MAX_LOG_MESSAGE && last[0].message.len() >= MAX_LOG_MESSAGE - 1
    );
}

#[tokio::test]
async fn usage_is_aggregated_per_hour() {
    let Some((_guard, store)) = open().await else {
        return;
    };
    store.create_project("app").await.unwrap();
    let d = deploy(&store, "app", false).await;
    let hour = 3_600_000;
    let sample = |at: i64, cpu_us: u64, heap: u64| UsageSample {
        deployment_id: d.id.clone(),
        at,
        cpu_us,
        requests: 1,
        response_bytes: 100,
        peak_heap_bytes: heap,
        cold_starts: 1,
        kv_reads: 2,
        kv_writes: 1,
    };
    store
        .record_usage(vec![
            sample(10 * hour + 5, 1500, 10),
            sample(10 * hour + 999_999, 500, 30),
        ])
        .await
        .unwrap();
    store
        .record_usage(vec![
            sample(10 * hour + 7, 1000, 20),
            sample(11 * hour, 7, 1),
        ])
        .await
        .unwrap();
    let rows = store.query_usage("app", 0, 100 * hour).await.unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].hour, 10 * hour);
    assert_eq!(rows[0].cpu_us, 3000);
    assert_eq!(rows[0].requests, 3);
    assert_eq!(rows[0].response_bytes, 300);
    assert_eq!(rows[0].peak_heap_bytes, 30);
    assert_eq!(rows[0].cold_starts, 3);
    assert_eq!((rows[0].kv_reads, rows[0].kv_writes), (6, 3));
    assert_eq!(rows[1].hour, 11 * hour);
    // `from` inside an hour includes that hour; `to` is exclusive.
    assert_eq!(
        store
            .query_usage("app", 10 * hour + 1, 11 * hour)
            .await
            .unwrap()
            .len(),
        1
    );
}
