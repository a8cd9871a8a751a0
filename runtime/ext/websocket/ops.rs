//! The socket task and the ops JS drives a WebSocket with.

use std::borrow::Cow;
use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use deno_core::{
    op2, AsyncRefCell, CancelFuture, CancelHandle, OpState, RcRef, Resource, ResourceId, ToJsBuffer,
};
use deno_error::JsErrorBox;
use futures::{SinkExt, StreamExt};
use serde::Serialize;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, Role};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::WebSocketStream;
use x_permissions::PermissionsContainer;

/// How many received messages wait for JS before the socket stops reading (the peer then
/// feels TCP's back-pressure).
const EVENT_QUEUE: usize = 16;

/// After the close handshake, how long the peer may take to hang up before we do.
const CLOSE_GRACE: Duration = Duration::from_secs(5);

/// What happened on a socket, in order.
enum Event {
    Open {
        protocol: String,
        extensions: String,
    },
    Text(String),
    Binary(Bytes),
    Close {
        code: u16,
        reason: String,
        clean: bool,
    },
    Error(String),
}

/// A WebSocket as JS holds it: frames out through `outgoing` (the task writes them in
/// order), events in through `events`.
pub struct WebSocketResource {
    outgoing: mpsc::UnboundedSender<Message>,
    events: AsyncRefCell<mpsc::Receiver<Event>>,
    cancel: CancelHandle,
}

impl Resource for WebSocketResource {
    fn name(&self) -> Cow<'_, str> {
        Cow::Borrowed("webSocket")
    }

    fn close(self: Rc<Self>) {
        self.cancel.cancel();
    }
}

type Channels = (
    WebSocketResource,
    mpsc::UnboundedReceiver<Message>,
    mpsc::Sender<Event>,
);

impl WebSocketResource {
    fn channels() -> Channels {
        let (outgoing, outgoing_rx) = mpsc::unbounded_channel();
        let (events_tx, events) = mpsc::channel(EVENT_QUEUE);
        let resource = WebSocketResource {
            outgoing,
            events: AsyncRefCell::new(events),
            cancel: CancelHandle::new(),
        };
        (resource, outgoing_rx, events_tx)
    }

    /// The server side of a socket whose handshake the HTTP server answers: `upgrade`
    /// resolves to the connection (or HTTP/2 stream) once the 101 (HTTP/2: 200) response has gone out. Must be called
    /// inside a tokio runtime.
    pub fn accept<F, S>(upgrade: F) -> WebSocketResource
    where
        F: Future<Output = Result<S, String>> + Send + 'static,
        S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        let (resource, outgoing, events) = Self::channels();
        tokio::spawn(async move {
            match upgrade.await {
                Ok(io) => {
                    let ws = WebSocketStream::from_raw_socket(io, Role::Server, None).await;
                    let open = Event::Open {
                        protocol: String::new(),
                        extensions: String::new(),
                    };
                    if events.send(open).await.is_ok() {
                        drive(ws, outgoing, events).await;
                    }
                }
                Err(error) => fail(&events, error).await,
            }
        });
        resource
    }
}

/// `Sec-WebSocket-Accept` for a request's `Sec-WebSocket-Key` (RFC 6455 §4.2.2).
pub fn accept_key(key: &str) -> String {
    tokio_tungstenite::tungstenite::handshake::derive_accept_key(key.as_bytes())
}

/// Ends a socket that failed: an error event, then a close event with 1006 (abnormal).
async fn fail(events: &mpsc::Sender<Event>, error: String) {
    let _ = events.send(Event::Error(error)).await;
    let _ = events
        .send(Event::Close {
            code: 1006,
            reason: String::new(),
            clean: false,
        })
        .await;
}

/// Runs a connected socket until it closes: writes what JS sends, reports what arrives.
async fn drive<S>(
    mut ws: WebSocketStream<S>,
    mut outgoing: mpsc::UnboundedReceiver<Message>,
    events: mpsc::Sender<Event>,
) where
    S: AsyncRead + AsyncWrite + Unpin,
{
    loop {
        tokio::select! {
            message = outgoing.recv() => {
                // None: JS dropped the socket (its runtime ended); hang up.
                let Some(message) = message else { return };
                if let Err(error) = ws.send(message).await {
                    fail(&events, error.to_string()).await;
                    return;
                }
            }
            incoming = ws.next() => {
                let event = match incoming {
                    Some(Ok(Message::Text(text))) => Event::Text(text.as_str().to_owned()),
                    Some(Ok(Message::Binary(bytes))) => Event::Binary(bytes),
                    Some(Ok(Message::Close(frame))) => {
                        let (code, reason) = frame
                            .map(|f| (u16::from(f.code), f.reason.as_str().to_owned()))
                            .unwrap_or((1005, String::new()));
                        // tungstenite has queued its answer to the peer's close (or this is
                        // the answer to ours): reading on sends it and sees the hang-up.
                        let _ = tokio::time::timeout(CLOSE_GRACE, async {
                            while let Some(Ok(_)) = ws.next().await {}
                        })
                        .await;
                        let _ = events.send(Event::Close { code, reason, clean: true }).await;
                        return;
                    }
                    // Pings are answered by tungstenite; pongs and raw frames mean nothing here.
                    Some(Ok(_)) => continue,
                    Some(Err(error)) => {
                        fail(&events, error.to_string()).await;
                        return;
                    }
                    None => {
                        let _ = events
                            .send(Event::Close { code: 1006, reason: String::new(), clean: false })
                            .await;
                        return;
                    }
                };
                if events.send(event).await.is_err() {
                    return;
                }
            }
        }
    }
}

/// The next event of socket `rid`, for JS to dispatch; `None` after the close event.
#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct NextEvent {
    kind: &'static str,
    text: Option<String>,
    binary: Option<ToJsBuffer>,
    code: u16,
    reason: Option<String>,
    clean: bool,
    protocol: Option<String>,
    extensions: Option<String>,
}

#[op2]
#[serde]
pub async fn op_ws_next_event(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<Option<NextEvent>, JsErrorBox> {
    let socket = state
        .borrow()
        .resource_table
        .get::<WebSocketResource>(rid)
        .map_err(JsErrorBox::from_err)?;
    let cancel = RcRef::map(&socket, |s| &s.cancel);
    let mut events = RcRef::map(&socket, |s| &s.events).borrow_mut().await;
    let Ok(Some(event)) = events.recv().or_cancel(cancel).await else {
        return Ok(None);
    };
    Ok(Some(match event {
        Event::Open {
            protocol,
            extensions,
        } => NextEvent {
            kind: "open",
            protocol: Some(protocol),
            extensions: Some(extensions),
            ..Default::default()
        },
        Event::Text(text) => NextEvent {
            kind: "text",
            text: Some(text),
            ..Default::default()
        },
        Event::Binary(bytes) => NextEvent {
            kind: "binary",
            binary: Some(bytes.to_vec().into()),
            ..Default::default()
        },
        Event::Close {
            code,
            reason,
            clean,
        } => NextEvent {
            kind: "close",
            code,
            reason: Some(reason),
            clean,
            ..Default::default()
        },
        Event::Error(message) => NextEvent {
            kind: "error",
            text: Some(message),
            ..Default::default()
        },
    }))
}

fn queue(state: &OpState, rid: ResourceId, message: Message) -> Result<(), JsErrorBox> {
    let socket = state
        .resource_table
        .get::<WebSocketResource>(rid)
        .map_err(JsErrorBox::from_err)?;
    // The task is gone once the socket closed; what is sent after that is dropped, as the
    // WebSocket standard says for a closing socket.
    let _ = socket.outgoing.send(message);
    Ok(())
}

#[op2(fast)]
pub fn op_ws_send_text(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[string] text: &str,
) -> Result<(), JsErrorBox> {
    queue(state, rid, Message::text(text.to_owned()))
}

#[op2]
pub fn op_ws_send_binary(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[anybuffer] data: &[u8],
) -> Result<(), JsErrorBox> {
    queue(state, rid, Message::binary(Bytes::copy_from_slice(data)))
}

/// Starts the closing handshake; `code` 0 sends a close frame without a code.
#[op2(fast)]
pub fn op_ws_close(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[smi] code: u16,
    #[string] reason: &str,
) -> Result<(), JsErrorBox> {
    let frame = (code != 0).then(|| CloseFrame {
        code: CloseCode::from(code),
        reason: reason.to_owned().into(),
    });
    queue(state, rid, Message::Close(frame))
}

/// A client socket's handshake result.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Connected {
    rid: ResourceId,
    protocol: String,
    extensions: String,
}

trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// In a runtime's `OpState`, makes `new WebSocket()` connect only to public addresses
/// (the platform puts it in tenants' runtimes). The permission policy judges a host by
/// its text; this judges the addresses the name resolves to, so a public name pointing
/// inside is refused, as tenants' `fetch` refuses it.
pub struct PublicAddressesOnly;

/// The addresses to try for `host:port`; with `public_only`, the public ones, and an error
/// naming the host when there are none.
async fn addresses(
    host: &str,
    port: u16,
    public_only: bool,
) -> Result<Vec<std::net::SocketAddr>, String> {
    let resolved = tokio::net::lookup_host((host, port))
        .await
        .map_err(|e| e.to_string())?;
    let addresses: Vec<_> = resolved
        .filter(|address| !public_only || x_permissions::is_public_ip(address.ip()))
        .collect();
    if addresses.is_empty() {
        return Err(if public_only {
            format!(
                "{host} resolves only to private or loopback addresses, which programs on \
                 the platform may not reach"
            )
        } else {
            format!("{host} has no address")
        });
    }
    Ok(addresses)
}

/// `new WebSocket(url)`: the `--allow-net` check, made while the constructor runs so a
/// missing grant throws there (`NotCapable`), as in Deno, rather than failing later.
#[op2(fast)]
pub fn op_ws_check_permission(state: &mut OpState, #[string] url: &str) -> Result<(), JsErrorBox> {
    let parsed = url::Url::parse(url).map_err(|e| JsErrorBox::type_error(e.to_string()))?;
    let host = parsed
        .host_str()
        .ok_or_else(|| JsErrorBox::type_error(format!("Invalid URL: {url}")))?;
    let port = parsed
        .port_or_known_default()
        .unwrap_or(if parsed.scheme() == "wss" { 443 } else { 80 });
    if let Some(permissions) = state.try_borrow::<PermissionsContainer>() {
        permissions
            .check_net(host, Some(port), "new WebSocket()")
            .map_err(JsErrorBox::from_err)?;
    }
    Ok(())
}

/// `new WebSocket(url, protocols)`: connects (TLS for `wss:`), shakes hands, and starts
/// the socket's task. The URL was checked by JS (`ws:`/`wss:`, no fragment).
#[op2]
#[serde]
pub async fn op_ws_connect(
    state: Rc<RefCell<OpState>>,
    #[string] url: String,
    #[serde] protocols: Vec<String>,
) -> Result<Connected, JsErrorBox> {
    let parsed = url::Url::parse(&url).map_err(|e| JsErrorBox::type_error(e.to_string()))?;
    let host = parsed
        .host_str()
        .ok_or_else(|| JsErrorBox::type_error(format!("Invalid URL: {url}")))?
        .to_owned();
    let secure = parsed.scheme() == "wss";
    let port = parsed
        .port_or_known_default()
        .unwrap_or(if secure { 443 } else { 80 });
    if let Some(permissions) = state.borrow().try_borrow::<PermissionsContainer>() {
        permissions
            .check_net(&host, Some(port), "new WebSocket()")
            .map_err(JsErrorBox::from_err)?;
    }
    let failed = |e: &dyn std::fmt::Display| {
        JsErrorBox::generic(format!("failed to connect to WebSocket {url}: {e}"))
    };
    let bare = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_owned();
    let public_only = state.borrow().try_borrow::<PublicAddressesOnly>().is_some();
    let addresses = addresses(&bare, port, public_only)
        .await
        .map_err(|e| failed(&e))?;
    let tcp = tokio::net::TcpStream::connect(&addresses[..])
        .await
        .map_err(|e| failed(&e))?;
    let _ = tcp.set_nodelay(true);
    let io: Box<dyn Io> = if secure {
        Box::new(tls_connect(&bare, tcp).await.map_err(|e| failed(&e))?)
    } else {
        Box::new(tcp)
    };
    let mut request = url.as_str().into_client_request().map_err(|e| failed(&e))?;
    if !protocols.is_empty() {
        let value = protocols.join(", ");
        request.headers_mut().insert(
            "sec-websocket-protocol",
            value.parse().map_err(|e| failed(&e))?,
        );
    }
    let (ws, response) = tokio_tungstenite::client_async(request, io)
        .await
        .map_err(|e| failed(&e))?;
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    };
    let connected = Connected {
        rid: 0,
        protocol: header("sec-websocket-protocol"),
        extensions: header("sec-websocket-extensions"),
    };
    let (resource, outgoing, events) = WebSocketResource::channels();
    tokio::spawn(drive(ws, outgoing, events));
    let rid = state.borrow_mut().resource_table.add(resource);
    Ok(Connected { rid, ..connected })
}

async fn tls_connect(
    host: &str,
    tcp: tokio::net::TcpStream,
) -> std::io::Result<tokio_rustls::client::TlsStream<tokio::net::TcpStream>> {
    use tokio_rustls::rustls;
    let roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(std::io::Error::other)?
    .with_root_certificates(roots)
    .with_no_client_auth();
    let name = rustls::pki_types::ServerName::try_from(host.to_owned())
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
    tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
}

#[cfg(test)]
mod tests {
    use super::addresses;

    #[tokio::test]
    async fn public_only_refuses_names_that_point_inside() {
        let refused = addresses("localhost", 80, true).await.unwrap_err();
        assert!(refused.contains("private or loopback"), "{refused}");
        assert!(addresses("127.0.0.1", 80, true).await.is_err());
        let local = addresses("127.0.0.1", 80, false).await.unwrap();
        assert_eq!(local[0].port(), 80);
    }

    #[test]
    fn accept_key_is_rfc_6455s() {
        // The example of RFC 6455 §1.3.
        assert_eq!(
            super::accept_key("dGhlIHNhbXBsZSBub25jZQ=="),
            "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
        );
    }
}
