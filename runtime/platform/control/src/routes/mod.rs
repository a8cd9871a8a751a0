//! The API's handlers, one module per resource, and what they share: JSON and query
//! extractors whose rejections use the API's error shape, and the JSON views of records.

pub mod blobs;
pub mod deployments;
pub mod env;
pub mod logs;
pub mod projects;
pub mod tokens;
pub mod usage;

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use x_platform_store::Deployment;

use crate::error::ApiError;
use crate::{time, ControlPlane, OPENAPI};

/// `Json<T>` whose errors are API errors (400 with the parser's message).
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(json_rejection(rejection)),
        }
    }
}

/// Malformed or mistyped JSON is a 400 like any other bad input; a missing content type
/// (415) and an oversized body (413) keep their own statuses.
fn json_rejection(rejection: JsonRejection) -> ApiError {
    let mut error = ApiError::bad_request(rejection.body_text());
    if matches!(
        rejection,
        JsonRejection::MissingJsonContentType(_) | JsonRejection::BytesRejection(_)
    ) {
        error.status = rejection.status();
    }
    error
}

/// `Query<T>` whose errors are API errors.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(ApiQuery(value)),
            Err(rejection) => Err(query_rejection(rejection)),
        }
    }
}

fn query_rejection(rejection: QueryRejection) -> ApiError {
    ApiError::bad_request(rejection.body_text())
}

pub fn deployment_view(control: &ControlPlane, d: &Deployment) -> Value {
    json!({
        "id": d.id,
        "project": d.project,
        "status": d.status.as_str(),
        "production": d.production,
        "created_at": time::format(d.created_at),
        "url": control.urls().deployment(&d.id),
        "manifest": d.manifest,
    })
}

pub async fn health(State(control): State<ControlPlane>) -> Json<Value> {
    Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "tenant_runtime": if control.inner.tenant_runtime { "available" } else { "unavailable" },
    }))
}

pub async fn openapi() -> Response {
    let mut response = OPENAPI.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}
