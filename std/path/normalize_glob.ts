/**
 * `normalizeGlob` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { normalizeGlob as posixNormalizeGlob } from "./posix/normalize_glob.ts";
import { normalizeGlob as windowsNormalizeGlob } from "./windows/normalize_glob.ts";
import type { GlobOptions } from "./_glob.ts";
export type { GlobOptions } from "./_glob.ts";

/**
 * Like `normalize`, but keeps a `..` right after a `**` segment when `globstar` is set.
 *
 * @example
 * ```ts
 * import { normalizeGlob } from "@std/path/normalize-glob";
 * normalizeGlob("foo/bar/../*", { globstar: true }); // "foo/*" (on POSIX)
 * ```
 *
 * @param glob The glob.
 * @param options Glob options.
 * @returns The normalized glob.
 */
export function normalizeGlob(
  glob: string,
  options: Pick<GlobOptions, "globstar"> = {},
): string {
  return isWindows
    ? windowsNormalizeGlob(glob, options)
    : posixNormalizeGlob(glob, options);
}
