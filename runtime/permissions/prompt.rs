//! Asking the user at the terminal, as Deno does: a block on stderr, one line of answer
//! from stdin (`y` allow this, `n` deny, `A` allow the whole kind), then the block is
//! replaced by a one-line verdict. Only used when stdin and stderr are terminals and
//! `--no-prompt` was not given; otherwise nothing is asked and the access is denied.

use std::io::{BufRead, IsTerminal, Write};

use crate::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptResponse {
    Allow,
    Deny,
    AllowAll,
}

/// Something that can ask a person. A trait so tests (and embedders with their own UI)
/// can answer instead of a terminal.
pub trait Prompter: Send {
    /// Asks for `kind` access to `what` (already quoted; `None` for the whole kind),
    /// requested by `api_name`. `allow_all` offers the `A` answer.
    fn prompt(
        &mut self,
        kind: Kind,
        what: Option<&str>,
        api_name: Option<&str>,
        allow_all: bool,
    ) -> PromptResponse;
}

/// The prompter on the process's terminal.
pub struct TtyPrompter {
    _private: (),
}

impl TtyPrompter {
    /// A prompter if both stdin and stderr are terminals (Deno's condition), else `None`.
    pub fn if_terminal() -> Option<TtyPrompter> {
        if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
            Some(TtyPrompter { _private: () })
        } else {
            None
        }
    }
}

/// Deno's styles for the prompt (none under `NO_COLOR`).
struct Style {
    color: bool,
}

impl Style {
    fn bold(&self, text: &str) -> String {
        if self.color {
            format!("\x1b[0m\x1b[1m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn italic(&self, text: &str) -> String {
        if self.color {
            format!("\x1b[0m\x1b[3m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn link(&self, text: &str) -> String {
        if self.color {
            format!("\x1b[4m\x1b[36m{text}\x1b[0m\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// Drops whatever was typed before the question was shown, as Deno does: an answer must
/// be given to this question, not be waiting in the terminal's buffer.
fn discard_typed_ahead() {
    #[cfg(unix)]
    // SAFETY: tcflush on fd 0 has no memory preconditions.
    unsafe {
        libc::tcflush(0, libc::TCIFLUSH);
    }
}

impl Prompter for TtyPrompter {
    fn prompt(
        &mut self,
        kind: Kind,
        what: Option<&str>,
        api_name: Option<&str>,
        allow_all: bool,
    ) -> PromptResponse {
        let style = Style {
            color: std::env::var_os("NO_COLOR").is_none(),
        };
        let name = kind.name();
        let subject = match what {
            Some(w) => format!("{name} access to {w}"),
            None => format!("{name} access"),
        };
        let options = if allow_all {
            format!("[y/n/A] (y = yes, allow; n = no, deny; A = allow all {name} permissions)")
        } else {
            "[y/n] (y = yes, allow; n = no, deny)".to_string()
        };
        let mut lines = vec![format!(
            "\u{250f} \u{26a0}\u{fe0f}  {}{}{}",
            style.bold("Deno requests "),
            style.bold(&subject),
            style.bold(".")
        )];
        if let Some(api) = api_name.filter(|a| !a.is_empty() && kind != Kind::Env) {
            lines.push(format!(
                "\u{2520}\u{2500} Requested by `{}` API.",
                style.bold(api)
            ));
        }
        lines.push(format!(
            "\u{2520}\u{2500} {}{}",
            style.italic("Learn more at: "),
            style.link(&format!("https://docs.deno.com/go/--allow-{name}"))
        ));
        lines.push(format!(
            "\u{2520}\u{2500} {}",
            style.italic(&format!(
                "Run again with --allow-{name} to bypass this prompt."
            ))
        ));
        let mut stderr = std::io::stderr().lock();
        for line in &lines {
            let _ = writeln!(stderr, "{line}");
        }
        let shown = lines.len() + 1;
        let mut question = format!("\u{2517} {} {options} > ", style.bold("Allow?"));
        let stdin = std::io::stdin();
        discard_typed_ahead();
        let response = loop {
            let _ = write!(stderr, "{question}");
            let _ = stderr.flush();
            let mut input = String::new();
            match stdin.lock().read_line(&mut input) {
                Ok(0) | Err(_) => break PromptResponse::Deny,
                Ok(_) => {}
            }
            match input.trim_end_matches(['\r', '\n']) {
                "y" | "Y" => break PromptResponse::Allow,
                "n" | "N" => break PromptResponse::Deny,
                "A" if allow_all => break PromptResponse::AllowAll,
                _ => {
                    // Redraw the question line in place.
                    let _ = write!(stderr, "\x1b[1A\x1b[2K");
                    question = format!(
                        "\u{2517} {} {options} > ",
                        style.bold("Unrecognized option. Allow?")
                    );
                }
            }
        };
        // Replace the whole block by the verdict.
        let _ = write!(stderr, "\x1b[{shown}A\x1b[0J");
        let verdict = match response {
            PromptResponse::Allow => {
                format!("\u{2705} {}", style.bold(&format!("Granted {subject}.")))
            }
            PromptResponse::AllowAll => {
                format!(
                    "\u{2705} {}",
                    style.bold(&format!("Granted all {name} access."))
                )
            }
            PromptResponse::Deny => {
                format!("\u{274c} {}", style.bold(&format!("Denied {subject}.")))
            }
        };
        let _ = writeln!(stderr, "{verdict}");
        response
    }
}
