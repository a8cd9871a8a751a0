//! The multipart/form-data parser behind `Body.formData()` (RFC 7578 on RFC 2046): the
//! preamble is skipped, transport padding after a delimiter is allowed, part headers are
//! read as Latin-1 and names/filenames then decoded as UTF-8, as browsers and Deno do.

/// Limits that keep a hostile body from making the parser do unbounded work.
const MAX_PART_HEADER_SIZE: usize = 16 * 1024;
const MAX_PART_HEADER_COUNT: usize = 128;

pub struct Part<'a> {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: &'a [u8],
}

/// Where the delimiter at `index` ends, and whether it closes the body.
fn match_delimiter(body: &[u8], index: usize, delimiter: &[u8]) -> Option<(bool, usize)> {
    if !body.get(index..)?.starts_with(delimiter) {
        return None;
    }
    let mut i = index + delimiter.len();
    let close = body.get(i..i + 2) == Some(b"--");
    if close {
        i += 2;
    }
    while matches!(body.get(i), Some(b' ') | Some(b'\t')) {
        i += 1;
    }
    if close && i == body.len() {
        return Some((true, i));
    }
    if body.get(i..i + 2) == Some(b"\r\n") {
        return Some((close, i + 2));
    }
    None
}

fn latin1_to_utf8(text: &[u8]) -> String {
    String::from_utf8_lossy(text).into_owned()
}

/// `name="value"` parameters of a Content-Disposition header.
fn disposition_param(value: &[u8], wanted: &str) -> Option<Vec<u8>> {
    let mut params = value.split(|b| *b == b';');
    params.next()?;
    for param in params {
        let param = trim(param);
        let Some(eq) = param.iter().position(|b| *b == b'=') else {
            continue;
        };
        let key = trim(&param[..eq]);
        if !key.eq_ignore_ascii_case(wanted.as_bytes()) {
            continue;
        }
        let mut v = trim(&param[eq + 1..]);
        if v.len() >= 2 && v[0] == b'"' && v[v.len() - 1] == b'"' {
            v = &v[1..v.len() - 1];
        }
        return Some(v.to_vec());
    }
    None
}

fn trim(bytes: &[u8]) -> &[u8] {
    let is_ws = |b: &u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n');
    let start = bytes.iter().position(|b| !is_ws(b)).unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !is_ws(b))
        .map_or(start, |e| e + 1);
    &bytes[start..end]
}

pub fn parse<'a>(body: &'a [u8], boundary: &str) -> Result<Vec<Part<'a>>, String> {
    if boundary.is_empty() {
        return Err(
            "Cannot parse body as form data: multipart/form-data must provide a boundary".into(),
        );
    }
    let delimiter = format!("--{boundary}").into_bytes();
    // The first delimiter is at the start of a line; what comes before is the preamble.
    let mut start = None;
    for index in 0..body.len() {
        if index != 0 && !(index >= 2 && &body[index - 2..index] == b"\r\n") {
            continue;
        }
        if let Some(found) = match_delimiter(body, index, &delimiter) {
            start = Some(found);
            break;
        }
    }
    let Some((closed, mut cursor)) = start else {
        return Err("Unable to parse body as form data".into());
    };
    let mut parts = Vec::new();
    if closed {
        return Ok(parts);
    }
    loop {
        // Headers end at the first empty line (which may be the first line).
        let (headers, content_start) = if body[cursor..].starts_with(b"\r\n") {
            (&body[cursor..cursor], cursor + 2)
        } else {
            let end = find(&body[cursor..], b"\r\n\r\n")
                .map(|i| cursor + i)
                .ok_or("Unable to parse body as form data")?;
            (&body[cursor..end], end + 4)
        };
        if headers.len() > MAX_PART_HEADER_SIZE {
            return Err("Multipart part headers are too large".into());
        }
        let mut disposition = None;
        let mut content_type = None;
        for (count, line) in headers.split(|b| *b == b'\n').enumerate() {
            if count >= MAX_PART_HEADER_COUNT {
                return Err("Multipart part has too many headers".into());
            }
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            let Some(colon) = line.iter().position(|b| *b == b':') else {
                continue;
            };
            let name = trim(&line[..colon]);
            let value = trim(&line[colon + 1..]);
            if name.eq_ignore_ascii_case(b"content-disposition") {
                disposition = Some(value.to_vec());
            } else if name.eq_ignore_ascii_case(b"content-type") {
                content_type = Some(latin1_to_utf8(value));
            }
        }
        // The content ends at CRLF + a delimiter.
        let mut search = content_start;
        let (content_end, closed, next) = loop {
            let Some(i) = find(&body[search.min(body.len())..], b"\r\n").map(|i| search + i) else {
                return Err("Unable to parse body as form data".into());
            };
            if let Some((closed, next)) = match_delimiter(body, i + 2, &delimiter) {
                break (i, closed, next);
            }
            search = i + 2;
        };
        let data = &body[content_start..content_end];
        if let Some(disposition) = disposition {
            let name = disposition_param(&disposition, "name").map(|n| latin1_to_utf8(&n));
            let filename = disposition_param(&disposition, "filename").map(|n| latin1_to_utf8(&n));
            if let Some(name) = name.filter(|n| !n.is_empty()) {
                parts.push(Part {
                    name,
                    filename,
                    content_type: content_type.filter(|t| !t.is_empty()),
                    data,
                });
            }
        }
        if closed {
            return Ok(parts);
        }
        cursor = next;
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fields_and_files() {
        let body = b"preamble\r\n--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\nworld\r\n--B--\r\n";
        let parts = parse(body, "B").unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].name, "a");
        assert_eq!(parts[0].data, b"1");
        assert_eq!(parts[1].filename.as_deref(), Some("x.txt"));
        assert_eq!(parts[1].content_type.as_deref(), Some("text/plain"));
        assert_eq!(parts[1].data, b"hello\r\nworld");
    }

    #[test]
    fn empty_and_invalid_bodies() {
        assert!(parse(b"--B--", "B").unwrap().is_empty());
        assert!(parse(b"nothing", "B").is_err());
        assert!(parse(
            b"--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end",
            "B"
        )
        .is_err());
    }

    #[test]
    fn empty_content() {
        let parts = parse(
            b"--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\r\n--B--",
            "B",
        )
        .unwrap();
        assert_eq!(parts[0].data, b"");
    }
}
