//! Usage metering: the hourly rows the hypervisor records (CPU time, requests, response
//! bytes, peak heap, cold starts) for a time range, with totals — the basis of billing.

use axum::extract::{Path, State};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::auth::Auth;
use crate::error::{ApiError, ApiResult};
use crate::routes::ApiQuery;
use crate::{time, ControlPlane};

/// The range when none is given: the last 24 hours.
const DEFAULT_RANGE_MS: i64 = 24 * 3_600_000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsageQuery {
    from: Option<String>,
    to: Option<String>,
}

pub async fn get(
    State(control): State<ControlPlane>,
    auth: Auth,
    Path(project): Path<String>,
    ApiQuery(q): ApiQuery<UsageQuery>,
) -> ApiResult<Json<Value>> {
    auth.require_project(&project)?;
    let to = match &q.to {
        Some(t) => time::parse(t).map_err(ApiError::bad_request)?,
        None => x_platform_store::now_ms(),
    };
    let from = match &q.from {
        Some(f) => time::parse(f).map_err(ApiError::bad_request)?,
        None => to - DEFAULT_RANGE_MS,
    };
    if from > to {
        return Err(ApiError::bad_request("from is after to"));
    }
    let rows = control.store().query_usage(&project, from, to).await?;
    let (mut cpu_us, mut requests, mut bytes, mut heap, mut cold) = (0u64, 0u64, 0u64, 0u64, 0u64);
    let (mut kv_reads, mut kv_writes) = (0u64, 0u64);
    let hours: Vec<Value> = rows
        .iter()
        .map(|r| {
            cpu_us += r.cpu_us;
            requests += r.requests;
            bytes += r.response_bytes;
            heap = heap.max(r.peak_heap_bytes);
            cold += r.cold_starts;
            kv_reads += r.kv_reads;
            kv_writes += r.kv_writes;
            json!({
                "hour": time::format(r.hour),
                "deployment_id": r.deployment_id,
                "cpu_ms": r.cpu_us as f64 / 1000.0,
                "requests": r.requests,
                "response_bytes": r.response_bytes,
                "peak_heap_bytes": r.peak_heap_bytes,
                "cold_starts": r.cold_starts,
                "kv_reads": r.kv_reads,
                "kv_writes": r.kv_writes,
            })
        })
        .collect();
    Ok(Json(json!({
        "project": project,
        "from": time::format(from),
        "to": time::format(to),
        "hours": hours,
        "totals": {
            "cpu_ms": cpu_us as f64 / 1000.0,
            "requests": requests,
            "response_bytes": bytes,
            "peak_heap_bytes": heap,
            "cold_starts": cold,
            "kv_reads": kv_reads,
            "kv_writes": kv_writes,
        },
    })))
}
