// Deno.openKv and Deno.Kv, Deno.AtomicOperation, Deno.KvU64, Deno.KvListIterator over the
// x_ext_kv ops (one op per read, list page or commit; keys are encoded in Rust).
//
// Values: a Uint8Array is stored as bytes (encoding 3), a Deno.KvU64 as a u64 (2), and
// anything else (1) as x's structured-clone text: JSON, where what JSON cannot say is a
// one-key object whose key is "\u0000" plus a tag letter:
//   u undefined, n NaN/Infinity/-Infinity/-0, b bigint, d Date, r RegExp,
//   w Boolean/Number/String/BigInt object, a ArrayBuffer, t typed array or DataView,
//   m Map, s Set, e Error, o an object with keys starting with "\u0000",
//   h a hole in an array, x a reference to an object seen before (objects are numbered in visiting order).
// Plain JSON values come back through JSON.parse alone (no tag can occur in text that
// has no "\\u0000" escape).
import { core, primordials } from "ext:core/mod.js";
import {
  op_kv_commit,
  op_kv_dequeue,
  op_kv_encode_cursor,
  op_kv_finish,
  op_kv_get,
  op_kv_get_many,
  op_kv_list,
  op_kv_open,
  op_kv_version,
  op_kv_watch_open,
  op_kv_watch_wait,
  op_structured_clone_kind,
} from "ext:core/ops";
import { ReadableStream } from "ext:x_ext_streams/01_streams.js";

const {
  ArrayBuffer,
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  BigInt,
  DataView,
  Date,
  Error,
  JSONParse,
  JSONStringify,
  MapPrototypeGet,
  MapPrototypeSet,
  NumberIsInteger,
  NumberIsNaN,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetPrototypeOf,
  ObjectPrototype,
  ObjectHasOwn,
  ObjectKeys,
  ObjectPrototypeIsPrototypeOf,
  RangeError,
  RegExp,
  SafeMap,
  SafeSet,
  SetPrototypeAdd,
  SetPrototypeDelete,
  StringFromCharCode,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  Symbol,
  SymbolAsyncIterator,
  SymbolFor,
  SymbolToStringTag,
  TypeError,
  TypedArrayPrototypeGetSymbolToStringTag,
  Uint8Array,
} = primordials;

const NUL = "\u0000";

// ----- the value encoding -----

function cloneError(text) {
  return new TypeError(`${text} could not be cloned.`);
}

function numberTree(n) {
  if (n !== n) return { [NUL + "n"]: "NaN" };
  if (n === Infinity) return { [NUL + "n"]: "Infinity" };
  if (n === -Infinity) return { [NUL + "n"]: "-Infinity" };
  if (n === 0 && 1 / n < 0) return { [NUL + "n"]: "-0" };
  return n;
}

function bytesToLatin1(bytes) {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    text += StringFromCharCode.apply(null, bytes.subarray(i, i + 8192));
  }
  return text;
}

function latin1ToBytes(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = StringPrototypeCharCodeAt(text, i);
  return bytes;
}

const typedArrays = {
  __proto__: null,
  Int8Array: globalThis.Int8Array,
  Uint8Array,
  Uint8ClampedArray: globalThis.Uint8ClampedArray,
  Int16Array: globalThis.Int16Array,
  Uint16Array: globalThis.Uint16Array,
  Int32Array: globalThis.Int32Array,
  Uint32Array: globalThis.Uint32Array,
  Float32Array: globalThis.Float32Array,
  Float64Array: globalThis.Float64Array,
  BigInt64Array: globalThis.BigInt64Array,
  BigUint64Array: globalThis.BigUint64Array,
  DataView,
};

const errorTypes = {
  __proto__: null,
  Error,
  EvalError: globalThis.EvalError,
  RangeError,
  ReferenceError: globalThis.ReferenceError,
  SyntaxError: globalThis.SyntaxError,
  TypeError,
  URIError: globalThis.URIError,
};

function toTree(v, refs) {
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      return numberTree(v);
    case "undefined":
      return { [NUL + "u"]: 0 };
    case "bigint":
      return { [NUL + "b"]: v.toString() };
    case "symbol":
      throw cloneError(v.toString());
    case "function":
      throw cloneError(String(v));
  }
  if (v === null) return null;
  const seen = MapPrototypeGet(refs, v);
  if (seen !== undefined) return { [NUL + "x"]: seen };
  MapPrototypeSet(refs, v, refs.size);
  // Object literals and null-prototype objects skip the op that reads internal slots (an
  // op call costs more than the rest of the walk; a Proxy of a plain object is then read
  // through its traps where Deno would refuse it).
  const proto = ObjectGetPrototypeOf(v);
  const kind = proto === ObjectPrototype || proto === null ? 1 : op_structured_clone_kind(v);
  switch (kind) {
    case 2: {
      const out = new Array(v.length);
      for (let i = 0; i < v.length; i++) out[i] = i in v ? toTree(v[i], refs) : { [NUL + "h"]: 0 };
      return out;
    }
    case 3:
    case 4:
    case 5:
    case 6:
      return { [NUL + "w"]: toTree(v.valueOf(), refs) };
    case 7:
      return { [NUL + "d"]: numberTree(v.getTime()) };
    case 8:
      return { [NUL + "r"]: [v.source, v.flags] };
    case 9:
      return { [NUL + "a"]: bytesToLatin1(new Uint8Array(v)) };
    case 11:
    case 12: {
      const name = ObjectPrototypeIsPrototypeOf(DataView.prototype, v)
        ? "DataView"
        : TypedArrayPrototypeGetSymbolToStringTag(v);
      const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      return { [NUL + "t"]: [name, bytesToLatin1(bytes)] };
    }
    case 13: {
      const items = [];
      for (const { 0: key, 1: value } of v) {
        ArrayPrototypePush(items, toTree(key, refs), toTree(value, refs));
      }
      return { [NUL + "m"]: items };
    }
    case 14: {
      const items = [];
      for (const value of v) ArrayPrototypePush(items, toTree(value, refs));
      return { [NUL + "s"]: items };
    }
    case 15: {
      const name = v.name in errorTypes ? v.name : "Error";
      const hasCause = ObjectHasOwn(v, "cause");
      return {
        [NUL + "e"]: [name, String(v.message), v.stack === undefined ? null : String(v.stack), hasCause, hasCause ? toTree(v.cause, refs) : null],
      };
    }
    case 1: {
      const keys = ObjectKeys(v);
      let escaped = false;
      const out = { __proto__: null };
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key[0] === NUL) escaped = true;
        out[key] = toTree(v[key], refs);
      }
      if (!escaped) return out;
      const entries = [];
      for (let i = 0; i < keys.length; i++) ArrayPrototypePush(entries, keys[i], out[keys[i]]);
      return { [NUL + "o"]: entries };
    }
    default:
      throw cloneError(ObjectPrototypeIsPrototypeOf(Object.prototype, v) ? "#<Object>" : String(v));
  }
}

function setProperty(object, key, value) {
  if (key === "__proto__") {
    ObjectDefineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    object[key] = value;
  }
}

function fromTree(t, refs) {
  if (typeof t !== "object" || t === null) return t;
  if (ArrayIsArray(t)) {
    const out = new Array(t.length);
    ArrayPrototypePush(refs, out);
    for (let i = 0; i < t.length; i++) {
      const item = t[i];
      if (item !== null && typeof item === "object" && ObjectHasOwn(item, NUL + "h")) continue;
      out[i] = fromTree(item, refs);
    }
    return out;
  }
  const keys = ObjectKeys(t);
  if (keys.length === 1 && keys[0][0] === NUL && keys[0].length === 2) {
    const p = t[keys[0]];
    switch (keys[0][1]) {
      case "u":
        return undefined;
      case "n":
        return Number(p);
      case "b":
        return BigInt(p);
      case "x":
        return refs[p];
      case "w": {
        const slot = refs.length;
        ArrayPrototypePush(refs, null);
        const out = Object(fromTree(p, refs));
        refs[slot] = out;
        return out;
      }
      case "d": {
        const out = new Date(fromTree(p, refs));
        ArrayPrototypePush(refs, out);
        return out;
      }
      case "r": {
        const out = new RegExp(p[0], p[1]);
        ArrayPrototypePush(refs, out);
        return out;
      }
      case "a": {
        const out = latin1ToBytes(p).buffer;
        ArrayPrototypePush(refs, out);
        return out;
      }
      case "t": {
        const Ctor = typedArrays[p[0]] ?? Uint8Array;
        const out = new Ctor(latin1ToBytes(p[1]).buffer);
        ArrayPrototypePush(refs, out);
        return out;
      }
      case "m": {
        const out = new Map();
        ArrayPrototypePush(refs, out);
        for (let i = 0; i < p.length; i += 2) out.set(fromTree(p[i], refs), fromTree(p[i + 1], refs));
        return out;
      }
      case "s": {
        const out = new Set();
        ArrayPrototypePush(refs, out);
        for (let i = 0; i < p.length; i++) out.add(fromTree(p[i], refs));
        return out;
      }
      case "e": {
        const out = new (errorTypes[p[0]] ?? Error)(p[1]);
        ArrayPrototypePush(refs, out);
        if (p[2] !== null) ObjectDefineProperty(out, "stack", { value: p[2], writable: true, configurable: true });
        if (p[3]) ObjectDefineProperty(out, "cause", { value: fromTree(p[4], refs), writable: true, configurable: true });
        return out;
      }
      case "o": {
        const out = {};
        ArrayPrototypePush(refs, out);
        for (let i = 0; i < p.length; i += 2) setProperty(out, p[i], fromTree(p[i + 1], refs));
        return out;
      }
    }
  }
  const out = {};
  ArrayPrototypePush(refs, out);
  for (let i = 0; i < keys.length; i++) setProperty(out, keys[i], fromTree(t[keys[i]], refs));
  return out;
}

function encodeJs(value) {
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSONStringify(value);
    case "number":
      if (value === value && value !== Infinity && value !== -Infinity && !(value === 0 && 1 / value < 0)) {
        return JSONStringify(value);
      }
  }
  return JSONStringify(toTree(value, new SafeMap()));
}

function decodeJs(text) {
  const tree = JSONParse(text);
  if (typeof tree !== "object" || tree === null || !StringPrototypeIncludes(text, "\\u0000")) {
    return tree;
  }
  return fromTree(tree, []);
}

function decodeValue(encoding, payload) {
  switch (encoding) {
    case 1:
      return decodeJs(payload);
    case 2:
      return new KvU64(payload);
    case 3:
      return payload;
    default:
      throw new TypeError("Invalid value type");
  }
}

function isUint8Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === "Uint8Array";
}

// Pushes [encoding, payload] of a value onto `out`.
function pushValue(out, value) {
  if (isUint8Array(value)) {
    ArrayPrototypePush(out, 3, value);
  } else if (ObjectPrototypeIsPrototypeOf(KvU64.prototype, value)) {
    ArrayPrototypePush(out, 2, value.value);
  } else {
    ArrayPrototypePush(out, 1, encodeJs(value));
  }
}

// ----- validation as Deno words it -----

const maxQueueDelay = 30 * 24 * 60 * 60 * 1000;
const maxQueueBackoffIntervals = 5;
const maxQueueBackoffInterval = 60 * 60 * 1000;

function validateQueueDelay(delay) {
  if (delay < 0) throw new TypeError(`Delay must be >= 0: received ${delay}`);
  if (delay > maxQueueDelay) throw new TypeError(`Delay cannot be greater than 30 days: received ${delay}`);
  if (NumberIsNaN(delay)) throw new TypeError("Delay cannot be NaN");
}

function validateExpireIn(expireIn) {
  if (expireIn === undefined) return;
  if (!NumberIsInteger(expireIn) || expireIn < 0) {
    throw new TypeError(`expireIn must be a non-negative integer: received ${expireIn}`);
  }
}

function validateBackoffSchedule(schedule) {
  if (schedule.length > maxQueueBackoffIntervals) {
    throw new TypeError(`Invalid backoffSchedule, max ${maxQueueBackoffIntervals} intervals allowed`);
  }
  for (let i = 0; i < schedule.length; ++i) {
    const interval = schedule[i];
    if (interval < 0 || interval > maxQueueBackoffInterval || NumberIsNaN(interval)) {
      throw new TypeError(`Invalid backoffSchedule, interval at index ${i} is invalid`);
    }
  }
}

function enqueueArgs(out, message, opts) {
  if (opts?.delay !== undefined) validateQueueDelay(opts.delay);
  if (opts?.backoffSchedule !== undefined) validateBackoffSchedule(opts.backoffSchedule);
  ArrayPrototypePush(
    out,
    encodeJs(message),
    opts?.delay ?? 0,
    opts?.keysIfUndelivered ?? [],
    opts?.backoffSchedule ?? null,
  );
}

// ----- Deno.Kv -----

const kvSymbol = Symbol("KvRid");
const commitVersionstampSymbol = Symbol("KvCommitVersionstamp");

// `set([...prefix, kv.commitVersionstamp()], v)` becomes kind 5 on the prefix.
function commit(rid, checks, mutations, enqueues) {
  for (let i = 0; i < mutations.length; i += 5) {
    const key = mutations[i];
    if (ArrayIsArray(key) && key.length && mutations[i + 1] === 0 && key[key.length - 1] === commitVersionstampSymbol) {
      mutations[i] = ArrayPrototypeSlice(key, 0, key.length - 1);
      mutations[i + 1] = 5;
    }
  }
  return op_kv_commit(rid, checks, mutations, enqueues);
}

function entriesFromFlat(flat, keys) {
  const out = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const encoding = flat[i * 3];
    out[i] = encoding === 0
      ? { key: keys[i], value: null, versionstamp: null }
      : { key: keys[i], value: decodeValue(encoding, flat[i * 3 + 1]), versionstamp: flat[i * 3 + 2] };
  }
  return out;
}

class Kv {
  #rid;
  #isClosed = false;

  constructor(rid = undefined, symbol = undefined) {
    if (kvSymbol !== symbol) {
      throw new TypeError("Deno.Kv can not be constructed: use Deno.openKv instead");
    }
    this.#rid = rid;
  }

  atomic() {
    return new AtomicOperation(this.#rid);
  }

  commitVersionstamp() {
    return commitVersionstampSymbol;
  }

  async get(key, _opts) {
    const found = op_kv_get(this.#rid, key);
    if (found === null) return { key, value: null, versionstamp: null };
    return { key, value: decodeValue(found[0], found[1]), versionstamp: found[2] };
  }

  async getMany(keys, _opts) {
    return entriesFromFlat(op_kv_get_many(this.#rid, keys), keys);
  }

  async set(key, value, options) {
    validateExpireIn(options?.expireIn);
    const mutation = [key, 0];
    pushValue(mutation, value);
    ArrayPrototypePush(mutation, options?.expireIn);
    const versionstamp = commit(this.#rid, [], mutation, []);
    if (versionstamp === null) throw new TypeError("Failed to set value");
    return { ok: true, versionstamp };
  }

  async delete(key) {
    const versionstamp = commit(this.#rid, [], [key, 1, null, null, undefined], []);
    if (versionstamp === null) throw new TypeError("Failed to set value");
  }

  list(selector, options = { __proto__: null }) {
    if (options.limit !== undefined && (!NumberIsInteger(options.limit) || options.limit <= 0)) {
      throw new Error(`Limit must be a positive integer: received ${options.limit}`);
    }
    let batchSize = options.batchSize ?? (options.limit ?? 100);
    if (!NumberIsInteger(batchSize) || batchSize <= 0) {
      throw new Error(`batchSize must be a positive integer: received ${batchSize}`);
    }
    if (options.batchSize === undefined && batchSize > 500) batchSize = 500;
    const rid = this.#rid;
    return new KvListIterator({
      limit: options.limit,
      selector,
      cursor: options.cursor,
      reverse: options.reverse ?? false,
      batchSize,
      pullBatch: (selector, cursor, reverse) => {
        const flat = op_kv_list(
          rid,
          selector.prefix ?? null,
          selector.start ?? null,
          selector.end ?? null,
          cursor ?? null,
          reverse,
          batchSize,
        );
        const entries = new Array(flat.length / 4);
        for (let i = 0, j = 0; i < flat.length; i += 4, j++) {
          entries[j] = { key: flat[i], value: decodeValue(flat[i + 1], flat[i + 2]), versionstamp: flat[i + 3] };
        }
        return entries;
      },
    });
  }

  async enqueue(message, opts) {
    const enqueue = [];
    enqueueArgs(enqueue, message, opts);
    const versionstamp = commit(this.#rid, [], [], enqueue);
    if (versionstamp === null) throw new TypeError("Failed to enqueue value");
    return { ok: true, versionstamp };
  }

  async listenQueue(handler) {
    if (this.#isClosed) throw new Error("Queue already closed");
    const rid = this.#rid;
    const inFlight = new SafeSet();
    while (true) {
      const next = await op_kv_dequeue(rid);
      if (next === null) break;
      const { 0: payload, 1: id } = next;
      const message = decodeJs(payload);
      const delivery = (async () => {
        let success = false;
        try {
          await handler(message);
          success = true;
        } catch (error) {
          console.error("Exception in queue handler", error);
        } finally {
          try {
            op_kv_finish(rid, id, success);
          } catch {
            // Closed meanwhile: the lease runs out and the message is delivered again.
          }
        }
      })();
      SetPrototypeAdd(inFlight, delivery);
      delivery.then(() => SetPrototypeDelete(inFlight, delivery));
    }
    for (const delivery of inFlight) await delivery;
  }

  // A stream of the keys' entries: the current ones first, then whenever one of them
  // changes. The database is polled (every 50 ms while a read waits; commits through
  // this handle wake it at once).
  watch(keys, options = { __proto__: null }) {
    const raw = options.raw ?? false;
    if (keys.length > 10) throw new TypeError("Too many keys (max 10)");
    const rid = this.#rid;
    const watchRid = op_kv_watch_open(rid);
    let last = null;
    let version = -1;
    return new ReadableStream({
      async pull(controller) {
        while (true) {
          if (last !== null) {
            const more = await op_kv_watch_wait(rid, watchRid, version);
            if (!more) {
              core.tryClose(watchRid);
              controller.close();
              return;
            }
          }
          version = op_kv_version(rid);
          const entries = entriesFromFlat(op_kv_get_many(rid, keys), keys);
          let changed = last === null;
          for (let i = 0; !changed && i < entries.length; i++) {
            if (entries[i].versionstamp !== last[i]) changed = true;
          }
          if (changed || raw) {
            last = [];
            for (let i = 0; i < entries.length; i++) ArrayPrototypePush(last, entries[i].versionstamp);
            controller.enqueue(entries);
            return;
          }
        }
      },
      cancel() {
        core.tryClose(watchRid);
      },
    });
  }

  close() {
    core.close(this.#rid);
    this.#isClosed = true;
  }

}
if (typeof globalThis.Symbol.dispose === "symbol") {
  Kv.prototype[globalThis.Symbol.dispose] = function () {
    this.close();
  };
}

// ----- Deno.AtomicOperation -----

class AtomicOperation {
  #rid;
  #checks = [];
  #mutations = [];
  #enqueues = [];

  constructor(rid) {
    this.#rid = rid;
  }

  check(...checks) {
    for (let i = 0; i < checks.length; ++i) {
      ArrayPrototypePush(this.#checks, checks[i].key, checks[i].versionstamp);
    }
    return this;
  }

  mutate(...mutations) {
    for (let i = 0; i < mutations.length; ++i) {
      const mutation = mutations[i];
      let kind;
      let expireIn;
      switch (mutation.type) {
        case "delete":
          if (mutation.value) throw new TypeError("Invalid mutation 'delete' with value");
          ArrayPrototypePush(this.#mutations, mutation.key, 1, null, null, undefined);
          continue;
        case "set":
          if (typeof mutation.expireIn === "number") expireIn = mutation.expireIn;
          validateExpireIn(expireIn);
          kind = 0;
          break;
        case "sum":
          kind = 2;
          break;
        case "min":
          kind = 3;
          break;
        case "max":
          kind = 4;
          break;
        default:
          throw new TypeError("Invalid mutation type");
      }
      if (!ObjectHasOwn(mutation, "value")) {
        throw new TypeError(`Invalid mutation '${mutation.type}' without value`);
      }
      ArrayPrototypePush(this.#mutations, mutation.key, kind);
      pushValue(this.#mutations, mutation.value);
      ArrayPrototypePush(this.#mutations, expireIn);
    }
    return this;
  }

  sum(key, n) {
    ArrayPrototypePush(this.#mutations, key, 2, 2, new KvU64(n).value, undefined);
    return this;
  }

  min(key, n) {
    ArrayPrototypePush(this.#mutations, key, 3, 2, new KvU64(n).value, undefined);
    return this;
  }

  max(key, n) {
    ArrayPrototypePush(this.#mutations, key, 4, 2, new KvU64(n).value, undefined);
    return this;
  }

  set(key, value, options) {
    validateExpireIn(options?.expireIn);
    ArrayPrototypePush(this.#mutations, key, 0);
    pushValue(this.#mutations, value);
    ArrayPrototypePush(this.#mutations, options?.expireIn);
    return this;
  }

  delete(key) {
    ArrayPrototypePush(this.#mutations, key, 1, null, null, undefined);
    return this;
  }

  enqueue(message, opts) {
    enqueueArgs(this.#enqueues, message, opts);
    return this;
  }

  async commit() {
    const versionstamp = commit(this.#rid, this.#checks, this.#mutations, this.#enqueues);
    if (versionstamp === null) return { ok: false };
    return { ok: true, versionstamp };
  }

  then() {
    throw new TypeError("'Deno.AtomicOperation' is not a promise: did you forget to call 'commit()'");
  }
}

// ----- Deno.KvU64 -----

const MIN_U64 = BigInt("0");
const MAX_U64 = BigInt("0xffffffffffffffff");

class KvU64 {
  value;

  constructor(value) {
    if (typeof value !== "bigint") {
      throw new TypeError(`Value must be a bigint: received ${typeof value}`);
    }
    if (value < MIN_U64) throw new RangeError(`Value must be a positive bigint: received ${value}`);
    if (value > MAX_U64) throw new RangeError("Value must fit in a 64-bit unsigned integer");
    this.value = value;
    ObjectFreeze(this);
  }

  valueOf() {
    return this.value;
  }

  toString() {
    return this.value.toString();
  }

  get [SymbolToStringTag]() {
    return "Deno.KvU64";
  }

  [SymbolFor("Deno.customInspect")]() {
    return `[Deno.KvU64: ${this.value}n]`;
  }
}

// ----- Deno.KvListIterator -----

class KvListIterator {
  #selector;
  #entries = null;
  #cursorGen = null;
  #done = false;
  #lastBatch = false;
  #pullBatch;
  #limit;
  #count = 0;
  #reverse;
  #batchSize;

  constructor({ limit, selector, cursor, reverse, batchSize, pullBatch }) {
    let prefix;
    let start;
    let end;
    if (ObjectHasOwn(selector, "prefix") && selector.prefix !== undefined) {
      prefix = ObjectFreeze(ArrayPrototypeSlice(selector.prefix));
    }
    if (ObjectHasOwn(selector, "start") && selector.start !== undefined) {
      start = ObjectFreeze(ArrayPrototypeSlice(selector.start));
    }
    if (ObjectHasOwn(selector, "end") && selector.end !== undefined) {
      end = ObjectFreeze(ArrayPrototypeSlice(selector.end));
    }
    if (prefix) {
      if (start && end) {
        throw new TypeError("Selector can not specify both 'start' and 'end' key when specifying 'prefix'");
      }
      this.#selector = { prefix, start, end };
    } else if (start && end) {
      this.#selector = { prefix, start, end };
    } else {
      throw new TypeError("Selector must specify either 'prefix' or both 'start' and 'end' key");
    }
    ObjectFreeze(this.#selector);
    this.#pullBatch = pullBatch;
    this.#limit = limit;
    this.#reverse = reverse;
    this.#batchSize = batchSize;
    this.#cursorGen = cursor ? () => cursor : null;
  }

  get cursor() {
    if (this.#cursorGen === null) throw new Error("Cannot get cursor before first iteration");
    return this.#cursorGen();
  }

  async next() {
    if (this.#done || (this.#limit !== undefined && this.#count >= this.#limit)) {
      return { done: true, value: undefined };
    }
    if (!this.#entries?.length && !this.#lastBatch) {
      const batch = this.#pullBatch(this.#selector, this.#cursorGen ? this.#cursorGen() : undefined, this.#reverse);
      batch.reverse();
      this.#entries = batch;
      if (batch.length < this.#batchSize) this.#lastBatch = true;
    }
    const entry = this.#entries?.pop();
    if (!entry) {
      this.#done = true;
      this.#cursorGen = () => "";
      return { done: true, value: undefined };
    }
    const selector = this.#selector;
    this.#cursorGen = () =>
      op_kv_encode_cursor(selector.prefix ?? null, selector.start ?? null, selector.end ?? null, entry.key);
    this.#count++;
    return { done: false, value: entry };
  }

  [SymbolAsyncIterator]() {
    return this;
  }
}

async function openKv(path) {
  const mainModule = globalThis.Deno?.mainModule ?? "";
  const rid = op_kv_open(path === undefined || path === null ? null : String(path), mainModule);
  return new Kv(rid, kvSymbol);
}

const denoNs = { openKv, Kv, AtomicOperation, KvU64, KvListIterator };

export { AtomicOperation, denoNs, Kv, KvListIterator, KvU64, openKv };
