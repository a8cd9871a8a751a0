// node:util: inspect and format (Deno's formatter), promisify/callbackify, inherits,
// deprecate, types, TextEncoder/TextDecoder.

import { inspect as denoInspect } from "ext:x_ext_console/01_console.js";
import { TextDecoder, TextEncoder } from "ext:x_ext_web/08_text_encoding.js";
import types from "ext:x_ext_node/util_types.js";

export { TextDecoder, TextEncoder, types };

export function inspect(value, options = {}) {
  return denoInspect(value, typeof options === "object" ? options : {});
}
inspect.custom = Symbol.for("nodejs.util.inspect.custom");

export function format(fmt, ...args) {
  if (typeof fmt !== "string") return [fmt, ...args].map((a) => (typeof a === "string" ? a : inspect(a))).join(" ");
  let i = 0;
  let out = fmt.replace(/%[sdifjoOc%]/g, (m) => {
    if (m === "%%") return "%";
    if (i >= args.length) return m;
    const a = args[i++];
    switch (m) {
      case "%s":
        return typeof a === "string" ? a : typeof a === "object" && a !== null ? inspect(a, { depth: 1 }) : String(a);
      case "%d":
      case "%i":
        return m === "%i" ? String(parseInt(a)) : String(Number(a));
      case "%f":
        return String(parseFloat(a));
      case "%j":
        return JSON.stringify(a);
      case "%c":
        return "";
      default:
        return inspect(a);
    }
  });
  for (; i < args.length; i++) out += " " + (typeof args[i] === "string" ? args[i] : inspect(args[i]));
  return out;
}

const kCustomPromisify = Symbol.for("nodejs.util.promisify.custom");
export function promisify(fn) {
  if (typeof fn !== "function") throw new TypeError('The "original" argument must be of type function');
  if (fn[kCustomPromisify]) return fn[kCustomPromisify];
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      fn.call(this, ...args, (err, ...values) => (err ? reject(err) : resolve(values.length > 1 ? values : values[0])));
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(fn));
  return Object.defineProperties(promisified, Object.getOwnPropertyDescriptors(fn));
}
promisify.custom = kCustomPromisify;

export function callbackify(fn) {
  return function (...args) {
    const cb = args.pop();
    fn.apply(this, args).then((v) => cb(null, v), (e) => cb(e));
  };
}

export function inherits(ctor, superCtor) {
  Object.defineProperty(ctor, "super_", { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

export function deprecate(fn, msg) {
  let warned = false;
  return function (...args) {
    if (!warned) {
      warned = true;
      console.warn(`DeprecationWarning: ${msg}`);
    }
    return fn.apply(this, args);
  };
}

export function isDeepStrictEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Map || a instanceof Set) {
    return a.size === b.size && isDeepStrictEqual([...a], [...b]);
  }
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && isDeepStrictEqual(a[k], b[k]));
}

export function debuglog() {
  const log = () => {};
  log.enabled = false;
  return log;
}

export const isArray = Array.isArray;
export const isError = (v) => v instanceof Error;
export function stripVTControlCharacters(s) {
  return s.replace(/\u001b\[[0-9;]*m/g, "");
}

export default {
  inspect, format, promisify, callbackify, inherits, deprecate, isDeepStrictEqual, debuglog, types,
  TextEncoder, TextDecoder, isArray, isError, stripVTControlCharacters,
};
