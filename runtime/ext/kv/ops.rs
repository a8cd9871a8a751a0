//! The ops behind `01_kv.js`. Keys arrive as JS arrays and are encoded here
//! (`codec.rs`); results go back as flat arrays (`[encoding, payload, versionstamp]` per
//! entry, with the key first for lists) built with the engine's API, so a `get` or a
//! list page is one op and no serde pass. Limits and error messages follow Deno's
//! `ext/kv` (2 KiB keys, 64 KiB values, 1000 mutations, 100 checks, 10 keys per
//! `getMany`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use deno_core::{op2, v8, CancelFuture, CancelHandle, OpState, Resource, ResourceId};

use crate::codec::{self, KeyPart};
use crate::interface::*;
use crate::KvError;

const MAX_WRITE_KEY: usize = 2048;
const MAX_READ_KEY: usize = MAX_WRITE_KEY + 1;
const MAX_VALUE: usize = 65536;
const MAX_READ_RANGES: usize = 10;
const MAX_READ_ENTRIES: usize = 1000;
const MAX_CHECKS: usize = 100;
const MAX_MUTATIONS: usize = 1000;
const MAX_TOTAL_MUTATION: usize = 800 * 1024;
const MAX_TOTAL_KEY: usize = 80 * 1024;
/// How often a waiting `listenQueue` or `watch` looks at the database.
const POLL: Duration = Duration::from_millis(50);

struct KvResource {
    db: Rc<dyn KvBackend>,
    closed: Cell<bool>,
    /// Wakes waiting queue listeners and watchers (local commits, close).
    wake: Rc<tokio::sync::Notify>,
    cancel: Rc<CancelHandle>,
}

impl Resource for KvResource {
    fn name(&self) -> std::borrow::Cow<'_, str> {
        "kv".into()
    }
    fn close(self: Rc<Self>) {
        self.closed.set(true);
        self.cancel.cancel();
        self.wake.notify_waiters();
    }
}

struct WatchResource {
    cancel: Rc<CancelHandle>,
}

impl Resource for WatchResource {
    fn name(&self) -> std::borrow::Cow<'_, str> {
        "kvWatch".into()
    }
    fn close(self: Rc<Self>) {
        self.cancel.cancel();
    }
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

fn type_error(message: impl Into<String>) -> KvError {
    KvError::Type(message.into())
}

fn resource(state: &OpState, rid: ResourceId) -> Result<Rc<KvResource>, KvError> {
    Ok(state.resource_table.get::<KvResource>(rid)?)
}

// ----- keys and values between JS and Rust -----

fn key_part(
    scope: &mut v8::PinScope<'_, '_>,
    value: v8::Local<v8::Value>,
) -> Result<KeyPart, KvError> {
    if value.is_string() {
        return Ok(KeyPart::String(value.to_rust_string_lossy(scope)));
    }
    if value.is_number() {
        return Ok(KeyPart::Float(
            value.number_value(scope).unwrap_or(f64::NAN),
        ));
    }
    if value.is_big_int() {
        let big = v8::Local::<v8::BigInt>::try_from(value)
            .map_err(|_| type_error("expected string, number, bigint, ArrayBufferView, boolean"))?;
        let mut words = vec![0u64; big.word_count()];
        let (negative, words) = big.to_words_array(&mut words);
        let mut magnitude = Vec::with_capacity(words.len() * 8);
        for word in words.iter().rev() {
            magnitude.extend_from_slice(&word.to_be_bytes());
        }
        return Ok(KeyPart::Int(negative, magnitude));
    }
    if value.is_boolean() {
        return Ok(KeyPart::Bool(value.is_true()));
    }
    if value.is_array_buffer_view() {
        let view = v8::Local::<v8::ArrayBufferView>::try_from(value)
            .map_err(|_| type_error("expected string, number, bigint, ArrayBufferView, boolean"))?;
        let mut bytes = vec![0; view.byte_length()];
        view.copy_contents(&mut bytes);
        return Ok(KeyPart::Bytes(bytes));
    }
    Err(type_error(
        "expected string, number, bigint, ArrayBufferView, boolean",
    ))
}

fn array<'s>(
    value: v8::Local<'s, v8::Value>,
    what: &str,
) -> Result<v8::Local<'s, v8::Array>, KvError> {
    v8::Local::<v8::Array>::try_from(value).map_err(|_| {
        type_error(format!(
            "serde_v8 error: invalid type; expected: array, got: {what}"
        ))
    })
}

fn type_name(scope: &mut v8::PinScope<'_, '_>, value: v8::Local<v8::Value>) -> String {
    value.type_of(scope).to_rust_string_lossy(scope)
}

fn index<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    array: v8::Local<v8::Array>,
    i: u32,
) -> v8::Local<'s, v8::Value> {
    array
        .get_index(scope, i)
        .unwrap_or_else(|| v8::undefined(scope).into())
}

/// Encodes a JS key (an array of parts).
fn key(scope: &mut v8::PinScope<'_, '_>, value: v8::Local<v8::Value>) -> Result<Vec<u8>, KvError> {
    let what = if value.is_array() {
        String::new()
    } else {
        type_name(scope, value)
    };
    let parts = array(value, &what)?;
    let mut out = Vec::with_capacity(16);
    for i in 0..parts.length() {
        let part = index(scope, parts, i);
        let part = key_part(scope, part)?;
        codec::encode_part(&mut out, &part).map_err(type_error)?;
    }
    Ok(out)
}

fn read_key(
    scope: &mut v8::PinScope<'_, '_>,
    value: v8::Local<v8::Value>,
) -> Result<Vec<u8>, KvError> {
    let key = key(scope, value)?;
    if key.len() > MAX_READ_KEY {
        return Err(type_error(format!(
            "Key too large for read (max {MAX_READ_KEY} bytes)"
        )));
    }
    Ok(key)
}

fn key_to_js<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    bytes: &[u8],
) -> Result<v8::Local<'s, v8::Value>, KvError> {
    let parts =
        codec::decode_key(bytes).ok_or_else(|| type_error("invalid key in the database"))?;
    let mut values: Vec<v8::Local<v8::Value>> = Vec::with_capacity(parts.len());
    for part in parts {
        let value: v8::Local<v8::Value> = match part {
            KeyPart::Bytes(bytes) => uint8_array(scope, bytes),
            KeyPart::String(text) => string(scope, text.as_bytes()),
            KeyPart::Int(negative, magnitude) => {
                let mut words = Vec::with_capacity(magnitude.len() / 8 + 1);
                for chunk in magnitude.rchunks(8) {
                    let mut word = [0u8; 8];
                    word[8 - chunk.len()..].copy_from_slice(chunk);
                    words.push(u64::from_be_bytes(word));
                }
                v8::BigInt::new_from_words(scope, negative, &words)
                    .ok_or_else(|| type_error("bigint key part out of range"))?
                    .into()
            }
            KeyPart::Float(n) => v8::Number::new(scope, n).into(),
            KeyPart::Bool(b) => v8::Boolean::new(scope, b).into(),
        };
        values.push(value);
    }
    Ok(v8::Array::new_with_elements(scope, &values).into())
}

fn string<'s>(scope: &mut v8::PinScope<'s, '_>, bytes: &[u8]) -> v8::Local<'s, v8::Value> {
    v8::String::new_from_utf8(scope, bytes, v8::NewStringType::Normal)
        .map(Into::into)
        .unwrap_or_else(|| v8::undefined(scope).into())
}

fn uint8_array<'s>(scope: &mut v8::PinScope<'s, '_>, bytes: Vec<u8>) -> v8::Local<'s, v8::Value> {
    let len = bytes.len();
    let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
    let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
    v8::Uint8Array::new(scope, buffer, 0, len)
        .map(Into::into)
        .unwrap_or_else(|| v8::undefined(scope).into())
}

fn versionstamp(version: u64) -> String {
    format!("{version:016x}0000")
}

/// Pushes `encoding, payload, versionstamp` of `entry` onto `out`.
fn push_entry<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    out: &mut Vec<v8::Local<'s, v8::Value>>,
    entry: Entry,
) {
    out.push(v8::Integer::new(scope, entry.value.encoding as i32).into());
    let payload = match entry.value.encoding {
        ENCODING_U64 => {
            let n = u64::from_le_bytes(entry.value.data.as_slice().try_into().unwrap_or([0; 8]));
            v8::BigInt::new_from_u64(scope, n).into()
        }
        ENCODING_BYTES => uint8_array(scope, entry.value.data),
        _ => string(scope, &entry.value.data),
    };
    out.push(payload);
    out.push(string(scope, versionstamp(entry.version).as_bytes()));
}

/// A value from JS: `encoding` and its payload (a string, a `Uint8Array`, a bigint).
fn value(
    scope: &mut v8::PinScope<'_, '_>,
    encoding: v8::Local<v8::Value>,
    payload: v8::Local<v8::Value>,
) -> Result<Value, KvError> {
    let encoding = encoding.uint32_value(scope).unwrap_or(0) as u8;
    let data = match encoding {
        ENCODING_JS => payload.to_rust_string_lossy(scope).into_bytes(),
        ENCODING_BYTES => {
            let view = v8::Local::<v8::ArrayBufferView>::try_from(payload)
                .map_err(|_| type_error("Invalid value type"))?;
            let mut bytes = vec![0; view.byte_length()];
            view.copy_contents(&mut bytes);
            bytes
        }
        ENCODING_U64 => {
            let big = v8::Local::<v8::BigInt>::try_from(payload)
                .map_err(|_| type_error("Invalid value type"))?;
            big.u64_value().0.to_le_bytes().to_vec()
        }
        _ => return Err(type_error("Invalid value type")),
    };
    if data.len() > MAX_VALUE {
        return Err(type_error(format!(
            "Value too large (max {MAX_VALUE} bytes)"
        )));
    }
    Ok(Value { encoding, data })
}

// ----- open, read -----

#[op2]
#[smi]
pub fn op_kv_open(
    state: &mut OpState,
    #[string] path: Option<String>,
    #[string] main_module: String,
) -> Result<ResourceId, KvError> {
    let opener = state.borrow::<KvOpenerHandle>().0.clone();
    let db = opener.open(state, path.as_deref(), &main_module)?;
    Ok(state.resource_table.add(KvResource {
        db,
        closed: Cell::new(false),
        wake: Rc::new(tokio::sync::Notify::new()),
        cancel: Rc::new(CancelHandle::new()),
    }))
}

/// `get`: `[encoding, payload, versionstamp]`, or null when the key is absent.
#[op2]
pub fn op_kv_get<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    state: &mut OpState,
    #[smi] rid: ResourceId,
    key: v8::Local<'s, v8::Value>,
) -> Result<v8::Local<'s, v8::Value>, KvError> {
    let db = resource(state, rid)?;
    let key = read_key(scope, key)?;
    let mut found = db.db.get_many(&[key], now_ms())?;
    match found.pop().flatten() {
        None => Ok(v8::null(scope).into()),
        Some(entry) => {
            let mut out = Vec::with_capacity(3);
            push_entry(scope, &mut out, entry);
            Ok(v8::Array::new_with_elements(scope, &out).into())
        }
    }
}

/// `getMany`: three slots per key (encoding 0: absent).
#[op2]
pub fn op_kv_get_many<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    state: &mut OpState,
    #[smi] rid: ResourceId,
    keys: v8::Local<'s, v8::Value>,
) -> Result<v8::Local<'s, v8::Value>, KvError> {
    let db = resource(state, rid)?;
    let what = if keys.is_array() {
        String::new()
    } else {
        type_name(scope, keys)
    };
    let keys = array(keys, &what)?;
    if keys.length() as usize > MAX_READ_RANGES {
        return Err(type_error(format!(
            "Too many ranges (max {MAX_READ_RANGES})"
        )));
    }
    let mut encoded = Vec::with_capacity(keys.length() as usize);
    for i in 0..keys.length() {
        let k = index(scope, keys, i);
        encoded.push(read_key(scope, k)?);
    }
    let found = db.db.get_many(&encoded, now_ms())?;
    let mut out = Vec::with_capacity(found.len() * 3);
    for entry in found {
        match entry {
            Some(entry) => push_entry(scope, &mut out, entry),
            None => {
                let zero: v8::Local<v8::Value> = v8::Integer::new(scope, 0).into();
                let null: v8::Local<v8::Value> = v8::null(scope).into();
                out.extend([zero, null, null]);
            }
        }
    }
    Ok(v8::Array::new_with_elements(scope, &out).into())
}

/// A list selector, resolved to bytes.
struct Selector {
    prefix: Option<Vec<u8>>,
    start: Option<Vec<u8>>,
    end: Option<Vec<u8>>,
}

impl Selector {
    fn new(
        scope: &mut v8::PinScope<'_, '_>,
        prefix: v8::Local<v8::Value>,
        start: v8::Local<v8::Value>,
        end: v8::Local<v8::Value>,
    ) -> Result<Selector, KvError> {
        let mut opt = |v: v8::Local<v8::Value>| -> Result<Option<Vec<u8>>, KvError> {
            if v.is_null_or_undefined() {
                Ok(None)
            } else {
                read_key(scope, v).map(Some)
            }
        };
        let selector = Selector {
            prefix: opt(prefix)?,
            start: opt(start)?,
            end: opt(end)?,
        };
        match (&selector.prefix, &selector.start, &selector.end) {
            (Some(prefix), Some(start), None) => {
                if !start.starts_with(prefix) || start.len() == prefix.len() {
                    return Err(type_error(
                        "Start key is not in the keyspace defined by prefix",
                    ));
                }
            }
            (Some(prefix), None, Some(end)) => {
                if !end.starts_with(prefix) || end.len() == prefix.len() {
                    return Err(type_error(
                        "End key is not in the keyspace defined by prefix",
                    ));
                }
            }
            (Some(_), None, None) => {}
            (None, Some(start), Some(end)) => {
                if start > end {
                    return Err(type_error("Start key is greater than end key"));
                }
            }
            _ => return Err(type_error("Invalid range")),
        }
        Ok(selector)
    }

    fn range_start(&self) -> Vec<u8> {
        match (&self.start, &self.prefix) {
            (Some(start), _) => start.clone(),
            (None, Some(prefix)) => [prefix.as_slice(), &[0]].concat(),
            (None, None) => vec![],
        }
    }

    fn range_end(&self) -> Vec<u8> {
        match (&self.end, &self.prefix) {
            (Some(end), _) => end.clone(),
            (None, Some(prefix)) => [prefix.as_slice(), &[0xff]].concat(),
            (None, None) => vec![0xff],
        }
    }

    fn common_prefix(&self) -> Vec<u8> {
        match (&self.prefix, &self.start, &self.end) {
            (Some(prefix), _, _) => prefix.clone(),
            (None, Some(start), Some(end)) => start
                .iter()
                .zip(end)
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| *a)
                .collect(),
            _ => vec![],
        }
    }
}

/// One page of `list`: four slots per entry (key, encoding, payload, versionstamp).
#[op2]
#[allow(clippy::too_many_arguments)]
pub fn op_kv_list<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    state: &mut OpState,
    #[smi] rid: ResourceId,
    prefix: v8::Local<'s, v8::Value>,
    start: v8::Local<'s, v8::Value>,
    end: v8::Local<'s, v8::Value>,
    #[string] cursor: Option<String>,
    reverse: bool,
    #[smi] limit: u32,
) -> Result<v8::Local<'s, v8::Value>, KvError> {
    let db = resource(state, rid)?;
    let selector = Selector::new(scope, prefix, start, end)?;
    if limit == 0 {
        return Err(type_error("limit must be greater than 0"));
    }
    if limit as usize > MAX_READ_ENTRIES {
        return Err(type_error(format!(
            "Too many entries (max {MAX_READ_ENTRIES})"
        )));
    }
    let (mut first, mut last) = (selector.range_start(), selector.range_end());
    if let Some(cursor) = cursor.filter(|c| !c.is_empty()) {
        let tail = base64::engine::general_purpose::URL_SAFE
            .decode(cursor)
            .map_err(|_| type_error("invalid cursor"))?;
        let boundary = [selector.common_prefix(), tail].concat();
        if reverse {
            last = boundary;
        } else {
            first = [boundary.as_slice(), &[0]].concat();
        }
        if selector.start.as_ref().is_some_and(|s| &first < s)
            || selector.end.as_ref().is_some_and(|e| &last > e)
        {
            return Err(type_error("cursor out of bounds"));
        }
    }
    let entries = db.db.read_range(
        &ReadRange {
            start: first,
            end: last,
            limit: limit as usize,
            reverse,
        },
        now_ms(),
    )?;
    let mut out = Vec::with_capacity(entries.len() * 4);
    for entry in entries {
        let key = key_to_js(scope, &entry.key)?;
        out.push(key);
        push_entry(scope, &mut out, entry);
    }
    Ok(v8::Array::new_with_elements(scope, &out).into())
}

/// The cursor after `key` in the selection (base64url of the key past the common prefix).
#[op2]
#[string]
pub fn op_kv_encode_cursor<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    prefix: v8::Local<'s, v8::Value>,
    start: v8::Local<'s, v8::Value>,
    end: v8::Local<'s, v8::Value>,
    boundary: v8::Local<'s, v8::Value>,
) -> Result<String, KvError> {
    let selector = Selector::new(scope, prefix, start, end)?;
    let boundary = key(scope, boundary)?;
    let common = selector.common_prefix();
    if !boundary.starts_with(&common) {
        return Err(type_error("Invalid boundary key"));
    }
    Ok(base64::engine::general_purpose::URL_SAFE.encode(&boundary[common.len()..]))
}

// ----- commit -----

fn mutation_kind(kind: u32, value: Option<Value>) -> Result<MutationKind, KvError> {
    let u64_of = |value: Option<Value>, name: &str| -> Result<u64, KvError> {
        match value {
            Some(v) if v.encoding == ENCODING_U64 => Ok(u64::from_le_bytes(
                v.data.as_slice().try_into().unwrap_or([0; 8]),
            )),
            _ => Err(type_error(format!(
                "Invalid mutation: Failed to perform '{name}' mutation on a non-U64 operand"
            ))),
        }
    };
    Ok(match (kind, value) {
        (0, Some(v)) => MutationKind::Set(v),
        (1, _) => MutationKind::Delete,
        (2, v) => MutationKind::Sum(u64_of(v, "sum")?),
        (3, v) => MutationKind::Min(u64_of(v, "min")?),
        (4, v) => MutationKind::Max(u64_of(v, "max")?),
        (5, Some(v)) => MutationKind::SetSuffixVersionstampedKey(v),
        _ => return Err(type_error("Invalid mutation type")),
    })
}

/// `commit`: `checks` is `[key, versionstamp|null, ...]`, `mutations`
/// `[key, kind, encoding, payload, expireIn, ...]` (kind: 0 set, 1 delete, 2 sum,
/// 3 min, 4 max, 5 set with versionstamp suffix), `enqueues`
/// `[payload, delay, keysIfUndelivered, backoffSchedule|null, ...]`. Returns the
/// versionstamp, or null when a check failed.
#[op2]
pub fn op_kv_commit<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    state: &mut OpState,
    #[smi] rid: ResourceId,
    checks: v8::Local<'s, v8::Value>,
    mutations: v8::Local<'s, v8::Value>,
    enqueues: v8::Local<'s, v8::Value>,
) -> Result<v8::Local<'s, v8::Value>, KvError> {
    let db = resource(state, rid)?;
    let now = now_ms();
    let checks = array(checks, "value")?;
    let mutations = array(mutations, "value")?;
    let enqueues = array(enqueues, "value")?;
    let (n_checks, n_mutations, n_enqueues) = (
        checks.length() / 2,
        mutations.length() / 5,
        enqueues.length() / 4,
    );
    if n_checks as usize > MAX_CHECKS {
        return Err(type_error(format!("Too many checks (max {MAX_CHECKS})")));
    }
    if (n_mutations + n_enqueues) as usize > MAX_MUTATIONS {
        return Err(type_error(format!(
            "Too many mutations (max {MAX_MUTATIONS})"
        )));
    }
    let mut write = AtomicWrite::default();
    let mut total = 0usize;
    let mut total_keys = 0usize;
    let write_key = |scope: &mut v8::PinScope<'_, '_>, k: v8::Local<v8::Value>| {
        let k = key(scope, k)?;
        if k.is_empty() {
            return Err(type_error("key cannot be empty"));
        }
        if k.len() > MAX_WRITE_KEY {
            return Err(type_error(format!(
                "Key too large for write (max {MAX_WRITE_KEY} bytes)"
            )));
        }
        Ok(k)
    };
    for i in 0..n_checks {
        let k = index(scope, checks, i * 2);
        let k = write_key(scope, k)?;
        let stamp = index(scope, checks, i * 2 + 1);
        let version = if stamp.is_null_or_undefined() {
            None
        } else {
            let text = stamp.to_rust_string_lossy(scope);
            if text.len() != 20 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(type_error("Invalid check"));
            }
            let version =
                u64::from_str_radix(&text[..16], 16).map_err(|_| type_error("Invalid check"))?;
            // This database's versionstamps end in 0000: any other never matches.
            Some(if text.ends_with("0000") {
                version
            } else {
                u64::MAX
            })
        };
        total += k.len();
        write.checks.push(Check { key: k, version });
    }
    for i in 0..n_mutations {
        let base = i * 5;
        let k = index(scope, mutations, base);
        let k = write_key(scope, k)?;
        let kind = index(scope, mutations, base + 1)
            .uint32_value(scope)
            .unwrap_or(99);
        let encoding = index(scope, mutations, base + 2);
        let payload = index(scope, mutations, base + 3);
        let value = if encoding.is_null_or_undefined() {
            None
        } else {
            Some(value(scope, encoding, payload)?)
        };
        if let Some(v) = &value {
            total += v.data.len() + k.len();
            total_keys += k.len();
        }
        total += k.len();
        let expire_in = index(scope, mutations, base + 4);
        let expire_at = if expire_in.is_null_or_undefined() {
            None
        } else {
            let ms = expire_in.number_value(scope).unwrap_or(0.0);
            Some(now.saturating_add(ms as i64))
        };
        write.mutations.push(Mutation {
            key: k,
            kind: mutation_kind(kind, value)?,
            expire_at,
        });
    }
    for i in 0..n_enqueues {
        let base = i * 4;
        let payload = index(scope, enqueues, base);
        let payload = payload.to_rust_string_lossy(scope).into_bytes();
        if payload.len() > MAX_VALUE {
            return Err(type_error(format!(
                "enqueue payload too large (max {MAX_VALUE} bytes)"
            )));
        }
        total += payload.len();
        let delay = index(scope, enqueues, base + 1)
            .number_value(scope)
            .unwrap_or(0.0);
        let keys_value = index(scope, enqueues, base + 2);
        let mut keys_if_undelivered = Vec::new();
        if !keys_value.is_null_or_undefined() {
            let keys = array(keys_value, "value")?;
            for j in 0..keys.length() {
                let k = index(scope, keys, j);
                keys_if_undelivered.push(write_key(scope, k)?);
            }
        }
        let schedule = index(scope, enqueues, base + 3);
        let backoff_schedule = if schedule.is_null_or_undefined() {
            None
        } else {
            let schedule = array(schedule, "value")?;
            let mut out = Vec::new();
            for j in 0..schedule.length() {
                let n = index(scope, schedule, j).uint32_value(scope).unwrap_or(0);
                out.push(n);
            }
            total += 4 * out.len();
            Some(out)
        };
        write.enqueues.push(Enqueue {
            payload: Value {
                encoding: ENCODING_JS,
                data: payload,
            },
            ready_at: now + delay as i64,
            keys_if_undelivered,
            backoff_schedule,
        });
    }
    if total > MAX_TOTAL_MUTATION {
        return Err(type_error(format!(
            "Total mutation size too large (max {MAX_TOTAL_MUTATION} bytes)"
        )));
    }
    if total_keys > MAX_TOTAL_KEY {
        return Err(type_error(format!(
            "Total key size too large (max {MAX_TOTAL_KEY} bytes)"
        )));
    }
    match db.db.atomic_write(&write, now)? {
        None => Ok(v8::null(scope).into()),
        Some(version) => {
            db.wake.notify_waiters();
            Ok(string(scope, versionstamp(version).as_bytes()))
        }
    }
}

// ----- queues and watching -----

/// Waits for the next queue message: `[payload, id]`, or null once the database is closed.
#[op2]
#[serde]
pub async fn op_kv_dequeue(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<Option<(String, f64)>, KvError> {
    let db = resource(&state.borrow(), rid)?;
    loop {
        if db.closed.get() {
            return Ok(None);
        }
        let now = now_ms();
        let wait = match db.db.dequeue(now)? {
            Ok(message) => {
                let payload = String::from_utf8_lossy(&message.payload.data).into_owned();
                return Ok(Some((payload, message.id as f64)));
            }
            Err(Some(next)) => Duration::from_millis((next - now).clamp(1, 50) as u64),
            Err(None) => POLL,
        };
        let wake = db.wake.clone();
        let sleep = async {
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = wake.notified() => {}
            }
        };
        if sleep.or_cancel(db.cancel.clone()).await.is_err() {
            return Ok(None);
        }
    }
}

/// Ends a delivery (success, or a failure to retry).
#[op2(fast)]
pub fn op_kv_finish(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    id: f64,
    success: bool,
) -> Result<(), KvError> {
    let db = resource(state, rid)?;
    db.db.finish(id as i64, success, now_ms())
}

#[op2(fast)]
#[smi]
pub fn op_kv_watch_open(
    state: &mut OpState,
    #[smi] rid: ResourceId,
) -> Result<ResourceId, KvError> {
    resource(state, rid)?;
    Ok(state.resource_table.add(WatchResource {
        cancel: Rc::new(CancelHandle::new()),
    }))
}

/// Resolves once the database's version is past `since` (true), or when the watch or
/// the database is closed (false).
#[op2]
pub async fn op_kv_watch_wait(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
    #[smi] watch: ResourceId,
    since: f64,
) -> Result<bool, KvError> {
    let (db, watch) = {
        let state = state.borrow();
        let db = resource(&state, rid)?;
        let watch = state.resource_table.get::<WatchResource>(watch)?;
        (db, watch)
    };
    loop {
        if db.closed.get() {
            return Ok(false);
        }
        if db.db.version()? as f64 > since {
            return Ok(true);
        }
        let wake = db.wake.clone();
        let sleep = async {
            tokio::select! {
                _ = tokio::time::sleep(POLL) => {}
                _ = wake.notified() => {}
            }
        };
        let sleep = sleep.or_cancel(db.cancel.clone());
        if sleep.or_cancel(watch.cancel.clone()).await.is_err() {
            return Ok(false);
        }
    }
}

/// The database's version now (for `watch`).
#[op2(fast)]
pub fn op_kv_version(state: &mut OpState, #[smi] rid: ResourceId) -> Result<f64, KvError> {
    Ok(resource(state, rid)?.db.version()? as f64)
}

#[op2(fast)]
pub fn op_kv_close(state: &mut OpState, #[smi] rid: ResourceId) -> Result<(), KvError> {
    state.resource_table.take::<KvResource>(rid)?.close();
    Ok(())
}
