/**
 * Parses a version string, returning `undefined` instead of throwing.
 *
 * @module
 */
import type { SemVer } from "./types.ts";
import { parse } from "./parse.ts";

/**
 * Parses a version string like {@linkcode parse}, but returns `undefined`
 * when it is not a valid version.
 *
 * @example Usage
 * ```ts
 * import { tryParse } from "@std/semver/try-parse";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(tryParse("1.2.3"), { major: 1, minor: 2, patch: 3, prerelease: [], build: [] });
 * assertEquals(tryParse("1.2"), undefined);
 * ```
 *
 * @param value The version string to parse.
 * @returns The parsed version, or `undefined`.
 */
export function tryParse(value?: string): SemVer | undefined {
  if (typeof value !== "string") return undefined;
  try {
    return parse(value);
  } catch {
    return undefined;
  }
}
