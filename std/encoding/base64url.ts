/**
 * Utilities for {@link https://www.rfc-editor.org/rfc/rfc4648.html#section-5 | base64url}
 * encoding and decoding (URL and file name safe, without padding).
 *
 * ```ts
 * import { encodeBase64Url, decodeBase64Url } from "@std/encoding/base64url";
 * encodeBase64Url("foobar"); // "Zm9vYmFy"
 * decodeBase64Url("_w"); // Uint8Array [255]
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
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const TABLE = reverseLookup(ALPHABET);

/**
 * Converts data into a base64url-encoded string, without padding.
 *
 * @example
 * ```ts
 * import { encodeBase64Url } from "@std/encoding/base64url";
 * encodeBase64Url("foobar"); // "Zm9vYmFy"
 * encodeBase64Url(new Uint8Array([0xfb, 0xff])); // "-_8"
 * ```
 *
 * @param data The data to encode (strings are encoded as UTF-8).
 * @returns The base64url-encoded string.
 */
export function encodeBase64Url(
  data: ArrayBuffer | Uint8Array | string,
): string {
  return encode64(validateBinaryLike(data), ALPHABET, false);
}

/**
 * Decodes a base64url-encoded string (padded or not). Characters outside the
 * alphabet throw a `TypeError`.
 *
 * @example
 * ```ts
 * import { decodeBase64Url } from "@std/encoding/base64url";
 * decodeBase64Url("Zm9vYmFy"); // Uint8Array of "foobar"
 * ```
 *
 * @param b64url The base64url-encoded string to decode.
 * @returns The decoded bytes.
 */
export function decodeBase64Url(b64url: string): Uint8Array<ArrayBuffer> {
  return decode64(b64url, TABLE, "base64url") as Uint8Array<ArrayBuffer>;
}
