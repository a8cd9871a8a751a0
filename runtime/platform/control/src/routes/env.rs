//! Environment variables per project. Values go in, never come out: listings show a
//! masked form, and no handler logs a value (errors name the key only).

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::auth::Auth;
use crate::error::{ApiError, ApiResult};
use crate::routes::ApiJson;
use crate::{time, ControlPlane};

/// What a listing shows of a value: eight stars, then the last three characters for values
/// of 16 characters or more (enough to tell two long keys apart, too little to matter).
pub fn mask(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() >= 16 {
        format!(
            "********{}",
            chars[chars.len() - 3..].iter().collect::<String>()
        )
    } else {
        "********".to_string()
    }
}

async fn listing(control: &ControlPlane, project: &str) -> ApiResult<Json<Value>> {
    let vars: Vec<Value> = control
        .store()
        .list_env(project)
        .await?
        .iter()
        .map(|v| json!({ "key": v.key, "value": mask(&v.value), "updated_at": time::format(v.updated_at) }))
        .collect();
    Ok(Json(json!({ "vars": vars })))
}

pub async fn list(
    State(control): State<ControlPlane>,
    auth: Auth,
    Path(project): Path<String>,
) -> ApiResult<Json<Value>> {
    auth.require_project(&project)?;
    listing(&control, &project).await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Set {
    vars: BTreeMap<String, String>,
}

pub async fn set(
    State(control): State<ControlPlane>,
    auth: Auth,
    Path(project): Path<String>,
    ApiJson(body): ApiJson<Set>,
) -> ApiResult<Json<Value>> {
    auth.require_project(&project)?;
    if body.vars.is_empty() {
        return Err(ApiError::bad_request(
            "vars must name at least one variable",
        ));
    }
    control
        .store()
        .set_env(&project, body.vars.into_iter().collect())
        .await?;
    listing(&control, &project).await
}

pub async fn unset(
    State(control): State<ControlPlane>,
    auth: Auth,
    Path((project, key)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    auth.require_project(&project)?;
    if control.store().unset_env(&project, &key).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found(format!(
            "variable {key} of project {project} not found"
        )))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn masks() {
        assert_eq!(super::mask(""), "********");
        assert_eq!(super::mask("short-secret"), "********");
        assert_eq!(super::mask("a-much-longer-secret-xyz"), "********xyz");
    }
}
