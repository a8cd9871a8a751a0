/**
 * The common path prefix of paths for the current platform.
 *
 * @module
 */
import { commonWith } from "./_common.ts";
import { SEPARATOR } from "./constants.ts";

/**
 * Determines the common path from a set of paths: the longest prefix made of
 * whole segments, split by `sep` (the platform separator by default).
 *
 * @example
 * ```ts
 * import { common } from "@std/path/common";
 * common(["./deno/std/path/mod.ts", "./deno/std/fs/mod.ts"], "/"); // "./deno/std/"
 * ```
 *
 * @param paths The paths to compare.
 * @param sep The separator to split by.
 * @returns The common path.
 */
export function common(paths: string[], sep: string = SEPARATOR): string {
  return commonWith(paths, sep);
}
