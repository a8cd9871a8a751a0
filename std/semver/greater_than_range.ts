/**
 * Tells whether a version is greater than every version of a range.
 *
 * @module
 */
import type { Comparator, Range, SemVer } from "./types.ts";
import {
  compareVersions,
  isWildcardComparator,
  testComparatorSet,
} from "./_shared.ts";

/** Whether the version is below what the comparator allows. */
function belowComparator(version: SemVer, comparator: Comparator): boolean {
  const cmp = compareVersions(version, comparator);
  switch (comparator.operator) {
    case undefined:
    case "=":
    case ">=":
      return cmp < 0;
    case ">":
      return cmp <= 0;
    default:
      return false;
  }
}

function greaterThanSet(version: SemVer, set: readonly Comparator[]): boolean {
  if (set.some(isWildcardComparator)) return false;
  if (testComparatorSet(version, set)) return false;
  return !set.some((comparator) => belowComparator(version, comparator));
}

/**
 * Returns whether a version is greater than every version the range
 * allows (the version is above the range's upper bound).
 *
 * @example Usage
 * ```ts
 * import { parse, parseRange, greaterThanRange } from "@std/semver";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(greaterThanRange(parse("2.0.0"), parseRange("^1.2.3")));
 * assertFalse(greaterThanRange(parse("1.5.0"), parseRange("^1.2.3")));
 * assertFalse(greaterThanRange(parse("1.0.0"), parseRange("^1.2.3")));
 * ```
 *
 * @param version The version to check.
 * @param range The range to check against.
 * @returns `true` if the version is above the whole range.
 */
export function greaterThanRange(version: SemVer, range: Range): boolean {
  return range.every((set) => greaterThanSet(version, set));
}
