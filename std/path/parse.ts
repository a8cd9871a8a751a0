/**
 * `parse` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { parse as posixParse } from "./posix/parse.ts";
import { parse as windowsParse } from "./windows/parse.ts";
import type { ParsedPath } from "./types.ts";
export type { ParsedPath } from "./types.ts";

/**
 * Returns a `ParsedPath` object describing `path`.
 *
 * @example
 * ```ts
 * import { parse } from "@std/path/parse";
 * parse("/home/user/file.txt").name; // "file" (on POSIX)
 * ```
 *
 * @param path The path.
 * @returns The parsed path.
 */
export function parse(path: string): ParsedPath {
  return isWindows ? windowsParse(path) : posixParse(path);
}
