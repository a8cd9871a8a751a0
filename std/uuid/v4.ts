/**
 * Random UUIDs (version 4): {@linkcode validate} (and {@linkcode generate},
 * which is `crypto.randomUUID()`).
 *
 * @module
 */

const V4_REGEXP =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Returns whether the string is a valid version 4 UUID.
 *
 * @example Usage
 * ```ts
 * import { validate } from "@std/uuid/v4";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(validate(crypto.randomUUID()));
 * assertFalse(validate("this-is-not-a-uuid"));
 * ```
 *
 * @param id The string to check.
 * @returns `true` if it is a version 4 UUID.
 */
export function validate(id: string): boolean {
  return V4_REGEXP.test(id);
}

/**
 * Generates a random version 4 UUID (the same as `crypto.randomUUID()`).
 *
 * @example Usage
 * ```ts
 * import { generate, validate } from "@std/uuid/v4";
 * import { assert } from "@std/assert";
 *
 * assert(validate(generate()));
 * ```
 *
 * @returns A version 4 UUID.
 */
export function generate(): string {
  return crypto.randomUUID();
}
