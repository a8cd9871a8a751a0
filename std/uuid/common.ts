/**
 * Functions for any version of UUID: {@linkcode validate},
 * {@linkcode version}, {@linkcode isNil} and {@linkcode NIL_UUID}.
 *
 * @module
 */

/**
 * The nil UUID: all 128 bits zero.
 *
 * @example Usage
 * ```ts
 * import { NIL_UUID } from "@std/uuid/common";
 *
 * NIL_UUID; // "00000000-0000-0000-0000-000000000000"
 * ```
 */
export const NIL_UUID = "00000000-0000-0000-0000-000000000000";

/**
 * The max UUID: all 128 bits one.
 *
 * @example Usage
 * ```ts
 * import { MAX_UUID } from "@std/uuid/common";
 *
 * MAX_UUID; // "ffffffff-ffff-ffff-ffff-ffffffffffff"
 * ```
 */
export const MAX_UUID = "ffffffff-ffff-ffff-ffff-ffffffffffff";

const UUID_REGEXP =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-9a-f][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i;

/**
 * Returns whether the string is the nil UUID.
 *
 * @example Usage
 * ```ts
 * import { isNil } from "@std/uuid/common";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(isNil("00000000-0000-0000-0000-000000000000"));
 * assertFalse(isNil(crypto.randomUUID()));
 * ```
 *
 * @param id The UUID to check.
 * @returns `true` if it is the nil UUID.
 */
export function isNil(id: string): boolean {
  return id === NIL_UUID;
}

/**
 * Returns whether the string is a valid UUID of any version (1 to 15)
 * (RFC 9562 variant), or the nil or max UUID.
 *
 * @example Usage
 * ```ts
 * import { validate } from "@std/uuid/common";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(validate("6a7c2bd1-4f2b-4f7f-8b2e-2b3c3c2f2a1d"));
 * assertFalse(validate("not a uuid"));
 * ```
 *
 * @param uuid The string to check.
 * @returns `true` if it is a valid UUID.
 */
export function validate(uuid: string): boolean {
  return UUID_REGEXP.test(uuid);
}

/**
 * Returns the version of a UUID.
 *
 * @example Usage
 * ```ts
 * import { version } from "@std/uuid/common";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(version(crypto.randomUUID()), 4);
 * ```
 *
 * @param uuid The UUID.
 * @returns Its version number.
 * @throws {TypeError} If the string is not a valid UUID.
 */
export function version(uuid: string): number {
  if (!validate(uuid)) {
    throw new TypeError(
      `Cannot detect UUID version: "${uuid}" is not a valid UUID`,
    );
  }
  if (uuid === NIL_UUID) return 0;
  if (uuid.toLowerCase() === MAX_UUID) return 15;
  return parseInt(uuid[14]!, 16);
}
