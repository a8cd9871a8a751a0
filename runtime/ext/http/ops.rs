//! The ops between a request queue and the JS handler loop.

use std::borrow::Cow;
use std::cell::RefCell;
use std::net::SocketAddr;
use std::rc::Rc;

use bytes::Bytes;
use deno_core::{
    op2, AsyncRefCell, ByteString, CancelFuture, CancelHandle, JsBuffer, OpState, RcRef, Resource,
    ResourceId,
};
use deno_error::JsErrorBox;
use futures::StreamExt;
use http::{HeaderMap, HeaderName, HeaderValue};
use hyper_util::rt::TokioIo;
use serde::Serialize;
use tokio::sync::{mpsc, oneshot};
use x_ext_streams::ByteStreamResource;
use x_permissions::PermissionsContainer;

use crate::{BodyStream, IncomingRequest, OutgoingResponse, ResponseBody};

/// The receiving end of a request queue, as a resource JS reads with `op_http_next`.
pub struct RequestQueue {
    rx: AsyncRefCell<mpsc::Receiver<IncomingRequest>>,
    cancel: CancelHandle,
}

impl RequestQueue {
    pub(crate) fn new(rx: mpsc::Receiver<IncomingRequest>) -> RequestQueue {
        RequestQueue {
            rx: AsyncRefCell::new(rx),
            cancel: CancelHandle::new(),
        }
    }
}

impl Resource for RequestQueue {
    fn name(&self) -> Cow<'_, str> {
        Cow::Borrowed("httpRequestQueue")
    }

    fn close(self: Rc<Self>) {
        self.cancel.cancel();
    }
}

/// A request JS is handling: its head (until JS reads it: a handler that never looks at
/// the request costs no conversion), its body (until taken) and where its answer goes.
struct PendingRequest {
    head: RefCell<Option<RawHead>>,
    body: RefCell<Option<BodyStream>>,
    upgrade: RefCell<Option<hyper::upgrade::OnUpgrade>>,
    websocket_over_http2: bool,
    respond: RefCell<Option<oneshot::Sender<OutgoingResponse>>>,
}

impl Resource for PendingRequest {
    fn name(&self) -> Cow<'_, str> {
        Cow::Borrowed("httpRequest")
    }
}

/// A request's head as it came from the server, converted for JS only when read.
struct RawHead {
    method: http::Method,
    url: String,
    headers: http::HeaderMap,
    has_body: bool,
    upgrade: bool,
    websocket_over_http2: bool,
    remote_addr: Option<SocketAddr>,
}

/// The parts of a request JS reads on demand, in one op call.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestHead {
    method: String,
    url: String,
    headers: Vec<(String, ByteString)>,
    has_body: bool,
    /// Whether `Deno.upgradeWebSocket` may answer it.
    upgrade: bool,
    /// Asked for over HTTP/2 (RFC 8441): it carries no `Sec-WebSocket-Key`.
    websocket_over_http2: bool,
    remote_host: Option<String>,
    remote_port: Option<u16>,
}

/// The most requests one `op_http_next` hands over: under load a call takes what is
/// already queued, so JS pays one async op per batch instead of one per request.
const BATCH: usize = 32;

/// The resource ids of the next requests of queue `rid` (at least one, at most
/// [`BATCH`]); empty once the queue is closed and drained.
#[op2]
#[serde]
pub async fn op_http_next(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<Vec<ResourceId>, JsErrorBox> {
    let queue = state
        .borrow()
        .resource_table
        .get::<RequestQueue>(rid)
        .map_err(JsErrorBox::from_err)?;
    let cancel = RcRef::map(&queue, |q| &q.cancel);
    let mut rx = RcRef::map(&queue, |q| &q.rx).borrow_mut().await;
    let Ok(Some(first)) = rx.recv().or_cancel(cancel).await else {
        return Ok(Vec::new());
    };
    let mut batch = Vec::with_capacity(4);
    let mut state = state.borrow_mut();
    batch.push(next_request(&mut state, first));
    while batch.len() < BATCH {
        let Ok(request) = rx.try_recv() else { break };
        batch.push(next_request(&mut state, request));
    }
    Ok(batch)
}

/// Keeps `request` in a resource for JS.
fn next_request(state: &mut OpState, request: IncomingRequest) -> ResourceId {
    let IncomingRequest {
        method,
        url,
        headers,
        body,
        remote_addr,
        upgrade,
        websocket_over_http2,
        respond,
    } = request;
    let head = RawHead {
        method,
        url,
        headers,
        has_body: body.is_some(),
        upgrade: upgrade.is_some(),
        websocket_over_http2,
        remote_addr,
    };
    state.resource_table.add(PendingRequest {
        head: RefCell::new(Some(head)),
        body: RefCell::new(body),
        upgrade: RefCell::new(upgrade),
        websocket_over_http2,
        respond: RefCell::new(Some(respond)),
    })
}

/// The head of request `rid` (once: JS keeps it). After the answer has gone out the
/// request is closed, as in Deno.
#[op2]
#[serde]
pub fn op_http_request_head(
    state: &mut OpState,
    #[smi] rid: ResourceId,
) -> Result<RequestHead, JsErrorBox> {
    let closed = || JsErrorBox::type_error("request closed");
    let pending = state
        .resource_table
        .get::<PendingRequest>(rid)
        .map_err(|_| closed())?;
    let head = pending.head.borrow_mut().take().ok_or_else(closed)?;
    Ok(RequestHead {
        method: head.method.as_str().to_owned(),
        url: head.url,
        headers: head
            .headers
            .iter()
            .map(|(name, value)| {
                (
                    name.as_str().to_owned(),
                    ByteString::from(value.as_bytes().to_vec()),
                )
            })
            .collect(),
        has_body: head.has_body,
        upgrade: head.upgrade,
        websocket_over_http2: head.websocket_over_http2,
        remote_host: head.remote_addr.map(|addr| addr.ip().to_string()),
        remote_port: head.remote_addr.map(|addr| addr.port()),
    })
}

/// The request body as a byte stream resource JS reads (once).
#[op2(fast)]
#[smi]
pub fn op_http_request_body(
    state: &mut OpState,
    #[smi] rid: ResourceId,
) -> Result<ResourceId, JsErrorBox> {
    let pending = state
        .resource_table
        .get::<PendingRequest>(rid)
        .map_err(JsErrorBox::from_err)?;
    let Some(body) = pending.body.borrow_mut().take() else {
        return Err(JsErrorBox::type_error("The request body was already taken"));
    };
    let stream = body.map(|chunk| chunk.map_err(|e| JsErrorBox::generic(e.to_string())));
    Ok(state.resource_table.add(ByteStreamResource::new(
        "httpRequestBody",
        Box::pin(stream),
        (0, None),
    )))
}

/// Answers request `rid`: `body` holds the bytes, or `sink_rid` (when not -1) names the
/// stream sink a `ReadableStream` body is being written into. Ends the request resource.
#[op2]
pub fn op_http_respond(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[smi] status: u16,
    #[serde] headers: Vec<(String, ByteString)>,
    #[buffer] body: JsBuffer,
    #[smi] sink_rid: i32,
) -> Result<(), JsErrorBox> {
    let pending = state
        .resource_table
        .take::<PendingRequest>(rid)
        .map_err(JsErrorBox::from_err)?;
    let body = if sink_rid >= 0 {
        ResponseBody::Stream(x_ext_streams::take_stream_sink(
            state,
            sink_rid as ResourceId,
        )?)
    } else if body.is_empty() {
        ResponseBody::Empty
    } else {
        ResponseBody::Bytes(Bytes::copy_from_slice(&body))
    };
    send(&pending, status, convert_headers(headers), body);
    Ok(())
}

/// [`op_http_respond`] for a body JS holds as a string (`new Response("text")`).
/// `headers` null: just `content-type: text/plain;charset=UTF-8`, what `new
/// Response(text)` has (JS checks), so the common answer converts no header list.
#[op2]
pub fn op_http_respond_text(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[smi] status: u16,
    #[serde] headers: Option<Vec<(String, ByteString)>>,
    #[string] text: String,
) -> Result<(), JsErrorBox> {
    let pending = state
        .resource_table
        .take::<PendingRequest>(rid)
        .map_err(JsErrorBox::from_err)?;
    let body = if text.is_empty() {
        ResponseBody::Empty
    } else {
        ResponseBody::Bytes(Bytes::from(text))
    };
    let headers = match headers {
        Some(headers) => convert_headers(headers),
        None => {
            let mut map = HeaderMap::with_capacity(1);
            map.insert(
                http::header::CONTENT_TYPE,
                HeaderValue::from_static("text/plain;charset=UTF-8"),
            );
            map
        }
    };
    send(&pending, status, headers, body);
    Ok(())
}

/// The headers JS produced, as HTTP headers. Those HTTP cannot carry are dropped rather
/// than failing the response.
fn convert_headers(headers: Vec<(String, ByteString)>) -> HeaderMap {
    let mut map = HeaderMap::with_capacity(headers.len());
    for (name, value) in headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_maybe_shared(Bytes::from(Into::<Vec<u8>>::into(value))),
        ) {
            map.append(name, value);
        }
    }
    map
}

fn send(pending: &PendingRequest, status: u16, headers: HeaderMap, body: ResponseBody) {
    if let Some(respond) = pending.respond.borrow_mut().take() {
        // The client may be gone already; nothing to do about it.
        let _ = respond.send(OutgoingResponse {
            status,
            headers,
            body,
        });
    }
}

/// A listening server: closing it stops accepting; open connections finish.
struct ServerResource {
    listening: RefCell<Option<crate::Listening>>,
}

impl Resource for ServerResource {
    fn name(&self) -> Cow<'_, str> {
        Cow::Borrowed("httpServer")
    }

    fn close(self: Rc<Self>) {
        if let Some(listening) = self.listening.borrow_mut().take() {
            listening.shutdown();
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Listen {
    queue_rid: ResourceId,
    server_rid: ResourceId,
    hostname: String,
    port: u16,
    /// Whether it serves HTTPS.
    tls: bool,
}

/// `Deno.serve`'s listener: binds `hostname:port` (after the `--allow-net` check) and
/// feeds a new queue; with `tls` (PEM certificate and key) it serves HTTPS.
#[op2]
#[serde]
pub fn op_http_listen(
    state: &mut OpState,
    #[string] hostname: String,
    #[smi] port: u16,
    #[serde] tls: Option<(String, String)>,
) -> Result<Listen, JsErrorBox> {
    let allowed = state
        .try_borrow::<crate::AllowedListen>()
        .filter(|allowed| allowed.hostname == hostname && allowed.port == port)
        .cloned();
    if allowed.is_none() {
        state
            .borrow::<PermissionsContainer>()
            .check_net(&hostname, Some(port), "Deno.serve()")
            .map_err(JsErrorBox::from_err)?;
    }
    let addr = resolve_listen_addr(&hostname, port)?;
    let tls = tls.or_else(|| allowed.as_ref().and_then(|a| a.tls.clone()));
    let tls = match tls {
        Some((cert, key)) => Some(crate::tls_config(&cert, &key).map_err(JsErrorBox::type_error)?),
        None => None,
    };
    let mut options = crate::ListenOptions {
        log: allowed.as_ref().is_some_and(|a| a.log),
        ..Default::default()
    };
    let serves_tls = tls.is_some();
    options.tls = tls;
    let (tx, queue) = crate::request_queue(1024);
    let prebound = match allowed {
        Some(_) => state.try_take::<crate::PreboundListener>(),
        None => None,
    };
    let listening = match prebound {
        Some(prebound) => {
            options.stop = Some(prebound.stop);
            options.drained = Some(prebound.drained);
            crate::listen_on(prebound.listener, tx, options)
        }
        None => crate::listen(addr, tx, options),
    }
    .map_err(|e| listen_error(&addr, e))?;
    let local = listening.local_addr();
    let queue_rid = state.resource_table.add(queue);
    let server_rid = state.resource_table.add(ServerResource {
        listening: RefCell::new(Some(listening)),
    });
    Ok(Listen {
        queue_rid,
        server_rid,
        hostname: local.ip().to_string(),
        port: local.port(),
        tls: serves_tls,
    })
}

/// The socket for request `rid`, which asked for a WebSocket with `key`
/// (`Sec-WebSocket-Key`): it opens once the handler's 101 response has gone out. Over
/// HTTP/2 there is no key and no `accept`: a 200 opens the stream as the socket.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Upgraded {
    rid: ResourceId,
    accept: Option<String>,
}

#[op2]
#[serde]
pub fn op_http_upgrade_websocket(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[string] key: &str,
) -> Result<Upgraded, JsErrorBox> {
    let pending = state
        .resource_table
        .get::<PendingRequest>(rid)
        .map_err(|_| JsErrorBox::type_error("The request has already been answered"))?;
    let Some(upgrade) = pending.upgrade.borrow_mut().take() else {
        return Err(JsErrorBox::type_error(
            "This request cannot be upgraded to a WebSocket (already upgraded, or its server cannot hand over the connection)",
        ));
    };
    let socket = x_ext_websocket::WebSocketResource::accept(async move {
        upgrade
            .await
            .map(TokioIo::new)
            .map_err(|e| format!("the WebSocket upgrade failed: {e}"))
    });
    let accept = (!pending.websocket_over_http2).then(|| x_ext_websocket::accept_key(key));
    Ok(Upgraded {
        rid: state.resource_table.add(socket),
        accept,
    })
}

fn resolve_listen_addr(hostname: &str, port: u16) -> Result<SocketAddr, JsErrorBox> {
    use std::net::ToSocketAddrs;
    let host = hostname.trim_start_matches('[').trim_end_matches(']');
    (host, port)
        .to_socket_addrs()
        .ok()
        .and_then(|mut addrs| addrs.next())
        .ok_or_else(|| JsErrorBox::type_error(format!("Invalid hostname: '{hostname}'")))
}

fn listen_error(addr: &SocketAddr, error: std::io::Error) -> JsErrorBox {
    match error.kind() {
        std::io::ErrorKind::AddrInUse => {
            JsErrorBox::new("AddrInUse", format!("address {addr} is already in use"))
        }
        std::io::ErrorKind::PermissionDenied => JsErrorBox::new(
            "PermissionDenied",
            format!("Permission denied binding {addr}: {error}"),
        ),
        _ => JsErrorBox::generic(format!("Cannot listen on {addr}: {error}")),
    }
}

/// Stops server `rid` from accepting (its queue then ends once the open connections close).
#[op2(fast)]
pub fn op_http_close(state: &mut OpState, #[smi] rid: ResourceId) {
    if let Ok(server) = state.resource_table.take::<ServerResource>(rid) {
        server.close();
    }
}

/// Closes queue `rid`: a pending `op_http_next` returns `None`.
#[op2(fast)]
pub fn op_http_queue_close(state: &mut OpState, #[smi] rid: ResourceId) {
    if let Ok(queue) = state.resource_table.take::<RequestQueue>(rid) {
        queue.close();
    }
}
