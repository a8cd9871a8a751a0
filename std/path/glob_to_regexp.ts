/**
 * `globToRegExp` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { globToRegExp as posixGlobToRegExp } from "./posix/glob_to_regexp.ts";
import { globToRegExp as windowsGlobToRegExp } from "./windows/glob_to_regexp.ts";
import type { GlobOptions } from "./_glob.ts";
export type { GlobOptions, GlobToRegExpOptions } from "./_glob.ts";

/**
 * Converts a glob string to a regular expression for the platform's paths. See the posix and windows variants for the syntax.
 *
 * @example
 * ```ts
 * import { globToRegExp } from "@std/path/glob-to-regexp";
 * globToRegExp("*.js").test("foo.js"); // true
 * ```
 *
 * @param glob The glob.
 * @param options Conversion options.
 * @returns The regular expression.
 */
export function globToRegExp(glob: string, options: GlobOptions = {}): RegExp {
  return isWindows
    ? windowsGlobToRegExp(glob, options)
    : posixGlobToRegExp(glob, options);
}
