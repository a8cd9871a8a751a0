/**
 * Builds a Windows path string from its parts.
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
 * import { format } from "@std/path/windows/format";
 * format({ root: "C:\\", dir: "C:\\path\\dir", base: "file.txt" }); // "C:\\path\\dir\\file.txt"
 * ```
 *
 * @param pathObject The path object to format.
 * @returns The formatted path.
 */
export function format(pathObject: Partial<FormatInputPathObject>): string {
  return formatWith("\\", pathObject);
}
