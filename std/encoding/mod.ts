/**
 * Utilities for encoding and decoding common formats like hex, base64,
 * base64url, base32, base58, ascii85 and varint.
 *
 * ```ts
 * import { encodeBase64, encodeHex } from "@std/encoding";
 * encodeBase64("foobar"); // "Zm9vYmFy"
 * encodeHex("abc"); // "616263"
 * ```
 *
 * @module
 */
export * from "./ascii85.ts";
export * from "./base32.ts";
export * from "./base58.ts";
export * from "./base64.ts";
export * from "./base64url.ts";
export * from "./hex.ts";
export * from "./varint.ts";
