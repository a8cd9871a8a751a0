//! Content-addressed blobs: the bytes of deployed modules and assets, named by their
//! SHA-256. [`FsBlobStore`] keeps each under `DIR/blobs/sha256/<hash>`.
//!
//! Crash safety comes from the order of operations: an upload streams into
//! `DIR/blobs/tmp/`, is hashed on the way, fsynced, then renamed into place and the
//! directory fsynced. A `kill -9` at any point leaves either no blob (only a temp file,
//! removed at the next start) or a whole, verified one. Blobs are hashed again before use,
//! so a file damaged on disk is never served: it is removed and reported missing.

use std::path::{Path, PathBuf};
use std::pin::Pin;

use async_trait::async_trait;
use bytes::Bytes;
use futures::{Stream, StreamExt};
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::tokens::hex;
use crate::{validate, Result, StoreError};

/// A request or file body, chunk by chunk.
pub type ByteStream = Pin<Box<dyn Stream<Item = std::io::Result<Bytes>> + Send>>;

/// A well-formed blob name (64 lower-case hex digits).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BlobHash(String);

impl BlobHash {
    pub fn parse(s: &str) -> Result<BlobHash> {
        validate::blob_hash(s).map_err(StoreError::Invalid)?;
        Ok(BlobHash(s.to_owned()))
    }

    pub fn of(bytes: &[u8]) -> BlobHash {
        BlobHash(hex(&Sha256::digest(bytes)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for BlobHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PutOutcome {
    /// The bytes were verified and stored.
    Stored { size: u64 },
    /// A blob with this hash was already stored; the body was not read.
    AlreadyPresent,
}

/// Blob storage. A shared folder or a database can implement it for several nodes.
#[async_trait]
pub trait BlobStore: Send + Sync + 'static {
    /// The hashes (of those given) that are not stored, in the order given.
    async fn missing(&self, hashes: &[BlobHash]) -> Result<Vec<BlobHash>>;
    /// Stores a body under its hash, failing with [`StoreError::HashMismatch`] (and storing
    /// nothing) when the bytes hash to something else.
    async fn put(&self, hash: &BlobHash, body: ByteStream) -> Result<PutOutcome>;
    /// Hashes the stored bytes again: `Ok(true)` if present and intact, `Ok(false)` if
    /// absent, [`StoreError::HashMismatch`] if damaged (the damaged copy is removed).
    async fn verify(&self, hash: &BlobHash) -> Result<bool>;
    /// The bytes, verified against the hash.
    async fn read(&self, hash: &BlobHash) -> Result<Bytes>;
}

pub struct FsBlobStore {
    objects: PathBuf,
    tmp: PathBuf,
    max_bytes: u64,
}

impl FsBlobStore {
    /// Opens (creating) `root/sha256` and `root/tmp`. Blobs over `max_bytes` are refused.
    pub fn open(root: &Path, max_bytes: u64) -> Result<FsBlobStore> {
        let objects = root.join("sha256");
        let tmp = root.join("tmp");
        std::fs::create_dir_all(&objects)?;
        std::fs::create_dir_all(&tmp)?;
        Ok(FsBlobStore {
            objects,
            tmp,
            max_bytes,
        })
    }

    /// Deletes what uploads cut short by a crash left behind. Only the process that owns
    /// the data folder (the server, holding its lock) may call this: it would delete
    /// another process's upload in progress.
    pub fn remove_partial_uploads(&self) -> Result<usize> {
        let mut removed = 0;
        for entry in std::fs::read_dir(&self.tmp)? {
            let entry = entry?;
            std::fs::remove_file(entry.path())?;
            removed += 1;
        }
        Ok(removed)
    }

    /// Like [`FsBlobStore::remove_partial_uploads`] for a folder several nodes share: only
    /// partial uploads older than `age` are removed (a younger one may be another node's
    /// upload in progress).
    pub fn remove_partial_uploads_older_than(&self, age: std::time::Duration) -> Result<usize> {
        let mut removed = 0;
        for entry in std::fs::read_dir(&self.tmp)? {
            let entry = entry?;
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|elapsed| elapsed >= age);
            if old && std::fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
        Ok(removed)
    }

    pub fn path_of(&self, hash: &BlobHash) -> PathBuf {
        self.objects.join(hash.as_str())
    }

    async fn remove_damaged(&self, hash: &BlobHash) {
        // Best effort: if removal fails the blob stays unusable (verified before each use).
        let _ = tokio::fs::remove_file(self.path_of(hash)).await;
    }
}

#[async_trait]
impl BlobStore for FsBlobStore {
    async fn missing(&self, hashes: &[BlobHash]) -> Result<Vec<BlobHash>> {
        let mut missing = Vec::new();
        for hash in hashes {
            if !tokio::fs::try_exists(self.path_of(hash)).await? {
                missing.push(hash.clone());
            }
        }
        Ok(missing)
    }

    async fn put(&self, hash: &BlobHash, mut body: ByteStream) -> Result<PutOutcome> {
        let target = self.path_of(hash);
        if tokio::fs::try_exists(&target).await? {
            return Ok(PutOutcome::AlreadyPresent);
        }
        // Unique per upload, so two concurrent uploads of one blob do not share a file.
        let tmp = self.tmp.join(format!("{}.{}.part", hash, crate::new_id()));
        let result: Result<u64> = async {
            let mut file = tokio::fs::File::create(&tmp).await?;
            let mut hasher = Sha256::new();
            let mut size = 0u64;
            while let Some(chunk) = body.next().await {
                let chunk = chunk
                    .map_err(|e| StoreError::Invalid(format!("the upload was cut short: {e}")))?;
                size += chunk.len() as u64;
                if size > self.max_bytes {
                    return Err(StoreError::TooLarge {
                        limit: self.max_bytes,
                    });
                }
                hasher.update(&chunk);
                file.write_all(&chunk).await?;
            }
            let actual = hex(&hasher.finalize());
            if actual != hash.as_str() {
                return Err(StoreError::HashMismatch {
                    expected: hash.to_string(),
                    actual,
                });
            }
            file.flush().await?;
            file.sync_all().await?;
            drop(file);
            tokio::fs::rename(&tmp, &target).await?;
            // The rename is durable only once the directory entry is on disk.
            let dir = self.objects.clone();
            tokio::task::spawn_blocking(move || std::fs::File::open(dir)?.sync_all())
                .await
                .map_err(|e| StoreError::Internal(e.to_string()))??;
            Ok(size)
        }
        .await;
        match result {
            Ok(size) => Ok(PutOutcome::Stored { size }),
            Err(e) => {
                let _ = tokio::fs::remove_file(&tmp).await;
                Err(e)
            }
        }
    }

    async fn verify(&self, hash: &BlobHash) -> Result<bool> {
        match self.read(hash).await {
            Ok(_) => Ok(true),
            Err(StoreError::NotFound(_)) => Ok(false),
            Err(e) => Err(e),
        }
    }

    async fn read(&self, hash: &BlobHash) -> Result<Bytes> {
        let bytes = match tokio::fs::read(self.path_of(hash)).await {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::NotFound(format!("blob {hash}")));
            }
            Err(e) => return Err(e.into()),
        };
        let actual = BlobHash::of(&bytes);
        if &actual != hash {
            self.remove_damaged(hash).await;
            return Err(StoreError::HashMismatch {
                expected: hash.to_string(),
                actual: actual.0,
            });
        }
        Ok(Bytes::from(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(parts: Vec<&'static [u8]>) -> ByteStream {
        Box::pin(futures::stream::iter(
            parts.into_iter().map(|p| Ok(Bytes::from_static(p))),
        ))
    }

    #[tokio::test]
    async fn put_verifies_and_is_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = FsBlobStore::open(dir.path(), 1 << 20).unwrap();
        let hash = BlobHash::of(b"hello world");
        assert_eq!(
            blobs.missing(std::slice::from_ref(&hash)).await.unwrap(),
            vec![hash.clone()]
        );
        let outcome = blobs
            .put(&hash, body(vec![b"hello ", b"world"]))
            .await
            .unwrap();
        assert_eq!(outcome, PutOutcome::Stored { size: 11 });
        assert!(blobs
            .missing(std::slice::from_ref(&hash))
            .await
            .unwrap()
            .is_empty());
        assert_eq!(
            blobs.put(&hash, body(vec![b"x"])).await.unwrap(),
            PutOutcome::AlreadyPresent
        );
        assert_eq!(&blobs.read(&hash).await.unwrap()[..], b"hello world");
        assert_eq!(
            std::fs::read_dir(dir.path().join("tmp")).unwrap().count(),
            0
        );
    }

    #[tokio::test]
    async fn wrong_bytes_store_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = FsBlobStore::open(dir.path(), 1 << 20).unwrap();
        let hash = BlobHash::of(b"expected");
        let err = blobs
            .put(&hash, body(vec![b"something else"]))
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::HashMismatch { .. }), "{err}");
        assert!(!blobs.verify(&hash).await.unwrap());
        assert_eq!(
            std::fs::read_dir(dir.path().join("tmp")).unwrap().count(),
            0
        );
    }

    #[tokio::test]
    async fn oversized_and_cut_short_uploads_fail() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = FsBlobStore::open(dir.path(), 4).unwrap();
        let hash = BlobHash::of(b"12345");
        assert!(matches!(
            blobs.put(&hash, body(vec![b"12345"])).await,
            Err(StoreError::TooLarge { limit: 4 })
        ));
        let cut: ByteStream = Box::pin(futures::stream::iter(vec![
            Ok(Bytes::from_static(b"12")),
            Err(std::io::Error::other("connection reset")),
        ]));
        assert!(matches!(
            blobs.put(&hash, cut).await,
            Err(StoreError::Invalid(_))
        ));
        assert!(!blobs.verify(&hash).await.unwrap());
    }

    #[tokio::test]
    async fn damaged_blobs_are_detected_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = FsBlobStore::open(dir.path(), 1 << 20).unwrap();
        let hash = BlobHash::of(b"precious");
        blobs.put(&hash, body(vec![b"precious"])).await.unwrap();
        std::fs::write(blobs.path_of(&hash), b"precioUs").unwrap();
        assert!(matches!(
            blobs.read(&hash).await,
            Err(StoreError::HashMismatch { .. })
        ));
        assert_eq!(
            blobs.missing(std::slice::from_ref(&hash)).await.unwrap(),
            vec![hash]
        );
    }

    #[tokio::test]
    async fn leftovers_of_a_crash_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = FsBlobStore::open(dir.path(), 1 << 20).unwrap();
        std::fs::write(dir.path().join("tmp/abc.part"), b"half").unwrap();
        // In a shared folder a fresh one may be another node's upload: kept.
        let hour = std::time::Duration::from_secs(3600);
        assert_eq!(blobs.remove_partial_uploads_older_than(hour).unwrap(), 0);
        assert_eq!(blobs.remove_partial_uploads().unwrap(), 1);
    }
}
