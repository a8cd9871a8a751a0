//! The [`KvBackend`] contract as tests, written once and run against every backend
//! (SQLite here, `sqlite.rs`'s tests; PostgreSQL in `x_platform_kv`), so two storages
//! cannot drift apart in meaning: versions, checks, ranges, expiry, sum/min/max, the
//! queue's retries and `keysIfUndelivered`, quotas, metering, a commit that fails half
//! way, and two writers racing on one counter.
//!
//! A backend's test hands [`run_all`] a function making a fresh, empty database (with
//! the quota and meter asked for) and returning a handle on it plus a way to open more
//! handles on the same database (another connection, as another process or node would).

use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::codec::{encode_key, KeyPart};
use crate::interface::*;

/// Opens more handles on one database; callable from several threads.
pub type Reopen = Box<dyn Fn() -> Box<dyn KvBackend> + Send + Sync>;

/// Makes a fresh database: the first handle, and how to open more.
pub type Fresh<'a> =
    &'a mut dyn FnMut(Option<KvQuota>, Option<Arc<KvMeter>>) -> (Box<dyn KvBackend>, Reopen);

/// Every case; each gets a database of its own.
pub fn run_all(fresh: Fresh<'_>) {
    versions_grow_and_checks_guard(fresh(None, None).0);
    let (a, reopen) = fresh(None, None);
    handles_share_versions_and_see_each_others_writes(a, reopen());
    ranges_expiry_and_sum_min_max(fresh(None, None).0);
    versionstamped_keys(fresh(None, None).0);
    a_failed_commit_applies_nothing(fresh(None, None).0);
    queue_retries_then_keys_if_undelivered(fresh(None, None).0);
    let meter = Arc::new(KvMeter::default());
    quota_refuses_and_applies_nothing(
        fresh(
            Some(KvQuota {
                max_keys: Some(2),
                max_bytes: Some(1000),
            }),
            Some(meter.clone()),
        )
        .0,
        &meter,
    );
    two_writers_increment_one_counter(&fresh(None, None).1, 200);
}

pub fn key(name: &str) -> Vec<u8> {
    encode_key(&[KeyPart::String(name.into())]).unwrap()
}

fn bytes(data: &[u8]) -> Value {
    Value {
        encoding: ENCODING_BYTES,
        data: data.to_vec(),
    }
}

fn set(key: Vec<u8>, data: &[u8]) -> Mutation {
    Mutation {
        key,
        kind: MutationKind::Set(bytes(data)),
        expire_at: None,
    }
}

fn write(mutations: Vec<Mutation>) -> AtomicWrite {
    AtomicWrite {
        mutations,
        ..Default::default()
    }
}

fn get(db: &dyn KvBackend, k: &[u8], now: i64) -> Option<Entry> {
    db.get_many(&[k.to_vec()], now).unwrap().pop().flatten()
}

pub fn versions_grow_and_checks_guard(db: Box<dyn KvBackend>) {
    let v1 = db
        .atomic_write(&write(vec![set(key("a"), b"1")]), 0)
        .unwrap()
        .unwrap();
    let v2 = db
        .atomic_write(&write(vec![set(key("b"), b"2")]), 0)
        .unwrap()
        .unwrap();
    assert!(v2 > v1);
    let stale = AtomicWrite {
        checks: vec![Check {
            key: key("a"),
            version: None,
        }],
        mutations: vec![set(key("a"), b"x")],
        ..Default::default()
    };
    assert_eq!(db.atomic_write(&stale, 0).unwrap(), None);
    let fresh = AtomicWrite {
        checks: vec![
            Check {
                key: key("a"),
                version: Some(v1),
            },
            Check {
                key: key("nothing"),
                version: None,
            },
        ],
        mutations: vec![set(key("a"), b"y")],
        ..Default::default()
    };
    assert!(db.atomic_write(&fresh, 0).unwrap().is_some());
    let got = db.get_many(&[key("a"), key("zz"), key("b")], 0).unwrap();
    assert_eq!(got[0].as_ref().unwrap().value.data, b"y");
    assert!(got[1].is_none());
    assert_eq!(got[2].as_ref().unwrap().version, v2);
    assert_eq!(db.version().unwrap(), v2 + 1);
}

pub fn handles_share_versions_and_see_each_others_writes(
    a: Box<dyn KvBackend>,
    b: Box<dyn KvBackend>,
) {
    let mut last = 0;
    for i in 0..10u8 {
        let db = if i % 2 == 0 { &a } else { &b };
        let v = db
            .atomic_write(&write(vec![set(key("k"), &[i])]), 0)
            .unwrap()
            .unwrap();
        assert!(v > last, "versions grow across handles");
        last = v;
    }
    assert_eq!(a.version().unwrap(), last);
    let seen = get(&*a, &key("k"), 0).unwrap();
    assert_eq!(seen.value.data, [9]);
    assert_eq!(seen.version, last);
    // A check against what `a` read fails once `b` has written.
    let stale = AtomicWrite {
        checks: vec![Check {
            key: key("k"),
            version: Some(last),
        }],
        mutations: vec![set(key("k"), b"a")],
        ..Default::default()
    };
    b.atomic_write(&write(vec![set(key("k"), b"b")]), 0)
        .unwrap();
    assert_eq!(a.atomic_write(&stale, 0).unwrap(), None);
    assert_eq!(get(&*a, &key("k"), 0).unwrap().value.data, b"b");
}

pub fn ranges_expiry_and_sum_min_max(db: Box<dyn KvBackend>) {
    let mut expiring = set(key("c"), b"3");
    expiring.expire_at = Some(100);
    db.atomic_write(
        &write(vec![set(key("a"), b"1"), set(key("b"), b"2"), expiring]),
        0,
    )
    .unwrap();
    let range = |now, limit, reverse| {
        db.read_range(
            &ReadRange {
                start: vec![0],
                end: vec![0xff],
                limit,
                reverse,
            },
            now,
        )
        .unwrap()
        .into_iter()
        .map(|e| e.value.data)
        .collect::<Vec<_>>()
    };
    assert_eq!(range(50, 10, false), [b"1", b"2", b"3"]);
    assert_eq!(range(50, 2, true), [b"3", b"2"]);
    assert_eq!(range(100, 10, true), [b"2", b"1"]);
    assert!(get(&*db, &key("c"), 100).is_none());
    // Bounds: start inclusive, end exclusive.
    let some = db
        .read_range(
            &ReadRange {
                start: key("a"),
                end: key("b"),
                limit: 10,
                reverse: false,
            },
            0,
        )
        .unwrap();
    assert_eq!(some.len(), 1);
    assert_eq!(some[0].key, key("a"));

    let op = |kind| Mutation {
        key: key("n"),
        kind,
        expire_at: None,
    };
    let n = |db: &dyn KvBackend| {
        u64::from_le_bytes(
            get(db, &key("n"), 0)
                .unwrap()
                .value
                .data
                .try_into()
                .unwrap(),
        )
    };
    db.atomic_write(
        &write(vec![
            op(MutationKind::Sum(u64::MAX)),
            op(MutationKind::Sum(2)),
        ]),
        0,
    )
    .unwrap();
    assert_eq!(n(&*db), 1, "sum wraps");
    db.atomic_write(&write(vec![op(MutationKind::Max(7))]), 0)
        .unwrap();
    assert_eq!(n(&*db), 7);
    db.atomic_write(&write(vec![op(MutationKind::Min(3))]), 0)
        .unwrap();
    assert_eq!(n(&*db), 3);
    let entry = get(&*db, &key("n"), 0).unwrap();
    assert_eq!(entry.value.encoding, ENCODING_U64);
    let bad = Mutation {
        key: key("a"),
        kind: MutationKind::Sum(1),
        expire_at: None,
    };
    assert!(db.atomic_write(&write(vec![bad]), 0).is_err());
}

pub fn versionstamped_keys(db: Box<dyn KvBackend>) {
    let prefix = encode_key(&[KeyPart::String("log".into())]).unwrap();
    let m = |data: &[u8]| Mutation {
        key: prefix.clone(),
        kind: MutationKind::SetSuffixVersionstampedKey(bytes(data)),
        expire_at: None,
    };
    let v1 = db.atomic_write(&write(vec![m(b"x")]), 0).unwrap().unwrap();
    let v2 = db.atomic_write(&write(vec![m(b"y")]), 0).unwrap().unwrap();
    let mut end = prefix.clone();
    end.push(0xff);
    let listed = db
        .read_range(
            &ReadRange {
                start: prefix.clone(),
                end,
                limit: 10,
                reverse: false,
            },
            0,
        )
        .unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!((listed[0].version, listed[1].version), (v1, v2));
    let parts = crate::codec::decode_key(&listed[1].key).unwrap();
    match &parts[1] {
        KeyPart::String(stamp) => assert_eq!(stamp, &format!("{v2:016x}0000")),
        other => panic!("expected a versionstamp part, got {other:?}"),
    }
}

pub fn a_failed_commit_applies_nothing(db: Box<dyn KvBackend>) {
    let v = db
        .atomic_write(&write(vec![set(key("text"), b"t")]), 0)
        .unwrap()
        .unwrap();
    // The second mutation fails (sum on a non-U64): the first must not stay.
    let half = AtomicWrite {
        mutations: vec![
            set(key("first"), b"1"),
            Mutation {
                key: key("text"),
                kind: MutationKind::Sum(1),
                expire_at: None,
            },
        ],
        enqueues: vec![Enqueue {
            payload: bytes(b"m"),
            ready_at: 0,
            keys_if_undelivered: vec![],
            backoff_schedule: None,
        }],
        ..Default::default()
    };
    assert!(db.atomic_write(&half, 0).is_err());
    assert!(get(&*db, &key("first"), 0).is_none());
    assert_eq!(db.version().unwrap(), v);
    assert_eq!(db.queue_state(0).unwrap(), QueueState::default());
    assert!(db.dequeue(0).unwrap().is_err());
}

pub fn queue_retries_then_keys_if_undelivered(db: Box<dyn KvBackend>) {
    assert_eq!(db.queue_state(0).unwrap(), QueueState::default());
    let w = AtomicWrite {
        enqueues: vec![Enqueue {
            payload: bytes(b"m"),
            ready_at: 10,
            keys_if_undelivered: vec![key("lost"), key("lost2")],
            backoff_schedule: Some(vec![5]),
        }],
        ..Default::default()
    };
    db.atomic_write(&w, 0).unwrap();
    let state = db.queue_state(0).unwrap();
    assert_eq!(state.next_ready, Some(10));
    assert!(!state.wants_listener(0) && state.wants_listener(10));
    assert_eq!(db.dequeue(0).unwrap().unwrap_err(), Some(10));
    let m = db.dequeue(10).unwrap().unwrap();
    assert_eq!(m.payload.data, b"m");
    // Leased: not handed out twice, and counted as in flight.
    assert!(db.dequeue(10).unwrap().is_err());
    assert!(db.queue_state(10).unwrap().in_flight);
    db.finish(m.id, false, 10).unwrap();
    assert_eq!(db.dequeue(10).unwrap().unwrap_err(), Some(15));
    assert!(!db.queue_state(10).unwrap().in_flight);
    let m = db.dequeue(15).unwrap().unwrap();
    db.finish(m.id, false, 15).unwrap();
    assert_eq!(db.dequeue(100).unwrap().unwrap_err(), None);
    assert_eq!(db.queue_state(100).unwrap(), QueueState::default());
    assert_eq!(get(&*db, &key("lost"), 100).unwrap().value.data, b"m");
    assert!(get(&*db, &key("lost2"), 100).is_some());

    // A delivered message is gone; the default schedule retries.
    let w = AtomicWrite {
        enqueues: vec![Enqueue {
            payload: bytes(b"ok"),
            ready_at: 0,
            keys_if_undelivered: vec![],
            backoff_schedule: None,
        }],
        ..Default::default()
    };
    db.atomic_write(&w, 0).unwrap();
    let m = db.dequeue(200).unwrap().unwrap();
    db.finish(m.id, false, 200).unwrap();
    assert_eq!(db.dequeue(200).unwrap().unwrap_err(), Some(300));
    let m = db.dequeue(300).unwrap().unwrap();
    db.finish(m.id, true, 300).unwrap();
    assert_eq!(db.dequeue(1_000_000).unwrap().unwrap_err(), None);
}

pub fn quota_refuses_and_applies_nothing(db: Box<dyn KvBackend>, meter: &KvMeter) {
    db.atomic_write(&write(vec![set(key("a"), b"1"), set(key("b"), b"2")]), 0)
        .unwrap();
    let v = db.version().unwrap();
    let error = db
        .atomic_write(&write(vec![set(key("c"), b"3")]), 0)
        .unwrap_err();
    assert!(error.to_string().contains("KV quota exceeded"), "{error}");
    assert_eq!(db.version().unwrap(), v);
    // Overwriting stays within the count; deleting makes room.
    db.atomic_write(&write(vec![set(key("a"), b"9")]), 0)
        .unwrap();
    let delete = Mutation {
        key: key("a"),
        kind: MutationKind::Delete,
        expire_at: None,
    };
    db.atomic_write(&write(vec![delete, set(key("c"), b"3")]), 0)
        .unwrap();
    assert!(get(&*db, &key("a"), 0).is_none());
    assert!(db
        .atomic_write(&write(vec![set(key("d"), &[0; 2000])]), 0)
        .is_err());
    // An expired key no longer counts once a commit has swept it.
    let mut short = set(key("b"), b"2");
    short.expire_at = Some(50);
    db.atomic_write(&write(vec![short]), 0).unwrap();
    db.atomic_write(&write(vec![set(key("e"), b"5")]), 60)
        .unwrap();
    assert!(meter.writes.load(Ordering::Relaxed) >= 5);
    let reads = meter.reads.load(Ordering::Relaxed);
    get(&*db, &key("e"), 60);
    assert_eq!(meter.reads.load(Ordering::Relaxed), reads + 1);
}

/// Two threads, each with its own handle, add 1 to one counter `n` times each with a
/// read, a check on the versionstamp read and a retry when it fails: the counter ends
/// at `2 n` (no lost update, no double apply).
pub fn two_writers_increment_one_counter(reopen: &Reopen, n: u64) {
    let counter = key("counter");
    std::thread::scope(|scope| {
        for _ in 0..2 {
            let counter = counter.clone();
            scope.spawn(move || {
                let db = reopen();
                let mut done = 0;
                while done < n {
                    let current = get(&*db, &counter, 0);
                    let value = current.as_ref().map_or(0, |e| {
                        u64::from_le_bytes(e.value.data.clone().try_into().unwrap())
                    });
                    let w = AtomicWrite {
                        checks: vec![Check {
                            key: counter.clone(),
                            version: current.map(|e| e.version),
                        }],
                        mutations: vec![Mutation {
                            key: counter.clone(),
                            kind: MutationKind::Set(Value {
                                encoding: ENCODING_U64,
                                data: (value + 1).to_le_bytes().to_vec(),
                            }),
                            expire_at: None,
                        }],
                        ..Default::default()
                    };
                    if db.atomic_write(&w, 0).unwrap().is_some() {
                        done += 1;
                    }
                }
            });
        }
    });
    let db = reopen();
    let end = get(&*db, &counter, 0).unwrap();
    assert_eq!(
        u64::from_le_bytes(end.value.data.try_into().unwrap()),
        2 * n
    );
}
