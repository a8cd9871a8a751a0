//! Negotiate, then upload only what the platform lacks: `POST /blobs/missing` with every
//! hash, then `PUT /blobs/{hash}` for each missing one, a few at a time, smallest first.
//! A blob is stored by the platform only once it arrived whole and its hash checked, so a
//! cut connection leaves the finished blobs stored and the next run skips them.

use anyhow::{Context, Result};
use futures::{StreamExt, TryStreamExt};

use crate::artifact::Blob;
use crate::client::{chunked_body, Client};
use crate::progress::{human_bytes, Progress};

/// Uploads at once.
const CONCURRENCY: usize = 4;

/// What one negotiation and upload did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UploadStats {
    /// Distinct blobs the deployment names.
    pub total: usize,
    /// Of those, the platform lacked this many.
    pub missing: usize,
    /// Blobs uploaded.
    pub uploaded: usize,
    /// Bytes uploaded.
    pub bytes: u64,
}

/// Negotiates `blobs` and uploads the missing ones.
pub async fn upload_missing(
    client: &Client,
    blobs: &[Blob],
    progress: &mut Progress,
) -> Result<UploadStats> {
    let hashes: Vec<String> = blobs.iter().map(|b| b.hash.clone()).collect();
    let missing = client.missing_blobs(&hashes).await?;
    let todo: Vec<Blob> = blobs
        .iter()
        .filter(|b| missing.contains(&b.hash))
        .cloned()
        .collect();
    let bytes: u64 = todo.iter().map(|b| b.bytes.len() as u64).sum();
    let mut stats = UploadStats {
        total: blobs.len(),
        missing: todo.len(),
        uploaded: 0,
        bytes: 0,
    };
    if todo.is_empty() {
        progress.step(&format!(
            "All {} blob{} already on the platform; nothing to upload",
            blobs.len(),
            if blobs.len() == 1 { "" } else { "s" }
        ));
        return Ok(stats);
    }
    progress.start_upload(todo.len(), bytes);
    let count = todo.len();
    let result: Result<Vec<u64>> = futures::stream::iter(todo)
        .map(|blob| {
            let client = client.clone();
            let sender = std::sync::Arc::new(progress.sender());
            async move {
                let size = blob.bytes.len() as u64;
                let body = blob.bytes.clone();
                client
                    .put_blob(&blob.hash, move || {
                        let sender = sender.clone();
                        chunked_body(body.clone(), move |n| sender(n))
                    })
                    .await
                    .with_context(|| {
                        format!(
                            "cannot upload blob {} ({}); run the deploy again to upload \
                             what is still missing",
                            blob.hash,
                            human_bytes(size)
                        )
                    })?;
                Ok((blob.hash, size))
            }
        })
        .buffer_unordered(CONCURRENCY)
        .map_ok(|(hash, size)| {
            stats.uploaded += 1;
            stats.bytes += size;
            progress.blob_done(stats.uploaded, count, &hash, size, "stored");
            size
        })
        .try_collect()
        .await;
    progress.finish();
    result?;
    Ok(stats)
}
