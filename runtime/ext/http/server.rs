//! HTTP in and out of the request queue: `listen` runs a hyper server (HTTP/1.1 with
//! keep-alive, and HTTP/2 prior knowledge) whose connections push requests into a queue;
//! [`to_incoming`] and [`to_http_response`] are the conversions it uses, public so the
//! platform's hypervisor speaks the same way.

use std::convert::Infallible;
use std::net::SocketAddr;

use bytes::Bytes;
use futures::{StreamExt, TryStreamExt};
use http::{HeaderName, HeaderValue, Request, Response, StatusCode};
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Empty, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::net::TcpListener;
use tokio::sync::{oneshot, watch};

use crate::{IncomingRequest, OutgoingResponse, RequestSender, ResponseBody};

/// The body of a response on its way out.
pub type HttpBody = BoxBody<Bytes, std::io::Error>;

/// A server accepting connections; see [`listen`].
pub struct Listening {
    local_addr: SocketAddr,
    stop: watch::Sender<bool>,
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
pub fn listen(addr: SocketAddr, queue: RequestSender) -> std::io::Result<Listening> {
    let std_listener = std::net::TcpListener::bind(addr)?;
    std_listener.set_nonblocking(true)?;
    let listener = TcpListener::from_std(std_listener)?;
    let local_addr = listener.local_addr()?;
    let (stop, mut stopped) = watch::channel(false);
    tokio::spawn(async move {
        loop {
            let accepted = tokio::select! {
                accepted = listener.accept() => accepted,
                _ = stopped.changed() => break,
            };
            let Ok((stream, remote)) = accepted else {
                continue;
            };
            let _ = stream.set_nodelay(true);
            let queue = queue.clone();
            let mut stopped = stopped.clone();
            tokio::spawn(async move {
                let service = service_fn(move |request: Request<Incoming>| {
                    let queue = queue.clone();
                    async move {
                        Ok::<_, Infallible>(serve_one(&queue, request, local_addr, remote).await)
                    }
                });
                let builder = auto::Builder::new(TokioExecutor::new());
                let connection =
                    builder.serve_connection_with_upgrades(TokioIo::new(stream), service);
                tokio::pin!(connection);
                tokio::select! {
                    _ = connection.as_mut() => {}
                    _ = stopped.changed() => {
                        connection.as_mut().graceful_shutdown();
                        let _ = connection.await;
                    }
                }
            });
        }
    });
    Ok(Listening { local_addr, stop })
}

async fn serve_one(
    queue: &RequestSender,
    request: Request<Incoming>,
    local_addr: SocketAddr,
    remote: SocketAddr,
) -> Response<HttpBody> {
    let base = format!("http://{local_addr}");
    let (incoming, answer) = to_incoming(request, &base, Some(remote));
    if queue.send(incoming).await.is_err() {
        return plain(
            StatusCode::SERVICE_UNAVAILABLE,
            "The server is shutting down",
        );
    }
    match answer.await {
        Ok(response) => to_http_response(response),
        Err(_) => plain(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error"),
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
    let (parts, body) = request.into_parts();
    let path = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or("/");
    let url = match (parts.uri.scheme_str(), parts.uri.authority()) {
        (Some(scheme), Some(authority)) => format!("{scheme}://{authority}{path}"),
        _ => match parts
            .headers
            .get(http::header::HOST)
            .and_then(|h| h.to_str().ok())
        {
            Some(host) => format!("http://{host}{path}"),
            None => format!("{fallback_origin}{path}"),
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
    let headers = parts
        .headers
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_string(),
                Bytes::copy_from_slice(value.as_bytes()),
            )
        })
        .collect();
    let (respond, answer) = oneshot::channel();
    let incoming = IncomingRequest {
        method: parts.method.as_str().to_string(),
        url,
        headers,
        body,
        remote_addr,
        respond,
    };
    (incoming, answer)
}

/// The handler's answer as an HTTP response. Headers JS produced that HTTP cannot carry
/// are dropped rather than failing the response.
pub fn to_http_response(response: OutgoingResponse) -> Response<HttpBody> {
    let body = match response.body {
        ResponseBody::Empty => Empty::new().map_err(|never| match never {}).boxed(),
        ResponseBody::Bytes(bytes) => Full::new(bytes).map_err(|never| match never {}).boxed(),
        ResponseBody::Stream(stream) => BodyExt::boxed(StreamBody::new(stream.map_ok(Frame::data))),
    };
    let mut out = Response::new(body);
    *out.status_mut() =
        StatusCode::from_u16(response.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = out.headers_mut();
    for (name, value) in response.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_maybe_shared(value),
        ) {
            headers.append(name, value);
        }
    }
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
