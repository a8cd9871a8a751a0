/**
 * Parses a version string into a {@linkcode SemVer}.
 *
 * @module
 */
import type { SemVer } from "./types.ts";
import {
  FULL_REGEXP,
  MAX_LENGTH,
  parseBuild,
  parseNumber,
  parsePrerelease,
} from "./_shared.ts";

/**
 * Parses a version string (`major.minor.patch[-prerelease][+build]`, an
 * optional leading `v` and surrounding whitespace are allowed) into a
 * {@linkcode SemVer}.
 *
 * Numeric prerelease identifiers become numbers.
 *
 * @example Usage
 * ```ts
 * import { parse } from "@std/semver/parse";
 * import { assertEquals } from "@std/assert";
 *
 * const version = parse("1.2.3-beta.4+build.5");
 * assertEquals(version, {
 *   major: 1,
 *   minor: 2,
 *   patch: 3,
 *   prerelease: ["beta", 4],
 *   build: ["build", "5"],
 * });
 * ```
 *
 * @param value The version string to parse.
 * @returns The parsed version.
 * @throws {TypeError} If the string is not a valid version.
 */
export function parse(value: string): SemVer {
  if (typeof value !== "string") {
    throw new TypeError(
      `Cannot parse version as version must be a string: received ${typeof value}`,
    );
  }
  if (value.length > MAX_LENGTH) {
    throw new TypeError(
      `Cannot parse version as version length is too long: length is ${value.length}, max length is ${MAX_LENGTH}`,
    );
  }
  const match = value.trim().match(FULL_REGEXP);
  if (!match) throw new TypeError(`Cannot parse version: ${value}`);
  const [, major, minor, patch, prerelease, build] = match;
  return {
    major: parseNumber(major!, "major"),
    minor: parseNumber(minor!, "minor"),
    patch: parseNumber(patch!, "patch"),
    prerelease: prerelease ? parsePrerelease(prerelease) : [],
    build: build ? parseBuild(build) : [],
  };
}
