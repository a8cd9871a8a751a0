/**
 * `format` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { format as posixFormat } from "./posix/format.ts";
import { format as windowsFormat } from "./windows/format.ts";
import type { FormatInputPathObject } from "./types.ts";
export type { FormatInputPathObject } from "./types.ts";

/**
 * Generates a path from a path object: the opposite of `parse`.
 *
 * @example
 * ```ts
 * import { format } from "@std/path/format";
 * format({ dir: "/path/dir", base: "file.txt" }); // "/path/dir/file.txt" (on POSIX)
 * ```
 *
 * @param pathObject The path object.
 * @returns The path.
 */
export function format(pathObject: Partial<FormatInputPathObject>): string {
  return isWindows ? windowsFormat(pathObject) : posixFormat(pathObject);
}
