/**
 * Converts globs to regular expressions matching POSIX paths.
 *
 * @module
 */
import { type GlobOptions, globToRegExpWith } from "../_glob.ts";
import { POSIX_GLOB } from "./_glob_constants.ts";

export type { GlobOptions, GlobToRegExpOptions } from "../_glob.ts";

/**
 * Converts a glob string to a regular expression matching POSIX paths.
 *
 * Basic syntax: `*` (anything within a segment), `?` (one character),
 * `{foo,bar}`, `[abcd]`, `[a-d]`, `[!abcd]`, `[[:alpha:]]`, `\` (escape).
 * Extended syntax (`extended`, default on): `?(a|b)`, `@(a|b)`, `*(a|b)`,
 * `+(a|b)`, `!(a|b)`. Globstar (`globstar`, default on): a `**` segment
 * matches any number of segments. The expression is anchored at both ends,
 * tolerates repeated and trailing separators, and an empty glob matches
 * nothing. A segment with an unclosed group or dangling escape is taken
 * literally.
 *
 * @example
 * ```ts
 * import { globToRegExp } from "@std/path/posix/glob-to-regexp";
 * globToRegExp("*.js").test("foo.js"); // true
 * globToRegExp("**\/*.ts").test("src/a/b.ts"); // true
 * ```
 *
 * @param glob The glob to convert.
 * @param options Conversion options.
 * @returns The regular expression.
 */
export function globToRegExp(glob: string, options: GlobOptions = {}): RegExp {
  return globToRegExpWith(POSIX_GLOB, glob, options);
}
