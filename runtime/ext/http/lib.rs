//! Serving HTTP from JavaScript.
//!
//! Whoever accepts requests (hyper behind `Deno.serve`, or the platform's hypervisor)
//! pushes [`IncomingRequest`]s into a [`RequestQueue`]; JS takes them one by one with
//! `op_http_next`, runs the fetch-style handler, and answers through the request's
//! one-shot channel with an [`OutgoingResponse`]. Everything that crosses threads is
//! `Send`; request and response bodies are streams of chunks, never buffered whole.
//!
//! The JS side (`01_http.js`) builds `Request` objects over the queue's requests and
//! turns the handler's `Response` back into parts; it is shared by `Deno.serve`,
//! `x serve` and the platform, so a program behaves the same in all three.
//!
//! A request that asks for a WebSocket carries its connection's upgrade; the handler's
//! `Deno.upgradeWebSocket(request)` turns it into an `x_ext_websocket` socket that opens
//! once the 101 response has gone out. An HTTP/2 extended CONNECT for a WebSocket
//! (RFC 8441) reaches the handler looking like that HTTP/1.1 upgrade, and a 200 opens it.
//!
//! Clients: `x_worker` (registers it, exposes `Deno.serve`), the platform's hypervisor.

mod ops;
mod server;

use std::net::SocketAddr;
use std::pin::Pin;

use bytes::Bytes;
use futures::Stream;
use tokio::sync::{mpsc, oneshot};

pub use server::{
    listen, listen_on, plain, tls_config, to_http_response, to_incoming, HttpBody, ListenOptions,
    Listening,
};

/// A request body: chunks as they arrive. `Send`, so it can come from any thread.
pub type BodyStream = Pin<Box<dyn Stream<Item = Result<Bytes, std::io::Error>> + Send>>;

/// One request for the JS handler.
pub struct IncomingRequest {
    pub method: http::Method,
    /// The absolute URL the handler sees as `request.url`.
    pub url: String,
    /// As the server parsed them: turned into JS strings only if the handler reads them.
    pub headers: http::HeaderMap,
    /// `None` for a request without a body (GET, HEAD, an empty POST).
    pub body: Option<BodyStream>,
    pub remote_addr: Option<SocketAddr>,
    /// The connection, once answered with 101 (200 over HTTP/2), for a request asking for a WebSocket
    /// (`Upgrade: websocket`) whose server can hand it over; else `None`.
    pub upgrade: Option<hyper::upgrade::OnUpgrade>,
    /// The WebSocket was asked for with an HTTP/2 extended CONNECT (RFC 8441): no
    /// `Sec-WebSocket-Key`, and a 200 (not 101) opens it.
    pub websocket_over_http2: bool,
    /// Where the answer goes. Dropped unanswered (the isolate died) means the
    /// accepting side must answer for the program (500/503).
    pub respond: oneshot::Sender<OutgoingResponse>,
}

/// The handler's answer.
pub struct OutgoingResponse {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub body: ResponseBody,
}

/// A response body as JS produced it.
pub enum ResponseBody {
    Empty,
    Bytes(Bytes),
    /// A `ReadableStream`, chunk by chunk (ends with an error if the JS stream errored).
    Stream(x_ext_streams::SinkStream),
}

/// A listen address the embedder allows without a net permission check (`x serve`
/// listens where its own flags say), and how `x serve`'s flags say to serve there.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AllowedListen {
    pub hostname: String,
    pub port: u16,
    /// `--log`: one line per request on stderr.
    pub log: bool,
    /// `--cert`/`--key`: the PEM texts, when the program's own options name none.
    pub tls: Option<(String, String)>,
}

/// A socket already bound for the [`AllowedListen`] address (put in `OpState` by the
/// embedder): the server takes it instead of binding, stops when `stop` turns true, and
/// holds `drained` until its last connection closes (see [`ListenOptions`]).
pub struct PreboundListener {
    pub listener: std::net::TcpListener,
    pub stop: tokio::sync::watch::Receiver<bool>,
    pub drained: mpsc::Sender<()>,
}

/// The sending side of a queue: clone it for every thread that accepts requests.
pub type RequestSender = mpsc::Sender<IncomingRequest>;

/// A queue of requests for one JS handler. `bound` limits how many wait unserved, so a
/// flood is pushed back onto whoever accepts (who can shed load) instead of growing
/// memory without limit.
pub fn request_queue(bound: usize) -> (RequestSender, RequestQueue) {
    let (tx, rx) = mpsc::channel(bound.max(1));
    (tx, RequestQueue::new(rx))
}

pub use ops::RequestQueue;

deno_core::extension!(
    x_ext_http,
    deps = [x_ext_streams, x_ext_websocket],
    ops = [
        ops::op_http_next,
        ops::op_http_request_head,
        ops::op_http_request_body,
        ops::op_http_respond,
        ops::op_http_respond_text,
        ops::op_http_listen,
        ops::op_http_close,
        ops::op_http_queue_close,
        ops::op_http_upgrade_websocket,
    ],
    customizer = |ext: &mut deno_core::Extension| {
        ext.lazy_loaded_esm_files = x_ext_embed::esm!(x_ext_http, "01_http.js");
    },
);
