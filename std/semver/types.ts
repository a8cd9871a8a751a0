/**
 * Types shared by the semver modules: {@linkcode SemVer}, {@linkcode Range},
 * {@linkcode Comparator}, {@linkcode Operator} and {@linkcode ReleaseType}.
 *
 * @module
 */

/**
 * The kinds of release that {@linkcode increment} can make, and that
 * {@linkcode difference} can report.
 */
export type ReleaseType =
  | "pre"
  | "major"
  | "premajor"
  | "minor"
  | "preminor"
  | "patch"
  | "prepatch"
  | "prerelease";

/**
 * The operator of a {@linkcode Comparator}. `undefined` and `"="` both mean
 * "equal to".
 */
export type Operator =
  | undefined
  | "="
  | "!="
  | ">"
  | ">="
  | "<"
  | "<=";

/**
 * A parsed semantic version, as returned by {@linkcode parse}.
 *
 * @example Usage
 * ```ts
 * import type { SemVer } from "@std/semver/types";
 *
 * const version: SemVer = { major: 1, minor: 2, patch: 3, prerelease: ["beta", 1], build: [] };
 * ```
 */
export interface SemVer {
  /** The major version. */
  major: number;
  /** The minor version. */
  minor: number;
  /** The patch version. */
  patch: number;
  /** The prerelease identifiers; numeric ones are numbers. */
  prerelease?: (string | number)[];
  /** The build metadata identifiers. */
  build?: string[];
}

/**
 * One condition of a range: a version with an operator such as `>=`.
 */
export interface Comparator extends SemVer {
  /** The operator; `undefined` means "equal to". */
  operator?: Operator;
}

/**
 * A parsed version range: a list of comparator sets joined with "or", each
 * set being a list of comparators joined with "and".
 *
 * @example Usage
 * ```ts
 * import { parseRange } from "@std/semver/parse-range";
 * import type { Range } from "@std/semver/types";
 *
 * const range: Range = parseRange(">=1.2.3 <2.0.0 || 3.x");
 * ```
 */
export type Range = Comparator[][];
