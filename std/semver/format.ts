/**
 * Formats a {@linkcode SemVer} as a string.
 *
 * @module
 */
import type { SemVer } from "./types.ts";
import { formatNumber } from "./_shared.ts";

/**
 * Formats a version as `major.minor.patch[-prerelease][+build]`.
 *
 * `Infinity` is shown as `∞`, `-Infinity` as `⧞` and `NaN` (a wildcard) as
 * `x`.
 *
 * @example Usage
 * ```ts
 * import { format } from "@std/semver/format";
 * import { assertEquals } from "@std/assert";
 *
 * const version = { major: 1, minor: 2, patch: 3, prerelease: ["rc", 1], build: ["sha", "abc"] };
 * assertEquals(format(version), "1.2.3-rc.1+sha.abc");
 * ```
 *
 * @param version The version to format.
 * @returns The version string.
 */
export function format(version: SemVer): string {
  let text = `${formatNumber(version.major)}.${formatNumber(version.minor)}.${
    formatNumber(version.patch)
  }`;
  if (version.prerelease && version.prerelease.length > 0) {
    text += `-${version.prerelease.join(".")}`;
  }
  if (version.build && version.build.length > 0) {
    text += `+${version.build.join(".")}`;
  }
  return text;
}
