/**
 * Time-ordered UUIDs (version 7): {@linkcode generate},
 * {@linkcode validate} and {@linkcode extractTimestamp}.
 *
 * @module
 */
import { bytesToUuid } from "./_common.ts";

const V7_REGEXP =
  /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Returns whether the string is a valid version 7 UUID.
 *
 * @example Usage
 * ```ts
 * import { generate, validate } from "@std/uuid/v7";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(validate(generate()));
 * assertFalse(validate(crypto.randomUUID()));
 * ```
 *
 * @param id The string to check.
 * @returns `true` if it is a version 7 UUID.
 */
export function validate(id: string): boolean {
  return V7_REGEXP.test(id);
}

/**
 * Generates a version 7 UUID: a 48-bit Unix timestamp in milliseconds
 * followed by random bits, so UUIDs sort by creation time.
 *
 * @example Usage
 * ```ts
 * import { generate, validate, extractTimestamp } from "@std/uuid/v7";
 * import { assert, assertEquals } from "@std/assert";
 *
 * const id = generate(1_700_000_000_000);
 * assert(validate(id));
 * assertEquals(extractTimestamp(id), 1_700_000_000_000);
 * ```
 *
 * @param timestamp Milliseconds since the Unix epoch; defaults to now.
 * @returns A version 7 UUID.
 * @throws {RangeError} If the timestamp is not an integer from 0 to 2^48 - 1.
 */
export function generate(timestamp: number = Date.now()): string {
  if (
    !Number.isInteger(timestamp) || timestamp < 0 || timestamp > 2 ** 48 - 1
  ) {
    throw new RangeError(
      `Cannot generate UUID as timestamp must be an integer between 0 and 2 ** 48 - 1, inclusive: received ${timestamp}`,
    );
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let time = timestamp;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return bytesToUuid(bytes);
}

/**
 * Returns the timestamp (milliseconds since the Unix epoch) a version 7 UUID
 * was made with.
 *
 * @example Usage
 * ```ts
 * import { extractTimestamp } from "@std/uuid/v7";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(extractTimestamp("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"), 1645557742000);
 * ```
 *
 * @param uuid A version 7 UUID.
 * @returns Its timestamp.
 * @throws {TypeError} If the string is not a version 7 UUID.
 */
export function extractTimestamp(uuid: string): number {
  if (!validate(uuid)) {
    throw new TypeError(
      `Cannot extract timestamp because the UUID is not a valid UUIDv7: uuid is "${uuid}"`,
    );
  }
  const hex = uuid.replaceAll("-", "").slice(0, 12);
  return parseInt(hex, 16);
}
