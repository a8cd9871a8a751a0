//! URL ops over the `url` crate (WHATWG URL) and the `urlpattern` crate.
//!
//! A parse (or a setter) is one op call: it returns the serialization and writes, into a
//! shared `Uint32Array`, where each getter's value lies in it (the `url` crate's own
//! getters, located by pointer arithmetic), so the JS getters are plain string slices.
//! A URL's serialization is ASCII, so byte offsets are UTF-16 offsets too.

use deno_core::op2;
use deno_error::JsErrorBox;
use url::form_urlencoded;
use url::quirks;
use url::Url;
use urlpattern::quirks::StringOrInit;

/// The getters, in the order their (start, end) pairs are written to the buffer.
const GETTERS: usize = 9;

/// Writes the (start, end) of each getter's value within `url.as_str()`.
fn write_components(url: &Url, buf: &mut [u32]) {
    let href = url.as_str();
    let base = href.as_ptr() as usize;
    let values: [&str; GETTERS] = [
        quirks::protocol(url),
        quirks::username(url),
        quirks::password(url),
        quirks::host(url),
        quirks::hostname(url),
        quirks::port(url),
        quirks::pathname(url),
        quirks::search(url),
        quirks::hash(url),
    ];
    for (i, value) in values.iter().enumerate() {
        // An empty value may be a `""` literal that does not point into `href`.
        let (start, end) = if value.is_empty() {
            (0, 0)
        } else {
            let start = value.as_ptr() as usize - base;
            debug_assert!(start + value.len() <= href.len());
            (start as u32, (start + value.len()) as u32)
        };
        buf[2 * i] = start;
        buf[2 * i + 1] = end;
    }
}

/// `new URL(href, base)`: the serialization, or `None` when either does not parse.
#[op2]
#[string]
pub fn op_url_parse(
    #[string] href: &str,
    #[string] base: Option<String>,
    #[buffer] buf: &mut [u32],
) -> Option<String> {
    let base = match base {
        Some(base) => Some(Url::parse(&base).ok()?),
        None => None,
    };
    let url = Url::options().base_url(base.as_ref()).parse(href).ok()?;
    write_components(&url, buf);
    Some(url.into())
}

/// The URL setters, numbered as in `00_url.js`.
const SET_HASH: u32 = 0;
const SET_HOST: u32 = 1;
const SET_HOSTNAME: u32 = 2;
const SET_PASSWORD: u32 = 3;
const SET_PATHNAME: u32 = 4;
const SET_PORT: u32 = 5;
const SET_PROTOCOL: u32 = 6;
const SET_SEARCH: u32 = 7;
const SET_USERNAME: u32 = 8;

/// A URL setter applied to `href` (a URL serialization): the new serialization, which is
/// `href` itself when the setter leaves the URL alone (setters fail silently).
#[op2]
#[string]
pub fn op_url_reparse(
    #[string] href: &str,
    #[smi] setter: u32,
    #[string] value: &str,
    #[buffer] buf: &mut [u32],
) -> Result<String, JsErrorBox> {
    let mut url =
        Url::parse(href).map_err(|e| JsErrorBox::type_error(format!("Invalid URL: {e}")))?;
    let _ = match setter {
        SET_HASH => {
            quirks::set_hash(&mut url, value);
            Ok(())
        }
        SET_HOST => quirks::set_host(&mut url, value),
        SET_HOSTNAME => quirks::set_hostname(&mut url, value),
        SET_PASSWORD => quirks::set_password(&mut url, value),
        SET_PATHNAME => {
            quirks::set_pathname(&mut url, value);
            Ok(())
        }
        SET_PORT => quirks::set_port(&mut url, value),
        SET_PROTOCOL => quirks::set_protocol(&mut url, value),
        SET_SEARCH => {
            quirks::set_search(&mut url, value);
            Ok(())
        }
        SET_USERNAME => quirks::set_username(&mut url, value),
        _ => return Err(JsErrorBox::type_error("unknown URL setter")),
    };
    write_components(&url, buf);
    Ok(url.into())
}

/// application/x-www-form-urlencoded parsing: the name-value pairs of `query`.
#[op2]
#[serde]
pub fn op_url_parse_search_params(#[string] query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

/// application/x-www-form-urlencoded serializing of name-value pairs.
#[op2]
#[string]
pub fn op_url_stringify_search_params(#[serde] pairs: Vec<(String, String)>) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

// ---------------------------------------------------------------------------------------
// URLPattern

fn pattern_error(error: urlpattern::Error) -> JsErrorBox {
    JsErrorBox::type_error(format!("Failed to construct 'URLPattern': {error}"))
}

/// One compiled component: what the JS needs to match (it builds the RegExp itself).
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PatternComponent {
    pattern_string: String,
    regexp_string: String,
    group_name_list: Vec<String>,
}

impl From<urlpattern::quirks::UrlPatternComponent> for PatternComponent {
    fn from(c: urlpattern::quirks::UrlPatternComponent) -> Self {
        PatternComponent {
            pattern_string: c.pattern_string,
            regexp_string: c.regexp_string,
            group_name_list: c.group_name_list,
        }
    }
}

/// The eight components in URL order, and whether any uses a custom regexp group.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ParsedPattern {
    components: [PatternComponent; 8],
    has_regexp_groups: bool,
}

/// `new URLPattern(input, baseURL, options)`: the compiled components.
#[op2]
#[serde]
pub fn op_urlpattern_parse(
    #[serde] input: StringOrInit,
    #[string] base_url: Option<String>,
    ignore_case: bool,
) -> Result<ParsedPattern, JsErrorBox> {
    let init = urlpattern::quirks::process_construct_pattern_input(input, base_url.as_deref())
        .map_err(pattern_error)?;
    let options = urlpattern::UrlPatternOptions { ignore_case };
    let pattern = urlpattern::quirks::parse_pattern(init, options).map_err(pattern_error)?;
    Ok(ParsedPattern {
        components: [
            pattern.protocol.into(),
            pattern.username.into(),
            pattern.password.into(),
            pattern.hostname.into(),
            pattern.port.into(),
            pattern.pathname.into(),
            pattern.search.into(),
            pattern.hash.into(),
        ],
        has_regexp_groups: pattern.has_regexp_groups,
    })
}

/// The eight component values to match against, or `None` when the input is not a URL
/// (then `test` is false and `exec` null).
#[op2]
#[serde]
pub fn op_urlpattern_process_match_input(
    #[serde] input: StringOrInit,
    #[string] base_url: Option<String>,
) -> Result<Option<[String; 8]>, JsErrorBox> {
    let Some((input, _inputs)) =
        urlpattern::quirks::process_match_input(input, base_url.as_deref())
            .map_err(pattern_error)?
    else {
        return Ok(None);
    };
    let Some(m) = urlpattern::quirks::parse_match_input(input) else {
        return Ok(None);
    };
    Ok(Some([
        m.protocol, m.username, m.password, m.hostname, m.port, m.pathname, m.search, m.hash,
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn components(href: &str) -> (String, Vec<String>) {
        let url = Url::parse(href).unwrap();
        let mut buf = [0u32; 2 * GETTERS];
        write_components(&url, &mut buf);
        let s = url.as_str().to_string();
        let parts = (0..GETTERS)
            .map(|i| s[buf[2 * i] as usize..buf[2 * i + 1] as usize].to_string())
            .collect();
        (s, parts)
    }

    #[test]
    fn getters_are_slices_of_the_serialization() {
        let (href, parts) = components("https://us%20er:pw@EXAMPLE.com:8080/a/../b?q=1#frag");
        assert_eq!(href, "https://us%20er:pw@example.com:8080/b?q=1#frag");
        assert_eq!(
            parts,
            [
                "https:",
                "us%20er",
                "pw",
                "example.com:8080",
                "example.com",
                "8080",
                "/b",
                "?q=1",
                "#frag"
            ]
        );
    }

    #[test]
    fn empty_query_and_fragment_are_empty_getters() {
        let (href, parts) = components("http://h/p?#");
        assert_eq!(href, "http://h/p?#");
        assert_eq!(parts[7], "");
        assert_eq!(parts[8], "");
        let (_, parts) = components("mailto:someone@example.org");
        assert_eq!(parts[0], "mailto:");
        assert_eq!(parts[3], "");
        assert_eq!(parts[6], "someone@example.org");
    }

    #[test]
    fn form_urlencoded_round_trip() {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(b"a=1&b=x+y&c=%F0%9F%98%80&&d")
            .into_owned()
            .collect();
        assert_eq!(pairs[1], ("b".into(), "x y".into()));
        assert_eq!(pairs[2].1, "\u{1f600}");
        assert_eq!(pairs[3], ("d".into(), "".into()));
        let s = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        assert_eq!(s, "a=1&b=x+y&c=%F0%9F%98%80&d=");
    }
}
