/**
 * Utilities for base58 encoding and decoding (Bitcoin alphabet).
 *
 * ```ts
 * import { encodeBase58, decodeBase58 } from "@std/encoding/base58";
 * encodeBase58("Hello World!"); // "2NEpo7TZRRrLZSi2U"
 * ```
 *
 * @module
 */
import { validateBinaryLike } from "./_util.ts";

const ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/**
 * Converts data into a base58-encoded string. Leading zero bytes become
 * leading `1`s.
 *
 * @example
 * ```ts
 * import { encodeBase58 } from "@std/encoding/base58";
 * encodeBase58("Hello World!"); // "2NEpo7TZRRrLZSi2U"
 * ```
 *
 * @param data The data to encode (strings are encoded as UTF-8).
 * @returns The base58-encoded string.
 */
export function encodeBase58(data: ArrayBuffer | Uint8Array | string): string {
  const bytes = validateBinaryLike(data);
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  const digits: number[] = [];
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i]!;
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j]! << 8;
      digits[j] = carry % 58;
      carry = (carry / 58) | 0;
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = (carry / 58) | 0;
    }
  }
  let out = "1".repeat(zeros);
  for (let i = digits.length - 1; i >= 0; i--) out += ALPHABET[digits[i]!];
  return out;
}

/**
 * Decodes a base58-encoded string. Characters outside the alphabet throw a
 * `TypeError`.
 *
 * @example
 * ```ts
 * import { decodeBase58 } from "@std/encoding/base58";
 * new TextDecoder().decode(decodeBase58("2NEpo7TZRRrLZSi2U")); // "Hello World!"
 * ```
 *
 * @param b58 The base58-encoded string to decode.
 * @returns The decoded bytes.
 */
export function decodeBase58(b58: string): Uint8Array<ArrayBuffer> {
  let zeros = 0;
  while (zeros < b58.length && b58[zeros] === "1") zeros++;
  const bytes: number[] = [];
  for (let i = zeros; i < b58.length; i++) {
    let carry = ALPHABET.indexOf(b58[i]!);
    if (carry === -1) {
      throw new TypeError(
        `Cannot decode input as base58: Invalid character (${b58[i]})`,
      );
    }
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  const out = new Uint8Array(zeros + bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    out[zeros + i] = bytes[bytes.length - 1 - i]!;
  }
  return out;
}
