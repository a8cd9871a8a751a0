/**
 * Utilities for {@link https://en.wikipedia.org/wiki/Ascii85 | ascii85}
 * encoding and decoding, in the Adobe, btoa, RFC 1924 and Z85 flavors.
 *
 * ```ts
 * import { encodeAscii85, decodeAscii85 } from "@std/encoding/ascii85";
 * encodeAscii85("Hello World!"); // "87cURD]i,\"Ebo80"
 * ```
 *
 * @module
 */
import { validateBinaryLike } from "./_util.ts";

/** Supported ascii85 standards. */
export type Ascii85Standard = "Adobe" | "btoa" | "RFC 1924" | "Z85";

/** Options for {@linkcode encodeAscii85} and {@linkcode decodeAscii85}. */
export interface Ascii85Options {
  /**
   * The character set and delimiter style to use.
   *
   * @default {"Adobe"}
   */
  standard?: Ascii85Standard;
  /**
   * Whether to use a delimiter (`<~ ~>` for Adobe, `xbtoa Begin`/`xbtoa End`
   * for btoa; ignored by the other standards).
   *
   * @default {false}
   */
  delimiter?: boolean;
}

const RFC1924 =
  "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";
const Z85 =
  "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

function alphabetFor(standard: Ascii85Standard): string | undefined {
  if (standard === "RFC 1924") return RFC1924;
  if (standard === "Z85") return Z85;
  return undefined;
}

/**
 * Converts data into an ascii85-encoded string.
 *
 * @example
 * ```ts
 * import { encodeAscii85 } from "@std/encoding/ascii85";
 * encodeAscii85("Hello World!"); // "87cURD]i,\"Ebo80"
 * encodeAscii85("Hello World!", { delimiter: true }); // "<~87cURD]i,\"Ebo80~>"
 * ```
 *
 * @param data The data to encode (strings are encoded as UTF-8).
 * @param options Encoding options.
 * @returns The ascii85-encoded string.
 */
export function encodeAscii85(
  data: ArrayBuffer | Uint8Array | string,
  options: Ascii85Options = {},
): string {
  const { standard = "Adobe", delimiter = false } = options;
  const bytes = validateBinaryLike(data);
  const alphabet = alphabetFor(standard);
  let out = "";
  for (let i = 0; i < bytes.length; i += 4) {
    const n = Math.min(4, bytes.length - i);
    let value = 0;
    for (let j = 0; j < 4; j++) value = value * 256 + (bytes[i + j] ?? 0);
    if (n === 4 && alphabet === undefined) {
      if (value === 0) {
        out += "z";
        continue;
      }
      if (standard === "btoa" && value === 0x20202020) {
        out += "y";
        continue;
      }
    }
    const chars = new Array<string>(5);
    for (let k = 4; k >= 0; k--) {
      const digit = value % 85;
      value = Math.floor(value / 85);
      chars[k] = alphabet ? alphabet[digit]! : String.fromCharCode(digit + 33);
    }
    out += chars.slice(0, n + 1).join("");
  }
  if (delimiter) {
    if (standard === "Adobe") return `<~${out}~>`;
    if (standard === "btoa") return `xbtoa Begin\n${out}\nxbtoa End`;
  }
  return out;
}

/**
 * Decodes an ascii85-encoded string. Delimiters and whitespace are ignored.
 * Invalid characters throw a `TypeError`.
 *
 * @example
 * ```ts
 * import { decodeAscii85 } from "@std/encoding/ascii85";
 * new TextDecoder().decode(decodeAscii85("87cURD]i,\"Ebo80")); // "Hello World!"
 * ```
 *
 * @param ascii85 The ascii85-encoded string to decode.
 * @param options Decoding options.
 * @returns The decoded bytes.
 */
export function decodeAscii85(
  ascii85: string,
  options: Ascii85Options = {},
): Uint8Array<ArrayBuffer> {
  const { standard = "Adobe" } = options;
  const alphabet = alphabetFor(standard);
  let text = ascii85;
  if (standard === "Adobe") {
    text = text.replace(/^\s*<~/, "").replace(/~>\s*$/, "");
  } else if (standard === "btoa") {
    text = text.replace(/^\s*xbtoa Begin/, "").replace(/xbtoa End\s*$/, "");
  }
  text = text.replace(/\s+/g, "");
  const values: number[] = [];
  for (const ch of text) {
    if (alphabet === undefined) {
      if (ch === "z") {
        values.push(0, 0, 0, 0, 0);
        continue;
      }
      if (ch === "y" && standard === "btoa") {
        values.push(10, 27, 53, 67, 43); // "+<VdL" minus 33
        continue;
      }
      const code = ch.charCodeAt(0) - 33;
      if (code < 0 || code > 84) {
        throw new TypeError(
          `Cannot decode input as ascii85: Invalid character (${ch})`,
        );
      }
      values.push(code);
    } else {
      const code = alphabet.indexOf(ch);
      if (code === -1) {
        throw new TypeError(
          `Cannot decode input as ascii85: Invalid character (${ch})`,
        );
      }
      values.push(code);
    }
  }
  const rest = values.length % 5;
  if (rest === 1) {
    throw new TypeError(
      "Cannot decode input as ascii85: Invalid length, the last group is a single character",
    );
  }
  const padding = rest === 0 ? 0 : 5 - rest;
  for (let i = 0; i < padding; i++) values.push(84);
  const out = new Uint8Array((values.length / 5) * 4);
  for (let i = 0, o = 0; i < values.length; i += 5, o += 4) {
    let value = 0;
    for (let j = 0; j < 5; j++) value = value * 85 + values[i + j]!;
    if (value > 0xffffffff) {
      throw new TypeError("Cannot decode input as ascii85: Group overflow");
    }
    out[o] = value >>> 24;
    out[o + 1] = (value >>> 16) & 0xff;
    out[o + 2] = (value >>> 8) & 0xff;
    out[o + 3] = value & 0xff;
  }
  return out.slice(0, out.length - padding);
}
