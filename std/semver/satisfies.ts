/**
 * Tells whether a version satisfies a range.
 *
 * @module
 */
import type { Range, SemVer } from "./types.ts";
import { testComparatorSet } from "./_shared.ts";

/**
 * Returns whether a version satisfies a range. A prerelease version only
 * satisfies a comparator set that names a prerelease of the same
 * `major.minor.patch`, so `1.3.0-beta` does not satisfy `^1.2.3`.
 *
 * @example Usage
 * ```ts
 * import { parse, parseRange, satisfies } from "@std/semver";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(satisfies(parse("1.7.0"), parseRange("^1.2.3")));
 * assertFalse(satisfies(parse("2.0.0"), parseRange("^1.2.3")));
 * assertFalse(satisfies(parse("1.3.0-beta"), parseRange("^1.2.3")));
 * ```
 *
 * @param version The version to test.
 * @param range The range to test against.
 * @returns `true` if the version is in the range.
 */
export function satisfies(version: SemVer, range: Range): boolean {
  return range.some((set) => testComparatorSet(version, set));
}
