//! [`ClusterHost`]: the node's [`TenantHost`] when several nodes share a store. A request
//! for a deployment is served here when this node owns it ([`crate::owner`] over the live
//! nodes) and forwarded to its owner otherwise, so each tenant's isolates stay warm on
//! one node.
//!
//! Forwarding is HTTP/1.1 on kept-alive connections to the owner's advertised address,
//! at `/_d/<deployment-id>/<path>` on its apex (the exact deployment this node resolved,
//! whatever the owner's caches say). Bodies stream both ways. The forwarded request
//! carries [`FORWARDED_HEADER`] = the cluster's shared secret (from the database), which
//! the owner checks before trusting the client address and public URL headers beside it,
//! and serves locally whatever its own view of ownership: no request is forwarded twice.
//!
//! When the owner cannot be reached (connection refused or timed out before the request
//! was sent) the request is not lost: the owner is marked unreachable for
//! [`SUSPECT_FOR`], and the next node in rendezvous order serves it — this node, or one
//! that every node picks alike, so the takeover happens at once rather than when the
//! owner's heartbeat ages out. Once a request was sent, a failure is answered 502 (its
//! body cannot be replayed).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use http::{header, HeaderName, HeaderValue, Request, Response, StatusCode, Uri};
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use parking_lot::Mutex;
use x_platform_host::{json_error, Body, Deployment, RequestInfo, TenantHost};

use crate::membership::Membership;
use crate::owner::rank;

/// Marks a request forwarded by another node; its value is the cluster's secret.
pub const FORWARDED_HEADER: &str = "x-platform-forwarded";
/// On every tenant response: the node whose hypervisor ran the request.
pub const NODE_HEADER: &str = "x-platform-node";
/// The client's address and the public URL prefix, as the first node saw them.
const CLIENT_HEADER: &str = "x-platform-client";
const BASE_URL_HEADER: &str = "x-platform-base-url";

/// How long an owner that refused a connection is passed over.
const SUSPECT_FOR: Duration = Duration::from_secs(3);
const CONNECT_TIMEOUT: Duration = Duration::from_millis(500);
/// Idle connections kept per peer.
const IDLE_PER_PEER: usize = 32;

pub struct ClusterHost {
    local: Arc<dyn TenantHost>,
    membership: Arc<Membership>,
    secret: HeaderValue,
    /// The platform's domain: the Host forwarded requests carry, so the owner's router
    /// takes them as addressed to its apex.
    domain: HeaderValue,
    node: HeaderValue,
    idle: Mutex<HashMap<String, Vec<SendRequest<Body>>>>,
    suspects: Mutex<HashMap<String, Instant>>,
}

impl ClusterHost {
    pub fn new(
        local: Arc<dyn TenantHost>,
        membership: Arc<Membership>,
        secret: &str,
        domain: &str,
    ) -> Result<ClusterHost, String> {
        let value = |what: &str, s: &str| {
            HeaderValue::from_str(s).map_err(|_| format!("{what} {s:?} cannot be sent in a header"))
        };
        Ok(ClusterHost {
            local,
            secret: value("the cluster secret", secret)?,
            domain: value("the domain", domain)?,
            node: value("the node id", membership.node_id())?,
            membership,
            idle: Mutex::new(HashMap::new()),
            suspects: Mutex::new(HashMap::new()),
        })
    }

    async fn serve_here(
        &self,
        deployment: Arc<Deployment>,
        request: Request<Body>,
    ) -> Response<Body> {
        let mut response = self.local.handle(deployment, request).await;
        response
            .headers_mut()
            .insert(NODE_HEADER, self.node.clone());
        response
    }

    fn is_suspect(&self, addr: &str) -> bool {
        let mut suspects = self.suspects.lock();
        match suspects.get(addr) {
            Some(since) if since.elapsed() < SUSPECT_FOR => true,
            Some(_) => {
                suspects.remove(addr);
                false
            }
            None => false,
        }
    }

    fn suspect(&self, addr: &str) {
        self.suspects.lock().insert(addr.to_owned(), Instant::now());
    }

    /// A ready connection to `addr`: an idle one, else a new one.
    async fn connection(&self, addr: &str) -> std::io::Result<SendRequest<Body>> {
        {
            let mut idle = self.idle.lock();
            if let Some(list) = idle.get_mut(addr) {
                while let Some(sender) = list.pop() {
                    if sender.is_ready() {
                        return Ok(sender);
                    }
                    // Closed, or still busy with a response being streamed: let it go.
                }
            }
        }
        let stream = tokio::time::timeout(CONNECT_TIMEOUT, tokio::net::TcpStream::connect(addr))
            .await
            .map_err(|_| {
                std::io::Error::new(std::io::ErrorKind::TimedOut, "connect timed out")
            })??;
        let _ = stream.set_nodelay(true);
        let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .map_err(std::io::Error::other)?;
        tokio::spawn(async move {
            // Ends when the peer closes or the last sender is dropped.
            let _ = connection.await;
        });
        Ok(sender)
    }

    fn keep(&self, addr: &str, sender: SendRequest<Body>) {
        let mut idle = self.idle.lock();
        let list = idle.entry(addr.to_owned()).or_default();
        if list.len() < IDLE_PER_PEER {
            list.push(sender);
        }
    }

    /// Sends `request` to `addr`; [`Forwarded::NotSent`] gives it back when the peer could
    /// not be reached, so the caller may serve it elsewhere.
    async fn forward(&self, addr: &str, request: Request<Body>) -> Forwarded {
        let mut request = request;
        // A pooled connection may turn out closed; a fresh one is tried once after it.
        for attempt in 0..2 {
            let mut sender = match self.connection(addr).await {
                Ok(sender) => sender,
                Err(error) => {
                    if attempt == 0 {
                        eprintln!("x platform: node at {addr} unreachable ({error}); serving its tenants elsewhere");
                    }
                    return Forwarded::NotSent(request);
                }
            };
            match sender.try_send_request(request).await {
                Ok(mut response) => {
                    self.keep(addr, sender);
                    // About the hop from the owner, not the one to the client.
                    strip_hop_by_hop(response.headers_mut());
                    return Forwarded::Answered(response.map(Body::new));
                }
                Err(mut error) => match error.take_message() {
                    Some(unsent) => request = unsent,
                    None => {
                        return Forwarded::Answered(json_error(
                            StatusCode::BAD_GATEWAY,
                            "owner_node_failed",
                            &format!(
                                "the node serving this deployment failed during the request: {}",
                                error.into_error()
                            ),
                        ))
                    }
                },
            }
        }
        Forwarded::NotSent(request)
    }
}

enum Forwarded {
    Answered(Response<Body>),
    NotSent(Request<Body>),
}

/// Hop-by-hop headers (RFC 9110 section 7.6.1): about one connection, never forwarded.
fn hop_by_hop(name: &HeaderName) -> bool {
    matches!(
        name.as_str(),
        "connection"
            | "keep-alive"
            | "proxy-authenticate"
            | "proxy-authorization"
            | "proxy-connection"
            | "te"
            | "trailer"
            | "transfer-encoding"
            | "upgrade"
    )
}

/// Removes the hop-by-hop headers and those the `Connection` header names.
fn strip_hop_by_hop(headers: &mut http::HeaderMap) {
    let connection_named: Vec<HeaderName> = headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|name| HeaderName::from_bytes(name.trim().as_bytes()).ok())
        .collect();
    for name in connection_named {
        headers.remove(name);
    }
    let names: Vec<HeaderName> = headers.keys().filter(|n| hop_by_hop(n)).cloned().collect();
    for name in names {
        headers.remove(name);
    }
}

/// Makes `request` what the owner should receive; false (and `request` unchanged) if its
/// path cannot be put under `/_d/<id>` (then it is served here).
fn to_owner(
    deployment: &Deployment,
    request: &mut Request<Body>,
    secret: &HeaderValue,
    domain: &HeaderValue,
) -> bool {
    let path_and_query = request
        .uri()
        .path_and_query()
        .map_or("/", |p| p.as_str())
        .to_owned();
    let Ok(uri) = format!("/_d/{}{path_and_query}", deployment.id).parse::<Uri>() else {
        return false;
    };
    let info = request.extensions().get::<RequestInfo>().cloned();
    *request.uri_mut() = uri;
    let headers = request.headers_mut();
    strip_hop_by_hop(headers);
    headers.insert(header::HOST, domain.clone());
    headers.insert(FORWARDED_HEADER, secret.clone());
    if let Some(info) = info {
        if let Ok(v) = HeaderValue::from_str(&info.remote_addr.to_string()) {
            headers.insert(CLIENT_HEADER, v);
        }
        if let Ok(v) = HeaderValue::from_str(&info.base_url) {
            headers.insert(BASE_URL_HEADER, v);
        }
    }
    true
}

/// Takes the forwarding headers off a request; true when they carry the cluster's secret
/// (then the client address and public URL the first node saw replace this hop's).
fn accept_forwarded(request: &mut Request<Body>, secret: &HeaderValue) -> bool {
    let headers = request.headers_mut();
    let marked = headers.remove(FORWARDED_HEADER);
    let client = headers.remove(CLIENT_HEADER);
    let base_url = headers.remove(BASE_URL_HEADER);
    let Some(marked) = marked else {
        return false;
    };
    // Constant time is not needed for the comparison to be safe here: a wrong value only
    // means the request is treated as a client's (and may be forwarded once).
    if marked != *secret {
        return false;
    }
    let remote = client.and_then(|v| v.to_str().ok().and_then(|s| s.parse::<SocketAddr>().ok()));
    let base_url = base_url.and_then(|v| v.to_str().ok().map(str::to_owned));
    if let Some(info) = request.extensions_mut().get_mut::<RequestInfo>() {
        if let Some(remote) = remote {
            info.remote_addr = remote;
        }
        if let Some(base_url) = base_url {
            info.base_url = base_url;
        }
    }
    true
}

#[async_trait]
impl TenantHost for ClusterHost {
    async fn handle(
        &self,
        deployment: Arc<Deployment>,
        mut request: Request<Body>,
    ) -> Response<Body> {
        if accept_forwarded(&mut request, &self.secret) {
            return self.serve_here(deployment, request).await;
        }
        let live = self.membership.live();
        let me = self.membership.node_id();
        let mut request = request;
        for node in rank(&deployment.id, &live) {
            if node.node_id == me {
                break;
            }
            if self.is_suspect(&node.addr) {
                continue;
            }
            let original_uri = request.uri().clone();
            let original_host = request.headers().get(header::HOST).cloned();
            if !to_owner(&deployment, &mut request, &self.secret, &self.domain) {
                break;
            }
            match self.forward(&node.addr, request).await {
                Forwarded::Answered(response) => return response,
                Forwarded::NotSent(unsent) => {
                    self.suspect(&node.addr);
                    // Back to how it arrived (less its hop-by-hop headers), for the next
                    // node in rank or for this one.
                    request = unsent;
                    accept_forwarded(&mut request, &self.secret);
                    *request.uri_mut() = original_uri;
                    match original_host {
                        Some(host) => request.headers_mut().insert(header::HOST, host),
                        None => request.headers_mut().remove(header::HOST),
                    };
                }
            }
        }
        self.serve_here(deployment, request).await
    }

    /// Only the owner wakes a tenant (the first live node in rank that is not passed
    /// over: the node a request would be served on), so a message is delivered by the
    /// node that also serves the tenant's requests.
    async fn wake(&self, deployment: Arc<Deployment>, delivering: bool) {
        let live = self.membership.live();
        let me = self.membership.node_id();
        let serving = rank(&deployment.id, &live)
            .into_iter()
            .find(|node| node.node_id == me || !self.is_suspect(&node.addr));
        if serving.is_none_or(|node| node.node_id == me) {
            self.local.wake(deployment, delivering).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deployment() -> Deployment {
        Deployment {
            id: "01jaaaaaaaaaaaaaaaaaaaaaaa".into(),
            project: "app".into(),
            project_id: "p".into(),
            manifest: x_platform_host::Manifest {
                entry: "file:///main.js".into(),
                modules: vec![],
                assets: vec![],
                format: None,
            },
            status: x_platform_store::DeploymentStatus::Ready,
            created_at: 0,
            production: true,
        }
    }

    #[test]
    fn a_forwarded_request_names_the_deployment_and_carries_the_secret() {
        let mut request = Request::builder()
            .uri("/path?q=1")
            .header("host", "app.example.com")
            .header("connection", "keep-alive, x-private")
            .header("x-private", "hop")
            .header("x-kept", "yes")
            .body(Body::empty())
            .unwrap();
        request.extensions_mut().insert(RequestInfo {
            remote_addr: "10.0.0.7:5555".parse().unwrap(),
            base_url: "http://app.example.com".into(),
        });
        let secret = HeaderValue::from_static("s3cret");
        let domain = HeaderValue::from_static("example.com");
        assert!(to_owner(&deployment(), &mut request, &secret, &domain));
        let out = request;
        assert_eq!(out.uri(), "/_d/01jaaaaaaaaaaaaaaaaaaaaaaa/path?q=1");
        assert_eq!(out.headers()["host"], "example.com");
        assert_eq!(out.headers()[FORWARDED_HEADER], "s3cret");
        assert_eq!(out.headers()["x-kept"], "yes");
        assert!(out.headers().get("x-private").is_none());
        assert!(out.headers().get("connection").is_none());

        // The owner accepts it and restores what the first node saw.
        let mut arrived = out;
        arrived.extensions_mut().insert(RequestInfo {
            remote_addr: "127.0.0.1:1".parse().unwrap(),
            base_url: "http://example.com/_d/x".into(),
        });
        assert!(accept_forwarded(&mut arrived, &secret));
        let info = arrived.extensions().get::<RequestInfo>().unwrap();
        assert_eq!(info.remote_addr.to_string(), "10.0.0.7:5555");
        assert_eq!(info.base_url, "http://app.example.com");
        assert!(arrived.headers().get(FORWARDED_HEADER).is_none());
    }

    #[test]
    fn a_forged_mark_is_removed_and_not_trusted() {
        let mut request = Request::builder()
            .uri("/")
            .header(FORWARDED_HEADER, "guess")
            .header(CLIENT_HEADER, "1.2.3.4:5")
            .body(Body::empty())
            .unwrap();
        request.extensions_mut().insert(RequestInfo {
            remote_addr: "127.0.0.1:1".parse().unwrap(),
            base_url: "http://x".into(),
        });
        assert!(!accept_forwarded(
            &mut request,
            &HeaderValue::from_static("s3cret")
        ));
        assert!(request.headers().get(CLIENT_HEADER).is_none());
        let info = request.extensions().get::<RequestInfo>().unwrap();
        assert_eq!(info.remote_addr.to_string(), "127.0.0.1:1");
    }
}
