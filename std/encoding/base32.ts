/**
 * Utilities for {@link https://www.rfc-editor.org/rfc/rfc4648.html#section-6 | base32}
 * encoding and decoding.
 *
 * ```ts
 * import { encodeBase32, decodeBase32 } from "@std/encoding/base32";
 * encodeBase32("6c60c0"); // "GZRTMMDDGA======"
 * new TextDecoder().decode(decodeBase32("GZRTMMDDGA======")); // "6c60c0"
 * ```
 *
 * @module
 */
import { reverseLookup, validateBinaryLike } from "./_util.ts";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const TABLE = reverseLookup(ALPHABET);
const VALID_REMAINDERS = [0, 2, 4, 5, 7];

/**
 * Converts data into a base32-encoded string, padded with `=` to a multiple
 * of 8 characters.
 *
 * @example
 * ```ts
 * import { encodeBase32 } from "@std/encoding/base32";
 * encodeBase32("6c60c0"); // "GZRTMMDDGA======"
 * ```
 *
 * @param data The data to encode (strings are encoded as UTF-8).
 * @returns The base32-encoded string.
 */
export function encodeBase32(data: ArrayBuffer | Uint8Array | string): string {
  const bytes = validateBinaryLike(data);
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += "=";
  return out;
}

/**
 * Decodes a base32-encoded string (padding optional). Invalid characters or
 * an impossible length throw a `TypeError`.
 *
 * @example
 * ```ts
 * import { decodeBase32 } from "@std/encoding/base32";
 * decodeBase32("GZRTMMDDGA======"); // Uint8Array of "6c60c0"
 * ```
 *
 * @param b32 The base32-encoded string to decode.
 * @returns The decoded bytes.
 */
export function decodeBase32(b32: string): Uint8Array<ArrayBuffer> {
  let end = b32.length;
  while (end > 0 && b32[end - 1] === "=") end--;
  if (end !== b32.length && b32.length % 8 !== 0) {
    throw new TypeError(
      `Cannot decode input as base32: Length (${b32.length}), with padding, must be divisible by 8`,
    );
  }
  if (!VALID_REMAINDERS.includes(end % 8)) {
    throw new TypeError(
      `Cannot decode input as base32: Invalid length (${end}) excluding padding`,
    );
  }
  const out = new Uint8Array(Math.floor((end * 5) / 8));
  let o = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < end; i++) {
    const code = b32.charCodeAt(i);
    const value = code < 128 ? TABLE[code]! : -1;
    if (value === -1) {
      throw new TypeError(
        `Cannot decode input as base32: Invalid character (${b32[i]})`,
      );
    }
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}
