//! Projects: create, list, get, delete. Creating and deleting need a token for all
//! projects; a project token sees only its own project in the list.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use x_platform_store::Project;

use crate::auth::Auth;
use crate::error::{ApiError, ApiResult};
use crate::routes::ApiJson;
use crate::{time, ControlPlane};

fn view(control: &ControlPlane, p: &Project, production: Option<&str>) -> Value {
    json!({
        "name": p.name,
        "created_at": time::format(p.created_at),
        "url": control.urls().project(&p.name),
        "production_deployment": production,
    })
}

pub async fn list(State(control): State<ControlPlane>, auth: Auth) -> ApiResult<Json<Value>> {
    let projects: Vec<Value> = control
        .store()
        .list_projects()
        .await?
        .iter()
        .filter(|p| auth.require_project(&p.name).is_ok())
        .map(|p| view(&control, p, None))
        .collect();
    Ok(Json(json!({ "projects": projects })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateProject {
    name: String,
}

pub async fn create(
    State(control): State<ControlPlane>,
    auth: Auth,
    ApiJson(body): ApiJson<CreateProject>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    auth.require_all_projects()?;
    let project = control.store().create_project(&body.name).await?;
    Ok((StatusCode::CREATED, Json(view(&control, &project, None))))
}

pub async fn get(
    State(control): State<ControlPlane>,
    auth: Auth,
    Path(name): Path<String>,
) -> ApiResult<Json<Value>> {
    auth.require_project(&name)?;
    let project = control
        .store()
        .get_project(&name)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("project {name} not found")))?;
    let production = control.store().production(&name).await?;
    Ok(Json(view(
        &control,
        &project,
        production.as_ref().map(|d| d.id.as_str()),
    )))
}

pub async fn delete(
    State(control): State<ControlPlane>,
    auth: Auth,
    Path(name): Path<String>,
) -> ApiResult<StatusCode> {
    auth.require_all_projects()?;
    if control.store().delete_project(&name).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found(format!("project {name} not found")))
    }
}
