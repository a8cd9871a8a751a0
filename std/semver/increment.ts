/**
 * Increments a version.
 *
 * @module
 */
import type { ReleaseType, SemVer } from "./types.ts";
import {
  BUILD_IDENTIFIER_REGEXP,
  parseBuild,
  parsePrerelease,
  PRERELEASE_IDENTIFIER_REGEXP,
} from "./_shared.ts";

/** Options for {@linkcode increment}. */
export interface IncrementOptions {
  /**
   * The prerelease identifier to use for `pre*` releases, such as `"beta"`.
   * Without it only a number is used (`1.2.4-0`).
   */
  prerelease?: string;
  /** The build metadata to give the new version. Defaults to the old one's. */
  build?: string;
}

function bumpPrereleaseNumber(
  prerelease: readonly (string | number)[] = [],
): (string | number)[] {
  const values = [...prerelease];
  for (let i = values.length - 1; i >= 0; i--) {
    const value = values[i];
    if (typeof value === "number") {
      values[i] = value + 1;
      return values;
    }
  }
  values.push(0);
  return values;
}

function bumpPrerelease(
  prerelease: readonly (string | number)[] = [],
  identifier: string | undefined,
): (string | number)[] {
  const bumped = bumpPrereleaseNumber(prerelease);
  if (!identifier) return bumped;
  const wanted = parsePrerelease(identifier);
  if (wanted.every((value) => typeof value === "string")) {
    // `1.2.0-beta.1` bumps to `1.2.0-beta.2`; `1.2.0-alpha.1` to `1.2.0-beta.0`.
    if (
      wanted.every((value, index) => value === bumped[index]) &&
      typeof bumped[wanted.length] === "number"
    ) {
      return bumped;
    }
    return [...wanted, 0];
  }
  return wanted;
}

/**
 * Returns a new version incremented by the given kind of release.
 *
 * - `major`, `minor`, `patch`: the usual bumps; a prerelease of the target is
 *   released instead (`1.0.0-1` → `1.0.0` for `major`).
 * - `premajor`, `preminor`, `prepatch`: bump, then add a prerelease (`0`, or
 *   `<identifier>.0`).
 * - `prerelease`: bump the prerelease number, or the patch and add a
 *   prerelease if there is none.
 * - `pre`: bump the prerelease number only.
 *
 * @example Usage
 * ```ts
 * import { increment, parse, format } from "@std/semver";
 * import { assertEquals } from "@std/assert";
 *
 * const version = parse("1.2.3");
 * assertEquals(format(increment(version, "major")), "2.0.0");
 * assertEquals(format(increment(version, "minor")), "1.3.0");
 * assertEquals(format(increment(version, "patch")), "1.2.4");
 * assertEquals(format(increment(version, "prerelease", { prerelease: "alpha" })), "1.2.4-alpha.0");
 * assertEquals(format(increment(parse("1.2.4-alpha.0"), "prerelease")), "1.2.4-alpha.1");
 * ```
 *
 * @param version The version to increment.
 * @param release The kind of release.
 * @param options The prerelease identifier and build metadata.
 * @returns The new version.
 * @throws {TypeError} If the release kind or an option is invalid.
 */
export function increment(
  version: SemVer,
  release: ReleaseType,
  options: IncrementOptions = {},
): SemVer {
  if (
    options.prerelease !== undefined &&
    !options.prerelease.split(".").every((part) =>
      PRERELEASE_IDENTIFIER_REGEXP.test(part)
    )
  ) {
    throw new TypeError(
      `Cannot increment version: invalid prerelease "${options.prerelease}"`,
    );
  }
  if (
    options.build !== undefined && options.build !== "" &&
    !options.build.split(".").every((part) =>
      BUILD_IDENTIFIER_REGEXP.test(part)
    )
  ) {
    throw new TypeError(
      `Cannot increment version: invalid build "${options.build}"`,
    );
  }
  const build = options.build !== undefined
    ? parseBuild(options.build)
    : [...(version.build ?? [])];
  const prerelease = version.prerelease ?? [];
  const hasPrerelease = prerelease.length > 0;
  const identifier = options.prerelease;
  switch (release) {
    case "premajor":
      return {
        major: version.major + 1,
        minor: 0,
        patch: 0,
        prerelease: bumpPrerelease([], identifier),
        build,
      };
    case "preminor":
      return {
        major: version.major,
        minor: version.minor + 1,
        patch: 0,
        prerelease: bumpPrerelease([], identifier),
        build,
      };
    case "prepatch":
      return {
        major: version.major,
        minor: version.minor,
        patch: version.patch + 1,
        prerelease: bumpPrerelease([], identifier),
        build,
      };
    case "prerelease":
      return {
        major: version.major,
        minor: version.minor,
        patch: hasPrerelease ? version.patch : version.patch + 1,
        prerelease: bumpPrerelease(prerelease, identifier),
        build,
      };
    case "pre":
      return {
        major: version.major,
        minor: version.minor,
        patch: version.patch,
        prerelease: bumpPrerelease(prerelease, identifier),
        build,
      };
    case "major":
      return {
        major: version.minor === 0 && version.patch === 0 && hasPrerelease
          ? version.major
          : version.major + 1,
        minor: 0,
        patch: 0,
        prerelease: [],
        build,
      };
    case "minor":
      return {
        major: version.major,
        minor: version.patch === 0 && hasPrerelease
          ? version.minor
          : version.minor + 1,
        patch: 0,
        prerelease: [],
        build,
      };
    case "patch":
      return {
        major: version.major,
        minor: version.minor,
        patch: hasPrerelease ? version.patch : version.patch + 1,
        prerelease: [],
        build,
      };
    default:
      throw new TypeError(
        `Cannot increment version: invalid argument ${release}`,
      );
  }
}
