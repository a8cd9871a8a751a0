//! Small shared pieces of wording: errors as the runtime prints them, durations and paths
//! as Deno prints them, ANSI colors (and their removal, for JUnit/TAP/JSON), and the
//! seeded shuffle of `--shuffle`.

use deno_core::error::JsError;
use url::Url;

/// `message`, the source line with a caret, and the frames: the text after `error: `.
pub fn format_error(error: &JsError, colors: bool) -> String {
    let text = x_worker::format_uncaught(error, colors);
    for label in ["\x1b[1;31merror\x1b[0m: ", "error: "] {
        if let Some(rest) = text.strip_prefix(label) {
            return rest.to_string();
        }
    }
    text
}

/// `1ms`, `512µs`, `1s`, `1m3s`: Deno's way of showing a duration.
pub fn human_elapsed(us: u64) -> String {
    if us == 0 {
        return "0ms".into();
    }
    if us < 1_000 {
        return format!("{us}µs");
    }
    let ms = us / 1_000;
    if ms < 1_000 {
        return format!("{ms}ms");
    }
    let seconds = ms / 1_000;
    if seconds < 60 {
        return format!("{seconds}s");
    }
    let minutes = seconds / 60;
    let seconds = seconds % 60;
    if seconds == 0 {
        format!("{minutes}m")
    } else {
        format!("{minutes}m{seconds}s")
    }
}

/// `./a_test.ts` for a file under `cwd`, the URL otherwise (as Deno shows origins).
pub fn relative(cwd: &Url, specifier: &str) -> String {
    let Ok(url) = Url::parse(specifier) else {
        return specifier.to_string();
    };
    if url.scheme() == "file" {
        if let Some(relative) = cwd.make_relative(&url) {
            let relative = doc_snippet_name(&relative);
            if relative.starts_with("../") {
                return relative;
            }
            return format!("./{relative}");
        }
    }
    specifier.to_string()
}

/// A doc snippet's module (`README.md$3-6.ts`, see `doc.rs`) as Deno names it
/// (`README.md#3-6.ts`).
fn doc_snippet_name(path: &str) -> String {
    let mut out = path.to_string();
    if let Some(at) = out.rfind('$') {
        if out[at + 1..].starts_with(|c: char| c.is_ascii_digit()) {
            out.replace_range(at..=at, "#");
        }
    }
    out
}

/// Removes ANSI escape sequences (for reports read by machines).
pub fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            chars.next();
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

/// Terminal colors, on or off.
#[derive(Debug, Clone, Copy)]
pub struct Colors(pub bool);

impl Colors {
    fn paint(self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    pub fn green(self, text: &str) -> String {
        self.paint("32", text)
    }
    pub fn red(self, text: &str) -> String {
        self.paint("31", text)
    }
    pub fn yellow(self, text: &str) -> String {
        self.paint("33", text)
    }
    pub fn cyan(self, text: &str) -> String {
        self.paint("36", text)
    }
    pub fn gray(self, text: &str) -> String {
        self.paint("38;5;245", text)
    }
    pub fn red_bold(self, text: &str) -> String {
        self.paint("1;31", text)
    }
    pub fn white_bold_on_red(self, text: &str) -> String {
        self.paint("1;37;41", text)
    }
}

/// A small deterministic generator (SplitMix64): the same seed gives the same order on
/// every machine and every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Fisher-Yates with the seeded generator.
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut rng = Rng::new(seed);
    for i in (1..items.len()).rev() {
        let j = (rng.next_u64() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_deno() {
        assert_eq!(human_elapsed(0), "0ms");
        assert_eq!(human_elapsed(512), "512µs");
        assert_eq!(human_elapsed(4_200), "4ms");
        assert_eq!(human_elapsed(1_500_000), "1s");
        assert_eq!(human_elapsed(63_000_000), "1m3s");
    }

    #[test]
    fn relative_paths() {
        let cwd = Url::parse("file:///app/").unwrap();
        assert_eq!(relative(&cwd, "file:///app/a_test.ts"), "./a_test.ts");
        assert_eq!(
            relative(&cwd, "file:///other/b_test.ts"),
            "../other/b_test.ts"
        );
        assert_eq!(
            relative(&cwd, "https://x.test/c_test.ts"),
            "https://x.test/c_test.ts"
        );
    }

    #[test]
    fn strips_ansi() {
        assert_eq!(strip_ansi("\x1b[1;31merror\x1b[0m: x"), "error: x");
    }

    #[test]
    fn shuffle_is_deterministic_and_a_permutation() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        shuffle(&mut a, 42);
        shuffle(&mut b, 42);
        assert_eq!(a, b);
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
        assert_ne!(a, (0..50).collect::<Vec<_>>());
    }
}
