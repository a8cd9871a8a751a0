/**
 * Generates ULIDs.
 *
 * @module
 */
import { encodeRandom, encodeTime } from "./_util.ts";

/**
 * Generates a ULID: a 26-character, lexicographically sortable identifier
 * made of a 48-bit millisecond timestamp and 80 random bits, in Crockford's
 * base32.
 *
 * ULIDs made within the same millisecond are not ordered; use
 * {@linkcode monotonicUlid} for that.
 *
 * @example Usage
 * ```ts
 * import { ulid } from "@std/ulid/ulid";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(ulid().length, 26);
 * assertEquals(ulid(150000).slice(0, 10), "0000004JFG");
 * ```
 *
 * @param seedTime The timestamp in milliseconds; defaults to now.
 * @returns A ULID.
 * @throws {RangeError} If the time is negative, not finite or too large.
 */
export function ulid(seedTime: number = Date.now()): string {
  return encodeTime(seedTime) + encodeRandom();
}
