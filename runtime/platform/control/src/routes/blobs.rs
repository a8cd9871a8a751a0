//! Blobs: negotiation (which of these hashes are missing?) and upload. Any valid token may
//! upload: blobs are content-addressed, so a blob is the same bytes whoever sends it, and
//! it does nothing until a deployment of a project the token may touch names it.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use futures::TryStreamExt;
use serde::Deserialize;
use serde_json::{json, Value};
use x_platform_store::{BlobHash, ByteStream, PutOutcome};

use crate::auth::Auth;
use crate::error::{ApiError, ApiResult};
use crate::routes::ApiJson;
use crate::ControlPlane;

/// At most this many hashes per negotiation request.
const MAX_NEGOTIATE: usize = 20_000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Missing {
    hashes: Vec<String>,
}

pub async fn missing(
    State(control): State<ControlPlane>,
    _auth: Auth,
    ApiJson(body): ApiJson<Missing>,
) -> ApiResult<Json<Value>> {
    if body.hashes.len() > MAX_NEGOTIATE {
        return Err(ApiError::bad_request(format!(
            "at most {MAX_NEGOTIATE} hashes per request"
        )));
    }
    let mut hashes = Vec::with_capacity(body.hashes.len());
    for hash in &body.hashes {
        hashes.push(BlobHash::parse(hash)?);
    }
    hashes.sort();
    hashes.dedup();
    let missing: Vec<String> = control
        .blobs()
        .missing(&hashes)
        .await?
        .iter()
        .map(|h| h.to_string())
        .collect();
    Ok(Json(json!({ "missing": missing })))
}

pub async fn upload(
    State(control): State<ControlPlane>,
    _auth: Auth,
    Path(hash): Path<String>,
    body: Body,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let hash = BlobHash::parse(&hash)?;
    let stream: ByteStream = Box::pin(body.into_data_stream().map_err(std::io::Error::other));
    match control.blobs().put(&hash, stream).await? {
        PutOutcome::Stored { size } => Ok((
            StatusCode::CREATED,
            Json(json!({ "hash": hash.as_str(), "size": size, "stored": true })),
        )),
        PutOutcome::AlreadyPresent => Ok((
            StatusCode::OK,
            Json(json!({ "hash": hash.as_str(), "stored": false })),
        )),
    }
}
