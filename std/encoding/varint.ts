/**
 * Utilities for {@link https://protobuf.dev/programming-guides/encoding/#varints | varint}
 * encoding of unsigned integers (LEB128, up to 64 bits).
 *
 * ```ts
 * import { encodeVarint, decodeVarint } from "@std/encoding/varint";
 * const [bytes] = encodeVarint(300); // Uint8Array [172, 2]
 * decodeVarint(bytes); // [300n, 2]
 * ```
 *
 * @module
 */

/** The maximum value of an unsigned 64-bit integer. */
export const MaxUint64 = 18446744073709551615n;
/** The maximum length, in bytes, of a varint encoding a 64-bit integer. */
export const MaxVarintLen64 = 10;
/** The maximum length, in bytes, of a varint encoding a 32-bit integer. */
export const MaxVarintLen32 = 5;
/** The maximum length, in bytes, of a varint encoding a 16-bit integer. */
export const MaxVarintLen16 = 3;

/**
 * Decodes an unsigned 64-bit varint from `buf` at `offset`.
 *
 * @example
 * ```ts
 * import { decodeVarint } from "@std/encoding/varint";
 * decodeVarint(new Uint8Array([0x8E, 0x02])); // [270n, 2]
 * ```
 *
 * @param buf The buffer to read from.
 * @param offset The index to start reading at.
 * @returns The decoded value and the offset just after the varint.
 */
export function decodeVarint(buf: Uint8Array, offset = 0): [bigint, number] {
  let value = 0n;
  let shift = 0n;
  for (let i = offset; i < buf.length && i - offset < MaxVarintLen64; i++) {
    const byte = buf[i]!;
    if (i - offset === MaxVarintLen64 - 1 && byte > 1) {
      throw new RangeError("Cannot decode varint: the value overflows 64 bits");
    }
    value |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return [value, i + 1];
    shift += 7n;
  }
  if (buf.length - offset >= MaxVarintLen64) {
    throw new RangeError("Cannot decode varint: the value overflows 64 bits");
  }
  throw new RangeError("Cannot decode varint: the buffer ended early");
}

/**
 * Decodes an unsigned 32-bit varint from `buf` at `offset`, as a number.
 *
 * @example
 * ```ts
 * import { decodeVarint32 } from "@std/encoding/varint";
 * decodeVarint32(new Uint8Array([0x8E, 0x02])); // [270, 2]
 * ```
 *
 * @param buf The buffer to read from.
 * @param offset The index to start reading at.
 * @returns The decoded value and the offset just after the varint.
 */
export function decodeVarint32(buf: Uint8Array, offset = 0): [number, number] {
  let value = 0;
  for (
    let i = offset, shift = 0;
    i < buf.length && i - offset < MaxVarintLen32;
    i++, shift += 7
  ) {
    const byte = buf[i]!;
    if (i - offset === MaxVarintLen32 - 1 && byte > 0x0f) {
      throw new RangeError("Cannot decode varint: the value overflows 32 bits");
    }
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [value, i + 1];
  }
  if (buf.length - offset >= MaxVarintLen32) {
    throw new RangeError("Cannot decode varint: the value overflows 32 bits");
  }
  throw new RangeError("Cannot decode varint: the buffer ended early");
}

/**
 * Encodes an unsigned integer (up to 64 bits) as a varint into `buf` at
 * `offset`. Negative, non-integer or too large values throw a `RangeError`,
 * as does a buffer too small for the encoding.
 *
 * @example
 * ```ts
 * import { encodeVarint } from "@std/encoding/varint";
 * const buf = new Uint8Array(10);
 * encodeVarint(42n, buf); // [Uint8Array [42], 1]
 * ```
 *
 * @param num The number to encode.
 * @param buf The buffer to write into.
 * @param offset The index to start writing at.
 * @returns The written bytes (a view of `buf`) and the offset just after them.
 */
export function encodeVarint(
  num: bigint | number,
  buf: Uint8Array = new Uint8Array(MaxVarintLen64),
  offset = 0,
): [Uint8Array, number] {
  if (typeof num === "number" && !Number.isSafeInteger(num)) {
    throw new RangeError(
      `Cannot encode the input into varint as it is not a safe integer: received ${num}`,
    );
  }
  let value = BigInt(num);
  if (value < 0n) {
    throw new RangeError(
      `Cannot encode the input into varint as it should be non-negative integer: received ${num}`,
    );
  }
  if (value > MaxUint64) {
    throw new RangeError(
      `Cannot encode the input into varint as it exceeds the maximum of an unsigned 64-bit integer: received ${num}`,
    );
  }
  let i = offset;
  while (true) {
    if (i >= buf.length) {
      throw new RangeError(
        "Cannot encode the input into varint as the buffer is too small",
      );
    }
    const byte = Number(value & 0x7fn);
    value >>= 7n;
    if (value === 0n) {
      buf[i++] = byte;
      break;
    }
    buf[i++] = byte | 0x80;
  }
  return [buf.subarray(offset, i), i];
}
