//! `x fmt [FILES...]`, `x fmt -`: the flags become `x_fmt::FmtRun`; the files are opened
//! as documents of the process's graph (parsed once, in `ParseMode::Format`: tokens, no
//! scope analysis, which only lint and the language server read).

use std::io::Read;

use anyhow::{Context, Result};
use x_fmt::{FmtOptions, FmtRun, ProseWrap};
use x_graph::ParseMode;

use crate::args::{FmtArgs, GraphFlags};
use crate::factory;
use crate::progress::{colors_for, Bar};

pub fn fmt(args: FmtArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let flags = GraphFlags {
        config: args.config.clone(),
        no_config: args.no_config,
        ..Default::default()
    };
    let graph = factory::graph(&flags, &cwd, ParseMode::Format)?;
    deno_terminal::colors::set_use_color(colors_for(&std::io::stderr()));
    let stdin = args.files.len() == 1 && args.files[0] == "-";
    let run = FmtRun {
        config: factory::config(&flags, &cwd)?,
        paths: if stdin { Vec::new() } else { args.files },
        ignore: args.ignore,
        flags: FmtOptions {
            use_tabs: args.use_tabs,
            line_width: args.line_width,
            indent_width: args.indent_width,
            single_quote: args.single_quote,
            prose_wrap: args.prose_wrap.as_deref().map(|w| match w {
                "never" => ProseWrap::Never,
                "preserve" => ProseWrap::Preserve,
                _ => ProseWrap::Always,
            }),
            semi_colons: args.no_semicolons.map(|no| !no),
            use_editor_config: args.no_editorconfig.then_some(false),
            ..Default::default()
        },
        check: args.check,
        fail_fast: args.fail_fast,
        ext: args.ext,
        permit_no_files: args.permit_no_files,
        cache_dir: (!args.no_cache).then(x_graph::default_cache_dir),
        cwd,
    };
    let result = if stdin {
        let mut input = Vec::new();
        std::io::stdin()
            .read_to_end(&mut input)
            .context("cannot read standard input")?;
        x_fmt::run_stdin(&run, graph.documents(), &input)
    } else {
        x_fmt::run(&run, graph.documents(), &Bar::new("fmt"))
    };
    graph.parse_stats().report_if_enabled();
    result
}
