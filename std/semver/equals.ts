/**
 * Returns whether two versions have equal precedence.
 *
 * @module
 */
import type { SemVer } from "./types.ts";
import { compare } from "./compare.ts";

/**
 * Returns whether two versions have equal precedence. Build metadata is ignored.
 *
 * @example Usage
 * ```ts
 * import { parse, equals } from "@std/semver";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(equals(parse("1.0.0"), parse("1.0.0+build")));
 * assertFalse(equals(parse("1.0.0"), parse("1.0.1")));
 * ```
 *
 * @param version1 The first version.
 * @param version2 The second version.
 * @returns The result of the comparison.
 */
export function equals(version1: SemVer, version2: SemVer): boolean {
  return compare(version1, version2) === 0;
}
