/**
 * Tells whether two ranges have a version in common.
 *
 * @module
 */
import type { Comparator, Range } from "./types.ts";
import {
  compareVersions,
  isWildcardComparator,
  testComparatorSet,
} from "./_shared.ts";

function isExact(comparator: Comparator): boolean {
  return comparator.operator === undefined || comparator.operator === "=";
}

function isBelowZero(comparator: Comparator): boolean {
  return comparator.operator === "<" && comparator.major === 0 &&
    comparator.minor === 0 && comparator.patch === 0;
}

function comparatorIntersects(a: Comparator, b: Comparator): boolean {
  if (isWildcardComparator(a) || isWildcardComparator(b)) {
    return !isBelowZero(a) && !isBelowZero(b);
  }
  if (isExact(a)) return testComparatorSet(a, [b]);
  if (isExact(b)) return testComparatorSet(b, [a]);
  if (a.operator === "!=" || b.operator === "!=") return true;
  if (isBelowZero(a) || isBelowZero(b)) return false;
  const aUp = a.operator!.startsWith(">");
  const bUp = b.operator!.startsWith(">");
  if (aUp === bUp) return true;
  const cmp = compareVersions(a, b);
  if (cmp === 0 && a.operator!.includes("=") && b.operator!.includes("=")) {
    return true;
  }
  if (cmp < 0 && aUp && !bUp) return true;
  if (cmp > 0 && !aUp && bUp) return true;
  return false;
}

function isSatisfiable(set: readonly Comparator[]): boolean {
  for (let i = 0; i < set.length; i++) {
    for (let j = i + 1; j < set.length; j++) {
      if (!comparatorIntersects(set[i]!, set[j]!)) return false;
    }
  }
  return true;
}

/**
 * Returns whether two ranges intersect: whether some comparator set of each
 * can be satisfied by the same version.
 *
 * @example Usage
 * ```ts
 * import { parseRange, rangeIntersects } from "@std/semver";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(rangeIntersects(parseRange(">=1.0.0 <2.0.0"), parseRange(">=1.5.0")));
 * assertFalse(rangeIntersects(parseRange("^1.0.0"), parseRange("^2.0.0")));
 * ```
 *
 * @param range1 The first range.
 * @param range2 The second range.
 * @returns `true` if the ranges intersect.
 */
export function rangeIntersects(range1: Range, range2: Range): boolean {
  return range1.some((set1) =>
    isSatisfiable(set1) &&
    range2.some((set2) =>
      isSatisfiable(set2) &&
      set1.every((a) => set2.every((b) => comparatorIntersects(a, b)))
    )
  );
}
