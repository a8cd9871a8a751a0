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
