//! `x lsp`: the language server on stdio (`x_lsp`), on the documents of one graph made
//! for the session (parsed in `ParseMode::Tools`, as `x fmt` and `x lint` parse).

use anyhow::{Context, Result};
use x_graph::ParseMode;

use crate::args::GraphFlags;
use crate::factory;

pub async fn lsp() -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let graph = factory::graph(
        &GraphFlags {
            no_config: true,
            ..Default::default()
        },
        &cwd,
        ParseMode::Tools,
    )?;
    x_lsp::serve_stdio(graph.documents(), cwd).await?;
    // tokio's stdin reader is a thread blocked in read(2); waiting for it at runtime
    // shutdown would keep the process alive after the client's `exit`.
    std::process::exit(0)
}
