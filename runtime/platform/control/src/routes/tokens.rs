//! API tokens: list, create, revoke — for tokens that may act on all projects. A new
//! token's secret is in the creation response only; the store keeps its hash.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use x_platform_store::{NewToken, TokenInfo};

use crate::auth::Auth;
use crate::error::{ApiError, ApiResult};
use crate::routes::ApiJson;
use crate::{time, ControlPlane};

fn view(t: &TokenInfo) -> Value {
    json!({
        "id": t.id,
        "name": t.name,
        "project": t.project,
        "created_at": time::format(t.created_at),
        "last_used_at": t.last_used_at.map(time::format),
        "revoked_at": t.revoked_at.map(time::format),
    })
}

pub async fn list(State(control): State<ControlPlane>, auth: Auth) -> ApiResult<Json<Value>> {
    auth.require_all_projects()?;
    let tokens: Vec<Value> = control
        .store()
        .list_tokens()
        .await?
        .iter()
        .map(view)
        .collect();
    Ok(Json(json!({ "tokens": tokens })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Create {
    name: String,
    project: Option<String>,
}

pub async fn create(
    State(control): State<ControlPlane>,
    auth: Auth,
    ApiJson(body): ApiJson<Create>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    auth.require_all_projects()?;
    let (info, secret) = control
        .store()
        .create_token(NewToken {
            name: body.name,
            project: body.project,
        })
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "token": view(&info), "secret": secret.expose() })),
    ))
}

pub async fn revoke(
    State(control): State<ControlPlane>,
    auth: Auth,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    auth.require_all_projects()?;
    if control.store().revoke_token(&id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found(format!("no live token with id {id}")))
    }
}
