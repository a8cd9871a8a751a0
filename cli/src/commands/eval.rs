//! `x eval CODE`: runs a snippet as a TypeScript module in the current folder.

use anyhow::{Context, Result};
use url::Url;
use x_graph::ParseMode;

use crate::args::EvalArgs;
use crate::factory;

pub async fn eval(args: EvalArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let graph = factory::graph(&args.graph, &cwd, ParseMode::Execute)?;
    // `deno eval` runs with every permission; deny flags still apply.
    let permissions = factory::permissions(&args.permissions, &args.graph, &cwd, true, None)?;
    let url = Url::from_file_path(cwd.join("$x$eval.ts")).expect("cwd is absolute");
    let code = if args.print {
        format!("console.log({})", args.code)
    } else {
        args.code
    };
    graph.add_memory_module(url.clone(), code);
    super::run::run_module(
        graph,
        url,
        args.args,
        permissions,
        None,
        super::run::Teardown::ProcessExits,
    )
    .await
}
