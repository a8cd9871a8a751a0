//! The network half of `fetch`: one async op per request (`op_fetch`) that checks
//! permissions, follows redirects as the Fetch Standard's "HTTP-redirect fetch" says, and
//! hands the response body to JS as a [`ByteStreamResource`] read chunk by chunk.
//! `file:` and `data:` URLs are answered here too.

use std::cell::RefCell;
use std::rc::Rc;

use bytes::Bytes;
use deno_core::serde::{Deserialize, Serialize};
use deno_core::{op2, ByteString, CancelFuture, CancelHandle, JsBuffer, OpState, ResourceId};
use deno_error::JsErrorBox;
use futures::StreamExt;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, StatusCode};
use url::Url;
use x_ext_streams::{take_stream_sink, BoxedByteStream, ByteStreamResource};
use x_permissions::PermissionsContainer;

/// The `user-agent` a request gets when the program sets none (as `navigator.userAgent`).
const USER_AGENT: &str = concat!("x/", env!("CARGO_PKG_VERSION"));

/// The Fetch Standard's redirect limit.
const MAX_REDIRECTS: usize = 20;

/// One HTTP client per runtime, made on first use: its connection pool is what makes a
/// thousand requests to one host cheap. Redirects are followed here, not by reqwest,
/// because the mode (follow/error/manual) is per request.
pub struct FetchClient(reqwest::Client);

impl FetchClient {
    /// The client `fetch` uses in this runtime (put in `OpState` before the program runs;
    /// the platform gives tenants one whose resolver refuses private addresses). It must
    /// not follow redirects itself: `op_fetch` does, checking permissions at each hop.
    pub fn new(client: reqwest::Client) -> FetchClient {
        FetchClient(client)
    }
}

/// How this runtime's client is made on its first `fetch`, when it has none yet (the
/// platform's tenants: a client whose resolver refuses private addresses). Building a
/// client loads the trusted roots (the system's store is read and parsed), which a
/// runtime that never fetches should not pay for when it starts. A client that cannot be
/// built is an error for that `fetch`: never a fallback to the default client.
pub struct FetchClientFactory(pub fn() -> Result<reqwest::Client, reqwest::Error>);

fn client(state: &Rc<RefCell<OpState>>) -> Result<reqwest::Client, JsErrorBox> {
    let mut state = state.borrow_mut();
    if let Some(client) = state.try_borrow::<FetchClient>() {
        return Ok(client.0.clone());
    }
    let client = match state.try_borrow::<FetchClientFactory>() {
        Some(factory) => (factory.0)(),
        None => x_http_client::build(|| {
            reqwest::Client::builder().redirect(reqwest::redirect::Policy::none())
        }),
    }
    .map_err(|e| {
        JsErrorBox::type_error(format!(
            "could not create the HTTP client: {}",
            error_chain(&e)
        ))
    })?;
    state.put(FetchClient(client.clone()));
    Ok(client)
}

/// `request`'s redirect mode.
#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum RedirectMode {
    Follow,
    Error,
    Manual,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FetchArgs {
    method: ByteString,
    url: String,
    headers: Vec<(ByteString, ByteString)>,
    /// The whole body, when it is known up front.
    body: Option<JsBuffer>,
    /// A stream sink (`resourceForReadableStream`) carrying the body, chunk by chunk.
    body_rid: Option<ResourceId>,
    redirect: RedirectMode,
    /// A cancel handle the JS side closes when the request's signal aborts.
    cancel_rid: Option<ResourceId>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FetchResponse {
    status: u16,
    status_text: String,
    headers: Vec<(ByteString, ByteString)>,
    url: String,
    redirected: bool,
    /// A [`ByteStreamResource`] with the body.
    body_rid: ResourceId,
}

/// The body to send: bytes can be sent again after a redirect, a stream cannot.
enum RequestBody {
    None,
    Bytes(Bytes),
    Stream(Option<x_ext_streams::SinkStream>),
}

fn type_error(message: impl Into<std::borrow::Cow<'static, str>>) -> JsErrorBox {
    JsErrorBox::type_error(message)
}

/// An error and its sources, joined as Deno words them: `error sending request for url
/// (http://...): client error (Connect): tcp connect error: Connection refused (os error 111)`.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !message.ends_with(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        source = cause.source();
    }
    message
}

/// A network error: the JS side turns it into `TypeError: fetch failed` with this as
/// the `cause` (an `Error`), as Deno 2 does.
fn network_error(error: &reqwest::Error) -> JsErrorBox {
    JsErrorBox::generic(error_chain(error))
}

/// https://fetch.spec.whatwg.org/#bad-port
fn is_bad_port(port: u16) -> bool {
    const BAD_PORTS: &[u16] = &[
        1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
        102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389,
        427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
        989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665,
        6666, 6667, 6668, 6669, 6679, 6697, 10080,
    ];
    BAD_PORTS.contains(&port)
}

fn check_net(state: &Rc<RefCell<OpState>>, url: &Url) -> Result<(), JsErrorBox> {
    let state = state.borrow();
    let Some(permissions) = state.try_borrow::<PermissionsContainer>() else {
        return Ok(());
    };
    let host = url.host_str().unwrap_or("");
    permissions
        .check_net(host, url.port_or_known_default(), "fetch()")
        .map_err(JsErrorBox::from_err)
}

fn cancel_handle(
    state: &Rc<RefCell<OpState>>,
    rid: Option<ResourceId>,
) -> Option<Rc<CancelHandle>> {
    let rid = rid?;
    state.borrow().resource_table.get::<CancelHandle>(rid).ok()
}

fn add_body_resource(
    state: &Rc<RefCell<OpState>>,
    stream: BoxedByteStream,
    length: Option<u64>,
) -> ResourceId {
    let hint = (length.unwrap_or(0), length);
    state
        .borrow_mut()
        .resource_table
        .add(ByteStreamResource::new("fetchResponseBody", stream, hint))
}

fn bytes_response(
    state: &Rc<RefCell<OpState>>,
    url: String,
    headers: Vec<(ByteString, ByteString)>,
    body: Bytes,
) -> FetchResponse {
    let length = body.len() as u64;
    let stream: BoxedByteStream = Box::pin(futures::stream::once(async move { Ok(body) }));
    FetchResponse {
        status: 200,
        status_text: "OK".to_string(),
        headers,
        url,
        redirected: false,
        body_rid: add_body_resource(state, stream, Some(length)),
    }
}

/// Fetches one request: the whole of "main fetch" below the JS layer.
#[op2]
#[serde]
pub async fn op_fetch(
    state: Rc<RefCell<OpState>>,
    #[serde] args: FetchArgs,
) -> Result<FetchResponse, JsErrorBox> {
    // Take a stream body's receiving end first: dropping it on any early error is what
    // tells the JS side to stop feeding (and cancel) the stream.
    let stream_body = match args.body_rid {
        Some(rid) if args.body.is_none() => Some(take_stream_sink(&mut state.borrow_mut(), rid)?),
        _ => None,
    };
    let mut url =
        Url::parse(&args.url).map_err(|_| type_error(format!("Invalid URL: '{}'", args.url)))?;
    match url.scheme() {
        "http" | "https" => {}
        "file" => return fetch_file(&state, &args, url).await,
        "data" => return fetch_data(&state, &args),
        scheme => return Err(type_error(format!("Url scheme '{scheme}' not supported"))),
    }

    let mut method =
        Method::from_bytes(&args.method).map_err(|_| type_error("Method is not valid"))?;
    let mut headers = HeaderMap::with_capacity(args.headers.len() + 3);
    for (name, value) in &args.headers {
        let name = HeaderName::from_bytes(name).map_err(|_| type_error("Invalid header name"))?;
        let value =
            HeaderValue::from_bytes(value).map_err(|_| type_error("Invalid header value"))?;
        headers.append(name, value);
    }
    for (name, value) in [
        ("accept", "*/*"),
        ("accept-language", "*"),
        ("user-agent", USER_AGENT),
    ] {
        if !headers.contains_key(name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    }
    let mut body = match (args.body, stream_body) {
        (Some(buffer), _) => RequestBody::Bytes(Bytes::copy_from_slice(&buffer)),
        (None, Some(stream)) => RequestBody::Stream(Some(stream)),
        (None, None) => RequestBody::None,
    };
    let cancel = cancel_handle(&state, args.cancel_rid);
    let client = client(&state)?;

    let mut redirected = false;
    let mut redirect_count = 0;
    loop {
        if let Some(port) = url.port_or_known_default() {
            if is_bad_port(port) {
                return Err(type_error(format!(
                    "Fetch failed: Requests to port {port} are blocked"
                )));
            }
        }
        check_net(&state, &url)?;
        let mut request = reqwest::Request::new(method.clone(), url.clone());
        *request.headers_mut() = headers.clone();
        match &mut body {
            RequestBody::None => {}
            RequestBody::Bytes(bytes) => {
                *request.body_mut() = Some(reqwest::Body::from(bytes.clone()))
            }
            RequestBody::Stream(stream) => {
                if let Some(stream) = stream.take() {
                    *request.body_mut() = Some(reqwest::Body::wrap_stream(stream));
                }
            }
        }
        let sent = client.execute(request);
        let response = match &cancel {
            Some(cancel) => sent
                .or_cancel(cancel.clone())
                .await
                .map_err(JsErrorBox::from_err)?,
            None => sent.await,
        }
        .map_err(|e| network_error(&e))?;

        let status = response.status();
        let location = response.headers().get(reqwest::header::LOCATION).cloned();
        let is_redirect = matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308);
        if !is_redirect || location.is_none() || args.redirect == RedirectMode::Manual {
            return Ok(into_fetch_response(&state, response, redirected));
        }
        // https://fetch.spec.whatwg.org/#http-redirect-fetch
        if args.redirect == RedirectMode::Error {
            return Err(type_error(
                "Fetch failed: Encountered redirect while redirect mode is set to 'error'",
            ));
        }
        let location = location.expect("checked above");
        let location = String::from_utf8_lossy(location.as_bytes()).into_owned();
        let next = url.join(&location).map_err(|_| {
            type_error(format!(
                "Fetch failed: Invalid redirect location: '{location}'"
            ))
        })?;
        if next.scheme() != "http" && next.scheme() != "https" {
            return Err(type_error(
                "Fetch failed: Can not redirect to a non HTTP(s) url",
            ));
        }
        redirect_count += 1;
        if redirect_count > MAX_REDIRECTS {
            return Err(type_error(
                "Fetch failed: Maximum number of redirects (20) reached",
            ));
        }
        let rewrite_to_get = (matches!(status, StatusCode::MOVED_PERMANENTLY | StatusCode::FOUND)
            && method == Method::POST)
            || (status == StatusCode::SEE_OTHER && method != Method::GET && method != Method::HEAD);
        if matches!(body, RequestBody::Stream(_)) && !rewrite_to_get {
            return Err(type_error(
                "Fetch failed: Can not redeliver a streaming request body after a redirect",
            ));
        }
        if rewrite_to_get {
            method = Method::GET;
            body = RequestBody::None;
            for name in [
                "content-encoding",
                "content-language",
                "content-location",
                "content-type",
                "content-length",
            ] {
                headers.remove(name);
            }
        }
        if url.origin() != next.origin() {
            headers.remove(reqwest::header::AUTHORIZATION);
        }
        url = next;
        redirected = true;
    }
}

fn into_fetch_response(
    state: &Rc<RefCell<OpState>>,
    response: reqwest::Response,
    redirected: bool,
) -> FetchResponse {
    let status = response.status();
    let mut headers = Vec::with_capacity(response.headers().len());
    for (name, value) in response.headers() {
        headers.push((
            ByteString::from(name.as_str()),
            ByteString::from(value.as_bytes()),
        ));
    }
    let url = response.url().to_string();
    let length = response.content_length();
    let stream: BoxedByteStream = Box::pin(response.bytes_stream().map(|chunk| {
        chunk.map_err(|e| {
            type_error(format!(
                "error reading a body from connection: {}",
                error_chain(&e)
            ))
        })
    }));
    FetchResponse {
        status: status.as_u16(),
        status_text: status.canonical_reason().unwrap_or("").to_string(),
        headers,
        url,
        redirected,
        body_rid: add_body_resource(state, stream, length),
    }
}

/// `file:` URLs: the file's bytes, GET only, behind read permission.
async fn fetch_file(
    state: &Rc<RefCell<OpState>>,
    args: &FetchArgs,
    url: Url,
) -> Result<FetchResponse, JsErrorBox> {
    if args.method[..] != b"GET"[..] {
        return Err(type_error(format!(
            "Fetching files only supports the GET method: received {}",
            String::from_utf8_lossy(&args.method)
        )));
    }
    let path = url
        .to_file_path()
        .map_err(|_| type_error(format!("Invalid file URL: '{url}'")))?;
    {
        let state = state.borrow();
        if let Some(permissions) = state.try_borrow::<PermissionsContainer>() {
            permissions
                .check_read_path(&path, "fetch()")
                .map_err(JsErrorBox::from_err)?;
        }
    }
    let cancel = cancel_handle(state, args.cancel_rid);
    let read = tokio::fs::read(&path);
    let result = match cancel {
        Some(cancel) => read.or_cancel(cancel).await.map_err(JsErrorBox::from_err)?,
        None => read.await,
    };
    let bytes = result.map_err(|e| type_error(format!("Error fetching file '{url}': {e}")))?;
    Ok(bytes_response(
        state,
        url.to_string(),
        Vec::new(),
        Bytes::from(bytes),
    ))
}

/// `data:` URLs (https://fetch.spec.whatwg.org/#data-url-processor).
fn fetch_data(state: &Rc<RefCell<OpState>>, args: &FetchArgs) -> Result<FetchResponse, JsErrorBox> {
    let data_url = data_url::DataUrl::process(&args.url)
        .map_err(|e| type_error(format!("Invalid data URL: {e:?}")))?;
    let (body, _) = data_url
        .decode_to_vec()
        .map_err(|e| type_error(format!("Invalid data URL: {e:?}")))?;
    let content_type = data_url.mime_type().to_string();
    let headers = vec![(
        ByteString::from("content-type"),
        ByteString::from(content_type),
    )];
    Ok(bytes_response(
        state,
        args.url.clone(),
        headers,
        Bytes::from(body),
    ))
}

/// A multipart/form-data part, as `FormData` needs it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MultipartPart {
    name: String,
    /// `Some` for a file part.
    filename: Option<String>,
    content_type: String,
    /// The text of a non-file part.
    text: Option<String>,
    /// The bytes of a file part.
    data: Option<deno_core::ToJsBuffer>,
}

/// Parses a multipart/form-data body (RFC 7578) into its parts.
#[op2]
#[serde]
pub fn op_fetch_multipart_parse(
    #[buffer] body: &[u8],
    #[string] boundary: &str,
) -> Result<Vec<MultipartPart>, JsErrorBox> {
    crate::multipart::parse(body, boundary)
        .map_err(type_error)
        .map(|parts| {
            parts
                .into_iter()
                .map(|part| {
                    let is_file = part.filename.is_some();
                    MultipartPart {
                        name: part.name,
                        content_type: part
                            .content_type
                            .unwrap_or_else(|| "application/octet-stream".to_string()),
                        text: (!is_file).then(|| decode_utf8(part.data)),
                        data: is_file.then(|| deno_core::ToJsBuffer::from(part.data.to_vec())),
                        filename: part.filename,
                    }
                })
                .collect()
        })
}

/// UTF-8 decode (replacing invalid sequences), without a leading BOM.
fn decode_utf8(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8_lossy(bytes).into_owned()
}
