//! The Rust half of the web extension: the encodings (over `encoding_rs`), forgiving
//! base64, the high-resolution clock and the facts `navigator` reports.
//!
//! Ops report failure as a value (`None`, a status) where the JS must throw a
//! `DOMException` (whose class lives in JS); they return `Err` only for plain `TypeError`s.

use std::collections::HashMap;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use deno_core::{op2, v8, OpState};
use deno_error::JsErrorBox;
use encoding_rs::{CoderResult, Decoder, DecoderResult, Encoding};

/// The time origin of the process (HR-Time's "time origin"): `performance.now()` counts
/// from here, `performance.timeOrigin` is its wall-clock value. Put into the op state when
/// the runtime is created, so it is per process (never baked into the snapshot).
#[derive(Clone, Copy)]
pub struct TimeOrigin {
    instant: Instant,
    epoch_ms: f64,
}

impl TimeOrigin {
    pub fn now() -> TimeOrigin {
        let epoch_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs_f64() * 1000.0)
            .unwrap_or(0.0);
        TimeOrigin {
            instant: Instant::now(),
            epoch_ms,
        }
    }
}

/// Milliseconds since the time origin, with microsecond resolution.
#[op2(fast)]
pub fn op_web_now(state: &mut OpState) -> f64 {
    let origin = state.borrow::<TimeOrigin>().instant;
    let micros = origin.elapsed().as_micros() as f64;
    micros / 1000.0
}

/// `performance.timeOrigin`: the time origin as milliseconds since the Unix epoch.
#[op2(fast)]
pub fn op_web_time_origin(state: &mut OpState) -> f64 {
    state.borrow::<TimeOrigin>().epoch_ms
}

/// `navigator.hardwareConcurrency`.
#[op2(fast)]
pub fn op_web_hardware_concurrency() -> u32 {
    std::thread::available_parallelism()
        .map(|n| n.get() as u32)
        .unwrap_or(1)
}

/// `navigator.platform` (HTML's NavigatorID): the values browsers report, `Linux x86_64`,
/// `MacIntel` (on any Mac), `Win32` (on any Windows); `<OS> <arch>` elsewhere.
#[op2]
#[string]
pub fn op_web_platform() -> String {
    match std::env::consts::OS {
        "macos" => "MacIntel".to_string(),
        "windows" => "Win32".to_string(),
        "linux" => format!("Linux {}", std::env::consts::ARCH),
        os => {
            let mut name = os.to_string();
            if let Some(first) = name.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            format!("{name} {}", std::env::consts::ARCH)
        }
    }
}

/// `navigator.userAgent`: `x/<version>`.
#[op2]
#[string]
pub fn op_web_user_agent() -> String {
    format!("x/{}", env!("CARGO_PKG_VERSION"))
}

/// `navigator.language`: the BCP 47 tag of the process locale (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`), `en-US` for the C/POSIX locale or none.
#[op2]
#[string]
pub fn op_web_language() -> String {
    let raw = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .unwrap_or_default();
    posix_locale_to_bcp47(&raw)
}

/// `de_DE.UTF-8@euro` -> `de-DE`; `C`, `POSIX` and anything unparsable -> `en-US`.
fn posix_locale_to_bcp47(locale: &str) -> String {
    let base = locale.split(['.', '@']).next().unwrap_or("");
    if base.is_empty() || base == "C" || base == "POSIX" {
        return "en-US".to_string();
    }
    let mut parts = base.split(['_', '-']);
    let language = parts.next().unwrap_or("");
    if language.is_empty() || !language.bytes().all(|b| b.is_ascii_alphabetic()) {
        return "en-US".to_string();
    }
    let mut tag = language.to_ascii_lowercase();
    if let Some(region) = parts
        .next()
        .filter(|r| r.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        tag.push('-');
        tag.push_str(&region.to_ascii_uppercase());
    }
    tag
}

// ---------------------------------------------------------------------------------------
// Encoding

/// The lowercase name of the encoding a label names (Encoding, "get an encoding"), or
/// `None` for an unknown label and for the labels of "replacement" (which `TextDecoder`
/// must reject).
#[op2]
#[string]
pub fn op_encoding_normalize_label(#[string] label: &str) -> Option<String> {
    Encoding::for_label_no_replacement(label.as_bytes()).map(|e| e.name().to_ascii_lowercase())
}

/// `TextEncoder.encode`: the UTF-8 bytes of a string (lone surrogates become U+FFFD,
/// the USVString conversion), as one `Uint8Array`. The engine writes them straight
/// from its string into the array's buffer: a `#[string]` argument would copy the
/// text three times on the way into Rust (see ARCHITECTURE.md, "Engine notes").
#[op2]
pub fn op_encoding_encode<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    input: v8::Local<'s, v8::Value>,
) -> Result<v8::Local<'s, v8::Uint8Array>, JsErrorBox> {
    v8::x_fast::encode_utf8(scope, input)
        .ok_or_else(|| JsErrorBox::range_error("Out of memory encoding the string"))
}

/// `TextEncoder.encodeInto`: writes as many whole characters of a string (lone
/// surrogates as U+FFFD) as fit into `dest`; `out` receives [code units read, bytes
/// written]. The engine writes them from its string, as for `op_encoding_encode`.
#[op2(fast)]
pub fn op_encoding_encode_into(
    scope: &mut v8::PinScope<'_, '_>,
    input: v8::Local<'_, v8::Value>,
    #[buffer] dest: &mut [u8],
    #[buffer] out: &mut [u32],
) -> Result<(), JsErrorBox> {
    let (read, written) = v8::x_fast::encode_utf8_into(scope, input, dest)
        .ok_or_else(|| JsErrorBox::type_error("The source is not a string"))?;
    out[0] = read as u32;
    out[1] = written as u32;
    Ok(())
}

fn decoder_for(label: &str, ignore_bom: bool) -> Option<Decoder> {
    let encoding = Encoding::for_label_no_replacement(label.as_bytes())?;
    Some(if ignore_bom {
        encoding.new_decoder_without_bom_handling()
    } else {
        encoding.new_decoder_with_bom_removal()
    })
}

const INVALID_DATA: &str = "The encoded data is not valid.";

/// Decodes `input` (the whole of it when `last`) to UTF-16 code units, the engine's own
/// string form (UTF-8 in between would cost two more passes over the text).
/// `Ok(None)` reports malformed input in fatal mode.
fn decode(
    decoder: &mut Decoder,
    input: &[u8],
    fatal: bool,
    last: bool,
) -> Result<Option<Vec<u16>>, JsErrorBox> {
    let capacity = decoder
        .max_utf16_buffer_length(input.len())
        .ok_or_else(|| JsErrorBox::range_error("Value too large to decode"))?;
    let mut output = vec![0u16; capacity];
    let written = if fatal {
        let (result, _, written) =
            decoder.decode_to_utf16_without_replacement(input, &mut output, last);
        match result {
            DecoderResult::InputEmpty => written,
            DecoderResult::Malformed(..) => return Ok(None),
            DecoderResult::OutputFull => {
                return Err(JsErrorBox::range_error("Provided buffer too small"))
            }
        }
    } else {
        let (result, _, written, _) = decoder.decode_to_utf16(input, &mut output, last);
        match result {
            CoderResult::InputEmpty => written,
            CoderResult::OutputFull => {
                return Err(JsErrorBox::range_error("Provided buffer too small"))
            }
        }
    };
    output.truncate(written);
    Ok(Some(output))
}

fn utf16_to_v8<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    units: Option<Vec<u16>>,
) -> Result<v8::Local<'s, v8::String>, JsErrorBox> {
    let units = units.ok_or_else(|| JsErrorBox::type_error(INVALID_DATA))?;
    v8::x_fast::new_string_utf16(scope, &units)
        .ok_or_else(|| JsErrorBox::range_error("Value too large to decode"))
}

/// `TextDecoder.decode` without `stream`: a fresh decoder, all of the input, flushed.
/// UTF-8 that is all ASCII (no BOM, nothing to replace) becomes the string as it is.
#[op2]
pub fn op_encoding_decode_single<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    #[anybuffer] input: &[u8],
    #[string] label: &str,
    fatal: bool,
    ignore_bom: bool,
) -> Result<v8::Local<'s, v8::String>, JsErrorBox> {
    let mut decoder = decoder_for(label, ignore_bom)
        .ok_or_else(|| JsErrorBox::range_error(format!("Unknown encoding: {label}")))?;
    if decoder.encoding() == encoding_rs::UTF_8 && input.is_ascii() {
        return v8::x_fast::new_string_latin1(scope, input)
            .ok_or_else(|| JsErrorBox::range_error("Value too large to decode"));
    }
    let units = decode(&mut decoder, input, fatal, true)?;
    utf16_to_v8(scope, units)
}

/// The decoders of `TextDecoder`s in the middle of a stream, by id. A decoder lives here
/// from the first `stream: true` call until the call that flushes it (or until its
/// `TextDecoder` is collected: the JS frees it from a `FinalizationRegistry`).
#[derive(Default)]
pub struct Decoders {
    next_id: u32,
    live: HashMap<u32, (Decoder, bool)>,
}

#[op2(fast)]
pub fn op_encoding_new_decoder(
    state: &mut OpState,
    #[string] label: &str,
    fatal: bool,
    ignore_bom: bool,
) -> Result<u32, JsErrorBox> {
    let decoder = decoder_for(label, ignore_bom)
        .ok_or_else(|| JsErrorBox::range_error(format!("Unknown encoding: {label}")))?;
    let decoders = state.borrow_mut::<Decoders>();
    decoders.next_id = decoders.next_id.wrapping_add(1);
    let id = decoders.next_id;
    decoders.live.insert(id, (decoder, fatal));
    Ok(id)
}

/// One call of a streaming decode; `stream == false` flushes (the JS then frees the id).
#[op2]
pub fn op_encoding_decode_stream<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    state: &mut OpState,
    id: u32,
    #[anybuffer] input: &[u8],
    stream: bool,
) -> Result<v8::Local<'s, v8::String>, JsErrorBox> {
    let units = {
        let decoders = state.borrow_mut::<Decoders>();
        let (decoder, fatal) = decoders
            .live
            .get_mut(&id)
            .ok_or_else(|| JsErrorBox::type_error("The decoder was already freed"))?;
        decode(decoder, input, *fatal, !stream)?
    };
    utf16_to_v8(scope, units)
}

#[op2(fast)]
pub fn op_encoding_free_decoder(state: &mut OpState, id: u32) {
    state.borrow_mut::<Decoders>().live.remove(&id);
}

// ---------------------------------------------------------------------------------------
// structuredClone

/// What `structuredClone` must do with an object, from its internal slots (which JS can
/// only test one op call at a time): one call per object in the graph.
#[repr(u32)]
enum CloneKind {
    Ordinary = 1,
    Array = 2,
    BooleanObject = 3,
    NumberObject = 4,
    BigIntObject = 5,
    StringObject = 6,
    Date = 7,
    RegExp = 8,
    ArrayBuffer = 9,
    SharedArrayBuffer = 10,
    TypedArray = 11,
    DataView = 12,
    Map = 13,
    Set = 14,
    Error = 15,
    /// Functions, proxies, symbol wrappers, weak collections, promises, iterators, ...
    NotCloneable = 20,
}

/// `structuredClone` of a graph of plain objects, arrays, Maps, Sets, Dates and primitives, done
/// by the engine without running JS (`v8::x_fast::structured_clone_fast`); `null`
/// when the graph holds anything else, and then nothing observable has happened and
/// the JS runs the whole algorithm.
#[op2]
pub fn op_structured_clone_fast<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    value: v8::Local<'s, v8::Value>,
) -> v8::Local<'s, v8::Value> {
    v8::x_fast::structured_clone_fast(scope, value).unwrap_or_else(|| v8::null(scope).into())
}

#[op2(fast)]
pub fn op_structured_clone_kind(value: v8::Local<v8::Value>) -> u32 {
    let kind = if value.is_proxy()
        || value.is_function()
        || value.is_symbol_object()
        || value.is_weak_map()
        || value.is_weak_set()
        || value.is_promise()
        || value.is_map_iterator()
        || value.is_set_iterator()
        || value.is_module_namespace_object()
        || value.is_wasm_memory_object()
        || value.is_wasm_module_object()
    {
        CloneKind::NotCloneable
    } else if value.is_array() {
        CloneKind::Array
    } else if value.is_boolean_object() {
        CloneKind::BooleanObject
    } else if value.is_number_object() {
        CloneKind::NumberObject
    } else if value.is_big_int_object() {
        CloneKind::BigIntObject
    } else if value.is_string_object() {
        CloneKind::StringObject
    } else if value.is_date() {
        CloneKind::Date
    } else if value.is_reg_exp() {
        CloneKind::RegExp
    } else if value.is_array_buffer() {
        CloneKind::ArrayBuffer
    } else if value.is_shared_array_buffer() {
        CloneKind::SharedArrayBuffer
    } else if value.is_typed_array() {
        CloneKind::TypedArray
    } else if value.is_data_view() {
        CloneKind::DataView
    } else if value.is_map() {
        CloneKind::Map
    } else if value.is_set() {
        CloneKind::Set
    } else if value.is_native_error() {
        CloneKind::Error
    } else {
        CloneKind::Ordinary
    };
    kind as u32
}

// ---------------------------------------------------------------------------------------
// Base64

/// Infra's "forgiving-base64 decode"; `None` is failure.
pub fn forgiving_base64_decode(input: &[u8]) -> Option<Vec<u8>> {
    let mut data: Vec<u8> = input
        .iter()
        .copied()
        .filter(|b| !matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' '))
        .collect();
    if data.len().is_multiple_of(4) && data.last() == Some(&b'=') {
        data.pop();
        if data.last() == Some(&b'=') {
            data.pop();
        }
    }
    if data.len() % 4 == 1 {
        return None;
    }
    let mut output = Vec::with_capacity(data.len() / 4 * 3 + 2);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for byte in data {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | value as u32;
        bits += 6;
        if bits == 24 {
            output.extend_from_slice(&[(buffer >> 16) as u8, (buffer >> 8) as u8, buffer as u8]);
            buffer = 0;
            bits = 0;
        }
    }
    // 12 or 18 bits left: the last 4 or 2 are padding and are dropped.
    match bits {
        12 => output.push((buffer >> 4) as u8),
        18 => output.extend_from_slice(&[(buffer >> 10) as u8, (buffer >> 2) as u8]),
        _ => {}
    }
    Some(output)
}

const BASE64_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (RFC 4648 section 4), as `btoa` produces it.
pub fn base64_encode(input: &[u8]) -> String {
    let mut output = String::with_capacity(input.len().div_ceil(3) * 4);
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        output.push(BASE64_ALPHABET[(n >> 18) as usize & 63] as char);
        output.push(BASE64_ALPHABET[(n >> 12) as usize & 63] as char);
        output.push(if chunk.len() > 1 {
            BASE64_ALPHABET[(n >> 6) as usize & 63] as char
        } else {
            '='
        });
        output.push(if chunk.len() > 2 {
            BASE64_ALPHABET[n as usize & 63] as char
        } else {
            '='
        });
    }
    output
}

/// `atob`: the decoded bytes as a binary string (one code unit per byte); `None` when the
/// input is not forgiving-base64 (the JS throws `InvalidCharacterError`).
#[op2]
pub fn op_base64_atob<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    #[string] input: &str,
) -> Option<v8::Local<'s, v8::String>> {
    let bytes = forgiving_base64_decode(input.as_bytes())?;
    v8::String::new_from_one_byte(scope, &bytes, v8::NewStringType::Normal)
}

/// `btoa`: `None` when a character is above U+00FF (the JS throws `InvalidCharacterError`).
#[op2]
#[string]
pub fn op_base64_btoa(#[string] input: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(input.len());
    for c in input.chars() {
        bytes.push(u8::try_from(u32::from(c)).ok()?);
    }
    Some(base64_encode(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forgiving_base64() {
        assert_eq!(forgiving_base64_decode(b"YQ==").unwrap(), b"a");
        assert_eq!(forgiving_base64_decode(b"YQ").unwrap(), b"a");
        assert_eq!(forgiving_base64_decode(b" Y W\nJ j\t").unwrap(), b"abc");
        assert_eq!(
            forgiving_base64_decode(b"YR").unwrap(),
            b"a",
            "non-zero trailing bits are dropped"
        );
        assert_eq!(forgiving_base64_decode(b"").unwrap(), b"");
        assert!(
            forgiving_base64_decode(b"YQ=").is_none(),
            "padding only on a multiple of four"
        );
        assert!(forgiving_base64_decode(b"Y").is_none());
        assert!(forgiving_base64_decode(b"YQ===").is_none());
        assert!(forgiving_base64_decode(b"Y=Q=").is_none());
        assert!(
            forgiving_base64_decode(b"ab-_").is_none(),
            "no base64url alphabet"
        );
        assert_eq!(forgiving_base64_decode(b"AAA=").unwrap(), [0, 0]);
    }

    #[test]
    fn base64_round_trip() {
        for len in 0..10 {
            let input: Vec<u8> = (0..len).map(|i| (i * 37 + 200) as u8).collect();
            let encoded = base64_encode(&input);
            assert_eq!(encoded.len() % 4, 0);
            assert_eq!(forgiving_base64_decode(encoded.as_bytes()).unwrap(), input);
        }
        assert_eq!(base64_encode(b"hello"), "aGVsbG8=");
    }

    #[test]
    fn decode_streaming_and_fatal() {
        let text = |units: Option<Vec<u16>>| String::from_utf16(&units.unwrap()).unwrap();
        let mut decoder = decoder_for("utf-8", false).unwrap();
        assert_eq!(
            text(decode(&mut decoder, b"\xef\xbb\xbfa\xe2\x82", false, false).unwrap()),
            "a"
        );
        assert_eq!(
            text(decode(&mut decoder, b"\xac", false, true).unwrap()),
            "\u{20ac}"
        );
        let mut decoder = decoder_for("utf-8", false).unwrap();
        assert_eq!(decode(&mut decoder, b"a\xff", true, true).unwrap(), None);
        let mut decoder = decoder_for("utf-8", false).unwrap();
        assert_eq!(
            text(decode(&mut decoder, b"a\xffb\xe2\x82", false, true).unwrap()),
            "a\u{fffd}b\u{fffd}"
        );
        let mut decoder = decoder_for("utf-8", true).unwrap();
        assert_eq!(
            text(decode(&mut decoder, b"\xef\xbb\xbf", false, true).unwrap()),
            "\u{feff}"
        );
        let mut decoder = decoder_for("latin1", false).unwrap();
        assert_eq!(
            text(decode(&mut decoder, b"\x80\xe9", false, true).unwrap()),
            "\u{20ac}\u{e9}"
        );
        let mut decoder = decoder_for("utf-8", false).unwrap();
        assert_eq!(
            decode(&mut decoder, b"\xf0\x9f\x98\x80", false, true)
                .unwrap()
                .unwrap(),
            [0xd83d, 0xde00]
        );
        assert!(decoder_for("replacement", false).is_none());
        assert!(decoder_for("iso-2022-kr", false).is_none());
    }

    #[test]
    fn locale_tags() {
        assert_eq!(posix_locale_to_bcp47("de_DE.UTF-8"), "de-DE");
        assert_eq!(posix_locale_to_bcp47("C.UTF-8"), "en-US");
        assert_eq!(posix_locale_to_bcp47(""), "en-US");
        assert_eq!(posix_locale_to_bcp47("fr"), "fr");
    }
}
