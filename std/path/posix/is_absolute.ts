/**
 * Whether a POSIX path is absolute.
 *
 * @module
 */
import { assertPath } from "../_common.ts";

/**
 * Verifies whether the provided path is absolute.
 *
 * @example
 * ```ts
 * import { isAbsolute } from "@std/path/posix/is-absolute";
 * isAbsolute("/home/user"); // true
 * isAbsolute("home/user"); // false
 * ```
 *
 * @param path The path to verify.
 * @returns Whether the path is absolute.
 */
export function isAbsolute(path: string): boolean {
  assertPath(path);
  return path.length > 0 && path[0] === "/";
}
