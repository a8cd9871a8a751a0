/**
 * Reads the timestamp of a ULID.
 *
 * @module
 */
import { ENCODING, TIME_LEN, TIME_MAX, ULID_LEN } from "./_util.ts";

/**
 * Returns the timestamp (milliseconds since the Unix epoch) encoded in a
 * ULID.
 *
 * @example Usage
 * ```ts
 * import { decodeTime } from "@std/ulid/decode-time";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(decodeTime("01ARYZ6S41TSV4RRFFQ69G5FAV"), 1469918176385);
 * ```
 *
 * @param ulid The ULID.
 * @returns Its timestamp.
 * @throws {Error} If the ULID is malformed or its time too large.
 */
export function decodeTime(ulid: string): number {
  if (ulid.length !== ULID_LEN) {
    throw new Error(
      `ULID must be exactly ${ULID_LEN} characters long: received ${ulid.length}`,
    );
  }
  let time = 0;
  for (const char of ulid.slice(0, TIME_LEN).toUpperCase()) {
    const index = ENCODING.indexOf(char);
    if (index === -1) {
      throw new Error(`Invalid ULID character found: ${char}`);
    }
    time = time * 32 + index;
  }
  if (time > TIME_MAX) {
    throw new RangeError(
      `ULID timestamp must be less than or equal to ${TIME_MAX}: received ${time}`,
    );
  }
  return time;
}
