/**
 * Tells which part of two versions differs.
 *
 * @module
 */
import type { ReleaseType, SemVer } from "./types.ts";
import { comparePrerelease } from "./_shared.ts";

/**
 * Returns the most significant part in which two versions differ, or
 * `undefined` when they have equal precedence. When either version has a
 * prerelease, the `pre*` kinds are returned.
 *
 * @example Usage
 * ```ts
 * import { parse, difference } from "@std/semver";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(difference(parse("1.2.3"), parse("1.3.0")), "minor");
 * assertEquals(difference(parse("1.2.3"), parse("2.0.0-rc.1")), "premajor");
 * assertEquals(difference(parse("1.2.3-a"), parse("1.2.3-b")), "prerelease");
 * assertEquals(difference(parse("1.2.3"), parse("1.2.3")), undefined);
 * ```
 *
 * @param version1 The first version.
 * @param version2 The second version.
 * @returns The kind of difference, or `undefined`.
 */
export function difference(
  version1: SemVer,
  version2: SemVer,
): ReleaseType | undefined {
  const hasPrerelease = (version1.prerelease?.length ?? 0) > 0 ||
    (version2.prerelease?.length ?? 0) > 0;
  if (version1.major !== version2.major) {
    return hasPrerelease ? "premajor" : "major";
  }
  if (version1.minor !== version2.minor) {
    return hasPrerelease ? "preminor" : "minor";
  }
  if (version1.patch !== version2.patch) {
    return hasPrerelease ? "prepatch" : "patch";
  }
  if (comparePrerelease(version1.prerelease, version2.prerelease) !== 0) {
    return "prerelease";
  }
  return undefined;
}
