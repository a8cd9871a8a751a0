/**
 * Normalizes POSIX globs.
 *
 * @module
 */
import { type GlobOptions, normalizeGlobWith } from "../_glob.ts";
import { SEPARATOR_PATTERN } from "./constants.ts";
import { normalize } from "./normalize.ts";

export type { GlobOptions } from "../_glob.ts";

/**
 * Like `normalize`, but with `globstar` set a `..` right after a `**` segment
 * is kept, since it cannot be resolved.
 *
 * @example
 * ```ts
 * import { normalizeGlob } from "@std/path/posix/normalize-glob";
 * normalizeGlob("foo/bar/../*", { globstar: true }); // "foo/*"
 * ```
 *
 * @param glob The glob to normalize.
 * @param options Glob options (only `globstar` is used).
 * @returns The normalized glob.
 */
export function normalizeGlob(
  glob: string,
  options: Pick<GlobOptions, "globstar"> = {},
): string {
  return normalizeGlobWith(glob, options, normalize, SEPARATOR_PATTERN);
}
