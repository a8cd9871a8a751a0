//! Schema migrations for the SQLite store: numbered SQL files in `migrations/sqlite/`,
//! compiled into the binary, applied in order at open, each in its own transaction
//! together with its row in `schema_migrations` — so a crash leaves a migration either
//! applied and recorded or neither. A recorded checksum catches a migration edited after
//! it shipped, and a database newer than the binary is refused rather than misread.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};
use sha2::{Digest, Sha256};

use crate::tokens::hex;
use crate::{Result, StoreError};

#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub version: u32,
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every migration, in order. A test checks this list against the files on disk.
const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "init",
        sql: include_str!("../../migrations/sqlite/0001_init.sql"),
    },
    Migration {
        version: 2,
        name: "kv_usage",
        sql: include_str!("../../migrations/sqlite/0002_kv_usage.sql"),
    },
];

pub fn migrations() -> &'static [Migration] {
    MIGRATIONS
}

pub(crate) fn checksum(sql: &str) -> String {
    hex(&Sha256::digest(sql.as_bytes()))
}

/// Brings the database up to the newest migration in `list`; returns how many ran.
pub(crate) fn apply(conn: &mut Connection, list: &[Migration]) -> Result<usize> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version     INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            checksum    TEXT NOT NULL,
            applied_at  INTEGER NOT NULL
        )",
    )?;
    let newest_known = list.last().map_or(0, |m| m.version);
    let mut ran = 0;
    for migration in list {
        // IMMEDIATE takes the write lock first, so two processes opening one database
        // at once cannot both apply the same migration.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let recorded: Option<String> = tx
            .query_row(
                "SELECT checksum FROM schema_migrations WHERE version = ?1",
                [migration.version],
                |row| row.get(0),
            )
            .optional()?;
        match recorded {
            Some(sum) if sum == checksum(migration.sql) => {}
            Some(_) => {
                return Err(StoreError::Internal(format!(
                    "migration {:04}_{} differs from the one applied to this database",
                    migration.version, migration.name
                )));
            }
            None => {
                tx.execute_batch(migration.sql).map_err(|e| {
                    StoreError::Internal(format!(
                        "migration {:04}_{} failed: {e}",
                        migration.version, migration.name
                    ))
                })?;
                tx.execute(
                    "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?1, ?2, ?3, ?4)",
                    rusqlite::params![migration.version, migration.name, checksum(migration.sql), crate::now_ms()],
                )?;
                ran += 1;
            }
        }
        tx.commit()?;
    }
    let newest_applied: u32 = conn.query_row(
        "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
        [],
        |row| row.get(0),
    )?;
    if newest_applied > newest_known {
        return Err(StoreError::Internal(format!(
            "the database is at schema version {newest_applied}, newer than this x knows ({newest_known}); \
             use a newer x"
        )));
    }
    Ok(ran)
}

/// Checks a migration list against its folder: every `.sql` file listed, numbered 1, 2,
/// 3, ... without gaps, named `NNNN_<name>.sql`, with the same text (used by the tests of
/// both stores).
#[cfg(test)]
pub(crate) fn check_migration_files(dir: &str, list: &[Migration]) {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".sql"))
        .collect();
    files.sort();
    assert_eq!(
        files.len(),
        list.len(),
        "every file in {dir} must be listed in MIGRATIONS"
    );
    for (i, (file, migration)) in files.iter().zip(list).enumerate() {
        assert_eq!(
            migration.version as usize,
            i + 1,
            "versions are 1, 2, 3, ... without gaps"
        );
        assert_eq!(
            file,
            &format!("{:04}_{}.sql", migration.version, migration.name)
        );
        let on_disk = std::fs::read_to_string(format!("{dir}/{file}")).unwrap();
        assert_eq!(on_disk, migration.sql);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_matches_the_files_in_order() {
        check_migration_files(
            concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/sqlite"),
            MIGRATIONS,
        );
    }

    #[test]
    fn applies_once_in_order_and_records() {
        let mut conn = Connection::open_in_memory().unwrap();
        let list = [
            Migration {
                version: 1,
                name: "a",
                sql: "CREATE TABLE a (x INTEGER);",
            },
            Migration {
                version: 2,
                name: "b",
                sql: "ALTER TABLE a ADD COLUMN y TEXT;",
            },
        ];
        assert_eq!(apply(&mut conn, &list[..1]).unwrap(), 1);
        assert_eq!(apply(&mut conn, &list).unwrap(), 1);
        assert_eq!(apply(&mut conn, &list).unwrap(), 0);
        let versions: Vec<u32> = conn
            .prepare("SELECT version FROM schema_migrations ORDER BY version")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        assert_eq!(versions, vec![1, 2]);
        conn.execute("INSERT INTO a (x, y) VALUES (1, 'ok')", [])
            .unwrap();
    }

    #[test]
    fn a_failing_migration_leaves_nothing_behind() {
        let mut conn = Connection::open_in_memory().unwrap();
        let list = [Migration {
            version: 1,
            name: "broken",
            sql: "CREATE TABLE t (x INTEGER); INSERT INTO nowhere VALUES (1);",
        }];
        assert!(apply(&mut conn, &list).is_err());
        let tables: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = 't'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 0, "the half-applied migration was rolled back");
        let recorded: i64 = conn
            .query_row("SELECT COUNT(*) FROM schema_migrations", [], |r| r.get(0))
            .unwrap();
        assert_eq!(recorded, 0);
    }

    #[test]
    fn edited_and_newer_migrations_are_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        let v1 = Migration {
            version: 1,
            name: "a",
            sql: "CREATE TABLE a (x INTEGER);",
        };
        apply(&mut conn, &[v1]).unwrap();
        let edited = Migration {
            sql: "CREATE TABLE a (x TEXT);",
            ..v1
        };
        assert!(apply(&mut conn, &[edited])
            .unwrap_err()
            .to_string()
            .contains("differs"));
        let v2 = Migration {
            version: 2,
            name: "b",
            sql: "CREATE TABLE b (x INTEGER);",
        };
        apply(&mut conn, &[v1, v2]).unwrap();
        assert!(apply(&mut conn, &[v1])
            .unwrap_err()
            .to_string()
            .contains("newer"));
    }
}
