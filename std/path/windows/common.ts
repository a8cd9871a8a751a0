/**
 * The common path prefix of Windows paths.
 *
 * @module
 */
import { commonWith } from "../_common.ts";
import { SEPARATOR } from "./constants.ts";

/**
 * Determines the common path from a set of paths: the longest prefix made of
 * whole segments.
 *
 * @example
 * ```ts
 * import { common } from "@std/path/windows/common";
 * common(["C:\\deno\\std\\path\\mod.ts", "C:\\deno\\std\\fs\\mod.ts"]); // "C:\\deno\\std\\"
 * ```
 *
 * @param paths The paths to compare.
 * @returns The common path.
 */
export function common(paths: string[]): string {
  return commonWith(paths, SEPARATOR);
}
