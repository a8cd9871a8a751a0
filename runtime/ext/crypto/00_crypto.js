// Web Crypto (https://w3c.github.io/webcrypto/): `crypto.getRandomValues`,
// `crypto.randomUUID` and `crypto.subtle.digest`. The bytes come from Rust ops over the
// OS's randomness and the RustCrypto digests; SubtleCrypto's key operations are not
// there yet and throw NotSupportedError rather than pretend.
import { primordials } from "ext:core/mod.js";
import { op_crypto_digest, op_crypto_get_random_values, op_crypto_random_uuid } from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { DOMException } from "ext:x_ext_web/01_dom_exception.js";

const {
  ArrayBufferIsView,
  ArrayPrototypeIncludes,
  ArrayBufferPrototypeSlice,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  PromiseReject,
  PromiseResolve,
  StringPrototypeToUpperCase,
  Symbol,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypeError,
  Uint8Array,
} = primordials;

const illegalConstructorKey = Symbol("illegalConstructorKey");

// getRandomValues takes integer typed arrays only (not floats, not DataView).
const INTEGER_ARRAYS = [
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "BigInt64Array",
  "BigUint64Array",
];

const DIGESTS = { "SHA-1": "SHA-1", "SHA-256": "SHA-256", "SHA-384": "SHA-384", "SHA-512": "SHA-512" };

/** A copy of the bytes a BufferSource holds (the op must not see later writes). */
function bufferSourceBytes(data, prefix) {
  if (ArrayBufferIsView(data)) {
    const tag = TypedArrayPrototypeGetSymbolToStringTag(data);
    if (tag !== undefined) {
      return new Uint8Array(
        TypedArrayPrototypeGetBuffer(data),
        TypedArrayPrototypeGetByteOffset(data),
        TypedArrayPrototypeGetByteLength(data),
      ).slice();
    }
    return new Uint8Array(
      DataViewPrototypeGetBuffer(data),
      DataViewPrototypeGetByteOffset(data),
      DataViewPrototypeGetByteLength(data),
    ).slice();
  }
  if (webidl.isArrayBuffer(data) || webidl.isSharedArrayBuffer(data)) {
    return new Uint8Array(ArrayBufferPrototypeSlice(data, 0));
  }
  throw new TypeError(`${prefix}: Argument 2 is not of type 'BufferSource'`);
}

class SubtleCrypto {
  constructor(key = undefined) {
    if (key !== illegalConstructorKey) webidl.illegalConstructor();
    webidl.setBrand(this);
  }

  /** The digest of `data` with `algorithm` ("SHA-1", "SHA-256", "SHA-384", "SHA-512" or `{ name }`). */
  digest(algorithm, data) {
    const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
    try {
      webidl.assertBranded(this, SubtleCryptoPrototype);
      webidl.requiredArguments(arguments.length, 2, prefix);
      const name = typeof algorithm === "object" && algorithm !== null ? algorithm.name : algorithm;
      if (typeof name !== "string") {
        throw new TypeError(`${prefix}: Algorithm: name is required`);
      }
      const normalized = DIGESTS[StringPrototypeToUpperCase(name)];
      if (normalized === undefined) {
        throw new DOMException(`Unrecognized algorithm name`, "NotSupportedError");
      }
      const bytes = bufferSourceBytes(data, prefix);
      return PromiseResolve(TypedArrayPrototypeGetBuffer(op_crypto_digest(normalized, bytes)));
    } catch (error) {
      return PromiseReject(error);
    }
  }
}
for (const method of ["encrypt", "decrypt", "sign", "verify", "generateKey", "deriveKey", "deriveBits", "importKey", "exportKey", "wrapKey", "unwrapKey"]) {
  SubtleCrypto.prototype[method] = function () {
    return PromiseReject(new DOMException(`SubtleCrypto.${method} is not supported by x yet`, "NotSupportedError"));
  };
}
webidl.configureInterface(SubtleCrypto);
const SubtleCryptoPrototype = SubtleCrypto.prototype;
const subtle = new SubtleCrypto(illegalConstructorKey);

class Crypto {
  constructor(key = undefined) {
    if (key !== illegalConstructorKey) webidl.illegalConstructor();
    webidl.setBrand(this);
  }

  get subtle() {
    webidl.assertBranded(this, CryptoPrototype);
    return subtle;
  }

  /** Fills an integer typed array (at most 65536 bytes) with random values and returns it. */
  getRandomValues(typedArray) {
    webidl.assertBranded(this, CryptoPrototype);
    const prefix = "Failed to execute 'getRandomValues' on 'Crypto'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    const tag = ArrayBufferIsView(typedArray) ? TypedArrayPrototypeGetSymbolToStringTag(typedArray) : undefined;
    if (tag === undefined || !ArrayPrototypeIncludes(INTEGER_ARRAYS, tag)) {
      throw new DOMException(
        "The provided ArrayBufferView is not an integer array type",
        "TypeMismatchError",
      );
    }
    const length = TypedArrayPrototypeGetByteLength(typedArray);
    if (length > 65536) {
      throw new DOMException(
        `The ArrayBufferView's byte length (${length}) exceeds the number of bytes of entropy available via this API (65536)`,
        "QuotaExceededError",
      );
    }
    op_crypto_get_random_values(
      new Uint8Array(TypedArrayPrototypeGetBuffer(typedArray), TypedArrayPrototypeGetByteOffset(typedArray), length),
    );
    return typedArray;
  }

  /** A random version 4 UUID string. */
  randomUUID() {
    webidl.assertBranded(this, CryptoPrototype);
    return op_crypto_random_uuid();
  }
}
webidl.configureInterface(Crypto);
const CryptoPrototype = Crypto.prototype;
const crypto = new Crypto(illegalConstructorKey);

export { Crypto, crypto, SubtleCrypto };
