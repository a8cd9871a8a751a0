//! `x lint [FILES...]`, `x lint -`, `x lint --rules`: the flags become `x_lint::LintRun`;
//! the files are opened as documents of the process's graph (parsed once, in
//! `ParseMode::Tools`).

use std::io::Read;

use anyhow::{Context, Result};
use x_graph::ParseMode;
use x_lint::{LintRun, ReportKind, RulesConfig};

use crate::args::{GraphFlags, LintArgs};
use crate::factory;
use crate::progress::{colors_for, Bar};

pub fn lint(args: LintArgs) -> Result<u8> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let flags = GraphFlags {
        config: args.config.clone(),
        no_config: args.no_config,
        ..Default::default()
    };
    let stdin = args.files.len() == 1 && args.files[0] == "-";
    let run = LintRun {
        config: factory::config(&flags, &cwd)?,
        paths: if stdin { Vec::new() } else { args.files },
        ignore: args.ignore,
        rules: RulesConfig {
            tags: args.rules_tags,
            include: args.rules_include,
            exclude: args.rules_exclude,
        },
        fix: args.fix,
        report: if args.json {
            Some(ReportKind::Json)
        } else if args.compact {
            Some(ReportKind::Compact)
        } else {
            None
        },
        ext: args.ext,
        permit_no_files: args.permit_no_files,
        cache_dir: (!args.no_cache).then(x_graph::default_cache_dir),
        cwd: cwd.clone(),
    };
    if args.rules {
        deno_terminal::colors::set_use_color(colors_for(&std::io::stdout()));
        return x_lint::print_rules(&run, args.json);
    }
    deno_terminal::colors::set_use_color(colors_for(&std::io::stderr()));
    let graph = factory::graph(&flags, &cwd, ParseMode::Tools)?;
    let result = if stdin {
        let mut input = Vec::new();
        std::io::stdin()
            .read_to_end(&mut input)
            .context("cannot read standard input")?;
        x_lint::run_stdin(&run, graph.documents(), &input)
    } else {
        x_lint::run(&run, graph.documents(), &Bar::new("lint"))
    };
    graph.parse_stats().report_if_enabled();
    result
}
