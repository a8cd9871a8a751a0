//! HTTP in and out of the request queue: [`listen`] runs a hyper server (HTTP/1.1 with
//! keep-alive, HTTP/2 by prior knowledge or, over TLS, by ALPN) whose connections push
//! requests into a queue; [`to_incoming`] and [`to_http_response`] are the conversions it
//! uses, public so the platform's hypervisor speaks the same way.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use bytes::Bytes;
use futures::{StreamExt, TryStreamExt};
use http::{HeaderValue, Request, Response, StatusCode};
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Empty, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, oneshot, watch};
use tokio_rustls::rustls::ServerConfig;

use crate::{IncomingRequest, OutgoingResponse, RequestSender, ResponseBody};

/// The body of a response on its way out.
pub type HttpBody = BoxBody<Bytes, std::io::Error>;

/// The most bytes of request head (request line and headers) a connection may send
/// before it gets 431: enough for any browser's cookies, small enough that a flood of
/// huge heads cannot pile up memory.
const MAX_HEAD_BYTES: usize = 64 * 1024;

/// On a stop, how long a connection that has not sent its first request yet may still
/// send one (see `serve_connection`).
const FIRST_REQUEST_GRACE: std::time::Duration = std::time::Duration::from_millis(500);

/// How a server listens, beyond its address.
#[derive(Default)]
pub struct ListenOptions {
    /// Serve HTTPS with this configuration (see [`tls_config`]).
    pub tls: Option<Arc<ServerConfig>>,
    /// Print one line per request to stderr: method, path, status, milliseconds.
    pub log: bool,
    /// Stops accepting when it turns true, as [`Listening::shutdown`] does: the embedder's
    /// handle (`x serve --watch` stops an old program's server while the new one starts).
    pub stop: Option<watch::Receiver<bool>>,
    /// Held by the server until it has stopped accepting and its last connection has
    /// closed: whoever keeps the receiver learns when every request has been answered.
    pub drained: Option<mpsc::Sender<()>>,
}

/// A server accepting connections; see [`listen`].
pub struct Listening {
    local_addr: SocketAddr,
    stop: Arc<watch::Sender<bool>>,
}

impl Listening {
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Stops accepting. Connections already open finish what they are doing; the queue
    /// ends when the last of them closes.
    pub fn shutdown(&self) {
        let _ = self.stop.send(true);
    }
}

impl Drop for Listening {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Binds `addr` now (so a busy port is an error of the call) and serves every request by
/// pushing it into `queue`. Must run inside a tokio runtime.
pub fn listen(
    addr: SocketAddr,
    queue: RequestSender,
    options: ListenOptions,
) -> std::io::Result<Listening> {
    let listener = std::net::TcpListener::bind(addr)?;
    listen_on(listener, queue, options)
}

/// [`listen`] on a socket that is already bound (and may outlive this server: `x serve
/// --watch` hands the same socket to each new program, so the port never refuses).
pub fn listen_on(
    std_listener: std::net::TcpListener,
    queue: RequestSender,
    options: ListenOptions,
) -> std::io::Result<Listening> {
    std_listener.set_nonblocking(true)?;
    let listener = TcpListener::from_std(std_listener)?;
    let local_addr = listener.local_addr()?;
    let (stop, mut stopped) = watch::channel(false);
    let stop = Arc::new(stop);
    if let Some(mut external) = options.stop {
        let stop = stop.clone();
        tokio::spawn(async move {
            // An error means the embedder dropped its handle: that stops nothing.
            if external.wait_for(|stopped| *stopped).await.is_ok() {
                let _ = stop.send(true);
            }
        });
    }
    let tls = options.tls.map(tokio_rustls::TlsAcceptor::from);
    let scheme = if tls.is_some() { "https" } else { "http" };
    let context = Arc::new(Context {
        origin: format!("{scheme}://{local_addr}"),
        log: options.log,
    });
    let drained = options.drained;
    tokio::spawn(async move {
        loop {
            let accepted = tokio::select! {
                // Once stopped, accept nothing more even if connections are waiting: they
                // belong to whoever listens next (`x serve --watch`'s new program).
                biased;
                _ = until_stopped(&mut stopped) => break,
                accepted = listener.accept() => accepted,
            };
            let Ok((stream, remote)) = accepted else {
                continue;
            };
            let _ = stream.set_nodelay(true);
            let queue = queue.clone();
            let stopped = stopped.clone();
            let context = context.clone();
            let tls = tls.clone();
            let drained = drained.clone();
            tokio::spawn(async move {
                // Held until the connection is done (see `ListenOptions::drained`).
                let _drained = drained;
                match tls {
                    Some(acceptor) => {
                        if let Ok(stream) = acceptor.accept(stream).await {
                            serve_connection(stream, queue, context, remote, stopped).await;
                        }
                    }
                    None => serve_connection(stream, queue, context, remote, stopped).await,
                }
            });
        }
    });
    Ok(Listening { local_addr, stop })
}

/// What every request of one server shares.
struct Context {
    /// `http://host:port` (or https): the URL base of a request without a Host header.
    origin: String,
    log: bool,
}

async fn serve_connection<I>(
    io: I,
    queue: RequestSender,
    context: Arc<Context>,
    remote: SocketAddr,
    mut stopped: watch::Receiver<bool>,
) where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let served = Arc::new(AtomicBool::new(false));
    let service = service_fn({
        let served = served.clone();
        move |request: Request<Incoming>| {
            served.store(true, Ordering::Relaxed);
            let answer = serve_one(&queue, request, &context, remote);
            async move { Ok::<_, Infallible>(answer.await) }
        }
    });
    let mut builder = auto::Builder::new(TokioExecutor::new());
    // One buffer per write (`send`) instead of head and body as two (`writev`): most
    // answers are small, so copying the body costs less than the kernel's walk of two
    // slices, and TLS writes one record either way.
    builder.http1().max_buf_size(MAX_HEAD_BYTES).writev(false);
    // Extended CONNECT (RFC 8441): browsers open WebSockets over an HTTP/2 connection
    // when the server's settings allow it.
    builder
        .http2()
        .max_header_list_size(MAX_HEAD_BYTES as u32)
        .enable_connect_protocol();
    let connection = builder.serve_connection_with_upgrades(TokioIo::new(io), service);
    tokio::pin!(connection);
    tokio::select! {
        _ = connection.as_mut() => {}
        _ = until_stopped(&mut stopped) => {
            if !served.load(Ordering::Relaxed) {
                // Accepted just before the stop, its request maybe still on the way:
                // shutting down now would close it unanswered. Let it be served first.
                let early = tokio::time::timeout(FIRST_REQUEST_GRACE, connection.as_mut()).await;
                if early.is_ok() {
                    return;
                }
            }
            connection.as_mut().graceful_shutdown();
            let _ = connection.await;
        }
    }
}

/// Waits until `stopped` turns true (forever if its sender is gone: nothing stops then).
async fn until_stopped(stopped: &mut watch::Receiver<bool>) {
    if stopped.wait_for(|stopped| *stopped).await.is_err() {
        std::future::pending::<()>().await;
    }
}

/// A server configuration for HTTPS from PEM text: the certificate chain and its private
/// key (PKCS#8, PKCS#1 or SEC1). ALPN offers HTTP/2 first, then HTTP/1.1.
pub fn tls_config(cert_pem: &str, key_pem: &str) -> Result<Arc<ServerConfig>, String> {
    use rustls_pki_types::pem::PemObject;
    use rustls_pki_types::{CertificateDer, PrivateKeyDer};
    let certs = CertificateDer::pem_slice_iter(cert_pem.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("cannot read the TLS certificate: {e}"))?;
    if certs.is_empty() {
        return Err("the TLS certificate holds no PEM CERTIFICATE block".to_owned());
    }
    let key = PrivateKeyDer::from_pem_slice(key_pem.as_bytes())
        .map_err(|e| format!("cannot read the TLS private key: {e}"))?;
    let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| format!("the TLS certificate and key do not go together: {e}"))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// Queues `request` for JS and returns the future of its answer. The request is converted
/// and handed over before the future is made, so the future hyper keeps (and moves) for
/// each request holds only the answer's receiver: with the request and the queue's send
/// inside, it was big enough that copying it showed in profiles.
fn serve_one<B>(
    queue: &RequestSender,
    request: Request<B>,
    context: &Context,
    remote: SocketAddr,
) -> impl std::future::Future<Output = Response<HttpBody>> + Send + 'static
where
    B: hyper::body::Body<Data = Bytes> + Send + 'static,
    B::Error: std::fmt::Display,
{
    let logged = context.log.then(|| {
        let path = request.uri().path().to_owned();
        Box::new((Instant::now(), request.method().clone(), path))
    });
    let (incoming, answer) = to_incoming(request, &context.origin, Some(remote));
    // A full queue waits for room (pushing back on the connection); the common case, room
    // now, needs no future at all.
    let waiting: Option<std::pin::Pin<Box<dyn std::future::Future<Output = bool> + Send>>> =
        match queue.try_send(incoming) {
            Ok(()) => None,
            Err(mpsc::error::TrySendError::Full(incoming)) => {
                let queue = queue.clone();
                Some(Box::pin(async move { queue.send(incoming).await.is_ok() }))
            }
            Err(mpsc::error::TrySendError::Closed(_)) => Some(Box::pin(std::future::ready(false))),
        };
    async move {
        let queued = match waiting {
            Some(waiting) => waiting.await,
            None => true,
        };
        let response = if !queued {
            plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "The server is shutting down",
            )
        } else {
            match answer.await {
                Ok(response) => to_http_response(response),
                Err(_) => plain(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error"),
            }
        };
        if let Some(logged) = logged {
            let (started, method, path) = *logged;
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            eprintln!("{method} {path} {} {ms:.1}ms", response.status().as_u16());
        }
        response
    }
}

/// A request for the queue, and where its answer will arrive. The URL is rebuilt from the
/// `Host` header (falling back to `fallback_origin`, e.g. `http://127.0.0.1:8000`).
pub fn to_incoming<B>(
    request: Request<B>,
    fallback_origin: &str,
    remote_addr: Option<SocketAddr>,
) -> (IncomingRequest, oneshot::Receiver<OutgoingResponse>)
where
    B: hyper::body::Body<Data = Bytes> + Send + 'static,
    B::Error: std::fmt::Display,
{
    let (mut parts, body) = request.into_parts();
    let websocket_over_http2 = is_websocket_connect(&parts);
    if websocket_over_http2 {
        present_as_http1_upgrade(&mut parts);
    }
    let path = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or("/");
    let authority = parts.uri.authority().map(|a| a.as_str());
    let url = match (parts.uri.scheme_str(), authority) {
        (Some(scheme), Some(authority)) => concat_url(&[scheme, "://", authority, path]),
        _ => match parts
            .headers
            .get(http::header::HOST)
            .and_then(|h| h.to_str().ok())
        {
            Some(host) => {
                let scheme = if fallback_origin.starts_with("https:") {
                    "https://"
                } else {
                    "http://"
                };
                concat_url(&[scheme, host, path])
            }
            None => concat_url(&[fallback_origin, path]),
        },
    };
    let bodiless_read = matches!(parts.method, http::Method::GET | http::Method::HEAD)
        && body.size_hint().exact() == Some(0);
    let has_body = !(body.is_end_stream() || bodiless_read);
    let body = has_body.then(|| {
        let stream = http_body_util::BodyStream::new(body)
            .map(|frame| match frame {
                Ok(frame) => frame.into_data().ok().map(Ok),
                Err(e) => Some(Err(std::io::Error::other(e.to_string()))),
            })
            .filter_map(futures::future::ready);
        Box::pin(stream) as crate::BodyStream
    });
    // Only a request that asks for a WebSocket keeps its connection's upgrade: the
    // handler may answer it with `Deno.upgradeWebSocket`.
    let upgrade = is_websocket_upgrade(&parts.headers)
        .then(|| parts.extensions.remove::<hyper::upgrade::OnUpgrade>())
        .flatten();
    let (respond, answer) = oneshot::channel();
    let incoming = IncomingRequest {
        method: parts.method,
        url,
        headers: parts.headers,
        body,
        remote_addr,
        upgrade,
        websocket_over_http2,
        respond,
    };
    (incoming, answer)
}

/// Whether `parts` is an HTTP/2 extended CONNECT asking for a WebSocket (RFC 8441).
fn is_websocket_connect(parts: &http::request::Parts) -> bool {
    parts.method == http::Method::CONNECT
        && parts
            .extensions
            .get::<hyper::ext::Protocol>()
            .is_some_and(|protocol| protocol.as_str().eq_ignore_ascii_case("websocket"))
}

/// Shows an HTTP/2 WebSocket CONNECT to the handler as the HTTP/1.1 upgrade it stands
/// for (a GET with `Upgrade: websocket`): handlers written for Deno test those headers
/// before calling `Deno.upgradeWebSocket`, and a browser picks HTTP/2 on its own
/// whenever the server allows it, so the same handler must serve both.
fn present_as_http1_upgrade(parts: &mut http::request::Parts) {
    parts.method = http::Method::GET;
    parts
        .headers
        .insert(http::header::UPGRADE, HeaderValue::from_static("websocket"));
    parts.headers.insert(
        http::header::CONNECTION,
        HeaderValue::from_static("Upgrade"),
    );
}

/// `parts` joined, in one allocation (`format!` costs more, once per request).
fn concat_url(parts: &[&str]) -> String {
    let mut url = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        url.push_str(part);
    }
    url
}

fn is_websocket_upgrade(headers: &http::HeaderMap) -> bool {
    headers.get_all(http::header::UPGRADE).iter().any(|value| {
        value.to_str().is_ok_and(|v| {
            v.split(',')
                .any(|p| p.trim().eq_ignore_ascii_case("websocket"))
        })
    })
}

/// The handler's answer as an HTTP response.
pub fn to_http_response(response: OutgoingResponse) -> Response<HttpBody> {
    let body = match response.body {
        ResponseBody::Empty => Empty::new().map_err(|never| match never {}).boxed(),
        ResponseBody::Bytes(bytes) => Full::new(bytes).map_err(|never| match never {}).boxed(),
        ResponseBody::Stream(stream) => BodyExt::boxed(StreamBody::new(stream.map_ok(Frame::data))),
    };
    let mut out = Response::new(body);
    *out.status_mut() =
        StatusCode::from_u16(response.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    *out.headers_mut() = response.headers;
    out
}

/// A short text response made by the server itself.
pub fn plain(status: StatusCode, text: &'static str) -> Response<HttpBody> {
    let mut response = Response::new(
        Full::new(Bytes::from_static(text.as_bytes()))
            .map_err(|never| match never {})
            .boxed(),
    );
    *response.status_mut() = status;
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain;charset=UTF-8"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_config_says_what_is_wrong() {
        let error = tls_config("not pem", "not pem").unwrap_err();
        assert_eq!(error, "the TLS certificate holds no PEM CERTIFICATE block");
        // A certificate block whose key is missing.
        let cert = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        let error = tls_config(cert, "no key here").unwrap_err();
        assert!(
            error.starts_with("cannot read the TLS private key"),
            "{error}"
        );
    }

    #[test]
    fn only_websocket_upgrades_keep_the_connection() {
        let mut headers = http::HeaderMap::new();
        assert!(!is_websocket_upgrade(&headers));
        headers.insert(http::header::UPGRADE, HeaderValue::from_static("h2c"));
        assert!(!is_websocket_upgrade(&headers));
        headers.insert(
            http::header::UPGRADE,
            HeaderValue::from_static("foo, WebSocket"),
        );
        assert!(is_websocket_upgrade(&headers));
    }

    #[test]
    fn an_http2_websocket_connect_reaches_js_as_an_upgrade() {
        let mut request = Request::connect("https://example.com/chat")
            .header("sec-websocket-version", "13")
            .body(Empty::<Bytes>::new())
            .unwrap();
        request
            .extensions_mut()
            .insert(hyper::ext::Protocol::from_static("websocket"));
        let (incoming, _) = to_incoming(request, "https://127.0.0.1:8443", None);
        assert!(incoming.websocket_over_http2);
        assert_eq!(incoming.method, http::Method::GET);
        assert_eq!(incoming.url, "https://example.com/chat");
        assert_eq!(incoming.headers["upgrade"], "websocket");
        assert_eq!(incoming.headers["connection"], "Upgrade");

        // A CONNECT for anything else (a tunnel) stays what it is.
        let mut request = Request::connect("example.com:443")
            .body(Empty::<Bytes>::new())
            .unwrap();
        request
            .extensions_mut()
            .insert(hyper::ext::Protocol::from_static("connect-udp"));
        let (incoming, _) = to_incoming(request, "https://127.0.0.1:8443", None);
        assert!(!incoming.websocket_over_http2);
        assert_eq!(incoming.method, http::Method::CONNECT);
        assert!(incoming.headers.get("upgrade").is_none());
    }

    fn get(path: &str) -> Request<Empty<Bytes>> {
        Request::get(path)
            .header("host", "example.com")
            .body(Empty::new())
            .unwrap()
    }

    async fn text_of(response: Response<HttpBody>) -> (u16, String) {
        let status = response.status().as_u16();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (status, String::from_utf8(bytes.to_vec()).unwrap())
    }

    #[tokio::test]
    async fn a_full_queue_holds_a_request_back_and_a_closed_one_answers_503() {
        let (queue, mut taken) = mpsc::channel::<IncomingRequest>(1);
        let context = Context {
            origin: "http://127.0.0.1:8000".to_owned(),
            log: false,
        };
        let remote: SocketAddr = "127.0.0.1:1".parse().unwrap();
        // The first fills the queue; the second waits for room.
        let first = serve_one(&queue, get("/1"), &context, remote);
        let second = serve_one(&queue, get("/2"), &context, remote);
        let handler = tokio::spawn(async move {
            for _ in 0..2 {
                let request = taken.recv().await.unwrap();
                let body = ResponseBody::Bytes(Bytes::from(request.url));
                let _ = request.respond.send(OutgoingResponse {
                    status: 200,
                    headers: http::HeaderMap::new(),
                    body,
                });
            }
        });
        let (first, second) = tokio::join!(first, second);
        handler.await.unwrap();
        assert_eq!(
            text_of(first).await,
            (200, "http://example.com/1".to_owned())
        );
        assert_eq!(
            text_of(second).await,
            (200, "http://example.com/2".to_owned())
        );
        // Nobody takes requests any more.
        let (status, _) = text_of(serve_one(&queue, get("/3"), &context, remote).await).await;
        assert_eq!(status, 503);
    }

    #[test]
    fn an_https_server_rebuilds_https_urls() {
        let request = Request::builder()
            .uri("/chat?x=1")
            .header("host", "example.com:8443")
            .header("upgrade", "websocket")
            .body(Empty::<Bytes>::new())
            .unwrap();
        let (incoming, _) = to_incoming(request, "https://127.0.0.1:8443", None);
        assert_eq!(incoming.url, "https://example.com:8443/chat?x=1");
        // No connection to hand over (hyper did not serve it): nothing to upgrade.
        assert!(incoming.upgrade.is_none());
        assert!(incoming.body.is_none());
    }
}
