// SubtleCrypto (https://w3c.github.io/webcrypto/#subtlecrypto-interface) and CryptoKey.
// A key's algorithm object lists its members in the order deno shows them, so printed
// keys read the same under both.
// This file follows the spec's steps: normalize the algorithm, check the key's algorithm
// and usages, then hand bytes to one of the generic Rust ops (`keys.rs`, `sign.rs`,
// `cipher.rs`, `derive.rs`). A key's material stays in a WeakMap only this module can
// read, in the form `keys.rs` describes.
import { core, primordials } from "ext:core/mod.js";
import {
  op_crypto_cipher,
  op_crypto_derive_bits,
  op_crypto_digest,
  op_crypto_export_jwk,
  op_crypto_export_key,
  op_crypto_generate_key,
  op_crypto_get_random_values,
  op_crypto_import_jwk,
  op_crypto_import_key,
  op_crypto_public_key,
  op_crypto_rsa_params,
  op_crypto_sign,
  op_crypto_verify,
} from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { DOMException } from "ext:x_ext_web/01_dom_exception.js";
import { registerSerializable, structuredCloneInternal } from "ext:x_ext_web/06_structured_clone.js";
import { copyBytes, normalizeAlgorithm } from "ext:x_ext_crypto/01_algorithms.js";

const {
  ArrayBufferIsView,
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  JSONParse,
  JSONStringify,
  ObjectFreeze,
  PromiseReject,
  PromiseResolve,
  SafeWeakMap,
  Symbol,
  SymbolFor,
  TypedArrayPrototypeGetBuffer,
  TypeError,
  Uint8Array,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
} = primordials;

for (const name of ["DataError", "OperationError", "NotSupportedError", "InvalidAccessError"]) {
  core.registerErrorBuilder(`DOMException${name}`, (message) => new DOMException(message, name));
}

const illegalConstructorKey = Symbol("illegalConstructorKey");
const KEY_MATERIAL = new SafeWeakMap();
const SLOTS = new SafeWeakMap();
// The usages in the spec's order; a key's usages are kept in it, without repeats.
const USAGES = ["encrypt", "decrypt", "sign", "verify", "deriveKey", "deriveBits", "wrapKey", "unwrapKey"];
const HASH_BLOCK_BITS = { "SHA-1": 512, "SHA-256": 512, "SHA-384": 1024, "SHA-512": 1024 };
const CURVES = ["P-256", "P-384", "P-521"];

class CryptoKey {
  constructor(key = undefined) {
    if (key !== illegalConstructorKey) webidl.illegalConstructor();
    webidl.setBrand(this);
  }

  get type() {
    return slots(this).type;
  }

  get extractable() {
    return slots(this).extractable;
  }

  get algorithm() {
    return slots(this).algorithm;
  }

  get usages() {
    return slots(this).usages;
  }

  [SymbolFor("Deno.privateCustomInspect")](inspect, options) {
    const { type, extractable, algorithm, usages } = slots(this);
    return `CryptoKey ${inspect({ type, extractable, algorithm, usages }, options)}`;
  }
}
webidl.configureInterface(CryptoKey);
const CryptoKeyPrototype = CryptoKey.prototype;

function slots(key) {
  webidl.assertBranded(key, CryptoKeyPrototype);
  return WeakMapPrototypeGet(SLOTS, key);
}

/**
 * A new CryptoKey. `kind` and `curve` say how `material` is to be read by the ops
 * (see keys.rs); `algorithm` is the object the key shows.
 */
function makeKey(type, extractable, algorithm, usages, kind, curve, material) {
  const key = new CryptoKey(illegalConstructorKey);
  WeakMapPrototypeSet(SLOTS, key, {
    type,
    extractable,
    algorithm: ObjectFreeze(algorithm),
    usages: ObjectFreeze(orderUsages(usages)),
  });
  WeakMapPrototypeSet(KEY_MATERIAL, key, { kind, curve, material });
  return key;
}

// A CryptoKey is serializable (WebCrypto, the CryptoKey interface's serialization steps):
// the copy has a clone of the algorithm and the same key material.
registerSerializable(
  (value) => webidl.isBranded(value, CryptoKeyPrototype),
  (key) => {
    const { type, extractable, algorithm, usages } = WeakMapPrototypeGet(SLOTS, key);
    const { kind, curve, material } = WeakMapPrototypeGet(KEY_MATERIAL, key);
    return makeKey(type, extractable, structuredCloneInternal(algorithm), usages, kind, curve, material);
  },
);

function material(key) {
  return WeakMapPrototypeGet(KEY_MATERIAL, key);
}

function orderUsages(usages) {
  return ArrayPrototypeFilter(USAGES, (usage) => ArrayPrototypeIncludes(usages, usage));
}

const usagesConverter = webidl.createSequenceConverter(webidl.createEnumConverter("KeyUsage", USAGES));

function convertUsages(usages, prefix) {
  return usagesConverter(usages, prefix, "Argument keyUsages");
}

/** Throws SyntaxError when `usages` has one outside `allowed`. */
function checkUsages(usages, allowed) {
  for (const usage of usages) {
    if (!ArrayPrototypeIncludes(allowed, usage)) {
      throw new DOMException(`The usage '${usage}' is not allowed for this key (allowed: ${ArrayPrototypeJoin(allowed, ", ")})`, "SyntaxError");
    }
  }
}

function intersect(usages, allowed) {
  return ArrayPrototypeFilter(usages, (usage) => ArrayPrototypeIncludes(allowed, usage));
}

/** InvalidAccessError unless `key` is for `normalized`'s algorithm and allows `usage`. */
function checkKey(key, normalized, usage) {
  const { algorithm, usages } = slots(key);
  if (algorithm.name !== normalized.name) {
    throw new DOMException(`The key is for ${algorithm.name}, not ${normalized.name}`, "InvalidAccessError");
  }
  if (!ArrayPrototypeIncludes(usages, usage)) {
    throw new DOMException(`The key's usages do not include '${usage}'`, "InvalidAccessError");
  }
}

function buffer(bytes) {
  return TypedArrayPrototypeGetBuffer(bytes);
}

function checkCurve(namedCurve) {
  if (!ArrayPrototypeIncludes(CURVES, namedCurve)) {
    throw new DOMException(`Unknown curve ${namedCurve}`, "NotSupportedError");
  }
  if (namedCurve === "P-521") {
    throw new DOMException("The curve P-521 is not supported by x (P-256 and P-384 are)", "NotSupportedError");
  }
}

const RSA_USAGES = {
  "RSASSA-PKCS1-v1_5": { public: ["verify"], private: ["sign"] },
  "RSA-PSS": { public: ["verify"], private: ["sign"] },
  "RSA-OAEP": { public: ["encrypt", "wrapKey"], private: ["decrypt", "unwrapKey"] },
};
const ASYMMETRIC_USAGES = {
  ECDSA: { public: ["verify"], private: ["sign"] },
  Ed25519: { public: ["verify"], private: ["sign"] },
  ECDH: { public: [], private: ["deriveKey", "deriveBits"] },
  X25519: { public: [], private: ["deriveKey", "deriveBits"] },
  ...RSA_USAGES,
};
const SECRET_USAGES = {
  "AES-CTR": ["encrypt", "decrypt", "wrapKey", "unwrapKey"],
  "AES-CBC": ["encrypt", "decrypt", "wrapKey", "unwrapKey"],
  "AES-GCM": ["encrypt", "decrypt", "wrapKey", "unwrapKey"],
  "AES-KW": ["wrapKey", "unwrapKey"],
  HMAC: ["sign", "verify"],
  HKDF: ["deriveKey", "deriveBits"],
  PBKDF2: ["deriveKey", "deriveBits"],
};

/** The op-level kind and curve of an asymmetric algorithm. */
function asymmetricKind(name, namedCurve) {
  switch (name) {
    case "ECDSA":
    case "ECDH":
      return ["ec", namedCurve];
    case "Ed25519":
      return ["ed25519", ""];
    case "X25519":
      return ["x25519", ""];
    default:
      return ["rsa", ""];
  }
}

function asymmetricAlgorithm(normalized, material, isPrivate) {
  switch (normalized.name) {
    case "ECDSA":
    case "ECDH":
      return { name: normalized.name, namedCurve: normalized.namedCurve };
    case "Ed25519":
    case "X25519":
      return { name: normalized.name };
    default: {
      const [modulusLength, publicExponent] = op_crypto_rsa_params(isPrivate, material);
      return { name: normalized.name, modulusLength, hash: { name: normalized.hash.name }, publicExponent: new Uint8Array(publicExponent) };
    }
  }
}

function generateKey(normalized, extractable, usages) {
  const name = normalized.name;
  const secretUsages = SECRET_USAGES[name];
  if (secretUsages !== undefined) {
    checkUsages(usages, secretUsages);
    let length;
    let algorithm;
    if (name === "HMAC") {
      length = normalized.length ?? HASH_BLOCK_BITS[normalized.hash.name];
      if (length === 0) throw new DOMException("An HMAC key cannot be 0 bits long", "OperationError");
      algorithm = { name, length, hash: { name: normalized.hash.name } };
    } else {
      length = normalized.length;
      if (length !== 128 && length !== 192 && length !== 256) {
        throw new DOMException("An AES key is 128, 192 or 256 bits long", "OperationError");
      }
      algorithm = { name, length };
    }
    if (usages.length === 0) throw new DOMException("A secret key needs at least one usage", "SyntaxError");
    const bytes = new Uint8Array((length + 7) >> 3);
    op_crypto_get_random_values(bytes);
    if (length % 8 !== 0) bytes[bytes.length - 1] &= 0xff << (8 - (length % 8));
    return makeKey("secret", extractable, algorithm, usages, "secret", "", bytes);
  }
  const allowed = ASYMMETRIC_USAGES[name];
  checkUsages(usages, [...allowed.public, ...allowed.private]);
  if (name === "ECDSA" || name === "ECDH") checkCurve(normalized.namedCurve);
  const [kind, curve] = asymmetricKind(name, normalized.namedCurve);
  let privateMaterial;
  try {
    privateMaterial = op_crypto_generate_key(kind, curve, normalized.modulusLength ?? 0, normalized.publicExponent ?? new Uint8Array());
  } catch (error) {
    throw asOperationError(error);
  }
  const publicMaterial = op_crypto_public_key(kind, curve, privateMaterial);
  const algorithm = asymmetricAlgorithm(normalized, privateMaterial, true);
  const privateUsages = intersect(usages, allowed.private);
  if (privateUsages.length === 0) throw new DOMException("The private key would have no usage", "SyntaxError");
  return {
    publicKey: makeKey("public", true, { ...algorithm }, intersect(usages, allowed.public), kind, curve, publicMaterial),
    privateKey: makeKey("private", extractable, algorithm, privateUsages, kind, curve, privateMaterial),
  };
}

function asOperationError(error) {
  return error instanceof DOMException ? error : new DOMException(error?.message ?? String(error), "OperationError");
}

// JWK "alg" values (RFC 7518) per algorithm and hash or length.
const JWK_ALG = {
  HMAC: { "SHA-1": "HS1", "SHA-256": "HS256", "SHA-384": "HS384", "SHA-512": "HS512" },
  "RSASSA-PKCS1-v1_5": { "SHA-1": "RS1", "SHA-256": "RS256", "SHA-384": "RS384", "SHA-512": "RS512" },
  "RSA-PSS": { "SHA-1": "PS1", "SHA-256": "PS256", "SHA-384": "PS384", "SHA-512": "PS512" },
  "RSA-OAEP": { "SHA-1": "RSA-OAEP", "SHA-256": "RSA-OAEP-256", "SHA-384": "RSA-OAEP-384", "SHA-512": "RSA-OAEP-512" },
  "AES-CTR": { 128: "A128CTR", 192: "A192CTR", 256: "A256CTR" },
  "AES-CBC": { 128: "A128CBC", 192: "A192CBC", 256: "A256CBC" },
  "AES-GCM": { 128: "A128GCM", 192: "A192GCM", 256: "A256GCM" },
  "AES-KW": { 128: "A128KW", 192: "A192KW", 256: "A256KW" },
  ECDSA: { "P-256": "ES256", "P-384": "ES384" },
};
const JWK_KTY = { ec: "EC", ed25519: "OKP", x25519: "OKP", rsa: "RSA", secret: "oct" };

/** The checks every imported JWK goes through (kty, use, key_ops, ext, alg). */
function checkJwk(jwk, kind, usages, extractable, expectedAlg, name) {
  if (jwk.kty !== JWK_KTY[kind]) throw new DOMException(`The JWK's kty must be "${JWK_KTY[kind]}"`, "DataError");
  if (usages.length > 0 && jwk.use !== undefined) {
    const expectedUse = name === "RSA-OAEP" || kind === "secret" && name !== "HMAC" ? "enc" : "sig";
    if (jwk.use !== expectedUse) throw new DOMException(`The JWK's use must be "${expectedUse}"`, "DataError");
  }
  if (jwk.key_ops !== undefined) {
    for (const usage of usages) {
      if (!ArrayPrototypeIncludes(jwk.key_ops, usage)) {
        throw new DOMException(`The JWK's key_ops do not include '${usage}'`, "DataError");
      }
    }
  }
  if (jwk.ext === false && extractable) throw new DOMException("The JWK is not extractable (ext is false)", "DataError");
  if (jwk.alg !== undefined && expectedAlg !== undefined && jwk.alg !== expectedAlg) {
    throw new DOMException(`The JWK's alg must be "${expectedAlg}", not "${jwk.alg}"`, "DataError");
  }
}

const JSON_WEB_KEY = webidl.createDictionaryConverter("JsonWebKey", [
  { key: "kty", converter: webidl.converters.DOMString },
  { key: "use", converter: webidl.converters.DOMString },
  { key: "key_ops", converter: webidl.createSequenceConverter(webidl.converters.DOMString) },
  { key: "alg", converter: webidl.converters.DOMString },
  { key: "ext", converter: webidl.converters.boolean },
  { key: "crv", converter: webidl.converters.DOMString },
  { key: "x", converter: webidl.converters.DOMString },
  { key: "y", converter: webidl.converters.DOMString },
  { key: "d", converter: webidl.converters.DOMString },
  { key: "n", converter: webidl.converters.DOMString },
  { key: "e", converter: webidl.converters.DOMString },
  { key: "p", converter: webidl.converters.DOMString },
  { key: "q", converter: webidl.converters.DOMString },
  { key: "dp", converter: webidl.converters.DOMString },
  { key: "dq", converter: webidl.converters.DOMString },
  { key: "qi", converter: webidl.converters.DOMString },
  { key: "k", converter: webidl.converters.DOMString },
]);

function jwkParts(jwk) {
  const parts = {};
  for (const field of ["k", "x", "y", "d", "n", "e", "p", "q", "dp", "dq", "qi"]) {
    if (jwk[field] !== undefined) parts[field] = jwk[field];
  }
  return parts;
}

function importKey(format, keyData, normalized, extractable, usages) {
  const name = normalized.name;
  const secretUsages = SECRET_USAGES[name];
  if (secretUsages !== undefined) {
    checkUsages(usages, secretUsages);
    let bytes;
    if (format === "raw") {
      bytes = keyData;
    } else if (format === "jwk" && name !== "HKDF" && name !== "PBKDF2") {
      const expectedAlg = name === "HMAC" ? JWK_ALG.HMAC[normalized.hash.name] : undefined;
      checkJwk(keyData, "secret", usages, extractable, expectedAlg, name);
      bytes = new Uint8Array(op_crypto_import_jwk("secret", "", jwkParts(keyData)));
      if (name !== "HMAC" && keyData.alg !== undefined && keyData.alg !== JWK_ALG[name][bytes.length * 8]) {
        throw new DOMException(`The JWK's alg "${keyData.alg}" does not fit a ${bytes.length * 8}-bit ${name} key`, "DataError");
      }
    } else {
      throw new DOMException(`${name} keys cannot be imported from ${format}`, "NotSupportedError");
    }
    let algorithm;
    if (name === "HMAC") {
      const bits = bytes.length * 8;
      if (bits === 0) throw new DOMException("An HMAC key cannot be empty", "DataError");
      let length = bits;
      if (normalized.length !== undefined) {
        if (normalized.length > bits || normalized.length <= bits - 8) {
          throw new DOMException(`The length ${normalized.length} does not fit a key of ${bytes.length} bytes`, "DataError");
        }
        length = normalized.length;
      }
      algorithm = { name, length, hash: { name: normalized.hash.name } };
    } else if (name === "HKDF" || name === "PBKDF2") {
      if (extractable) throw new DOMException(`${name} keys cannot be extractable`, "SyntaxError");
      algorithm = { name };
    } else {
      const bits = bytes.length * 8;
      if (bits !== 128 && bits !== 192 && bits !== 256) {
        throw new DOMException(`An AES key is 128, 192 or 256 bits long, not ${bits}`, "DataError");
      }
      algorithm = { name, length: bits };
    }
    if (usages.length === 0) throw new DOMException("A secret key needs at least one usage", "SyntaxError");
    return makeKey("secret", extractable, algorithm, usages, "secret", "", bytes);
  }

  const allowed = ASYMMETRIC_USAGES[name];
  if (name === "ECDSA" || name === "ECDH") checkCurve(normalized.namedCurve);
  const [kind, curve] = asymmetricKind(name, normalized.namedCurve);
  let isPrivate;
  let keyMaterial;
  if (format === "jwk") {
    isPrivate = keyData.d !== undefined;
    let expectedAlg;
    if (kind === "rsa") expectedAlg = JWK_ALG[name][normalized.hash.name];
    else if (name === "ECDSA") expectedAlg = JWK_ALG.ECDSA[normalized.namedCurve];
    checkJwk(keyData, kind, intersect(usages, isPrivate ? allowed.private : allowed.public), extractable, expectedAlg, name);
    if (name === "Ed25519" && keyData.alg !== undefined && keyData.alg !== "EdDSA" && keyData.alg !== "Ed25519") {
      throw new DOMException(`The JWK's alg must be "EdDSA" or "Ed25519"`, "DataError");
    }
    if (kind === "ec" && keyData.crv !== normalized.namedCurve) {
      throw new DOMException(`The JWK's crv must be "${normalized.namedCurve}"`, "DataError");
    }
    if ((kind === "ed25519" || kind === "x25519") && keyData.crv !== name) {
      throw new DOMException(`The JWK's crv must be "${name}"`, "DataError");
    }
    keyMaterial = op_crypto_import_jwk(kind, curve, jwkParts(keyData));
  } else {
    if (format === "raw" && kind === "rsa") {
      throw new DOMException(`${name} keys cannot be imported from raw`, "NotSupportedError");
    }
    isPrivate = format === "pkcs8";
    keyMaterial = op_crypto_import_key(kind, curve, format, keyData);
  }
  checkUsages(usages, isPrivate ? allowed.private : allowed.public);
  if (isPrivate && usages.length === 0) throw new DOMException("A private key needs at least one usage", "SyntaxError");
  const algorithm = asymmetricAlgorithm(normalized, keyMaterial, isPrivate);
  return makeKey(isPrivate ? "private" : "public", extractable, algorithm, usages, kind, curve, keyMaterial);
}

function exportKey(format, key) {
  const { type, extractable, algorithm, usages } = slots(key);
  if (!extractable) throw new DOMException("The key is not extractable", "InvalidAccessError");
  const { kind, curve, material: bytes } = material(key);
  if (algorithm.name === "HKDF" || algorithm.name === "PBKDF2") {
    throw new DOMException(`${algorithm.name} keys cannot be exported`, "NotSupportedError");
  }
  if (format !== "jwk") {
    if (format === "raw" && kind === "rsa") throw new DOMException("RSA keys cannot be exported as raw", "NotSupportedError");
    if (kind === "secret" && format !== "raw") {
      throw new DOMException(`${algorithm.name} keys cannot be exported as ${format}`, "NotSupportedError");
    }
    return buffer(new Uint8Array(op_crypto_export_key(kind, curve, format, type === "private", bytes)));
  }
  const jwk = { kty: JWK_KTY[kind] };
  if (kind === "ec") jwk.crv = curve;
  if (kind === "ed25519" || kind === "x25519") jwk.crv = algorithm.name;
  const parts = op_crypto_export_jwk(kind, curve, type === "private", bytes);
  for (const field of ["x", "y", "d", "n", "e", "p", "q", "dp", "dq", "qi", "k"]) {
    if (parts[field] !== undefined) jwk[field] = parts[field];
  }
  if (kind === "secret") jwk.alg = JWK_ALG[algorithm.name][algorithm.name === "HMAC" ? algorithm.hash.name : algorithm.length];
  else if (kind === "rsa") jwk.alg = JWK_ALG[algorithm.name][algorithm.hash.name];
  else if (algorithm.name === "ECDSA") jwk.alg = JWK_ALG.ECDSA[curve];
  else if (algorithm.name === "Ed25519") jwk.alg = "Ed25519";
  jwk.key_ops = [...usages];
  jwk.ext = extractable;
  return jwk;
}

function hashOf(key, normalized) {
  return normalized.hash?.name ?? slots(key).algorithm.hash?.name ?? "";
}

function sign(normalized, key, data) {
  checkKey(key, normalized, "sign");
  const { curve, material: bytes } = material(key);
  if (slots(key).type === "public") throw new DOMException("A public key cannot sign", "InvalidAccessError");
  return buffer(new Uint8Array(op_crypto_sign(normalized.name, hashOf(key, normalized), curve, normalized.saltLength ?? 0, bytes, data)));
}

function verify(normalized, key, signature, data) {
  checkKey(key, normalized, "verify");
  const { curve, material: bytes } = material(key);
  if (slots(key).type === "private") throw new DOMException("A private key cannot verify", "InvalidAccessError");
  return op_crypto_verify(normalized.name, hashOf(key, normalized), curve, normalized.saltLength ?? 0, bytes, data, signature);
}

const EMPTY = new Uint8Array();
const GCM_TAG_LENGTHS = [32, 64, 96, 104, 112, 120, 128];

function cipher(normalized, key, data, encrypt) {
  const name = normalized.name;
  let iv = EMPTY;
  let extra = EMPTY;
  let bits = 0;
  switch (name) {
    case "AES-GCM":
      iv = normalized.iv;
      extra = normalized.additionalData ?? EMPTY;
      bits = normalized.tagLength ?? 128;
      if (!ArrayPrototypeIncludes(GCM_TAG_LENGTHS, bits)) {
        throw new DOMException(`${bits} is not a valid AES-GCM tag length`, "OperationError");
      }
      break;
    case "AES-CBC":
      iv = normalized.iv;
      if (iv.length !== 16) throw new DOMException("AES-CBC's iv must be 16 bytes", "OperationError");
      break;
    case "AES-CTR":
      iv = normalized.counter;
      bits = normalized.length;
      if (iv.length !== 16) throw new DOMException("AES-CTR's counter must be 16 bytes", "OperationError");
      if (bits === 0 || bits > 128) throw new DOMException("AES-CTR's length must be from 1 to 128", "OperationError");
      break;
    case "RSA-OAEP":
      extra = normalized.label ?? EMPTY;
      if (slots(key).type !== (encrypt ? "public" : "private")) {
        throw new DOMException(`RSA-OAEP ${encrypt ? "encrypts with a public" : "decrypts with a private"} key`, "InvalidAccessError");
      }
      break;
  }
  const { material: bytes } = material(key);
  return op_crypto_cipher(name, slots(key).algorithm.hash?.name ?? "", encrypt, bytes, iv, extra, bits, data);
}

function deriveBits(normalized, key, length) {
  const name = normalized.name;
  const { curve, material: bytes } = material(key);
  let peer = EMPTY;
  if (name === "ECDH" || name === "X25519") {
    const publicKey = normalized.public;
    if (!webidl.isBranded(publicKey, CryptoKeyPrototype)) {
      throw new TypeError("The algorithm's public member must be a CryptoKey");
    }
    const publicSlots = slots(publicKey);
    if (publicSlots.type !== "public") throw new DOMException("The peer's key must be a public key", "InvalidAccessError");
    if (publicSlots.algorithm.name !== slots(key).algorithm.name) {
      throw new DOMException(`The peer's key is for ${publicSlots.algorithm.name}, not ${name}`, "InvalidAccessError");
    }
    if (name === "ECDH" && publicSlots.algorithm.namedCurve !== slots(key).algorithm.namedCurve) {
      throw new DOMException("The peer's key is on another curve", "InvalidAccessError");
    }
    peer = material(publicKey).material;
    if (length === null) length = 0;
    else if (length === 0) return new Uint8Array();
  } else {
    if (length === null) throw new DOMException(`${name} needs a length`, "OperationError");
    if (length % 8 !== 0) throw new DOMException(`${name}'s length must be a multiple of 8`, "OperationError");
    if (length === 0) return new Uint8Array();
    peer = normalized.salt;
  }
  return new Uint8Array(op_crypto_derive_bits(name, normalized.hash?.name ?? "", curve, bytes, peer, normalized.info ?? EMPTY, normalized.iterations ?? 0, length));
}

/** The length of key `normalized` describes (the spec's "get key length"); null for none. */
function keyLength(normalized) {
  switch (normalized.name) {
    case "HMAC":
      if (normalized.length === undefined) return HASH_BLOCK_BITS[normalized.hash.name];
      if (normalized.length === 0) throw new TypeError("An HMAC key length cannot be 0");
      return normalized.length;
    case "HKDF":
    case "PBKDF2":
      return null;
    default:
      if (normalized.length !== 128 && normalized.length !== 192 && normalized.length !== 256) {
        throw new DOMException("An AES key is 128, 192 or 256 bits long", "OperationError");
      }
      return normalized.length;
  }
}

const FORMATS = ["raw", "spki", "pkcs8", "jwk"];
const formatConverter = webidl.createEnumConverter("KeyFormat", FORMATS);
const cryptoKeyConverter = webidl.createInterfaceConverter("CryptoKey", CryptoKeyPrototype);

function keyData(format, data, prefix) {
  if (format === "jwk") {
    if (data === null || typeof data !== "object" || webidl.isArrayBuffer(data) || ArrayBufferIsView(data)) {
      throw new TypeError(`${prefix}: keyData must be a JsonWebKey for the jwk format`);
    }
    return JSON_WEB_KEY(data, prefix, "Argument 2");
  }
  return copyBytes(webidl.converters.BufferSource(data, prefix, "Argument 2"), prefix, "Argument 2");
}

/** Runs `body` and gives its result as a promise (the spec's "return a promise", then the steps). */
function promised(body) {
  try {
    return PromiseResolve(body());
  } catch (error) {
    return PromiseReject(error);
  }
}

function prefixFor(method) {
  return `Failed to execute '${method}' on 'SubtleCrypto'`;
}

class SubtleCrypto {
  constructor(key = undefined) {
    if (key !== illegalConstructorKey) webidl.illegalConstructor();
    webidl.setBrand(this);
  }

  /** The digest of `data` with `algorithm` ("SHA-1", "SHA-256", "SHA-384", "SHA-512" or `{ name }`). */
  digest(algorithm, data) {
    return promised(() => {
      const prefix = prefixFor("digest");
      webidl.assertBranded(this, SubtleCryptoPrototype);
      webidl.requiredArguments(arguments.length, 2, prefix);
      const normalized = normalizeAlgorithm(algorithm, "digest", prefix);
      const bytes = copyBytes(data, prefix, "Argument 2");
      return buffer(op_crypto_digest(normalized.name, bytes));
    });
  }

  encrypt(algorithm, key, data) {
    return promised(() => {
      const prefix = prefixFor("encrypt");
      webidl.assertBranded(this, SubtleCryptoPrototype);
      webidl.requiredArguments(arguments.length, 3, prefix);
      const normalized = normalizeAlgorithm(algorithm, "encrypt", prefix);
      cryptoKeyConverter(key, prefix, "Argument 2");
      const bytes = copyBytes(data, prefix, "Argument 3");
      checkKey(key, normalized, "encrypt");
      return buffer(new Uint8Array(cipher(normalized, key, bytes, true)));
    });
  }

  decrypt(algorithm, key, data) {
    return promised(() => {
      const prefix = prefixFor("decrypt");
      webidl.assertBranded(this, SubtleCryptoPrototype);
      webidl.requiredArguments(arguments.length, 3, prefix);
      const normalized = normalizeAlgorithm(algorithm, "decrypt", prefix);
      cryptoKeyConverter(key, prefix, "Argument 2");
      const bytes = copyBytes(data, prefix, "Argument 3");
      checkKey(key, normalized, "decrypt");
      return buffer(new Uint8Array(cipher(normalized, key, bytes, false)));
    });
  }

  sign(algorithm, key, data) {
    return promised(() => {
      const prefix = prefixFor("sign");
      webidl.assertBranded(this, SubtleCryptoPrototype);
      webidl.requiredArguments(arguments.length, 3, prefix);
      const normalized = normalizeAlgorithm(algorithm, "sign", prefix);
      cryptoKeyConverter(key, prefix, "Argument 2");
      return sign(normalized, key, copyBytes(data, prefix, "Argument 3"));
    });
  }

  verify(algorithm, key, signature, data) {
    return promised(() => {
      const prefix = prefixFor("verify");
      webidl.assertBranded(this, SubtleCryptoPrototype);
      webidl.requiredArguments(arguments.length, 4, prefix);
      const normalized = normalizeAlgorithm(algorithm, "verify", prefix);
      cryptoKeyConverter(key, prefix, "Argument 2");
      const signatureBytes = copyBytes(signature, prefix, "Argument 3");
      return verify(normalized, key, signatureBytes, copyBytes(data, prefix, "Argument 4"));
    });
  }

  generateKey(algorithm, extractable, keyUsages) {
    return promised(() => {
      const prefix = prefixFor("generateKey");
      webidl.assertBranded(this, SubtleCryptoPrototype);
      webidl.requiredArguments(arguments.length, 3, prefix);
      const usages = convertUsages(keyUsages, prefix);
      const normalized = normalizeAlgorithm(algorithm, "generateKey", prefix);
      return generateKey(normalized, !!extractable, usages);
    });
  }

  importKey(format, keyDataArg, algorithm, extractable, keyUsages) {
    return promised(() => {
      const prefix = prefixFor("importKey");
      webidl.assertBranded(this, SubtleCryptoPrototype);
      webidl.requiredArguments(arguments.length, 5, prefix);
      const keyFormat = formatConverter(format, prefix);
      const data = keyData(keyFormat, keyDataArg, prefix);
      const usages = convertUsages(keyUsages, prefix);
      const normalized = normalizeAlgorithm(algorithm, "importKey", prefix);
      return importKey(keyFormat, data, normalized, !!extractable, usages);
    });
  }

  exportKey(format, key) {
    return promised(() => {
      const prefix = prefixFor("exportKey");
      webidl.assertBranded(this, SubtleCryptoPrototype);
      webidl.requiredArguments(arguments.length, 2, prefix);
      const keyFormat = formatConverter(format, prefix);
      cryptoKeyConverter(key, prefix, "Argument 2");
      return exportKey(keyFormat, key);
    });
  }

  deriveBits(algorithm, baseKey, length = null) {
    return promised(() => {
      const prefix = prefixFor("deriveBits");
      webidl.assertBranded(this, SubtleCryptoPrototype);
      webidl.requiredArguments(arguments.length, 2, prefix);
      const normalized = normalizeAlgorithm(algorithm, "deriveBits", prefix);
      cryptoKeyConverter(baseKey, prefix, "Argument 2");
      const bits = length === null || length === undefined ? null : webidl.converters["unsigned long"](length, prefix, "Argument 3", { enforceRange: true });
      checkKey(baseKey, normalized, "deriveBits");
      return buffer(deriveBits(normalized, baseKey, bits));
    });
  }

  deriveKey(algorithm, baseKey, derivedKeyType, extractable, keyUsages) {
    return promised(() => {
      const prefix = prefixFor("deriveKey");
      webidl.assertBranded(this, SubtleCryptoPrototype);
      webidl.requiredArguments(arguments.length, 5, prefix);
      const usages = convertUsages(keyUsages, prefix);
      const normalized = normalizeAlgorithm(algorithm, "deriveBits", prefix);
      const importType = normalizeAlgorithm(derivedKeyType, "importKey", prefix);
      const lengthType = normalizeAlgorithm(derivedKeyType, "get key length", prefix);
      cryptoKeyConverter(baseKey, prefix, "Argument 2");
      checkKey(baseKey, normalized, "deriveKey");
      const length = keyLength(lengthType);
      const secret = deriveBits(normalized, baseKey, length);
      return importKey("raw", secret, importType, !!extractable, usages);
    });
  }

  wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    return promised(() => {
      const prefix = prefixFor("wrapKey");
      webidl.assertBranded(this, SubtleCryptoPrototype);
      webidl.requiredArguments(arguments.length, 4, prefix);
      const keyFormat = formatConverter(format, prefix);
      cryptoKeyConverter(key, prefix, "Argument 2");
      cryptoKeyConverter(wrappingKey, prefix, "Argument 3");
      const normalized = normalizeWrap(wrapAlgorithm, "wrapKey", "encrypt", prefix);
      checkKey(wrappingKey, normalized, "wrapKey");
      const exported = exportKey(keyFormat, key);
      const bytes = keyFormat === "jwk" ? core.encode(JSONStringify(exported)) : new Uint8Array(exported);
      return buffer(new Uint8Array(cipher(normalized, wrappingKey, bytes, true)));
    });
  }

  unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
    return promised(() => {
      const prefix = prefixFor("unwrapKey");
      webidl.assertBranded(this, SubtleCryptoPrototype);
      webidl.requiredArguments(arguments.length, 7, prefix);
      const keyFormat = formatConverter(format, prefix);
      const wrapped = copyBytes(wrappedKey, prefix, "Argument 2");
      cryptoKeyConverter(unwrappingKey, prefix, "Argument 3");
      const usages = convertUsages(keyUsages, prefix);
      const normalized = normalizeWrap(unwrapAlgorithm, "unwrapKey", "decrypt", prefix);
      const importType = normalizeAlgorithm(unwrappedKeyAlgorithm, "importKey", prefix);
      checkKey(unwrappingKey, normalized, "unwrapKey");
      const bytes = new Uint8Array(cipher(normalized, unwrappingKey, wrapped, false));
      let data = bytes;
      if (keyFormat === "jwk") {
        try {
          data = JSON_WEB_KEY(JSONParse(core.decode(bytes)), prefix, "the unwrapped key");
        } catch (error) {
          throw new DOMException(`The unwrapped key is not a JWK: ${error.message}`, "DataError");
        }
      }
      return importKey(keyFormat, data, importType, !!extractable, usages);
    });
  }
}
webidl.configureInterface(SubtleCrypto);
const SubtleCryptoPrototype = SubtleCrypto.prototype;
const subtle = new SubtleCrypto(illegalConstructorKey);

/** wrapKey/unwrapKey's algorithm: normalized for the wrapping operation, else for the cipher. */
function normalizeWrap(algorithm, operation, fallback, prefix) {
  try {
    return normalizeAlgorithm(algorithm, operation, prefix);
  } catch (error) {
    if (!(error instanceof DOMException) || error.name !== "NotSupportedError") throw error;
    return normalizeAlgorithm(algorithm, fallback, prefix);
  }
}

export { CryptoKey, SubtleCrypto, subtle };
