//! Uncaught JavaScript errors, printed the way Deno prints them:
//!
//! ```text
//! error: Uncaught (in promise) Error: boom
//!   throw new Error("boom");
//!         ^
//!     at f (file:///app/main.ts:3:9)
//! ```
//!
//! Frames are already source-mapped by the engine (through the graph's source maps), so
//! the file, line and column are those of the original TypeScript.

use std::borrow::Cow;
use std::fmt::Write as _;

use deno_core::error::{format_frame, ErrorElement, ErrorFormat, JsError};

struct Plain;
struct Ansi;

impl ErrorFormat for Plain {
    fn fmt_element(_element: ErrorElement, _in_extension_code: bool, s: &str) -> Cow<'_, str> {
        Cow::Borrowed(s)
    }
}

impl ErrorFormat for Ansi {
    fn fmt_element(element: ErrorElement, in_extension_code: bool, s: &str) -> Cow<'_, str> {
        if in_extension_code {
            return Cow::Owned(format!("\x1b[2m{s}\x1b[0m"));
        }
        let code = match element {
            ErrorElement::Anonymous
            | ErrorElement::NativeFrame
            | ErrorElement::FileName
            | ErrorElement::EvalOrigin => "36",
            ErrorElement::LineNumber | ErrorElement::ColumnNumber => "33",
            ErrorElement::FunctionName | ErrorElement::PromiseAll => "1;3",
            ErrorElement::WorkingDirPath => "2",
            ErrorElement::PlainText => return Cow::Borrowed(s),
        };
        Cow::Owned(format!("\x1b[{code}m{s}\x1b[0m"))
    }
}

/// Whether stderr should get colors: a terminal, and `NO_COLOR` unset.
pub fn stderr_colors() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
}

/// The whole report for an uncaught error, starting with `error: `.
pub fn format_uncaught(error: &JsError, colors: bool) -> String {
    let label = if colors {
        "\x1b[1;31merror\x1b[0m"
    } else {
        "error"
    };
    format!("{label}: {}", format_js_error(error, colors, true, 0))
}

fn format_js_error(error: &JsError, colors: bool, with_source: bool, depth: usize) -> String {
    let mut out = error.exception_message.clone();
    if let Some(aggregated) = &error.aggregated {
        for inner in aggregated {
            let text = format_js_error(inner, colors, false, depth + 1);
            for line in text.trim_start_matches("Uncaught ").lines() {
                write!(out, "\n    {line}").unwrap();
            }
        }
    }
    if with_source {
        let column = error
            .source_line_frame_index
            .and_then(|i| error.frames.get(i))
            .and_then(|frame| frame.column_number);
        if let (Some(line), Some(column)) = (error.source_line.as_deref(), column) {
            out.push_str(&source_line_with_caret(line, column, colors));
        }
    }
    for frame in &error.frames {
        let text = if colors {
            format_frame::<Ansi>(frame, None)
        } else {
            format_frame::<Plain>(frame, None)
        };
        write!(out, "\n    at {text}").unwrap();
    }
    // Causes can form cycles (a.cause = b, b.cause = a); stop after a sane depth.
    if let Some(cause) = &error.cause {
        if depth < 16 {
            let text = format_js_error(cause, colors, false, depth + 1);
            write!(out, "\nCaused by: {}", text.trim_start_matches("Uncaught ")).unwrap();
        }
    }
    out
}

fn source_line_with_caret(line: &str, column: i64, colors: bool) -> String {
    if line.is_empty() || column < 1 || column as usize > line.chars().count() + 1 {
        return String::new();
    }
    // Keep tabs so the caret lines up under the same column in the terminal.
    let pad: String = line
        .chars()
        .take(column as usize - 1)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let caret = if colors {
        format!("\x1b[31m{pad}^\x1b[0m")
    } else {
        format!("{pad}^")
    };
    format!("\n{line}\n{caret}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_points_at_the_column() {
        assert_eq!(
            source_line_with_caret("throw x;", 7, false),
            "\nthrow x;\n      ^"
        );
        assert_eq!(
            source_line_with_caret("\tthrow x;", 8, false),
            "\n\tthrow x;\n\t      ^"
        );
        assert_eq!(source_line_with_caret("x", 9, false), "");
    }
}
