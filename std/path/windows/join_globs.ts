/**
 * Joins Windows globs.
 *
 * @module
 */
import { type GlobOptions, joinGlobsWith } from "../_glob.ts";
import { join } from "./join.ts";
import { normalizeGlob } from "./normalize_glob.ts";

export type { GlobOptions } from "../_glob.ts";

/**
 * Like `join`, but with `globstar` set a `..` right after a `**` segment is
 * kept.
 *
 * @example
 * ```ts
 * import { joinGlobs } from "@std/path/windows/join-globs";
 * joinGlobs(["foo", "bar", "..", "baz"]); // "foo\\baz"
 * joinGlobs(["foo", "**", "..", "baz"], { globstar: true }); // "foo\\**\\..\\baz"
 * ```
 *
 * @param globs The globs to join.
 * @param options Glob options (only `globstar` is used).
 * @returns The joined glob.
 */
export function joinGlobs(
  globs: string[],
  options: Pick<GlobOptions, "globstar"> = {},
): string {
  return joinGlobsWith(globs, options, join, normalizeGlob, "\\");
}
