//! Schema migrations for the PostgreSQL store: numbered SQL files in
//! `migrations/postgres/`, compiled in, applied in order, each in its own transaction
//! with its row (and checksum) in `schema_migrations` — the same bookkeeping as the SQLite
//! store's (`sqlite/migrate.rs`). Several nodes may start at once against one database:
//! an advisory lock makes them take turns, so each migration runs exactly once.

use tokio_postgres::Client;

use crate::sqlite::{checksum, Migration};
use crate::{Result, StoreError};

/// Every migration, in order. A test checks this list against the files on disk.
const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "init",
        sql: include_str!("../../migrations/postgres/0001_init.sql"),
    },
    Migration {
        version: 2,
        name: "kv_usage",
        sql: include_str!("../../migrations/postgres/0002_kv_usage.sql"),
    },
    Migration {
        version: 3,
        name: "cluster",
        sql: include_str!("../../migrations/postgres/0003_cluster.sql"),
    },
    Migration {
        version: 4,
        name: "kv",
        sql: include_str!("../../migrations/postgres/0004_kv.sql"),
    },
];

pub fn migrations() -> &'static [Migration] {
    MIGRATIONS
}

/// An arbitrary constant naming the migration lock ("x-plat" in ASCII).
const MIGRATION_LOCK: i64 = 0x782d_706c_6174;

/// Brings the database up to the newest migration in `list`; returns how many ran.
pub(crate) async fn apply(client: &mut Client, list: &[Migration]) -> Result<usize> {
    client
        .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
        .await?;
    let result = apply_locked(client, list).await;
    // The lock is the session's: released here, or when the connection closes on error.
    let _ = client
        .execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK])
        .await;
    result
}

async fn apply_locked(client: &mut Client, list: &[Migration]) -> Result<usize> {
    client
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                version     INTEGER PRIMARY KEY,
                name        TEXT NOT NULL,
                checksum    TEXT NOT NULL,
                applied_at  BIGINT NOT NULL
            )",
        )
        .await?;
    let newest_known = list.last().map_or(0, |m| m.version);
    let mut ran = 0;
    for migration in list {
        let tx = client.transaction().await?;
        let version = migration.version as i32;
        let recorded: Option<String> = tx
            .query_opt(
                "SELECT checksum FROM schema_migrations WHERE version = $1",
                &[&version],
            )
            .await?
            .map(|row| row.try_get(0))
            .transpose()?;
        match recorded {
            Some(sum) if sum == checksum(migration.sql) => {}
            Some(_) => {
                return Err(StoreError::Internal(format!(
                    "migration {:04}_{} differs from the one applied to this database",
                    migration.version, migration.name
                )));
            }
            None => {
                tx.batch_execute(migration.sql).await.map_err(|e| {
                    StoreError::Internal(format!(
                        "migration {:04}_{} failed: {}",
                        migration.version,
                        migration.name,
                        super::pool::pg_error(e)
                    ))
                })?;
                tx.execute(
                    "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)",
                    &[&version, &migration.name, &checksum(migration.sql), &crate::now_ms()],
                )
                .await?;
                ran += 1;
            }
        }
        tx.commit().await?;
    }
    let newest_applied: i32 = client
        .query_one(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            &[],
        )
        .await?
        .try_get(0)?;
    if newest_applied as u32 > newest_known {
        return Err(StoreError::Internal(format!(
            "the database is at schema version {newest_applied}, newer than this x knows ({newest_known}); \
             use a newer x"
        )));
    }
    Ok(ran)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_matches_the_files_in_order() {
        crate::sqlite::check_migration_files(
            concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/postgres"),
            MIGRATIONS,
        );
    }

    #[test]
    fn both_stores_have_the_shared_migrations() {
        // The records' schema is one contract: every SQLite migration has a PostgreSQL
        // twin of the same number and name (PostgreSQL may have more: cluster tables).
        let sqlite = crate::sqlite::migrations();
        for (s, p) in sqlite.iter().zip(MIGRATIONS) {
            assert_eq!((s.version, s.name), (p.version, p.name));
        }
        assert!(MIGRATIONS.len() >= sqlite.len());
    }
}
