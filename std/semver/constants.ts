/**
 * Constant versions and comparators: {@linkcode ANY}, {@linkcode ALL},
 * {@linkcode MIN}, {@linkcode MAX}, {@linkcode INVALID} and {@linkcode NONE}.
 *
 * @module
 */
import type { Comparator, SemVer } from "./types.ts";

/**
 * The greatest possible version, with every number `Infinity`.
 *
 * @example Usage
 * ```ts
 * import { MAX, format } from "@std/semver";
 *
 * format(MAX); // "∞.∞.∞"
 * ```
 */
export const MAX: SemVer = {
  major: Number.POSITIVE_INFINITY,
  minor: Number.POSITIVE_INFINITY,
  patch: Number.POSITIVE_INFINITY,
  prerelease: [],
  build: [],
};

/**
 * The least possible version, `0.0.0`.
 *
 * @example Usage
 * ```ts
 * import { MIN, format } from "@std/semver";
 *
 * format(MIN); // "0.0.0"
 * ```
 */
export const MIN: SemVer = {
  major: 0,
  minor: 0,
  patch: 0,
  prerelease: [],
  build: [],
};

/**
 * A version that is never valid (its major is `-Infinity`).
 *
 * @example Usage
 * ```ts
 * import { INVALID, greaterThan, MIN } from "@std/semver";
 *
 * greaterThan(MIN, INVALID); // true
 * ```
 */
export const INVALID: SemVer = {
  major: Number.NEGATIVE_INFINITY,
  minor: Number.POSITIVE_INFINITY,
  patch: Number.POSITIVE_INFINITY,
  prerelease: [],
  build: [],
};

/**
 * The wildcard version, `*` (its numbers are `NaN`). It matches anything when
 * used in a range.
 *
 * @example Usage
 * ```ts
 * import { ANY, format } from "@std/semver";
 *
 * format(ANY); // "x.x.x"
 * ```
 */
export const ANY: SemVer = {
  major: Number.NaN,
  minor: Number.NaN,
  patch: Number.NaN,
  prerelease: [],
  build: [],
};

/**
 * The comparator that matches every (non-prerelease) version: `*`.
 *
 * @example Usage
 * ```ts
 * import { ALL, parse, satisfies } from "@std/semver";
 *
 * satisfies(parse("1.2.3"), [[ALL]]); // true
 * ```
 */
export const ALL: Comparator = {
  operator: undefined,
  ...ANY,
};

/**
 * The comparator that matches nothing: `<0.0.0`.
 *
 * @example Usage
 * ```ts
 * import { NONE, parse, satisfies } from "@std/semver";
 *
 * satisfies(parse("1.2.3"), [[NONE]]); // false
 * ```
 */
export const NONE: Comparator = {
  operator: "<",
  ...MIN,
};
