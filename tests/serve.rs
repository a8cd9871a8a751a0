//! `x serve` as a process, over real HTTP on 127.0.0.1: it serves a module's default
//! export, and on SIGTERM (or SIGINT) stops accepting, lets the request in flight finish,
//! and exits 0.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const PROGRAM: &str = r#"
export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/slow") {
      await new Promise((resolve) => setTimeout(resolve, 400));
      return new Response("slow done");
    }
    return new Response("ok " + url.pathname);
  },
};
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signal_lets_the_request_in_flight_finish() {
    let cases = [
        ("-TERM", None),
        ("-INT", None),
        ("-TERM", Some("--watch")),
        ("-INT", Some("--watch")),
    ];
    for (signal, flag) in cases {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("main.ts"), PROGRAM).unwrap();
        let mut child = Command::new(x_specs::x_binary())
            .args(["serve", "--port", "0", "--host", "127.0.0.1"])
            .args(flag)
            .arg("main.ts")
            .current_dir(dir.path())
            .env("X_DIR", dir.path().join("cache"))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        stderr.read_line(&mut line).unwrap();
        if line.starts_with("Watcher") {
            line.clear();
            stderr.read_line(&mut line).unwrap();
        }
        let base = x_specs::listening_base(&line);

        let client = reqwest::Client::new();
        let answer = client.get(format!("{base}/a")).send().await.unwrap();
        assert_eq!(answer.text().await.unwrap(), "ok /a");

        let slow = tokio::spawn({
            let client = client.clone();
            let url = format!("{base}/slow");
            async move {
                let response = client.get(url).send().await.unwrap();
                (response.status().as_u16(), response.text().await.unwrap())
            }
        });
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
        let killed = Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        assert_eq!(
            slow.await.unwrap(),
            (200, "slow done".to_owned()),
            "{signal} {flag:?}"
        );
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(0), "{signal} {flag:?}");
    }
}

#[test]
fn a_port_in_use_is_said_plainly() {
    for flag in [None, Some("--watch")] {
        a_port_in_use_is_said_plainly_with(flag);
    }
}

fn a_port_in_use_is_said_plainly_with(flag: Option<&str>) {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.ts"), PROGRAM).unwrap();
    let output = Command::new(x_specs::x_binary())
        .args(["serve", "--port", &port, "--host", "127.0.0.1"])
        .args(flag)
        .arg("main.ts")
        .current_dir(dir.path())
        .env("X_DIR", dir.path().join("cache"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(&format!(
            "error: address 127.0.0.1:{port} is already in use"
        )),
        "{stderr}"
    );
}

/// Bytes that are not HTTP get 400 from the server without reaching the program, and the
/// server goes on serving.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn garbage_bytes_get_400_and_the_server_goes_on() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.ts"), PROGRAM).unwrap();
    let mut child = Command::new(x_specs::x_binary())
        .args(["serve", "--port", "0", "--host", "127.0.0.1", "main.ts"])
        .current_dir(dir.path())
        .env("X_DIR", dir.path().join("cache"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    let base = x_specs::listening_base(&line);
    let addr = base.strip_prefix("http://").unwrap().to_owned();

    let mut socket = tokio::net::TcpStream::connect(&addr).await.unwrap();
    socket
        .write_all(b"\x00\x01 this is not HTTP\r\n\r\n")
        .await
        .unwrap();
    let mut reply = Vec::new();
    socket.read_to_end(&mut reply).await.unwrap();
    let reply = String::from_utf8_lossy(&reply);
    assert!(reply.starts_with("HTTP/1.1 400"), "{reply}");

    let answer = reqwest::get(format!("{base}/still")).await.unwrap();
    assert_eq!(answer.text().await.unwrap(), "ok /still");
    let _ = child.kill();
    let _ = child.wait();
}

/// A running `x serve` whose stderr lines arrive on a channel.
struct Server {
    child: std::process::Child,
    base: String,
    stderr: std::sync::mpsc::Receiver<String>,
}

impl Server {
    /// Starts `x serve ARGS… main.ts` in `dir` on a free port of 127.0.0.1 and waits for
    /// its "Listening on" line.
    fn start(dir: &std::path::Path, args: &[&str]) -> Server {
        let mut child = Command::new(x_specs::x_binary())
            .args(["serve", "--port", "0", "--host", "127.0.0.1"])
            .args(args)
            .arg("main.ts")
            .current_dir(dir)
            .env("X_DIR", dir.join("cache"))
            .env("NO_COLOR", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = BufReader::new(child.stderr.take().unwrap());
        let (lines, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in stderr.lines() {
                let Ok(line) = line else { break };
                if lines.send(line).is_err() {
                    break;
                }
            }
        });
        let mut server = Server {
            child,
            base: String::new(),
            stderr: receiver,
        };
        let listening = server.wait_for_line(|line| line.starts_with("Listening on "));
        server.base = x_specs::listening_base(&listening);
        server
    }

    /// The next stderr line that `wanted` accepts (earlier ones are skipped); panics with
    /// what was seen if stderr ends first.
    fn wait_for_line(&self, wanted: impl Fn(&str) -> bool) -> String {
        let mut seen = Vec::new();
        while let Ok(line) = self.stderr.recv() {
            if wanted(&line) {
                return line;
            }
            seen.push(line);
        }
        panic!(
            "x serve ended without the line; it said:\n{}",
            seen.join("\n")
        );
    }

    fn addr(&self) -> String {
        self.base.split("://").nth(1).unwrap().to_owned()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const ECHO: &str = r#"
export default {
  fetch(request: Request): Response {
    if (request.headers.get("upgrade") !== "websocket") {
      return new Response("not a socket");
    }
    const asked = request.headers.get("sec-websocket-protocol");
    const { socket, response } = Deno.upgradeWebSocket(request, asked ? { protocol: "echo" } : {});
    socket.onmessage = (event: MessageEvent) => {
      if (event.data === "close please") {
        socket.close(4001, "as you asked");
      } else if (typeof event.data === "string") {
        socket.send("echo: " + event.data);
      } else {
        // Binary arrives as an ArrayBuffer on a server socket (as in Deno).
        const bytes = new Uint8Array(event.data as ArrayBuffer);
        socket.send(bytes.map((b) => b + 1));
      }
    };
    socket.onclose = (event: CloseEvent) => console.error(`closed ${event.code} ${event.reason}`);
    return response;
  },
};
"#;

/// A WebSocket server under `x serve`, from a Rust client: text and binary echo, the
/// subprotocol, and close codes both ways.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn websocket_echo_text_binary_and_close_codes() {
    use futures::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
    use tokio_tungstenite::tungstenite::protocol::CloseFrame;
    use tokio_tungstenite::tungstenite::Message;

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.ts"), ECHO).unwrap();
    let server = Server::start(dir.path(), &[]);
    let url = format!("ws://{}/socket", server.addr());

    // The client closes: the server sees its code.
    let mut request = url.as_str().into_client_request().unwrap();
    request
        .headers_mut()
        .insert("sec-websocket-protocol", "chat, echo".parse().unwrap());
    let (mut ws, response) = tokio_tungstenite::connect_async(request).await.unwrap();
    assert_eq!(response.status().as_u16(), 101);
    assert_eq!(response.headers()["sec-websocket-protocol"], "echo");
    ws.send(Message::text("hello")).await.unwrap();
    assert_eq!(
        ws.next().await.unwrap().unwrap(),
        Message::text("echo: hello")
    );
    ws.send(Message::binary(vec![1u8, 2, 255])).await.unwrap();
    assert_eq!(
        ws.next().await.unwrap().unwrap(),
        Message::binary(vec![2u8, 3, 0])
    );
    ws.close(Some(CloseFrame {
        code: CloseCode::from(4000),
        reason: "client done".into(),
    }))
    .await
    .unwrap();
    // The server answers the close with the same code.
    match ws.next().await {
        Some(Ok(Message::Close(Some(frame)))) => assert_eq!(u16::from(frame.code), 4000),
        other => panic!("expected the close answer, got {other:?}"),
    }
    server.wait_for_line(|line| line == "closed 4000 client done");

    // The server closes: the client sees its code and reason.
    let (mut ws, _) = tokio_tungstenite::connect_async(url.as_str())
        .await
        .unwrap();
    ws.send(Message::text("close please")).await.unwrap();
    match ws.next().await {
        Some(Ok(Message::Close(Some(frame)))) => {
            assert_eq!(u16::from(frame.code), 4001);
            assert_eq!(frame.reason.as_str(), "as you asked");
        }
        other => panic!("expected a close frame, got {other:?}"),
    }
    // The stream ends once the handshake is done.
    while let Some(Ok(_)) = ws.next().await {}
    server.wait_for_line(|line| line == "closed 4001 as you asked");

    // Plain HTTP on the same server still works.
    let text = reqwest::get(format!("{}/", server.base))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(text, "not a socket");
}

/// The same handler over HTTP/2 (RFC 8441 extended CONNECT, h2c): the handler's
/// `upgrade` header test and `Deno.upgradeWebSocket` work unchanged, a 200 opens the
/// stream as the socket, and messages and close codes go both ways.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn websocket_over_http2_extended_connect() {
    use futures::{SinkExt, StreamExt};
    use hyper_util::rt::{TokioExecutor, TokioIo};
    use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
    use tokio_tungstenite::tungstenite::protocol::{CloseFrame, Role};
    use tokio_tungstenite::tungstenite::Message;

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.ts"), ECHO).unwrap();
    let server = Server::start(dir.path(), &[]);
    let tcp = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
    let (mut sender, connection) =
        hyper::client::conn::http2::handshake(TokioExecutor::new(), TokioIo::new(tcp))
            .await
            .unwrap();
    tokio::spawn(connection);

    // A plain request first: its answer means the server's SETTINGS (which allow
    // extended CONNECT) have arrived, and the connection serves ordinary requests too.
    let plain = hyper::Request::get(format!("{}/", server.base))
        .body(http_body_util::Empty::<bytes::Bytes>::new())
        .unwrap();
    let response = sender.send_request(plain).await.unwrap();
    assert_eq!(response.version(), hyper::Version::HTTP_2);
    let body = http_body_util::BodyExt::collect(response.into_body())
        .await
        .unwrap()
        .to_bytes();
    assert_eq!(&body[..], b"not a socket");

    let mut connect = hyper::Request::connect(format!("{}/socket", server.base))
        .header("sec-websocket-version", "13")
        .header("sec-websocket-protocol", "chat, echo")
        .body(http_body_util::Empty::<bytes::Bytes>::new())
        .unwrap();
    connect
        .extensions_mut()
        .insert(hyper::ext::Protocol::from_static("websocket"));
    let response = sender.send_request(connect).await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["sec-websocket-protocol"], "echo");
    assert!(response.headers().get("sec-websocket-accept").is_none());
    let stream = hyper::upgrade::on(response).await.unwrap();
    let mut ws = tokio_tungstenite::WebSocketStream::from_raw_socket(
        TokioIo::new(stream),
        Role::Client,
        None,
    )
    .await;
    ws.send(Message::text("over h2")).await.unwrap();
    assert_eq!(
        ws.next().await.unwrap().unwrap(),
        Message::text("echo: over h2")
    );
    ws.send(Message::binary(vec![7u8, 255])).await.unwrap();
    assert_eq!(
        ws.next().await.unwrap().unwrap(),
        Message::binary(vec![8u8, 0])
    );
    ws.close(Some(CloseFrame {
        code: CloseCode::from(4002),
        reason: "h2 done".into(),
    }))
    .await
    .unwrap();
    match ws.next().await {
        Some(Ok(Message::Close(Some(frame)))) => assert_eq!(u16::from(frame.code), 4002),
        other => panic!("expected the close answer, got {other:?}"),
    }
    server.wait_for_line(|line| line == "closed 4002 h2 done");
}

const HELLO: &str = r#"
export default {
  fetch(request: Request): Response {
    return new Response("hello " + new URL(request.url).protocol);
  },
};
"#;

/// `x serve --cert --key` serves HTTPS, HTTP/2 or HTTP/1.1 as ALPN settles it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_with_alpn_h2_and_http1() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.ts"), HELLO).unwrap();
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    std::fs::write(dir.path().join("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(dir.path().join("key.pem"), cert.signing_key.serialize_pem()).unwrap();
    let server = Server::start(dir.path(), &["--cert", "cert.pem", "--key", "key.pem"]);
    assert!(server.base.starts_with("https://"), "{}", server.base);
    let port = server.addr().rsplit(':').next().unwrap().to_owned();
    let url = format!("https://localhost:{port}/");
    let trusted = reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap();
    let addr: std::net::SocketAddr = server.addr().parse().unwrap();

    let h2 = reqwest::Client::builder()
        .add_root_certificate(trusted.clone())
        .resolve("localhost", addr)
        .build()
        .unwrap();
    let response = h2.get(&url).send().await.unwrap();
    assert_eq!(response.version(), reqwest::Version::HTTP_2);
    assert_eq!(response.text().await.unwrap(), "hello https:");

    let h1 = reqwest::Client::builder()
        .add_root_certificate(trusted)
        .resolve("localhost", addr)
        .http1_only()
        .build()
        .unwrap();
    let response = h1.get(&url).send().await.unwrap();
    assert_eq!(response.version(), reqwest::Version::HTTP_11);
    assert_eq!(response.text().await.unwrap(), "hello https:");
}

/// Remote modules and `fetch` over HTTPS trust the system's certificate store as well as
/// the bundled roots (a company proxy's or a private registry's CA is installed there, not
/// in the bundled list). `SSL_CERT_FILE` points the store at a test CA here: without it
/// the same import is refused with the reason.
#[test]
fn https_imports_and_fetch_trust_the_system_store() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.ts"),
        "export default { fetch: () => new Response('export const greeting = \"hi from https\";', { headers: { 'content-type': 'application/typescript' } }) };\n",
    )
    .unwrap();
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    std::fs::write(dir.path().join("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(dir.path().join("key.pem"), cert.signing_key.serialize_pem()).unwrap();
    let server = Server::start(dir.path(), &["--cert", "cert.pem", "--key", "key.pem"]);
    let port = server.addr().rsplit(':').next().unwrap().to_owned();
    let module = format!("https://localhost:{port}/mod.ts");
    std::fs::write(
        dir.path().join("client.ts"),
        format!(
            "import {{ greeting }} from \"{module}\";\nconsole.log(greeting);\nconsole.log(await (await fetch(\"{module}\")).text());\n"
        ),
    )
    .unwrap();
    let run = |trust: Option<&str>| {
        let mut command = Command::new(x_specs::x_binary());
        command
            .args(["run", "--allow-net", "client.ts"])
            .current_dir(dir.path())
            .env("X_DIR", dir.path().join("client-cache"))
            .env("NO_COLOR", "1")
            .env_remove("SSL_CERT_FILE")
            .env_remove("SSL_CERT_DIR");
        if let Some(file) = trust {
            command.env("SSL_CERT_FILE", file);
        }
        command.output().unwrap()
    };

    let refused = run(None);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&module), "names the module: {stderr}");
    assert!(
        stderr.to_lowercase().contains("certificate"),
        "says why: {stderr}"
    );

    let trusted = run(Some("cert.pem"));
    assert_eq!(
        String::from_utf8_lossy(&trusted.stdout),
        "hi from https\nexport const greeting = \"hi from https\";\n",
        "{}",
        String::from_utf8_lossy(&trusted.stderr)
    );
    assert_eq!(trusted.status.code(), Some(0));
}

/// `Deno.serve({ cert, key })` with PEM strings, as in Deno 2.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deno_serve_with_cert_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    std::fs::write(dir.path().join("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(dir.path().join("key.pem"), cert.signing_key.serialize_pem()).unwrap();
    std::fs::write(
        dir.path().join("main.ts"),
        r#"
Deno.serve({
  port: 0,
  hostname: "127.0.0.1",
  cert: Deno.readTextFileSync("cert.pem"),
  key: Deno.readTextFileSync("key.pem"),
}, (request) => new Response("tls " + new URL(request.url).protocol));
"#,
    )
    .unwrap();
    let mut child = Command::new(x_specs::x_binary())
        .args(["run", "--allow-net", "--allow-read", "main.ts"])
        .current_dir(dir.path())
        .env("X_DIR", dir.path().join("cache"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    let base = x_specs::listening_base(&line);
    let addr = base
        .strip_prefix("https://")
        .unwrap_or_else(|| panic!("x run said: {line}"))
        .to_owned();
    let addr: std::net::SocketAddr = addr.parse().unwrap();
    let client = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap())
        .resolve("localhost", addr)
        .build()
        .unwrap();
    let response = client
        .get(format!("https://localhost:{}/", addr.port()))
        .send()
        .await
        .unwrap();
    assert_eq!(response.version(), reqwest::Version::HTTP_2);
    assert_eq!(response.text().await.unwrap(), "tls https:");
    let _ = child.kill();
    let _ = child.wait();
}

/// A certificate without its key, or a file that is not PEM, is said before serving.
#[test]
fn bad_tls_files_are_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.ts"), HELLO).unwrap();
    std::fs::write(dir.path().join("cert.pem"), "not a certificate").unwrap();
    std::fs::write(dir.path().join("key.pem"), "not a key").unwrap();
    let run = |args: &[&str]| {
        Command::new(x_specs::x_binary())
            .args(["serve", "--port", "0"])
            .args(args)
            .arg("main.ts")
            .current_dir(dir.path())
            .env("X_DIR", dir.path().join("cache"))
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
    };
    let output = run(&["--cert", "cert.pem"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--key"));
    let output = run(&["--cert", "cert.pem", "--key", "key.pem"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("error: the TLS certificate holds no PEM CERTIFICATE block"),
        "{stderr}"
    );
    let output = run(&["--cert", "missing.pem", "--key", "key.pem"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("error: cannot read the TLS certificate missing.pem"),
        "{stderr}"
    );
}

/// `--log`: one line per request with method, path, status and milliseconds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_prints_one_line_per_request() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.ts"), PROGRAM).unwrap();
    let server = Server::start(dir.path(), &["--log"]);
    let client = reqwest::Client::new();
    client
        .get(format!("{}/a?q=1", server.base))
        .send()
        .await
        .unwrap();
    client
        .post(format!("{}/b", server.base))
        .body("x")
        .send()
        .await
        .unwrap();
    for (method, path) in [("GET", "/a"), ("POST", "/b")] {
        let line = server.wait_for_line(|line| line.starts_with(method));
        let parts: Vec<&str> = line.split(' ').collect();
        assert_eq!(parts.len(), 4, "{line}");
        assert_eq!(&parts[..3], [method, path, "200"], "{line}");
        let ms = parts[3].strip_suffix("ms").unwrap();
        assert!(ms.parse::<f64>().is_ok(), "{line}");
    }
}

/// A request head over the server's limit gets 431 without reaching the program.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_headers_get_431() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.ts"), PROGRAM).unwrap();
    let server = Server::start(dir.path(), &[]);
    let big = "a".repeat(100 * 1024);
    let response = reqwest::Client::new()
        .get(format!("{}/big", server.base))
        .header("x-big", big)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 431);
    let answer = reqwest::get(format!("{}/still", server.base))
        .await
        .unwrap();
    assert_eq!(answer.text().await.unwrap(), "ok /still");
}

const THROWS: &str = r#"interface Shape {
  kind: string;
}

export default {
  fetch(request: Request): Response {
    const shape: Shape = { kind: new URL(request.url).pathname };
    if (shape.kind === "/throw") throw new Error("thrown from the handler");
    if (shape.kind === "/reject") return Promise.reject(new Error("rejected")) as never;
    return new Response("fine");
  },
};
"#;

/// A handler that throws or rejects gets 500, the error is printed with its TypeScript
/// line (source-mapped: the interface above it is gone from the emitted JS), and the
/// server goes on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_throwing_handler_gets_500_and_a_source_mapped_stack() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.ts"), THROWS).unwrap();
    let server = Server::start(dir.path(), &[]);
    let response = reqwest::get(format!("{}/throw", server.base))
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 500);
    server.wait_for_line(|line| line == "Error: thrown from the handler");
    let frame = server.wait_for_line(|line| line.trim_start().starts_with("at "));
    assert!(frame.contains("main.ts:8:"), "{frame}");

    let response = reqwest::get(format!("{}/reject", server.base))
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 500);
    server.wait_for_line(|line| line == "Error: rejected");
    let frame = server.wait_for_line(|line| line.trim_start().starts_with("at "));
    assert!(frame.contains("main.ts:9:"), "{frame}");

    let answer = reqwest::get(format!("{}/", server.base)).await.unwrap();
    assert_eq!(answer.text().await.unwrap(), "fine");
}

/// `--watch`: an edit restarts the program on the same socket. Requests keep going the
/// whole time and not one is refused; a request in flight when the file changes is
/// answered by the old program.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_restarts_without_refusing_a_connection() {
    let dir = tempfile::tempdir().unwrap();
    // The edited file is an import in another folder: the watcher follows the graph.
    std::fs::write(
        dir.path().join("main.ts"),
        r#"
import { version } from "./lib/version.ts";
export default {
  async fetch(request: Request): Promise<Response> {
    if (new URL(request.url).pathname === "/slow") {
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
    return new Response(version);
  },
};
"#,
    )
    .unwrap();
    let version = |n: u32| format!("export const version = \"version {n}\";\n");
    std::fs::create_dir(dir.path().join("lib")).unwrap();
    std::fs::write(dir.path().join("lib/version.ts"), version(1)).unwrap();
    let server = Server::start(dir.path(), &["--watch"]);
    let client = reqwest::Client::new();
    let get = |path: &str| {
        let client = client.clone();
        let url = format!("{}{path}", server.base);
        async move {
            let response = client.get(url).send().await.expect("no refused connection");
            response.text().await.unwrap()
        }
    };
    assert_eq!(get("/").await, "version 1");

    let slow = tokio::spawn(get("/slow"));
    // Let the slow request reach the program before the edit.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    std::fs::write(dir.path().join("lib/version.ts"), version(2)).unwrap();
    server.wait_for_line(|line| line.starts_with("Watcher File change detected! Restarting!"));
    let mut answers = 0;
    loop {
        // A fresh connection each time: each one must be accepted.
        let fresh = reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .build()
            .unwrap();
        let text = fresh
            .get(format!("{}/", server.base))
            .send()
            .await
            .expect("no refused connection")
            .text()
            .await
            .unwrap();
        answers += 1;
        if text == "version 2" {
            break;
        }
        assert_eq!(text, "version 1");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(answers >= 1);
    assert_eq!(slow.await.unwrap(), "version 1");
}

/// SIGTERM with a WebSocket open: the server closes it (1001, going away) and exits 0
/// instead of waiting for the client to hang up.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signal_closes_open_websockets() {
    use futures::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message;

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.ts"), ECHO).unwrap();
    let mut server = Server::start(dir.path(), &[]);
    let url = format!("ws://{}/", server.addr());
    let (mut ws, _) = tokio_tungstenite::connect_async(url.as_str())
        .await
        .unwrap();
    ws.send(Message::text("hi")).await.unwrap();
    assert_eq!(ws.next().await.unwrap().unwrap(), Message::text("echo: hi"));
    let killed = Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    match ws.next().await {
        Some(Ok(Message::Close(Some(frame)))) => assert_eq!(u16::from(frame.code), 1001),
        other => panic!("expected a close frame, got {other:?}"),
    }
    while let Some(Ok(_)) = ws.next().await {}
    assert_eq!(server.child.wait().unwrap().code(), Some(0));
}
