//! Tenant logs: pages (`GET .../logs`) and a follow stream (`GET .../logs/stream`, Server-
//! Sent Events). Log ids are the cursors: a page returns `next_before` / `next_after`, and
//! each SSE event carries its id, so a client that reconnects with `Last-Event-ID` (as
//! browsers' EventSource does) misses nothing.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::Json;
use futures::Stream;
use serde::Deserialize;
use serde_json::{json, Value};
use x_platform_store::{LogEntry, LogQuery};

use crate::auth::Auth;
use crate::error::{ApiError, ApiResult};
use crate::routes::ApiQuery;
use crate::{time, ControlPlane};

/// How often a follower looks for entries written by other processes or nodes; entries
/// written by this process wake it at once.
const POLL: Duration = Duration::from_millis(500);
const STREAM_BATCH: u32 = 500;

fn view(e: &LogEntry) -> Value {
    json!({
        "id": e.id,
        "deployment_id": e.deployment_id,
        "time": time::format(e.ts),
        "level": e.level,
        "message": e.message,
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageQuery {
    after: Option<i64>,
    before: Option<i64>,
    limit: Option<u32>,
    deployment: Option<String>,
}

pub async fn page(
    State(control): State<ControlPlane>,
    auth: Auth,
    Path(project): Path<String>,
    ApiQuery(q): ApiQuery<PageQuery>,
) -> ApiResult<Json<Value>> {
    auth.require_project(&project)?;
    if q.after.is_some() && q.before.is_some() {
        return Err(ApiError::bad_request("give after or before, not both"));
    }
    let limit = q.limit.unwrap_or(100).clamp(1, 1000);
    let query = LogQuery {
        deployment: q.deployment,
        after: q.after,
        before: q.before,
        limit,
    };
    let entries = control.store().query_logs(&project, query).await?;
    let next_before = entries.first().map(|e| e.id);
    // With no new entries, polling clients keep their cursor.
    let next_after = entries.last().map(|e| e.id).or(q.after);
    let views: Vec<Value> = entries.iter().map(view).collect();
    Ok(Json(
        json!({ "entries": views, "next_before": next_before, "next_after": next_after }),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StreamQuery {
    after: Option<i64>,
    deployment: Option<String>,
}

struct Follow {
    control: ControlPlane,
    project: String,
    deployment: Option<String>,
    cursor: i64,
    pending: VecDeque<LogEntry>,
    wake: tokio::sync::watch::Receiver<u64>,
}

pub async fn stream(
    State(control): State<ControlPlane>,
    auth: Auth,
    Path(project): Path<String>,
    headers: HeaderMap,
    ApiQuery(q): ApiQuery<StreamQuery>,
) -> ApiResult<Sse<impl Stream<Item = Result<Event, Infallible>>>> {
    auth.require_project(&project)?;
    let resume = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok());
    // Subscribe before reading the newest id, so nothing written in between is missed.
    let wake = control.store().watch_logs();
    let cursor = match q.after.or(resume) {
        Some(after) => after,
        None => {
            // Only what comes next; fetch a page first for history.
            let newest = control
                .store()
                .query_logs(
                    &project,
                    LogQuery {
                        limit: 1,
                        ..Default::default()
                    },
                )
                .await?;
            newest.last().map_or(0, |e| e.id)
        }
    };
    if control.store().get_project(&project).await?.is_none() {
        return Err(ApiError::not_found(format!("project {project} not found")));
    }
    let follow = Follow {
        control,
        project,
        deployment: q.deployment,
        cursor,
        pending: VecDeque::new(),
        wake,
    };
    let events = futures::stream::unfold(follow, |mut f| async move {
        loop {
            if let Some(entry) = f.pending.pop_front() {
                let event = Event::default()
                    .id(entry.id.to_string())
                    .event("log")
                    .data(view(&entry).to_string());
                return Some((Ok(event), f));
            }
            let query = LogQuery {
                deployment: f.deployment.clone(),
                after: Some(f.cursor),
                before: None,
                limit: STREAM_BATCH,
            };
            match f.control.store().query_logs(&f.project, query).await {
                Ok(entries) if !entries.is_empty() => {
                    f.cursor = entries.last().map_or(f.cursor, |e| e.id);
                    f.pending.extend(entries);
                }
                Ok(_) => {
                    tokio::select! {
                        _ = f.wake.changed() => {}
                        _ = tokio::time::sleep(POLL) => {}
                    }
                }
                // The project was deleted, or the store failed: end the stream; the client
                // may reconnect with Last-Event-ID.
                Err(_) => return None,
            }
        }
    });
    Ok(Sse::new(events).keep_alive(KeepAlive::default()))
}
