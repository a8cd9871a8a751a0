/**
 * Compares two versions by precedence.
 *
 * @module
 */
import type { SemVer } from "./types.ts";
import { compareVersions } from "./_shared.ts";

/**
 * Compares two versions by semver precedence: `1` if `version1` is greater,
 * `-1` if it is less and `0` if they are equal. Build metadata is ignored.
 * Suitable for `Array.prototype.sort`.
 *
 * @example Usage
 * ```ts
 * import { parse, compare } from "@std/semver";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(compare(parse("1.2.3"), parse("1.2.4")), -1);
 * assertEquals(compare(parse("1.2.3"), parse("1.2.3-beta")), 1);
 * assertEquals(compare(parse("1.2.3+a"), parse("1.2.3+b")), 0);
 * ```
 *
 * @param version1 The first version.
 * @param version2 The second version.
 * @returns `1`, `0` or `-1`.
 */
export function compare(version1: SemVer, version2: SemVer): 1 | 0 | -1 {
  return compareVersions(version1, version2);
}
