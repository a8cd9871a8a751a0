// Web Crypto (https://w3c.github.io/webcrypto/): the `Crypto` interface behind the
// `crypto` global, `getRandomValues` and `randomUUID` over the OS's randomness, and its
// `subtle` attribute (SubtleCrypto is in 02_subtle.js).
import { primordials } from "ext:core/mod.js";
import { op_crypto_get_random_values, op_crypto_random_uuid } from "ext:core/ops";
import { CryptoKey, SubtleCrypto, subtle } from "ext:x_ext_crypto/02_subtle.js";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { DOMException } from "ext:x_ext_web/01_dom_exception.js";

const {
  ArrayBufferIsView,
  ArrayPrototypeIncludes,
  Symbol,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
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

export { Crypto, crypto, CryptoKey, SubtleCrypto };
