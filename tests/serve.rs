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
    for signal in ["-TERM", "-INT"] {
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
        let base = line
            .trim()
            .strip_prefix("Listening on ")
            .unwrap_or_else(|| panic!("x serve said: {line}"))
            .trim_end_matches('/')
            .to_owned();

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
            "{signal}"
        );
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(0), "{signal}");
    }
}

#[test]
fn a_port_in_use_is_said_plainly() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.ts"), PROGRAM).unwrap();
    let output = Command::new(x_specs::x_binary())
        .args(["serve", "--port", &port, "--host", "127.0.0.1", "main.ts"])
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
    let base = line
        .trim()
        .strip_prefix("Listening on ")
        .unwrap()
        .trim_end_matches('/')
        .to_owned();
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
