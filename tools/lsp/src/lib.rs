//! `x lsp`: the language server editors start and talk to over stdio.
//!
//! It keeps the graph's documents alive for the whole session: an edited document is
//! re-parsed once per change (incremental text sync), and diagnostics, formatting,
//! symbols, hover, definition, references, completion, code actions and code lenses all
//! read that one parse, with the same lint rules and formatter configuration as `x lint`
//! and `x fmt`.
//!
//! - `server.rs` — the protocol (tower-lsp): capabilities, handlers, debounced publishing,
//!   panics contained per request.
//! - `state.rs` — open documents, settings from `deno.json`/`x.json`, and every answer.
//! - `analysis.rs` — what the features read off a parse (declarations, imports,
//!   identifiers with their bindings, `Deno.test` calls).
//! - `index.rs` — summaries (symbols, imports) of the workspace files that are not open,
//!   so workspace symbols and references do not keep every file's parse.
//! - hover comes from `x_doc::hover`: what `x doc` says of the declaration.
//! - `framing.rs` — the frames in and out: garbage is answered with protocol errors
//!   before tower-lsp sees it; `exit` ends the session.
//! - `text.rs` — LSP positions (UTF-16) and byte offsets, incremental edits.

mod analysis;
mod framing;
mod index;
mod server;
mod state;
mod text;

use std::path::PathBuf;

use tokio::io::AsyncWriteExt;
use tower_lsp::{LspService, Server};
use x_graph::Documents;

/// Serves the protocol on stdin/stdout until the client sends `exit` or closes the pipe.
/// `root` is the workspace until the client's `initialize` names one.
pub async fn serve_stdio(documents: Documents, root: PathBuf) -> anyhow::Result<()> {
    let (state, config_error) = state::State::new(documents, root);
    if let Some(error) = config_error {
        eprintln!("x lsp: configuration: {error}");
    }
    let (service, socket) = LspService::new(|client| server::Backend::new(client, state));
    let (to_server, server_input) = tokio::io::duplex(1 << 16);
    let (server_output, from_server) = tokio::io::duplex(1 << 16);
    let (frames, mut outgoing) = tokio::sync::mpsc::unbounded_channel::<Vec<u8>>();
    let input = tokio::spawn(framing::pump_input(
        tokio::io::stdin(),
        to_server,
        frames.clone(),
    ));
    tokio::spawn(framing::pump_server_output(from_server, frames));
    // One writer: frames go out whole, in the order they were made.
    let writer = tokio::spawn(async move {
        let mut stdout = tokio::io::stdout();
        while let Some(body) = outgoing.recv().await {
            if stdout.write_all(&framing::encode(&body)).await.is_err() {
                return;
            }
            let _ = stdout.flush().await;
        }
    });
    Server::new(server_input, server_output, socket)
        .serve(service)
        .await;
    // tower-lsp's output is closed now; the input pump has ended (exit or end of input).
    input.abort();
    let _ = writer.await;
    Ok(())
}
