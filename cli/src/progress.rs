//! The progress bar of long runs over many files (`x fmt`, `x lint`): shown only when
//! stderr is a terminal and the run has enough files to take a moment; otherwise nothing.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::OnceLock;

/// Fewer files than this finish before a bar would be worth drawing.
const MIN_FILES: usize = 200;

/// An indicatif bar behind `x_graph::par::Progress`.
#[derive(Default)]
pub struct Bar {
    label: &'static str,
    bar: OnceLock<Option<ProgressBar>>,
}

impl Bar {
    pub fn new(label: &'static str) -> Bar {
        Bar {
            label,
            bar: OnceLock::new(),
        }
    }

    fn bar(&self) -> Option<&ProgressBar> {
        self.bar.get().and_then(|b| b.as_ref())
    }
}

impl x_graph::par::Progress for Bar {
    fn start(&self, total: usize) {
        let show = total >= MIN_FILES
            && std::io::stderr().is_terminal()
            && std::env::var_os("CI").is_none();
        let _ = self.bar.set(show.then(|| {
            let bar =
                ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
            if let Ok(style) =
                ProgressStyle::with_template("{prefix} [{bar:40}] {pos}/{len} files {elapsed}")
            {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_prefix(self.label);
            bar
        }));
    }

    fn advance(&self) {
        if let Some(bar) = self.bar() {
            bar.inc(1);
        }
    }

    fn suspend(&self, print: &mut dyn FnMut()) {
        match self.bar() {
            Some(bar) => bar.suspend(print),
            None => print(),
        }
    }

    fn finish(&self) {
        if let Some(bar) = self.bar() {
            bar.finish_and_clear();
        }
    }
}

/// Whether a stream gets colors: a terminal, and `NO_COLOR` unset (as elsewhere in `x`).
pub fn colors_for(stream: &impl IsTerminal) -> bool {
    std::env::var_os("NO_COLOR").is_none() && stream.is_terminal()
}
