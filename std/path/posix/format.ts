/**
 * Builds a POSIX path string from its parts.
 *
 * @module
 */
import { formatWith } from "../_common.ts";
import type { FormatInputPathObject } from "../types.ts";

export type { FormatInputPathObject } from "../types.ts";

/**
 * Generates a path from a path object: the opposite of `parse`.
 *
 * @example
 * ```ts
 * import { format } from "@std/path/posix/format";
 * format({ root: "/", dir: "/path/dir", base: "file.txt" }); // "/path/dir/file.txt"
 * ```
 *
 * @param pathObject The path object to format.
 * @returns The formatted path.
 */
export function format(pathObject: Partial<FormatInputPathObject>): string {
  return formatWith("/", pathObject);
}
