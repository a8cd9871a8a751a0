// node:crypto: randomBytes, randomUUID, randomInt, createHash, createHmac,
// timingSafeEqual, getRandomValues and webcrypto, over Web Crypto and RustCrypto ops.

import { op_node_hash, op_node_hmac } from "ext:core/ops";
import { crypto as webcrypto } from "ext:x_ext_crypto/00_crypto.js";
import { Buffer } from "ext:x_ext_node/buffer.js";

export { webcrypto };
export const subtle = webcrypto.subtle;

function toBytes(data, encoding) {
  if (typeof data === "string") return Buffer.from(data, encoding);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new TypeError('The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView.');
}

function concat(chunks) {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function output(bytes, encoding) {
  const buf = Buffer.from(bytes);
  return encoding ? buf.toString(encoding) : buf;
}

class Hash {
  constructor(algorithm, key) {
    this._algorithm = algorithm;
    this._key = key;
    this._chunks = [];
    if (key === undefined) op_node_hash(algorithm, new Uint8Array(0)); // fails early on unknown names
  }
  update(data, encoding) {
    this._chunks.push(toBytes(data, encoding));
    return this;
  }
  digest(encoding) {
    const data = concat(this._chunks);
    const bytes = this._key === undefined ? op_node_hash(this._algorithm, data) : op_node_hmac(this._algorithm, this._key, data);
    return output(bytes, encoding);
  }
  copy() {
    const h = new Hash(this._algorithm, this._key);
    h._chunks = this._chunks.slice();
    return h;
  }
}

export function createHash(algorithm) {
  return new Hash(algorithm);
}

export function createHmac(algorithm, key) {
  return new Hash(algorithm, toBytes(typeof key === "object" && key?.export ? key.export() : key));
}

export function hash(algorithm, data, encoding = "hex") {
  return createHash(algorithm).update(data).digest(encoding);
}

export function randomBytes(size, cb) {
  const buf = Buffer.alloc(size);
  for (let i = 0; i < size; i += 65536) webcrypto.getRandomValues(buf.subarray(i, Math.min(size, i + 65536)));
  if (typeof cb === "function") {
    queueMicrotask(() => cb(null, buf));
    return;
  }
  return buf;
}

export function randomFillSync(buf, offset = 0, size = buf.byteLength - offset) {
  const view = new Uint8Array(buf.buffer ?? buf, (buf.byteOffset ?? 0) + offset, size);
  for (let i = 0; i < size; i += 65536) webcrypto.getRandomValues(view.subarray(i, Math.min(size, i + 65536)));
  return buf;
}

export function randomFill(buf, offset, size, cb) {
  if (typeof offset === "function") [cb, offset, size] = [offset, 0, undefined];
  else if (typeof size === "function") [cb, size] = [size, undefined];
  randomFillSync(buf, offset, size);
  queueMicrotask(() => cb(null, buf));
}

export function randomUUID() {
  return webcrypto.randomUUID();
}

export function getRandomValues(array) {
  return webcrypto.getRandomValues(array);
}

export function randomInt(min, max, cb) {
  if (max === undefined || typeof max === "function") [min, max, cb] = [0, min, max];
  const range = max - min;
  const n = min + Math.floor((webcrypto.getRandomValues(new Uint32Array(1))[0] / 2 ** 32) * range);
  if (typeof cb === "function") {
    queueMicrotask(() => cb(null, n));
    return;
  }
  return n;
}

export function timingSafeEqual(a, b) {
  const x = toBytes(a);
  const y = toBytes(b);
  if (x.length !== y.length) throw new RangeError("Input buffers must have the same byte length");
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

export function getHashes() {
  return ["sha1", "sha256", "sha384", "sha512"];
}

export default {
  webcrypto, subtle, createHash, createHmac, hash, randomBytes, randomFillSync, randomFill, randomUUID,
  getRandomValues, randomInt, timingSafeEqual, getHashes,
};
