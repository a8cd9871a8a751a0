/**
 * `extname` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { extname as posixExtname } from "./posix/extname.ts";
import { extname as windowsExtname } from "./windows/extname.ts";

/**
 * Returns the extension of `path`, such as `.ts`, or `""`.
 *
 * @example
 * ```ts
 * import { extname } from "@std/path/extname";
 * extname("file.ts"); // ".ts"
 * ```
 *
 * @param path The path (or `file:` URL).
 * @returns The extension.
 */
export function extname(path: string | URL): string {
  return isWindows ? windowsExtname(path) : posixExtname(path);
}
