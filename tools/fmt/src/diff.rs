//! The line diff `x fmt --check` prints for a file that is not formatted: numbered removed
//! and added lines, `...` between hunks, in Deno's layout (`deno fmt --check` prints the
//! same), computed with imara-diff's histogram algorithm as Deno does.

use std::borrow::Cow;
use std::fmt::Write as _;

use deno_terminal::colors;
use imara_diff::{Algorithm, Diff, InternedInput};

/// The diff from `before` to `after`; empty when they are equal.
pub fn diff<'a>(before: &'a str, after: &'a str) -> String {
    if before == after {
        return String::new();
    }
    // Line-ending-only changes would otherwise show every line. (Copied only when there
    // is a `\r`: the copies of both texts were ~1% of `x fmt --check`'s time.)
    let lf = |text: &'a str| -> Cow<'a, str> {
        if text.contains('\r') {
            Cow::Owned(text.replace("\r\n", "\n"))
        } else {
            Cow::Borrowed(text)
        }
    };
    let (before, after) = (lf(before), lf(after));
    if before == after {
        return " | Text differed by line endings.\n".to_string();
    }
    let input = InternedInput::new(before.as_ref(), after.as_ref());
    let mut diff = Diff::compute(Algorithm::Histogram, &input);
    diff.postprocess_lines(&input);
    let lines =
        split_count(input.before.len(), &before).max(split_count(input.after.len(), &after));
    let mut out = Printer {
        out: String::new(),
        width: lines.to_string().len(),
        before_line: 1,
        after_line: 1,
    };
    let mut previous_end = 0u32;
    for (index, hunk) in diff.hunks().enumerate() {
        let gap = (hunk.before.start - previous_end) as usize;
        if gap > 0 && index > 0 {
            let _ = writeln!(
                out.out,
                "{:w$}{} {}",
                "",
                colors::gray(" |"),
                colors::gray("..."),
                w = out.width
            );
        }
        out.before_line += gap;
        out.after_line += gap;
        // Removed and added lines alternate pairwise, then the rest of the longer side.
        let removed: Vec<&str> = hunk
            .before
            .clone()
            .map(|i| input.interner[input.before[i as usize]])
            .collect();
        let added: Vec<&str> = hunk
            .after
            .clone()
            .map(|i| input.interner[input.after[i as usize]])
            .collect();
        let paired = removed.len().min(added.len());
        for i in 0..paired {
            out.removed(removed[i]);
            out.added(added[i]);
        }
        for line in &removed[paired..] {
            out.removed(line);
        }
        for line in &added[paired..] {
            out.added(line);
        }
        previous_end = hunk.before.end;
    }
    out.out
}

struct Printer {
    out: String,
    width: usize,
    before_line: usize,
    after_line: usize,
}

impl Printer {
    fn removed(&mut self, line: &str) {
        let number = self.before_line;
        self.before_line += 1;
        let (text, newline) = split_newline(line);
        let _ = write!(
            self.out,
            "{number:>w$}{} {}",
            colors::gray(" |"),
            colors::red_bold("-"),
            w = self.width
        );
        let _ = writeln!(self.out, "{}", colors::white_on_red(text));
        if !newline {
            self.no_newline();
        }
    }

    fn added(&mut self, line: &str) {
        let number = self.after_line;
        self.after_line += 1;
        let (text, newline) = split_newline(line);
        let _ = write!(
            self.out,
            "{number:>w$}{} {}",
            colors::gray(" |"),
            colors::green_bold("+"),
            w = self.width
        );
        let _ = writeln!(self.out, "{}", colors::black_on_green(text));
        if !newline {
            self.no_newline();
        }
    }

    fn no_newline(&mut self) {
        let _ = writeln!(
            self.out,
            "{:w$}{} {}",
            "",
            colors::gray(" |"),
            colors::gray("\\ No newline at end of file"),
            w = self.width
        );
    }
}

/// `text.split('\n').count()` from the number of lines imara-diff made of `text` (each with
/// its `\n`, the last one without when `text` does not end with one): one more when `text`
/// is empty or ends with `\n`. (Counting the pieces again was ~1% of `x fmt --check`.)
fn split_count(imara_lines: usize, text: &str) -> usize {
    imara_lines + usize::from(text.is_empty() || text.ends_with('\n'))
}

fn split_newline(line: &str) -> (&str, bool) {
    match line.strip_suffix('\n') {
        Some(text) => (text, true),
        None => (line, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_lines_and_gaps() {
        colors::set_use_color(false);
        assert_eq!(
            diff("console.log('Hello World')", "console.log(\"Hello World\");"),
            "1 | -console.log('Hello World')\n  | \\ No newline at end of file\n1 | +console.log(\"Hello World\");\n  | \\ No newline at end of file\n"
        );
        assert_eq!(
            diff("\n\n\n\nconsole.log(\n'Hello World'\n)", "console.log(\n\"Hello World\"\n);"),
            concat!(
                "1 | -\n2 | -\n3 | -\n4 | -\n  | ...\n6 | -'Hello World'\n2 | +\"Hello World\"\n",
                "7 | -)\n  | \\ No newline at end of file\n3 | +);\n  | \\ No newline at end of file\n"
            )
        );
        assert_eq!(diff("a\r\n", "a\n"), " | Text differed by line endings.\n");
    }

    #[test]
    fn split_count_is_the_split_pieces() {
        for text in [
            "", "a", "\n", "a\n", "a\nb", "\n\n", "a\n\nb\n", "\r\n", "x\ry",
        ] {
            let input = InternedInput::new(text, "");
            assert_eq!(
                split_count(input.before.len(), text),
                text.split('\n').count(),
                "{text:?}"
            );
        }
    }
}
