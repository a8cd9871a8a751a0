/**
 * Finds the greatest version that satisfies a range.
 *
 * @module
 */
import type { Range, SemVer } from "./types.ts";
import { satisfies } from "./satisfies.ts";
import { greaterThan } from "./greater_than.ts";

/**
 * Returns the greatest of the versions that satisfies the range, or
 * `undefined` if none does.
 *
 * @example Usage
 * ```ts
 * import { parse, parseRange, maxSatisfying, format } from "@std/semver";
 * import { assertEquals } from "@std/assert";
 *
 * const versions = ["1.2.3", "1.2.4", "1.3.0", "2.0.0"].map(parse);
 * assertEquals(format(maxSatisfying(versions, parseRange("~1.2"))!), "1.2.4");
 * ```
 *
 * @param versions The versions to choose from.
 * @param range The range to satisfy.
 * @returns The greatest satisfying version, or `undefined`.
 */
export function maxSatisfying(
  versions: SemVer[],
  range: Range,
): SemVer | undefined {
  let max: SemVer | undefined;
  for (const version of versions) {
    if (!satisfies(version, range)) continue;
    if (max === undefined || greaterThan(version, max)) max = version;
  }
  return max;
}
