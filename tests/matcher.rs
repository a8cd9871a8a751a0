//! Compares actual output with an expected `.out` text in which `[WILDCARD]` matches any
//! text (newlines included) and `[WILDLINE]` matches the rest of a line, as in Deno's spec
//! tests.

/// Whether `actual` matches the `expected` pattern.
pub fn matches(expected: &str, actual: &str) -> bool {
    let pattern = expected.replace("\r\n", "\n");
    let actual = actual.replace("\r\n", "\n");
    let mut parts = Vec::new();
    let mut rest = pattern.as_str();
    while !rest.is_empty() {
        let wild = rest.find("[WILDCARD]");
        let line = rest.find("[WILDLINE]");
        match (wild, line) {
            (Some(w), l) if l.is_none_or(|l| w < l) => {
                parts.push(Part::Text(&rest[..w]));
                parts.push(Part::Any);
                rest = &rest[w + "[WILDCARD]".len()..];
            }
            (_, Some(l)) => {
                parts.push(Part::Text(&rest[..l]));
                parts.push(Part::Line);
                rest = &rest[l + "[WILDLINE]".len()..];
            }
            _ => {
                parts.push(Part::Text(rest));
                rest = "";
            }
        }
    }
    match_parts(&parts, &actual)
}

enum Part<'a> {
    Text(&'a str),
    Any,
    Line,
}

fn match_parts(parts: &[Part], actual: &str) -> bool {
    match parts.split_first() {
        None => actual.is_empty(),
        Some((Part::Text(text), rest)) => actual
            .strip_prefix(text)
            .is_some_and(|tail| match_parts(rest, tail)),
        Some((Part::Any, rest)) => (0..=actual.len())
            .filter(|i| actual.is_char_boundary(*i))
            .any(|i| match_parts(rest, &actual[i..])),
        Some((Part::Line, rest)) => {
            let end = actual.find('\n').unwrap_or(actual.len());
            (0..=end)
                .filter(|i| actual.is_char_boundary(*i))
                .any(|i| match_parts(rest, &actual[i..]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn wildcards() {
        assert!(matches("a[WILDCARD]c", "abbb\nbc"));
        assert!(matches("at [WILDLINE]\nend", "at file:///x.ts:1:2\nend"));
        assert!(!matches("at [WILDLINE]end", "at x\nend"));
        assert!(matches("exact\n", "exact\n"));
        assert!(!matches("exact\n", "exact"));
    }
}
