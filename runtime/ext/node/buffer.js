// node:buffer: Buffer as a Uint8Array subclass, with the encodings packages use (utf8,
// hex, base64, base64url, latin1/binary, ascii, utf16le) and the common readers/writers.

import { TextDecoder, TextEncoder } from "ext:x_ext_web/08_text_encoding.js";
import { atob, btoa } from "ext:x_ext_web/05_base64.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function normalizeEncoding(enc) {
  const e = String(enc ?? "utf8").toLowerCase();
  switch (e) {
    case "utf8":
    case "utf-8":
      return "utf8";
    case "hex":
    case "base64":
    case "base64url":
    case "ascii":
      return e;
    case "latin1":
    case "binary":
      return "latin1";
    case "ucs2":
    case "ucs-2":
    case "utf16le":
    case "utf-16le":
      return "utf16le";
    default:
      throw new TypeError(`Unknown encoding: ${enc}`);
  }
}

function base64ToBytes(str) {
  const clean = str.replace(/[^A-Za-z0-9+/\-_]/g, "").replace(/-/g, "+").replace(/_/g, "/");
  const padded = clean + "=".repeat((4 - (clean.length % 4)) % 4);
  const bin = atob(padded.length % 4 === 0 ? padded : clean);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function bytesToBinaryString(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return s;
}

function encode(string, encoding) {
  switch (normalizeEncoding(encoding)) {
    case "utf8":
      return encoder.encode(string);
    case "hex": {
      const n = string.length >>> 1;
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const byte = parseInt(string.substr(i * 2, 2), 16);
        if (Number.isNaN(byte)) return out.subarray(0, i);
        out[i] = byte;
      }
      return out;
    }
    case "base64":
    case "base64url":
      return base64ToBytes(string);
    case "latin1":
    case "ascii": {
      const out = new Uint8Array(string.length);
      for (let i = 0; i < string.length; i++) out[i] = string.charCodeAt(i) & 0xff;
      return out;
    }
    case "utf16le": {
      const out = new Uint8Array(string.length * 2);
      for (let i = 0; i < string.length; i++) {
        const c = string.charCodeAt(i);
        out[i * 2] = c & 0xff;
        out[i * 2 + 1] = c >> 8;
      }
      return out;
    }
  }
}

function decode(bytes, encoding) {
  switch (normalizeEncoding(encoding)) {
    case "utf8":
      return decoder.decode(bytes);
    case "hex": {
      let s = "";
      for (const b of bytes) s += (b < 16 ? "0" : "") + b.toString(16);
      return s;
    }
    case "base64":
      return btoa(bytesToBinaryString(bytes));
    case "base64url":
      return btoa(bytesToBinaryString(bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    case "latin1":
      return bytesToBinaryString(bytes);
    case "ascii":
      return bytesToBinaryString(bytes.map((b) => b & 0x7f));
    case "utf16le": {
      let s = "";
      for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      return s;
    }
  }
}

export class Buffer extends Uint8Array {
  static from(value, encodingOrOffset, length) {
    if (typeof value === "string") {
      const bytes = encode(value, encodingOrOffset);
      const buf = new Buffer(bytes.length);
      buf.set(bytes);
      return buf;
    }
    if (value instanceof ArrayBuffer || value instanceof SharedArrayBuffer) {
      const offset = encodingOrOffset ?? 0;
      return new Buffer(value, offset, length ?? value.byteLength - offset);
    }
    if (ArrayBuffer.isView(value)) {
      const buf = new Buffer(value.byteLength);
      buf.set(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      return buf;
    }
    if (value && typeof value === "object") {
      if (value.type === "Buffer" && Array.isArray(value.data)) return Buffer.from(value.data);
      if (typeof value.length === "number" || Array.isArray(value)) {
        const buf = new Buffer(value.length);
        for (let i = 0; i < value.length; i++) buf[i] = value[i];
        return buf;
      }
      if (typeof value[Symbol.toPrimitive] === "function" || typeof value.valueOf === "function") {
        const prim = value.valueOf();
        if (prim !== value) return Buffer.from(prim, encodingOrOffset, length);
      }
    }
    throw new TypeError(
      "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.",
    );
  }
  static alloc(size, fill, encoding) {
    const buf = new Buffer(size);
    if (fill !== undefined && fill !== 0) buf.fill(fill, 0, size, encoding);
    return buf;
  }
  static allocUnsafe(size) {
    return new Buffer(size);
  }
  static allocUnsafeSlow(size) {
    return new Buffer(size);
  }
  static isBuffer(value) {
    return value instanceof Buffer;
  }
  static isEncoding(enc) {
    try {
      normalizeEncoding(enc);
      return typeof enc === "string";
    } catch {
      return false;
    }
  }
  static byteLength(value, encoding) {
    if (typeof value !== "string") return value.byteLength;
    return encode(value, encoding).length;
  }
  static concat(list, totalLength) {
    const total = totalLength ?? list.reduce((n, b) => n + b.length, 0);
    const out = Buffer.alloc(total);
    let offset = 0;
    for (const b of list) {
      if (offset >= total) break;
      const part = b.length > total - offset ? b.subarray(0, total - offset) : b;
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
  static compare(a, b) {
    return a.compare(b);
  }
  get parent() {
    return this.buffer;
  }
  get offset() {
    return this.byteOffset;
  }
  toString(encoding, start = 0, end = this.length) {
    const view = start === 0 && end >= this.length ? this : this.subarray(start, end);
    return decode(view, encoding);
  }
  toJSON() {
    return { type: "Buffer", data: Array.from(this) };
  }
  equals(other) {
    if (this.length !== other.length) return false;
    for (let i = 0; i < this.length; i++) if (this[i] !== other[i]) return false;
    return true;
  }
  compare(other) {
    const n = Math.min(this.length, other.length);
    for (let i = 0; i < n; i++) {
      if (this[i] !== other[i]) return this[i] < other[i] ? -1 : 1;
    }
    return this.length === other.length ? 0 : this.length < other.length ? -1 : 1;
  }
  write(string, offset = 0, length = this.length - offset, encoding = "utf8") {
    if (typeof offset === "string") {
      encoding = offset;
      offset = 0;
      length = this.length;
    } else if (typeof length === "string") {
      encoding = length;
      length = this.length - offset;
    }
    const bytes = encode(string, encoding).subarray(0, Math.min(length, this.length - offset));
    this.set(bytes, offset);
    return bytes.length;
  }
  fill(value, offset = 0, end = this.length, encoding) {
    if (typeof offset === "string") {
      encoding = offset;
      offset = 0;
      end = this.length;
    }
    if (typeof value === "string") {
      const bytes = value.length === 1 && encoding === undefined ? [value.charCodeAt(0) & 0xff] : encode(value, encoding);
      if (bytes.length === 0) return super.fill(0, offset, end);
      for (let i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
      return this;
    }
    if (ArrayBuffer.isView(value)) {
      for (let i = offset, j = 0; i < end; i++, j = (j + 1) % value.length) this[i] = value[j];
      return this;
    }
    return super.fill(value, offset, end);
  }
  slice(start, end) {
    return this.subarray(start, end);
  }
  subarray(start, end) {
    const view = Uint8Array.prototype.subarray.call(this, start, end);
    Object.setPrototypeOf(view, Buffer.prototype);
    return view;
  }
  copy(target, targetStart = 0, start = 0, end = this.length) {
    const part = Uint8Array.prototype.subarray.call(this, start, Math.min(end, start + target.length - targetStart));
    target.set(part, targetStart);
    return part.length;
  }
  indexOf(value, byteOffset = 0, encoding) {
    if (typeof value === "number") return super.indexOf(value & 0xff, byteOffset);
    const needle = typeof value === "string" ? encode(value, encoding) : value;
    outer: for (let i = byteOffset < 0 ? Math.max(0, this.length + byteOffset) : byteOffset; i <= this.length - needle.length; i++) {
      for (let j = 0; j < needle.length; j++) if (this[i + j] !== needle[j]) continue outer;
      return i;
    }
    return -1;
  }
  includes(value, byteOffset, encoding) {
    return this.indexOf(value, byteOffset, encoding) !== -1;
  }
  swap16() {
    for (let i = 0; i + 1 < this.length; i += 2) [this[i], this[i + 1]] = [this[i + 1], this[i]];
    return this;
  }
  get _view() {
    return new DataView(this.buffer, this.byteOffset, this.byteLength);
  }
}

const rw = [
  ["UInt8", "Uint8", 1],
  ["Int8", "Int8", 1],
  ["UInt16", "Uint16", 2],
  ["Int16", "Int16", 2],
  ["UInt32", "Uint32", 4],
  ["Int32", "Int32", 4],
  ["Float", "Float32", 4],
  ["Double", "Float64", 8],
  ["BigUInt64", "BigUint64", 8],
  ["BigInt64", "BigInt64", 8],
];
for (const [name, view, size] of rw) {
  const suffixes = size === 1 ? [""] : ["LE", "BE"];
  for (const suffix of suffixes) {
    const little = suffix === "LE";
    Buffer.prototype[`read${name}${suffix}`] = function (offset = 0) {
      if (offset + size > this.length) throw new RangeError(`The value of "offset" is out of range. Received ${offset}`);
      return this._view[`get${view}`](offset, little);
    };
    Buffer.prototype[`write${name}${suffix}`] = function (value, offset = 0) {
      if (offset + size > this.length) throw new RangeError(`The value of "offset" is out of range. Received ${offset}`);
      this._view[`set${view}`](offset, value, little);
      return offset + size;
    };
    if (name.startsWith("UInt")) {
      Buffer.prototype[`readUint${name.slice(4)}${suffix}`] = Buffer.prototype[`read${name}${suffix}`];
      Buffer.prototype[`writeUint${name.slice(4)}${suffix}`] = Buffer.prototype[`write${name}${suffix}`];
    }
  }
}

export const kMaxLength = 2 ** 32;
export const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 2 ** 29 - 24 };
export const INSPECT_MAX_BYTES = 50;
export { atob, btoa };
export function isUtf8(input) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(input);
    return true;
  } catch {
    return false;
  }
}
export const SlowBuffer = Buffer;

export default { Buffer, SlowBuffer, kMaxLength, constants, INSPECT_MAX_BYTES, isUtf8, atob, btoa };
