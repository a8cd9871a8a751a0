/**
 * Tells whether a value is a valid {@linkcode SemVer} object.
 *
 * @module
 */
import type { SemVer } from "./types.ts";
import {
  BUILD_IDENTIFIER_REGEXP,
  isValidNumber,
  PRERELEASE_IDENTIFIER_REGEXP,
} from "./_shared.ts";
import { ANY, INVALID } from "./constants.ts";

/**
 * Returns whether a value is a valid {@linkcode SemVer} object: non-negative
 * integer (or infinite) numbers and valid identifiers. {@linkcode ANY} and
 * {@linkcode INVALID} count as versions.
 *
 * @example Usage
 * ```ts
 * import { isSemVer } from "@std/semver/is-semver";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(isSemVer({ major: 1, minor: 2, patch: 3 }));
 * assertFalse(isSemVer({ major: -1, minor: 2, patch: 3 }));
 * assertFalse(isSemVer("1.2.3"));
 * ```
 *
 * @param value The value to check.
 * @returns `true` if the value is a version.
 */
export function isSemVer(value: unknown): value is SemVer {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return false;
  }
  if (value === ANY || value === INVALID) return true;
  const { major, minor, patch, prerelease = [], build = [] } = value as Record<
    string,
    unknown
  >;
  if (Number.isNaN(major) && Number.isNaN(minor) && Number.isNaN(patch)) {
    return Array.isArray(prerelease) && prerelease.length === 0 &&
      Array.isArray(build) && build.length === 0;
  }
  return isValidNumber(major) && isValidNumber(minor) &&
    isValidNumber(patch) &&
    Array.isArray(prerelease) &&
    prerelease.every((part) =>
      (typeof part === "number" && Number.isSafeInteger(part) && part >= 0) ||
      (typeof part === "string" && PRERELEASE_IDENTIFIER_REGEXP.test(part))
    ) &&
    Array.isArray(build) &&
    build.every((part) =>
      typeof part === "string" && BUILD_IDENTIFIER_REGEXP.test(part)
    );
}
