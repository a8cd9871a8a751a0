//! The base protocol's frames (`Content-Length: N\r\n\r\n` + N bytes of JSON) between the
//! editor and tower-lsp, checked on the way in.
//!
//! tower-lsp reads its input with a `FramedRead`, which ends the stream at the first
//! undecodable frame — one garbage message would end the session. So frames are read
//! here first: a body that is not a JSON-RPC message is answered with the protocol's
//! error (`-32700` parse error, `-32600` invalid request) and never reaches tower-lsp.
//! The `exit` notification also closes tower-lsp's input, so the server stops at once
//! instead of waiting for the editor to close the pipe.
//!
//! Every frame going out (tower-lsp's and these errors) is written whole by one task.

use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::mpsc::UnboundedSender;

/// Bodies larger than this are refused (an editor never sends one; a corrupt header might).
const MAX_BODY: usize = 256 << 20;

/// One frame read from a stream.
pub enum Frame {
    Body(Vec<u8>),
    /// The headers were unusable (no or bad `Content-Length`); the reason.
    BadHeader(String),
}

/// Reads the next frame; `None` at the end of the stream (also in the middle of a frame:
/// the other side is gone).
pub async fn read_frame<R: AsyncRead + Unpin>(reader: &mut BufReader<R>) -> Option<Frame> {
    let mut length: Option<Result<usize, String>> = None;
    let mut saw_header = false;
    loop {
        let mut line = Vec::new();
        if reader.read_until(b'\n', &mut line).await.ok()? == 0 {
            return None;
        }
        let line = String::from_utf8_lossy(&line);
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if !saw_header {
                continue; // stray blank lines between frames
            }
            break;
        }
        saw_header = true;
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = Some(
                    value
                        .trim()
                        .parse::<usize>()
                        .map_err(|_| format!("bad Content-Length header: {line:?}")),
                );
            }
        }
    }
    let length = match length {
        None => return Some(Frame::BadHeader("missing Content-Length header".into())),
        Some(Err(why)) => return Some(Frame::BadHeader(why)),
        Some(Ok(n)) if n > MAX_BODY => {
            return Some(Frame::BadHeader(format!("a {n}-byte message is too large")))
        }
        Some(Ok(n)) => n,
    };
    let mut body = vec![0; length];
    reader.read_exact(&mut body).await.ok()?;
    Some(Frame::Body(body))
}

pub fn encode(body: &[u8]) -> Vec<u8> {
    let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    frame.extend_from_slice(body);
    frame
}

fn error_response(id: Value, code: i64, message: &str) -> Vec<u8> {
    json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } })
        .to_string()
        .into_bytes()
}

/// Editor → tower-lsp: forwards JSON-RPC messages, answers the rest through `replies`.
/// Returns after `exit` or at the end of the input (dropping `to_server` ends tower-lsp's
/// stream).
pub async fn pump_input<R, W>(input: R, mut to_server: W, replies: UnboundedSender<Vec<u8>>)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = BufReader::new(input);
    while let Some(frame) = read_frame(&mut reader).await {
        let body = match frame {
            Frame::Body(body) => body,
            Frame::BadHeader(why) => {
                let _ = replies.send(error_response(Value::Null, -32700, &why));
                continue;
            }
        };
        let message = match serde_json::from_slice::<Value>(&body) {
            Ok(Value::Object(message)) => message,
            Ok(_) => {
                let why = "Invalid request: a message is a JSON object";
                let _ = replies.send(error_response(Value::Null, -32600, why));
                continue;
            }
            Err(error) => {
                let why = format!("Parse error: {error}");
                let _ = replies.send(error_response(Value::Null, -32700, &why));
                continue;
            }
        };
        let is_exit = message.get("method").and_then(Value::as_str) == Some("exit");
        if to_server.write_all(&encode(&body)).await.is_err() {
            return;
        }
        let _ = to_server.flush().await;
        if is_exit {
            return;
        }
    }
}

/// tower-lsp → `frames`: each outgoing frame's body, until tower-lsp's output ends.
pub async fn pump_server_output<R: AsyncRead + Unpin>(output: R, frames: UnboundedSender<Vec<u8>>) {
    let mut reader = BufReader::new(output);
    while let Some(frame) = read_frame(&mut reader).await {
        if let Frame::Body(body) = frame {
            if frames.send(body).is_err() {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn frames_and_garbage() {
        let input = b"Content-Length: 2\r\n\r\n{}\r\nX-Other: 1\r\n\r\nContent-Length: 3\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[1]Content-Length: 10\r\n\r\nshort".to_vec();
        let mut reader = BufReader::new(&input[..]);
        assert!(matches!(read_frame(&mut reader).await, Some(Frame::Body(b)) if b == b"{}"));
        assert!(matches!(
            read_frame(&mut reader).await,
            Some(Frame::BadHeader(_))
        ));
        assert!(matches!(read_frame(&mut reader).await, Some(Frame::Body(b)) if b == b"[1]"));
        // Truncated: the end.
        assert!(read_frame(&mut reader).await.is_none());
    }

    #[tokio::test]
    async fn garbage_is_answered_and_exit_ends_the_input() {
        let mut input = Vec::new();
        input.extend(encode(b"{ not json"));
        input.extend(encode(b"[1, 2]"));
        input.extend(encode(br#"{"jsonrpc":"2.0","method":"exit"}"#));
        input.extend(encode(br#"{"jsonrpc":"2.0","method":"after"}"#));
        let (replies, mut replies_rx) = tokio::sync::mpsc::unbounded_channel();
        let mut forwarded = Vec::new();
        pump_input(&input[..], &mut forwarded, replies).await;
        let forwarded = String::from_utf8(forwarded).unwrap();
        assert!(
            forwarded.contains("\"exit\"") && !forwarded.contains("after"),
            "{forwarded}"
        );
        let first: Value = serde_json::from_slice(&replies_rx.recv().await.unwrap()).unwrap();
        assert_eq!(first["error"]["code"], -32700);
        let second: Value = serde_json::from_slice(&replies_rx.recv().await.unwrap()).unwrap();
        assert_eq!(second["error"]["code"], -32600);
    }
}
