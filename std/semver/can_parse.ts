/**
 * Tells whether a string is a valid version.
 *
 * @module
 */
import { tryParse } from "./try_parse.ts";

/**
 * Returns whether a string can be parsed as a version by {@linkcode parse}.
 *
 * @example Usage
 * ```ts
 * import { canParse } from "@std/semver/can-parse";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(canParse("1.2.3"));
 * assertFalse(canParse("invalid"));
 * ```
 *
 * @param value The string to check.
 * @returns `true` if the string is a valid version.
 */
export function canParse(value: string): boolean {
  return tryParse(value) !== undefined;
}
