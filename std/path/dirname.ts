/**
 * `dirname` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { dirname as posixDirname } from "./posix/dirname.ts";
import { dirname as windowsDirname } from "./windows/dirname.ts";

/**
 * Returns the directory path of `path`.
 *
 * @example
 * ```ts
 * import { dirname } from "@std/path/dirname";
 * dirname("/home/user/file.txt"); // "/home/user" (on POSIX)
 * ```
 *
 * @param path The path (or `file:` URL).
 * @returns The directory path.
 */
export function dirname(path: string | URL): string {
  return isWindows ? windowsDirname(path) : posixDirname(path);
}
