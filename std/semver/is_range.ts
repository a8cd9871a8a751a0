/**
 * Tells whether a value is a valid {@linkcode Range}.
 *
 * @module
 */
import type { Range } from "./types.ts";
import { isSemVer } from "./is_semver.ts";

const OPERATORS = new Set([undefined, "", "=", "!=", ">", ">=", "<", "<="]);

/**
 * Returns whether a value is a valid {@linkcode Range}: an array of
 * comparator sets, each an array of comparators (versions with a valid
 * operator).
 *
 * @example Usage
 * ```ts
 * import { isRange, parseRange } from "@std/semver";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(isRange(parseRange(">=1.2.3 <2.0.0")));
 * assertFalse(isRange([{ major: 1, minor: 2, patch: 3 }]));
 * ```
 *
 * @param value The value to check.
 * @returns `true` if the value is a range.
 */
export function isRange(value: unknown): value is Range {
  return Array.isArray(value) &&
    value.every((set) =>
      Array.isArray(set) &&
      set.every((comparator) =>
        comparator !== null && typeof comparator === "object" &&
        OPERATORS.has((comparator as { operator?: string }).operator) &&
        isSemVer(comparator)
      )
    );
}
