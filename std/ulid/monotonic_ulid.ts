/**
 * Generates ULIDs that increase strictly, even within one millisecond.
 *
 * @module
 */
import {
  encodeRandom,
  encodeTime,
  incrementBase32,
  RANDOM_LEN,
} from "./_util.ts";

let lastTime = Number.NEGATIVE_INFINITY;
let lastRandom = "";

/**
 * Generates a ULID that is greater than every ULID this function made
 * before: within the same millisecond (or when the clock goes back), the
 * random part of the previous one is incremented instead of drawn anew.
 *
 * @example Usage
 * ```ts
 * import { monotonicUlid } from "@std/ulid/monotonic-ulid";
 * import { assert } from "@std/assert";
 *
 * const a = monotonicUlid(150000);
 * const b = monotonicUlid(150000);
 * assert(a < b);
 * ```
 *
 * @param seedTime The timestamp in milliseconds; defaults to now.
 * @returns A ULID.
 * @throws {RangeError} If the time is negative, not finite or too large.
 */
export function monotonicUlid(seedTime: number = Date.now()): string {
  encodeTime(seedTime); // validates
  if (seedTime <= lastTime && lastRandom.length === RANDOM_LEN) {
    lastRandom = incrementBase32(lastRandom);
    return encodeTime(lastTime) + lastRandom;
  }
  lastTime = seedTime;
  lastRandom = encodeRandom();
  return encodeTime(seedTime) + lastRandom;
}
