//! Deployments: create from a manifest, list, get, promote.
//!
//! Creation checks the manifest's shape, then hashes every blob it names again (a blob
//! damaged on disk is removed and reported missing), and only then writes the deployment
//! in one store transaction — with the production pointer too when `promote` is set. A
//! deployment is therefore either absent or complete and verified.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use futures::{StreamExt, TryStreamExt};
use serde::Deserialize;
use serde_json::{json, Value};
use x_platform_store::{BlobHash, Manifest, NewDeployment, StoreError};

use crate::auth::Auth;
use crate::error::{ApiError, ApiResult};
use crate::routes::{deployment_view, ApiJson, ApiQuery};
use crate::ControlPlane;

/// Blobs hashed at once while verifying a manifest.
const VERIFY_CONCURRENCY: usize = 8;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    limit: Option<u32>,
    before: Option<String>,
}

pub async fn list(
    State(control): State<ControlPlane>,
    auth: Auth,
    Path(project): Path<String>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> ApiResult<Json<Value>> {
    auth.require_project(&project)?;
    let limit = query.limit.unwrap_or(20).clamp(1, 100);
    let deployments = control
        .store()
        .list_deployments(&project, limit, query.before.as_deref())
        .await?;
    let next = if deployments.len() as u32 == limit {
        deployments.last().map(|d| d.id.clone())
    } else {
        None
    };
    let views: Vec<Value> = deployments
        .iter()
        .map(|d| deployment_view(&control, d))
        .collect();
    Ok(Json(json!({ "deployments": views, "next_before": next })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Create {
    manifest: Manifest,
    #[serde(default)]
    promote: bool,
}

pub async fn create(
    State(control): State<ControlPlane>,
    auth: Auth,
    Path(project): Path<String>,
    ApiJson(body): ApiJson<Create>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    auth.require_project(&project)?;
    body.manifest.validate().map_err(ApiError::bad_request)?;
    if control.store().get_project(&project).await?.is_none() {
        return Err(ApiError::not_found(format!("project {project} not found")));
    }
    let hashes = body
        .manifest
        .blobs()
        .iter()
        .map(|h| BlobHash::parse(h))
        .collect::<Result<Vec<_>, _>>()?;
    let checks: Vec<(BlobHash, bool)> = futures::stream::iter(hashes)
        .map(|hash| {
            let control = control.clone();
            async move {
                match control.blobs().verify(&hash).await {
                    Ok(present) => Ok((hash, present)),
                    // Damaged on disk: it was removed; the client must upload it again.
                    Err(StoreError::HashMismatch { .. }) => Ok((hash, false)),
                    Err(e) => Err(e),
                }
            }
        })
        .buffer_unordered(VERIFY_CONCURRENCY)
        .try_collect()
        .await?;
    let mut missing: Vec<String> = checks
        .into_iter()
        .filter(|(_, ok)| !ok)
        .map(|(h, _)| h.to_string())
        .collect();
    if !missing.is_empty() {
        missing.sort();
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "missing_blobs",
            format!(
                "{} blob(s) named by the manifest are not stored; upload them and retry",
                missing.len()
            ),
        )
        .with_details(json!({ "missing": missing })));
    }
    let deployment = control
        .store()
        .create_deployment(NewDeployment {
            project,
            manifest: body.manifest,
            promote: body.promote,
        })
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(deployment_view(&control, &deployment)),
    ))
}

pub async fn get(
    State(control): State<ControlPlane>,
    auth: Auth,
    Path((project, id)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    auth.require_project(&project)?;
    match control.store().get_deployment(&id).await? {
        Some(d) if d.project == project => Ok(Json(deployment_view(&control, &d))),
        _ => Err(ApiError::not_found(format!(
            "deployment {id} of project {project} not found"
        ))),
    }
}

pub async fn promote(
    State(control): State<ControlPlane>,
    auth: Auth,
    Path((project, id)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    auth.require_project(&project)?;
    let deployment = control.store().promote(&project, &id).await?;
    Ok(Json(deployment_view(&control, &deployment)))
}
