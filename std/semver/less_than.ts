/**
 * Returns whether the first version is less than the second.
 *
 * @module
 */
import type { SemVer } from "./types.ts";
import { compare } from "./compare.ts";

/**
 * Returns whether the first version is less than the second. Build metadata is ignored.
 *
 * @example Usage
 * ```ts
 * import { parse, lessThan } from "@std/semver";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(lessThan(parse("1.0.0"), parse("1.1.0")));
 * assertFalse(lessThan(parse("1.1.0"), parse("1.0.0")));
 * ```
 *
 * @param version1 The first version.
 * @param version2 The second version.
 * @returns The result of the comparison.
 */
export function lessThan(version1: SemVer, version2: SemVer): boolean {
  return compare(version1, version2) < 0;
}
