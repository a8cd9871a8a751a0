/**
 * Splits a POSIX path into its parts.
 *
 * @module
 */
import { assertPath, isPosixPathSeparator, parseWithRoot } from "../_common.ts";
import type { ParsedPath } from "../types.ts";

export type { ParsedPath } from "../types.ts";

/**
 * Returns a `ParsedPath` object describing `path`.
 *
 * @example
 * ```ts
 * import { parse } from "@std/path/posix/parse";
 * parse("/home/user/file.txt");
 * // { root: "/", dir: "/home/user", base: "file.txt", ext: ".txt", name: "file" }
 * ```
 *
 * @param path The path to parse.
 * @returns The parsed path object.
 */
export function parse(path: string): ParsedPath {
  assertPath(path);
  const rootEnd = path.length > 0 && path[0] === "/" ? 1 : 0;
  return parseWithRoot(path, rootEnd, isPosixPathSeparator);
}
