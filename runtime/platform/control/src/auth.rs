//! Bearer-token authentication and scopes. Every endpoint except health and the OpenAPI
//! document takes an [`Auth`] argument; the token is looked up by hash on each request
//! (not cached), so a revocation — from the API, the CLI, or another node — takes effect
//! at once.
//!
//! 401: no token, an unknown one, or a revoked one. 403: a valid token scoped to another
//! project, or a project token used for something only an all-projects token may do.
//! Scope is checked before the project is looked up, so a 403 does not reveal whether
//! another project exists.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use x_platform_store::TokenInfo;

use crate::error::ApiError;
use crate::ControlPlane;

pub struct Auth(pub TokenInfo);

impl Auth {
    /// Allows tokens for every project, and tokens scoped to `project`.
    pub fn require_project(&self, project: &str) -> Result<(), ApiError> {
        match &self.0.project {
            None => Ok(()),
            Some(scope) if scope == project => Ok(()),
            Some(scope) => Err(ApiError::forbidden(format!(
                "this token is limited to project {scope} and cannot act on project {project}"
            ))),
        }
    }

    /// Allows only tokens for every project (managing projects and tokens).
    pub fn require_all_projects(&self) -> Result<(), ApiError> {
        match &self.0.project {
            None => Ok(()),
            Some(scope) => Err(ApiError::forbidden(format!(
                "this token is limited to project {scope}; this needs a token for all projects"
            ))),
        }
    }
}

impl FromRequestParts<ControlPlane> for Auth {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &ControlPlane,
    ) -> Result<Self, Self::Rejection> {
        let header = parts.headers.get(AUTHORIZATION).ok_or_else(|| {
            ApiError::unauthorized("missing token: send Authorization: Bearer <token>")
        })?;
        let value = header
            .to_str()
            .map_err(|_| ApiError::unauthorized("malformed Authorization header"))?;
        let secret = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| ApiError::unauthorized("expected Authorization: Bearer <token>"))?;
        let token = state
            .store()
            .authenticate(secret)
            .await?
            .ok_or_else(|| ApiError::unauthorized("invalid token"))?;
        if token.revoked_at.is_some() {
            return Err(ApiError::unauthorized("this token was revoked"));
        }
        Ok(Auth(token))
    }
}
