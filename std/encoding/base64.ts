/**
 * Utilities for {@link https://www.rfc-editor.org/rfc/rfc4648.html#section-4 | base64}
 * encoding and decoding.
 *
 * ```ts
 * import { encodeBase64, decodeBase64 } from "@std/encoding/base64";
 * encodeBase64("foobar"); // "Zm9vYmFy"
 * new TextDecoder().decode(decodeBase64("Zm9vYmFy")); // "foobar"
 * ```
 *
 * @module
 */
import {
  decode64,
  encode64,
  reverseLookup,
  validateBinaryLike,
} from "./_util.ts";

const ALPHABET =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const TABLE = reverseLookup(ALPHABET);

/**
 * Converts data into a base64-encoded string (with padding).
 *
 * @example
 * ```ts
 * import { encodeBase64 } from "@std/encoding/base64";
 * encodeBase64("foobar"); // "Zm9vYmFy"
 * encodeBase64(new Uint8Array([0xff])); // "/w=="
 * ```
 *
 * @param data The data to encode (strings are encoded as UTF-8).
 * @returns The base64-encoded string.
 */
export function encodeBase64(data: ArrayBuffer | Uint8Array | string): string {
  return encode64(validateBinaryLike(data), ALPHABET, true);
}

/**
 * Decodes a base64-encoded string. Padding is optional; characters outside
 * the alphabet throw a `TypeError`.
 *
 * @example
 * ```ts
 * import { decodeBase64 } from "@std/encoding/base64";
 * decodeBase64("Zm9vYmFy"); // Uint8Array of "foobar"
 * ```
 *
 * @param b64 The base64-encoded string to decode.
 * @returns The decoded bytes.
 */
export function decodeBase64(b64: string): Uint8Array<ArrayBuffer> {
  return decode64(b64, TABLE, "base64") as Uint8Array<ArrayBuffer>;
}
