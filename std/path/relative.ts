/**
 * `relative` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { relative as posixRelative } from "./posix/relative.ts";
import { relative as windowsRelative } from "./windows/relative.ts";

/**
 * Returns the relative path from `from` to `to`.
 *
 * @example
 * ```ts
 * import { relative } from "@std/path/relative";
 * relative("/data/orandea/test/aaa", "/data/orandea/impl/bbb"); // "../../impl/bbb" (on POSIX)
 * ```
 *
 * @param from The start path.
 * @param to The target path.
 * @returns The relative path.
 */
export function relative(from: string, to: string): string {
  return isWindows ? windowsRelative(from, to) : posixRelative(from, to);
}
