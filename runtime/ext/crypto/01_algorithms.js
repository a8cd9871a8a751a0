// Web Crypto's algorithm normalization (https://w3c.github.io/webcrypto/#algorithm-normalization):
// which algorithms each SubtleCrypto operation knows, the WebIDL dictionary each one's
// parameters are converted with, and the conversion itself. An algorithm an operation
// does not list is a NotSupportedError; a dictionary member that is missing or of the
// wrong type is a TypeError, as the spec's steps say.
import { primordials } from "ext:core/mod.js";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { DOMException } from "ext:x_ext_web/01_dom_exception.js";

const {
  ArrayBufferIsView,
  ArrayBufferPrototypeSlice,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  ObjectKeys,
  StringPrototypeToUpperCase,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypeError,
  Uint8Array,
} = primordials;

/** A copy of the bytes a BufferSource holds (an op must not see later writes). */
function copyBytes(data, prefix, context = "Argument") {
  if (ArrayBufferIsView(data)) {
    if (TypedArrayPrototypeGetSymbolToStringTag(data) !== undefined) {
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
  throw new TypeError(`${prefix}: ${context} is not of type 'BufferSource'`);
}

const bufferSource = (V, prefix, context) => copyBytes(webidl.converters.BufferSource(V, prefix, context), prefix, context);
// HashAlgorithmIdentifier: an AlgorithmIdentifier normalized for "digest".
const hashIdentifier = (V, prefix) => normalizeAlgorithm(V, "digest", prefix);
const member = (key, converter, required = false) => ({ key, converter, required });
const long = webidl.converters["unsigned long"];
const short = (V, prefix, context) => webidl.converters["unsigned short"](V, prefix, context, { enforceRange: true });
const octet = (V, prefix, context) => webidl.converters.octet(V, prefix, context, { enforceRange: true });

const DICTIONARIES = {
  RsaHashedKeyGenParams: [
    member("modulusLength", (V, p, c) => long(V, p, c, { enforceRange: true }), true),
    member("publicExponent", (V, p, c) => copyBytes(webidl.converters.Uint8Array(V, p, c), p, c), true),
    member("hash", hashIdentifier, true),
  ],
  RsaHashedImportParams: [member("hash", hashIdentifier, true)],
  RsaPssParams: [member("saltLength", (V, p, c) => long(V, p, c, { enforceRange: true }), true)],
  RsaOaepParams: [member("label", bufferSource)],
  EcKeyGenParams: [member("namedCurve", webidl.converters.DOMString, true)],
  EcKeyImportParams: [member("namedCurve", webidl.converters.DOMString, true)],
  EcdsaParams: [member("hash", hashIdentifier, true)],
  EcdhKeyDeriveParams: [member("public", (V) => V, true)],
  AesKeyGenParams: [member("length", short, true)],
  AesDerivedKeyParams: [member("length", short, true)],
  AesCbcParams: [member("iv", bufferSource, true)],
  AesCtrParams: [member("counter", bufferSource, true), member("length", octet, true)],
  AesGcmParams: [member("iv", bufferSource, true), member("additionalData", bufferSource), member("tagLength", octet)],
  HmacKeyGenParams: [member("hash", hashIdentifier, true), member("length", (V, p, c) => long(V, p, c, { enforceRange: true }))],
  HmacImportParams: [member("hash", hashIdentifier, true), member("length", (V, p, c) => long(V, p, c, { enforceRange: true }))],
  HkdfParams: [member("hash", hashIdentifier, true), member("salt", bufferSource, true), member("info", bufferSource, true)],
  Pbkdf2Params: [member("salt", bufferSource, true), member("iterations", (V, p, c) => long(V, p, c, { enforceRange: true }), true), member("hash", hashIdentifier, true)],
};
const CONVERTERS = { __proto__: null };
for (const name of ObjectKeys(DICTIONARIES)) {
  CONVERTERS[name] = webidl.createDictionaryConverter(name, DICTIONARIES[name]);
}

const RSA = ["RSASSA-PKCS1-v1_5", "RSA-PSS", "RSA-OAEP"];
const AES = ["AES-CTR", "AES-CBC", "AES-GCM", "AES-KW"];
const SHA = ["SHA-1", "SHA-256", "SHA-384", "SHA-512"];

/** operation -> algorithm name -> the dictionary its parameters are (null: none). */
const SUPPORTED = {
  digest: fill(SHA, null),
  generateKey: {
    ...fill(RSA, "RsaHashedKeyGenParams"),
    ECDSA: "EcKeyGenParams",
    ECDH: "EcKeyGenParams",
    ...fill(AES, "AesKeyGenParams"),
    HMAC: "HmacKeyGenParams",
    Ed25519: null,
    X25519: null,
  },
  importKey: {
    ...fill(RSA, "RsaHashedImportParams"),
    ECDSA: "EcKeyImportParams",
    ECDH: "EcKeyImportParams",
    HMAC: "HmacImportParams",
    HKDF: null,
    PBKDF2: null,
    ...fill(AES, null),
    Ed25519: null,
    X25519: null,
  },
  sign: { "RSASSA-PKCS1-v1_5": null, "RSA-PSS": "RsaPssParams", ECDSA: "EcdsaParams", HMAC: null, Ed25519: null },
  verify: { "RSASSA-PKCS1-v1_5": null, "RSA-PSS": "RsaPssParams", ECDSA: "EcdsaParams", HMAC: null, Ed25519: null },
  encrypt: { "RSA-OAEP": "RsaOaepParams", "AES-CTR": "AesCtrParams", "AES-CBC": "AesCbcParams", "AES-GCM": "AesGcmParams" },
  decrypt: { "RSA-OAEP": "RsaOaepParams", "AES-CTR": "AesCtrParams", "AES-CBC": "AesCbcParams", "AES-GCM": "AesGcmParams" },
  deriveBits: { ECDH: "EcdhKeyDeriveParams", X25519: "EcdhKeyDeriveParams", HKDF: "HkdfParams", PBKDF2: "Pbkdf2Params" },
  "get key length": { ...fill(AES, "AesDerivedKeyParams"), HMAC: "HmacImportParams", HKDF: null, PBKDF2: null },
  wrapKey: { "AES-KW": null },
  unwrapKey: { "AES-KW": null },
};

function fill(names, value) {
  const out = {};
  for (const name of names) out[name] = value;
  return out;
}

/**
 * The spec's "normalize an algorithm": `algorithm` (a name or an object with `name`)
 * as the dictionary `operation` gives it, with the registered spelling of its name.
 */
function normalizeAlgorithm(algorithm, operation, prefix) {
  if (typeof algorithm === "string") return normalizeAlgorithm({ name: algorithm }, operation, prefix);
  if (algorithm === null || (typeof algorithm !== "object" && typeof algorithm !== "function")) {
    throw new TypeError(`${prefix}: Algorithm must be an object or a string`);
  }
  const name = algorithm.name;
  if (name === undefined) throw new TypeError(`${prefix}: Algorithm: name is required`);
  const text = webidl.converters.DOMString(name, prefix, "name of 'Algorithm'");
  const registered = SUPPORTED[operation];
  const upper = StringPrototypeToUpperCase(text);
  let found;
  for (const key of ObjectKeys(registered)) {
    if (StringPrototypeToUpperCase(key) === upper) found = key;
  }
  if (found === undefined) {
    throw new DOMException(`Unrecognized algorithm name: ${text} (for ${operation})`, "NotSupportedError");
  }
  const dictionary = registered[found];
  const normalized = dictionary === null ? { __proto__: null } : CONVERTERS[dictionary](algorithm, prefix, `Algorithm ${found}`);
  normalized.name = found;
  return normalized;
}

export { copyBytes, normalizeAlgorithm };
