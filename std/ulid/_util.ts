/**
 * Internal helpers for ULIDs: Crockford base32 encoding of time and
 * randomness.
 *
 * @module
 */

/** Crockford's base32 alphabet. */
export const ENCODING = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** Length of the encoded timestamp. */
export const TIME_LEN = 10;
/** Length of the encoded randomness. */
export const RANDOM_LEN = 16;
/** The greatest timestamp a ULID can hold: 2^48 - 1. */
export const TIME_MAX = 2 ** 48 - 1;
/** The total length of a ULID. */
export const ULID_LEN = TIME_LEN + RANDOM_LEN;

/** Encodes a timestamp as 10 base32 characters. */
export function encodeTime(time: number): string {
  if (!Number.isFinite(time)) {
    throw new RangeError(`Time must be a finite number: received ${time}`);
  }
  if (time > TIME_MAX) {
    throw new RangeError(
      `Time must be less than or equal to ${TIME_MAX}: received ${time}`,
    );
  }
  if (time < 0) {
    throw new RangeError(`Time must be non-negative: received ${time}`);
  }
  if (!Number.isInteger(time)) {
    throw new TypeError(`Time must be an integer: received ${time}`);
  }
  let out = "";
  let rest = time;
  for (let i = 0; i < TIME_LEN; i++) {
    const mod = rest % 32;
    out = ENCODING[mod] + out;
    rest = (rest - mod) / 32;
  }
  return out;
}

/** Encodes 16 characters of fresh randomness. */
export function encodeRandom(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(RANDOM_LEN));
  let out = "";
  for (const byte of bytes) out += ENCODING[byte % 32];
  return out;
}

/** Increments a base32 string by one, as for monotonic ULIDs. */
export function incrementBase32(text: string): string {
  const chars = text.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    const index = ENCODING.indexOf(chars[i]!);
    if (index === -1) throw new TypeError("Incorrectly encoded string");
    if (index < ENCODING.length - 1) {
      chars[i] = ENCODING[index + 1]!;
      return chars.join("");
    }
    chars[i] = ENCODING[0]!;
  }
  throw new RangeError("Cannot increment this string");
}
