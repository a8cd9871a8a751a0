/**
 * Finds the least version that satisfies a range.
 *
 * @module
 */
import type { Range, SemVer } from "./types.ts";
import { satisfies } from "./satisfies.ts";
import { lessThan } from "./less_than.ts";

/**
 * Returns the least of the versions that satisfies the range, or
 * `undefined` if none does.
 *
 * @example Usage
 * ```ts
 * import { parse, parseRange, minSatisfying, format } from "@std/semver";
 * import { assertEquals } from "@std/assert";
 *
 * const versions = ["1.2.3", "1.2.4", "1.3.0", "2.0.0"].map(parse);
 * assertEquals(format(minSatisfying(versions, parseRange(">=1.2.4"))!), "1.2.4");
 * ```
 *
 * @param versions The versions to choose from.
 * @param range The range to satisfy.
 * @returns The least satisfying version, or `undefined`.
 */
export function minSatisfying(
  versions: SemVer[],
  range: Range,
): SemVer | undefined {
  let min: SemVer | undefined;
  for (const version of versions) {
    if (!satisfies(version, range)) continue;
    if (min === undefined || lessThan(version, min)) min = version;
  }
  return min;
}
