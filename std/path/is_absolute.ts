/**
 * `isAbsolute` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { isAbsolute as posixIsAbsolute } from "./posix/is_absolute.ts";
import { isAbsolute as windowsIsAbsolute } from "./windows/is_absolute.ts";

/**
 * Verifies whether the provided path is absolute.
 *
 * @example
 * ```ts
 * import { isAbsolute } from "@std/path/is-absolute";
 * isAbsolute("/home/user"); // true (on POSIX)
 * ```
 *
 * @param path The path.
 * @returns Whether it is absolute.
 */
export function isAbsolute(path: string): boolean {
  return isWindows ? windowsIsAbsolute(path) : posixIsAbsolute(path);
}
