//! The order-preserving key encoding: a key (an array of parts) becomes bytes whose
//! byte-wise order is the order Deno KV gives keys. The layout is FoundationDB's tuple
//! encoding, as Deno KV uses it, so the same keys sort the same way:
//!
//! | part         | tag                          | payload                                   |
//! |--------------|------------------------------|-------------------------------------------|
//! | `Uint8Array` | `0x01`                       | bytes, `0x00` escaped as `0x00 0xff`, `0x00` |
//! | `string`     | `0x02`                       | UTF-8, escaped the same way, `0x00`        |
//! | `bigint`     | `0x0b..=0x1d` (`0x14` is 0)  | big-endian magnitude (inverted if negative), length in the tag (or a length byte past 8) |
//! | `number`     | `0x21`                       | IEEE-754 bits, sign-flipped so they sort, NaN canonical |
//! | `false`/`true` | `0x26`/`0x27`              | none                                      |
//!
//! So parts of different types order Uint8Array < string < bigint < number < boolean —
//! what `deno` 2.9 does (Deno's manual lists number before bigint; the encoding, and
//! therefore Deno, puts bigint first).

use std::cmp::Ordering;

const BYTES: u8 = 0x01;
const STRING: u8 = 0x02;
const NEG_INT_START: u8 = 0x0b;
const INT_ZERO: u8 = 0x14;
const POS_INT_END: u8 = 0x1d;
const DOUBLE: u8 = 0x21;
const FALSE: u8 = 0x26;
const TRUE: u8 = 0x27;
const ESCAPE: u8 = 0xff;

/// One part of a key.
#[derive(Debug, Clone, PartialEq)]
pub enum KeyPart {
    Bytes(Vec<u8>),
    String(String),
    /// A bigint: negative?, big-endian magnitude without leading zeros (empty for 0).
    Int(bool, Vec<u8>),
    Float(f64),
    Bool(bool),
}

/// Appends the encoding of `part` to `out`.
pub fn encode_part(out: &mut Vec<u8>, part: &KeyPart) -> Result<(), &'static str> {
    match part {
        KeyPart::Bytes(bytes) => {
            out.push(BYTES);
            escape_into(out, bytes);
            out.push(0);
        }
        KeyPart::String(text) => {
            out.push(STRING);
            escape_into(out, text.as_bytes());
            out.push(0);
        }
        KeyPart::Int(negative, magnitude) => encode_int(out, *negative, magnitude)?,
        KeyPart::Float(n) => {
            out.push(DOUBLE);
            let n = if n.is_nan() { f64::NAN } else { *n };
            let bits = n.to_bits();
            let bits = if n.is_sign_negative() {
                !bits
            } else {
                bits ^ (1 << 63)
            };
            out.extend_from_slice(&bits.to_be_bytes());
        }
        KeyPart::Bool(false) => out.push(FALSE),
        KeyPart::Bool(true) => out.push(TRUE),
    }
    Ok(())
}

/// The encoding of a whole key.
pub fn encode_key(parts: &[KeyPart]) -> Result<Vec<u8>, &'static str> {
    let mut out = Vec::with_capacity(16);
    for part in parts {
        encode_part(&mut out, part)?;
    }
    Ok(out)
}

fn encode_int(out: &mut Vec<u8>, negative: bool, magnitude: &[u8]) -> Result<(), &'static str> {
    let start = magnitude
        .iter()
        .position(|b| *b != 0)
        .unwrap_or(magnitude.len());
    let magnitude = &magnitude[start..];
    let n = magnitude.len();
    if n == 0 {
        out.push(INT_ZERO);
        return Ok(());
    }
    if n > 255 {
        return Err("bigint key parts must fit in 255 bytes");
    }
    if negative {
        if n <= 8 {
            out.push(INT_ZERO - n as u8);
        } else {
            out.extend_from_slice(&[NEG_INT_START, (n as u8) ^ 0xff]);
        }
        out.extend(magnitude.iter().map(|b| !b));
    } else {
        if n <= 8 {
            out.push(INT_ZERO + n as u8);
        } else {
            out.extend_from_slice(&[POS_INT_END, n as u8]);
        }
        out.extend_from_slice(magnitude);
    }
    Ok(())
}

fn escape_into(out: &mut Vec<u8>, bytes: &[u8]) {
    for &b in bytes {
        out.push(b);
        if b == 0 {
            out.push(ESCAPE);
        }
    }
}

/// Decodes a key written by [`encode_key`]; `None` if the bytes are not one.
pub fn decode_key(mut bytes: &[u8]) -> Option<Vec<KeyPart>> {
    let mut parts = Vec::new();
    while let Some((&tag, rest)) = bytes.split_first() {
        bytes = rest;
        let part = match tag {
            BYTES | STRING => {
                let (data, rest) = unescape(bytes)?;
                bytes = rest;
                if tag == BYTES {
                    KeyPart::Bytes(data)
                } else {
                    KeyPart::String(String::from_utf8(data).ok()?)
                }
            }
            NEG_INT_START..=POS_INT_END => {
                let (negative, n) = match tag {
                    NEG_INT_START => {
                        let (&len, rest) = bytes.split_first()?;
                        bytes = rest;
                        (true, (len ^ 0xff) as usize)
                    }
                    POS_INT_END => {
                        let (&len, rest) = bytes.split_first()?;
                        bytes = rest;
                        (false, len as usize)
                    }
                    t if t < INT_ZERO => (true, (INT_ZERO - t) as usize),
                    t => (false, (t - INT_ZERO) as usize),
                };
                if bytes.len() < n {
                    return None;
                }
                let (magnitude, rest) = bytes.split_at(n);
                bytes = rest;
                let magnitude = if negative {
                    magnitude.iter().map(|b| !b).collect()
                } else {
                    magnitude.to_vec()
                };
                KeyPart::Int(negative, magnitude)
            }
            DOUBLE => {
                if bytes.len() < 8 {
                    return None;
                }
                let (raw, rest) = bytes.split_at(8);
                bytes = rest;
                let bits = u64::from_be_bytes(raw.try_into().ok()?);
                let bits = if bits & (1 << 63) == 0 {
                    !bits
                } else {
                    bits ^ (1 << 63)
                };
                KeyPart::Float(f64::from_bits(bits))
            }
            FALSE => KeyPart::Bool(false),
            TRUE => KeyPart::Bool(true),
            _ => return None,
        };
        parts.push(part);
    }
    Some(parts)
}

fn unescape(bytes: &[u8]) -> Option<(Vec<u8>, &[u8])> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if b == 0 {
            if bytes.get(i) == Some(&ESCAPE) {
                out.push(0);
                i += 1;
                continue;
            }
            return Some((out, &bytes[i..]));
        }
        out.push(b);
    }
    None
}

/// Compares two keys the way their encodings compare (for tests and checks).
pub fn compare(a: &[KeyPart], b: &[KeyPart]) -> Ordering {
    let a = encode_key(a).unwrap_or_default();
    let b = encode_key(b).unwrap_or_default();
    a.cmp(&b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(n: i128) -> KeyPart {
        let magnitude = n.unsigned_abs().to_be_bytes();
        let start = magnitude.iter().position(|b| *b != 0).unwrap_or(16);
        KeyPart::Int(n < 0, magnitude[start..].to_vec())
    }

    #[test]
    fn type_order_is_denos() {
        let ordered = [
            KeyPart::Bytes(vec![]),
            KeyPart::Bytes(vec![0]),
            KeyPart::Bytes(vec![1]),
            KeyPart::String(String::new()),
            KeyPart::String("a".into()),
            KeyPart::String("a\0".into()),
            KeyPart::String("b".into()),
            int(-(1 << 80)),
            int(-300),
            int(-1),
            int(0),
            int(1),
            int(255),
            int(256),
            int(1 << 80),
            KeyPart::Float(f64::NEG_INFINITY),
            KeyPart::Float(-1.5),
            KeyPart::Float(-0.0),
            KeyPart::Float(0.0),
            KeyPart::Float(2.5),
            KeyPart::Float(f64::INFINITY),
            KeyPart::Float(f64::NAN),
            KeyPart::Bool(false),
            KeyPart::Bool(true),
        ];
        for pair in ordered.windows(2) {
            assert_eq!(
                compare(&pair[..1], &pair[1..]),
                Ordering::Less,
                "{:?} < {:?}",
                pair[0],
                pair[1]
            );
        }
    }

    #[test]
    fn prefixes_sort_first() {
        let a = [KeyPart::String("a".into())];
        let ab = [KeyPart::String("a".into()), KeyPart::String("b".into())];
        let b = [KeyPart::String("b".into())];
        assert_eq!(compare(&a, &ab), Ordering::Less);
        assert_eq!(compare(&ab, &b), Ordering::Less);
    }

    #[test]
    fn round_trips() {
        let key = vec![
            KeyPart::Bytes(vec![0, 1, 0xff, 0]),
            KeyPart::String("h\0llo \u{1F600}".into()),
            int(-(1 << 100)),
            int(-5),
            int(0),
            int(1 << 70),
            KeyPart::Float(-0.25),
            KeyPart::Float(1e300),
            KeyPart::Bool(true),
            KeyPart::Bool(false),
        ];
        let bytes = encode_key(&key).unwrap();
        assert_eq!(decode_key(&bytes).unwrap(), key);
    }

    #[test]
    fn matches_deno_bytes() {
        // ["a", 1n, 1, true] as Deno KV encodes it.
        let key = [
            KeyPart::String("a".into()),
            int(1),
            KeyPart::Float(1.0),
            KeyPart::Bool(true),
        ];
        assert_eq!(
            encode_key(&key).unwrap(),
            [0x02, b'a', 0, 0x15, 1, 0x21, 0xbf, 0xf0, 0, 0, 0, 0, 0, 0, 0x27]
        );
    }

    #[test]
    fn rejects_garbage() {
        assert!(decode_key(&[0x02, b'a']).is_none());
        assert!(decode_key(&[0x99]).is_none());
        assert!(decode_key(&[0x21, 1]).is_none());
    }
}
