/**
 * Returns whether the first version is greater than or equal to the second.
 *
 * @module
 */
import type { SemVer } from "./types.ts";
import { compare } from "./compare.ts";

/**
 * Returns whether the first version is greater than or equal to the second. Build metadata is ignored.
 *
 * @example Usage
 * ```ts
 * import { parse, greaterOrEqual } from "@std/semver";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(greaterOrEqual(parse("1.1.0"), parse("1.0.0")));
 * assertFalse(greaterOrEqual(parse("1.0.0"), parse("1.1.0")));
 * ```
 *
 * @param version1 The first version.
 * @param version2 The second version.
 * @returns The result of the comparison.
 */
export function greaterOrEqual(version1: SemVer, version2: SemVer): boolean {
  return compare(version1, version2) >= 0;
}
