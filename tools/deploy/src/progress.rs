//! What `x deploy` says while it works, on stderr: an indicatif bar over the bytes being
//! uploaded when stderr is a terminal (and `CI` is unset), plain lines otherwise, so CI
//! logs read as a story rather than as escape codes.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The progress of one run.
#[derive(Clone)]
pub struct Progress {
    terminal: bool,
    bar: Option<ProgressBar>,
}

impl Progress {
    /// Draws a bar only on a terminal outside CI.
    pub fn new() -> Progress {
        let terminal = std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
        Progress {
            terminal,
            bar: None,
        }
    }

    /// One line about a step.
    pub fn step(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.println(message),
            None => eprintln!("{message}"),
        }
    }

    /// Uploading `count` blobs of `bytes` bytes in all begins.
    pub fn start_upload(&mut self, count: usize, bytes: u64) {
        self.step(&format!(
            "Uploading {count} blob{} ({})",
            if count == 1 { "" } else { "s" },
            human_bytes(bytes)
        ));
        if self.terminal && bytes > 0 {
            let bar = ProgressBar::with_draw_target(Some(bytes), ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(
                "  [{bar:40}] {bytes}/{total_bytes} {binary_bytes_per_sec} {msg}",
            ) {
                bar.set_style(style.progress_chars("=> "));
            }
            self.bar = Some(bar);
        }
    }

    /// `bytes` more went out.
    pub fn sent(&self, bytes: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
        }
    }

    /// A handle for request bodies to report bytes sent.
    pub fn sender(&self) -> impl Fn(u64) + Send + Sync + 'static {
        let bar = self.bar.clone();
        move |bytes| {
            if let Some(bar) = &bar {
                bar.inc(bytes);
            }
        }
    }

    /// One blob is stored (`done` of `count`).
    pub fn blob_done(&self, done: usize, count: usize, hash: &str, size: u64, what: &str) {
        match &self.bar {
            Some(bar) => bar.set_message(format!("{done}/{count} blobs")),
            None => eprintln!(
                "  {done}/{count} {} {what} ({})",
                &hash[..12.min(hash.len())],
                human_bytes(size)
            ),
        }
    }

    /// The upload is over (done or failed).
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

impl Default for Progress {
    fn default() -> Self {
        Progress::new()
    }
}

/// `1234567` → `1.2 MB`.
pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1000.0;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::human_bytes;

    #[test]
    fn sizes_read_well() {
        assert_eq!(human_bytes(12), "12 B");
        assert_eq!(human_bytes(1234), "1.2 KB");
        assert_eq!(human_bytes(1_234_567), "1.2 MB");
    }
}
