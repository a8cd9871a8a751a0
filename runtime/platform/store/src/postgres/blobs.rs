//! Blobs in PostgreSQL, for nodes that share a database but no folder: each blob's bytes
//! as `bytea` chunks of at most 1 MiB in `blob_chunks`, and its row in `blobs` written
//! last in the same transaction, so a blob is listed only once whole and verified. An
//! upload is hashed while it streams in and rolled back if the bytes do not match their
//! name; reads hash again, so a node never boots a tenant from damaged bytes.

use std::sync::Arc;

use async_trait::async_trait;
use bytes::{Bytes, BytesMut};
use futures::StreamExt;
use sha2::{Digest, Sha256};

use super::Inner;
use crate::blobs::{BlobHash, BlobStore, ByteStream, PutOutcome};
use crate::tokens::hex;
use crate::{now_ms, Result, StoreError};

const CHUNK: usize = 1 << 20;

pub struct PgBlobStore {
    inner: Arc<Inner>,
    max_bytes: u64,
}

impl PgBlobStore {
    pub(super) fn new(inner: Arc<Inner>, max_bytes: u64) -> PgBlobStore {
        PgBlobStore { inner, max_bytes }
    }

    async fn remove_damaged(&self, hash: &BlobHash) {
        // Best effort, as for files: the blob stays unusable either way (verified on use).
        if let Ok(mut conn) = self.inner.pool.get().await {
            if let Ok(tx) = conn.transaction().await {
                let _ = tx
                    .execute("DELETE FROM blobs WHERE hash = $1", &[&hash.as_str()])
                    .await;
                let _ = tx
                    .execute("DELETE FROM blob_chunks WHERE hash = $1", &[&hash.as_str()])
                    .await;
                let _ = tx.commit().await;
            }
        }
    }
}

#[async_trait]
impl BlobStore for PgBlobStore {
    async fn missing(&self, hashes: &[BlobHash]) -> Result<Vec<BlobHash>> {
        let names: Vec<&str> = hashes.iter().map(BlobHash::as_str).collect();
        let conn = self.inner.pool.get().await?;
        let present: std::collections::HashSet<String> = conn
            .query("SELECT hash FROM blobs WHERE hash = ANY($1)", &[&names])
            .await?
            .iter()
            .map(|r| r.try_get(0))
            .collect::<std::result::Result<_, _>>()?;
        Ok(hashes
            .iter()
            .filter(|h| !present.contains(h.as_str()))
            .cloned()
            .collect())
    }

    async fn put(&self, hash: &BlobHash, mut body: ByteStream) -> Result<PutOutcome> {
        let mut conn = self.inner.pool.get().await?;
        let present = conn
            .query_opt("SELECT 1 FROM blobs WHERE hash = $1", &[&hash.as_str()])
            .await?
            .is_some();
        if present {
            return Ok(PutOutcome::AlreadyPresent);
        }
        let tx = conn.transaction().await?;
        // A concurrent upload of the same blob inserts the same chunks (same hash, same
        // bytes): the later one waits for the earlier's commit, then keeps what is there.
        let insert = tx
            .prepare(
                "INSERT INTO blob_chunks (hash, seq, data) VALUES ($1, $2, $3)
                 ON CONFLICT (hash, seq) DO NOTHING",
            )
            .await?;
        let mut hasher = Sha256::new();
        let mut size = 0u64;
        let mut seq = 0i32;
        let mut pending = BytesMut::new();
        while let Some(chunk) = body.next().await {
            let chunk =
                chunk.map_err(|e| StoreError::Invalid(format!("the upload was cut short: {e}")))?;
            size += chunk.len() as u64;
            if size > self.max_bytes {
                return Err(StoreError::TooLarge {
                    limit: self.max_bytes,
                });
            }
            hasher.update(&chunk);
            pending.extend_from_slice(&chunk);
            while pending.len() >= CHUNK {
                let part = pending.split_to(CHUNK);
                tx.execute(&insert, &[&hash.as_str(), &seq, &&part[..]])
                    .await?;
                seq += 1;
            }
        }
        let actual = hex(&hasher.finalize());
        if actual != hash.as_str() {
            // Dropping the transaction rolls the chunks back.
            return Err(StoreError::HashMismatch {
                expected: hash.to_string(),
                actual,
            });
        }
        if !pending.is_empty() || seq == 0 {
            tx.execute(&insert, &[&hash.as_str(), &seq, &&pending[..]])
                .await?;
        }
        tx.execute(
            "INSERT INTO blobs (hash, size, created_at) VALUES ($1, $2, $3) ON CONFLICT (hash) DO NOTHING",
            &[&hash.as_str(), &(size as i64), &now_ms()],
        )
        .await?;
        tx.commit().await?;
        Ok(PutOutcome::Stored { size })
    }

    async fn verify(&self, hash: &BlobHash) -> Result<bool> {
        match self.read(hash).await {
            Ok(_) => Ok(true),
            Err(StoreError::NotFound(_)) => Ok(false),
            Err(e) => Err(e),
        }
    }

    async fn read(&self, hash: &BlobHash) -> Result<Bytes> {
        let conn = self.inner.pool.get().await?;
        let size: Option<i64> = conn
            .query_opt("SELECT size FROM blobs WHERE hash = $1", &[&hash.as_str()])
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
        let Some(size) = size else {
            return Err(StoreError::NotFound(format!("blob {hash}")));
        };
        let rows = conn
            .query(
                "SELECT data FROM blob_chunks WHERE hash = $1 ORDER BY seq",
                &[&hash.as_str()],
            )
            .await?;
        drop(conn);
        let mut bytes = BytesMut::with_capacity(size.max(0) as usize);
        for row in &rows {
            let part: &[u8] = row.try_get(0)?;
            bytes.extend_from_slice(part);
        }
        let actual = BlobHash::of(&bytes);
        if &actual != hash {
            self.remove_damaged(hash).await;
            return Err(StoreError::HashMismatch {
                expected: hash.to_string(),
                actual: actual.as_str().to_owned(),
            });
        }
        Ok(bytes.freeze())
    }
}
