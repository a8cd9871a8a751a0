/**
 * Returns whether two versions have different precedence.
 *
 * @module
 */
import type { SemVer } from "./types.ts";
import { compare } from "./compare.ts";

/**
 * Returns whether two versions have different precedence. Build metadata is ignored.
 *
 * @example Usage
 * ```ts
 * import { parse, notEquals } from "@std/semver";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(notEquals(parse("1.0.0"), parse("1.0.1")));
 * assertFalse(notEquals(parse("1.0.0"), parse("1.0.0")));
 * ```
 *
 * @param version1 The first version.
 * @param version2 The second version.
 * @returns The result of the comparison.
 */
export function notEquals(version1: SemVer, version2: SemVer): boolean {
  return compare(version1, version2) !== 0;
}
