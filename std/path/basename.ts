/**
 * `basename` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { basename as posixBasename } from "./posix/basename.ts";
import { basename as windowsBasename } from "./windows/basename.ts";

/**
 * Returns the last portion of `path`, ignoring trailing separators, without `suffix` if it ends with it.
 *
 * @example
 * ```ts
 * import { basename } from "@std/path/basename";
 * basename("/home/user/file.txt"); // "file.txt" (on POSIX)
 * ```
 *
 * @param path The path (or `file:` URL).
 * @param suffix A suffix to remove.
 * @returns The last portion of the path.
 */
export function basename(path: string | URL, suffix = ""): string {
  return isWindows
    ? windowsBasename(path, suffix)
    : posixBasename(path, suffix);
}
