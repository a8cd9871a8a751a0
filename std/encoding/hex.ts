/**
 * Port of hexadecimal encoding and decoding: lowercase output, either case
 * accepted on input.
 *
 * ```ts
 * import { encodeHex, decodeHex } from "@std/encoding/hex";
 * encodeHex("abc"); // "616263"
 * decodeHex("616263"); // Uint8Array of "abc"
 * ```
 *
 * @module
 */
import { validateBinaryLike } from "./_util.ts";

const HEX = "0123456789abcdef";

function fromHexChar(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

/**
 * Converts data into a lowercase hex-encoded string.
 *
 * @example
 * ```ts
 * import { encodeHex } from "@std/encoding/hex";
 * encodeHex("abc"); // "616263"
 * encodeHex(new Uint8Array([1, 2, 255])); // "0102ff"
 * ```
 *
 * @param src The data to encode (strings are encoded as UTF-8).
 * @returns The hex-encoded string.
 */
export function encodeHex(src: string | Uint8Array | ArrayBuffer): string {
  const u8 = validateBinaryLike(src);
  let out = "";
  for (const byte of u8) out += HEX[byte >> 4]! + HEX[byte & 15]!;
  return out;
}

/**
 * Decodes a hex-encoded string. An odd length throws a `RangeError`; a
 * non-hex character throws a `TypeError`.
 *
 * @example
 * ```ts
 * import { decodeHex } from "@std/encoding/hex";
 * decodeHex("616263"); // Uint8Array of "abc"
 * ```
 *
 * @param src The hex-encoded string to decode.
 * @returns The decoded bytes.
 */
export function decodeHex(src: string): Uint8Array<ArrayBuffer> {
  if (src.length % 2 !== 0) {
    throw new RangeError(
      `Cannot decode input as hex: Length (${src.length}) must be divisible by 2`,
    );
  }
  const out = new Uint8Array(src.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = fromHexChar(src.charCodeAt(i * 2));
    const lo = fromHexChar(src.charCodeAt(i * 2 + 1));
    if (hi === -1 || lo === -1) {
      const bad = hi === -1 ? src[i * 2] : src[i * 2 + 1];
      throw new TypeError(
        `Cannot decode input as hex: Invalid character (${bad})`,
      );
    }
    out[i] = (hi << 4) | lo;
  }
  return out;
}
