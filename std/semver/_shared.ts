/**
 * Internal helpers shared by the semver modules.
 *
 * @module
 */
import type { Comparator, SemVer } from "./types.ts";

/** The longest string that is accepted as a version or range. */
export const MAX_LENGTH = 256;

/** A numeric identifier: no leading zeros. */
export const NUMERIC_IDENTIFIER = "0|[1-9]\\d*";
const NON_NUMERIC_IDENTIFIER = "\\d*[a-zA-Z-][a-zA-Z0-9-]*";
const PRERELEASE_IDENTIFIER =
  `(?:${NUMERIC_IDENTIFIER}|${NON_NUMERIC_IDENTIFIER})`;
/** Matches the prerelease part (without the leading `-`). */
export const PRERELEASE =
  `${PRERELEASE_IDENTIFIER}(?:\\.${PRERELEASE_IDENTIFIER})*`;
const BUILD_IDENTIFIER = "[0-9A-Za-z-]+";
/** Matches the build part (without the leading `+`). */
export const BUILD = `${BUILD_IDENTIFIER}(?:\\.${BUILD_IDENTIFIER})*`;

/** Matches a full version, optionally prefixed with `v`. */
export const FULL_REGEXP: RegExp = new RegExp(
  `^v?(${NUMERIC_IDENTIFIER})\\.(${NUMERIC_IDENTIFIER})\\.(${NUMERIC_IDENTIFIER})` +
    `(?:-(${PRERELEASE}))?(?:\\+(${BUILD}))?$`,
);

/** Matches one prerelease identifier. */
export const PRERELEASE_IDENTIFIER_REGEXP: RegExp = new RegExp(
  `^${PRERELEASE_IDENTIFIER}$`,
);
/** Matches one build identifier. */
export const BUILD_IDENTIFIER_REGEXP: RegExp = new RegExp(
  `^${BUILD_IDENTIFIER}$`,
);
const NUMERIC_REGEXP = /^(?:0|[1-9]\d*)$/;

/** Parses a decimal number, throwing if it is not a safe integer. */
export function parseNumber(text: string, what: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new TypeError(`Cannot parse version: ${what} "${text}" is too large`);
  }
  return value;
}

/** Splits prerelease text into identifiers, numeric ones as numbers. */
export function parsePrerelease(text: string): (string | number)[] {
  return text.split(".").filter((part) => part !== "").map((part) => {
    if (NUMERIC_REGEXP.test(part)) {
      const value = Number(part);
      if (Number.isSafeInteger(value)) return value;
    }
    return part;
  });
}

/** Splits build text into identifiers. */
export function parseBuild(text: string): string[] {
  return text.split(".").filter((part) => part !== "");
}

/** Compares two numbers, -1, 0 or 1. */
export function compareNumber(a: number, b: number): 1 | 0 | -1 {
  if (Number.isNaN(a) || Number.isNaN(b)) {
    if (Number.isNaN(a) && Number.isNaN(b)) return 0;
    return Number.isNaN(a) ? -1 : 1;
  }
  return a === b ? 0 : a > b ? 1 : -1;
}

/** Compares one prerelease identifier with another (numbers sort first). */
export function compareIdentifier(
  a: string | number,
  b: string | number,
): 1 | 0 | -1 {
  const aNumber = typeof a === "number";
  const bNumber = typeof b === "number";
  if (aNumber && bNumber) return compareNumber(a, b);
  if (aNumber) return -1;
  if (bNumber) return 1;
  return a === b ? 0 : a > b ? 1 : -1;
}

/** Compares two prerelease lists: an empty list is the greater. */
export function comparePrerelease(
  a: readonly (string | number)[] = [],
  b: readonly (string | number)[] = [],
): 1 | 0 | -1 {
  if (a.length === 0 && b.length === 0) return 0;
  if (a.length === 0) return 1;
  if (b.length === 0) return -1;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (i >= a.length) return -1;
    if (i >= b.length) return 1;
    const result = compareIdentifier(a[i]!, b[i]!);
    if (result !== 0) return result;
  }
  return 0;
}

/** Compares the build metadata of two versions, lexically. */
export function compareBuild(
  a: readonly string[] = [],
  b: readonly string[] = [],
): 1 | 0 | -1 {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (i >= a.length) return -1;
    if (i >= b.length) return 1;
    const result = compareIdentifier(a[i]!, b[i]!);
    if (result !== 0) return result;
  }
  return 0;
}

/** Whether a comparator is the wildcard `*` (its numbers are NaN). */
export function isWildcardComparator(comparator: Comparator): boolean {
  return Number.isNaN(comparator.major) && Number.isNaN(comparator.minor) &&
    Number.isNaN(comparator.patch) &&
    (comparator.prerelease === undefined ||
      comparator.prerelease.length === 0) &&
    (comparator.build === undefined || comparator.build.length === 0);
}

/** Compares two versions by precedence (build metadata is ignored). */
export function compareVersions(a: SemVer, b: SemVer): 1 | 0 | -1 {
  if (a === b) return 0;
  return compareNumber(a.major, b.major) ||
    compareNumber(a.minor, b.minor) ||
    compareNumber(a.patch, b.patch) ||
    comparePrerelease(a.prerelease, b.prerelease);
}

/** Whether a version satisfies one comparator. */
export function testComparator(
  version: SemVer,
  comparator: Comparator,
): boolean {
  if (isWildcardComparator(comparator)) return true;
  const result = compareVersions(version, comparator);
  switch (comparator.operator) {
    case undefined:
    case "=":
      return result === 0;
    case "!=":
      return result !== 0;
    case ">":
      return result > 0;
    case ">=":
      return result >= 0;
    case "<":
      return result < 0;
    case "<=":
      return result <= 0;
  }
  return false;
}

/**
 * Whether a version satisfies every comparator of a set. A prerelease version
 * only does so if some comparator of the set has a prerelease on the same
 * `major.minor.patch` (as npm's semver does).
 */
export function testComparatorSet(
  version: SemVer,
  set: readonly Comparator[],
): boolean {
  for (const comparator of set) {
    if (!testComparator(version, comparator)) return false;
  }
  if (version.prerelease && version.prerelease.length > 0) {
    for (const comparator of set) {
      if (isWildcardComparator(comparator)) continue;
      if (
        comparator.prerelease && comparator.prerelease.length > 0 &&
        comparator.major === version.major &&
        comparator.minor === version.minor &&
        comparator.patch === version.patch
      ) {
        return true;
      }
    }
    return false;
  }
  return true;
}

/** Whether a value is a valid version number (non-negative safe integer or Infinity). */
export function isValidNumber(value: unknown): boolean {
  return typeof value === "number" && !Number.isNaN(value) &&
    (!Number.isFinite(value) ||
      (Number.isInteger(value) && value >= 0 &&
        value <= Number.MAX_SAFE_INTEGER));
}

/** Formats one number of a version: infinities get a symbol. */
export function formatNumber(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return "∞";
  if (value === Number.NEGATIVE_INFINITY) return "⧞";
  if (Number.isNaN(value)) return "x";
  return value.toFixed(0);
}
