/**
 * `joinGlobs` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { joinGlobs as posixJoinGlobs } from "./posix/join_globs.ts";
import { joinGlobs as windowsJoinGlobs } from "./windows/join_globs.ts";
import type { GlobOptions } from "./_glob.ts";
export type { GlobOptions } from "./_glob.ts";

/**
 * Like `join`, but keeps a `..` right after a `**` segment when `globstar` is set.
 *
 * @example
 * ```ts
 * import { joinGlobs } from "@std/path/join-globs";
 * joinGlobs(["foo", "bar", "..", "baz"]); // "foo/baz" (on POSIX)
 * ```
 *
 * @param globs The globs.
 * @param options Glob options.
 * @returns The joined glob.
 */
export function joinGlobs(
  globs: string[],
  options: Pick<GlobOptions, "globstar"> = {},
): string {
  return isWindows
    ? windowsJoinGlobs(globs, options)
    : posixJoinGlobs(globs, options);
}
